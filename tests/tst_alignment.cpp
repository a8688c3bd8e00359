#include "articleloader.h"
#include "comparison.h"
#include "editedcopies.h"
#include "testutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <random>

using namespace Parallax;
using Test::writeEditedCopies;

// The aligner: which sentences say the same thing across N sources, and what each one adds.
class TestAlignment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void unitsAreWellFormed_data();
    void unitsAreWellFormed();
    void identicalSourcesAddNothing();
    void sampleStoryAdditions();
    void worksWithoutWordNet();
    void defaultBaseIsEarliestDated();
    void progressAndCancel();
    void seedsParaphraseAlignsParagraphByParagraph();
    void seedsDetailsBelongToTheirSource_data();
    void seedsDetailsBelongToTheirSource();
    void seedsParaphraseAddsAlmostNothing();
    void seedsIstanbulRelativeToBase();
    void orderOfInputsChangesNothing_data();
    void orderOfInputsChangesNothing();
    void manyEditedCopiesInAnyOrder();
    void baseChangesOnlyRowOrder_data();
    void baseChangesOnlyRowOrder();
    void identicalCopyChangesNothingElse_data();
    void identicalCopyChangesNothingElse();
    void seedsIndependentWriteUpsLinked();
    void sameNumberOfDifferentThingsNotLinked();
};

namespace {

struct Loaded
{
    QList<Article> articles;
    Comparison comparison;
    QList<const Sentence *> segments; // by segment id
    QList<qsizetype> sourceOfSegment;
};

Loaded load(const QStringList &paths, qsizetype base = -1)
{
    Loaded loaded;
    const LoadResult result = ArticleLoader::loadAll(paths);
    loaded.articles = result.articles;
    CompareOptions options;
    options.base = base;
    loaded.comparison = compare(loaded.articles, options);
    for (qsizetype s = 0; s < loaded.articles.size(); ++s) {
        for (const Sentence &sentence : loaded.articles.at(s).sentences) {
            loaded.segments.append(&sentence);
            loaded.sourceOfSegment.append(s);
        }
    }
    return loaded;
}

QStringList filesIn(const QString &dir)
{
    QStringList paths;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(d.filePath(name));
    return paths;
}

// The one segment whose text contains the fragment, or -1.
qsizetype segmentWith(const Loaded &loaded, const QString &fragment)
{
    qsizetype found = -1;
    for (qsizetype id = 0; id < loaded.segments.size(); ++id) {
        if (loaded.segments.at(id)->text.contains(fragment)) {
            if (found >= 0)
                return -2; // ambiguous
            found = id;
        }
    }
    return found;
}

QList<qsizetype> unitsOf(const Loaded &loaded, qsizetype segment)
{
    QList<qsizetype> units;
    for (qsizetype u = 0; u < loaded.comparison.units.size(); ++u) {
        if (loaded.comparison.units.at(u).segments.contains(segment))
            units.append(u);
    }
    return units;
}

bool together(const Loaded &loaded, qsizetype a, qsizetype b)
{
    const QList<qsizetype> ua = unitsOf(loaded, a);
    for (qsizetype u : unitsOf(loaded, b)) {
        if (ua.contains(u))
            return true;
    }
    return false;
}

// All added text of one source, one addition per line.
QString addedText(const QList<Addition> &additions, qsizetype source)
{
    QString text;
    for (const Addition &addition : additions) {
        if (addition.source == source)
            text += addition.text + u'\n';
    }
    return text;
}

qsizetype sourceNumbered(const Loaded &loaded, const QString &prefix)
{
    for (qsizetype s = 0; s < loaded.articles.size(); ++s) {
        if (QFileInfo(loaded.articles.at(s).path).fileName().startsWith(prefix))
            return s;
    }
    return -1;
}

// A comparison as sets of texts, independent of the order the sources came in: each unit as
// its members ("file: sentence"), each addition as "file: sentence: added text".
struct TextView
{
    QStringList units;
    QStringList added;
    QStringList addedVsBase;
    QString base;
};

QString nameOf(const Article &article)
{
    return QFileInfo(article.path).fileName();
}

TextView textView(const QList<Article> &articles, const Comparison &c,
                  const QStringList &leaveOut = {})
{
    QStringList segments;
    QList<qsizetype> sourceOf;
    for (qsizetype s = 0; s < articles.size(); ++s) {
        for (const Sentence &sentence : articles.at(s).sentences) {
            segments.append(sentence.text);
            sourceOf.append(s);
        }
    }
    auto member = [&](qsizetype segment) {
        return QString(nameOf(articles.at(sourceOf.at(segment))) + QStringLiteral(": ") +
                       segments.at(segment));
    };
    TextView view;
    for (const Unit &unit : c.units) {
        QStringList members;
        for (qsizetype segment : unit.segments) {
            if (!leaveOut.contains(nameOf(articles.at(sourceOf.at(segment)))))
                members.append(member(segment));
        }
        members.sort();
        if (!members.isEmpty())
            view.units.append(members.join(u" | "));
    }
    auto additions = [&](const QList<Addition> &list) {
        QStringList out;
        for (const Addition &a : list) {
            if (!leaveOut.contains(nameOf(articles.at(a.source))))
                out.append(member(a.segment) + u": " + a.text);
        }
        out.sort();
        return out;
    };
    view.units.sort();
    view.added = additions(c.added);
    view.addedVsBase = additions(c.addedVsBase);
    view.base = c.base >= 0 ? nameOf(articles.at(c.base)) : QString();
    return view;
}

// The first difference between two lists, for a readable failure.
QString firstDifference(const QStringList &x, const QStringList &y)
{
    for (const QString &item : x) {
        if (!y.contains(item))
            return QStringLiteral("only in the first: ") + item;
    }
    for (const QString &item : y) {
        if (!x.contains(item))
            return QStringLiteral("only in the second: ") + item;
    }
    return QStringLiteral("same items, counted differently");
}

#define COMPARE_TEXTS(x, y, what)                                                                  \
    QVERIFY2((x) == (y), qPrintable(QStringLiteral(what ": ") + firstDifference((x), (y))))

Comparison compareWithBase(const QList<Article> &articles, const QString &baseName)
{
    CompareOptions options;
    for (qsizetype s = 0; s < articles.size(); ++s) {
        if (nameOf(articles.at(s)) == baseName)
            options.base = s;
    }
    return compare(articles, options);
}

// Rows of a data-driven test: the bundled sample story, two versions (where the order of the
// two texts places what similarity alone does not), and the seeds when they are present.
void sampleAndSeedRows()
{
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("sample story") << Test::samplePaths();
    QTest::newRow("two versions") << filesIn(
        Test::dataPath(QStringLiteral("align/split-by-order")));
    if (Test::seedPaths().size() >= 5)
        QTest::newRow("seeds") << Test::seedPaths();
}

} // namespace

void TestAlignment::golden_data()
{
    QTest::addColumn<QString>("dir");
    QDirIterator it(Test::dataPath(QStringLiteral("align")), QDir::Dirs | QDir::NoDotAndDotDot);
    QStringList dirs;
    while (it.hasNext())
        dirs.append(it.next());
    dirs.sort();
    for (const QString &dir : dirs)
        QTest::newRow(qPrintable(QFileInfo(dir).fileName())) << dir;
    if (dirs.isEmpty())
        QTest::newRow("no fixtures") << QString();
}

void TestAlignment::golden()
{
    QFETCH(QString, dir);
    QVERIFY2(!dir.isEmpty(), "tests/data/align holds no fixtures");
    const QStringList lines =
        Test::readUtf8(dir + QStringLiteral("/expected.tsv")).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    qsizetype base = -1;
    const QStringList files = filesIn(dir);
    for (const QString &line : lines) {
        const QStringList f = line.split(u'\t');
        if (f.at(0) == u"base")
            base = f.at(1).toInt() - 1;
    }
    const Loaded loaded = load(files, base < 0 ? 0 : base);
    QCOMPARE(loaded.articles.size(), files.size());
    auto segment = [&](const QString &fragment) {
        const qsizetype id = segmentWith(loaded, fragment);
        if (id < 0)
            qWarning("fragment %s found %s", qPrintable(fragment),
                     id == -1 ? "nowhere" : "more than once");
        return id;
    };
    auto source = [&](const QString &number) {
        return sourceNumbered(loaded, number.rightJustified(2, u'0'));
    };
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        const QString &kind = f.at(0);
        const QString where = QStringLiteral("%1: %2").arg(QFileInfo(dir).fileName(), line);
        if (kind == u"same" || kind == u"apart") {
            const qsizetype a = segment(f.at(1));
            const qsizetype b = segment(f.at(2));
            QVERIFY2(a >= 0 && b >= 0, qPrintable(where));
            QVERIFY2(together(loaded, a, b) == (kind == u"same"), qPrintable(where));
        } else if (kind == u"alone") {
            const qsizetype a = segment(f.at(1));
            QVERIFY2(a >= 0, qPrintable(where));
            for (qsizetype u : unitsOf(loaded, a))
                QVERIFY2(loaded.comparison.units.at(u).support() == 1, qPrintable(where));
        } else if (kind == u"moved") {
            const qsizetype a = segment(f.at(1));
            QVERIFY2(a >= 0, qPrintable(where));
            QVERIFY2(loaded.comparison.movedSegments.contains(a), qPrintable(where));
        } else if (kind == u"added" || kind == u"not-added" || kind == u"added-vs-base") {
            const qsizetype s = source(f.at(1));
            QVERIFY2(s >= 0, qPrintable(where));
            const QString text = addedText(kind == u"added-vs-base" ? loaded.comparison.addedVsBase
                                                                    : loaded.comparison.added,
                                           s);
            QVERIFY2(text.contains(f.at(2)) == (kind != u"not-added"),
                     qPrintable(where + QStringLiteral("\nadded:\n") + text));
        }
    }
}

void TestAlignment::unitsAreWellFormed_data()
{
    sampleAndSeedRows();
}

void TestAlignment::unitsAreWellFormed()
{
    QFETCH(QStringList, paths);
    const Loaded loaded = load(paths);
    const Comparison &c = loaded.comparison;
    QVERIFY(!c.units.isEmpty());
    QList<int> unitCount(loaded.segments.size(), 0);
    for (const Unit &unit : c.units) {
        QVERIFY(!unit.segments.isEmpty());
        QList<qsizetype> sources;
        for (qsizetype s : unit.segments) {
            ++unitCount[s];
            if (!sources.contains(loaded.sourceOfSegment.at(s)))
                sources.append(loaded.sourceOfSegment.at(s));
        }
        std::sort(sources.begin(), sources.end());
        QCOMPARE(unit.sources, sources);
        // Never two non-adjacent sentences of one source (furniture between them aside).
        for (qsizetype i = 1; i < unit.segments.size(); ++i) {
            const qsizetype a = unit.segments.at(i - 1);
            const qsizetype b = unit.segments.at(i);
            if (loaded.sourceOfSegment.at(a) != loaded.sourceOfSegment.at(b))
                continue;
            for (qsizetype between = a + 1; between < b; ++between)
                QVERIFY2(
                    !isStoryText(loaded.segments.at(between)->kind),
                    qPrintable(loaded.segments.at(a)->text + u'\n' + loaded.segments.at(b)->text));
        }
    }
    // Every sentence of story text is in a unit; page furniture in none.
    for (qsizetype s = 0; s < loaded.segments.size(); ++s)
        QCOMPARE(unitCount.at(s) > 0, isStoryText(loaded.segments.at(s)->kind));
    for (const Link &link : c.links) {
        QVERIFY(link.a < link.b);
        QVERIFY(loaded.sourceOfSegment.at(link.a) != loaded.sourceOfSegment.at(link.b));
        QVERIFY(link.score >= 0 && link.score <= 1);
        QVERIFY(together(loaded, link.a, link.b));
    }
    // Additions are spans of their segment's text.
    for (const QList<Addition> *list : {&c.added, &c.addedVsBase}) {
        for (const Addition &a : *list) {
            const QString &text = loaded.segments.at(a.segment)->text;
            QCOMPARE(loaded.sourceOfSegment.at(a.segment), a.source);
            QVERIFY(a.start >= 0 && a.start < a.end && a.end <= text.size());
            QCOMPARE(text.mid(a.start, a.end - a.start), a.text);
        }
    }
    for (const Addition &a : c.addedVsBase)
        QVERIFY(a.source != c.base);
}

void TestAlignment::identicalSourcesAddNothing()
{
    const QString path = filesIn(QStringLiteral(PARALLAX_SAMPLE_DIR)).first();
    QTemporaryDir dir;
    QVERIFY(QFile::copy(path, dir.filePath(QStringLiteral("copy.txt"))));
    const Loaded loaded = load({path, dir.filePath(QStringLiteral("copy.txt"))});
    const Comparison &c = loaded.comparison;
    QVERIFY(c.added.isEmpty());
    QVERIFY(c.addedVsBase.isEmpty());
    QVERIFY(c.movedSegments.isEmpty());
    QVERIFY(!c.links.isEmpty());
    for (const Unit &unit : c.units)
        QCOMPARE(unit.support(), 2);
    for (const Link &link : c.links)
        QCOMPARE(link.relation, Relation::Same);
}

void TestAlignment::sampleStoryAdditions()
{
    // The bundled story (resources/sample/README.md says what each version adds).
    const Loaded loaded = load(filesIn(QStringLiteral(PARALLAX_SAMPLE_DIR)));
    const Comparison &c = loaded.comparison;
    const qsizetype wire = sourceNumbered(loaded, QStringLiteral("01"));
    const qsizetype rewrite = sourceNumbered(loaded, QStringLiteral("02"));
    const qsizetype paraphrase = sourceNumbered(loaded, QStringLiteral("03"));
    const qsizetype update = sourceNumbered(loaded, QStringLiteral("04"));
    QCOMPARE(c.base, wire);
    const QString rewriteAdds = addedText(c.added, rewrite);
    QVERIFY2(rewriteAdds.contains(QStringLiteral("Orsak")), qPrintable(rewriteAdds));
    QVERIFY2(rewriteAdds.contains(QStringLiteral("240,000")), qPrintable(rewriteAdds));
    const QString updateAdds = addedText(c.added, update);
    for (const char *detail : {"4,136", "320,000", "Quist"})
        QVERIFY2(updateAdds.contains(QString::fromUtf8(detail)), qPrintable(updateAdds));
    for (qsizetype other : {wire, paraphrase, update})
        QVERIFY(!addedText(c.added, other).contains(QStringLiteral("Orsak")));
}

void TestAlignment::worksWithoutWordNet()
{
    const QList<Article> articles =
        ArticleLoader::loadAll(filesIn(QStringLiteral(PARALLAX_SAMPLE_DIR))).articles;
    CompareOptions options;
    options.wordNet = false;
    const Comparison c = compare(articles, options);
    qsizetype shared = 0;
    for (const Unit &unit : c.units)
        shared += unit.support() > 1;
    QVERIFY(shared >= 10);
    QVERIFY(addedText(c.added, 1).contains(QStringLiteral("Orsak")));
    QVERIFY(addedText(c.added, 3).contains(QStringLiteral("Quist")));
}

void TestAlignment::defaultBaseIsEarliestDated()
{
    QList<Article> articles(3);
    articles[0].metadata.date = QDate(2025, 8, 21);
    articles[2].metadata.date = QDate(2025, 8, 20);
    QCOMPARE(defaultBase(articles), 2);
    articles[2].metadata.date = QDate();
    QCOMPARE(defaultBase(articles), 0);
    QCOMPARE(defaultBase(QList<Article>(2)), 0);
    QCOMPARE(defaultBase({}), -1);
    QCOMPARE(compare({}).base, -1);

    // Same day, or no dates: the first by path, then by text, whatever the order given.
    auto story = [](const char *text, QDate date, const char *path) {
        Article a =
            ArticleLoader::fromText(QString::fromUtf8(text), ArticleLoader::Format::PlainText);
        a.metadata.date = date;
        a.path = QString::fromUtf8(path);
        return a;
    };
    const QDate day(2025, 8, 20);
    for (QDate date : {day, QDate()}) {
        const QList<Article> given = {
            story("The bridge reopened on Monday after two years of repairs.", date, ""),
            story("The bridge reopened on Monday.", date, "/news/b.txt"),
            story("The bridge opened again on Monday.", date, "/news/a.txt"),
            story("The bridge opened on Monday.", date, ""),
            story("The ferry stopped on Monday.", date, "/news/c.txt")};
        for (const bool pasted : {false, true}) {
            // Without the files, the pasted texts: the first by text.
            const qsizetype expected = pasted ? 3 : 2;
            QList<int> order = pasted ? QList<int>{0, 3} : QList<int>{0, 1, 2, 3, 4};
            do {
                QList<Article> shuffled;
                for (int i : order)
                    shuffled.append(given.at(i));
                QCOMPARE(shuffled.at(defaultBase(shuffled)).paragraphs.first().text,
                         given.at(expected).paragraphs.first().text);
            } while (std::next_permutation(order.begin(), order.end()));
        }
    }
}

void TestAlignment::progressAndCancel()
{
    const QList<Article> articles =
        ArticleLoader::loadAll(filesIn(QStringLiteral(PARALLAX_SAMPLE_DIR))).articles;
    QList<qsizetype> reported;
    CompareOptions options;
    options.progress = [&](qsizetype done, qsizetype total) {
        QCOMPARE(total, articles.size());
        reported.append(done);
    };
    const Comparison full = compare(articles, options);
    QVERIFY(!full.cancelled);
    // Every count from 1 to the total, in order (a count may repeat).
    QList<qsizetype> distinct = reported;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    QCOMPARE(distinct, (QList<qsizetype>{1, 2, 3, 4}));

    std::atomic_bool cancel = false;
    reported.clear();
    options.cancel = &cancel;
    options.progress = [&](qsizetype done, qsizetype) {
        reported.append(done);
        if (done == 2)
            cancel = true;
    };
    const Comparison stopped = compare(articles, options);
    QVERIFY(stopped.cancelled);
    QCOMPARE(reported.last(), 2);
    QVERIFY(stopped.units.isEmpty());
}

void TestAlignment::seedsParaphraseAlignsParagraphByParagraph()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded loaded = load(seeds);
    const qsizetype wire = sourceNumbered(loaded, QStringLiteral("000"));
    const qsizetype paraphrase = sourceNumbered(loaded, QStringLiteral("002"));
    QCOMPARE(loaded.comparison.base, wire);
    // The body paragraphs of each, in order.
    auto bodyParagraphs = [&](qsizetype source) {
        QList<QList<qsizetype>> paragraphs;
        qsizetype last = -1;
        for (qsizetype id = 0; id < loaded.segments.size(); ++id) {
            const Sentence *s = loaded.segments.at(id);
            if (loaded.sourceOfSegment.at(id) != source || s->kind != BlockKind::Body)
                continue;
            if (s->paragraph != last)
                paragraphs.append(QList<qsizetype>());
            paragraphs.last().append(id);
            last = s->paragraph;
        }
        return paragraphs;
    };
    const auto original = bodyParagraphs(wire);
    const auto reworded = bodyParagraphs(paraphrase);
    QCOMPARE(reworded.size(), original.size());
    for (qsizetype p = 0; p < reworded.size(); ++p) {
        for (qsizetype sentence : reworded.at(p)) {
            bool aligned = false;
            for (qsizetype counterpart : original.at(p))
                aligned = aligned || together(loaded, sentence, counterpart);
            QVERIFY2(aligned, qPrintable(QStringLiteral("paragraph %1: %2")
                                             .arg(p)
                                             .arg(loaded.segments.at(sentence)->text)));
        }
    }
}

void TestAlignment::seedsDetailsBelongToTheirSource_data()
{
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("source"); // the only source whose additions hold it
    QTest::newRow("Macron") << "Macron"
                            << "004";
    QTest::newRow("Grynkewich") << "Grynkewich"
                                << "004";
    QTest::newRow("Cavo Dragone") << "Cavo Dragone"
                                  << "003";
    QTest::newRow("candid discussion") << "candid discussion"
                                       << "003";
    QTest::newRow("Jordanian foreign minister") << "Jordan"
                                                << "001";
}

void TestAlignment::seedsDetailsBelongToTheirSource()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QFETCH(QString, detail);
    QFETCH(QString, source);
    const Loaded loaded = load(seeds);
    const qsizetype owner = sourceNumbered(loaded, source);
    for (qsizetype s = 0; s < loaded.articles.size(); ++s) {
        const QString added = addedText(loaded.comparison.added, s);
        QVERIFY2(added.contains(detail) == (s == owner),
                 qPrintable(QStringLiteral("source %1 adds:\n%2").arg(s).arg(added)));
    }
}

void TestAlignment::seedsParaphraseAddsAlmostNothing()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded loaded = load(seeds);
    const qsizetype paraphrase = sourceNumbered(loaded, QStringLiteral("002"));
    const QString added = addedText(loaded.comparison.added, paraphrase);
    const qsizetype addedWords =
        added.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts).size();
    const qsizetype words = loaded.articles.at(paraphrase).words;
    QVERIFY(words > 400);
    QVERIFY2(
        addedWords * 10 <= words,
        qPrintable(
            QStringLiteral("%1 of %2 words added:\n%3").arg(addedWords).arg(words).arg(added)));
}

void TestAlignment::seedsIstanbulRelativeToBase()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded probe = load(seeds);
    const Loaded loaded = load(seeds, sourceNumbered(probe, QStringLiteral("000")));
    for (const char *prefix : {"001", "002", "003", "004"}) {
        const qsizetype s = sourceNumbered(loaded, QString::fromLatin1(prefix));
        const QString added = addedText(loaded.comparison.addedVsBase, s);
        QVERIFY2(added.contains(QStringLiteral("Istanbul")) == (qstrcmp(prefix, "002") != 0),
                 qPrintable(QStringLiteral("%1 adds to the base:\n%2").arg(prefix, added)));
    }
}

void TestAlignment::orderOfInputsChangesNothing_data()
{
    sampleAndSeedRows();
}

void TestAlignment::orderOfInputsChangesNothing()
{
    // Every permutation of the inputs, with the same base, gives the same units and additions.
    QFETCH(QStringList, paths);
    QList<Article> articles = ArticleLoader::loadAll(paths).articles;
    QCOMPARE(articles.size(), paths.size());
    const QString base = nameOf(articles.first());
    std::sort(articles.begin(), articles.end(),
              [](const Article &x, const Article &y) { return x.path < y.path; });
    const TextView first = textView(articles, compareWithBase(articles, base));
    QVERIFY(first.units.size() > (paths.size() > 2 ? 10 : 5));
    int permutations = 0;
    while (
        std::next_permutation(articles.begin(), articles.end(),
                              [](const Article &x, const Article &y) { return x.path < y.path; })) {
        const TextView view = textView(articles, compareWithBase(articles, base));
        COMPARE_TEXTS(view.units, first.units, "units");
        COMPARE_TEXTS(view.added, first.added, "added");
        COMPARE_TEXTS(view.addedVsBase, first.addedVsBase, "added_vs_base");
        ++permutations;
    }
    int expected = 1;
    for (qsizetype k = 2; k <= paths.size(); ++k)
        expected *= int(k);
    QCOMPARE(permutations + 1, expected);
}

void TestAlignment::manyEditedCopiesInAnyOrder()
{
    // 30 edited copies of the sample's four articles: 20 random orders give one answer, and
    // the copies of one sentence share a row.
    QTemporaryDir dir;
    const QStringList paths = writeEditedCopies(dir.path(), 30, 7);
    QCOMPARE(paths.size(), 30);
    QList<Article> articles = ArticleLoader::loadAll(paths).articles;
    QCOMPARE(articles.size(), 30);
    const QString base = nameOf(articles.first());
    const Comparison reference = compareWithBase(articles, base);
    const TextView first = textView(articles, reference);
    std::mt19937 random(11);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(articles.begin(), articles.end(), random);
        const TextView view = textView(articles, compareWithBase(articles, base));
        COMPARE_TEXTS(view.units, first.units, "units");
        COMPARE_TEXTS(view.added, first.added, "added");
    }
    // Every story sentence that several sources carry word for word is in one unit.
    QHash<QString, QSet<QString>> rowsOf; // sentence text -> the units holding it
    for (const QString &unit : first.units) {
        for (const QString &member : unit.split(QStringLiteral(" | "))) {
            const QString text = member.section(QStringLiteral(": "), 1);
            rowsOf[text].insert(unit);
        }
    }
    qsizetype repeated = 0;
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
        QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
        repeated += it.value().size();
    }
    QVERIFY(repeated > 20);
}

void TestAlignment::baseChangesOnlyRowOrder_data()
{
    sampleAndSeedRows();
}

void TestAlignment::baseChangesOnlyRowOrder()
{
    QFETCH(QStringList, paths);
    const QList<Article> articles = ArticleLoader::loadAll(paths).articles;
    const TextView first = textView(articles, compareWithBase(articles, nameOf(articles.first())));
    for (qsizetype b = 1; b < articles.size(); ++b) {
        const TextView view = textView(articles, compareWithBase(articles, nameOf(articles.at(b))));
        QCOMPARE(view.base, nameOf(articles.at(b)));
        COMPARE_TEXTS(view.units, first.units, "units");
        COMPARE_TEXTS(view.added, first.added, "added");
    }
}

void TestAlignment::identicalCopyChangesNothingElse_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("copied"); // index in paths of the file copied
    const QStringList sample = Test::samplePaths();
    for (int i = 0; i < sample.size(); ++i)
        QTest::addRow("sample, copy of %d", i + 1) << sample << i;
    const QStringList mergeFive = filesIn(Test::dataPath(QStringLiteral("align/merge-five")));
    QTest::newRow("one sentence merging five, copy of the five") << mergeFive << 0;
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() >= 5) {
        QTest::newRow("seeds, copy of 000") << seeds << 0;
        QTest::newRow("seeds, copy of 001") << seeds << 1;
    }
}

void TestAlignment::identicalCopyChangesNothingElse()
{
    // A byte-identical copy of one source: the other sources keep their units and additions;
    // what the original alone carried is now carried by the copy too.
    QFETCH(QStringList, paths);
    QFETCH(int, copied);
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("zz-copy.txt"));
    QVERIFY(QFile::copy(paths.at(copied), copy));
    const QList<Article> without = ArticleLoader::loadAll(paths).articles;
    const QList<Article> with = ArticleLoader::loadAll(paths + QStringList{copy}).articles;
    QCOMPARE(with.size(), without.size() + 1);
    const QString original = nameOf(without.at(copied));
    const QString base = nameOf(without.first());
    const TextView before = textView(without, compareWithBase(without, base));
    const TextView after =
        textView(with, compareWithBase(with, base), {QStringLiteral("zz-copy.txt")});
    COMPARE_TEXTS(after.units, before.units, "units without the copy");
    const TextView othersBefore = textView(without, compareWithBase(without, base), {original});
    const TextView othersAfter =
        textView(with, compareWithBase(with, base), {original, QStringLiteral("zz-copy.txt")});
    COMPARE_TEXTS(othersAfter.added, othersBefore.added, "added by the other sources");
    if (copied != 0) // the base's additions to itself are none either way
        COMPARE_TEXTS(othersAfter.addedVsBase, othersBefore.addedVsBase, "added to the base");
    QVERIFY2(after.added.filter(original + u':').isEmpty(),
             qPrintable(after.added.filter(original + u':').join(u'\n')));
}

void TestAlignment::seedsIndependentWriteUpsLinked()
{
    // Sentences of an independent write-up (004) that other sources also carry share a row
    // with them, and are not listed as what 004 alone adds.
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded loaded = load(seeds);
    const qsizetype wire = sourceNumbered(loaded, QStringLiteral("000"));
    const qsizetype later = sourceNumbered(loaded, QStringLiteral("004"));
    auto sentenceOf = [&](qsizetype source, const char *fragment) {
        for (qsizetype id = 0; id < loaded.segments.size(); ++id) {
            if (loaded.sourceOfSegment.at(id) == source &&
                loaded.segments.at(id)->text.contains(QString::fromUtf8(fragment)))
                return id;
        }
        return qsizetype(-1);
    };
    // 004 has no headline: its first sentence, "a road to nowhere", is body text beside the
    // wire's sentence saying the same.
    const qsizetype opening = sentenceOf(later, "road to nowhere");
    QVERIFY(opening >= 0);
    QCOMPARE(loaded.segments.at(opening)->kind, BlockKind::Body);
    QVERIFY(together(loaded, opening, sentenceOf(wire, "road to nowhere")));
    // The "clumsy attempts" sentence is carried by another source too.
    const qsizetype clumsy = sentenceOf(later, "clumsy attempts");
    QVERIFY(clumsy >= 0);
    for (qsizetype u : unitsOf(loaded, clumsy))
        QVERIFY(loaded.comparison.units.at(u).support() > 1);
    const QString added = addedText(loaded.comparison.added, later);
    QVERIFY2(!added.contains(loaded.segments.at(clumsy)->text), qPrintable(added));
    // A headline and body text never share a row.
    for (const Unit &unit : loaded.comparison.units) {
        bool headline = false, body = false;
        for (qsizetype segment : unit.segments) {
            const BlockKind kind = loaded.segments.at(segment)->kind;
            headline = headline || kind == BlockKind::Title;
            body = body || kind != BlockKind::Title;
        }
        QVERIFY(!(headline && body));
    }
}

// Issue 12: a name, a place, a weekday and a number in common make no paraphrase when the number
// counts different things ("60 staff" laid off / "60 apprentices" taken on); the rewording of the
// same statement still aligns.
void TestAlignment::sameNumberOfDifferentThingsNotLinked()
{
    QTemporaryDir dir;
    auto writeText = [](const QString &path, const QString &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
    };
    const QString a = dir.filePath(QStringLiteral("a.txt"));
    const QString b = dir.filePath(QStringLiteral("b.txt"));
    QVERIFY(writeText(a, QStringLiteral("The Brantor depot in Selwick will lay off 60 staff by "
                                        "autumn, the operator said on Thursday. Drivers' unions "
                                        "called the plan reckless.")));
    QVERIFY(writeText(b, QStringLiteral("Brantor said on Thursday it had taken on 60 apprentices "
                                        "at its Selwick depot last spring. By autumn, the operator "
                                        "said on Thursday, the Brantor depot in Selwick will lay "
                                        "off 60 staff.")));
    const Loaded loaded = load({a, b});
    const qsizetype original = segmentWith(loaded, QStringLiteral("will lay off 60 staff by"));
    const qsizetype other = segmentWith(loaded, QStringLiteral("60 apprentices"));
    const qsizetype rewording = segmentWith(loaded, QStringLiteral("By autumn"));
    QVERIFY(original >= 0 && other >= 0 && rewording >= 0);
    QVERIFY(!together(loaded, original, other));
    QVERIFY(together(loaded, original, rewording));
}

QTEST_MAIN(TestAlignment)
#include "tst_alignment.moc"
