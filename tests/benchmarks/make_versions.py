#!/usr/bin/env python3
"""Writes N plain-text versions of one made-up news story.

    tests/benchmarks/make_versions.py --count N [--paragraphs 40] [--seed S] OUTDIR

The story (a storm floods the fictional city of Larkford and closes a
bridge) is generated from sentence templates filled with invented names,
places and numbers. Version 1 is the unchanged base; every other version
rewrites it the way an outlet rewrites a wire report: synonyms, "said"
becoming "stated" or "told reporters", reordered clauses, 1-4 moved
paragraphs, 5-10 % dropped sentences, 1-4 added sentences with details of
its own, and the odd sentence split in two or two merged into one.

Each file is OUTDIR/version-0001.txt, ...: a headline, a blank line, a
date line ("21 August 2025", the base date or the day after), a blank
line, then paragraphs separated by blank lines. The output depends only
on the seed, the paragraph count and the version index. Standard library
only; scale.py imports write_versions() from here.
"""
import argparse
import dataclasses
import datetime
import os
import pathlib
import random
import re
import sys


def sentences(text):
    """The sentences of text, each on one line."""
    return re.split(r'(?<=\.) ', ' '.join(text.split()))


CITY, RIVER, COUNTY = 'Larkford', 'Tamsel', 'Ardley County'
OFFICIALS = ['Mayor Elena Varga', 'council member Tomas Reilly', 'city engineer Priya Halvorsen',
             'fire chief Marcus Odell', 'public works director Lena Brandt',
             'utility spokesperson Sam Okoro', 'emergency manager Ruth Calloway',
             'hydrologist Daniel Ferris', 'deputy mayor Ines Corbett',
             'police superintendent Karl Whitby']
DISTRICTS = ['Eastbank', 'Mill Quarter', 'Harrow Heights', 'Old Port', 'Northgate', 'Riverside',
             'Copper Hill', 'Westfield']
STREETS = ['Harrow Street', 'Canal Road', 'Lindell Avenue', 'Foundry Lane', 'Station Road',
           'Marlow Street', 'Quarry Road', 'Beacon Avenue']
FACILITIES = ['the Northgate treatment plant', 'the Copper Hill reservoir',
              'the Eastbank pumping station', 'the Old Port weather station', 'Larkford airfield']
SCHOOLS = ['Westfield Primary School', 'Riverside High School', 'the Mill Quarter sports hall',
           'Beacon Avenue Community College']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

HEADLINES = ['Flooding closes Harrow Street Bridge as {city} council approves emergency repairs',
             '{city} counts the cost after record rain floods {district}',
             'Emergency funding approved as {river} River floods parts of {city}',
             'Bridge closed for weeks after storm damage in {city}',
             'Residents of {district} return home as floodwater recedes in {city}']
# Sentence templates, one sentence each: written as running text and
# cut apart by sentences() below.
LEDES = sentences('''
    Heavy rain flooded large parts of {city} on {day}, forcing the closure of the Harrow Street
    Bridge and leaving about {homes} homes without power across the {district} district. The
    {city} city council held an emergency meeting on {day} evening after the {river} River rose
    {small} metres in {hours} hours and spilled into low-lying streets.''')
TEMPLATES = sentences('''
    Crews closed the Harrow Street Bridge shortly before dawn after engineers found a crack in
    one of its support piers, {official} said. {official} said the bridge would remain closed
    for at least {small} weeks while inspectors assess the damage to the structure. About
    {homes} homes in {district} were evacuated overnight, and many families spent the night in
    temporary shelters set up at {school}. The council approved {money} in emergency funding on
    {day}, most of which will pay for pumps, sandbags and temporary repairs to {street}.
    Rainfall gauges at {facility} recorded {mm} millimetres in {hours} hours, the highest total
    since records began in {year}, according to {official}. Power was restored to most of
    {district} by {day} evening, but about {homes} customers remained without electricity,
    {official} said. {official} warned that {street} and {street2} would stay closed to traffic
    because floodwater had undermined the road surface in several places. Residents of
    {district} were urged to boil tap water before drinking it until tests at {facility}
    confirm that the supply is safe. Emergency services carried out {n} rescues during the
    night, most of them drivers who had tried to cross flooded roads near {street}. Nobody was
    seriously injured, although {n} people were treated for hypothermia and minor cuts at the
    hospital, {official} said. After the river peaked on {day} afternoon, crews began clearing
    debris from storm drains along {street} and {street2}. Because the bridge carries about
    {traffic} vehicles a day, its closure has sent heavy traffic through {district}, where
    queues stretched for hours. "We have never seen the {river} rise this quickly, and we are
    grateful that people listened to the warnings," {official} said. "This is going to be a
    long and expensive recovery, but the city will rebuild," {official} said at a news
    conference on {day}. The council also voted {votes} to commission an independent review of
    the flood defences, which were last upgraded in {year}. {official} said the drainage
    network in {district} was designed decades ago and can no longer cope with the intense
    storms the region now sees. Schools in {district} and {district2} will stay closed until at
    least {day}, and parents were asked to check the city website for updates. Bus routes that
    normally cross the bridge have been diverted through {district}, adding about {minutes}
    minutes to many journeys, the transit agency said. Insurance assessors were expected to
    arrive in {city} on {day} to begin inspecting damaged homes and businesses in {district}.
    Volunteers filled more than {sandbags} sandbags at the municipal depot on {day}, and many
    stayed late into the night to deliver them. Forecasters said a second band of rain could
    reach {county} by {day}, although it is expected to be lighter than the first. While the
    water has receded in most areas, {official} said the ground remains saturated and further
    flooding could happen quickly. Pumps at {facility} failed for about {hours} hours on {day}
    after floodwater reached the electrical equipment, officials said. Engineers plan to use
    divers and underwater cameras to inspect the bridge foundations once the current in the
    {river} slows down. Shops along {street} began cleaning up on {day}, and several owners
    said they had lost stock worth thousands of dollars to the floodwater. The city has opened
    a hotline for residents who need help with the cleanup, and {official} said {n} calls had
    been received by {day}. {official} said the repair bill for the bridge alone could reach
    {money}, and that the city would ask {county} to help with the cost. Although the bridge is
    more than {age} years old, it passed its most recent inspection in {year} without any major
    problems being found. Several roads in {district2} remained under water on {day}, and
    police asked drivers to avoid the area unless their journey was essential. Health officials
    reminded residents to wear gloves and boots when cleaning flooded properties, because
    floodwater can carry sewage and chemicals. The {county} emergency management office said it
    had moved {small} generators and {n} portable pumps into {city} by {day} morning. Council
    members asked why warning sirens in {district} did not sound until the water had reached
    {street}, and {official} promised a full report. By {day} afternoon, about {pct} percent of
    the evacuated households had been allowed to return home, {official} said. The animal
    shelter on {street} moved {n} dogs and cats to a farm outside {city} after water entered
    its kennels overnight. A temporary pedestrian ferry across the {river} will begin operating
    on {day}, with boats running every {minutes} minutes during the day. {official} said the
    city would publish a detailed timeline for the bridge repairs once engineers have finished
    their initial assessment. Local businesses in {district} estimated that the closure could
    cost them {money} in lost trade if it lasts through the end of the month. The last major
    flood in {city} happened in {year}, when the {river} burst its banks and damaged more than
    {homes} homes in the same neighbourhoods. Since the storm hit, the city has posted updates
    online every hour, and {official} said visits to its website had tripled. Until the bridge
    reopens, commuters have been advised to use the {street} crossing or the rail service,
    which has added extra trains at peak times.''')
# Details that only one version carries; {person} comes from FIRST and
# LAST, which share no names with the base story.
EXTRAS = sentences('''
    {person}, who has lived on {street} for {age} years, said the water reached the porch
    within {minutes} minutes of the first warning. At the {district} community centre,
    volunteer {person} said {n} people had arrived by midnight with little more than a change
    of clothes. A bakery owner, {person}, estimated that the closure of {street} had already
    cost the shop about {money} in lost trade. {person}, a retired engineer, told this outlet
    that cracks had been reported on the bridge as early as {year}. Insurance broker {person}
    said claims from {district} had reached {n} by {day} afternoon. Bus driver {person} said
    route {small} had been diverted through {district}, adding about {minutes} minutes to every
    trip. Neighbours in {district} raised {money} within {hours} hours through an online appeal
    organised by {person}. {person}, {age}, was treated for minor injuries after a tree fell on
    a parked car on {street}, according to the ambulance service. Farmer {person} said {n}
    sheep had to be moved to higher ground along the {river} on {day} morning.''')
FIRST = ['Anouk', 'Bram', 'Celia', 'Dmitri', 'Edda', 'Farid', 'Greta', 'Hollis', 'Ilse', 'Joost',
         'Keiko', 'Lavinia', 'Mateo', 'Nadia', 'Oren', 'Paloma', 'Quentin', 'Rosalind', 'Silas',
         'Thea', 'Ulric', 'Vesna', 'Wendell', 'Yara']
LAST = ['Ashdown', 'Bellweather', 'Carrow', 'Dunmore', 'Elsworth', 'Fennick', 'Gadsby', 'Hurst',
        'Ivers', 'Jolliffe', 'Kestrel', 'Lomax', 'Mirren', 'Nettles', 'Oakhurst', 'Pemberton',
        'Quayle', 'Rook', 'Stanhope', 'Tolland', 'Underhill', 'Vickery', 'Wymark', 'Yelland']
# Rewording table; one regex pass, so replacements never chain.
SYNONYMS = {
    'said': ['stated', 'told reporters'], 'about': ['around', 'roughly', 'approximately'],
    'more than': ['over'], 'closed': ['shut'], 'crews': ['work teams', 'teams'],
    'approved': ['backed', 'passed'], 'warned': ['cautioned'], 'began': ['started'],
    'quickly': ['rapidly', 'swiftly'], 'expected to': ['set to', 'likely to'],
    'homes': ['houses', 'properties'], 'roads': ['streets'], 'because': ['as'],
    'inspect': ['examine', 'check'], 'damaged': ['battered'], 'remained': ['stayed'],
    'temporary': ['makeshift'], 'heavy rain': ['torrential rain', 'downpours'],
    'spokesperson': ['representative'], 'to help': ['to assist'], 'several': ['a number of'],
    'the cost': ['the bill', 'the expense'], 'businesses': ['firms'], 'journeys': ['trips']}
SYNONYM_RE = re.compile(r'\b(' + '|'.join(sorted(SYNONYMS, key=len, reverse=True)) + r')\b',
                        re.IGNORECASE)
# Words that keep their capital when a clause moves behind another.
PROPER = {word for name in OFFICIALS + DISTRICTS + STREETS + FACILITIES + SCHOOLS + FIRST + LAST
          + [CITY, RIVER, COUNTY, 'Mayor'] for word in name.split() if word[:1].isupper()}
SUBORDINATE_RE = re.compile(
    r'^(After|Because|While|Although|Since|Until) ([^"]+?), ([a-z][^"]+)\.$')
QUOTE_RE = re.compile(r'^"(.+)," ([^,"]+?) said(.*)\.$')
TRAILING_RE = re.compile(r'^([^"]+), ([^,"]+?) said\.$')
LEADING_RE = re.compile(r'^([^,"]{3,60}?) said (?!that )([^"]+)\.$')


@dataclasses.dataclass
class Article:
    """One version: headline, date and paragraphs (lists of sentences)."""

    headline: str
    date: datetime.date
    paragraphs: list
    alternatives: list = dataclasses.field(default_factory=list)

    def text(self):
        """The article as plain text, paragraphs separated by blank lines."""
        date = f'{self.date.day} {self.date:%B %Y}'
        body = '\n\n'.join(' '.join(p) for p in self.paragraphs)
        return f'{self.headline}\n\n{date}\n\n{body}\n'


def cap(text):
    """Text with its first letter upper-cased."""
    return text[:1].upper() + text[1:]


def uncap(text):
    """Text with its first letter lower-cased unless it is a name."""
    first = text.split(' ', 1)[0].rstrip(',')
    return text if first in PROPER or first == 'I' else text[:1].lower() + text[1:]


def fill(template, rng, **fixed):
    """A template with every slot filled from rng, first letter upper-cased."""
    district, district2 = rng.sample(DISTRICTS, 2)
    street, street2 = rng.sample(STREETS, 2)
    money = rng.choice([f'${rng.randint(2, 19)} million', f'${rng.randint(15, 95)}0,000'])
    slots = dict(city=CITY, river=RIVER, county=COUNTY, official=rng.choice(OFFICIALS),
                 district=district, district2=district2, street=street, street2=street2,
                 facility=rng.choice(FACILITIES), school=rng.choice(SCHOOLS),
                 day=rng.choice(DAYS), small=rng.randint(2, 9), hours=rng.randint(6, 48),
                 n=rng.randint(12, 240), homes=rng.randint(4, 90) * 10, money=money,
                 mm=rng.randint(70, 190), year=rng.randint(1952, 2016),
                 traffic=f'{rng.randint(12, 48)},{rng.randint(0, 9)}00',
                 votes=f'{rng.randint(7, 11)} to {rng.randint(0, 3)}',
                 minutes=rng.randint(3, 9) * 5, sandbags=f'{rng.randint(8, 40)},000',
                 age=rng.randint(40, 95), pct=rng.randint(3, 9) * 10)
    slots.update(fixed)
    return cap(template.format(**slots))


def make_base(paragraphs=40, seed=1):
    """The unchanged story: a lede paragraph, then distinct paragraphs."""
    rng = random.Random(f'parallax-base-{seed}')
    district, day = rng.choice(DISTRICTS), rng.choice(DAYS)
    seen, pool, body = set(), [], []
    for index in range(paragraphs):
        sentences = []
        while len(sentences) < (2 if index == 0 else rng.choice((2, 3, 3))):
            if index == 0:
                sentence = fill(LEDES[len(sentences)], rng, district=district, day=day)
            else:
                if not pool:
                    pool = rng.sample(TEMPLATES, len(TEMPLATES))
                sentence = fill(pool.pop(), rng)
            if sentence not in seen:
                seen.add(sentence)
                sentences.append(sentence)
        body.append(sentences)
    date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    headlines = [t.format(city=CITY, river=RIVER, district=district) for t in HEADLINES]
    return Article(headlines[0], date, body, headlines)


def reword(sentence, rng, rate):
    """The sentence with some clauses reordered and words swapped."""
    if rng.random() < rate:
        match = SUBORDINATE_RE.match(sentence)
        if match and ' said' not in match[3]:
            sentence = f'{cap(match[3])} {match[1].lower()} {match[2]}.'
        elif match := QUOTE_RE.match(sentence):
            sentence = f'{cap(match[2])} said{match[3]}: "{match[1]}."'
        elif (match := TRAILING_RE.match(sentence)) and len(match[2].split()) <= 5:
            sentence = f'{cap(match[2])} said {uncap(match[1])}.'
        elif (match := LEADING_RE.match(sentence)) and len(match[1].split()) <= 5:
            sentence = f'{cap(match[2])}, {uncap(match[1])} said.'

    def swap(match):
        if rng.random() >= rate:
            return match[0]
        word = rng.choice(SYNONYMS[match[0].lower()])
        return cap(word) if match[0][0].isupper() else word
    return SYNONYM_RE.sub(swap, sentence)


def split_or_merge(paragraphs, rng):
    """Split one sentence at ", and"/", but" or merge two neighbours."""
    if rng.random() < 0.5:
        spots = [(p, s) for p, para in enumerate(paragraphs) for s, text in enumerate(para)
                 if not text.startswith('"') and re.search(r', (and|but) ', text)]
        if spots:
            p, s = rng.choice(spots)
            head, conj, tail = re.split(r', (and|but) ', paragraphs[p][s], maxsplit=1)
            tail = cap(tail) if conj == 'and' else 'But ' + tail
            paragraphs[p][s:s + 1] = [head + '.', tail]
    else:
        spots = [(p, s) for p, para in enumerate(paragraphs) for s in range(len(para) - 1)
                 if para[s].endswith('.') and not para[s + 1].startswith('"')]
        if spots:
            p, s = rng.choice(spots)
            glue = rng.choice([', and ', '; '])
            paragraphs[p][s:s + 2] = [paragraphs[p][s][:-1] + glue + uncap(paragraphs[p][s + 1])]


def make_version(base, seed, index):
    """Version number index (1-based) of base; version 1 is the base."""
    paragraphs = [list(p) for p in base.paragraphs]
    if index == 1:
        return Article(base.headline, base.date, paragraphs)
    rng = random.Random(f'parallax-version-{seed}-{index}')
    rate = rng.uniform(0.15, 0.45)
    headline = base.headline
    if rng.random() < 0.5:
        headline = rng.choice(base.alternatives)
    headline = reword(headline, rng, rate)
    paragraphs = [[reword(s, rng, rate) for s in p] for p in paragraphs]
    for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
        split_or_merge(paragraphs, rng)
    drop = rng.uniform(0.05, 0.10)
    for p, para in enumerate(paragraphs):
        kept = [s for s in para if rng.random() >= drop]
        paragraphs[p] = kept or para[:1]
    for _ in range(rng.randint(1, 4)):
        moved = paragraphs.pop(rng.randrange(1, len(paragraphs)))
        paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), moved)
    for _ in range(rng.randint(1, 4)):
        person = f'{rng.choice(FIRST)} {rng.choice(LAST)}'
        extra = fill(rng.choice(EXTRAS), rng, person=person)
        if rng.random() < 0.3:
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), [extra])
        else:
            para = rng.choice(paragraphs[1:])
            para.insert(rng.randrange(len(para) + 1), extra)
    date = base.date + datetime.timedelta(days=rng.choice((0, 0, 1)))
    return Article(headline, date, paragraphs)


def write_versions(outdir, count, paragraphs=40, seed=1):
    """Writes count versions into outdir; returns the file paths."""
    os.makedirs(outdir, exist_ok=True)
    base = make_base(paragraphs, seed)
    paths = []
    for index in range(1, count + 1):
        path = os.path.join(outdir, f'version-{index:04d}.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(make_version(base, seed, index).text())
        paths.append(path)
    return paths


def main():
    """Command line: parse the arguments, write, summarise to stderr."""
    parser = argparse.ArgumentParser(description=__doc__.split('\n', 1)[0])
    parser.add_argument('--count', type=int, required=True, help='number of versions')
    parser.add_argument('--paragraphs', type=int, default=40, help='paragraphs in the base')
    parser.add_argument('--seed', type=int, default=1, help='random seed')
    parser.add_argument('outdir', help='directory to write version-NNNN.txt into')
    args = parser.parse_args()
    if args.count < 1 or args.paragraphs < 2:
        parser.error('--count must be at least 1 and --paragraphs at least 2')
    paths = write_versions(args.outdir, args.count, args.paragraphs, args.seed)
    words = sum(len(pathlib.Path(path).read_text(encoding='utf-8').split()) for path in paths)
    print(f'make_versions: wrote {len(paths)} versions of a {args.paragraphs}-paragraph story '
          f'(seed {args.seed}, {words} words) to {args.outdir}', file=sys.stderr)


if __name__ == '__main__':
    main()
