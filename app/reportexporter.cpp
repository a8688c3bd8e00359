#include "reportexporter.h"

#include "comparisoncontroller.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QtConcurrent/QtConcurrentRun>

namespace Parallax {

ReportExporter::ReportExporter(QWidget *window, const ComparisonController *comparison)
    : QObject(window)
    , m_window(window)
    , m_comparison(comparison)
{
    connect(&m_writer, &QFutureWatcher<QString>::finished, this, &ReportExporter::onWritten);
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
    QPointer<ReportExporter> self(this);
    Q_EMIT statusChanged(tr("Writing the report..."));
    Q_EMIT busyChanged(true);
    Q_EMIT progressRangeChanged(0);
    auto progress = [self](int done, int total) {
        QMetaObject::invokeMethod(
            qApp,
            [self, done, total] {
                if (self) {
                    Q_EMIT self->progressRangeChanged(total);
                    Q_EMIT self->progressChanged(done);
                }
            },
            Qt::QueuedConnection);
    };
    m_path = path;
    m_writer.setFuture(QtConcurrent::run([state, options, path, cancel, progress] {
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
