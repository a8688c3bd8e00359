#include "articleloader.h"
#include "comparison.h"
#include "testutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <atomic>

using namespace Parallax;

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
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("sample story") << filesIn(QStringLiteral(PARALLAX_SAMPLE_DIR));
    if (Test::seedPaths().size() >= 5)
        QTest::newRow("seeds") << Test::seedPaths();
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
    QCOMPARE(compare({}).base, -1);
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
    QCOMPARE(reported, (QList<qsizetype>{1, 2, 3, 4}));

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
    QCOMPARE(reported, (QList<qsizetype>{1, 2}));
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

QTEST_GUILESS_MAIN(TestAlignment)
#include "tst_alignment.moc"
