#include "article.h"

#include <QFileInfo>

namespace Parallax {

QString Article::displayName() const
{
    if (!metadata.title.isEmpty())
        return metadata.title;
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

} // namespace Parallax
