#pragma once

#include <QList>

namespace Parallax {
class SynopsisModel;
}

namespace Parallax::ReportLayout {

class ReportPage;

// The report's "How to read this report" (the marks of the comparison and the source colours)
// and "The comparison": unit by unit, each source side by side, its column header on every page;
// more sources than fit on a page are shown in groups, the base in each.
class ReportComparison
{
public:
    explicit ReportComparison(ReportPage &page);

    void legend();
    void write();

private:
    // Groups of source columns, each fitting a page.
    QList<QList<int>> columnGroups(int columns) const;
    void table(const SynopsisModel &model, const QList<int> &group);

    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
