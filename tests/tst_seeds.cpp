#include "articleloader.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "earliest.h"
#include "testutil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Parallax;

// The shared seed articles: five real write-ups of one event. Read from ../shared/seeds, never
// copied into the repository; skipped when that folder is absent.
class TestSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seed_data();
    void seed();
    void paraphraseKeepsSentenceCount();
    void firstToReportTheIstanbulDraft();

private:
    QString seed(const QString &prefix) const;
    QStringList m_paths;
};

void TestSeeds::initTestCase()
{
    m_paths = Test::seedPaths();
    if (m_paths.size() < 5)
        QSKIP("../shared/seeds is absent");
}

QString TestSeeds::seed(const QString &prefix) const
{
    for (const QString &path : m_paths) {
        if (QFileInfo(path).fileName().startsWith(prefix))
            return path;
    }
    return {};
}

void TestSeeds::seed_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("kinds"); // of every paragraph, in order
    QTest::addColumn<int>("bodySentences");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("titleStart");
    QTest::addColumn<QString>("outlet");

    auto repeat = [](const char *kind, int n) {
        QStringList list;
        for (int i = 0; i < n; ++i)
            list.append(QString::fromLatin1(kind));
        return list;
    };
    QTest::newRow("000 wire with dateline, credit, related link and URL")
        << "000"
        << (QStringList{"title", "meta", "caption"} + repeat("body", 6) +
            QStringList{"boilerplate"} + repeat("body", 8) +
            QStringList{"boilerplate", "boilerplate"})
        << 17 << QDate(2025, 8, 20) << "Lavrov Says Ukraine Security Talks"
        << "themoscowtimes.com";
    QTest::newRow("001 one per line with subheadings")
        << "001"
        << (QStringList{"title", "body", "boilerplate", "caption", "body", "body", "subheading",
                        "body", "body", "subheading"} +
            repeat("body", 4) + QStringList{"boilerplate"})
        << 16 << QDate(2025, 8, 20) << "Russia says Kiev security talks" << QString();
    QTest::newRow("002 paraphrase") << "002" << (QStringList{"title"} + repeat("body", 14)) << 17
                                    << QDate() << "Without Russian Input" << QString();
    QTest::newRow("003 page with meta, alt text and strapline")
        << "003"
        << (QStringList{"title", "meta", "meta", "meta", "caption", "caption", "subheading"} +
            repeat("body", 4) + QStringList{"boilerplate"} + repeat("body", 5))
        << 11 << QDate(2025, 8, 21) << "Ukraine security talks are" << QString();
    QTest::newRow("004 no headline")
        << "004" << repeat("body", 15) << 17 << QDate() << QString() << QString();
}

void TestSeeds::seed()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, kinds);
    QFETCH(int, bodySentences);
    QFETCH(QDate, date);
    QFETCH(QString, titleStart);
    QFETCH(QString, outlet);

    const QString path = seed(prefix);
    QVERIFY(!path.isEmpty());
    const QByteArray before = Test::sha256(path);
    Article article;
    QString error;
    QVERIFY2(ArticleLoader::load(path, &article, &error), qPrintable(error));
    QCOMPARE(Test::sha256(path), before);

    QCOMPARE(Test::kindsOf(article), kinds);
    const auto body = std::count_if(article.sentences.cbegin(), article.sentences.cend(),
                                    [](const Sentence &s) { return s.kind == BlockKind::Body; });
    QCOMPARE(int(body), bodySentences);
    QCOMPARE(article.metadata.date, date);
    // 001 states no date but in a photo caption: the user is told that this date is the photo's.
    QCOMPARE(isUncertain(article.metadata.dateOrigin), prefix == u"001");
    QCOMPARE(article.metadata.outlet, outlet);
    if (titleStart.isEmpty())
        QVERIFY(article.metadata.title.isEmpty());
    else
        QVERIFY2(article.metadata.title.startsWith(titleStart), qPrintable(article.metadata.title));

    // What is shown is clean: no markdown marks, no inline tags, no bullets.
    for (const Paragraph &p : article.paragraphs) {
        QVERIFY2(!p.text.startsWith(u'#') && !p.text.contains(QLatin1String("<u>")) &&
                     !p.text.startsWith(QChar(0x2022)),
                 qPrintable(p.text));
    }
    // Sentences cover paragraph text in order.
    for (const Sentence &s : article.sentences)
        QCOMPARE(article.paragraphs.at(s.paragraph).text.mid(s.begin, s.length), s.text);
}

void TestSeeds::paraphraseKeepsSentenceCount()
{
    // 002 rewrites 000 sentence by sentence; segmentation must see the same structure in both.
    const LoadResult result =
        ArticleLoader::loadAll({seed(QStringLiteral("000")), seed(QStringLiteral("002"))});
    QCOMPARE(result.articles.size(), 2);
    auto bodyCount = [](const Article &a) {
        return std::count_if(a.sentences.cbegin(), a.sentences.cend(),
                             [](const Sentence &s) { return s.kind == BlockKind::Body; });
    };
    QCOMPARE(bodyCount(result.articles.at(0)), bodyCount(result.articles.at(1)));
    // "collapse of / the Soviet Union" is split across a blank line in 000 and is one sentence.
    const auto &sentences = result.articles.at(0).sentences;
    QVERIFY(std::any_of(sentences.cbegin(), sentences.cend(), [](const Sentence &s) {
        return s.text.contains(QLatin1String("collapse of the Soviet Union"));
    }));
    QVERIFY(std::any_of(sentences.cbegin(), sentences.cend(), [](const Sentence &s) {
        return s.text.startsWith(QLatin1String("U.S. President Donald Trump"));
    }));
}

void TestSeeds::firstToReportTheIstanbulDraft()
{
    // 001 is dated by its photo caption ("Aug. 20, 2025"), 003 by its byline (21 Aug), 002 and
    // 004 not at all: 001 reported the 2022 Istanbul draft first, whatever the order they are
    // loaded in, and the undated ones are counted.
    for (const bool reversed : {false, true}) {
        QStringList paths = m_paths;
        if (reversed)
            std::reverse(paths.begin(), paths.end());
        const LoadResult loaded = ArticleLoader::loadAll(paths);
        QCOMPARE(loaded.articles.size(), 5);
        const Comparison comparison = compare(loaded.articles, {});
        QHash<QString, qsizetype> of; // "001" -> its index
        for (qsizetype s = 0; s < loaded.articles.size(); ++s)
            of.insert(QFileInfo(loaded.articles.at(s).path).fileName().left(3), s);
        const QJsonArray units = ComparisonJson::toJson(loaded.articles, {}, &comparison)
                                     .value(QStringLiteral("units"))
                                     .toArray();
        QSet<qsizetype> others; // the sources that share the draft with 001
        for (qsizetype u = 0; u < comparison.units.size(); ++u) {
            const Unit &unit = comparison.units.at(u);
            bool draft = false;
            for (qsizetype segment : unit.segments) {
                const qsizetype s = comparison.sourceOf(segment);
                draft = draft || (s == of.value(QStringLiteral("001")) &&
                                  loaded.articles.at(s)
                                      .sentences.at(comparison.sentenceOf(segment))
                                      .text.contains(QLatin1String("Istanbul")));
            }
            if (!draft || unit.sources.size() < 2)
                continue;
            const qsizetype undated = unit.sources.count(of.value(QStringLiteral("002"))) +
                                      unit.sources.count(of.value(QStringLiteral("004")));
            const Earliest first = earliest(loaded.articles, unit.sources);
            QCOMPARE(first.sources, QList<qsizetype>{of.value(QStringLiteral("001"))});
            QCOMPARE(first.date, QDate(2025, 8, 20));
            QCOMPARE(first.undated, undated);
            const QJsonObject json =
                units.at(u).toObject().value(QStringLiteral("earliest")).toObject();
            QCOMPARE(json.value(QStringLiteral("sources")).toArray(),
                     QJsonArray{of.value(QStringLiteral("001"))});
            QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2025-08-20"));
            QCOMPARE(json.value(QStringLiteral("undated")).toInteger(), undated);
            for (qsizetype s : unit.sources)
                others.insert(s);
        }
        // 003 (dated later) and 004 (undated) carry it too.
        QVERIFY(others.contains(of.value(QStringLiteral("003"))));
        QVERIFY(others.contains(of.value(QStringLiteral("004"))));
    }
}

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
