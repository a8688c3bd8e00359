#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace Parallax {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ru")};
}

QString Translations::languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString Translations::chosen(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    const QString choice = saved();
    return choice.isEmpty() ? QLocale::system().name().section(u'_', 0, 0) : choice;
}

void Translations::installChosen(const QStringList &arguments)
{
    const QString code = chosen(arguments);
    if (install(code))
        return;
    for (const QString &arg : arguments.mid(1)) {
        if (arg == u"--lang" || arg.startsWith(QLatin1String("--lang="))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "Parallax::Translations",
                                        "parallax: no translation for \"%1\" (there are: %2); "
                                        "the interface stays in English.")
                                        .arg(code, available().join(QStringLiteral(", ")))));
            return;
        }
    }
}

QString Translations::saved()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void Translations::save(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

bool Translations::install(const QString &code)
{
    // English plural forms ("1 source", "2 sources") under every language: a language without a
    // translation falls back to them. Installed first, so that a translation takes precedence.
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/parallax_en.qm")))
        QCoreApplication::installTranslator(english);
    if (code.isEmpty() || code == u"en" || code == u"C")
        return true;
    auto *own = new QTranslator(QCoreApplication::instance());
    const bool found = own->load(QStringLiteral(":/i18n/parallax_%1.qm").arg(code));
    if (found)
        QCoreApplication::installTranslator(own);
    // Dates and numbers in the language chosen when the system's is another (a German window
    // under an English or C locale writes "Dienstag, 1. Dezember", not "Tuesday, 1 December").
    if (found && QLocale::system().language() != QLocale(code).language())
        QLocale::setDefault(QLocale(code));
    // Qt's own strings (standard buttons, dialogs), when Qt ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace Parallax
