#include "articleloader.h"
#include "comparison.h"
#include "testutil.h"
#include "tokenizer.h"
#include "translations.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Parallax;

// Parallax speaks Russian and German: the .ts files are complete and up to date with the
// sources, and text in other scripts goes through the engine.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translationFilesAreComplete_data();
    void translationFilesAreComplete();
    void translationFilesMatchTheSources();
    void embeddedTranslationsLoad();
    void englishHasEveryPluralForm();
    void russianArticlesAlign();
};

namespace {

struct Message
{
    QString key; // context + source + comment
    bool numerus = false;
    int forms = 0;
    bool unfinished = false;
    bool obsolete = false;
    QString translation;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    QString source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{};
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                source.clear();
                comment.clear();
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                current.unfinished = type == u"unfinished";
                current.obsolete = type == u"obsolete" || type == u"vanished";
                if (!current.numerus)
                    current.translation = xml.readElementText();
            } else if (name == u"numerusform") {
                ++current.forms;
                current.translation += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            current.key = context + u'\x1f' + source + u'\x1f' + comment;
            messages.append(current);
        }
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/translations/parallax_%1.ts").arg(language);
}

} // namespace

void TestTranslations::translationFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("German") << "de" << 2;
    QTest::newRow("Russian") << "ru" << 3;
}

void TestTranslations::translationFilesAreComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY(messages.size() > 200);
    for (const Message &m : messages) {
        const QString where = m.key.section(u'\x1f', 0, 1).replace(u'\x1f', u' ');
        QVERIFY2(!m.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!m.obsolete, qPrintable(QStringLiteral("obsolete: ") + where));
        QVERIFY2(!m.translation.isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
        if (m.numerus)
            QVERIFY2(m.forms == pluralForms, qPrintable(QStringLiteral("plural forms: ") + where));
    }
}

void TestTranslations::translationFilesMatchTheSources()
{
    // lupdate over the sources, into copies: any string added, changed or removed in the code
    // and not yet in the .ts files shows up as a difference.
    QTemporaryDir dir;
    for (const char *language : {"de", "ru"}) {
        const QString original = tsPath(QString::fromLatin1(language));
        const QString copy = dir.filePath(QFileInfo(original).fileName());
        QVERIFY(QFile::copy(original, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(PARALLAX_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral(PARALLAX_SOURCE_DIR "/core"),
                       QStringLiteral(PARALLAX_SOURCE_DIR "/widgets"),
                       QStringLiteral(PARALLAX_SOURCE_DIR "/app"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QStringList before, after;
        for (const Message &m : readTs(original))
            before.append(m.key);
        for (const Message &m : readTs(copy))
            after.append(m.key);
        before.sort();
        after.sort();
        QStringList missing, stale;
        for (const QString &key : after) {
            if (!before.contains(key))
                missing.append(key.section(u'\x1f', 1, 1));
        }
        for (const QString &key : before) {
            if (!after.contains(key))
                stale.append(key.section(u'\x1f', 1, 1));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: not in the .ts file: %2")
                                                   .arg(QString::fromLatin1(language),
                                                        missing.join(QStringLiteral(" | ")))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1: no longer in the code: %2")
                                                 .arg(QString::fromLatin1(language),
                                                      stale.join(QStringLiteral(" | ")))));
    }
}

void TestTranslations::embeddedTranslationsLoad()
{
    QVERIFY(Translations::available().contains(QStringLiteral("ru")));
    QCOMPARE(Translations::chosen(
                 {QStringLiteral("parallax"), QStringLiteral("--lang"), QStringLiteral("de")}),
             QStringLiteral("de"));
    QCOMPARE(Translations::languageName(QStringLiteral("ru")), QStringLiteral("Русский"));
    for (const char *language : {"de", "ru"}) {
        QTranslator translator;
        QVERIFY(translator.load(
            QStringLiteral(":/i18n/parallax_%1.qm").arg(QString::fromLatin1(language))));
        const QString file = translator.translate("Parallax::MainActions", "&File");
        QVERIFY(!file.isEmpty());
        QVERIFY(file != u"&File");
        // Plural forms follow the language's rules.
        const QString one = translator.translate("Parallax::ComparisonController",
                                                 "%n source(s) compared.", nullptr, 1);
        const QString five = translator.translate("Parallax::ComparisonController",
                                                  "%n source(s) compared.", nullptr, 5);
        QVERIFY(!one.isEmpty() && !five.isEmpty());
        QVERIFY(one != five);
    }
}

// English text with a count reads "1 source", "5 sources", never "5 source(s)": every message
// with %n in the code (as lupdate put it in the German file) has both English forms.
void TestTranslations::englishHasEveryPluralForm()
{
    const QList<Message> english = readTs(tsPath(QStringLiteral("en")));
    QStringList counted;
    for (const Message &m : readTs(tsPath(QStringLiteral("de")))) {
        if (m.numerus)
            counted.append(m.key);
    }
    QVERIFY(counted.size() > 10);
    for (const QString &key : std::as_const(counted)) {
        const auto it = std::find_if(english.cbegin(), english.cend(),
                                     [&](const Message &m) { return m.key == key; });
        const QString where = key.section(u'\x1f', 0, 1).replace(u'\x1f', u' ');
        QVERIFY2(it != english.cend(),
                 qPrintable(QStringLiteral("not in parallax_en.ts: ") + where));
        QVERIFY2(it->numerus && it->forms == 2, qPrintable(QStringLiteral("forms: ") + where));
        QVERIFY2(!it->translation.contains(QLatin1String("(s)")), qPrintable(where));
    }
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/parallax_en.qm")));
    QCOMPARE(translator.translate("Parallax::ComparisonController", "%n source(s) compared.",
                                  nullptr, 1),
             QStringLiteral("%n source compared.")); // QCoreApplication::translate fills in %n
    QCOMPARE(translator.translate("Parallax::ComparisonController", "%n source(s) compared.",
                                  nullptr, 30),
             QStringLiteral("%n sources compared."));
}

void TestTranslations::russianArticlesAlign()
{
    const Tokenizer russian(QStringLiteral("ru"));
    QCOMPARE(russian.stem(QStringLiteral("новостями")), russian.stem(QStringLiteral("новость")));
    const QDir dir(Test::dataPath(QStringLiteral("align-ru")));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    const LoadResult result = ArticleLoader::loadAll(paths);
    QCOMPARE(result.articles.size(), 2);
    for (const Article &article : result.articles) {
        QCOMPARE(article.metadata.language, QStringLiteral("ru"));
        QVERIFY(article.metadata.date.isValid()); // "12 марта 2026 года"
    }
    // Sentences: the wire's first body paragraph has two.
    const Article &wire = result.articles.at(0);
    int body = 0;
    for (const Sentence &s : wire.sentences)
        body += s.kind == BlockKind::Body;
    QCOMPARE(body, 6);
    const Comparison c = compare(result.articles);
    int shared = 0;
    for (const Unit &unit : c.units)
        shared += unit.support() == 2;
    QVERIFY2(shared >= 5, qPrintable(QString::number(shared)));
    // The contractor only the second paper names is its addition.
    QString added;
    for (const Addition &a : c.added) {
        if (a.source == 1)
            added += a.text;
    }
    QVERIFY2(added.contains(QStringLiteral("Северный путь")), qPrintable(added));
    QVERIFY(!added.contains(QStringLiteral("Ирина Ладова")));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
