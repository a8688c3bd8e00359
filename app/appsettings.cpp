#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace Parallax {

ViewOptions AppSettings::viewOptions()
{
    return ViewOptions::fromMap(QSettings().value(QStringLiteral("view/options")).toMap());
}

void AppSettings::setViewOptions(const ViewOptions &options)
{
    QSettings().setValue(QStringLiteral("view/options"), options.toMap());
}

double AppSettings::threshold()
{
    return std::clamp(
        QSettings()
            .value(QStringLiteral("align/threshold"), CompareOptions::kDefaultThreshold)
            .toDouble(),
        0.1, 0.9);
}

void AppSettings::setThreshold(double threshold)
{
    QSettings().setValue(QStringLiteral("align/threshold"), threshold);
}

QString AppSettings::paperSize()
{
    return QSettings().value(QStringLiteral("report/paperSize")).toString();
}

void AppSettings::setPaperSize(const QString &name)
{
    QSettings().setValue(QStringLiteral("report/paperSize"), name);
}

QString AppSettings::lastFolder()
{
    return QSettings().value(QStringLiteral("files/lastFolder")).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("files/lastFolder"), folder);
}

QStringList AppSettings::recentSets()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void AppSettings::rememberSet(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QString entry = paths.join(u'\n');
    QStringList recent = recentSets();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), recent);
}

} // namespace Parallax
