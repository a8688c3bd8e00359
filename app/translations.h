#pragma once

#include <QString>
#include <QStringList>

namespace Parallax {

// The user interface's language: --lang CODE, else the choice saved from View > Language, else
// the system locale. Installs Parallax's and Qt's own translations for it; English needs none.
class Translations
{
public:
    static QStringList available(); // ISO 639-1 codes Parallax is translated into, "en" first
    static QString languageName(const QString &code); // in that language: "Deutsch", "Русский"
    static QString chosen(const QStringList &arguments); // the code to use
    // Installs the language chosen; when --lang asked for one Parallax is not translated into,
    // says so on standard error (the interface stays in English).
    static void installChosen(const QStringList &arguments);
    static QString saved();                   // from the settings; empty: system
    static void save(const QString &code);    // empty: follow the system
    static bool install(const QString &code); // false when nothing was found for it
};

} // namespace Parallax
