#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

namespace Parallax {

namespace {

struct CharsetDetectorCloser
{
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};
struct ConverterCloser
{
    void operator()(UConverter *c) const { ucnv_close(c); }
};

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::TextDecoder)
};

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

// UTF-16 without a BOM shows as NUL bytes in every other position.
QStringDecoder::Encoding guessBomlessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return QStringDecoder::System;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenNul += bytes.at(i) == '\0';
        oddNul += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddNul * 10 >= pairs * 6 && evenNul * 10 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenNul * 10 >= pairs * 6 && oddNul * 10 < pairs)
        return QStringDecoder::Utf16BE;
    return QStringDecoder::System;
}

// Decodes with an ICU converter; returns false when ICU does not know the charset.
bool decodeWithIcu(const QByteArray &bytes, const char *charset, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return false;
    out->resize(bytes.size() * 2 + 16);
    const int32_t len =
        ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out->data()), int32_t(out->size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return false;
    out->truncate(len);
    return true;
}

QByteArray detectCharset(const QByteArray &bytes, const QByteArray &declared)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, CharsetDetectorCloser> det(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(det.get(), bytes.constData(), int32_t(bytes.size()), &status);
    if (!declared.isEmpty())
        ucsdet_setDeclaredEncoding(det.get(), declared.constData(), int32_t(declared.size()),
                                   &status);
    // Called only for bytes without NUL: UTF-16 and UTF-32 text in a Latin script would have
    // them (guessBomlessUtf16), so the detector's guess of those (it makes it for short
    // legacy-encoded text and for binary data) is passed over for the next one.
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &count, &status);
    if (U_FAILURE(status) || !matches)
        return {};
    // A confidence this low is ICU's answer when it has no evidence at all (a few bytes):
    // then windows-1252, as browsers read unlabelled legacy text (WHATWG Encoding).
    constexpr int32_t kNoEvidence = 10;
    QByteArray name;
    for (int32_t i = 0; i < count && name.isEmpty(); ++i) {
        const QByteArray candidate(ucsdet_getName(matches[i], &status));
        if (U_FAILURE(status) || candidate.startsWith("UTF-16") || candidate.startsWith("UTF-32"))
            continue;
        name = ucsdet_getConfidence(matches[i], &status) > kNoEvidence ? candidate : "windows-1252";
    }
    if (name.isEmpty())
        return {};
    // Browsers read ISO-8859-1 as its superset windows-1252 (WHATWG Encoding); so do we, so
    // that smart quotes in 0x80-0x9F come out right.
    if (name == "ISO-8859-1")
        name = "windows-1252";
    return U_SUCCESS(status) ? name : QByteArray();
}

// Length of the well-formed UTF-8 sequence at bytes[i], or 0.
qsizetype utf8SequenceLength(const QByteArray &bytes, qsizetype i)
{
    const uchar lead = uchar(bytes.at(i));
    const qsizetype length = lead < 0x80                    ? 1
                             : lead >= 0xC2 && lead <= 0xDF ? 2
                             : lead >= 0xE0 && lead <= 0xEF ? 3
                             : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                            : 0;
    if (length == 0 || i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((uchar(bytes.at(i + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// A UTF-8 file with a few stray bytes from another program: keep the UTF-8 and read the stray
// bytes as windows-1252 instead of reading the whole file as a legacy encoding.
bool decodeMostlyUtf8(const QByteArray &bytes, QString *out)
{
    qsizetype multibyte = 0;
    qsizetype stray = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = utf8SequenceLength(bytes, i);
        multibyte += length > 1;
        stray += length == 0;
        i += length == 0 ? 1 : length;
    }
    if (multibyte == 0 || stray * 4 > multibyte)
        return false;
    out->clear();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = utf8SequenceLength(bytes, i);
        if (length > 0) {
            i += length;
            continue;
        }
        out->append(QString::fromUtf8(bytes.constData() + runStart, i - runStart));
        const char32_t cp = windows1252CodePoint(uchar(bytes.at(i)));
        out->append(QString::fromUcs4(&cp, 1));
        runStart = ++i;
    }
    out->append(QString::fromUtf8(bytes.constData() + runStart, bytes.size() - runStart));
    return true;
}

QString normaliseLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

DecodedText finish(QString text, const char *encoding)
{
    DecodedText result;
    if (text.contains(QChar(u'\0'))) {
        result.error = Tr::tr("contains NUL bytes: it is a binary file, not text");
        return result;
    }
    result.text = normaliseLineEnds(std::move(text));
    result.encoding = QString::fromLatin1(encoding);
    return result;
}

} // namespace

char32_t windows1252CodePoint(uchar byte)
{
    // 0x80-0x9F per the WHATWG Encoding Standard index; the rest is Latin-1. Bytes the
    // standard leaves undefined map to the C1 control of the same value.
    static constexpr char32_t c1[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
    };
    return byte >= 0x80 && byte <= 0x9F ? c1[byte - 0x80] : char32_t(byte);
}

DecodedText decodeText(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return finish(QString::fromUtf8(bytes.mid(3)), "UTF-8");
    // A UTF-32LE BOM starts like a UTF-16LE one, so it is tried first.
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) ||
        bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        const bool le = bytes.startsWith('\xFF');
        QStringDecoder decoder(le ? QStringDecoder::Utf32LE : QStringDecoder::Utf32BE);
        return finish(decoder(bytes.mid(4)), le ? "UTF-32LE" : "UTF-32BE");
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return finish(decoder(bytes.mid(2)), le ? "UTF-16LE" : "UTF-16BE");
    }

    const bool hasNul = bytes.contains('\0');
    if (hasNul) {
        const auto utf16 = guessBomlessUtf16(bytes);
        if (utf16 == QStringDecoder::System) {
            DecodedText result;
            result.error = Tr::tr("contains NUL bytes: it is a binary file, not text");
            return result;
        }
        QStringDecoder decoder(utf16);
        return finish(decoder(bytes), utf16 == QStringDecoder::Utf16LE ? "UTF-16LE" : "UTF-16BE");
    }

    if (isValidUtf8(bytes))
        return finish(QString::fromUtf8(bytes), "UTF-8");

    QString text;
    if (decodeMostlyUtf8(bytes, &text))
        return finish(text, "UTF-8");
    const QByteArray declared = declaredCharset.trimmed();
    if (!declared.isEmpty() && declared.compare("utf-8", Qt::CaseInsensitive) != 0 &&
        decodeWithIcu(bytes, declared.constData(), &text)) {
        return finish(text, declared.constData());
    }
    const QByteArray detected = detectCharset(bytes, declared);
    if (!detected.isEmpty() && decodeWithIcu(bytes, detected.constData(), &text))
        return finish(text, detected.constData());

    // Nothing recognised it: keep what is readable rather than refuse the article.
    return finish(QString::fromUtf8(bytes), "UTF-8");
}

} // namespace Parallax
