#pragma once

#include <QtGlobal>

namespace Parallax::ReportLayout {

class ReportPage;

// The report's "Who added what" section: per source, the sentences and phrases it adds,
// relative to all other sources and to the base, each in its sentence.
class ReportAdditions
{
public:
    explicit ReportAdditions(ReportPage &page);

    void write();

private:
    void list(qsizetype source, bool relativeToBase);

    ReportPage &m_page;
};

} // namespace Parallax::ReportLayout
