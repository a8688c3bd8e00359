#!/usr/bin/env python3
"""How parallax --json scales with the number of versions of one story.

    tests/benchmarks/scale.py PARALLAX_BINARY [--sizes 5,50,100,500,1000]
                              [--paragraphs 40] [--repeat 1] [--seed 1]

For each size N, make_versions.py writes N versions of one made-up story
into a temporary directory and PARALLAX_BINARY --json out.json runs on
them there (relative file names keep the command line short). Prints a
Markdown table: sources, paragraphs and sentences summed over all files
(sentences counted by their end punctuation), the wall time and the peak
resident memory of the parallax process (best time and largest peak over
--repeat runs), and the number of entries of the JSON's "units" array
("-" if it has none). A peak shown as "<= X" is no larger than the
measuring wrapper's own memory, so only that bound is known. If sizes
100 and 1000 both ran, a last line gives time(1000) / time(100); 10
would be linear. Exits with status 1 and a message if parallax fails.
Standard library only; Linux (os.wait4).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_versions import write_versions  # noqa: E402

SENTENCE_END = re.compile(r'[.!?]["\')\]]*(?=\s|$)')


# Starts parallax (argv[1:]) and reports its exit status, wall time and
# peak RSS (os.wait4, KiB) as JSON. Linux counts the memory of whoever
# forks parallax into its peak (until the exec), so this small, fresh
# process does that rather than the generator; its own peak is reported
# as the floor under which a measured peak means nothing.
WRAPPER = """
import json, os, resource, subprocess, sys, time
floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
wall = time.perf_counter() - start
proc.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({'status': proc.returncode, 'wall': wall, 'maxrss': usage.ru_maxrss,
                  'floor': floor}))
"""


class BenchmarkError(Exception):
    """Parallax failed or wrote no usable JSON."""


def count_text(paths):
    """Paragraphs (after headline and date line) and sentences in paths."""
    paragraphs = sentences = 0
    for path in paths:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        blocks = [b for b in re.split(r'\n\s*\n', text) if b.strip()]
        paragraphs += max(len(blocks) - 2, 0)
        sentences += len(SENTENCE_END.findall(text))
    return paragraphs, sentences


def run_once(binary, names, workdir, pdf=False):
    """Runs binary --json out.json names in workdir, through WRAPPER.

    Returns the wall time in seconds, the peak RSS in KiB of parallax,
    the wrapper's own peak RSS in KiB (a floor for the former) and the
    parsed JSON. Raises BenchmarkError.
    """
    out = os.path.join(workdir, 'out.json')
    if os.path.exists(out):
        os.remove(out)
    env = dict(os.environ)
    env.setdefault('QT_QPA_PLATFORM', 'offscreen')
    err_path = os.path.join(workdir, 'stderr.txt')
    with open(err_path, 'wb') as err:
        extra = ['--pdf', 'out.pdf'] if pdf else []
        wrapper = subprocess.run([sys.executable, '-c', WRAPPER, binary, '--json', 'out.json']
                                 + extra + names, cwd=workdir, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=err, text=True)
    with open(err_path, encoding='utf-8', errors='replace') as f:
        tail = '\n'.join(f.read().strip().splitlines()[-15:])
    tail = f'\nits standard error ends with:\n{tail}' if tail else ''
    try:
        result = json.loads(wrapper.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        raise BenchmarkError(f'the measuring wrapper failed (status {wrapper.returncode}){tail}')
    status = result['status']
    if status != 0:
        how = f'was killed by signal {-status}' if status < 0 else f'exited with status {status}'
        raise BenchmarkError(f'{binary} {how} on {len(names)} files{tail}')
    try:
        with open(out, encoding='utf-8') as f:
            data = json.load(f)
    except (OSError, ValueError) as error:
        raise BenchmarkError(f'{binary} wrote no readable JSON for {len(names)} files: '
                             f'{error}{tail}')
    return result['wall'], result['maxrss'], result['floor'], data


def measure(binary, size, paragraphs, seed, repeat, pdf=False):
    """Generates size versions and benchmarks parallax on them.

    Returns one table row as a list of cells.
    """
    with tempfile.TemporaryDirectory(prefix=f'parallax-scale-{size}-') as workdir:
        print(f'scale: {size} sources: generating', file=sys.stderr, flush=True)
        paths = write_versions(workdir, size, paragraphs, seed)
        total_paragraphs, total_sentences = count_text(paths)
        names = [os.path.basename(p) for p in paths]
        walls, peaks, floors = [], [], []
        for attempt in range(repeat):
            print(f'scale: {size} sources: run {attempt + 1} of {repeat}', file=sys.stderr,
                  flush=True)
            wall, peak, floor, data = run_once(binary, names, workdir, pdf)
            walls.append(wall)
            peaks.append(peak)
            floors.append(floor)
    units = data.get('units') if isinstance(data, dict) else None
    peak = f'{max(peaks) / 1024:.1f}'
    if max(peaks) <= max(floors):
        peak = '<= ' + peak
    return [size, total_paragraphs, total_sentences, min(walls), peak,
            len(units) if isinstance(units, list) else '-']


def parse_sizes(text):
    """Positive integers from a comma-separated list such as "5,50,100"."""
    try:
        sizes = [int(part) for part in text.split(',') if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a comma-separated list of integers: {text}')
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError('sizes must be positive integers')
    return sizes


def resolve(binary):
    """Absolute path of an executable given as a path or a name on PATH."""
    path = binary if os.sep in binary else shutil.which(binary)
    if not path or not os.path.isfile(path) or not os.access(path, os.X_OK):
        sys.exit(f'scale: {binary} is not an executable file')
    return os.path.abspath(path)


def main():
    """Command line: parse the arguments, run every size, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('binary', help='the parallax executable, e.g. build/dev/app/parallax')
    parser.add_argument('--sizes', type=parse_sizes, default=[5, 50, 100, 500, 1000],
                        help='comma-separated numbers of sources (default 5,50,100,500,1000)')
    parser.add_argument('--paragraphs', type=int, default=40, help='paragraphs per story')
    parser.add_argument('--repeat', type=int, default=1, help='runs per size (best time)')
    parser.add_argument('--seed', type=int, default=1, help='seed for make_versions')
    parser.add_argument('--pdf', action='store_true',
                        help='also write the PDF report (parallax --pdf), timed with the rest')
    args = parser.parse_args()
    if args.repeat < 1 or args.paragraphs < 2:
        parser.error('--repeat must be at least 1 and --paragraphs at least 2')
    binary = resolve(args.binary)

    print('| sources | paragraphs | sentences | wall s | peak MiB | units |')
    print('|--------:|-----------:|----------:|-------:|---------:|------:|', flush=True)
    times = {}
    for size in args.sizes:
        try:
            row = measure(binary, size, args.paragraphs, args.seed, args.repeat, args.pdf)
        except BenchmarkError as error:
            sys.exit(f'scale: {error}')
        times[size] = row[3]
        sources, paragraphs, sentences, wall, peak, units = row
        print(f'| {sources} | {paragraphs} | {sentences} | {wall:.2f} | {peak} | {units} |',
              flush=True)
    if 100 in times and 1000 in times and times[100] > 0:
        print(f'\ntime(1000) / time(100) = {times[1000] / times[100]:.2f} (10 would be linear)')


if __name__ == '__main__':
    main()
