#pragma once

#include "articleloader.h"
#include "comparison.h"

#include <QJsonObject>

namespace Parallax {

// The analysis as JSON, format "parallax-comparison" version 1 (docs/json-format.md).
class ComparisonJson
{
public:
    static constexpr int kVersion = 1;

    // Without a comparison, only sources, segments and errors are written.
    static QJsonObject toJson(const QList<Article> &articles, const QList<LoadError> &errors = {},
                              const Comparison *comparison = nullptr);
};

} // namespace Parallax
