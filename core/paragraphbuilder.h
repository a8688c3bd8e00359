#pragma once

#include "rawblock.h"

namespace Parallax {

// Splits plain text into the paragraphs a reader sees (Markdown goes to readMarkdown()).
//
// Paragraphs are blank-line separated or one per line, whichever the file uses: a file whose
// blank-line separated blocks are hard-wrapped (short lines that stop mid-sentence) is read by
// blocks, any other file line by line. Typed heading, bullet and quote marks ("# ", "- ", "> ")
// become hints, inline markup is removed, and a paragraph that stops without closing
// punctuation and is followed by one starting in lower case is joined to it, in Markdown too.
class ParagraphBuilder
{
public:
    enum class Syntax { PlainText, Markdown };

    static QList<RawBlock> build(const QString &text, Syntax syntax = Syntax::PlainText);

    // Joins a block that stops mid-sentence with the next one when that starts in lower case.
    static QList<RawBlock> repairSplitParagraphs(QList<RawBlock> blocks);
};

} // namespace Parallax
