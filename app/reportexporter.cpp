#include "reportexporter.h"

#include "comparisoncontroller.h"
#include "notebook.h"

#include "pooltask.h"
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Parallax {

ReportExporter::ReportExporter(QWidget *window, const ComparisonController *comparison)
    : QObject(window)
    , m_window(window)
    , m_comparison(comparison)
{
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, &ReportExporter::onWritten);
    m_progressPoll.setInterval(100);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        if (!m_writer.isRunning() || !m_done || !m_total) {
            m_progressPoll.stop();
            return;
        }
        Q_EMIT progressRangeChanged(m_total->load());
        Q_EMIT progressChanged(m_done->load());
    });
}

ReportExporter::~ReportExporter()
{
    m_writer.waitForFinished();
}

ReportOptions ReportExporter::options() const
{
    ReportOptions options;
    if (!m_paperSize.isEmpty())
        options.pageSize = ReportOptions::pageSizeNamed(m_paperSize);
    options.view = m_view;
    // The notes on rows go into the brief; a note whose sentences are in no row has no page.
    if (m_notes) {
        for (const NoteEntry &note : m_notes->entries()) {
            if (note.unit >= 0)
                options.notes.append({note.unit, note.statusText, note.text});
        }
    }
    return options;
}

bool ReportExporter::exportPdf(const QString &path)
{
    const ComparisonStatePtr state = m_comparison->state();
    if (!state || m_writer.isRunning())
        return false;
    const ReportOptions options = this->options();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    m_done = std::make_shared<std::atomic_int>(0);
    m_total = std::make_shared<std::atomic_int>(0);
    Q_EMIT statusChanged(tr("Writing the report..."));
    Q_EMIT busyChanged(true);
    Q_EMIT progressRangeChanged(0);
    auto progress = [done = m_done, total = m_total](int pages, int all) {
        total->store(all);
        done->store(pages);
    };
    m_progressPoll.start();
    m_path = path;
    m_writer.setFuture(runInPool([state, options, path, cancel, progress] {
        QString error;
        ReportRenderer(state, options).writePdf(path, &error, progress, cancel.get());
        return error;
    }));
    return true;
}

void ReportExporter::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void ReportExporter::onWritten()
{
    const QString error = m_writer.result();
    Q_EMIT statusChanged(error.isEmpty()
                             ? tr("Report written: %1").arg(QDir::toNativeSeparators(m_path))
                             : tr("The report was not written."));
    Q_EMIT busyChanged(false);
    if (!error.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Report not written"),
                                    tr("%1: %2").arg(QDir::toNativeSeparators(m_path), error),
                                    QMessageBox::Ok, m_window);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("exportError"));
        box->show();
    }
    Q_EMIT finished(error.isEmpty());
}

void ReportExporter::showExportDialog(const QString &folder)
{
    if (!m_comparison->state()) {
        Q_EMIT message(tr("Open some articles first."), 3000);
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export PDF Report"), folder,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    exportPdf(path);
}

void ReportExporter::showPrintDialog()
{
    if (!m_comparison->state())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        ReportRenderer(m_comparison->state(), options()).render(&printer);
}

QPrintPreviewDialog *ReportExporter::createPrintPreview()
{
    auto *preview = new QPrintPreviewDialog(m_window);
    preview->setObjectName(QStringLiteral("printPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    const ComparisonStatePtr state = m_comparison->state();
    const ReportOptions options = this->options();
    connect(
        preview, &QPrintPreviewDialog::paintRequested, preview,
        [state, options](QPrinter *printer) { ReportRenderer(state, options).render(printer); });
    return preview;
}

void ReportExporter::showPrintPreview()
{
    if (!m_comparison->state())
        return;
    createPrintPreview()->open();
}

} // namespace Parallax
