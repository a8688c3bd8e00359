#include "testutil.h"
#include "tokenizer.h"
#include "worddiff.h"

using namespace Parallax;

Q_DECLARE_METATYPE(Parallax::DiffOptions)

// Word-level diffs: what the pair view highlights and what additions are cut from.
class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data();
    void spans();
    void coversBothTextsInOrder();
};

namespace {

// The diff written as text: "=equal", "-deleted", "+inserted", "~old>new", in order, with
// each span's words cut from the original texts by its offsets.
QString render(const QString &a, const QString &b, const DiffOptions &options)
{
    const Tokenizer tokenizer;
    QStringList parts;
    for (const DiffSpan &span : wordDiff(tokenizer.tokenize(a), tokenizer.tokenize(b), options)) {
        const QString left = a.mid(span.aBegin, span.aEnd - span.aBegin);
        const QString right = b.mid(span.bBegin, span.bEnd - span.bBegin);
        switch (span.kind) {
        case DiffSpan::Kind::Equal:
            parts.append(u'=' + left);
            break;
        case DiffSpan::Kind::Delete:
            parts.append(u'-' + left);
            break;
        case DiffSpan::Kind::Insert:
            parts.append(u'+' + right);
            break;
        case DiffSpan::Kind::Change:
            parts.append(u'~' + left + u'>' + right);
            break;
        }
    }
    return parts.join(u'|');
}

} // namespace

void TestWordDiff::spans_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<DiffOptions>("options");
    QTest::addColumn<QString>("expected");

    const DiffOptions defaults;
    DiffOptions caseSensitive;
    caseSensitive.ignoreCase = false;
    DiffOptions noPunctuation;
    noPunctuation.ignorePunctuation = true;
    DiffOptions variants;
    variants.ignoreSpellingVariants = true;
    DiffOptions quotes;
    quotes.ignoreQuoteStyle = false;

    QTest::newRow("insertion") << "The mayor spoke."
                               << "The new mayor spoke." << defaults << "=The|+new|=mayor spoke.";
    QTest::newRow("deletion") << "The old bridge closed."
                              << "The bridge closed." << defaults << "=The|-old|=bridge closed.";
    QTest::newRow("change") << "Police arrested two men."
                            << "Police detained two men." << defaults
                            << "=Police|~arrested>detained|=two men.";
    QTest::newRow("case ignored") << "The Mayor spoke."
                                  << "the mayor spoke." << defaults << "=The Mayor spoke.";
    QTest::newRow("case counted") << "The Mayor spoke."
                                  << "The mayor spoke." << caseSensitive
                                  << "=The|~Mayor>mayor|=spoke.";
    QTest::newRow("punctuation counted") << "Yes, he said."
                                         << "Yes he said." << defaults << "=Yes|-,|=he said.";
    // Ignored punctuation is in no span of its own; a span's offsets may run across it.
    QTest::newRow("punctuation ignored") << "Yes, he said."
                                         << "Yes he said." << noPunctuation << "=Yes, he said";
    QTest::newRow("quote style ignored")
        << "He called it “clumsy”."
        << "He called it \"clumsy\"." << defaults << "=He called it “clumsy”.";
    QTest::newRow("quote style counted")
        << "He called it “clumsy”."
        << "He called it \"clumsy\"." << quotes << "=He called it|~“>\"|=clumsy|~”>\"|=.";
    QTest::newRow("spelling variant counted")
        << "The defence minister."
        << "The defense minister." << defaults << "=The|~defence>defense|=minister.";
    QTest::newRow("spelling variant ignored")
        << "The defence minister."
        << "The defense minister." << variants << "=The defence minister.";
    QTest::newRow("empty side") << ""
                                << "New text." << defaults << "+New text.";
}

void TestWordDiff::spans()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(DiffOptions, options);
    QFETCH(QString, expected);
    QCOMPARE(render(a, b, options), expected);
}

void TestWordDiff::coversBothTextsInOrder()
{
    const QString a = QStringLiteral("Rescuers found three hikers near the ridge on Sunday.");
    const QString b = QStringLiteral("On Sunday, rescue teams found the three missing hikers.");
    const Tokenizer tokenizer;
    const TokenList ta = tokenizer.tokenize(a);
    const TokenList tb = tokenizer.tokenize(b);
    qsizetype nextA = 0, nextB = 0, tokensA = 0, tokensB = 0;
    for (const DiffSpan &span : wordDiff(ta, tb)) {
        QVERIFY(span.aBegin >= nextA && span.bBegin >= nextB);
        QVERIFY(span.aEnd >= span.aBegin && span.bEnd >= span.bBegin);
        nextA = span.aEnd;
        nextB = span.bEnd;
        tokensA += span.aLastToken - span.aFirstToken + 1;
        tokensB += span.bLastToken - span.bFirstToken + 1;
    }
    QCOMPARE(tokensA, ta.size());
    QCOMPARE(tokensB, tb.size());
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
