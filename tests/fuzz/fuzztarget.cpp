#include "fuzztarget.h"

#include "articleloader.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QJsonDocument>

namespace Parallax {

void fuzzOne(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 256 * 1024)
        return;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = bytes.split('\x1e');
    QList<Article> articles;
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i) {
        const QByteArray &part = parts.at(i);
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
