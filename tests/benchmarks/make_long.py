#!/usr/bin/env python3
"""Writes two versions of one long made-up text, for the long-document benchmarks.

    tests/benchmarks/make_long.py --kind report|minutes --megabytes M [--seed S] OUTDIR

--kind report   a long report of varied prose: paragraphs built from many sentence
                templates, names, places and figures (a book-length document).
--kind minutes  a council's minutes over many meetings: the same phrasing recurs in
                every meeting ("The chair opened the meeting at ...", "The motion was
                carried by ... votes to ..."), so most sentences have many near twins.

OUTDIR/a.txt is the original; OUTDIR/b.txt a revision of it: about 10 % of sentences
reworded (a synonym, a number changed), 3 % dropped, 3 % added, a few paragraphs moved.
Both start with a headline line and a blank line; paragraphs are separated by blank
lines. The output depends only on the arguments. Standard library only.
"""
import argparse
import os
import random

FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas',
         'Karin', 'Lev', 'Marta', 'Nils', 'Olga', 'Pavel', 'Rosa', 'Sami', 'Tilda', 'Umar']
LAST = ['Adler', 'Brandt', 'Costa', 'Dvorak', 'Engel', 'Fischer', 'Gomez', 'Horvath', 'Ivanova',
        'Jansen', 'Keller', 'Larsen', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quist', 'Rossi']
PLACES = ['Harrow Street', 'the east pier', 'Mill Quarter', 'the old station', 'Copper Hill',
          'the river bank', 'Northgate', 'the market square', 'Westfield', 'the ring road']
THINGS = ['the bridge', 'the library', 'the ferry service', 'the school roof', 'the water main',
          'the bus depot', 'the cycle lanes', 'the harbour wall', 'the night buses', 'the park']
VERBS = [('repair', 'fix'), ('close', 'shut'), ('extend', 'expand'), ('inspect', 'examine'),
         ('fund', 'finance'), ('replace', 'renew'), ('review', 'assess'), ('open', 'reopen')]
ADJ = [('urgent', 'pressing'), ('costly', 'expensive'), ('popular', 'well-liked'),
       ('overdue', 'long-delayed'), ('modest', 'small'), ('major', 'large')]

REPORT = [
    '{p} said the plan to {v} {t} near {pl} was {a} and would cost {n} thousand euros.',
    'Work on {t} began in {y} after residents of {pl} complained for {m} months.',
    'According to {p}, {n} households near {pl} depend on {t} every day.',
    'The committee asked {p} to {v} {t} before the winter of {y}.',
    'An inspection in {y} found that {t} at {pl} needed {a} attention.',
    'Local traders near {pl} told {p} that closing {t} had cut their sales by {m} percent.',
    'The budget for {t} rose from {n} to {n2} thousand euros between {y} and {y2}.',
    '{p} wrote that nobody had planned to {v} {t} since {y}.',
    'Engineers counted {n} faults along {pl}, most of them near {t}.',
    'In a letter, {p} warned that {t} could fail within {m} years.',
]
MINUTES = [
    'The chair, {p}, opened the meeting at {h}:{mm} and welcomed {m} members.',
    'The minutes of the previous meeting were approved without amendment.',
    'Apologies were received from {p} and {p2}.',
    'The clerk reported that {n} letters had been received about {t}.',
    'Item {m}: the committee discussed a proposal to {v} {t} near {pl}.',
    '{p} moved that the council {v} {t}; {p2} seconded the motion.',
    'The motion was carried by {m} votes to {k}.',
    'The motion was lost by {k} votes to {m}.',
    'The treasurer reported a balance of {n} euros for the quarter.',
    'Members asked the clerk to write to the owners of {t} at {pl}.',
    'There being no other business, the chair closed the meeting at {h2}:{mm}.',
    'The next meeting will be held on {d} at the town hall.',
]
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']


def fill(template, rng, variant):
    verb = rng.choice(VERBS)
    adj = rng.choice(ADJ)
    values = dict(
        p=f'{rng.choice(FIRST)} {rng.choice(LAST)}', p2=f'{rng.choice(FIRST)} {rng.choice(LAST)}',
        pl=rng.choice(PLACES), t=rng.choice(THINGS), v=verb[variant], a=adj[variant],
        n=rng.randint(2, 900), n2=rng.randint(900, 2000), m=rng.randint(2, 40),
        k=rng.randint(0, 9), y=rng.randint(1990, 2024), y2=rng.randint(2025, 2030),
        h=rng.randint(17, 19), h2=rng.randint(20, 22), mm=f'{rng.randint(0, 59):02d}',
        d=rng.choice(DAYS))
    return template.format(**values)


def paragraphs(kind, megabytes, rng):
    templates = REPORT if kind == 'report' else MINUTES
    out, size = [], 0
    while size < megabytes * 1_000_000:
        if kind == 'minutes':
            count = rng.randint(2, 4)
            picks = [rng.choice(templates) for _ in range(count)]
        else:
            picks = rng.sample(templates, rng.randint(3, 5))
        # Each sentence keeps its own random state, so the revision can redraw it.
        para = [(t, rng.getrandbits(32)) for t in picks]
        out.append(para)
        size += sum(len(t) + 8 for t in picks)
    return out


def render(paras, rng, revise):
    lines = []
    for para in paras:
        sentences = []
        for template, state in para:
            r = random.Random(state)
            variant = 0
            if revise:
                roll = rng.random()
                if roll < 0.03:
                    continue  # dropped
                if roll < 0.13:
                    variant = 1  # reworded: the synonym
                if roll < 0.05:
                    r = random.Random(state + 1)  # figures and names changed
            sentences.append(fill(template, r, variant))
            if revise and rng.random() < 0.03:
                sentences.append(fill(rng.choice(REPORT), random.Random(rng.getrandbits(32)), 0))
        if sentences:
            lines.append(' '.join(sentences))
    if revise:
        for _ in range(max(1, len(lines) // 200)):
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines.insert(j, lines.pop(i))
    return lines


def write_long(outdir, kind, megabytes, seed=1):
    """Writes outdir/a.txt and outdir/b.txt; returns their paths."""
    rng = random.Random(seed)
    paras = paragraphs(kind, megabytes, rng)
    os.makedirs(outdir, exist_ok=True)
    title = 'Annual report on the city works' if kind == 'report' else \
        'Minutes of the town council'
    paths = []
    for name, revise in (('a.txt', False), ('b.txt', True)):
        lines = render(paras, random.Random(seed + 7), revise)
        path = os.path.join(outdir, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(title + ('' if not revise else ' (revised)') + '\n\n')
            f.write('\n\n'.join(lines) + '\n')
        paths.append(path)
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--kind', choices=['report', 'minutes'], required=True)
    parser.add_argument('--megabytes', type=float, required=True)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('outdir')
    args = parser.parse_args()
    write_long(args.outdir, args.kind, args.megabytes, args.seed)


if __name__ == '__main__':
    main()
