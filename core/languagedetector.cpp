#include "languagedetector.h"

#include <QHash>

#include <cld2/public/compact_lang_det.h>
#include <cstdio> // compact_lang_det.h uses FILE without including it

namespace Parallax {

namespace {

constexpr qsizetype kMaxSample = 100000;

// CLD2 answers with Google's codes, some of them retired ISO 639 codes ("iw" for Hebrew) or
// regional variants ("zh-Hant"); the rest of Parallax (ICU locales, Snowball, Hunspell) wants
// the current ISO 639-1 code of the language.
QString isoCode(const char *cld2Code)
{
    QString code = QString::fromLatin1(cld2Code).toLower();
    if (code.startsWith(u"xx-") || code == u"un" || code == u"xxx" || code.startsWith(u"zz"))
        return {};
    code = code.section(u'-', 0, 0);
    static const QHash<QString, QString> retired{
        {QStringLiteral("iw"), QStringLiteral("he")}, {QStringLiteral("in"), QStringLiteral("id")},
        {QStringLiteral("ji"), QStringLiteral("yi")}, {QStringLiteral("jw"), QStringLiteral("jv")},
        {QStringLiteral("mo"), QStringLiteral("ro")},
    };
    return retired.value(code, code);
}

// The language most texts in a script are written in, for text too short for CLD2.
QString languageOfScript(QStringView text)
{
    QHash<int, qsizetype> letters;
    for (const QChar c : text) {
        if (c.isLetter())
            ++letters[int(c.script())];
    }
    // Kana means Japanese even when most letters are Han.
    if (letters.value(QChar::Script_Hiragana) + letters.value(QChar::Script_Katakana) > 0)
        return QStringLiteral("ja");
    int best = QChar::Script_Latin;
    qsizetype bestCount = 0;
    for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    }
    switch (best) {
    case QChar::Script_Cyrillic:
        return QStringLiteral("ru");
    case QChar::Script_Greek:
        return QStringLiteral("el");
    case QChar::Script_Arabic:
        return QStringLiteral("ar");
    case QChar::Script_Hebrew:
        return QStringLiteral("he");
    case QChar::Script_Han:
        return QStringLiteral("zh");
    case QChar::Script_Hangul:
        return QStringLiteral("ko");
    case QChar::Script_Thai:
        return QStringLiteral("th");
    case QChar::Script_Devanagari:
        return QStringLiteral("hi");
    case QChar::Script_Georgian:
        return QStringLiteral("ka");
    case QChar::Script_Armenian:
        return QStringLiteral("hy");
    default:
        return QStringLiteral("en");
    }
}

} // namespace

QString LanguageDetector::detect(QStringView text)
{
    const QByteArray utf8 = text.left(kMaxSample).toUtf8();
    bool reliable = false;
    CLD2::Language top3[3];
    int percent3[3];
    int textBytes = 0;
    const CLD2::Language language = CLD2::ExtDetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, top3, percent3, &textBytes, &reliable);
    const QString code = isoCode(CLD2::LanguageCode(language));
    // An unreliable guess on a few words is still better than the script alone, except where
    // CLD2 knows nothing (UNKNOWN_LANGUAGE).
    if (!code.isEmpty() && language != CLD2::UNKNOWN_LANGUAGE)
        return code;
    return languageOfScript(text.left(kMaxSample));
}

} // namespace Parallax
