#pragma once

namespace Parallax::ReportLayout {

class ReportPage;

// The report's "Sources" section: a table of the sources (title, outlet, date, words, share
// added, units others carry).
class ReportSources
{
public:
    explicit ReportSources(ReportPage &page);

    void write();

private:
    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
