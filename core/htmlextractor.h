#pragma once

#include "rawblock.h"

#include <QByteArray>
#include <QString>

namespace Parallax {

struct HtmlDocument
{
    QList<RawBlock> blocks; // what a reader of the page sees, in order
    QString title;          // <title>
    QString siteName;       // og:site_name or application-name
    QString publishedTime;  // article:published_time, <meta name="date">, first <time datetime>
    QString url;            // canonical or og:url
};

// Reads a saved web page as a reader sees the article: page furniture elements (script, style,
// nav, a page-level header or footer, aside, form, ...) and comments are dropped, entities are
// decoded, block elements become blocks. Nothing is fetched.
HtmlDocument extractHtml(const QString &html);

// The charset a page declares in its first bytes (<meta charset> or http-equiv), or empty.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

bool looksLikeHtml(const QString &text);

} // namespace Parallax
