#!/usr/bin/env bash
# The project's two entry points: `./tasks.sh run [ARGS...]` starts the course,
# `./tasks.sh test` builds everything, runs `swift test`, validates the shipped content and fuzzes
# every reader for 30 s; `./tasks.sh fuzz [seconds] [seed]` fuzzes for longer.
# Each installs the system libraries it needs (libedit-dev, libsqlite3-dev, pkg-config) when missing.
set -euo pipefail
cd "$(dirname "$0")"

need_packages() {
    local missing=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
    pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
    command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "tasks.sh: installing ${missing[*]} with apt-get" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

# Wall time of one run of a command fed "quit" on standard input, in microseconds.
run_us() {
    local start end
    start=$(date +%s%N)
    printf 'quit\n' | "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

# The median of microsecond figures on standard input, in milliseconds.
median_ms() {
    sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[int((NR + 1) / 2)] / 1000 }'
}

# Start-up to the first prompt, against a Swift program that only prints a line with Foundation
# loaded. The two are run alternately, 41 times each, so both see the same machine.
startup_comparison() {
    local tracelab="$1" scratch
    scratch="$(mktemp -d)"
    printf 'import Foundation\nprint("hello, \\(ProcessInfo.processInfo.processName)")\n' >"$scratch/hello.swift"
    swiftc -O "$scratch/hello.swift" -o "$scratch/hello" >&2
    "$tracelab" --data-dir "$scratch/data" lesson >/dev/null 2>&1 # first run creates the database
    for _ in $(seq 41); do
        run_us "$scratch/hello" >>"$scratch/hello.times"
        run_us "$tracelab" --data-dir "$scratch/data" >>"$scratch/tracelab.times"
    done
    local hello ours
    hello=$(median_ms <"$scratch/hello.times")
    ours=$(median_ms <"$scratch/tracelab.times")
    echo "start-up to first prompt   tracelab ${ours} ms, Foundation hello ${hello} ms (ratio $(awk "BEGIN { printf \"%.2f\", $ours / $hello }"); target ≤ 1.5)"
    rm -rf "$scratch"
}

case "${1:-}" in
run)
    shift
    need_packages
    log="$(mktemp)"
    echo "tasks.sh: building tracelab (release; the first build takes a few minutes)..." >&2
    if ! swift build -c release --static-swift-stdlib --product tracelab >"$log" 2>&1; then
        cat "$log" >&2
        echo "tasks.sh: the build failed; the output is above" >&2
        exit 1
    fi
    rm -f "$log"
    exec "$(swift build -c release --static-swift-stdlib --show-bin-path)/tracelab" "$@"
    ;;
test)
    need_packages
    swift build --build-tests
    # A test that hangs fails the run after 30 minutes (the suite takes about 2) instead of
    # holding CI until its own limit.
    if ! timeout --kill-after=30 1800 swift test --skip-build; then
        echo "tasks.sh: the tests failed or did not finish within 30 minutes; the output is above" >&2
        exit 1
    fi
    "$(swift build --show-bin-path)/tracelab" check
    ./tasks.sh fuzz 30
    ;;
fuzz)
    # ./tasks.sh fuzz [seconds] [seed]: random and mutated input to every reader; a crash, a hang
    # or memory growth saves the input under Tests/Fuzz/ (replayed by the tests from then on).
    need_packages
    seconds="${2:-60}"
    seed="${3:-1}"
    swift build --product tracelab-bench >&2
    bench="$(swift build --show-bin-path)/tracelab-bench"
    state="$(mktemp -d)"
    status=0
    (ulimit -v 4000000 && TRACELAB_CONTENT_DIR="$PWD" timeout "$((seconds + 30))" \
        "$bench" fuzz --seconds "$seconds" --seed "$seed" --state "$state") || status=$?
    if [ "$status" -ne 0 ]; then
        case "$status" in
        124) kind=hang ;;
        3) kind=memory ;;
        *) kind=crash ;;
        esac
        mkdir -p Tests/Fuzz
        saved="Tests/Fuzz/$(cat "$state/target" 2>/dev/null || echo unknown)-$kind-seed$seed-$(date +%s).txt"
        cp "$state/input" "$saved"
        echo "tasks.sh: fuzz found a $kind (exit $status); the input is saved as $saved" >&2
        rm -rf "$state"
        exit 1
    fi
    rm -rf "$state"
    ;;
install)
    # ./tasks.sh install [PREFIX]: a release build copied to PREFIX/bin (default ~/.local/bin).
    # The course is built into the executable, so the copy needs nothing beside it.
    prefix="${2:-$HOME/.local}"
    need_packages
    echo "tasks.sh: building tracelab (release)..." >&2
    swift build -c release --static-swift-stdlib --product tracelab >&2
    mkdir -p "$prefix/bin"
    install -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/tracelab" "$prefix/bin/tracelab"
    echo "tasks.sh: installed $prefix/bin/tracelab; run 'tracelab' (add $prefix/bin to PATH if it is not there)" >&2
    ;;
bench)
    need_packages
    swift build -c release --static-swift-stdlib --product tracelab-bench >&2
    swift build -c release --static-swift-stdlib --product tracelab >&2
    bin="$(swift build -c release --static-swift-stdlib --show-bin-path)"
    "$bin/tracelab-bench" "$PWD"
    startup_comparison "$bin/tracelab"
    ;;
*)
    echo "usage: ./tasks.sh run [tracelab arguments...] | ./tasks.sh test | ./tasks.sh install [PREFIX] | ./tasks.sh bench | ./tasks.sh fuzz [seconds] [seed]" >&2
    exit 64
    ;;
esac
