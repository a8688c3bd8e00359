#include "pdfpagelinks.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Parallax {

bool PdfPageLinks::add(QByteArray &pdf, const QList<PdfPageLink> &links)
{
    if (links.isEmpty())
        return true;
    static const QRegularExpression kids(
        QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression startXref(QStringLiteral("startxref\\s+(\\d+)\\s*%%EOF\\s*$"));
    static const QRegularExpression trailer(
        QStringLiteral("trailer\\s*<<\\s*/Size (\\d+)\\s*/Info (\\d+) 0 R\\s*/Root (\\d+) 0 R"));
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch kidsMatch = kids.match(text);
    const QRegularExpressionMatch xrefMatch = startXref.match(text);
    QRegularExpressionMatch trailerMatch;
    for (auto it = trailer.globalMatch(text); it.hasNext();)
        trailerMatch = it.next();
    if (!kidsMatch.hasMatch() || !xrefMatch.hasMatch() || !trailerMatch.hasMatch())
        return false;
    QList<int> pages;
    static const QRegularExpression reference(QStringLiteral("(\\d+) 0 R"));
    for (auto it = reference.globalMatch(kidsMatch.captured(1)); it.hasNext();)
        pages.append(it.next().captured(1).toInt());
    int next = trailerMatch.captured(1).toInt();
    QByteArray update = "\n";
    QList<std::pair<int, qsizetype>> offsets; // object number, offset
    QHash<int, QList<int>> annotationsOf;     // page index -> new annotation objects
    for (const PdfPageLink &link : links) {
        if (link.fromPage < 0 || link.fromPage >= pages.size() || link.toPage < 0 ||
            link.toPage >= pages.size())
            return false;
        const int number = next++;
        offsets.append({number, pdf.size() + update.size()});
        update += QStringLiteral("%1 0 obj\n<<\n/Type /Annot\n/Subtype /Link\n/Border [0 0 0]\n"
                                 "/Rect [%2 %3 %4 %5]\n/Dest [%6 0 R /XYZ null %7 null]\n>>\n"
                                 "endobj\n")
                      .arg(number)
                      .arg(link.rect.left(), 0, 'f', 2)
                      .arg(link.rect.top(), 0, 'f', 2)
                      .arg(link.rect.right(), 0, 'f', 2)
                      .arg(link.rect.bottom(), 0, 'f', 2)
                      .arg(pages.at(link.toPage))
                      .arg(link.toTop, 0, 'f', 2)
                      .toLatin1();
        annotationsOf[link.fromPage].append(number);
    }
    // Each page with links: its annotation array again, with the links added.
    for (auto it = annotationsOf.cbegin(); it != annotationsOf.cend(); ++it) {
        const int page = pages.at(it.key());
        const QRegularExpression pageObject(
            QStringLiteral("\\n%1 0 obj\\s*<<(.*?)>>\\s*endobj").arg(page),
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch pageMatch = pageObject.match(text);
        if (!pageMatch.hasMatch())
            return false;
        static const QRegularExpression annots(QStringLiteral("/Annots (\\d+) 0 R"));
        const QRegularExpressionMatch annotsMatch = annots.match(pageMatch.captured(1));
        QStringList entries;
        for (int number : it.value())
            entries.append(QStringLiteral("%1 0 R").arg(number));
        if (annotsMatch.hasMatch()) {
            const int array = annotsMatch.captured(1).toInt();
            const QRegularExpression arrayObject(
                QStringLiteral("\\n%1 0 obj\\s*\\[(.*?)\\]\\s*endobj").arg(array),
                QRegularExpression::DotMatchesEverythingOption);
            const QRegularExpressionMatch arrayMatch = arrayObject.match(text);
            if (!arrayMatch.hasMatch())
                return false;
            offsets.append({array, pdf.size() + update.size()});
            update += QStringLiteral("%1 0 obj\n[%2 %3]\nendobj\n")
                          .arg(array)
                          .arg(arrayMatch.captured(1).trimmed(), entries.join(u' '))
                          .toLatin1();
        } else {
            offsets.append({page, pdf.size() + update.size()});
            update += QStringLiteral("%1 0 obj\n<<%2/Annots [%3]\n>>\nendobj\n")
                          .arg(page)
                          .arg(pageMatch.captured(1), entries.join(u' '))
                          .toLatin1();
        }
    }
    std::sort(offsets.begin(), offsets.end());
    const qsizetype xref = pdf.size() + update.size();
    update += "xref\n";
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i;
        while (j + 1 < offsets.size() && offsets.at(j + 1).first == offsets.at(j).first + 1)
            ++j;
        update +=
            QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            update +=
                QByteArray::number(offsets.at(k).second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    update += QStringLiteral("trailer\n<<\n/Size %1\n/Info %2 0 R\n/Root %3 0 R\n/Prev %4\n>>\n"
                             "startxref\n%5\n%%EOF\n")
                  .arg(next)
                  .arg(trailerMatch.captured(2), trailerMatch.captured(3), xrefMatch.captured(1))
                  .arg(xref)
                  .toLatin1();
    pdf += update;
    return true;
}

} // namespace Parallax
