#pragma once

#include "rawblock.h"

#include <QList>
#include <QString>

namespace Parallax {

// Reads a Markdown file (CommonMark with GitHub's tables and strikethrough, parsed by md4c) as
// the blocks a reader sees: headings (hint Heading, level 1-6), paragraphs, list items (one
// block each, hint ListItem), block quotes (hint Quote, their lines one paragraph), table rows
// (hint TableRow, cells joined by " | "). Inline marks are gone: emphasis, code spans and links
// keep their text, images and raw HTML are dropped (a <br> is a space), entities are decoded.
// Code blocks, raw HTML blocks, horizontal rules and YAML front matter (a leading block between
// "---" lines, metadata for a site generator) are not story text and are dropped. Never fails:
// text md4c cannot parse comes back as one paragraph.
QList<RawBlock> readMarkdown(const QString &text);

} // namespace Parallax
