#include "article.h"

#include <QFileInfo>

namespace Parallax {

QString Article::displayName() const
{
    if (!metadata.title.isEmpty())
        return metadata.title;
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

bool UserMetadata::isEmpty() const
{
    return !date.isValid() && !time.isValid() && outlet.isEmpty();
}

ArticleMetadata withUserMetadata(ArticleMetadata read, const UserMetadata &user)
{
    if (user.date.isValid()) {
        read.date = user.date;
        read.time = QTime();
    }
    if (user.time.isValid())
        read.time = user.time;
    if (!read.date.isValid())
        read.time = QTime();
    if (!user.outlet.isEmpty())
        read.outlet = user.outlet;
    return read;
}

int comparePublication(const ArticleMetadata &a, const ArticleMetadata &b)
{
    if (a.date.isValid() != b.date.isValid())
        return a.date.isValid() ? -1 : 1;
    if (!a.date.isValid() || a.date != b.date)
        return !a.date.isValid() ? 0 : (a.date < b.date ? -1 : 1);
    const int ta = a.time.isValid() ? a.time.msecsSinceStartOfDay() : -1;
    const int tb = b.time.isValid() ? b.time.msecsSinceStartOfDay() : -1;
    return ta == tb ? 0 : (ta < tb ? -1 : 1);
}

} // namespace Parallax
