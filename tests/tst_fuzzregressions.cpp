#include "fuzz/fuzztarget.h"
#include "testutil.h"

#include <QDirIterator>

using namespace Parallax;

// Replays the fuzzer's target over its regressions and seed corpus: every input must go through
// loading, alignment and JSON without a crash (and, in the sanitizer build, without a report).
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
    void pairsOfFixtures();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &dir : {QStringLiteral(PARALLAX_FUZZ_REGRESSIONS), Test::dataPath({})}) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QDir(dir).relativeFilePath(path))) << path;
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.read(300 * 1024);
    fuzzOne(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

void TestFuzzRegressions::pairsOfFixtures()
{
    // Two different fixtures as two articles, in both orders.
    const QStringList names{QStringLiteral("article.html"), QStringLiteral("markdown.md"),
                            QStringLiteral("cp1251-russian.txt"), QStringLiteral("crlf.txt")};
    for (const QString &a : names) {
        for (const QString &b : names) {
            QFile fa(Test::dataPath(a)), fb(Test::dataPath(b));
            QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
            const QByteArray bytes = fa.readAll() + '\x1e' + fb.readAll();
            fuzzOne(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
