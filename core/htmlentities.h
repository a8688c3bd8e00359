#pragma once

#include <QString>
#include <QStringView>

namespace Parallax {

// Decodes numeric character references and the named entities that occur in saved news pages
// (the HTML 4 set plus typographic ones). Unknown names are left as they are.
QString decodeHtmlEntities(QStringView text);

} // namespace Parallax
