#pragma once

#include "article.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace Parallax::Test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(PARALLAX_TEST_DATA "/") + name;
}

inline QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The seed articles shared with the project, or an empty list when they are absent.
inline QStringList seedPaths()
{
    const QDir dir(QStringLiteral(PARALLAX_SEEDS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// The bundled sample story's files, in order.
inline QStringList samplePaths()
{
    const QDir dir(QStringLiteral(PARALLAX_SAMPLE_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

inline QStringList kindsOf(const Article &article)
{
    QStringList kinds;
    for (const Paragraph &p : article.paragraphs)
        kinds.append(blockKindName(p.kind));
    return kinds;
}

} // namespace Parallax::Test
