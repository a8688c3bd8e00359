#include "elidedlabel.h"
#include "elidingcombobox.h"
#include "findingsutil.h"
#include "testutil.h"
#include "windowutil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTemporaryDir>
#include <QTextDocumentFragment>

using namespace Parallax;
using namespace Parallax::Test;

// Article text is shown as plain text everywhere: titles, file names and sentences that look
// like markup are read by no view as markup, tooltips included.
class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void elidedTextToolTips();
    void windowToolTips();

private:
    QTemporaryDir m_settings;
};

namespace {

// Unbalanced, so that the plain-text reader keeps it (TextRules::stripInlineMarkup removes only
// balanced inline tags, which a copy from a web page leaves).
const QString kMarkup = QStringLiteral("<b>Bold <i>x <img src=\"x\"> <script>alert(1)</script>");

// What a tooltip shows, as QToolTip decides: rich text when it looks like it.
QString shown(const QString &toolTip)
{
    return Qt::mightBeRichText(toolTip) ? QTextDocumentFragment::fromHtml(toolTip).toPlainText()
                                        : toolTip;
}

// Every tooltip of the model's cells and headers, down to the given depth.
void collectToolTips(const QAbstractItemModel *model, const QModelIndex &parent, int depth,
                     QStringList *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out->append(index.data(Qt::ToolTipRole).toString());
            if (depth > 0 && column == 0)
                collectToolTips(model, index, depth - 1, out);
        }
        if (!parent.isValid())
            out->append(model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString());
    }
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column)
            out->append(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
}

} // namespace

void TestPlainText::initTestCase()
{
    isolateSettings(m_settings, QStringLiteral("tst_plaintext"));
}

void TestPlainText::elidedTextToolTips()
{
    const QString text = QStringLiteral("The ") + kMarkup + QStringLiteral(" headline");
    ElidedLabel label;
    label.setText(text);
    QCOMPARE(shown(label.toolTip()), text);
    label.clear();
    QVERIFY(label.toolTip().isEmpty()); // no empty tooltip

    ElidingComboBox box;
    box.addItem(text);
    box.resize(120, box.sizeHint().height());
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QHelpEvent help(QEvent::ToolTip, QPoint(4, 4), box.mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(&box, &help);
    QCOMPARE(shown(box.toolTip()), text);
}

// Two sources whose titles and text hold markup, opened in the window: every tooltip that
// names them (the pair boxes and verdict, the find bar's summary, the row's details, the
// lists and tables) shows the markup as written.
void TestPlainText::windowToolTips()
{
    QTemporaryDir dir;
    const QString body =
        QStringLiteral("The council approved the %1 plan for the bridge on Tuesday. Works start "
                       "in May and will last two years, the mayor said.\n\nThe bridge was closed "
                       "in March after engineers found cracks in two of its piers.\n");
    const QStringList paths{
        writeFile(dir, QStringLiteral("a.txt"),
                  QStringLiteral("The ") + kMarkup + QStringLiteral(" bridge plan\n\n") +
                      body.arg(kMarkup)),
        writeFile(dir, QStringLiteral("b.txt"),
                  QStringLiteral("A ") + kMarkup + QStringLiteral(" bridge plan, approved\n\n") +
                      body.arg(QStringLiteral("new")) +
                      QStringLiteral("\nThe repairs will cost 12 million euros.\n"))};
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(load(window, paths));
    QVERIFY(window.find(QStringLiteral("Bold")) > 0);
    QCoreApplication::processEvents();

    QStringList tips;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (qobject_cast<ElidingComboBox *>(widget)) {
            QHelpEvent help(QEvent::ToolTip, QPoint(4, 4), widget->mapToGlobal(QPoint(4, 4)));
            QApplication::sendEvent(widget, &help);
        }
        tips.append(widget->toolTip());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
            collectToolTips(view->model(), {}, 2, &tips);
    }
    int named = 0;
    for (const QString &tip : std::as_const(tips)) {
        if (!tip.contains(QStringLiteral("Bold")))
            continue;
        ++named;
        const QString text = shown(tip);
        QVERIFY2(text.contains(QStringLiteral("<b>Bold <i>x <img")) &&
                     text.contains(QStringLiteral("<script>")),
                 qPrintable(QStringLiteral("%1\nshows as\n%2").arg(tip, text)));
    }
    QVERIFY2(named >= 4, qPrintable(QString::number(named))); // the titles are named somewhere
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
