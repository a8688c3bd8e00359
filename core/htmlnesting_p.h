#pragma once

// A guard in front of the HTML parser (htmlextractor.cpp); internal to the engine.

#include <QByteArray>

namespace Parallax::HtmlNesting {

// Deeper than real pages nest (they stay within a few hundred elements); the reader looks no
// deeper than GumboTree::kMaxDepth in any case.
constexpr int kMaxDepth = 1000;

// The page (UTF-8 bytes) with every start tag that would open an element deeper than maxDepth
// left out, together with the end tag that closes it; the text between them stays. Gumbo builds
// its tree and frees it recursively, and some of its steps scan every open element: a page of
// some hundred thousand nested elements would exhaust the stack or take hours.
//
// The depth is counted on the tags as written (HTML5's tokenizer states, not its tree builder):
// comments, doctypes, processing instructions and the content of raw-text elements (script,
// style, textarea, title, ...) open nothing; void elements (br, img, ...), self-closed tags and
// the elements HTML closes by themselves (p, li, td, tr, option, ...) do not count. An end tag
// with nothing open is ignored. Returns the bytes unchanged when nothing is that deep; sets
// *deepest (when given) to the deepest level counted. Time and memory linear in the length.
QByteArray limited(const QByteArray &html, int maxDepth = kMaxDepth, int *deepest = nullptr);

} // namespace Parallax::HtmlNesting
