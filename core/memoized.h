#pragma once

#include <QHash>

namespace Parallax {

// The value cached in `cache` for `key`, computed by compute() (a callable returning Value) and
// cached on first use: the per-word answers of a dictionary or WordNet, asked again and again.
template<typename Key, typename Value, typename Compute>
Value memoized(QHash<Key, Value> &cache, const Key &key, Compute compute)
{
    const auto found = cache.constFind(key);
    if (found != cache.cend())
        return *found;
    return *cache.insert(key, compute());
}

} // namespace Parallax
