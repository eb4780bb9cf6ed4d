#!/usr/bin/env bash
# alli-admin-cli against a plain-Python peer (scripts/bench/alli_peer.py: csv + http.client + a pool
# of 4 threads, a new connection per request, no journal), in the same run against the same demo
# backend (alli-demo-server, TCP_NODELAY, LATENCY ms per request, default 50):
#   - dry run of a ROWS-row users file (default 100,000): wall time and peak RSS of each process
#     (goal: at least 3x faster than the peer, at most 60 MB);
#   - creating the ROWS users with 4 requests in flight, a fresh backend for each client: wall time
#     against the peer (goal: no slower) and against the ideal ROWS/100 x LATENCY / 4.
# Builds Release into BUILD_DIR (default build-bench/). Run it on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build-bench}"
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target alli-admin-cli alli-demo-server --parallel "${JOBS:-2}"
exec /usr/bin/python3 "$root/scripts/bench/vs_python.py" "$build_dir" --rows "${ROWS:-100000}" \
    --latency "${LATENCY:-50}" "$@"
