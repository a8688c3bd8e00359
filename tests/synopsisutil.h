#pragma once

#include "synopsismodel.h"

#include <QHash>

namespace Parallax::Test {

// The segment shown in two rows of the synopsis, as "segment 7 in rows 2 and 5"; empty when each
// segment is in exactly one row. *shown: how many segments the rows show.
inline QString segmentInTwoRows(const SynopsisModel &model, qsizetype *shown)
{
    QHash<qsizetype, int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const auto segments = model.index(row, column)
                                      .data(SynopsisModel::SegmentsRole)
                                      .value<QList<qsizetype>>();
            for (qsizetype segment : segments) {
                if (rows.contains(segment))
                    return QStringLiteral("segment %1 in rows %2 and %3")
                        .arg(segment)
                        .arg(rows.value(segment))
                        .arg(row);
                rows.insert(segment, row);
            }
        }
    }
    *shown = rows.size();
    return {};
}

} // namespace Parallax::Test
