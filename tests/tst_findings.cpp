#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"
#include "derivation.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace Parallax;

// Findings a fact-checker acts on, drawn from the alignment: who copied whom.
class TestFindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsRewording();
    void copiesAndUpdates();
    void sameWhateverTheOrder();
    void conflictingFigures();
    void seedsConflicts();
};

namespace {

Article load(const QString &path)
{
    Article article;
    QString error;
    if (!ArticleLoader::load(path, &article, &error))
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return article;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

// "name label other" for every source that has a label, by file name.
QStringList labels(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    for (const SourceRelation &r : sourceRelations(articles, c)) {
        if (r.label == SourceRelation::Label::None)
            continue;
        out.append(QFileInfo(articles.at(r.source).path).fileName().left(12) + u' ' +
                   relationLabelName(r.label) + u' ' +
                   QFileInfo(articles.at(r.other).path).fileName().left(12));
    }
    out.sort();
    return out;
}

} // namespace

void TestFindings::seedsRewording()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles;
    for (const QString &path : seeds)
        articles.append(load(path));
    const QStringList got = labels(articles);
    // 002 rewrites 000 sentence by sentence; the others are independent write-ups.
    QVERIFY2(got.contains(QStringLiteral("002_812901e4 rewording-of 000_5f73b1e6")),
             qPrintable(got.join(u'\n')));
    for (const QString &line : got) {
        if (line.contains(QStringLiteral("-of ")))
            QVERIFY2(line.startsWith(QStringLiteral("002")), qPrintable(line));
    }
}

void TestFindings::copiesAndUpdates()
{
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0));
    QStringList paragraphs = wire.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    // The wire (dated 3 March), a copy of it dated a day later, a shortened undated copy of it,
    // and an update dated later that keeps the wire and adds three paragraphs of its own.
    const QString copy =
        QString(wire).replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 4, 2026"));
    const QString shortened =
        QStringList(paragraphs.mid(0, 1) + paragraphs.mid(3, 6)).join(QStringLiteral("\n\n"));
    const QString update =
        QString(wire).replace(QStringLiteral("March 3, 2026"), QStringLiteral("March 5, 2026")) +
        QStringLiteral("\n\nThe council will inspect the ramps again in June, after the spring "
                       "rains.\n\nA second crossing downstream, closed since 2019, is to be "
                       "demolished next year.\n\nTraders at the market reported their busiest "
                       "Monday since October.\n");
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a-wire.txt"), wire)),
                                     load(writeFile(dir, QStringLiteral("b-copy.txt"), copy)),
                                     load(writeFile(dir, QStringLiteral("c-short.txt"), shortened)),
                                     load(writeFile(dir, QStringLiteral("d-update.txt"), update))};
    const QStringList got = labels(articles);
    QVERIFY2(got.contains(QStringLiteral("b-copy.txt copy-of a-wire.txt")),
             qPrintable(got.join(u'\n')));
    QVERIFY2(std::any_of(got.cbegin(), got.cend(),
                         [](const QString &l) {
                             return l.startsWith(QStringLiteral("c-short.txt copy-of"));
                         }),
             qPrintable(got.join(u'\n')));
    // The wire came first: never labelled as derived from what followed it.
    for (const QString &line : got)
        QVERIFY2(
            !(line.startsWith(QStringLiteral("a-wire")) && line.contains(QStringLiteral("-of "))),
            qPrintable(line));
}

void TestFindings::sameWhateverTheOrder()
{
    QStringList paths = Test::seedPaths();
    if (paths.size() < 5)
        paths = Test::samplePaths();
    QList<Article> articles;
    for (const QString &path : std::as_const(paths))
        articles.append(load(path));
    const QStringList forwards = labels(articles);
    std::reverse(articles.begin(), articles.end());
    QCOMPARE(labels(articles), forwards);
    std::rotate(articles.begin(), articles.begin() + 2, articles.end());
    QCOMPARE(labels(articles), forwards);
}

namespace {

// "dimension: value [sources] / value [sources]" for each conflict, by file name.
QStringList conflictLines(const QList<Article> &articles)
{
    const Comparison c = compare(articles);
    QStringList out;
    for (const Conflict &conflict : findConflicts(articles, c)) {
        QStringList sides;
        for (const ConflictSide &side : conflict.sides) {
            QStringList names;
            for (const qsizetype source : side.sources)
                names.append(QFileInfo(articles.at(source).path).fileName().left(1));
            names.sort();
            sides.append(side.value + QStringLiteral(" [") + names.join(u',') + u']');
        }
        out.append(conflict.dimension + QStringLiteral(": ") + sides.join(QStringLiteral(" / ")));
    }
    out.sort();
    return out;
}

} // namespace

void TestFindings::conflictingFigures()
{
    // Four versions of the wire: one changes a number, one a weekday, one says the same figures
    // in other forms (which is no conflict), one leaves a figure out.
    QTemporaryDir dir;
    const QString wire = Test::readUtf8(Test::samplePaths().at(0));
    QVERIFY(wire.contains(QStringLiteral("replaced 14 of")));
    QVERIFY(wire.contains(QStringLiteral("3 p.m. Monday")));
    QVERIFY(wire.contains(QStringLiteral("1.8 million euros")));
    const QString number =
        QString(wire).replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced 15 of"));
    const QString weekday =
        QString(wire).replace(QStringLiteral("3 p.m. Monday"), QStringLiteral("3 p.m. Tuesday"));
    const QString forms =
        QString(wire)
            .replace(QStringLiteral("1.8 million euros"), QStringLiteral("EUR 1.8m"))
            .replace(QStringLiteral("replaced 14 of"), QStringLiteral("replaced fourteen of"));
    const QString omitted = QString(wire).replace(QStringLiteral(" by 60 centimetres"), QString());
    const QList<Article> articles = {load(writeFile(dir, QStringLiteral("a.txt"), wire)),
                                     load(writeFile(dir, QStringLiteral("b.txt"), number)),
                                     load(writeFile(dir, QStringLiteral("c.txt"), weekday)),
                                     load(writeFile(dir, QStringLiteral("d.txt"), forms)),
                                     load(writeFile(dir, QStringLiteral("e.txt"), omitted))};
    const QStringList got = conflictLines(articles);
    QCOMPARE(got, QStringList({QStringLiteral("count: 14 [a,c,d,e] / 15 [b]"),
                               QStringLiteral("weekday: Monday [a,b,d,e] / Tuesday [c]")}));
    // Whatever the order they are given in.
    QList<Article> reversed(articles.crbegin(), articles.crend());
    QCOMPARE(conflictLines(reversed), got);
}

void TestFindings::seedsConflicts()
{
    const QStringList seeds = Test::seedPaths();
    if (seeds.size() < 5)
        QSKIP("../shared/seeds is absent");
    QList<Article> articles;
    for (const QString &path : seeds)
        articles.append(load(path));
    // Printed for the record; independent write-ups of one event state few figures in common.
    for (const QString &line : conflictLines(articles))
        qInfo("%s", qPrintable(line));
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
