#include "articleloader.h"
#include "comparison.h"
#include "languagedetector.h"
#include "testutil.h"
#include "textcleanup.h"
#include "tokenizer.h"

using namespace Parallax;

// Languages and scripts: which language a text is in, how it is stemmed, how its words are
// counted, and two stories in Chinese and Japanese read and aligned like any other.
class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void detectShortOrEmpty();
    void stemmers_data();
    void stemmers();
    void wordCounts_data();
    void wordCounts();
    void normalizedText_data();
    void normalizedText();
    void cjkArticles_data();
    void cjkArticles();
    void invisibleCharactersLeaveTheText();
};

void TestLanguages::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");

    // Invented news sentences, two or three per language.
    QTest::newRow("English") << "The city council approved the new budget on Tuesday after a long "
                                "debate. Residents will pay slightly higher taxes next year."
                             << "en";
    QTest::newRow("German") << "Der Stadtrat hat am Dienstag nach langer Debatte den neuen "
                               "Haushalt beschlossen. Die Bürger zahlen im nächsten Jahr etwas "
                               "höhere Steuern."
                            << "de";
    QTest::newRow("French") << "Le conseil municipal a adopté mardi le nouveau budget après un "
                               "long débat. Les habitants paieront un peu plus d'impôts l'année "
                               "prochaine."
                            << "fr";
    QTest::newRow("Spanish") << "El ayuntamiento aprobó el martes el nuevo presupuesto tras un "
                                "largo debate. Los vecinos pagarán algo más de impuestos el "
                                "próximo año."
                             << "es";
    QTest::newRow("Portuguese") << "A câmara municipal aprovou na terça-feira o novo orçamento "
                                   "depois de um longo debate. Os moradores vão pagar um pouco "
                                   "mais de impostos no próximo ano."
                                << "pt";
    QTest::newRow("Italian") << "Il consiglio comunale ha approvato martedì il nuovo bilancio "
                                "dopo un lungo dibattito. I cittadini pagheranno un po' più di "
                                "tasse l'anno prossimo."
                             << "it";
    QTest::newRow("Dutch") << "De gemeenteraad heeft dinsdag na een lang debat de nieuwe "
                              "begroting goedgekeurd. Inwoners betalen volgend jaar iets meer "
                              "belasting."
                           << "nl";
    QTest::newRow("Swedish") << "Kommunfullmäktige godkände på tisdagen den nya budgeten efter en "
                                "lång debatt. Invånarna kommer att betala något högre skatt nästa "
                                "år."
                             << "sv";
    QTest::newRow("Danish") << "Byrådet vedtog tirsdag det nye budget efter en lang debat. "
                               "Borgerne skal betale lidt mere i skat næste år, og kommunen "
                               "bygger to nye skoler."
                            << "da";
    QTest::newRow("Finnish") << "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion pitkän "
                                "keskustelun jälkeen. Asukkaat maksavat ensi vuonna hieman "
                                "enemmän veroja."
                             << "fi";
    QTest::newRow("Polish") << "Rada miasta przyjęła we wtorek nowy budżet po długiej debacie. "
                               "Mieszkańcy zapłacą w przyszłym roku nieco wyższe podatki."
                            << "pl";
    QTest::newRow("Czech") << "Zastupitelstvo města v úterý po dlouhé debatě schválilo nový "
                              "rozpočet. Obyvatelé zaplatí příští rok o něco vyšší daně."
                           << "cs";
    QTest::newRow("Hungarian") << "A városi közgyűlés kedden hosszú vita után elfogadta az új "
                                  "költségvetést. A lakosok jövőre valamivel több adót fizetnek."
                               << "hu";
    QTest::newRow("Romanian") << "Consiliul local a aprobat marți noul buget după o dezbatere "
                                 "lungă. Locuitorii vor plăti anul viitor impozite puțin mai mari."
                              << "ro";
    QTest::newRow("Turkish") << "Belediye meclisi salı günü uzun bir tartışmanın ardından yeni "
                                "bütçeyi onayladı. Vatandaşlar gelecek yıl biraz daha fazla vergi "
                                "ödeyecek."
                             << "tr";
    QTest::newRow("Russian") << "Городской совет во вторник после долгих споров утвердил новый "
                                "бюджет. В следующем году жители будут платить немного больше "
                                "налогов."
                             << "ru";
    QTest::newRow("Ukrainian") << "Міська рада у вівторок після тривалої дискусії ухвалила новий "
                                  "бюджет. Наступного року мешканці сплачуватимуть трохи більше "
                                  "податків."
                               << "uk";
    QTest::newRow("Greek") << "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό "
                              "μετά από μακρά συζήτηση. Οι κάτοικοι θα πληρώσουν λίγο "
                              "περισσότερους φόρους του χρόνου."
                           << "el";
    QTest::newRow("Hebrew") << "מועצת העיר אישרה ביום שלישי את התקציב החדש לאחר דיון ארוך. "
                               "התושבים ישלמו בשנה הבאה מעט יותר מסים."
                            << "he";
    QTest::newRow("Arabic") << "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش "
                               "طويل. وسيدفع السكان ضرائب أعلى قليلا في العام المقبل."
                            << "ar";
    QTest::newRow("Japanese") << "市議会は火曜日、長い議論の末に新しい予算案を可決した。住民は来年"
                                 "、少し多くの税金を払うことになる。"
                              << "ja";
    QTest::newRow("Chinese") << "市议会周二经过长时间辩论后通过了新的预算。居民明年将缴纳略高的"
                                "税款。"
                             << "zh";
    QTest::newRow("Korean") << "시의회는 화요일 긴 토론 끝에 새 예산안을 통과시켰다. 주민들은 "
                               "내년에 세금을 조금 더 내게 된다."
                            << "ko";
    QTest::newRow("Thai") << "สภาเทศบาลอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการอภิปรายอย่างยาวนาน "
                             "ประชาชนจะต้องจ่ายภาษีเพิ่มขึ้นเล็กน้อยในปีหน้า"
                          << "th";
    QTest::newRow("Hindi") << "नगर परिषद ने मंगलवार को लंबी बहस के बाद नया बजट पारित किया। अगले "
                              "साल निवासियों को थोड़ा अधिक कर देना होगा।"
                           << "hi";
    QTest::newRow("Indonesian") << "Dewan kota menyetujui anggaran baru pada hari Selasa setelah "
                                   "perdebatan panjang. Warga akan membayar pajak sedikit lebih "
                                   "tinggi tahun depan."
                                << "id";
}

void TestLanguages::detect()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(LanguageDetector::detect(text), language);
}

void TestLanguages::detectShortOrEmpty()
{
    // Too little text for statistics: English by default, the script where it tells.
    QCOMPARE(LanguageDetector::detect(u""), QStringLiteral("en"));
    QCOMPARE(LanguageDetector::detect(u"42 — 17"), QStringLiteral("en"));
    QCOMPARE(LanguageDetector::detect(u"ひらがな"), QStringLiteral("ja"));
    QCOMPARE(
        ArticleLoader::guessLanguage(QStringLiteral("Zastupitelstvo schválilo rozpočet na "
                                                    "příští rok, který počítá s investicemi.")),
        QStringLiteral("cs"));
}

void TestLanguages::stemmers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");

    QTest::newRow("English") << "en"
                             << "bridges"
                             << "bridg";
    QTest::newRow("German") << "de"
                            << "brücken"
                            << "bruck";
    QTest::newRow("Portuguese") << "pt"
                                << "pontes"
                                << "pont";
    QTest::newRow("Greek has Snowball") << "el"
                                        << "γέφυρες" << QString();
    QTest::newRow("Norwegian Bokmål") << "nb"
                                      << "broene" << QString();
    QTest::newRow("Czech has none") << "cs"
                                    << "mosty"
                                    << "mosty";
    QTest::newRow("Polish has none") << "pl"
                                     << "mosty"
                                     << "mosty";
    QTest::newRow("Japanese has none") << "ja"
                                       << "橋"
                                       << "橋";
}

void TestLanguages::stemmers()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, stem);
    const Tokenizer tokenizer(language);
    const QString got = tokenizer.stem(word);
    if (stem.isEmpty())
        QVERIFY2(got.size() < word.size(), qPrintable(got)); // stemmed, whatever the stem
    else
        QCOMPARE(got, stem);
}

void TestLanguages::wordCounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");

    QTest::newRow("spaces") << "NATO\u2019s 32 chiefs \u2014 met, state-of-the-art." << 5 << 5;
    QTest::newRow("Chinese") << "市政府宣布新大桥将于下个月通车。" << 6 << 12;
    QTest::newRow("Japanese") << "市は土曜日に新しい図書館を開館した。" << 6 << 14;
    QTest::newRow("Thai") << "ประชาชนจะต้องจ่ายภาษีเพิ่มขึ้น" << 4 << 10;
    QTest::newRow("mixed") << "Apple 在北京发布了新手机" << 4 << 9;
}

void TestLanguages::wordCounts()
{
    QFETCH(QString, text);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const qsizetype words = TextRules::countWords(text);
    QVERIFY2(words >= minimum && words <= maximum, qPrintable(QString::number(words)));
}

void TestLanguages::normalizedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normal");

    QTest::newRow("NFD accents") << "Cafe\u0301 Zu\u0308rich"
                                 << "Caf\u00E9 Z\u00FCrich";
    QTest::newRow("soft hyphen") << "Ver\u00ADsicherung"
                                 << "Versicherung";
    QTest::newRow("zero width") << "Par\u200Bliament\u200C \u2060vote\u200D\uFEFF"
                                << "Parliament vote";
    // Joiners that are spelling stay: an emoji ZWJ sequence (a family), Persian "mi-khaham"
    // with its zero width non-joiner, a Devanagari half form.
    QTest::newRow("emoji ZWJ sequence") << "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 day"
                                        << "Family \U0001F468\u200D\U0001F469\u200D\U0001F467 day";
    QTest::newRow("Persian ZWNJ") << "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"
                                  << "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    QTest::newRow("Devanagari ZWJ") << "\u0915\u094D\u200D\u0937"
                                    << "\u0915\u094D\u200D\u0937";
    QTest::newRow("controls and colour codes")
        << "\x1B[1;31mAlert:\x1B[0m vote\x07 to\x7F\u0085day\x1B"
        << "Alert: vote today";
    QTest::newRow("unchanged") << "Plain text, 3 words."
                               << "Plain text, 3 words.";
    QTest::newRow("Hangul jamo") << "\u1112\u1161\u11AB"
                                 << "\uD55C";
}

void TestLanguages::normalizedText()
{
    QFETCH(QString, text);
    QFETCH(QString, normal);
    QCOMPARE(TextRules::normalizedText(text), normal);
}

void TestLanguages::cjkArticles_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("Chinese") << "zh"
                             << "300名工人"
                             << "350名工人";
    QTest::newRow("Japanese") << "ja"
                              << "約800人"
                              << "約950人";
}

void TestLanguages::cjkArticles()
{
    QFETCH(QString, language);
    QFETCH(QString, before);
    QFETCH(QString, after);

    QList<Article> articles;
    for (const char *version : {"a", "b"}) {
        Article article;
        QString error;
        const QString path = Test::dataPath(QStringLiteral("cjk/%1-%2.txt").arg(language, version));
        QVERIFY2(ArticleLoader::load(path, &article, &error), qPrintable(error));
        QCOMPARE(article.metadata.language, language);
        QVERIFY2(article.words > 60, qPrintable(QString::number(article.words)));
        QCOMPARE(article.paragraphs.constFirst().kind, BlockKind::Title);
        for (qsizetype i = 1; i < article.paragraphs.size(); ++i)
            QCOMPARE(article.paragraphs.at(i).kind, BlockKind::Body);
        // 。ends every sentence: four paragraphs of two sentences (and one of one).
        QVERIFY2(article.sentences.size() >= 8,
                 qPrintable(QString::number(article.sentences.size())));
        for (const Sentence &s : std::as_const(article.sentences))
            QVERIFY2(s.text.count(u'\u3002') <= 1 || s.text.contains(u'\u300C'),
                     qPrintable(s.text));
        articles.append(article);
    }

    const Comparison c = compare(articles);
    qsizetype changed = -1;
    qsizetype same = 0;
    for (const Unit &unit : c.units) {
        if (unit.support() != 2)
            continue;
        QCOMPARE(unit.segments.size(), 2);
        const QString a = articles.at(0).sentences.at(c.sentenceOf(unit.segments.at(0))).text;
        const QString b = articles.at(1).sentences.at(c.sentenceOf(unit.segments.at(1))).text;
        if (a == b)
            ++same;
        else if (a.contains(before) && b.contains(after))
            changed = unit.segments.at(0);
    }
    QVERIFY2(changed >= 0, "the sentence whose number changed is not aligned with its new version");
    QVERIFY2(same >= 6, qPrintable(QString::number(same)));
    bool linkedAsChange = false;
    for (const Link &link : c.links)
        linkedAsChange |= link.a == changed && link.relation != Relation::Same;
    QVERIFY(linkedAsChange);
}

void TestLanguages::invisibleCharactersLeaveTheText()
{
    // A word with a soft hyphen, a zero-width space and decomposed accents reads as the word.
    const Article article = ArticleLoader::fromText(
        QStringLiteral("Die Ver\u00ADsicherung zahlt\n\nDie Versicherung zahlt den Scha\u0308den "
                       "in Zu\u0308\u200Brich, sagte die Sprecherin am Montag."),
        ArticleLoader::Format::PlainText);
    QString all;
    for (const Sentence &s : article.sentences)
        all += s.text + u'\n';
    QVERIFY2(all.contains(QStringLiteral("Die Versicherung zahlt\n")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Sch\u00E4den in Z\u00FCrich")), qPrintable(all));
    QVERIFY(!all.contains(u'\u00AD') && !all.contains(u'\u200B'));
}

QTEST_GUILESS_MAIN(TestLanguages)
#include "tst_languages.moc"
