#!/usr/bin/env python3
"""Spearman correlation of parallax-simscore with the STS Benchmark gold scores.

    tests/benchmarks/stsb.py BUILD/tests/tools/parallax-simscore [STSB_DIR] [SPLIT...]

STSB_DIR defaults to ../shared/eval/stsb next to the repository, SPLIT to "test". Prints one
table row per split: pairs, Spearman and Pearson correlation (x100). Standard library only.
"""
import os
import subprocess
import sys


def load(path):
    """Gold scores and (sentence, sentence) pairs of an STS-B file (tab-separated, 7+ columns)."""
    gold, pairs = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            columns = line.rstrip('\n').split('\t')
            if len(columns) < 7:
                continue
            gold.append(float(columns[4]))
            pairs.append((columns[5], columns[6]))
    return gold, pairs


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    result = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            result[order[k]] = (i + j) / 2
        i = j + 1
    return result


def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    va = sum((x - ma) ** 2 for x in a)
    vb = sum((y - mb) ** 2 for y in b)
    return cov / (va * vb) ** 0.5


def spearman(a, b):
    return pearson(ranks(a), ranks(b))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    simscore = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval', 'stsb')
    splits = sys.argv[3:] or ['test']
    print('| split | pairs | Spearman x100 | Pearson x100 |')
    print('|---|---|---|---|')
    for split in splits:
        path = os.path.join(root, 'sts-%s.csv' % split)
        if not os.path.exists(path):
            sys.exit('stsb.py: %s not found' % path)
        gold, pairs = load(path)
        out = subprocess.run([simscore], input=''.join(a + '\t' + b + '\n' for a, b in pairs),
                             capture_output=True, text=True, check=True).stdout.splitlines()
        scores = [float(line.split('\t')[0]) for line in out]
        if len(scores) != len(gold):
            sys.exit('stsb.py: %d scores for %d pairs' % (len(scores), len(gold)))
        print('| %s | %d | %.1f | %.1f |' % (split, len(gold), 100 * spearman(gold, scores),
                                             100 * pearson(gold, scores)))


if __name__ == '__main__':
    main()
