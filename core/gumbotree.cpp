#include "gumbotree_p.h"

#include <QRegularExpression>

#include <cstring>

namespace Parallax::GumboTree {

// Elements whose content a reader never sees as part of the article.
bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return true;
    default:
        return false;
    }
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

// hidden, aria-hidden="true", or an inline style that hides the element.
bool isHidden(const GumboElement &element)
{
    static const QRegularExpression hiddenStyle(
        QStringLiteral(
            R"((?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$))"),
        QRegularExpression::CaseInsensitiveOption);
    if (hasAttribute(element, "hidden"))
        return true;
    // The hiding classes of the common CSS frameworks and of WordPress: display:none, or
    // text for screen readers only.
    static const QRegularExpression hiddenClass(
        QStringLiteral(R"((?:^|\s)(?:hidden|hide|d-none|is-hidden|sr-only|visually-hidden|)"
                       R"(screen-reader-text)(?:$|\s))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const GumboAttribute *c = gumbo_get_attribute(&element.attributes, "class");
        c && hiddenClass.match(QString::fromUtf8(c->value)).hasMatch())
        return true;
    if (attribute(element, "aria-hidden").trimmed().compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    const GumboAttribute *style = gumbo_get_attribute(&element.attributes, "style");
    return style && hiddenStyle.match(QString::fromUtf8(style->value)).hasMatch();
}

bool isSmallPrint(const GumboElement &element)
{
    if (element.tag == GUMBO_TAG_SMALL)
        return true;
    const GumboAttribute *style = gumbo_get_attribute(&element.attributes, "style");
    if (!style || !strstr(style->value, "font-size"))
        return false;
    static const QRegularExpression fontSize(
        QStringLiteral(R"((?:^|;)\s*font-size\s*:\s*(?:([\d.]+)\s*(px|pt|r?em|%)|)"
                       R"((xx-small|x-small|small|smaller))\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = fontSize.match(QString::fromUtf8(style->value));
    if (!match.hasMatch())
        return false;
    if (match.hasCaptured(3))
        return true;
    bool ok = false;
    const double size = match.captured(1).toDouble(&ok);
    const QString unit = match.captured(2).toLower();
    if (!ok || size <= 0)
        return false;
    if (unit == u"px")
        return size <= 12.5;
    if (unit == u"pt")
        return size <= 9.5;
    if (unit == u"%")
        return size <= 85;
    return size <= 0.85; // em, rem
}

qsizetype textLength(const GumboNode *node, int depth)
{
    if (node->type == GUMBO_NODE_TEXT)
        return qsizetype(strlen(node->v.text.text));
    if ((node->type != GUMBO_NODE_ELEMENT) || depth > kMaxDepth || isSkipped(node->v.element.tag))
        return 0;
    qsizetype n = 0;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        n += textLength(static_cast<const GumboNode *>(children.data[i]), depth + 1);
    return n;
}

// A layout table holds blocks in its cells (paragraphs, lists, nested tables); a data table
// holds short values, read one row to a line.
bool isLayoutTable(const GumboNode *table)
{
    std::vector<const GumboNode *> stack{table};
    qsizetype rows = 0;
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboTag tag = node->v.element.tag;
        if (node != table) {
            switch (tag) {
            case GUMBO_TAG_TABLE:
            case GUMBO_TAG_P:
            case GUMBO_TAG_DIV:
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
            case GUMBO_TAG_BLOCKQUOTE:
            case GUMBO_TAG_H1:
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_FORM:
            case GUMBO_TAG_ARTICLE:
            case GUMBO_TAG_SECTION:
                return true;
            case GUMBO_TAG_TR:
                ++rows;
                break;
            default:
                break;
            }
        }
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            stack.push_back(static_cast<const GumboNode *>(children.data[i]));
    }
    return rows == 0;
}

} // namespace Parallax::GumboTree
