#pragma once

#include "comparisonstate.h"

#include <QStringList>

namespace Parallax {

// What Parallax remembers between runs (QSettings): view options, the similarity threshold,
// the report's paper size, the last folder and the recent comparisons. The window's geometry
// and docks are saved by the window itself.
class AppSettings
{
public:
    static ViewOptions viewOptions();
    static void setViewOptions(const ViewOptions &options);
    static double threshold();
    static void setThreshold(double threshold);
    static QString paperSize(); // empty: from the locale
    static void setPaperSize(const QString &name);
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    static QStringList recentSets(); // each: the paths of one comparison, one per line
    static void rememberSet(const QStringList &paths);
    static constexpr int kMaxRecent = 10;
};

} // namespace Parallax
