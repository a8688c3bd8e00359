#pragma once

#include "articleloader.h"
#include "comparisonstate.h"

namespace Parallax::Test {

// The articles read and compared, as the views take them.
inline ComparisonStatePtr stateFor(const QStringList &paths, qsizetype base = -1)
{
    auto state = std::make_shared<ComparisonState>();
    state->articles = ArticleLoader::loadAll(paths).articles;
    for (qsizetype s = 0; s < state->articles.size(); ++s)
        state->sources.append(SourceInfo{s, state->articles.at(s).displayName(), int(s)});
    distinguishNames(state->sources, state->articles);
    CompareOptions options;
    options.base = base;
    state->comparison = compare(state->articles, options);
    state->findFindings();
    return state;
}

} // namespace Parallax::Test
