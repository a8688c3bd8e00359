#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax {

struct DecodedText
{
    QString text;
    QString encoding; // IANA name of what the bytes were decoded as
    QString error;    // empty on success: why the bytes are not readable text
    bool ok() const { return error.isEmpty(); }
};

// Turns the bytes of a saved article into text: BOMs (UTF-8, UTF-16 LE/BE), valid UTF-8,
// UTF-16 without BOM, a charset the file declares (HTML meta), and otherwise ICU's charset
// detector for legacy 8-bit files. Line ends are normalised to '\n'.
DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset = {});

// The character a windows-1252 byte stands for.
char32_t windows1252CodePoint(uchar byte);

} // namespace Parallax
