#include "ziparchive.h"

#include <QCoreApplication>

#include <zip.h>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ArticleLoader)
};

} // namespace

struct ZipArchive::Private
{
    QByteArray bytes;
    zip_t *archive = nullptr;
    qint64 unpacked = 0;
};

ZipArchive::ZipArchive()
    : d(std::make_unique<Private>())
{}

ZipArchive::~ZipArchive()
{
    if (d->archive)
        zip_discard(d->archive);
}

bool ZipArchive::open(const QByteArray &bytes, QString *error)
{
    d->bytes = bytes;
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source =
        zip_source_buffer_create(d->bytes.constData(), zip_uint64_t(d->bytes.size()), 0, &zipError);
    if (source)
        d->archive = zip_open_from_source(source, ZIP_RDONLY, &zipError);
    if (!d->archive) {
        if (source)
            zip_source_free(source);
        *error = Tr::tr("is damaged: not a readable zip container (%1)")
                     .arg(QString::fromUtf8(zip_error_strerror(&zipError)));
        zip_error_fini(&zipError);
        return false;
    }
    zip_error_fini(&zipError);
    return true;
}

bool ZipArchive::contains(const QString &name) const
{
    return d->archive && zip_name_locate(d->archive, name.toUtf8().constData(), 0) >= 0;
}

bool ZipArchive::read(const QString &name, QByteArray *data, QString *error)
{
    data->clear();
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!d->archive || zip_stat(d->archive, utf8.constData(), 0, &stat) != 0) {
        *error = Tr::tr("is damaged: %1 is missing from it").arg(name);
        return false;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        *error = Tr::tr("is password-protected");
        return false;
    }
    zip_file_t *file = zip_fopen(d->archive, utf8.constData(), 0);
    if (!file) {
        *error = Tr::tr("is damaged: %1 cannot be unpacked").arg(name);
        return false;
    }
    const qint64 bound = kMaxUnpackedSize;
    char buffer[64 * 1024];
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            *error = Tr::tr("is damaged: %1 cannot be unpacked").arg(name);
            ok = false;
            break;
        }
        if (n == 0)
            break;
        d->unpacked += n;
        if (d->unpacked > bound) {
            *error = Tr::tr("unpacks to more than %1 MB, the limit for a document (a zip bomb?)")
                         .arg(bound / (1024 * 1024));
            ok = false;
            break;
        }
        data->append(buffer, qsizetype(n));
    }
    zip_fclose(file);
    if (!ok)
        data->clear();
    return ok;
}

} // namespace Parallax
