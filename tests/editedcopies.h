#pragma once

#include "testutil.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

#include <random>

namespace Parallax::Test {

// Versions of the sample story as an outlet would edit them: a paragraph dropped, two swapped,
// a word replaced, a figure changed; written to dir, one file each.
inline QStringList writeEditedCopies(const QString &dir, int count, quint32 seed)
{
    const QStringList originals = samplePaths();
    std::mt19937 random(seed);
    QStringList paths;
    for (int k = 0; k < count; ++k) {
        QStringList paragraphs =
            readUtf8(originals.at(k % originals.size())).split(QStringLiteral("\n\n"));
        if (paragraphs.size() > 4) {
            const int drop = 2 + int(random() % quint32(paragraphs.size() - 2));
            paragraphs.removeAt(drop);
            const int swap = 2 + int(random() % quint32(paragraphs.size() - 3));
            paragraphs.swapItemsAt(swap, swap + 1);
        }
        const int edit = 2 + int(random() % quint32(std::max<qsizetype>(1, paragraphs.size() - 2)));
        if (edit < paragraphs.size()) {
            paragraphs[edit].replace(QStringLiteral(" said "), QStringLiteral(" stated "));
            paragraphs[edit].replace(QRegularExpression(QStringLiteral("\\b1(\\d)\\b")),
                                     QStringLiteral("2\\1"));
        }
        const QString path =
            QStringLiteral("%1/version-%2.txt").arg(dir).arg(k, 2, 10, QChar(u'0'));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(paragraphs.join(QStringLiteral("\n\n")).toUtf8());
        paths.append(path);
    }
    return paths;
}

} // namespace Parallax::Test
