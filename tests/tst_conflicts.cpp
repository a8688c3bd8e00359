// Conflicts (findConflicts) as a fact-checker counts them: one disputed fact is one conflict,
// whatever words follow its value in each source. (The kinds of conflict are in tst_findings.)
#include "articleloader.h"
#include "comparison.h"
#include "conflicts.h"

#include <QtTest>

using namespace Parallax;

class TestConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneFactIsOneConflict();
};

// Four sources: two say 32 chiefs met, two say 31, each pair with "defence" and "military" after
// the number. One conflict, 32 against 31, each side with its two sources, in any order.
void TestConflicts::oneFactIsOneConflict()
{
    QList<Article> articles;
    for (const char *count : {"32 defence", "32 military", "31 defence", "31 military"})
        articles.append(ArticleLoader::fromText(
            QStringLiteral("Alliance chiefs meet\n\nThe alliance said that %1 chiefs from across "
                           "the alliance held a video conference on Wednesday.\n\nA second call "
                           "is planned for next month, officials said.\n")
                .arg(QLatin1String(count)),
            SourceFormat::PlainText));
    for (int order = 0; order < 2; ++order) {
        const QList<Conflict> found = findConflicts(articles, compare(articles));
        QCOMPARE(found.size(), 1);
        const Conflict &c = found.first();
        QCOMPARE(c.sides.size(), 2);
        // Sides in value order: 31 (the third and fourth source first, the reverse after).
        const QList<qsizetype> first = order == 0 ? QList<qsizetype>{2, 3} : QList<qsizetype>{0, 1};
        const QList<qsizetype> second =
            order == 0 ? QList<qsizetype>{0, 1} : QList<qsizetype>{2, 3};
        QCOMPARE(c.sides.at(0).value, QStringLiteral("31"));
        QCOMPARE(c.sides.at(0).sources, first);
        QCOMPARE(c.sides.at(1).value, QStringLiteral("32"));
        QCOMPARE(c.sides.at(1).sources, second);
        QCOMPARE(c.sides.at(0).segments.size(), 2);
        std::reverse(articles.begin(), articles.end());
    }
}

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
