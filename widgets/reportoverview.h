#pragma once

namespace Parallax::ReportLayout {

class ReportPage;

// The report's "Overview": a heat map of units (rows) by sources (columns, each named above), the
// shade how closely the best counterpart matches, full colour what only that source carries.
class ReportOverview
{
public:
    explicit ReportOverview(ReportPage &page);

    void write();

private:
    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
