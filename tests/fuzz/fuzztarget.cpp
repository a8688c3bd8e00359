#include "fuzztarget.h"

#include "articleloader.h"
#include "blockclassifier.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "officereader.h"
#include "pdflayout.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QJsonDocument>

namespace Parallax {

namespace {

// What the document readers build on their libraries' output: Word and OpenDocument XML, and
// the positioned words a PDF's text layer gives (each word from 5 bytes: x, y, width, height
// and a letter).
void fuzzDocument(const QByteArray &part)
{
    const char mode = part.size() > 1 ? part.at(1) : 0;
    const QByteArray body = part.mid(2);
    QList<RawBlock> blocks;
    QString error;
    if (mode % 3 == 0) {
        OfficeReader::readWordXml(body, &blocks, &error);
    } else if (mode % 3 == 1) {
        OfficeReader::readOpenDocumentXml(body, &blocks, &error);
    } else {
        PositionedPage page{QSizeF(600, 800), {}};
        for (qsizetype i = 0; i + 5 <= body.size(); i += 5) {
            const auto at = [&](qsizetype k) { return double(uchar(body.at(i + k))); };
            page.words.append({QString(QChar(u'a' + int(at(4)) % 26)),
                               QRectF(at(0) * 2.3, at(1) * 3.1, at(2) / 8 + 0.1, at(3) / 16 + 0.1),
                               (int(at(4)) & 1) != 0});
        }
        blocks = PdfLayout::paragraphs({page, page});
    }
    BlockClassifier::classify(blocks);
}

} // namespace

void fuzzOne(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 256 * 1024)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\x1e');
    QList<Article> articles;
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i) {
        const QByteArray &part = parts.at(i);
        if (part.startsWith('\x1f')) {
            fuzzDocument(part);
            continue;
        }
        const auto format = ArticleLoader::Format((part.isEmpty() ? 0 : uchar(part.at(0)) + i) % 3);
        const DecodedText decoded = decodeText(part, {});
        if (!decoded.ok())
            continue;
        articles.append(ArticleLoader::fromText(decoded.text, format));
    }
    CompareOptions options;
    options.base = articles.size() > 1 ? 1 : -1;
    const Comparison comparison = compare(articles, options);
    const QByteArray json =
        QJsonDocument(ComparisonJson::toJson(articles, {}, &comparison)).toJson();
    if (json.isEmpty())
        __builtin_trap(); // never: a comparison always writes its format name
}

} // namespace Parallax
