#pragma once

namespace Parallax::ReportLayout {

class ReportPage;

// The report's "Conflicts" and "Quotations" sections: where sources state different values of
// one fact, and quotations worded differently or printed in part, each with its sources.
class ReportConflicts
{
public:
    explicit ReportConflicts(ReportPage &page);

    void write();

private:
    void conflicts();
    void quotations();

    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
