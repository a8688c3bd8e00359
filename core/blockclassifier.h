#pragma once

#include "article.h"
#include "rawblock.h"

namespace Parallax {

// Decides for each paragraph whether it is story text (title, subheading, body) or page
// furniture (caption, meta, boilerplate), by general rules about shape and wording that hold
// for news pages of any story: photo credits, datelines and bylines, relative times, lone
// section names, "Read more:"-style links, bare URLs, newsletter prompts.
class BlockClassifier
{
public:
    static QList<Paragraph> classify(const QList<RawBlock> &blocks);

    // The single-paragraph rules, exposed for tests; position-dependent rules (title, alt text
    // beside a caption, list runs) are applied by classify().
    static bool isBoilerplate(const QString &text);
    static bool isCaption(const QString &text);
    static bool isMeta(const QString &text);
    static bool isLoneLabel(const QString &text, bool firstBlock);
};

} // namespace Parallax
