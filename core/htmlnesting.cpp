#include "htmlnesting_p.h"

#include <QByteArrayView>

#include <algorithm>
#include <initializer_list>

namespace Parallax::HtmlNesting {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

bool isOneOf(const QByteArray &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [&](const char *n) { return name == QByteArrayView(n); });
}

// Elements whose content is text up to their end tag: nothing in it opens an element.
bool isRawText(const QByteArray &name)
{
    return isOneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                          "noframes", "noscript"});
}

// Void elements, and the elements HTML closes by themselves when the next one starts: these add
// no level that stays open.
bool isUncounted(const QByteArray &name)
{
    return isOneOf(name, {"area",   "base",     "br",       "col",     "embed",  "hr",    "img",
                          "input",  "link",     "meta",     "param",   "source", "track", "wbr",
                          "p",      "li",       "dt",       "dd",      "tr",     "td",    "th",
                          "option", "optgroup", "rb",       "rt",      "rtc",    "rp",    "tbody",
                          "thead",  "tfoot",    "colgroup", "caption", "html",   "head",  "body"});
}

// The end of a tag that starts at `from` ('<'): the index after its '>', quotes respected; the
// end of the text when it is not closed.
qsizetype tagEnd(const QByteArray &html, qsizetype from)
{
    char quote = 0;
    for (qsizetype i = from + 1; i < html.size(); ++i) {
        const char c = html.at(i);
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return html.size();
}

} // namespace

QByteArray limited(const QByteArray &html, int maxDepth, int *deepest)
{
    QByteArray out;
    int depth = 0;   // levels open and kept
    int dropped = 0; // levels open past maxDepth, their tags left out
    int most = 0;
    qsizetype copied = 0; // html[copied, i) is still to be copied to out
    auto drop = [&](qsizetype from, qsizetype to) {
        if (out.isNull())
            out.reserve(html.size());
        out.append(html.constData() + copied, from - copied);
        copied = to;
    };
    qsizetype i = 0;
    while (i < html.size()) {
        i = html.indexOf('<', i);
        if (i < 0)
            break;
        const QByteArrayView rest = QByteArrayView(html).sliced(i);
        if (rest.startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        if (rest.size() < 2) {
            break;
        }
        const char next = rest.at(1);
        if (next == '!' || next == '?') {
            i = tagEnd(html, i);
            continue;
        }
        const bool endTag = next == '/';
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        if (nameStart >= html.size() || !isAsciiLetter(html.at(nameStart))) {
            ++i; // a '<' in the text
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < html.size() && isNameChar(html.at(nameEnd)))
            ++nameEnd;
        const QByteArray name = html.mid(nameStart, nameEnd - nameStart).toLower();
        const qsizetype end = tagEnd(html, nameEnd - 1);
        if (!endTag && isRawText(name)) {
            // Its content is text up to "</name".
            QByteArray close("</");
            close += name;
            qsizetype at = end;
            while (at < html.size()) {
                at = html.indexOf("</", at);
                if (at < 0 || (html.size() - at >= close.size() &&
                               qstrnicmp(html.constData() + at, close.constData(),
                                         size_t(close.size())) == 0))
                    break;
                at += 2;
            }
            i = at < 0 ? html.size() : at;
            continue;
        }
        const bool selfClosed =
            !endTag && end >= 2 && end <= html.size() && html.at(end - 2) == '/';
        if (isUncounted(name) || selfClosed) {
            i = end;
            continue;
        }
        if (!endTag) {
            if (depth >= maxDepth) {
                ++dropped;
                drop(i, end);
            } else {
                ++depth;
            }
            most = std::max(most, depth + dropped);
        } else if (dropped > 0) {
            --dropped;
            drop(i, end);
        } else if (depth > 0) {
            --depth;
        }
        i = end;
    }
    if (deepest)
        *deepest = most;
    if (out.isNull())
        return html;
    out.append(html.constData() + copied, html.size() - copied);
    return out;
}

} // namespace Parallax::HtmlNesting
