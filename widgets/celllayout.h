#pragma once

#include <QFont>
#include <QString>

class QTextLayout;

namespace Parallax {

// The geometry of one cell's wrapped text, apart from painting, so that it can be tested and
// so that every cell of a row is measured the same way: rows line up across columns however
// each column's text wraps.
struct CellLayout
{
    static constexpr int kPadding = 6;
    static constexpr int kMinimumHeight = 24;

    // Lays text out in width pixels (padding included); returns the height the cell needs.
    static int layout(QTextLayout &layout, int width);
    static int height(const QString &text, const QFont &font, int width);
};

} // namespace Parallax
