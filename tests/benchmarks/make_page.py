#!/usr/bin/env python3
"""Writes one large made-up news page, for the HTML reading benchmark.

    tests/benchmarks/make_page.py [--megabytes 5] [--elements 100000] [--seed S] OUT.html

The page is laid out as saved news pages are: a header with a menu, a long story in an
<article> (paragraphs with links, emphasis and spans, subheadings, figures with captions, a
data table), a sidebar of teaser lists, a comment section and a footer of link lists. Its
size and its number of elements are close to the ones asked for (the element count wins when
the two disagree). The output depends only on the arguments. Standard library only.
"""
import argparse
import html
import random

VOCABULARY = []

WORDS = ('council bridge river harbour school budget ferry library engineers residents traders '
         'station market winter repair inspection committee plan months households letter '
         'quarter motion members clerk treasurer balance meeting proposal owners street pier '
         'north west old new long short early late cost euros thousand daily weekly record').split()


SYLLABLES = ('ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni '
             'no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu').split()


def vocabulary(rng, size=20000):
    """Made-up words, so that sentences differ as much as in real prose."""
    words = list(WORDS)
    while len(words) < size:
        words.append(''.join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return words


def pick(rng, words):
    # Common words recur, most words are rare.
    return rng.choice(WORDS) if rng.random() < 0.3 else rng.choice(words)


def sentence(rng, words):
    text = ' '.join(pick(rng, VOCABULARY) for _ in range(words))
    return text[0].upper() + text[1:] + rng.choice('.....?!')


def paragraph(rng, counter):
    """A story paragraph: a few sentences with inline elements; counts its elements."""
    parts = []
    for _ in range(rng.randint(2, 4)):
        s = html.escape(sentence(rng, rng.randint(6, 13)))
        words = s.split(' ')
        i = rng.randrange(len(words))
        tag = rng.choice(['a href="/topic/x"', 'em', 'strong', 'span class="name"'])
        words[i] = f'<{tag}>{words[i]}</{tag.split()[0]}>'
        counter[0] += 1
        parts.append(' '.join(words))
    counter[0] += 1
    return '<p>' + ', '.join(parts) + '</p>\n'


def write_page(path, megabytes, elements, seed=1):
    global VOCABULARY
    rng = random.Random(seed)
    VOCABULARY = vocabulary(rng)
    rng.shuffle(VOCABULARY)
    target = int(megabytes * 1024 * 1024)
    counter = [0]
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
           '<title>The long council report - Example Daily</title>',
           '<meta property="og:title" content="The long council report">',
           '</head><body>\n<header class="site-header"><div class="menu"><ul>']
    for i in range(30):
        out.append(f'<li><a href="/s{i}">Section {i}</a></li>')
        counter[0] += 2
    out.append('</ul></div></header>\n<div class="layout"><article class="story">'
               '<h1>The long council report</h1>\n')
    size = sum(len(s) for s in out)
    # The story takes about half of the elements, the furniture the other half.
    story_elements = elements // 2
    n = 0
    while counter[0] < story_elements:
        n += 1
        if n % 40 == 0:
            chunk = f'<h2>{html.escape(sentence(rng, 5))}</h2>\n'
            counter[0] += 1
        elif n % 97 == 0:
            chunk = ('<figure><img src="/p.jpg" alt=""><figcaption>'
                     f'{html.escape(sentence(rng, 9))}</figcaption></figure>\n')
            counter[0] += 3
        elif n % 211 == 0:
            rows = ''.join(f'<tr><td>{rng.choice(WORDS)}</td><td>{rng.randint(1, 999)}</td></tr>'
                           for _ in range(8))
            chunk = f'<table><tr><th>Item</th><th>Count</th></tr>{rows}</table>\n'
            counter[0] += 4 + 8 * 3
        else:
            chunk = paragraph(rng, counter)
        out.append(chunk)
        size += len(chunk)
    out.append('</article>\n<div class="sidebar">')
    # Furniture: teaser lists and comments until the element budget is spent; filler text in
    # the comments brings the page to its size.
    remaining = max(elements - counter[0], 0)
    comment_budget = max(target - size - remaining * 40, 0)
    teasers = remaining // 2
    for i in range(teasers // 3):
        out.append(f'<div class="teaser"><a href="/t{i}">{html.escape(sentence(rng, 6))}</a></div>')
        counter[0] += 2
    out.append('</div>\n<section class="comments">')
    comments = max((elements - counter[0]) // 3, 1)
    filler = max(comment_budget // comments, 20)
    for i in range(comments):
        words = max(filler // 7, 3)
        out.append(f'<div class="comment"><span class="user">reader{i}</span>'
                   f'<p>{html.escape(sentence(rng, words))}</p></div>\n')
        counter[0] += 3
    out.append('</section></div>\n<footer><ul>')
    for i in range(20):
        out.append(f'<li><a href="/f{i}">Footer link {i}</a></li>')
        counter[0] += 2
    out.append('</ul></footer></body></html>\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(''.join(out))
    return counter[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('out')
    parser.add_argument('--megabytes', type=float, default=5)
    parser.add_argument('--elements', type=int, default=100000)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    count = write_page(args.out, args.megabytes, args.elements, args.seed)
    print(f'{args.out}: {count} elements')


if __name__ == '__main__':
    main()
