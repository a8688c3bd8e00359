#!/usr/bin/env python3
"""The consensus view of many sources in the real window (offscreen).

    tests/benchmarks/consensus.py BUILD_DIR [--count 1000] [--frames 300]

Writes COUNT versions of the generated story (make_versions.py, 40 paragraphs, seed 1), runs
parallax-consensus-bench on them (opens them in the window at 1280x800, waits for the
comparison, shows the consensus view and paints it, waits for the findings the window adds
after, then scrolls the view step by step and times each frame's repaint), and prints the time
to the painted view, to the findings, the wall time and peak memory of the whole process and the
repaint times per frame. The goal: under 40 s and 3 GiB for 1000 sources, under 16 ms a
frame. Exits 1 when the tool fails, not when a goal is missed (a shared machine is slow at
times). Standard library only.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_versions import write_versions  # noqa: E402


def run(command, cwd):
    """Runs command in cwd; returns (exit status, wall seconds, peak MiB, standard output)."""
    env = dict(os.environ)
    env.setdefault('QT_QPA_PLATFORM', 'offscreen')
    out_path = os.path.join(cwd, 'bench-out.txt')
    with open(out_path, 'wb') as out:
        start = time.perf_counter()
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    with open(out_path, encoding='utf-8') as f:
        text = f.read()
    return os.waitstatus_to_exitcode(status), wall, usage.ru_maxrss / 1024, text


def measure(build, count, frames, work):
    """Returns (status, wall s, peak MiB, first-paint ms, findings ms, frames): frames maps
    'wall' and 'cpu' to the (median, p95, max) milliseconds of a frame's repaint."""
    tool = os.path.abspath(os.path.join(build, 'tests', 'tools', 'parallax-consensus-bench'))
    folder = os.path.join(work, f'versions-{count}')
    os.makedirs(folder, exist_ok=True)
    paths = write_versions(folder, count, 40, 1)
    names = [os.path.basename(p) for p in paths]
    status, wall, peak, text = run([tool, '--frames', str(frames)] + names, folder)
    shown = re.search(r'(\d+) ms to the painted consensus view', text)
    found = re.search(r'(\d+) ms until the findings were shown', text)
    frames = {kind: tuple(float(v) for v in values) for kind, *values in re.findall(
        r'repaint (\w+) median ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms', text)}
    return (status, wall, peak, int(shown.group(1)) if shown else None,
            int(found.group(1)) if found else None, frames)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('build', help='the build directory, e.g. build/dev')
    parser.add_argument('--count', type=int, default=1000)
    parser.add_argument('--frames', type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix='parallax-consensus-') as work:
        status, wall, peak, shown, found, frames = measure(args.build, args.count, args.frames,
                                                           work)
    if status != 0 or shown is None:
        print(f'consensus: the tool failed (exit {status})', file=sys.stderr)
        return 1
    print(f'{args.count} sources: consensus view shown and painted after {shown / 1000:.1f} s '
          f'(goal < 40); the whole process (with the scrolling and quitting) {wall:.1f} s wall, '
          f'{peak:.0f} MiB peak (goal < 3072)')
    if found is not None:
        print(f'the findings (conflicts, quotations, relations, partial details) shown after '
              f'{found / 1000:.1f} s')
    for kind, (median, p95, worst) in frames.items():
        print(f'scrolling, {args.frames} frames at 60 a second, repaint {kind} time: median '
              f'{median:.2f} ms, p95 {p95:.2f} ms, max {worst:.2f} ms (goal < 16)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
