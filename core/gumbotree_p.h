#pragma once

// How the HTML reader (htmlextractor.cpp) looks at single nodes of a Gumbo tree (an HTML5
// parse); internal to the engine.

#include <gumbo.h>

#include <QString>

namespace Parallax::GumboTree {

// Deeper than any real page nests; past it, text is read without further structure so that a
// hostile page cannot exhaust the stack.
constexpr int kMaxDepth = 400;

// Elements whose content a reader never sees as part of the article (scripts, styles, forms'
// controls, navigation, ...).
bool isSkipped(GumboTag tag);
// Elements that start a block of text of their own (paragraphs, headings, list items, ...).
bool isBlock(GumboTag tag);
// 1 to 6 for h1 to h6, 0 for any other element.
int headingLevel(GumboTag tag);
// The value of an attribute, as written; empty when the element has none.
QString attribute(const GumboElement &element, const char *name);
bool hasAttribute(const GumboElement &element, const char *name);
// hidden, aria-hidden="true", or an inline style that hides the element.
bool isHidden(const GumboElement &element);
// Small print: <small> ("side comments such as small print", HTML), or an inline style that
// sets the font below a reading size (12px, 9pt, 0.8em, 80%, "small").
bool isSmallPrint(const GumboElement &element);
// The characters of text under node (UTF-8 bytes of Gumbo's text nodes), skipped elements left
// out; stops below kMaxDepth.
qsizetype textLength(const GumboNode *node, int depth = 0);
// A layout table holds blocks in its cells (paragraphs, lists, nested tables); a data table
// holds short values, read one row to a line.
bool isLayoutTable(const GumboNode *table);

} // namespace Parallax::GumboTree
