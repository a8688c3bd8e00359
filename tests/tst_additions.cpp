// "Who added what" lists information, never rewording: the same figure written another way, a
// form of address, a lone emphasis word or a reworded quotation is not an addition.

#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parallax;

namespace {

struct Loaded
{
    QList<Article> articles;
    Comparison comparison;
};

Loaded load(const QStringList &paths)
{
    Loaded loaded;
    loaded.articles = ArticleLoader::loadAll(paths).articles;
    loaded.comparison = compare(loaded.articles, CompareOptions());
    return loaded;
}

QStringList addedBy(const Loaded &loaded, qsizetype source)
{
    QStringList out;
    for (const Addition &a : loaded.comparison.added) {
        if (a.source == source)
            out.append(a.text);
    }
    return out;
}

QStringList writeVersions(const QTemporaryDir &dir, const QStringList &texts)
{
    QStringList paths;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("version%1.txt").arg(i + 1));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(texts.at(i).toUtf8());
        paths.append(path);
    }
    return paths;
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

class TestAdditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFigureWrittenAnotherWay_data();
    void sameFigureWrittenAnotherWay();
    void changedFigureIsAConflict();
    void formOfAddressIsNotAFact();
    void nameAfterAnElidedParticleIsTheName();
    void seedsParaphraseAddsAtMostTwoFacts();
    void seedsListNoLoneCommonWord();
    void loneSourceAddsEverySentence();
};

void TestAdditions::sameFigureWrittenAnotherWay_data()
{
    QTest::addColumn<QStringList>("versions");
    QTest::newRow("amounts, counts and lengths") << QStringList{
        QStringLiteral("Harbour plans\n\nThe town will spend 1.8 million euros on a new pier. "
                       "Fourteen boats can moor there. The deck stands 60 centimetres above the "
                       "water.\n"),
        QStringLiteral("Harbour plans\n\nThe town will spend 1,800,000 euros on a new pier. "
                       "14 boats can moor there. The deck stands 0.6 m above the water.\n"),
        QStringLiteral("Harbour plans\n\nThe town will spend EUR 1.8m on a new pier. 14 boats "
                       "can moor there. The deck stands 60cm above the water.\n")};
    QTest::newRow("dates") << QStringList{
        QStringLiteral("Bridge reopens\n\nThe bridge reopened on 3 March 2026 after repairs.\n"),
        QStringLiteral("Bridge reopens\n\nThe bridge reopened on March 3, 2026, after repairs.\n")};
    QTest::newRow("German amounts") << QStringList{
        QStringLiteral("Neuer Bahnhof\n\nDer Bau hat 80 Millionen Euro gekostet. Vierzehn Züge "
                       "halten dort.\n"),
        QStringLiteral("Neuer Bahnhof\n\nDer Bau hat 80 Mio. € gekostet. 14 Züge halten "
                       "dort.\n")};
}

void TestAdditions::sameFigureWrittenAnotherWay()
{
    QFETCH(QStringList, versions);
    QTemporaryDir dir;
    const Loaded loaded = load(writeVersions(dir, versions));
    QCOMPARE(loaded.articles.size(), versions.size());
    for (qsizetype s = 0; s < versions.size(); ++s)
        QVERIFY2(addedBy(loaded, s).isEmpty(),
                 qPrintable(addedBy(loaded, s).join(QStringLiteral(" | "))));
}

void TestAdditions::changedFigureIsAConflict()
{
    // Another value of the same amount is a conflict (listed with both values), not also
    // something each source adds.
    QTemporaryDir dir;
    const Loaded loaded = load(writeVersions(
        dir, {QStringLiteral("Harbour plans\n\nThe town will spend 1.8 million euros on a new "
                             "pier, the mayor said on Tuesday.\n"),
              QStringLiteral("Harbour plans\n\nThe town will spend 2.1 million euros on a new "
                             "pier, the mayor said on Tuesday.\n")}));
    QVERIFY2(addedBy(loaded, 0).isEmpty(), qPrintable(addedBy(loaded, 0).join(u'|')));
    QVERIFY2(addedBy(loaded, 1).isEmpty(), qPrintable(addedBy(loaded, 1).join(u'|')));
    const QList<Conflict> conflicts = findConflicts(loaded.articles, loaded.comparison);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.front().sides.size(), 2);
    // A number that counts something else is no other value of it: still an addition.
    const Loaded other = load(writeVersions(
        dir, {QStringLiteral("Harbour plans\n\nThe town will build 3 piers and hire 40 workers, "
                             "the mayor said on Tuesday.\n"),
              QStringLiteral("Harbour plans\n\nThe town will build 3 piers and buy 12 boats, "
                             "the mayor said on Tuesday.\n")}));
    QVERIFY2(addedBy(other, 1).join(u' ').contains(QStringLiteral("12")),
             qPrintable(addedBy(other, 1).join(u'|')));
}

void TestAdditions::formOfAddressIsNotAFact()
{
    QTemporaryDir dir;
    const Loaded loaded = load(writeVersions(
        dir, {QStringLiteral("Ferry terminal\n\nMr Varga said the terminal will open in "
                             "spring.\n"),
              QStringLiteral("Ferry terminal\n\nVarga said the terminal will open in spring.\n")}));
    QVERIFY2(addedBy(loaded, 0).isEmpty(), qPrintable(addedBy(loaded, 0).join(u'|')));
}

// "d'Ingéniale" (French elision) names the firm that "la société Ingéniale" names: nothing added.
void TestAdditions::nameAfterAnElidedParticleIsTheName()
{
    QTemporaryDir dir;
    const QString text = QStringLiteral(
        "Le pont de Valmorin rouvre\n\nLe pont de Valmorin a rouvert lundi apr\u00E8s quatre "
        "mois de travaux.\n\nLes travaux ont \u00E9t\u00E9 men\u00E9s par %1, selon la "
        "mairie.\n");
    const Loaded loaded = load(
        writeVersions(dir, {text.arg(QStringLiteral("les experts d'Ing\u00E9niale")),
                            text.arg(QStringLiteral("la soci\u00E9t\u00E9 d\u2019ing\u00E9nierie "
                                                    "Ing\u00E9niale"))}));
    QCOMPARE(loaded.articles.first().metadata.language, QStringLiteral("fr"));
    for (qsizetype s = 0; s < 2; ++s) {
        const QString added = addedBy(loaded, s).join(u'|');
        QVERIFY2(!added.contains(QStringLiteral("Ing\u00E9niale")), qPrintable(added));
    }
}

void TestAdditions::seedsParaphraseAddsAtMostTwoFacts()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded loaded = load(seeds);
    const QStringList added = addedBy(loaded, sourceNumbered(loaded, QStringLiteral("002")));
    QVERIFY2(added.size() <= 2, qPrintable(added.join(QStringLiteral(" | "))));
}

void TestAdditions::seedsListNoLoneCommonWord()
{
    // Inside a sentence other sources also carry, a single lower-case word ("so", "after",
    // "firmly") is never an addition: it is rewording or emphasis.
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    const Loaded loaded = load(seeds);
    for (const QList<Addition> *list : {&loaded.comparison.added, &loaded.comparison.addedVsBase}) {
        for (const Addition &a : *list) {
            const QString text = a.text.trimmed();
            const bool oneWord = !text.contains(u' ');
            QVERIFY2(!(oneWord && text.at(0).isLower()), qPrintable(text));
            QVERIFY2(text != u"Mr" && text != u"Ms" && text != u"Mrs", qPrintable(text));
        }
    }
}

void TestAdditions::loneSourceAddsEverySentence()
{
    // One source has nothing to be compared with (its words are never read for similarity):
    // every story sentence is a unit of its own and, whole, an addition; a repeated sentence
    // is still one unit per sentence.
    QTemporaryDir dir;
    const Loaded loaded = load(writeVersions(
        dir, {QStringLiteral("Harbour plans\n\nThe town will spend 1.8 million euros on a new "
                             "pier. Fourteen boats can moor there. The town will spend 1.8 "
                             "million euros on a new pier.\n")}));
    QCOMPARE(loaded.articles.size(), 1);
    const Comparison &c = loaded.comparison;
    QVERIFY(c.links.isEmpty());
    QVERIFY(c.movedSegments.isEmpty());
    const QStringList added = addedBy(loaded, 0);
    QCOMPARE(added,
             (QStringList{QStringLiteral("Harbour plans"),
                          QStringLiteral("The town will spend 1.8 million euros on a new pier."),
                          QStringLiteral("Fourteen boats can moor there."),
                          QStringLiteral("The town will spend 1.8 million euros on a new pier.")}));
    QCOMPARE(c.units.size(), added.size());
    for (const Unit &u : c.units)
        QCOMPARE(u.segments.size(), 1);
}

QTEST_GUILESS_MAIN(TestAdditions)
#include "tst_additions.moc"
