#!/usr/bin/env python3
"""All of Parallax's benchmarks in one table, as CI runs them.

    tests/benchmarks/run-all.py BUILD_DIR [--seeds DIR] [--sizes 100,1000]

Each row is one whole process (start included): wall time and peak memory, measured with
os.wait4 from a small wrapper process (see scale.py). The five seed articles are used when
--seeds (default ../shared/seeds) has them, else the bundled sample story. The long-text rows
use make_long.py: two versions of a 1 MB report, and of 15 MB of council minutes whose phrasing
recurs in every meeting; make_page.py writes a 5 MB news page of 100,000 elements. The document
rows turn the 1 MB report into PDF, DOCX and ODT with pandoc and LibreOffice. Standard library
only.
"""
import argparse
import glob
import html
import json
import os
import platform
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_long import write_long  # noqa: E402
from make_page import write_page  # noqa: E402
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


def long_documents(work):
    """The 1 MB report as PDF (one and two columns), DOCX and ODT, made by pandoc and
    LibreOffice (tests/tools/make-documents.py); nothing when those are not installed."""
    folder = os.path.join(work, 'long-documents')
    a, _ = write_long(folder, 'report', 1)
    with open(a, encoding='utf-8') as f:
        paragraphs = f.read().split('\n\n')
    page = os.path.join(folder, 'report.html')
    with open(page, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n')
        f.write(f'<h1>{html.escape(paragraphs[0])}</h1>\n')
        f.writelines(f'<p>{html.escape(p)}</p>\n' for p in paragraphs[1:] if p.strip())
        f.write('</body></html>\n')
    out = os.path.join(folder, 'documents')
    made = subprocess.run([sys.executable, os.path.join(TOP, 'tests', 'tools', 'make-documents.py'),
                           out, page], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if made.returncode != 0:
        print('bench: no pandoc or LibreOffice: document rows skipped', file=sys.stderr)
        return []

    def pages(pdf):
        info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
        return next((line.split()[-1] for line in info.splitlines()
                     if line.startswith('Pages:')), '?')

    pdf = os.path.join(out, 'report.pdf')
    pdf2 = os.path.join(out, 'report-2col.pdf')
    return [(pdf, f'a {pages(pdf)}-page PDF (the 1 MB report)'),
            (pdf2, f'a {pages(pdf2)}-page two-column PDF (the 1 MB report)'),
            (os.path.join(out, 'report.docx'), 'the 1 MB report as DOCX'),
            (os.path.join(out, 'report.odt'), 'the 1 MB report as ODT')]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('build', help='the build directory, e.g. build/ci')
    parser.add_argument('--seeds', default=os.path.join(TOP, '..', 'shared', 'seeds'))
    parser.add_argument('--sizes', default='100,1000')
    args = parser.parse_args()
    parallax = os.path.abspath(os.path.join(args.build, 'app', 'parallax'))
    window = os.path.abspath(os.path.join(args.build, 'tests', 'tools', 'parallax-window-bench'))
    consensus = os.path.abspath(os.path.join(args.build, 'tests', 'tools',
                                             'parallax-consensus-bench'))
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
            row(f'window, {size} sources, consensus view shown and scrolled 300 frames',
                [consensus] + names, cwd=folder)
        for kind, megabytes, name in (('report', 1, 'two 1 MB versions of a long report'),
                                      ('minutes', 15, 'two 15 MB versions of repetitive minutes')):
            folder = os.path.join(work, f'long-{kind}')
            a, b = write_long(folder, kind, megabytes)
            row(f'{name} to JSON', [parallax, '--json', 'out.json', a, b])
        page = os.path.join(work, 'page.html')
        elements = write_page(page, 5, 100000)
        row(f'a 5 MB news page with {elements // 1000}k elements to JSON',
            [parallax, '--json', 'out.json', page])
        for path, name in long_documents(work):
            row(f'{name} to JSON', [parallax, '--json', 'out.json', path])
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
