#include "blockkind.h"

#include <array>
#include <utility>

namespace Parallax {

namespace {
constexpr std::array<std::pair<BlockKind, const char *>, 6> kindNames{{
    {BlockKind::Title, "title"},
    {BlockKind::Subheading, "subheading"},
    {BlockKind::Body, "body"},
    {BlockKind::Caption, "caption"},
    {BlockKind::Meta, "meta"},
    {BlockKind::Boilerplate, "boilerplate"},
}};
} // namespace

QString blockKindName(BlockKind kind)
{
    for (const auto &[k, name] : kindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

bool blockKindFromName(const QString &name, BlockKind *kind)
{
    for (const auto &[k, n] : kindNames) {
        if (name == QLatin1String(n)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Parallax
