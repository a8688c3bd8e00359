#include "worddiff.h"

#include "tokenizer.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace Parallax {

namespace {

struct Item
{
    const Token *token = nullptr;
    qsizetype index = 0; // in the token list it came from
    QString key;         // what equality compares

    bool operator==(const Item &other) const { return key == other.key; }
};

class ItemCompare : public dtl::Compare<Item>
{
public:
    explicit ItemCompare(bool variants = false)
        : m_variants(variants)
    {}
    bool impl(const Item &a, const Item &b) const override
    {
        if (a.key == b.key)
            return true;
        return m_variants && a.token->isWord() && b.token->isWord() &&
               isSpellingVariant(*a.token, *b.token);
    }

private:
    bool m_variants = false;
};

QString keyFor(const Token &token, const DiffOptions &options)
{
    QString key = options.ignoreCase ? token.normal : token.text;
    if (!options.ignoreCase && options.ignoreQuoteStyle)
        key = Tokenizer::foldTypography(key);
    if (options.ignoreCase && !options.ignoreQuoteStyle)
        key = token.text.toCaseFolded();
    return key;
}

std::vector<Item> itemsFor(const TokenList &tokens, const DiffOptions &options)
{
    std::vector<Item> items;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (options.ignorePunctuation && token.kind == Token::Kind::Punctuation)
            continue;
        items.push_back(Item{&token, i, keyFor(token, options)});
    }
    return items;
}

} // namespace

QList<DiffSpan> wordDiff(const TokenList &a, const TokenList &b, const DiffOptions &options)
{
    const std::vector<Item> itemsA = itemsFor(a, options);
    const std::vector<Item> itemsB = itemsFor(b, options);
    dtl::Diff<Item, std::vector<Item>, ItemCompare> diff(
        itemsA, itemsB, ItemCompare(options.ignoreSpellingVariants));
    diff.compose();

    QList<DiffSpan> spans;
    DiffSpan current;
    bool open = false;
    bool hasA = false, hasB = false;
    auto flush = [&] {
        if (!open)
            return;
        if (current.kind != DiffSpan::Kind::Equal)
            current.kind = hasA && hasB ? DiffSpan::Kind::Change
                                        : (hasA ? DiffSpan::Kind::Delete : DiffSpan::Kind::Insert);
        spans.append(current);
        open = false;
        hasA = hasB = false;
    };
    // Where an empty side of a span sits: after the last token seen on that side.
    qsizetype endA = 0, endB = 0;
    auto extend = [](qsizetype &first, qsizetype &last, qsizetype &begin, qsizetype &end,
                     const Token &token, qsizetype index) {
        if (last < first) {
            first = index;
            begin = token.begin;
        }
        last = index;
        end = token.begin + token.length;
    };
    for (const auto &[item, info] : diff.getSes().getSequence()) {
        const bool equal = info.type == dtl::SES_COMMON;
        if (open && (current.kind == DiffSpan::Kind::Equal) != equal)
            flush();
        if (!open) {
            current = DiffSpan{};
            current.kind = equal ? DiffSpan::Kind::Equal : DiffSpan::Kind::Change;
            current.aBegin = current.aEnd = endA;
            current.bBegin = current.bEnd = endB;
            current.aFirstToken = current.bFirstToken = 0;
            open = true;
        }
        if (info.type == dtl::SES_COMMON || info.type == dtl::SES_DELETE) {
            const Item &x = itemsA[size_t(info.beforeIdx - 1)];
            extend(current.aFirstToken, current.aLastToken, current.aBegin, current.aEnd, *x.token,
                   x.index);
            endA = current.aEnd;
            hasA = true;
        }
        if (info.type == dtl::SES_COMMON || info.type == dtl::SES_ADD) {
            const Item &y = itemsB[size_t(info.afterIdx - 1)];
            extend(current.bFirstToken, current.bLastToken, current.bBegin, current.bEnd, *y.token,
                   y.index);
            endB = current.bEnd;
            hasB = true;
        }
    }
    flush();
    return spans;
}

} // namespace Parallax
