#!/usr/bin/env python3
"""All of Parallax's benchmarks in one table, as CI runs them.

    tests/benchmarks/run-all.py BUILD_DIR [--seeds DIR] [--sizes 100,1000]

Each row is one whole process (start included): wall time and peak memory, measured with
os.wait4 from a small wrapper process (see scale.py). The five seed articles are used when
--seeds (default ../shared/seeds) has them, else the bundled sample story. The long-text rows
use make_long.py: two versions of a 1 MB report, and of 15 MB of council minutes whose phrasing
recurs in every meeting. Standard library only.
"""
import argparse
import glob
import json
import os
import platform
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_long import write_long  # noqa: E402
from make_versions import write_versions  # noqa: E402
from scale import WRAPPER  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, '..', '..'))


def measure(command, cwd):
    """Runs command in cwd; returns (exit status, wall seconds, peak MiB)."""
    env = dict(os.environ)
    env.setdefault('QT_QPA_PLATFORM', 'offscreen')
    out = subprocess.run([sys.executable, '-c', WRAPPER] + command, cwd=cwd, env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return result['status'], result['wall'], result['maxrss'] / 1024


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    return f'{os.cpu_count()} cores, {cpu}'


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('build', help='the build directory, e.g. build/ci')
    parser.add_argument('--seeds', default=os.path.join(TOP, '..', 'shared', 'seeds'))
    parser.add_argument('--sizes', default='100,1000')
    args = parser.parse_args()
    parallax = os.path.abspath(os.path.join(args.build, 'app', 'parallax'))
    window = os.path.abspath(os.path.join(args.build, 'tests', 'tools', 'parallax-window-bench'))
    seeds = sorted(glob.glob(os.path.join(args.seeds, '*.txt')))
    label = 'five seeds'
    if len(seeds) < 5:
        seeds = sorted(glob.glob(os.path.join(TOP, 'resources', 'sample', '*.txt')))
        label = 'sample story (4 sources)'

    rows = []
    with tempfile.TemporaryDirectory(prefix='parallax-bench-') as work:
        def row(name, command, cwd=work, expect=0):
            status, wall, peak = measure(command, cwd)
            note = '' if status == expect else f' (exit {status}, expected {expect})'
            rows.append((name + note, wall, peak))
            print(f'bench: {name}: {wall:.2f} s', file=sys.stderr, flush=True)

        row(f'{label} to JSON', [parallax, '--json', 'out.json'] + seeds)
        row(f'{label} to PDF', [parallax, '--pdf', 'out.pdf'] + seeds)
        row(f'window start, {label}, to first paint', [window] + seeds)
        for size in [int(s) for s in args.sizes.split(',') if s]:
            folder = os.path.join(work, f'versions-{size}')
            os.makedirs(folder)
            paths = write_versions(folder, size, 40, 1)
            names = [os.path.basename(p) for p in paths]
            row(f'{size} sources of 40 paragraphs to JSON',
                [parallax, '--json', '../out.json'] + names, cwd=folder)
        for kind, megabytes, name in (('report', 1, 'two 1 MB versions of a long report'),
                                      ('minutes', 15, 'two 15 MB versions of repetitive minutes')):
            folder = os.path.join(work, f'long-{kind}')
            a, b = write_long(folder, kind, megabytes)
            row(f'{name} to JSON', [parallax, '--json', 'out.json', a, b])
        big = os.path.join(work, 'fifty.txt')
        with open(big, 'w') as f:
            unit = 'The council met again on Tuesday to discuss the bridge. '
            f.write(unit * (50 * 1024 * 1024 // len(unit) + 1))
        row('a 50 MB file (refused: over the 20 MB limit) with one article',
            [parallax, '--json', 'out.json', big, seeds[0]], expect=2)

    print(f'Parallax benchmarks on {machine()} (whole processes, one run each)\n')
    print('| what | wall s | peak MiB |')
    print('|---|---:|---:|')
    for name, wall, peak in rows:
        print(f'| {name} | {wall:.2f} | {peak:.0f} |')


if __name__ == '__main__':
    main()
