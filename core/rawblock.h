#pragma once

#include <QList>
#include <QString>

namespace Parallax {

// What the file's own markup says about a block, before the classifier decides its kind.
enum class BlockHint {
    None,
    Heading,  // markdown '#', HTML h1-h6
    Caption,  // HTML figcaption
    ListItem, // markdown or typed bullet, HTML li
    Quote,    // markdown '>', HTML blockquote
};

struct RawBlock
{
    QString text;
    BlockHint hint = BlockHint::None;
    int headingLevel = 0;   // 1-6 for headings
    bool inContent = false; // inside the page's <article> or <main> (HTML only)
};

} // namespace Parallax
