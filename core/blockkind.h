#pragma once

#include <QString>

namespace Parallax {

// What a paragraph is to a reader. Only Title, Subheading and Body are the story itself;
// the rest is page furniture that views dim and the aligner ignores.
enum class BlockKind {
    Title,
    Subheading,
    Body,
    Caption,
    Meta,
    Boilerplate,
};

QString blockKindName(BlockKind kind);
bool blockKindFromName(const QString &name, BlockKind *kind);
inline bool isStoryText(BlockKind kind)
{
    return kind == BlockKind::Title || kind == BlockKind::Subheading || kind == BlockKind::Body;
}

} // namespace Parallax
