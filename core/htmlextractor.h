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
    QString author;         // JSON-LD author name(s), else <meta name="author">; empty if neither
};

// Reads a saved web page (the whole HTML text, already decoded) as a reader sees the article
// and returns its blocks and metadata. The page is parsed by an HTML5 parser (Gumbo); elements a
// reader never sees (script, style, nav, aside, template, hidden, aria-hidden or display:none
// elements, a form that is only a form) are skipped; the main content is chosen by scoring
// containers by text, commas and link density (htmlcontent_p.h), with <article>/<main> only as
// a hint; comments, teaser lists and link lists are dropped; the headline block comes first,
// chosen where <h1>, og:title, JSON-LD headline and <title> agree; a row of a data table is one
// block (BlockHint::TableRow). Pages with too little text to score keep every visible block
// (only the marked <article>/<main> when there is one). Nothing is fetched.
HtmlDocument extractHtml(const QString &html);

// The charset a page declares in its first 4 KB (<meta charset> or http-equiv), or empty.
QByteArray declaredHtmlCharset(const QByteArray &bytes);

// True when the text starts (after white space) with <!doctype html> or <html>.
bool looksLikeHtml(const QString &text);

} // namespace Parallax
