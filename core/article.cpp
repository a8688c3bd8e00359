#include "article.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Parallax {

QString Article::displayName() const
{
    if (!metadata.title.isEmpty())
        return metadata.title;
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

namespace {

// User-visible text, translated in the context lupdate gives it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::Article)
};

} // namespace

QString dateOriginKey(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::None:
        return {};
    case DateOrigin::Byline:
        return QStringLiteral("byline");
    case DateOrigin::Dateline:
        return QStringLiteral("dateline");
    case DateOrigin::Caption:
        return QStringLiteral("caption");
    case DateOrigin::PageMetadata:
        return QStringLiteral("page_metadata");
    case DateOrigin::RelativeTime:
        return QStringLiteral("relative_time");
    case DateOrigin::WebAddress:
        return QStringLiteral("web_address");
    case DateOrigin::DocumentProperties:
        return QStringLiteral("document_properties");
    case DateOrigin::User:
        return QStringLiteral("user");
    }
    return {};
}

QString describeDateOrigin(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::None:
        return {};
    case DateOrigin::Byline:
        return Tr::tr("Read from the article's byline or date line.");
    case DateOrigin::Dateline:
        return Tr::tr("Read from the dateline that opens the story.");
    case DateOrigin::Caption:
        return Tr::tr("Read from a photo caption: it dates the photo, which may not be the day "
                      "the story was published.");
    case DateOrigin::PageMetadata:
        return Tr::tr("Read from the web page's publication date.");
    case DateOrigin::RelativeTime:
        return Tr::tr("Counted back from the byline's relative time (\"15 hours ago\") and the "
                      "date the page was saved.");
    case DateOrigin::WebAddress:
        return Tr::tr("Read from the page's web address: it may not be the day the story was "
                      "published.");
    case DateOrigin::DocumentProperties:
        return Tr::tr("Read from the document's properties: the day the file was created or "
                      "changed, which may not be the day the story was published.");
    case DateOrigin::User:
        return Tr::tr("Entered by you.");
    }
    return {};
}

bool isUncertain(DateOrigin origin)
{
    return origin == DateOrigin::Caption || origin == DateOrigin::WebAddress ||
           origin == DateOrigin::DocumentProperties;
}

QString uncertainDateNote(DateOrigin origin)
{
    switch (origin) {
    case DateOrigin::Caption:
        return Tr::tr("date from a photo caption");
    case DateOrigin::WebAddress:
        return Tr::tr("date from the web address");
    case DateOrigin::DocumentProperties:
        return Tr::tr("date from the file's properties");
    default:
        return {};
    }
}

bool UserMetadata::isEmpty() const
{
    return !date.isValid() && !time.isValid() && outlet.isEmpty();
}

ArticleMetadata withUserMetadata(ArticleMetadata read, const UserMetadata &user)
{
    if (user.date.isValid()) {
        read.date = user.date;
        read.dateOrigin = DateOrigin::User;
        read.time = QTime();
    }
    if (user.time.isValid())
        read.time = user.time;
    if (!read.date.isValid()) {
        read.time = QTime();
        read.dateOrigin = DateOrigin::None;
    }
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
