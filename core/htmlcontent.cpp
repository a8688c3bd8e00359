// Main-content selection for saved web pages. The ideas, not the code, come from Arc90's
// Readability (paragraph scores flowing to ancestors, link density, sibling joining, the
// conditional clean-up of sub-containers), trafilatura (link-heavy and short repeated items as
// boilerplate) and jusText (length and link density per block).
#include "htmlcontent_p.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Parallax::HtmlContent {

namespace {

constexpr qsizetype kMinParagraphChars = 25;
constexpr qsizetype kMinStoryChars = 250;
constexpr qsizetype kMaxLabelChars = 50;
constexpr qsizetype kMaxLabelGapChars = 120;
constexpr qsizetype kMaxPromptChars = 300;

const QRegularExpression &unlikelyTokens()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^|[\s_-])(?:ad|ads|advert\w*|banner|breadcrumbs?|combx|comments?|commenting|)"
            R"(community|disqus|footer|gdpr|cookie\w*|legends?|menu|related|remark|replies|rss|)"
            R"(shoutbox|sidebar|skyscraper|social|sponsor\w*|supplemental|pagination|pager|popup|)"
            R"(modal|newsletter|subscribe|subscription|share|sharing|sharebar|promo\w*|teasers?|)"
            R"(recommended|recommendations?|trending|most-?popular|more-?stories|read-?more|)"
            R"(readmore|also-?read|author-?bio|author-?box|about-?the-?author|outbrain|taboola|)"
            R"(signup|toolbar|masthead)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &maybeTokens()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|[\s_-])(?:and|article|body|column|content|main)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &positiveTokens()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^|[\s_-])(?:article\w*|body|content|entry|hentry|h-entry|main|page|post|text|)"
            R"(blog|story|prose|paragraphs?)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &negativeTokens()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^|[\s_-])(?:ad|ads|hidden|hid|banner|combx|comments?|com|contact|footer|gdpr|)"
            R"(masthead|media|meta|outbrain|promo\w*|related|scroll|share|sharing|shoutbox|)"
            R"(sidebar|skyscraper|sponsor\w*|shopping|tags|widget\w*|teasers?|recommended|)"
            R"(newsletter|social|popular|trending|byline|author|bio|tools?)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &captionTokens()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|[\s_-])(?:captions?|credits?|figcaption)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &metaTokens()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^|[\s_-])(?:bylines?|dateline|timestamp|copyright|bio|biography|author-info|)"
            R"(publish-info|published-date|pubdate|post-meta|entry-meta|article-meta)(?:$|[\s_-]))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isParagraphTag(const QString &tag)
{
    static const QSet<QString> tags{
        QStringLiteral("p"),   QStringLiteral("li"),      QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("dd"),      QStringLiteral("dt"),
        QStringLiteral("td"),  QStringLiteral("th"),      QStringLiteral("figcaption"),
        QStringLiteral("tr"),  QStringLiteral("caption"), QStringLiteral("address"),
        QStringLiteral("h1"),  QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),  QStringLiteral("h5"),      QStringLiteral("h6"),
    };
    return tags.contains(tag);
}

int tagWeight(const QString &tag)
{
    if (tag == u"div" || tag == u"article" || tag == u"main" || tag == u"section")
        return 5;
    if (tag == u"pre" || tag == u"td" || tag == u"blockquote")
        return 3;
    if (tag == u"address" || tag == u"ol" || tag == u"ul" || tag == u"dl" || tag == u"dd" ||
        tag == u"dt" || tag == u"li" || tag == u"form")
        return -3;
    if (tag.size() == 2 && tag.at(0) == u'h')
        return -5;
    return 0;
}

qsizetype countCommas(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += c == u',' || c == u'\u3001' || c == u'\uFF0C' || c == u'\u060C';
    return n;
}

// A subheading, or a line of a few words that does not end as a sentence does ("Read more",
// "You may also like...", "Comments").
bool isLabel(const RawBlock &block)
{
    if (block.hint != BlockHint::None && block.hint != BlockHint::Heading)
        return false;
    if (block.hint == BlockHint::Heading && block.headingLevel < 2)
        return false;
    const qsizetype spaces = block.text.count(u' ');
    const QChar last = block.text.back();
    const bool sentenceEnd = (last == u'.' && !block.text.endsWith(QLatin1String(".."))) ||
                             last == u'!' || last == u'?' || last == u'"' || last == u'\u201D' ||
                             last == u'\u3002' || last == u')';
    if (block.hint == BlockHint::Heading)
        return true;
    return block.text.size() <= kMaxLabelChars && spaces < 6 && !sentenceEnd;
}

struct Totals
{
    qsizetype chars = 0;
    qsizetype linkChars = 0;
    qsizetype commas = 0;
    qsizetype paragraphs = 0; // blocks held in <p>
    qsizetype items = 0;      // blocks held in <li>
    qsizetype blocks = 0;
    double linkDensity() const { return chars > 0 ? double(linkChars) / double(chars) : 0.0; }
};

bool isAncestorOrSelf(const QList<Node> &nodes, int ancestor, int node)
{
    for (int n = node; n >= 0; n = nodes.at(n).parent) {
        if (n == ancestor)
            return true;
    }
    return false;
}

} // namespace

int classWeight(const QString &classAndId)
{
    if (classAndId.isEmpty())
        return 0;
    int weight = 0;
    if (negativeTokens().match(classAndId).hasMatch())
        weight -= 25;
    if (positiveTokens().match(classAndId).hasMatch())
        weight += 25;
    return weight;
}

bool isUnlikelyCandidate(const QString &classAndId)
{
    return !classAndId.isEmpty() && unlikelyTokens().match(classAndId).hasMatch() &&
           !maybeTokens().match(classAndId).hasMatch();
}

QString nameWords(const QString &classAndId)
{
    QString out;
    out.reserve(classAndId.size() + 8);
    for (qsizetype i = 0; i < classAndId.size(); ++i) {
        const QChar c = classAndId.at(i);
        if (i > 0 && c.isUpper() && classAndId.at(i - 1).isLower())
            out += u'-';
        out += c;
    }
    return out;
}

bool isCaptionName(const QString &words)
{
    return !words.isEmpty() && captionTokens().match(words).hasMatch();
}

bool isMetaName(const QString &words)
{
    return !words.isEmpty() && metaTokens().match(words).hasMatch();
}

namespace {

QList<qsizetype> select(const QList<Node> &nodes, const QList<Block> &blocks, bool byName)
{
    const qsizetype n = nodes.size();
    if (n == 0)
        return {};

    // Furniture by name: an unlikely element and everything inside it, unless it holds the
    // element the page marks as its article (a layout column named "sidebar" may).
    std::vector<bool> holdsArticle(size_t(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        if (!nodes.at(i).contentHint)
            continue;
        for (int a = nodes.at(i).parent; a >= 0 && !holdsArticle.at(a); a = nodes.at(a).parent)
            holdsArticle[a] = true;
    }
    std::vector<bool> unlikely(size_t(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        const int p = nodes.at(i).parent;
        unlikely[i] =
            byName && ((nodes.at(i).unlikely && !holdsArticle.at(i)) || (p >= 0 && unlikely.at(p)));
    }

    std::vector<Totals> totals(static_cast<size_t>(n));
    for (const Block &b : blocks) {
        // Furniture named as such does not count towards what its ancestors hold.
        if (b.node >= 0 && unlikely.at(b.node))
            continue;
        const qsizetype chars = b.raw.text.size();
        const qsizetype commas = countCommas(b.raw.text);
        const bool para = b.node >= 0 && nodes.at(b.node).tag == u"p";
        const bool item = b.node >= 0 && nodes.at(b.node).tag == u"li";
        for (int a = b.node; a >= 0; a = nodes.at(a).parent) {
            Totals &t = totals[a];
            t.chars += chars;
            t.linkChars += b.linkChars;
            t.commas += commas;
            t.paragraphs += para;
            t.items += item;
            ++t.blocks;
        }
    }

    // Paragraph scores flow to the container and, halving, to its ancestors.
    std::vector<double> score(size_t(n), 0.0);
    std::vector<bool> candidate(size_t(n), false);
    bool anyParagraph = false;
    for (const Block &b : blocks) {
        const QString &text = b.raw.text;
        if (b.node < 0 || text.size() < kMinParagraphChars || unlikely.at(b.node) ||
            b.raw.hint == BlockHint::Heading)
            continue;
        if (b.linkChars * 2 > text.size())
            continue;
        anyParagraph = true;
        const double s =
            1.0 + double(countCommas(text)) + std::min(double(text.size()) / 100.0, 3.0);
        int a = b.node;
        if (isParagraphTag(nodes.at(a).tag))
            a = nodes.at(a).parent;
        for (int level = 0; a >= 0 && level < 5; ++level, a = nodes.at(a).parent) {
            if (!candidate.at(a)) {
                candidate[a] = true;
                score[a] += tagWeight(nodes.at(a).tag) + nodes.at(a).classWeight +
                            (nodes.at(a).contentHint ? 10 : 0);
            }
            const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
            score[a] += s / divider;
        }
    }
    if (!anyParagraph)
        return {};

    for (qsizetype i = 0; i < n; ++i) {
        if (candidate.at(i))
            score[i] *= 1.0 - totals.at(i).linkDensity();
    }
    // An element holding several <article>s is a feed of stories (teasers, comments marked up
    // as articles): the scores of their paragraphs add up in it, but the story is one of them.
    // An <article> among three or more sibling ones is an item of such a feed: the story is
    // looked for outside feeds first.
    std::vector<int> articlesInside(size_t(n), 0);
    std::vector<int> articleChildren(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        if (nodes.at(i).tag != u"article")
            continue;
        if (nodes.at(i).parent >= 0)
            ++articleChildren[size_t(nodes.at(i).parent)];
        for (int a = nodes.at(i).parent; a >= 0; a = nodes.at(a).parent)
            ++articlesInside[size_t(a)];
    }
    std::vector<bool> inFeed(size_t(n), false);
    for (qsizetype i = 0; i < n; ++i) {
        const int p = nodes.at(i).parent;
        inFeed[size_t(i)] =
            p >= 0 &&
            (inFeed.at(size_t(p)) || (nodes.at(i).tag == u"article" && articleChildren.at(p) >= 3));
    }
    int top = -1;
    for (const int pass : {0, 1, 2}) {
        for (qsizetype i = 0; i < n; ++i) {
            if (candidate.at(i) && !unlikely.at(i) && (pass > 0 || !inFeed.at(size_t(i))) &&
                (pass > 1 || articlesInside.at(i) < 2) && (top < 0 || score.at(i) > score.at(top)))
                top = int(i);
        }
        if (top >= 0)
            break;
    }
    if (top < 0)
        return {};

    // When several near-best candidates share an ancestor of the top one, the story is split
    // over them: take the ancestor. A candidate in another <article> than the top one's is
    // another story (a feed of teasers under the article), not a part of this one.
    {
        auto articleOf = [&](int node) {
            for (int a = node; a >= 0; a = nodes.at(a).parent) {
                if (nodes.at(a).tag == u"article")
                    return a;
            }
            return -1;
        };
        const int topArticle = articleOf(top);
        QList<int> alternatives;
        for (qsizetype i = 0; i < n; ++i) {
            if (i != top && candidate.at(i) && score.at(i) >= score.at(top) * 0.75 &&
                !isAncestorOrSelf(nodes, int(i), top) && !isAncestorOrSelf(nodes, top, int(i)) &&
                (topArticle < 0 || articleOf(int(i)) == topArticle))
                alternatives.append(int(i));
        }
        if (alternatives.size() >= 3) {
            for (int a = nodes.at(top).parent; a >= 0; a = nodes.at(a).parent) {
                int shared = 0;
                for (const int alt : std::as_const(alternatives))
                    shared += isAncestorOrSelf(nodes, a, alt);
                if (shared >= 3) {
                    top = a;
                    break;
                }
            }
        }
    }
    // A lone child adds nothing: its parent holds the same story with its headline.
    while (nodes.at(top).parent >= 0) {
        const int p = nodes.at(top).parent;
        if (totals.at(p).chars > totals.at(top).chars * 11 / 10 + 40)
            break;
        top = p;
    }

    // Siblings that score well or read as prose join the top candidate; a sibling holding
    // several <article>s of its own is a feed of other stories, however well it scores.
    QSet<int> roots{top};
    const int parent = nodes.at(top).parent;
    if (parent >= 0) {
        const double threshold = std::max(10.0, score.at(top) * 0.2);
        for (qsizetype i = 0; i < n; ++i) {
            if (i == top || nodes.at(i).parent != parent || unlikely.at(i) ||
                (articlesInside.at(size_t(i)) >= 2 &&
                 articlesInside.at(size_t(i)) > articlesInside.at(size_t(top))))
                continue;
            const Totals &t = totals.at(i);
            bool join = candidate.at(i) && score.at(i) >= threshold;
            if (!join && t.blocks > 0 && t.blocks <= 2 && nodes.at(i).tag == u"p") {
                join = t.chars > 80 && t.linkDensity() < 0.25;
            }
            if (join)
                roots.insert(int(i));
        }
    }

    // A small container holding an input field or a form is a prompt for input (a newsletter
    // sign-up, a comment box, a search), whatever its words.
    std::vector<bool> holdsField(size_t(n), false);
    for (qsizetype i = n; i-- > 0;) {
        const int p = nodes.at(i).parent;
        if (nodes.at(i).formField)
            holdsField[size_t(i)] = true;
        if (p >= 0 && holdsField.at(size_t(i)))
            holdsField[size_t(p)] = true;
    }

    // Conditional clean-up of the containers inside the content (Readability's
    // _cleanConditionally): link-heavy, list-like or badly scored sub-containers go.
    std::vector<int> keep(size_t(n), -1); // -1 unknown, 0 dropped, 1 kept
    auto decide = [&](int i) -> bool {
        const Node &node = nodes.at(i);
        if (unlikely.at(i))
            return false;
        const Totals &t = totals.at(i);
        const int weight = node.classWeight;
        const bool container = node.tag == u"div" || node.tag == u"section" || node.tag == u"ul" ||
                               node.tag == u"ol" || node.tag == u"table" || node.tag == u"form" ||
                               node.tag == u"aside" || node.tag == u"header" ||
                               node.tag == u"footer" || node.tag == u"dl" || node.tag == u"article";
        if (!container)
            return true;
        if (holdsField.at(size_t(i)) && t.chars < kMaxPromptChars)
            return false;
        if (weight + (candidate.at(i) ? int(score.at(i)) : 0) < 0 && t.chars < 2000)
            return false;
        if (t.commas >= 10)
            return true;
        const double ld = t.linkDensity();
        if (weight < 25 && ld > 0.25)
            return false;
        if (weight >= 25 && ld > 0.5)
            return false;
        return true;
    };
    auto kept = [&](int node) {
        // Every element between the node and its content root must survive.
        for (int a = node; a >= 0; a = nodes.at(a).parent) {
            if (roots.contains(a))
                return true;
            if (keep.at(a) < 0)
                keep[a] = decide(a) ? 1 : 0;
            if (keep.at(a) == 0)
                return false;
        }
        return false;
    };

    QList<qsizetype> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (b.node < 0 || !kept(b.node))
            continue;
        // A caption or teaser printed twice (slideshow copies, sticky headers) is read once.
        const QString key = b.raw.text.size() >= 60 ? b.raw.text.left(60) : b.raw.text;
        if (b.raw.text.size() >= 15 && seen.contains(key))
            continue;
        seen.insert(key);
        // A block that is mostly a link is a teaser or a link list, not a sentence of the story.
        if (b.linkChars * 10 > b.raw.text.size() * 6)
            continue;
        out.append(i);
    }

    // A heading or a short label introduces what follows it on the page: when nothing of the
    // story follows, or what follows was left out (a teaser list, a comment form, a share bar),
    // the label goes too. One short line left out (a "Buy it" link) does not part a subheading
    // from its section.
    // Read from the end, so that a run of labels closing the story ("Share this:", "Like
    // this:", "Comments") goes as a whole.
    QList<qsizetype> labelled;
    qsizetype next = blocks.size(); // the next block that stays
    for (qsizetype k = out.size(); k-- > 0;) {
        const qsizetype i = out.at(k);
        if (isLabel(blocks.at(i).raw)) {
            qsizetype gapChars = 0;
            for (qsizetype j = i + 1; j < next; ++j)
                gapChars += blocks.at(j).raw.text.size();
            if (next == blocks.size() || next - i - 1 >= 3 || gapChars > kMaxLabelGapChars)
                continue;
        }
        labelled.prepend(i);
        next = i;
    }
    return labelled;
}

} // namespace

QList<qsizetype> selectContent(const QList<Node> &nodes, const QList<Block> &blocks)
{
    // Class names mislead on some pages (a story column called "sidebar"): when trusting them
    // leaves almost nothing, judge by structure alone.
    QList<qsizetype> chosen = select(nodes, blocks, true);
    qsizetype chars = 0;
    for (const qsizetype i : std::as_const(chosen))
        chars += blocks.at(i).raw.text.size();
    if (chars < kMinStoryChars)
        chosen = select(nodes, blocks, false);
    return chosen;
}

} // namespace Parallax::HtmlContent
