#pragma once

#include <QString>

#include <unicode/unistr.h>

namespace Parallax {

// Both QString and icu::UnicodeString hold UTF-16: these pass text between them without
// converting.

// A read-only ICU view of `text`, which must outlive it and stay unchanged. Reads the string's
// data as it is (constData, not utf16(), which may reallocate a string that wraps a literal and
// so write to an object other threads are reading); the view has a length and needs no
// terminating NUL.
inline icu::UnicodeString icuView(const QString &text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.constData()),
                              int32_t(text.size()));
}

// A copy of an ICU string.
inline QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace Parallax
