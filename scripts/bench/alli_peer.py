#!/usr/bin/env python3
"""The plain-Python peer of alli-admin-cli for benchmarks: what a new user would write in an
afternoon. Reads a users CSV (csv module), checks ownUserId (present, not repeated), turns every
other column into a data pair, and creates the users with POST /webapi/v2/users/bulk, 100 a
request, from a pool of 4 threads with a new http.client connection per request. No journal,
no look-ups, no retries.

    alli_peer.py FILE --base-url URL [--concurrency 4] [--dry-run]     (API key: ALLI_API_KEY)
"""
import argparse
import csv
import http.client
import json
import os
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def read_rows(path):
    with open(path, newline='', encoding='utf-8-sig') as f:
        reader = csv.reader(f)
        header = next(reader)
        key = header.index('ownUserId')
        seen = set()
        users, invalid = [], 0
        for cells in reader:
            own = cells[key].strip() if key < len(cells) else ''
            if not own or own in seen:
                invalid += 1
                continue
            seen.add(own)
            data = [{'key': header[i], 'value': v} for i, v in enumerate(cells) if i != key and i < len(header)]
            users.append({'ownUserId': own, 'data': data})
    return users, invalid


def bodies(users, action):
    for i in range(0, len(users), 100):
        yield json.dumps({'action': action, 'users': users[i:i + 100]}).encode('utf-8')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('file')
    parser.add_argument('--base-url', required=True)
    parser.add_argument('--action', default='create')
    parser.add_argument('--concurrency', type=int, default=4)
    parser.add_argument('--dry-run', action='store_true')
    args = parser.parse_args()
    users, invalid = read_rows(args.file)
    requests = list(bodies(users, args.action))
    if args.dry_run:
        print(f'{len(users)} valid, {invalid} invalid, {len(requests)} requests')
        return 0
    url = urllib.parse.urlsplit(args.base_url)
    key = os.environ['ALLI_API_KEY']

    def send(body):
        conn = (http.client.HTTPSConnection if url.scheme == 'https' else http.client.HTTPConnection)(
            url.hostname, url.port)
        try:
            conn.request('POST', '/webapi/v2/users/bulk', body,
                         {'API-KEY': key, 'Content-Type': 'application/json'})
            answer = conn.getresponse()
            payload = answer.read()
            if answer.status != 200:
                return 0, len(json.loads(body)['users'])
            results = json.loads(payload).get('result', [])
            ok = sum(1 for r in results if r.get('status') == 'success')
            return ok, len(results) - ok
        finally:
            conn.close()

    succeeded = failed = 0
    with ThreadPoolExecutor(args.concurrency) as pool:
        for ok, bad in pool.map(send, requests):
            succeeded += ok
            failed += bad
    print(f'{succeeded} succeeded, {failed} failed, {invalid} invalid')
    return 0 if failed == 0 and invalid == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
