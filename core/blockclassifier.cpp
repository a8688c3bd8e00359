#include "blockclassifier.h"

#include "datefinder.h"
#include "textcleanup.h"

#include <QRegularExpression>
#include <QSet>

namespace Parallax {

namespace {

constexpr qsizetype kMaxTitleWords = 30;
constexpr qsizetype kMaxSubheadingWords = 16;
constexpr qsizetype kMaxFurnitureWords = 40;

const QRegularExpression::PatternOptions kCi =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool hasLetterOrDigit(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

QSet<QString> contentWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}[\p{L}\p{M}'’-]*|\d+)"));
    QSet<QString> words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        if (w.size() > 3 || w.at(0).isDigit())
            words.insert(w);
    }
    return words;
}

// Image alt text printed next to its caption repeats most of the caption's words.
bool repeatsCaption(const QString &text, const QString &caption)
{
    const QSet<QString> own = contentWords(text);
    if (own.size() < 2)
        return false;
    const QSet<QString> other = contentWords(caption);
    qsizetype shared = 0;
    for (const QString &w : own)
        shared += other.contains(w);
    return shared * 10 >= own.size() * 6;
}

bool startsUpper(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return c.isUpper() || c.isTitleCase();
        if (c.isDigit())
            return true;
    }
    return false;
}

bool looksLikeHeadline(const RawBlock &block)
{
    const qsizetype words = TextRules::countWords(block.text);
    if (words == 0 || words > kMaxTitleWords || block.text.size() > 250)
        return false;
    if (block.hint == BlockHint::Heading)
        return true;
    if (block.hint != BlockHint::None)
        return false;
    // Headlines may ask or exclaim but do not end like a sentence of prose.
    const QString t = block.text.trimmed();
    return !t.endsWith(u'.') && !t.endsWith(u':') && !t.endsWith(u',') && !t.endsWith(u';');
}

bool looksLikeSubheading(const RawBlock &block)
{
    if (block.hint == BlockHint::Heading)
        return true;
    const qsizetype words = TextRules::countWords(block.text);
    return words >= 2 && words <= kMaxSubheadingWords && block.text.size() <= 140 &&
           startsUpper(block.text) && !TextRules::endsWithClosingPunctuation(block.text) &&
           !block.text.trimmed().endsWith(u',') && !block.text.trimmed().endsWith(u':');
}

} // namespace

bool BlockClassifier::isBoilerplate(const QString &text)
{
    static const QRegularExpression url(QStringLiteral(R"(^\s*(?:https?://|www\.)\S+\s*$)"), kCi);
    // Link and promotion labels of news sites, followed by a colon, a dash or nothing.
    static const QRegularExpression label(
        QStringLiteral(
            R"(^\s*(?:read (?:more|also|next|the full story)|also read|more to read|)"
            R"(related(?: articles?| stories| story| content| coverage| news| reading)?|)"
            R"(see also|more on this(?: story)?|more from|original (?:url|article|source|link)|)"
            R"(source (?:url|link)|recommended(?: for you)?|you may also like|most read|)"
            R"(trending(?: now)?|watch(?: now)?|listen(?: to this article)?|advertisement|)"
            R"(sponsored(?: content)?|share(?: this(?: article| story)?)?|follow us(?: on)?|)"
            R"(click here|continue reading|top stories|editor'?s picks?)\s*(?:[:|>»\-–—]|$))"),
        kCi);
    // A newsletter prompt asks the reader to sign up for something delivered: in English,
    // German, French, Spanish, Italian, Portuguese, Dutch and Russian.
    static const QRegularExpression newsletterPrompt(
        QStringLiteral(
            R"(^\s*(?:sign up|subscribe|join|get|don'?t miss|never miss)\b|\b(?:sign up|subscribe)\b|)"
            R"(\b(?:abonnieren|jetzt anmelden|melden sie sich|inscrivez-vous|abonnez-vous|)"
            R"(suscr[ií]bete|suscr[ií]base|reg[ií]strate|iscriviti|iscrivetevi|abbonati|assine|)"
            R"(inscreva-se|receba|meld je aan|schrijf je in|abonneer|подпишитесь|подписывайтесь)(?!\w))"),
        kCi);
    static const QRegularExpression delivered(
        QStringLiteral(
            R"(\b(?:newsletters?|inbox|e-?mails?|updates|alerts|nieuwsbrief|courriel|correo|)"
            R"(posteingang|рассылк\w*)(?!\w))"),
        kCi);
    static const QRegularExpression copyright(
        QStringLiteral(
            R"(^\s*(?:©|\(c\)|copyright\b)|\ball rights reserved\b|\balle rechte vorbehalten\b|)"
            R"(\btous droits réservés|\btodos los derechos reservados\b|)"
            R"(\btodos os direitos reservados\b|\briproduzione riservata\b|)"
            R"(\balle rechten voorbehouden\b|все права защищены|\bwszelkie prawa zastrzeżone\b)"),
        kCi);

    const QString t = text.trimmed();
    if (!hasLetterOrDigit(t))
        return true;
    if (url.match(t).hasMatch() || label.match(t).hasMatch() || copyright.match(t).hasMatch())
        return true;
    return TextRules::countWords(t) <= 30 && newsletterPrompt.match(t).hasMatch() &&
           delivered.match(t).hasMatch();
}

bool BlockClassifier::isCaption(const QString &text)
{
    // "FILE PHOTO: ...", "Photo: ...", "Image credit: ..."
    static const QRegularExpression label(
        QStringLiteral(
            R"(^\s*(?:file\s+)?(?:photo(?:graph)?s?|image|picture|pictured|illustration|)"
            R"(credit|photo credit|video)\s*(?:by\b|:))"),
        kCi);
    // A credit at the end: "(AP)", "(Photo: AFP)", "... / TASS", "... via REUTERS", "Getty Images".
    static const QRegularExpression creditInParens(
        QStringLiteral(
            R"(\(\s*(?:(?:photo|image|credit|source)s?\s*:?\s*[^()]{1,40}|\p{Lu}[\p{Lu}\s/&.-]{1,24})\)\s*$)"),
        kCi);
    static const QRegularExpression creditAfterSlash(
        QStringLiteral(R"(\S\s+/\s*\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3}\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression creditVia(
        QStringLiteral(
            R"(\b(?:via|courtesy of)\s+\p{Lu}[\p{Lu}&]+(?:\s+\p{Lu}[\p{L}&]*){0,3}\s*$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression agencyImages(
        QStringLiteral(R"(\b(?:getty images|shutterstock|alamy|pool photo)\s*\.?\s*$)"), kCi);

    const QString t = text.trimmed();
    if (TextRules::countWords(t) > kMaxFurnitureWords * 2)
        return false;
    if (label.match(t).hasMatch())
        return true;
    if (const auto m = creditInParens.match(t); m.hasMatch()) {
        // "(NATO)" closing prose is not a credit; an upper-case tag is only a credit when it
        // stands alone, as agencies write it.
        const QString inner = m.captured().trimmed();
        const bool labelled = inner.contains(u':');
        const bool upper = inner == inner.toUpper();
        if (labelled || upper)
            return true;
    }
    return creditAfterSlash.match(t).hasMatch() || creditVia.match(t).hasMatch() ||
           agencyImages.match(t).hasMatch();
}

bool BlockClassifier::isMeta(const QString &text)
{
    static const QRegularExpression relativeTime(
        QStringLiteral(
            R"(\b\d+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago\b)"),
        kCi);
    static const QRegularExpression byline(
        QStringLiteral(
            R"(^\s*\(?\s*(?:by|written by|reporting by|additional reporting by|words by|story by|)"
            R"(editing by|von|par|por|door|av|af|przez|автор)\s*:?\s+\p{Lu})"),
        kCi);
    // The word of a byline in English, German, French, Spanish and Portuguese, Dutch, the
    // Scandinavian languages, Polish and Russian ("Por João Silva", "Door Sanne Mulder").
    // A byline that names no one ("By staff reporter \u00B7 Harwick Courier", "by our
    // correspondent, Oslo"): "by" and words, then a separator and the outlet or place.
    static const QRegularExpression unnamedByline(
        QStringLiteral(
            R"(^\s*(?:by|von|par|por|door)\s+\p{L}[^\x{00B7}\x{2022}|,\x{2013}\x{2014}/]*)"
            R"([\x{00B7}\x{2022}|,\x{2013}\x{2014}/]\s*\p{L})"),
        kCi);
    static const QRegularExpression readingTime(
        QStringLiteral(R"(^\s*\d+\s*min(?:ute)?s?\s+read\b)"), kCi);
    static const QRegularExpression clock(QStringLiteral(R"(\b\d{1,2}:\d{2}\b)"));
    static const QRegularExpression metaWords(
        QStringLiteral(
            R"(\b(?:by|on|at|published|updated|posted|last|modified|am|pm|a\.m\.|p\.m\.|)"
            R"(gmt|utc|est|edt|cet|cest|msk|bst)\b)"),
        kCi);

    // The credit lines of news agencies, however many names they list: "(Reporting by ...;
    // Editing by ...)", "... contributed to this report."
    static const QRegularExpression wireCredit(
        QStringLiteral(
            R"(^\s*\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b[^()]*\)\s*$)"),
        kCi);
    static const QRegularExpression contributed(
        QStringLiteral(
            R"(\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\W*$)"),
        kCi);

    const QString t = text.trimmed();
    const qsizetype words = TextRules::countWords(t);
    if (words > 0 && words <= kMaxFurnitureWords * 2 &&
        (wireCredit.match(t).hasMatch() || contributed.match(t).hasMatch()))
        return true;
    if (words == 0 || words > kMaxFurnitureWords || TextRules::endsWithClosingPunctuation(t))
        return false;
    if (relativeTime.match(t).hasMatch() || readingTime.match(t).hasMatch())
        return true;
    if ((byline.match(t).hasMatch() || unnamedByline.match(t).hasMatch()) && words <= 25)
        return true;
    // A dateline: a date with little else beside it.
    if (const DateMatch date = findDate(t); date.date.isValid()) {
        QString rest = t;
        rest.remove(date.begin, date.length);
        rest.replace(clock, QString());
        rest.replace(metaWords, QString());
        if (TextRules::countWords(rest) <= 3)
            return true;
    }
    return false;
}

bool BlockClassifier::isLoneLabel(const QString &text, bool firstBlock)
{
    // A section name ("Foreign", "World news") or a bare count; a two-word first line is
    // more likely a headline.
    const QString t = text.trimmed();
    const qsizetype words = TextRules::countWords(t);
    return words > 0 && words <= (firstBlock ? 1 : 2) && !t.contains(u',') &&
           !TextRules::endsWithClosingPunctuation(t);
}

QList<Paragraph> BlockClassifier::classify(const QList<RawBlock> &blocks)
{
    QList<Paragraph> out;
    out.reserve(blocks.size());
    for (const RawBlock &block : blocks) {
        BlockKind kind = BlockKind::Body;
        if (block.hint == BlockHint::Furniture || isBoilerplate(block.text))
            kind = BlockKind::Boilerplate;
        else if (block.hint == BlockHint::Caption || isCaption(block.text))
            kind = BlockKind::Caption;
        else if (block.hint == BlockHint::Meta ||
                 (block.hint != BlockHint::Heading && block.hint != BlockHint::TableRow &&
                  isMeta(block.text)))
            kind = BlockKind::Meta;
        out.append({block.text, kind});
    }

    // Lone labels ("Foreign", "12 comments") are furniture around the story; inside it, a
    // short line is a subheading or a list item.
    auto isProse = [](const Paragraph &p) {
        return p.kind == BlockKind::Body && TextRules::endsWithClosingPunctuation(p.text) &&
               TextRules::countWords(p.text) >= 8;
    };
    const auto firstProse = std::find_if(out.cbegin(), out.cend(), isProse) - out.cbegin();
    const auto lastProse = out.crend() - std::find_if(out.crbegin(), out.crend(), isProse) - 1;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool aroundStory = i < firstProse || i > lastProse;
        if (out.at(i).kind == BlockKind::Body && aroundStory &&
            blocks.at(i).hint == BlockHint::None && isLoneLabel(out.at(i).text, i == 0))
            out[i].kind = BlockKind::Meta;
    }

    // Alt text beside its caption: an unpunctuated line that repeats the caption.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).kind != BlockKind::Body ||
            TextRules::endsWithClosingPunctuation(out.at(i).text))
            continue;
        for (const qsizetype j : {i - 1, i + 1}) {
            if (j >= 0 && j < out.size() && out.at(j).kind == BlockKind::Caption &&
                repeatsCaption(out.at(i).text, out.at(j).text)) {
                out[i].kind = BlockKind::Caption;
                break;
            }
        }
    }

    // The title: the first story block, when it reads as a headline and is not the only one.
    // Short lines above a heading set larger than they are (a masthead, a section name above
    // the headline) are no part of the story.
    bool titled = false;
    auto level = [&](qsizetype i) {
        return blocks.at(i).hint == BlockHint::Heading && blocks.at(i).headingLevel > 0
                   ? blocks.at(i).headingLevel
                   : 7;
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).kind != BlockKind::Body)
            continue;
        qsizetype next = i + 1;
        while (next < out.size() && (out.at(next).kind != BlockKind::Body ||
                                     (level(next) >= level(i) &&
                                      !TextRules::endsWithClosingPunctuation(out.at(next).text) &&
                                      TextRules::countWords(out.at(next).text) <= 8)))
            ++next;
        if (level(i) > 1 && !TextRules::endsWithClosingPunctuation(out.at(i).text) &&
            next < out.size() && level(next) < level(i)) {
            for (qsizetype k = i; k < next; ++k) {
                if (out.at(k).kind == BlockKind::Body)
                    out[k].kind = BlockKind::Meta;
            }
            i = next - 1;
            continue;
        }
        if (looksLikeHeadline(blocks.at(i)) &&
            (blocks.at(i).hint == BlockHint::Heading || i + 1 < out.size())) {
            out[i].kind = BlockKind::Title;
            titled = true;
        }
        break;
    }

    // Subheadings: headings and short unpunctuated lines inside the story. A run of list items
    // is a list of the body, a lone bullet is a strapline.
    const qsizetype firstStory = titled ? 1 : 0;
    qsizetype seenStory = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!isStoryText(out.at(i).kind))
            continue;
        if (seenStory++ < firstStory || out.at(i).kind != BlockKind::Body)
            continue;
        const RawBlock &block = blocks.at(i);
        if (block.hint == BlockHint::ListItem) {
            const bool inRun =
                (i > 0 && blocks.at(i - 1).hint == BlockHint::ListItem) ||
                (i + 1 < blocks.size() && blocks.at(i + 1).hint == BlockHint::ListItem);
            if (inRun)
                continue;
        }
        if (block.hint != BlockHint::Quote && block.hint != BlockHint::TableRow &&
            looksLikeSubheading(block))
            out[i].kind = BlockKind::Subheading;
    }
    return out;
}

} // namespace Parallax
