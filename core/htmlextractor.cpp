#include "htmlextractor.h"

#include "htmlentities.h"

#include <QHash>
#include <QRegularExpression>

namespace Parallax {

namespace {

struct Tag
{
    QString name; // lower case, without '/'
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // names lower case, values entity-decoded
};

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

// Parses the tag starting at text[pos] == '<'; returns the index after '>'.
qsizetype parseTag(const QString &text, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text.at(i) == u'/') {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    tag->name = text.mid(nameStart, i - nameStart).toLower();
    while (i < text.size() && text.at(i) != u'>') {
        const QChar c = text.at(i);
        if (c == u'/') {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype attrStart = i;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'=' &&
               text.at(i) != u'>' && text.at(i) != u'/')
            ++i;
        const QString attrName = text.mid(attrStart, i - attrStart).toLower();
        if (attrName.isEmpty()) { // stray character such as a quote: skip it
            ++i;
            continue;
        }
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < text.size() && text.at(i) == u'=') {
            ++i;
            while (i < text.size() && text.at(i).isSpace())
                ++i;
            if (i < text.size() && (text.at(i) == u'"' || text.at(i) == u'\'')) {
                const QChar quote = text.at(i);
                const qsizetype close = text.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? text.size() : close;
                value = text.mid(i + 1, end - i - 1);
                i = close < 0 ? end : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u'>')
                    ++i;
                value = text.mid(valueStart, i - valueStart);
            }
        }
        tag->attributes.insert(attrName, decodeHtmlEntities(value));
    }
    tag->selfClosing = tag->selfClosing && !tag->closing;
    return i < text.size() ? i + 1 : text.size();
}

// Elements whose content a reader never sees as part of the article.
bool isSkipped(const QString &name)
{
    static const QStringList names{
        QStringLiteral("script"),   QStringLiteral("style"),  QStringLiteral("nav"),
        QStringLiteral("aside"),    QStringLiteral("form"),   QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("svg"),    QStringLiteral("iframe"),
        QStringLiteral("object"),   QStringLiteral("embed"),  QStringLiteral("canvas"),
        QStringLiteral("select"),   QStringLiteral("button"), QStringLiteral("textarea"),
        QStringLiteral("math"),     QStringLiteral("video"),  QStringLiteral("audio"),
    };
    return names.contains(name);
}

// Elements whose text is raw: their content may hold '<' that is not markup.
bool isRawText(const QString &name)
{
    return name == u"script" || name == u"style" || name == u"textarea" || name == u"title" ||
           name == u"noscript";
}

bool isVoid(const QString &name)
{
    static const QStringList names{
        QStringLiteral("area"), QStringLiteral("base"),   QStringLiteral("br"),
        QStringLiteral("col"),  QStringLiteral("embed"),  QStringLiteral("hr"),
        QStringLiteral("img"),  QStringLiteral("input"),  QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
        QStringLiteral("wbr"),
    };
    return names.contains(name);
}

bool isBlock(const QString &name)
{
    static const QStringList names{
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("li"),
        QStringLiteral("ul"),         QStringLiteral("ol"),      QStringLiteral("blockquote"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),  QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("main"),    QStringLiteral("header"),
        QStringLiteral("footer"),     QStringLiteral("br"),      QStringLiteral("hr"),
        QStringLiteral("table"),      QStringLiteral("tr"),      QStringLiteral("td"),
        QStringLiteral("th"),         QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("dd"),         QStringLiteral("pre"),     QStringLiteral("address"),
        QStringLiteral("body"),       QStringLiteral("caption"), QStringLiteral("details"),
        QStringLiteral("summary"),
    };
    return names.contains(name) ||
           (name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6');
}

class Extractor
{
public:
    explicit Extractor(const QString &html)
        : m_html(html)
    {}

    HtmlDocument run()
    {
        qsizetype i = 0;
        while (i < m_html.size()) {
            const qsizetype lt = m_html.indexOf(u'<', i);
            const qsizetype textEnd = lt < 0 ? m_html.size() : lt;
            if (textEnd > i)
                appendText(QStringView(m_html).mid(i, textEnd - i));
            if (lt < 0)
                break;
            i = handleMarkup(lt);
        }
        flush();
        keepArticle();
        return std::move(m_doc);
    }

    // When the page marks its article (<article>, <main>), what lies outside it is page
    // furniture: banners, side boxes, teasers. The headline may stand just before it.
    void keepArticle()
    {
        if (!m_hasContentElement)
            return;
        QList<RawBlock> kept;
        const auto firstInside = std::find_if(m_doc.blocks.cbegin(), m_doc.blocks.cend(),
                                              [](const RawBlock &b) { return b.inContent; });
        const bool headlineInside =
            std::any_of(m_doc.blocks.cbegin(), m_doc.blocks.cend(), [](const RawBlock &b) {
                return b.inContent && b.hint == BlockHint::Heading && b.headingLevel == 1;
            });
        for (auto it = m_doc.blocks.cbegin(); it != m_doc.blocks.cend(); ++it) {
            const bool headline = !headlineInside && it < firstInside &&
                                  it->hint == BlockHint::Heading && it->headingLevel == 1;
            if (it->inContent || headline)
                kept.append(*it);
        }
        m_doc.blocks = kept;
    }

private:
    qsizetype handleMarkup(qsizetype lt)
    {
        const QStringView rest = QStringView(m_html).mid(lt);
        if (rest.startsWith(u"<!--")) {
            const qsizetype end = m_html.indexOf(QLatin1String("-->"), lt + 4);
            return end < 0 ? m_html.size() : end + 3;
        }
        if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
            const qsizetype end = m_html.indexOf(u'>', lt);
            return end < 0 ? m_html.size() : end + 1;
        }
        const bool looksLikeTag =
            rest.size() > 1 && (rest.at(1).isLetter() ||
                                (rest.at(1) == u'/' && rest.size() > 2 && rest.at(2).isLetter()));
        if (!looksLikeTag) {
            appendText(rest.left(1));
            return lt + 1;
        }
        Tag tag;
        qsizetype next = parseTag(m_html, lt, &tag);
        if (!tag.closing && isRawText(tag.name)) {
            const QString close = QLatin1String("</") + tag.name;
            qsizetype end = m_html.indexOf(close, next, Qt::CaseInsensitive);
            if (end < 0)
                end = m_html.size();
            if (tag.name == u"title" && !m_skipStack.contains(QStringLiteral("svg")) &&
                m_doc.title.isEmpty())
                m_doc.title =
                    decodeHtmlEntities(QStringView(m_html).mid(next, end - next)).simplified();
            const qsizetype gt = m_html.indexOf(u'>', end);
            return gt < 0 ? m_html.size() : gt + 1;
        }
        handleTag(tag);
        return next;
    }

    void handleTag(const Tag &tag)
    {
        const QString &name = tag.name;
        if (name == u"meta") {
            readMeta(tag);
            return;
        }
        if (name == u"link" && tag.attributes.value(QStringLiteral("rel")) == u"canonical") {
            m_doc.url = tag.attributes.value(QStringLiteral("href"));
            return;
        }
        if (name == u"time" && !tag.closing && m_doc.publishedTime.isEmpty())
            m_doc.publishedTime = tag.attributes.value(QStringLiteral("datetime"));

        const bool skippedHere = isSkipped(name) || isPageFurniture(name);
        if (!tag.closing && (name == u"article" || name == u"main")) {
            ++m_contentDepth;
            m_hasContentElement = true;
        }
        if (tag.closing && (name == u"article" || name == u"main") && m_contentDepth > 0)
            --m_contentDepth;
        // A header of the page (not one inside the article) is navigation, but its h1 is
        // often the headline.
        if (name == u"header" && m_contentDepth == 0 && !tag.selfClosing) {
            flush();
            m_pageHeaderDepth += tag.closing ? (m_pageHeaderDepth > 0 ? -1 : 0) : 1;
            return;
        }
        if (skippedHere) {
            if (tag.selfClosing || isVoid(name))
                return;
            if (!tag.closing) {
                m_skipStack.append(name);
                ++m_skipDepth;
            } else if (m_skipDepth > 0) {
                const qsizetype idx = m_skipStack.lastIndexOf(name);
                if (idx >= 0) {
                    m_skipDepth -= int(m_skipStack.size() - idx);
                    m_skipStack.resize(idx);
                }
            }
            return;
        }
        if (m_skipDepth > 0 || !isBlock(name))
            return;

        flush();
        if (tag.closing || tag.selfClosing || isVoid(name)) {
            popHint(name);
            return;
        }
        RawBlock hint;
        if (name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit()) {
            hint.hint = BlockHint::Heading;
            hint.headingLevel = name.at(1).digitValue();
        } else if (name == u"figcaption" || name == u"caption") {
            hint.hint = BlockHint::Caption;
        } else if (name == u"li") {
            hint.hint = BlockHint::ListItem;
        } else if (name == u"blockquote") {
            hint.hint = BlockHint::Quote;
        } else {
            return;
        }
        m_hints.append({name, hint});
    }

    // A footer of the page (not one inside the article) is navigation.
    bool isPageFurniture(const QString &name) const
    {
        return name == u"footer" && m_contentDepth == 0;
    }

    void popHint(const QString &name)
    {
        for (qsizetype i = m_hints.size() - 1; i >= 0; --i) {
            if (m_hints.at(i).first == name) {
                m_hints.resize(i);
                return;
            }
        }
    }

    void readMeta(const Tag &tag)
    {
        const QString key =
            tag.attributes
                .value(QStringLiteral("property"), tag.attributes.value(QStringLiteral("name")))
                .toLower();
        const QString content = tag.attributes.value(QStringLiteral("content")).trimmed();
        if (content.isEmpty())
            return;
        if ((key == u"og:site_name" || key == u"application-name") && m_doc.siteName.isEmpty())
            m_doc.siteName = content;
        else if ((key == u"article:published_time" || key == u"date" || key == u"dc.date" ||
                  key == u"pubdate") &&
                 m_doc.publishedTime.isEmpty())
            m_doc.publishedTime = content;
        else if (key == u"og:url" && m_doc.url.isEmpty())
            m_doc.url = content;
    }

    void appendText(QStringView text)
    {
        if (m_skipDepth == 0)
            m_text.append(text);
    }

    void flush()
    {
        QString text = decodeHtmlEntities(m_text);
        m_text.clear();
        // simplified() keeps no-break spaces; a reader does not see them as anything else.
        text.replace(QChar(0xA0), QLatin1Char(' '));
        text = text.simplified();
        if (text.isEmpty())
            return;
        RawBlock block = m_hints.isEmpty() ? RawBlock{} : m_hints.constLast().second;
        block.text = text;
        block.inContent = m_contentDepth > 0;
        const bool headline = block.hint == BlockHint::Heading && block.headingLevel == 1;
        if (m_pageHeaderDepth == 0 || headline)
            m_doc.blocks.append(block);
    }

    const QString &m_html;
    HtmlDocument m_doc;
    QString m_text;
    QList<QPair<QString, RawBlock>> m_hints;
    QStringList m_skipStack;
    int m_skipDepth = 0;
    int m_contentDepth = 0;
    int m_pageHeaderDepth = 0;
    bool m_hasContentElement = false;
};

} // namespace

HtmlDocument extractHtml(const QString &html)
{
    return Extractor(html).run();
}

QByteArray declaredHtmlCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const auto match = re.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*(<!doctype\s+html|<html[\s>]))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(text).left(1024)).hasMatch();
}

} // namespace Parallax
