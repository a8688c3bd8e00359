#pragma once

#include "reportrenderer.h"

#include <QList>
#include <QString>

namespace Parallax::ReportLayout {

class ReportPage;

// The report's first page: its title, what was compared, and the findings brief (how the sources
// relate, conflicts, altered quotations, notes, the details only some sources carry), each
// finding linked to the page of its row; and the contents.
class ReportBrief
{
public:
    explicit ReportBrief(ReportPage &page);

    // The title, the introduction and the brief (which ends on page 1 at the latest).
    void cover();
    // The sections with their pages, each line a link to its section.
    void contents();

private:
    void relations();
    void conflicts();
    void quotations();
    // The user's notes on units, in the order given, each linked to its row; nothing when empty.
    void notes(const QList<ReportNote> &notes);
    void details();
    void subheading(const QString &text);
    // A finding: its text, then the unit and the page of its row; a link to that row.
    void finding(qsizetype unit, const QString &text);
    // Source names, each shortened to a few words, joined.
    // A source's letter ("A", as its swatch shows it), and several joined: "A, C".
    QString letter(qsizetype source) const;
    QString names(const QList<qsizetype> &sources) const;
    // The sources with their letters, titles, outlets, dates and files.
    void key();

    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
