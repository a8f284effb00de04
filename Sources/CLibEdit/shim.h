#ifndef TRACELAB_CLIBEDIT_SHIM_H
#define TRACELAB_CLIBEDIT_SHIM_H
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <wchar.h>
#include <histedit.h>
#include <editline/readline.h>

/*
 * Swift cannot call C variadic functions, and el_set, el_get and history are
 * variadic. Each wrapper below fixes one argument list so Swift can call it.
 */

typedef unsigned char (*tracelab_el_command)(EditLine *, int);
typedef char *(*tracelab_el_prompt)(EditLine *);
typedef int (*tracelab_el_read_char)(EditLine *, wchar_t *);

static inline FILE *tracelab_standard_input(void) { return stdin; }
static inline FILE *tracelab_standard_output(void) { return stdout; }
static inline FILE *tracelab_standard_error(void) { return stderr; }

static inline int tracelab_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int tracelab_el_set_signal_handling(EditLine *el, int enabled) {
    return el_set(el, EL_SIGNAL, enabled);
}

static inline int tracelab_el_set_prompt(EditLine *el, tracelab_el_prompt prompt, char invisible_marker) {
    return el_set(el, EL_PROMPT_ESC, prompt, invisible_marker);
}

static inline int tracelab_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int tracelab_el_add_command(EditLine *el, const char *name, const char *help, tracelab_el_command command) {
    return el_set(el, EL_ADDFN, name, help, command);
}

static inline int tracelab_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

static inline int tracelab_el_set_read_char(EditLine *el, tracelab_el_read_char read_char) {
    return el_set(el, EL_GETCFN, read_char);
}

static inline int tracelab_el_set_client_data(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *tracelab_el_client_data(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int tracelab_el_terminal_columns(EditLine *el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0) return 0;
    return columns;
}

static inline int tracelab_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

static inline int tracelab_history_set_unique(History *h, int unique) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, unique);
}

static inline int tracelab_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

/* Installs `handler` for `signal_number` without SA_RESTART, so a blocked read(2) fails with EINTR. */
static inline int tracelab_install_signal_handler(int signal_number, void (*handler)(int), struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, previous);
}

static inline int tracelab_restore_signal_handler(int signal_number, const struct sigaction *previous) {
    return sigaction(signal_number, previous, NULL);
}

#endif
