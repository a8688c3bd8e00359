#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace Parallax {

// Read-only access to a zip container held in memory (DOCX, ODT), through libzip. Every member
// read counts against one bound on the unpacked size, so a zip bomb stops with an error instead
// of filling the memory; the count is of bytes actually inflated, not of sizes the archive claims.
class ZipArchive
{
public:
    static constexpr qint64 kMaxUnpackedSize = 64 * 1024 * 1024; // bytes, all members together

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // bytes: the whole file; kept for the archive's lifetime. False, with a translated reason,
    // when it is not a zip archive or its directory is damaged.
    bool open(const QByteArray &bytes, QString *error);

    bool contains(const QString &name) const;

    // The unpacked bytes of one member. False, with a translated reason, when it is missing,
    // encrypted, damaged (CRC or inflate error) or when reading it would pass kMaxUnpackedSize.
    bool read(const QString &name, QByteArray *data, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
