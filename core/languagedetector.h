#pragma once

#include <QString>
#include <QStringView>

namespace Parallax {

// Which language a text is written in, by Google's Compact Language Detector 2 (CLD2: 83
// languages from character n-gram statistics), falling back to the writing system when CLD2
// cannot tell (too little text, or a language it does not know).
class LanguageDetector
{
public:
    // The language of `text` as a lower-case ISO 639-1 code ("en", "cs", "he", "zh"), or ISO
    // 639-2 where the language has no two-letter code. Never empty: text without letters, or
    // in a script no rule covers, is "en". Reads at most the first 100,000 UTF-16 code units.
    static QString detect(QStringView text);
};

} // namespace Parallax
