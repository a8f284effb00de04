#!/usr/bin/env bash
# The project's two entry points: `./tasks.sh run [ARGS...]` starts the course,
# `./tasks.sh test` builds everything, runs `swift test` and validates the shipped content.
# Each installs the system libraries it needs (libedit-dev, libsqlite3-dev, pkg-config) when missing.
set -euo pipefail
cd "$(dirname "$0")"

need_packages() {
    local missing=()
    command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
    pkg-config --exists libedit 2>/dev/null || missing+=(libedit-dev)
    pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
    [ "${#missing[@]}" -eq 0 ] && return 0
    echo "tasks.sh: installing ${missing[*]} with apt-get" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
}

case "${1:-}" in
run)
    shift
    need_packages
    swift build -c release --product tracelab >&2
    exec "$(swift build -c release --show-bin-path)/tracelab" "$@"
    ;;
test)
    need_packages
    swift build --build-tests
    swift test --skip-build
    "$(swift build --show-bin-path)/tracelab" check
    ;;
bench)
    need_packages
    swift build -c release --product tracelab-bench
    "$(swift build -c release --show-bin-path)/tracelab-bench" "${@:2}"
    ;;
*)
    echo "usage: ./tasks.sh run [tracelab arguments...] | ./tasks.sh test | ./tasks.sh bench" >&2
    exit 64
    ;;
esac
