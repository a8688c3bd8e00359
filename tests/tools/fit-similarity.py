#!/usr/bin/env python3
"""Fits the weights of SimilarityModel::combine() on STS-B train and dev.

    tests/tools/fit-similarity.py BUILD/tests/tools/parallax-simscore [STSB_DIR]

Runs parallax-simscore --features on each split, fits a least-squares line from the features
to the gold scores (train and dev together), and prints the weights and the Spearman
correlation each split gets with them. Standard library only. The test split is never read
here: tests/benchmarks/stsb.py reports it.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'benchmarks'))
from stsb import load, spearman  # noqa: E402

NAMES = ['minCoverage', 'maxCoverage', 'overlap', 'characters', 'sharedFacts', 'conflictingNumbers',
         'lengthRatio', 'exactOverlap', 'contentAligned', 'conflictingNames', 'opposition',
         '(1-overlap)*substitution']


def features(simscore, pairs):
    out = subprocess.run([simscore, '--features'], input=''.join(a + '\t' + b + '\n' for a, b in pairs),
                         capture_output=True, text=True, check=True).stdout
    rows = [[float(v) for v in line.split('\t')[1:]] for line in out.splitlines()]
    # simscore prints substitution last; it enters as one product: a replaced word counts in a
    # loose pair, less where everything else agrees.
    overlap = NAMES.index('overlap')
    return [r[:-1] + [(1 - r[overlap]) * r[-1]] for r in rows]


def solve(rows, gold, ridge=1e-3):
    n = len(rows[0]) + 1
    xtx = [[0.0] * n for _ in range(n)]
    xty = [0.0] * n
    for r, y in zip(rows, gold):
        x = r + [1.0]
        for i in range(n):
            xty[i] += x[i] * y
            for j in range(n):
                xtx[i][j] += x[i] * x[j]
    for i in range(n):
        xtx[i][i] += ridge
    # Gauss-Jordan elimination.
    m = [row[:] + [v] for row, v in zip(xtx, xty)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def main():
    simscore = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), '..', '..', '..', 'shared', 'eval', 'stsb')
    data = {}
    for split in ('train', 'dev'):
        gold, pairs = load(os.path.join(root, 'sts-%s.csv' % split))
        data[split] = (gold, features(simscore, pairs))
    rows = data['train'][1] + data['dev'][1]
    gold = [g / 5 for g in data['train'][0] + data['dev'][0]]
    weights = solve(rows, gold)
    for name, w in zip(NAMES + ['bias'], weights):
        print('%-20s %+.4f' % (name, w))
    for split, (g, f) in data.items():
        pred = [sum(w * x for w, x in zip(weights, r + [1.0])) for r in f]
        print('%s spearman %.4f' % (split, spearman(g, pred)))


if __name__ == '__main__':
    main()
