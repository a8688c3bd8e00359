#include "testutil.h"
#include "textdecoder.h"

using namespace Parallax;

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesFixtures_data();
    void decodesFixtures();
    void lineEnds_data();
    void lineEnds();
    void refusesBinary_data();
    void refusesBinary();
    void bomlessUtf16();
    void utf32WithBom_data();
    void utf32WithBom();
    void utf8WithAStrayByte();
    void noUtf16WithoutNul();
};

void TestTextDecoder::decodesFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile"); // UTF-8 text the decoded file must equal
    QTest::addColumn<QString>("encoding");

    QTest::newRow("utf-8") << "utf8.txt"
                           << "utf8.txt"
                           << "UTF-8";
    QTest::newRow("utf-8 with BOM") << "utf8-bom.txt"
                                    << "utf8-bom.txt"
                                    << "UTF-8";
    QTest::newRow("utf-16 le BOM") << "utf16le-bom.txt"
                                   << "utf8-bom.txt"
                                   << "UTF-16LE";
    QTest::newRow("utf-16 be BOM") << "utf16be-bom.txt"
                                   << "utf8-bom.txt"
                                   << "UTF-16BE";
    QTest::newRow("windows-1251 Russian") << "cp1251-russian.txt"
                                          << "cp1251-russian.expected-utf8.txt"
                                          << "windows-1251";
    QTest::newRow("windows-1252 French") << "cp1252-french.txt"
                                         << "cp1252-french.expected-utf8.txt"
                                         << "windows-1252";
}

void TestTextDecoder::decodesFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(QString, encoding);

    QFile in(Test::dataPath(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const DecodedText decoded = decodeText(in.readAll());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);

    QString expected = Test::readUtf8(Test::dataPath(expectedFile));
    if (expected.startsWith(QChar(0xFEFF)))
        expected.remove(0, 1);
    QCOMPARE(decoded.text, expected);
    QVERIFY(!decoded.text.contains(QChar(0xFEFF)));
}

void TestTextDecoder::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("one\ntwo\n\nthree");
    QTest::newRow("CRLF") << QByteArray("one\r\ntwo\r\n\r\nthree");
    QTest::newRow("CR") << QByteArray("one\rtwo\r\rthree");
    QTest::newRow("mixed") << QByteArray("one\r\ntwo\n\rthree");
}

void TestTextDecoder::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(decodeText(bytes).text, QStringLiteral("one\ntwo\n\nthree"));
}

void TestTextDecoder::refusesBinary_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("png image") << "binary.png";
    QTest::newRow("text with NUL bytes") << "nul-bytes.txt";
}

void TestTextDecoder::refusesBinary()
{
    QFETCH(QString, file);
    QFile in(Test::dataPath(file));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const DecodedText decoded = decodeText(in.readAll());
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(QLatin1String("binary")), qPrintable(decoded.error));
}

void TestTextDecoder::bomlessUtf16()
{
    const QString text = QStringLiteral("A plain article without a byte order mark.\n");
    QByteArray le;
    for (const QChar c : text)
        le.append(char(c.unicode() & 0xff)).append('\0');
    const DecodedText decoded = decodeText(le);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
}

void TestTextDecoder::utf32WithBom_data()
{
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("UTF-32LE") << true;
    QTest::newRow("UTF-32BE") << false;
}

// A UTF-32 file with its byte order mark is text, though it is full of NUL bytes; the LE mark
// starts like UTF-16LE's and must not be read as UTF-16.
void TestTextDecoder::utf32WithBom()
{
    QFETCH(bool, littleEndian);
    const QString text = QString::fromUtf8("Gr\u00FC\u00DFe aus K\u00F6ln \U0001F600.\n");
    QByteArray bytes;
    for (const char32_t cp : text.toUcs4()) {
        for (int i = 0; i < 4; ++i)
            bytes.append(char(cp >> (8 * (littleEndian ? i : 3 - i))));
    }
    bytes.prepend(littleEndian ? QByteArray("\xFF\xFE\0\0", 4) : QByteArray("\0\0\xFE\xFF", 4));
    const DecodedText decoded = decodeText(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, text);
    QCOMPARE(decoded.encoding,
             littleEndian ? QStringLiteral("UTF-32LE") : QStringLiteral("UTF-32BE"));
}

void TestTextDecoder::utf8WithAStrayByte()
{
    // A UTF-8 article with one windows-1252 euro sign pasted in: the UTF-8 stays UTF-8.
    const QByteArray bytes =
        "The caf\xC3\xA9 said \xE2\x80\x9Cwe\xE2\x80\x99re back\xE2\x80\x9D, prices up \x80"
        "1.";
    const DecodedText decoded = decodeText(bytes);
    QCOMPARE(
        decoded.text,
        QString::fromUtf8("The caf\u00E9 said \u201Cwe\u2019re back\u201D, prices up \u20AC1."));
    QCOMPARE(decoded.encoding, QStringLiteral("UTF-8"));
}

// Bytes without NUL are never read as UTF-16 (Latin-script UTF-16 has them): a few legacy bytes
// ICU has no evidence about are windows-1252, as browsers read them, and binary data is not
// turned into CJK text.
void TestTextDecoder::noUtf16WithoutNul()
{
    DecodedText decoded = decodeText("Gr\xF6\xDF"
                                     "e.\n");
    QCOMPARE(decoded.text, QString::fromUtf8("Größe.\n"));
    QCOMPARE(decoded.encoding, QStringLiteral("windows-1252"));
    QByteArray noise;
    quint32 state = 12345;
    while (noise.size() < 5000) {
        state = state * 1103515245u + 12345u; // a fixed sequence of bytes, none of them NUL
        if (const char byte = char(state >> 24))
            noise.append(byte);
    }
    decoded = decodeText(noise);
    QVERIFY2(!decoded.encoding.startsWith(QLatin1String("UTF-16")), qPrintable(decoded.encoding));
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
