#include "testutil.h"
#include "tokenizer.h"

using namespace Parallax;

namespace {

Token wordToken(const QString &text, const Tokenizer &tokenizer)
{
    const TokenList tokens = tokenizer.tokenize(text);
    return tokens.isEmpty() ? Token() : tokens.constFirst();
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalForms_data();
    void normalForms();
    void spansMapBack();
    void kinds();
    void stems_data();
    void stems();
    void spellingVariants_data();
    void spellingVariants();
    void countsWords();
    void compoundDotsAreHyphens();
    void elidedParticlesAreWordsOfTheirOwn();
};

void TestTokenizer::normalForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normal");
    QTest::newRow("case folded") << "NATO"
                                 << "nato";
    QTest::newRow("curly apostrophe") << "NATO\u2019s"
                                      << "nato's";
    QTest::newRow("straight apostrophe") << "NATO's"
                                         << "nato's";
    QTest::newRow("NFKC ligature") << "\uFB01nal"
                                   << "final";
    QTest::newRow("full-width digits") << "\uFF12\uFF10\uFF12\uFF15"
                                       << "2025";
    QTest::newRow("German sharp s") << "Stra\u00DFe"
                                    << "strasse";
    QTest::newRow("composed accent") << "cafe\u0301"
                                     << "caf\u00E9";
    QTest::newRow("guillemets fold to ASCII quote") << "\u00AB"
                                                    << "\"";
    QTest::newRow("em dash folds to hyphen") << "\u2014"
                                             << "-";
}

void TestTokenizer::normalForms()
{
    QFETCH(QString, text);
    QFETCH(QString, normal);
    QCOMPARE(Tokenizer::normalForm(text), normal);
}

void TestTokenizer::spansMapBack()
{
    const QString text = QStringLiteral("\u00ABRoot causes\u00BB \u2014 of NATO\u2019s war, 2022.");
    const Tokenizer tokenizer;
    const TokenList tokens = tokenizer.tokenize(text);
    QVERIFY(tokens.size() >= 8);
    for (const Token &t : tokens)
        QCOMPARE(text.mid(t.begin, t.length), t.text);
    QStringList words;
    for (const Token &t : tokens) {
        if (t.isWord())
            words.append(t.text);
    }
    QCOMPARE(words,
             (QStringList{QStringLiteral("Root"), QStringLiteral("causes"), QStringLiteral("of"),
                          QStringLiteral("NATO\u2019s"), QStringLiteral("war")}));
}

void TestTokenizer::kinds()
{
    const Tokenizer tokenizer;
    const TokenList tokens = tokenizer.tokenize(QStringLiteral("In 2022, 32 chiefs met."));
    QCOMPARE(tokens.size(), 7);
    QCOMPARE(tokens.at(1).kind, Token::Kind::Number);
    QCOMPARE(tokens.at(2).kind, Token::Kind::Punctuation);
    QCOMPARE(tokens.at(4).kind, Token::Kind::Word);
    QCOMPARE(tokens.at(6).text, QStringLiteral("."));
}

void TestTokenizer::stems_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("plural") << "en"
                            << "guarantees"
                            << "guarantee";
    QTest::newRow("verb forms") << "en"
                                << "discussing"
                                << "discussed";
    QTest::newRow("possessive") << "en"
                                << "Russia's"
                                << "Russia";
    QTest::newRow("Russian cases") << "ru"
                                   << "театра"
                                   << "театр";
    QTest::newRow("German plural") << "de"
                                   << "Verhandlungen"
                                   << "Verhandlung";
}

void TestTokenizer::stems()
{
    QFETCH(QString, language);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Tokenizer tokenizer(language);
    QCOMPARE(wordToken(a, tokenizer).stem, wordToken(b, tokenizer).stem);
}

void TestTokenizer::spellingVariants_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("variant");
    QTest::newRow("defence/defense") << "defence"
                                     << "defense" << true;
    QTest::newRow("criticised/criticized") << "criticised"
                                           << "criticized" << true;
    QTest::newRow("colour/color") << "colour"
                                  << "color" << true;
    QTest::newRow("centre/center") << "centre"
                                   << "center" << true;
    QTest::newRow("travelled/traveled") << "travelled"
                                        << "traveled" << true;
    QTest::newRow("Zelensky/Zelenskyy") << "Zelensky"
                                        << "Zelenskyy" << true;
    QTest::newRow("Sergei/Sergey") << "Sergei"
                                   << "Sergey" << true;
    QTest::newRow("Kiev/Kyiv") << "Kiev"
                               << "Kyiv" << true;
    QTest::newRow("Oleksandr/Olexandr") << "Oleksandr"
                                        << "Olexandr" << true;
    QTest::newRow("Hrabovsky/Grabovsky") << "Hrabovsky"
                                         << "Grabovsky" << true;
    QTest::newRow("harbour/garbour lower-case g/h") << "harbour"
                                                    << "garbour" << false;
    QTest::newRow("Hanson/Ganton") << "Hanson"
                                   << "Ganton" << false;
    QTest::newRow("same stem") << "guarantees"
                               << "guaranteed" << true;
    QTest::newRow("former/formed") << "former"
                                   << "formed" << false;
    QTest::newRow("bottle/battle") << "bottle"
                                   << "battle" << false;
    QTest::newRow("Austria/Australia") << "Austria"
                                       << "Australia" << false;
    QTest::newRow("Putin/Patin lower-case vowels") << "putin"
                                                   << "patin" << false;
    QTest::newRow("short words") << "his"
                                 << "has" << false;
    QTest::newRow("different names") << "Macron"
                                     << "Marcon" << false;
}

void TestTokenizer::spellingVariants()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, variant);
    const Tokenizer tokenizer;
    const Token ta = wordToken(a, tokenizer);
    const Token tb = wordToken(b, tokenizer);
    QCOMPARE(isSpellingVariant(ta, tb), variant);
    QCOMPARE(isSpellingVariant(tb, ta), variant);
}

void TestTokenizer::countsWords()
{
    const Tokenizer tokenizer;
    QCOMPARE(tokenizer.countWords(QStringLiteral("NATO\u2019s 32 chiefs \u2014 met, again.")), 5);
}

// German plain language marks a compound's parts with a middle dot (or a bullet or dot
// operator): read as a hyphen, so that "Groß·mutter" is matched as "Groß-Mutter" and
// "Großmutter" are; the text of each token is still what was written. Catalan's "l·l" stays one
// word, and a dot between words is no hyphen.
void TestTokenizer::compoundDotsAreHyphens()
{
    const Tokenizer german(QStringLiteral("de"));
    for (const QString &text : {QStringLiteral("Die Gro\u00DF\u00B7mutter"),
                                QStringLiteral("Die Gro\u00DF\u2219mutter")}) {
        const TokenList tokens = german.tokenize(text);
        QStringList normals;
        for (const Token &t : tokens) {
            QCOMPARE(text.mid(t.begin, t.length), t.text);
            normals.append(t.normal);
        }
        QCOMPARE(normals, (QStringList{QStringLiteral("die"), QStringLiteral("gross"),
                                       QStringLiteral("-"), QStringLiteral("mutter")}));
        QCOMPARE(german.countWords(text), 3);
    }
    QCOMPARE(german.tokenize(QStringLiteral("Tag \u00B7 Nacht")).at(1).normal,
             QStringLiteral("\u00B7"));
    const Tokenizer catalan(QStringLiteral("ca"));
    const TokenList tokens = catalan.tokenize(QStringLiteral("el col\u00B7legi"));
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(tokens.at(1).text, QStringLiteral("col\u00B7legi"));
}

// French and Italian elide articles and particles before a vowel: "d'Ingéniale" is the particle
// and the name, matched and reported on its own ("la société Ingéniale"); English contractions
// stay whole.
void TestTokenizer::elidedParticlesAreWordsOfTheirOwn()
{
    auto words = [](const QString &language, const QString &text) {
        QStringList out;
        for (const Token &t : Tokenizer(language).tokenize(text)) {
            if (text.mid(t.begin, t.length) != t.text)
                out.append(QStringLiteral("(span not in the text)"));
            if (t.isWord())
                out.append(t.text);
        }
        return out;
    };
    QCOMPARE(words(QStringLiteral("fr"), QStringLiteral("les experts d'Ing\u00E9niale")),
             (QStringList{QStringLiteral("les"), QStringLiteral("experts"), QStringLiteral("d'"),
                          QStringLiteral("Ing\u00E9niale")}));
    QCOMPARE(
        words(QStringLiteral("fr"), QStringLiteral("qu\u2019il vient de l\u2019Europe")),
        (QStringList{QStringLiteral("qu\u2019"), QStringLiteral("il"), QStringLiteral("vient"),
                     QStringLiteral("de"), QStringLiteral("l\u2019"), QStringLiteral("Europe")}));
    QCOMPARE(words(QStringLiteral("it"), QStringLiteral("dell'acqua")),
             (QStringList{QStringLiteral("dell'"), QStringLiteral("acqua")}));
    QCOMPARE(words(QStringLiteral("fr"), QStringLiteral("aujourd'hui")),
             (QStringList{QStringLiteral("aujourd'hui")})); // six letters: no particle
    QCOMPARE(words(QStringLiteral("en"), QStringLiteral("don't")),
             (QStringList{QStringLiteral("don't")}));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
