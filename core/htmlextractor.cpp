// Saved web pages are parsed by Gumbo, an HTML5 parser (the WHATWG tree builder with the
// browser's error recovery and every named character reference); the tree is then read as a
// reader sees it, and htmlcontent.cpp picks the article out of the page.
#include "htmlextractor.h"

#include "gumbotree_p.h"
#include "htmlcontent_p.h"
#include "htmlnesting_p.h"

#include <gumbo.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace Parallax {

namespace {

using HtmlContent::Block;
using HtmlContent::Node;
using namespace GumboTree;

// A form holding this much text wraps the page (ASP.NET sites do) rather than asking for input.
constexpr qsizetype kPageFormChars = 400;
// More text than this is not a caption, whatever the element is called.
constexpr qsizetype kMaxCaptionChars = 600;
constexpr qsizetype kMaxMetaChars = 600;

class Walker
{
public:
    HtmlDocument run(const GumboNode *root)
    {
        walk(root, 0);
        flush();
        return std::move(m_doc);
    }

    QList<Node> nodes;
    QList<Block> blocks;
    QStringList h1s;
    QString ogTitle;
    QString ldHeadline;
    QString ldBody;
    QString ldAuthor;
    QStringList ldPersonDescriptions; // what JSON-LD says about people: authors' biographies
    QString metaAuthor;
    bool hasContentElement = false;

private:
    void walk(const GumboNode *node, int depth)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            appendText(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_DOCUMENT:
            break;
        default:
            return;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) {
            walkChildren(node->v.document.children, depth);
            return;
        }
        const GumboElement &element = node->v.element;
        const GumboTag tag = element.tag;
        readHead(node);
        if (tag == GUMBO_TAG_BR) {
            flush();
            return;
        }
        if (tag == GUMBO_TAG_HR) {
            flush();
            return;
        }
        // A field the reader fills in: the text around it asks for input (a sign-up box).
        if ((tag == GUMBO_TAG_INPUT &&
             attribute(element, "type").compare(u"hidden", Qt::CaseInsensitive) != 0) ||
            tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_SELECT) {
            if (m_node >= 0)
                nodes[m_node].formField = true;
            return;
        }
        if (tag == GUMBO_TAG_FORM && textLength(node) < kPageFormChars) {
            if (m_node >= 0)
                nodes[m_node].formField = true;
            return;
        }
        if (isSkipped(tag) || isHidden(element))
            return;
        // A footer of the page (not one inside the article) is navigation.
        if (tag == GUMBO_TAG_FOOTER && m_contentDepth == 0)
            return;
        if (depth > kMaxDepth) {
            appendAllText(node);
            return;
        }
        if (tag == GUMBO_TAG_TABLE && !isLayoutTable(node)) {
            readTable(node, depth);
            return;
        }
        if (!isBlock(tag)) {
            const bool link = tag == GUMBO_TAG_A;
            // A time stamp or a byline set inline (<time>, <span class="byline">).
            const bool meta = tag == GUMBO_TAG_TIME ||
                              attribute(element, "itemprop").startsWith(u"date") ||
                              HtmlContent::isMetaName(HtmlContent::nameWords(
                                  attribute(element, "class") + u' ' + attribute(element, "id")));
            const bool small = isSmallPrint(element);
            m_linkDepth += link;
            m_metaDepth += meta;
            m_smallDepth += small;
            walkChildren(element.children, depth);
            m_smallDepth -= small;
            m_metaDepth -= meta;
            m_linkDepth -= link;
            return;
        }

        flush();
        const bool content = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
                             attribute(element, "itemprop") == u"articleBody";
        // A header of the page (not one inside the article) is navigation, but its h1 is
        // often the headline.
        const bool pageHeader = tag == GUMBO_TAG_HEADER && m_contentDepth == 0;
        Node info;
        info.parent = m_node;
        info.tag = QString::fromUtf8(gumbo_normalized_tagname(tag));
        const QString names = attribute(element, "class") + u' ' + attribute(element, "id");
        const QString words = HtmlContent::nameWords(names);
        info.classWeight = HtmlContent::classWeight(names);
        info.unlikely = tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_HTML &&
                        tag != GUMBO_TAG_ARTICLE && tag != GUMBO_TAG_MAIN &&
                        HtmlContent::isUnlikelyCandidate(names);
        info.contentHint = content;
        nodes.append(info);
        const int saved = m_node;
        m_node = int(nodes.size() - 1);

        RawBlock hint;
        if (const int level = headingLevel(tag)) {
            hint.hint = BlockHint::Heading;
            hint.headingLevel = level;
        } else if (tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_CAPTION ||
                   ((tag == GUMBO_TAG_FIGURE || HtmlContent::isCaptionName(words)) &&
                    textLength(node) < kMaxCaptionChars)) {
            // A figure's text, or an element named a caption or a credit, is about a picture.
            hint.hint = BlockHint::Caption;
        } else if (HtmlContent::isMetaName(words) && textLength(node) < kMaxMetaChars) {
            // A byline, dateline, time stamp, author's biography or copyright line.
            hint.hint = BlockHint::Meta;
        } else if (tag == GUMBO_TAG_LI) {
            hint.hint = BlockHint::ListItem;
        } else if (tag == GUMBO_TAG_BLOCKQUOTE) {
            hint.hint = BlockHint::Quote;
        }
        const bool pushHint = hint.hint != BlockHint::None;
        if (pushHint)
            m_hints.append(hint);
        m_contentDepth += content;
        hasContentElement = hasContentElement || content;
        m_pageHeaderDepth += pageHeader;
        const bool small = isSmallPrint(element);
        m_smallDepth += small;

        walkChildren(element.children, depth);
        flush();

        m_smallDepth -= small;
        m_pageHeaderDepth -= pageHeader;
        m_contentDepth -= content;
        if (pushHint)
            m_hints.removeLast();
        m_node = saved;
    }

    void appendAllText(const GumboNode *root)
    {
        std::vector<const GumboNode *> stack{root};
        while (!stack.empty()) {
            const GumboNode *n = stack.back();
            stack.pop_back();
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
                appendText(QString::fromUtf8(n->v.text.text) + u' ');
                continue;
            }
            if (n->type != GUMBO_NODE_ELEMENT || isSkipped(n->v.element.tag))
                continue;
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.push_back(static_cast<const GumboNode *>(children.data[i]));
        }
    }

    void walkChildren(const GumboVector &children, int depth)
    {
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    }

    // One row of a data table is one line: its cells joined.
    void readTable(const GumboNode *table, int depth)
    {
        flush();
        std::vector<const GumboNode *> rows;
        std::vector<const GumboNode *> stack{table};
        while (!stack.empty()) {
            const GumboNode *n = stack.back();
            stack.pop_back();
            if (n->type != GUMBO_NODE_ELEMENT || isHidden(n->v.element))
                continue;
            if (n->v.element.tag == GUMBO_TAG_TR) {
                rows.push_back(n);
                continue;
            }
            if (n->v.element.tag == GUMBO_TAG_CAPTION) {
                walk(n, depth + 1);
                continue;
            }
            const GumboVector &children = n->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.push_back(static_cast<const GumboNode *>(children.data[i]));
        }
        Node info;
        info.parent = m_node;
        info.tag = QStringLiteral("table");
        nodes.append(info);
        const int saved = m_node;
        m_node = int(nodes.size() - 1);
        for (const GumboNode *row : rows) {
            QStringList cells;
            int linkChars = 0;
            const GumboVector &children = row->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(children.data[i]);
                if (cell->type != GUMBO_NODE_ELEMENT || isHidden(cell->v.element))
                    continue;
                m_inRow = true;
                walkChildren(cell->v.element.children, depth + 1);
                m_inRow = false;
                const QString text = cleaned(m_text);
                linkChars += m_linkChars;
                m_text.clear();
                m_linkChars = 0;
                m_metaChars = 0;
                m_smallChars = 0;
                if (!text.isEmpty())
                    cells.append(text);
            }
            if (cells.isEmpty())
                continue;
            Block block;
            block.raw.text = cells.join(QLatin1String(" | "));
            block.raw.hint = BlockHint::TableRow;
            block.raw.inContent = m_contentDepth > 0;
            block.node = m_node;
            block.linkChars = linkChars;
            block.inTable = true;
            if (m_pageHeaderDepth == 0)
                blocks.append(block);
        }
        m_node = saved;
    }

    void readHead(const GumboNode *node)
    {
        const GumboElement &element = node->v.element;
        switch (element.tag) {
        case GUMBO_TAG_TITLE:
            if (m_doc.title.isEmpty() && element.children.length > 0) {
                const auto *text = static_cast<const GumboNode *>(element.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT)
                    m_doc.title = QString::fromUtf8(text->v.text.text).simplified();
            }
            break;
        case GUMBO_TAG_META:
            readMeta(element);
            break;
        case GUMBO_TAG_LINK:
            if (attribute(element, "rel").compare(u"canonical", Qt::CaseInsensitive) == 0)
                m_doc.url = attribute(element, "href");
            break;
        case GUMBO_TAG_TIME:
            if (m_doc.publishedTime.isEmpty())
                m_doc.publishedTime = attribute(element, "datetime");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attribute(element, "type")
                        .trimmed()
                        .compare(u"application/ld+json", Qt::CaseInsensitive) == 0 &&
                element.children.length > 0) {
                const auto *text = static_cast<const GumboNode *>(element.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT)
                    readJsonLd(QJsonDocument::fromJson(QByteArray(text->v.text.text)));
            }
            break;
        default:
            break;
        }
    }

    void readMeta(const GumboElement &element)
    {
        QString key = attribute(element, "property");
        if (key.isEmpty())
            key = attribute(element, "name");
        key = key.toLower();
        const QString content = attribute(element, "content").trimmed();
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
        else if ((key == u"og:title" || key == u"twitter:title") && ogTitle.isEmpty())
            ogTitle = content.simplified();
        else if ((key == u"author" || key == u"article:author" || key == u"dc.creator") &&
                 metaAuthor.isEmpty() && !content.contains(u"://"))
            metaAuthor = content.simplified();
    }

    void readJsonLd(const QJsonDocument &json)
    {
        QList<QJsonValue> stack;
        if (json.isArray())
            stack.append(json.array());
        else if (json.isObject())
            stack.append(json.object());
        int budget = 200;
        while (!stack.isEmpty() && budget-- > 0) {
            const QJsonValue v = stack.takeLast();
            if (v.isArray()) {
                for (const QJsonValue &item : v.toArray())
                    stack.append(item);
                continue;
            }
            if (!v.isObject())
                continue;
            const QJsonObject o = v.toObject();
            if (ldHeadline.isEmpty() && o.value(QLatin1String("headline")).isString())
                ldHeadline = o.value(QLatin1String("headline")).toString().simplified();
            if (ldBody.isEmpty() && o.value(QLatin1String("articleBody")).isString())
                ldBody = o.value(QLatin1String("articleBody")).toString();
            if (ldAuthor.isEmpty())
                ldAuthor = authorNames(o.value(QLatin1String("author")));
            const QJsonValue type = o.value(QLatin1String("@type"));
            if ((type == QLatin1String("Person") ||
                 type.toArray().contains(QJsonValue(QLatin1String("Person")))) &&
                o.value(QLatin1String("description")).isString())
                ldPersonDescriptions.append(o.value(QLatin1String("description")).toString());
            for (const QJsonValue &author : o.value(QLatin1String("author")).isArray()
                                                ? o.value(QLatin1String("author")).toArray()
                                                : QJsonArray{o.value(QLatin1String("author"))}) {
                if (author.isObject())
                    stack.append(author);
            }
            if (m_doc.publishedTime.isEmpty() && o.value(QLatin1String("datePublished")).isString())
                m_doc.publishedTime = o.value(QLatin1String("datePublished")).toString();
            for (const QLatin1String key : {QLatin1String("@graph"), QLatin1String("mainEntity"),
                                            QLatin1String("mainEntityOfPage")}) {
                const QJsonValue inner = o.value(key);
                if (inner.isArray() || inner.isObject())
                    stack.append(inner);
            }
        }
    }

    // JSON-LD "author": a name, a Person or Organization, or a list of them; names joined by
    // ", ". URLs (some pages give the author's page) are not names.
    static QString authorNames(const QJsonValue &value)
    {
        QStringList names;
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &item : list) {
            const QString name =
                (item.isObject() ? item.toObject().value(QLatin1String("name")) : item)
                    .toString()
                    .simplified();
            if (!name.isEmpty() && !name.contains(u"://") && !names.contains(name))
                names.append(name);
            if (names.size() >= 10)
                break;
        }
        return names.join(QLatin1String(", "));
    }

    static QString cleaned(const QString &raw)
    {
        QString text = raw;
        // simplified() keeps no-break spaces; a reader does not see them as anything else.
        text.replace(QChar(0xA0), QLatin1Char(' '));
        return text.simplified();
    }

    void appendText(const QString &text)
    {
        m_text += text;
        if (m_linkDepth > 0 || m_metaDepth > 0 || m_smallDepth > 0) {
            qsizetype chars = 0;
            for (const QChar c : text)
                chars += !c.isSpace();
            m_linkChars += m_linkDepth > 0 ? int(chars) : 0;
            m_metaChars += m_metaDepth > 0 ? chars : 0;
            m_smallChars += m_smallDepth > 0 ? chars : 0;
        }
    }

    void flush()
    {
        if (m_inRow)
            return; // a cell's text stays on its row's line
        const QString text = cleaned(m_text);
        const int linkChars = m_linkChars;
        const qsizetype metaChars = m_metaChars;
        const qsizetype smallChars = m_smallChars;
        m_text.clear();
        m_linkChars = 0;
        m_metaChars = 0;
        m_smallChars = 0;
        if (text.isEmpty())
            return;
        Block block;
        if (!m_hints.isEmpty())
            block.raw = m_hints.constLast();
        if (block.raw.hint == BlockHint::None && metaChars > 0 && text.size() < kMaxMetaChars &&
            metaChars * 10 >= (text.size() - text.count(u' ')) * 8)
            block.raw.hint = BlockHint::Meta; // a line that is mostly a time stamp or byline
        block.raw.text = text;
        block.raw.inContent = m_contentDepth > 0;
        block.node = m_node;
        block.linkChars = std::min<int>(linkChars, int(text.size()));
        block.smallPrint = smallChars * 10 >= (text.size() - text.count(u' ')) * 8;
        const bool headline = block.raw.hint == BlockHint::Heading && block.raw.headingLevel == 1;
        if (headline)
            h1s.append(text);
        if (m_pageHeaderDepth == 0 || headline)
            blocks.append(block);
    }

    HtmlDocument m_doc;
    QString m_text;
    int m_linkChars = 0;
    int m_linkDepth = 0;
    qsizetype m_metaChars = 0;
    int m_metaDepth = 0;
    qsizetype m_smallChars = 0;
    int m_smallDepth = 0;
    QList<RawBlock> m_hints;
    int m_node = -1;
    int m_contentDepth = 0;
    int m_pageHeaderDepth = 0;
    bool m_inRow = false;
};

QString normalisedTitle(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The headline is where the page's own statements agree: an h1 that og:title, JSON-LD
// headline or <title> repeats; otherwise the first of those that a block of the page shows.
QString chooseHeadline(const Walker &w, const QString &pageTitle)
{
    const QStringList statements{w.ldHeadline, w.ogTitle, pageTitle};
    auto agrees = [&](const QString &text) {
        const QString t = normalisedTitle(text);
        if (t.size() < 4)
            return false;
        for (const QString &s : statements) {
            const QString n = normalisedTitle(s);
            if (!n.isEmpty() && (n == t || (t.size() * 2 >= n.size() && n.contains(t)) ||
                                 (n.size() * 2 >= t.size() && t.contains(n))))
                return true;
        }
        return false;
    };
    for (const QString &h1 : w.h1s) {
        if (agrees(h1))
            return h1;
    }
    for (const Block &b : w.blocks) {
        if (b.raw.hint == BlockHint::Heading && agrees(b.raw.text))
            return b.raw.text;
    }
    return w.h1s.isEmpty() ? QString() : w.h1s.constFirst();
}

// When the page marks its article (<article>, <main>), what lies outside it is page
// furniture: banners, side boxes, teasers. The headline may stand just before it. Used when
// the page has too little text for the content scores to mean anything.
QList<RawBlock> keepMarkedArticle(const QList<Block> &blocks, bool hasContentElement)
{
    QList<RawBlock> all;
    for (const Block &b : blocks)
        all.append(b.raw);
    if (!hasContentElement ||
        std::none_of(all.cbegin(), all.cend(), [](const RawBlock &b) { return b.inContent; }))
        return all;
    QList<RawBlock> kept;
    const auto firstInside =
        std::find_if(all.cbegin(), all.cend(), [](const RawBlock &b) { return b.inContent; });
    const bool headlineInside = std::any_of(all.cbegin(), all.cend(), [](const RawBlock &b) {
        return b.inContent && b.hint == BlockHint::Heading && b.headingLevel == 1;
    });
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const bool headline = !headlineInside && it < firstInside &&
                              it->hint == BlockHint::Heading && it->headingLevel == 1;
        if (it->inContent || headline)
            kept.append(*it);
    }
    return kept;
}

QString letters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The page's JSON-LD articleBody is the story as its publisher states it. When it holds nearly
// all of the chosen text (so it is the whole story, not a teaser), blocks it does not contain
// are furniture inside the story container: author boxes, "More from" labels, promotions.
QList<RawBlock> crossCheckWithArticleBody(const QList<RawBlock> &blocks, const QString &articleBody)
{
    constexpr qsizetype kProbe = 60;
    if (articleBody.size() < 500 || blocks.size() < 2)
        return blocks;
    const QString body = letters(articleBody);
    QList<bool> inBody;
    qsizetype total = 0;
    qsizetype matched = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString own = letters(blocks.at(i).text);
        // Either end may be worded differently (a dateline, a link label): one probe suffices.
        const bool found = !own.isEmpty() && (body.contains(QStringView(own).left(kProbe)) ||
                                              body.contains(QStringView(own).right(kProbe)));
        inBody.append(found);
        if (i == 0)
            continue; // the headline, which the body does not repeat
        total += own.size();
        matched += found ? own.size() : 0;
    }
    if (matched * 100 < total * 85)
        return blocks;
    QList<RawBlock> kept{blocks.constFirst()}; // the headline, or the story's first block
    for (qsizetype i = 1; i < blocks.size(); ++i) {
        if (inBody.at(i) || blocks.at(i).hint == BlockHint::Heading)
            kept.append(blocks.at(i));
    }
    return kept;
}

// A block the page's JSON-LD gives as the description of a person is the author's biography.
void markBiographies(QList<RawBlock> &blocks, const QStringList &descriptions)
{
    constexpr qsizetype kMinChars = 40;
    if (descriptions.isEmpty())
        return;
    QStringList bios;
    for (const QString &d : descriptions)
        bios.append(letters(d));
    for (RawBlock &b : blocks) {
        if (b.hint != BlockHint::None)
            continue;
        const QString own = letters(b.text);
        if (own.size() >= kMinChars &&
            std::any_of(bios.cbegin(), bios.cend(),
                        [&](const QString &bio) { return bio.contains(own); }))
            b.hint = BlockHint::Meta;
    }
}

// The closing lines of a story that give an e-mail address or a social-media handle ("Write
// to ... at name@example.org", "Follow her @handle") are a note about the writer, not story.
void markContactLines(QList<RawBlock> &blocks)
{
    static const QRegularExpression contact(
        QStringLiteral(R"([\w.+-]+@[\w-]+\.[\w.-]+|(?:^|\s)@\w{2,})"));
    constexpr qsizetype kClosingLines = 3;
    constexpr qsizetype kMaxContactChars = 250;
    // Captions, credits and meta lines after them do not count: they close no story.
    qsizetype lines = 0;
    for (qsizetype i = blocks.size() - 1; i >= 1 && lines < kClosingLines; --i) {
        RawBlock &b = blocks[i];
        if (b.hint == BlockHint::Caption || b.hint == BlockHint::Meta ||
            b.hint == BlockHint::Furniture)
            continue;
        ++lines;
        if (b.hint == BlockHint::None && b.text.size() <= kMaxContactChars &&
            contact.match(b.text).hasMatch())
            b.hint = BlockHint::Meta;
    }
}

QList<RawBlock> selectStory(const Walker &w, const QString &pageTitle)
{
    const QList<qsizetype> chosen = HtmlContent::selectContent(w.nodes, w.blocks);
    if (chosen.isEmpty())
        return keepMarkedArticle(w.blocks, w.hasContentElement);

    const QString headline = chooseHeadline(w, pageTitle);
    qsizetype headlineIndex = -1;
    if (!headline.isEmpty()) {
        // The headline block nearest before the story, or the first one inside it.
        for (qsizetype i = 0; i < w.blocks.size(); ++i) {
            if (w.blocks.at(i).raw.text == headline) {
                headlineIndex = i;
                if (i >= chosen.constFirst())
                    break;
            }
            if (i > chosen.constFirst() && headlineIndex >= 0)
                break;
        }
    }
    QList<RawBlock> out;
    if (headlineIndex >= 0) {
        RawBlock h = w.blocks.at(headlineIndex).raw;
        h.hint = BlockHint::Heading;
        h.headingLevel = 1;
        out.append(h);
    }
    // Small print (disclaimers, a company's standard paragraph, a moderation notice) is not
    // story where the story is set larger: when it is most of the text, it is the page's size.
    qsizetype chars = 0;
    qsizetype smallChars = 0;
    for (const qsizetype i : chosen) {
        chars += w.blocks.at(i).raw.text.size();
        smallChars += w.blocks.at(i).smallPrint ? w.blocks.at(i).raw.text.size() : 0;
    }
    const bool smallIsFurniture = smallChars * 2 < chars;
    for (const qsizetype i : chosen) {
        // Kickers, section labels and bylines above the headline are not story.
        if (headlineIndex >= 0 && i <= headlineIndex)
            continue;
        RawBlock b = w.blocks.at(i).raw;
        if (b.hint == BlockHint::Heading && b.headingLevel == 1)
            b.headingLevel = 2;
        if (smallIsFurniture && w.blocks.at(i).smallPrint && b.hint == BlockHint::None)
            b.hint = BlockHint::Furniture;
        out.append(b);
    }
    markContactLines(out);
    markBiographies(out, w.ldPersonDescriptions);
    return crossCheckWithArticleBody(out, w.ldBody);
}

struct GumboOutputDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

} // namespace

HtmlDocument extractHtml(const QString &html)
{
    // A hostile page nested some hundred thousand deep would overflow Gumbo's stack.
    const QByteArray utf8 = HtmlNesting::limited(html.toUtf8());
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are recovered from, never reported
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    Walker walker;
    HtmlDocument doc = walker.run(output->document);
    doc.blocks = selectStory(walker, doc.title);
    doc.author = walker.ldAuthor.isEmpty() ? walker.metaAuthor : walker.ldAuthor;
    return doc;
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
