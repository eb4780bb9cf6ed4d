#!/usr/bin/env python3
"""alli-admin-cli against its plain-Python peer (alli_peer.py), in the same run, on the same
machine, against the same demo backend (alli-demo-server: TCP_NODELAY, as production servers set
it, and a fixed latency per request):

  dry run  a ROWS-row users file, the whole process: wall time (best of 3) and peak RSS;
  sending  creating the ROWS users with CONCURRENCY requests in flight (a fresh backend for
           each client): wall time, against each other and the ideal ROWS/100 x LATENCY / CONCURRENCY;
           and, from the backend's log of each request's arrival, the same run in two parts: startup
           (launch to the first request's arrival: reading and checking the file) and sending (first
           request's arrival to the last answer, latest arrival + LATENCY).

Figures are printed as ratios. usage: vs_python.py BUILD_DIR [--rows N] [--latency MS]
[--concurrency K] [--skip-send]
"""
import argparse
import datetime
import os
import re
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(cmd, env):
    """Runs cmd; returns (wall seconds, stdout, stderr, exit code, launch time as time.time())."""
    launched = time.time()
    start = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.perf_counter() - start
    return wall, out.decode(), err.decode(), p.returncode, launched


def peak_rss_mb(cmd, env):
    """Peak RSS of one run of cmd, measured by a helper process that only runs cmd."""
    helper = ('import resource,subprocess,sys;'
              'r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL);'
              'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)')
    out = subprocess.run([sys.executable, '-c', helper] + cmd, env=env, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024.0


def start_demo(build, latency, log=None):
    """Starts a backend; with `log` (an open file), it writes there the time each request arrives."""
    quiet = dict(os.environ, QT_LOGGING_RULES='alli.*.debug=false;alli.*.info=false')
    if log:
        quiet.update(QT_LOGGING_RULES='alli.demo.debug=true;alli.*.info=false',
                     QT_MESSAGE_PATTERN='%{time yyyy-MM-ddTHH:mm:ss.zzz} %{message}')
    server = subprocess.Popen([os.path.join(build, 'app/demo/alli-demo-server'), '--port', '0',
                               '--latency-ms', str(latency)], stdout=subprocess.PIPE,
                              stderr=log or subprocess.DEVNULL, text=True, env=quiet)
    line = server.stdout.readline()
    m = re.search(r'listening on (\S+)\s+API-KEY: (\S+)', line)
    if not m:
        server.kill()
        sys.exit('alli-demo-server did not start: ' + line)
    return server, m.group(1), m.group(2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('build')
    parser.add_argument('--rows', type=int, default=100000)
    parser.add_argument('--latency', type=int, default=50)
    parser.add_argument('--concurrency', type=int, default=4)
    parser.add_argument('--skip-send', action='store_true')
    args = parser.parse_args()
    cli = os.path.join(args.build, 'app/cli/alli-admin-cli')
    peer = [sys.executable, os.path.join(HERE, 'alli_peer.py')]
    work = tempfile.mkdtemp(prefix='alli-bench-')
    path = os.path.join(work, 'users.csv')
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write('ownUserId,firstName,lastName,email,department\r\n')
        for i in range(1, args.rows + 1):
            f.write(f'BN{i:07d},First{i},Last{i},user{i}@bench.example.com,Dept{i % 17}\r\n')
    print(f'file: {args.rows} rows, {os.path.getsize(path) / 1e6:.1f} MB')
    env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, 'data'), QT_LOGGING_RULES='alli.*.debug=false;alli.*.info=false')

    server, url, key = start_demo(args.build, args.latency)
    env['ALLI_API_KEY'] = key
    ours_cmd = [cli, '--base-url', url, 'users', 'import', path, '--action', 'create', '--dry-run']
    peer_cmd = peer + [path, '--base-url', url, '--dry-run']
    ours = min(measure(ours_cmd, env)[0] for _ in range(3))
    theirs = min(measure(peer_cmd, env)[0] for _ in range(3))
    ours_rss, theirs_rss = peak_rss_mb(ours_cmd, env), peak_rss_mb(peer_cmd, env)
    server.kill()
    print(f'dry run: alli-admin-cli {ours:.3f} s, {ours_rss:.0f} MB peak; Python peer {theirs:.3f} s, '
          f'{theirs_rss:.0f} MB peak; Python/ours time {theirs / ours:.2f}x (goal >= 3), '
          f'our RSS {ours_rss:.0f} MB (goal <= 60)')
    if args.skip_send:
        return 0

    ideal = args.rows / 100 * args.latency / 1000 / args.concurrency
    walls = {}
    for name, cmd in (('alli-admin-cli', [cli, '--concurrency', str(args.concurrency), 'users', 'import', path,
                                          '--action', 'create']),
                      ('Python peer', peer + [path, '--concurrency', str(args.concurrency)])):
        log_path = os.path.join(work, 'backend.log')
        with open(log_path, 'w') as log:
            server, url, key = start_demo(args.build, args.latency, log)
            env['ALLI_API_KEY'] = key
            full = cmd[:1] + ['--base-url', url] + cmd[1:] if name != 'Python peer' else cmd + ['--base-url', url]
            load = os.getloadavg()[0]
            wall, out, err, code, launched = measure(full, env)
            server.kill()
            server.wait()
        walls[name] = wall
        print(f'send: {name} {wall:.2f} s = {wall / ideal:.3f}x the ideal {ideal:.1f} s (load {load:.1f}); '
              f'{out.strip().splitlines()[-1] if out.strip() else err[-300:]}')
        arrivals = []
        with open(log_path) as log:
            for line in log:
                if ' POST /webapi/v2/users/bulk' in line:
                    arrivals.append(datetime.datetime.fromisoformat(line.split(' ', 1)[0]).timestamp())
        if arrivals:
            sending = arrivals[-1] - arrivals[0] + args.latency / 1000
            print(f'      startup {arrivals[0] - launched:.2f} s (launch to the first request), sending '
                  f'{sending:.2f} s = {sending / ideal:.3f}x the ideal ({len(arrivals)} requests)')
    print(f'send: alli-admin-cli / Python peer = {walls["alli-admin-cli"] / walls["Python peer"]:.3f} (goal <= 1)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
