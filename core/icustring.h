#pragma once

#include <QString>

#include <unicode/unistr.h>

namespace Parallax {

// Both QString and icu::UnicodeString hold UTF-16: these pass text between them without
// converting.

// A read-only ICU view of `text`, which must outlive it and stay unchanged.
inline icu::UnicodeString icuView(const QString &text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()),
                              int32_t(text.size()));
}

// A copy of an ICU string.
inline QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace Parallax
