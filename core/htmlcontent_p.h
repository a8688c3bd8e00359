#pragma once

#include "rawblock.h"

#include <QList>
#include <QString>

namespace Parallax::HtmlContent {

// One block-level element of the page, as the content selector sees it.
struct Node
{
    int parent = -1;          // index into the node list, -1 for the root
    QString tag;              // lower-case element name
    int classWeight = 0;      // + for article-like class/id tokens, - for furniture-like ones
    bool unlikely = false;    // its class/id names page furniture (comments, related, share...)
    bool contentHint = false; // <article>, <main> or itemprop="articleBody"
    bool formField = false;   // holds an input field or a form of its own (not in a child block)
};

// One block of text with the element that holds it.
struct Block
{
    RawBlock raw;
    int node = -1;     // innermost block-level element holding the text
    int linkChars = 0; // characters of the text inside links
    bool inTable = false;
    bool smallPrint = false; // set in <small> or a small font nearly all through
};

// Chooses the page's main content the way Readability and trafilatura do: every paragraph
// scores its parent and grandparents by length and punctuation, a container's score is damped
// by its link density, the best container wins, well-scoring siblings join it, and inside it
// sub-containers that read like comments, teasers, link lists or share bars are dropped.
// Returns the indices of the blocks kept, in order; an empty list when the page has too little
// text to judge (the caller then keeps what it would have kept without scoring).
QList<qsizetype> selectContent(const QList<Node> &nodes, const QList<Block> &blocks);

// +25 / -25 from the class and id tokens of an element (Readability's weights), and whether
// the tokens name furniture no article body is called by.
int classWeight(const QString &classAndId);
bool isUnlikelyCandidate(const QString &classAndId);

// The class and id names split into words where the page's authors join them: "authorInfo",
// "imageEmbedCaption", "signupTitle___15fvr" -> "author-Info", "image-Embed-Caption",
// "signup-Title-15fvr". The token tests above and below take this form.
QString nameWords(const QString &classAndId);

// Whether the names call the element a caption or a photo credit ("caption", "Figure-credit"),
// and whether they call it a line about the story rather than of it: a byline, dateline,
// time stamp, author biography or copyright notice.
bool isCaptionName(const QString &words);
bool isMetaName(const QString &words);

} // namespace Parallax::HtmlContent
