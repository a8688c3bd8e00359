#pragma once

#include "articleloader.h"

#include <QJsonObject>

namespace Parallax {

// The analysis as JSON, format "parallax-comparison" version 1 (docs/json-format.md).
class ComparisonJson
{
public:
    static constexpr int kVersion = 1;

    static QJsonObject toJson(const QList<Article> &articles, const QList<LoadError> &errors = {});
};

} // namespace Parallax
