#pragma once

#include <QString>

namespace Parallax {

// A tooltip that shows text as it is: escaped, inside a paragraph, so that Qt never reads
// article text (titles, file names, sentences) as markup; each newline starts a new line. Empty
// for empty text (no tooltip).
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")) +
           QStringLiteral("</p>");
}

} // namespace Parallax
