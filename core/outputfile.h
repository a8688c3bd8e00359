#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFileDevice;

namespace Parallax {

// Where an output of Parallax goes (the JSON, the PDF report, a session), written so that what
// was at the path is never half overwritten and never replaced by a thing of another kind:
//
// - A regular file, or a path where nothing is yet, is written atomically, like QSaveFile: into a
//   temporary file beside it that commit() renames over it. A failed write or commit (a full disk
//   included) removes the temporary file and leaves the old file as it was.
// - A symbolic link is followed: the link stays a link and its target gets the new content.
// - A character or block device (/dev/null, a terminal) or a FIFO is opened for writing and
//   written in place, never renamed over, removed or created. Opening a FIFO blocks until a
//   reader opens its other end, as a shell redirection does; a write to a device that fails
//   half-way cannot be taken back.
// - A folder, a socket, a missing folder or a place without write permission is refused: open()
//   fails and nothing is written.
//
// Use: open(), write() as often as needed, then commit(); or the one-call write(path, data, error).
// Destroying an OutputFile that was not committed discards what was written to a regular file.
// Not thread-safe; one OutputFile per output.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::OutputFile)

public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Opens the output for writing; on failure returns false and errorString() says why.
    bool open();
    // Writes all of data; on failure returns false, discards the output (see above) and
    // errorString() says why.
    bool write(const QByteArray &data);
    // Finishes the output: renames the temporary file over a regular file, closes a device.
    // Returns false when this or an earlier write() failed; nothing was replaced then.
    bool commit();
    // Gives up the output: a regular file keeps its old content.
    void cancel();

    // Whether the output is written in place (a device or a FIFO) rather than atomically.
    // Known after open().
    bool isInPlace() const { return m_inPlace; }
    // Why the last operation failed: a translated reason for the user that does not name the
    // path (callers have it), e.g. "it is a folder, not a file" or "the disk is full (No space
    // left on device)".
    QString errorString() const { return m_error; }

    // open(), write(data) and commit() in one. On failure returns false and sets *error (when
    // given) to errorString().
    static bool write(const QString &path, const QByteArray &data, QString *error);

private:
    void fail(const QString &reason);
    QString writeFailure() const;
    QString openFailure() const;

    QString m_path;
    std::unique_ptr<QFileDevice> m_file;
    QString m_error;
    bool m_inPlace = false;
    bool m_failed = false;
};

} // namespace Parallax
