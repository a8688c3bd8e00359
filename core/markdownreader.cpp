#include "markdownreader.h"

#include "htmlentities.h"
#include "textcleanup.h"

#include <QRegularExpression>
#include <QStringList>

#include <md4c.h>

namespace Parallax {

namespace {

// The reader's state between md4c's callbacks.
struct Reader
{
    QList<RawBlock> blocks;
    QString text; // the block being read
    BlockHint hint = BlockHint::None;
    int headingLevel = 0;
    int quoteDepth = 0;
    int listItemDepth = 0;
    int cells = 0;         // cells of the table row being read
    int skippedBlocks = 0; // inside a code or raw HTML block
    int imageDepth = 0;    // inside an image: its alt text is not story text

    void flush()
    {
        const QString cleaned = TextRules::stripInlineMarkup(text.simplified()).simplified();
        if (!cleaned.isEmpty()) {
            RawBlock block;
            block.text = cleaned;
            block.hint = hint;
            block.headingLevel = hint == BlockHint::Heading ? headingLevel : 0;
            blocks.append(block);
        }
        text.clear();
        hint = quoteDepth > 0 ? BlockHint::Quote
                              : (listItemDepth > 0 ? BlockHint::ListItem : BlockHint::None);
        headingLevel = 0;
    }
};

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        r->flush();
        ++r->quoteDepth;
        r->hint = BlockHint::Quote;
        break;
    case MD_BLOCK_LI:
        r->flush();
        ++r->listItemDepth;
        r->hint = r->quoteDepth > 0 ? BlockHint::Quote : BlockHint::ListItem;
        break;
    case MD_BLOCK_H:
        r->flush();
        r->hint = BlockHint::Heading;
        r->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_P:
        // A paragraph inside a list item or a quotation goes on the item's block when nothing
        // was read for it yet (loose lists); otherwise it starts a block of its own.
        if (!r->text.trimmed().isEmpty())
            r->flush();
        break;
    case MD_BLOCK_TR:
        r->flush();
        r->cells = 0;
        r->hint = BlockHint::TableRow;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        if (r->cells++ > 0)
            r->text += QStringLiteral(" | ");
        break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        r->flush();
        ++r->skippedBlocks;
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    switch (type) {
    case MD_BLOCK_QUOTE:
        r->flush();
        --r->quoteDepth;
        r->hint = r->quoteDepth > 0 ? BlockHint::Quote : BlockHint::None;
        break;
    case MD_BLOCK_LI:
        r->flush();
        --r->listItemDepth;
        break;
    case MD_BLOCK_H:
    case MD_BLOCK_TR:
        r->flush();
        break;
    case MD_BLOCK_P:
        r->flush();
        break;
    case MD_BLOCK_CODE:
    case MD_BLOCK_HTML:
        --r->skippedBlocks;
        r->text.clear();
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<Reader *>(userdata)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        --static_cast<Reader *>(userdata)->imageDepth;
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *userdata)
{
    auto *r = static_cast<Reader *>(userdata);
    if (r->skippedBlocks > 0 || r->imageDepth > 0)
        return 0;
    const QString piece = QString::fromUtf8(data, qsizetype(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        r->text += piece;
        break;
    case MD_TEXT_ENTITY:
        r->text += decodeHtmlEntities(piece);
        break;
    case MD_TEXT_NULLCHAR:
        r->text += QChar(0xFFFD);
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        r->text += u' ';
        break;
    case MD_TEXT_HTML: // inline markup; a line break tag is a space
        if (piece.startsWith(QLatin1String("<br"), Qt::CaseInsensitive))
            r->text += u' ';
        break;
    }
    return 0;
}

// YAML front matter: a first line "---" and a closing "---" or "..." within 60 lines.
QString withoutFrontMatter(const QString &text)
{
    static const QRegularExpression frontMatter(QStringLiteral(
        R"(\A\s*---[ \t]*\r?\n(?:[^\n]*\n){0,58}?(?:---|\.\.\.)[ \t]*(?:\r?\n|\z))"));
    const QRegularExpressionMatch m = frontMatter.match(text);
    return m.hasMatch() ? text.mid(m.capturedEnd()) : text;
}

} // namespace

QList<RawBlock> readMarkdown(const QString &source)
{
    const QByteArray utf8 = withoutFrontMatter(source).toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
                   MD_FLAG_NOINDENTEDCODEBLOCKS; // indented lines are text in an article
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    Reader reader;
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &reader) != 0) {
        RawBlock whole;
        whole.text = source.simplified();
        return whole.text.isEmpty() ? QList<RawBlock>() : QList<RawBlock>{whole};
    }
    reader.flush();
    return reader.blocks;
}

} // namespace Parallax
