#pragma once

#include "comparisonstate.h"
#include "reportrenderer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QPrintPreviewDialog;
class QWidget;

namespace Parallax {

class ComparisonController;
class NoteBook;

// The report of what the window shows (the controller's comparison, drawn with the view options
// given last): written as PDF on a worker thread with progress and cancel, printed, or shown in
// a print preview, on the paper size chosen. Dialogs and messages appear over the window.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    ReportExporter(QWidget *window, const ComparisonController *comparison);
    ~ReportExporter() override; // waits for a report being written

    // The notes the report lists (ReportOptions::notes): those on rows, into the brief.
    void setNoteBook(const NoteBook *notes) { m_notes = notes; }
    // The highlight mode and additions the report shows, as the views do.
    void setViewOptions(const ViewOptions &options) { m_view = options; }
    // "A4", "Letter"...; empty: from the locale.
    QString paperSize() const { return m_paperSize; }
    void setPaperSize(const QString &name) { m_paperSize = name; }
    // The renderer's options: the paper size and the view options.
    ReportOptions options() const;

    // Starts writing the PDF to path; finished() follows. False, and nothing started, when there
    // is no comparison or a report is being written.
    bool exportPdf(const QString &path);
    // Stops the report being written (finished() says it was not).
    void cancel();
    // Asks for a file (starting in folder) and writes the PDF there.
    void showExportDialog(const QString &folder);
    void showPrintDialog();
    // A print preview over the window, deleted when closed; not yet shown.
    QPrintPreviewDialog *createPrintPreview();
    void showPrintPreview();

Q_SIGNALS:
    void statusChanged(const QString &text);
    void busyChanged(bool busy);            // a progress bar and Cancel belong on screen
    void progressRangeChanged(int maximum); // progress goes from 0 to maximum (0: unknown)
    void progressChanged(int value);
    void message(const QString &text, int timeout); // for a moment in the status bar (ms)
    void finished(bool ok);                         // the PDF is written, or not (and said why)

private:
    void onWritten();

    QWidget *m_window;
    const ComparisonController *m_comparison;
    const NoteBook *m_notes = nullptr;
    ViewOptions m_view;
    QString m_paperSize; // empty: from the locale
    QFutureWatcher<QString> m_writer;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // The writer stores its progress (pages done, pages in all); a GUI-thread timer reads it, so
    // that nothing is posted from the worker thread.
    std::shared_ptr<std::atomic_int> m_done;
    std::shared_ptr<std::atomic_int> m_total;
    QTimer m_progressPoll;
    QString m_path;
};

} // namespace Parallax
