#include "monkey.h"

#include "detailspanel.h"
#include "mainwindow.h"
#include "sourcelistmodel.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QWindow>

namespace Parallax::Test {

namespace {

QString plainText(QString text)
{
    text.remove(u'&');
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

QString keysName(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::PortableText);
}

// Every menu action the monkey uses, by its English text.
const QStringList kActionTexts =
    QStringLiteral("Open|Add|Open the Sample Story|Paste as New Source|Open Session|Save Session|"
                   "Export PDF Report|Print Preview|From the Locale|A4|Letter|Find|Find Next|"
                   "Find Previous|Highlight Added Information|Highlight All Wording Changes|"
                   "Additions Relative to the Base Source|Show Page Furniture|Ignore Case|"
                   "Ignore Punctuation|Ignore Quote Style|Ignore Spelling Variants|"
                   "Similarity Threshold|Next Difference|Previous Difference|Next Added Detail|"
                   "Previous Added Detail|Use as Base|Rename|Hide or Show|Move Up|Move Down|"
                   "Remove|About Parallax|Sources|Who Added What")
        .split(u'|');

} // namespace

Monkey::Monkey(MainWindow *window, const QString &workDir,
               std::function<void(const QString &)> note)
    : m_window(window)
    , m_note(std::move(note))
    , m_answerer(m_note)
    , m_files(workDir + QStringLiteral("/files"))
    , m_sessions(workDir + QStringLiteral("/sessions"))
    , m_reports(workDir + QStringLiteral("/reports"))
{
    for (const QString &dir : {m_files, m_sessions, m_reports})
        QDir().mkpath(dir);
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (!a->menu() && !a->text().isEmpty())
            m_actions.insert(plainText(a->text()), a);
    }
    for (const QString &text : kActionTexts) {
        if (!m_actions.contains(text))
            m_missing.append(text);
    }
    // Cancel by any way (a click, a key on the focused button) may leave the last comparison
    // shown for sources that changed since.
    for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
        if (button->text() == u"Cancel")
            QObject::connect(button, &QAbstractButton::clicked, button,
                             [this] { m_cancelled = true; });
    }
    // The pool: copies of the sample (which the disk step deletes and rewrites), the sample
    // itself, a picture, an empty file, a name with markup and a file that does not exist.
    for (const QString &path : samplePaths()) {
        const QString copy = m_files + u'/' + QFileInfo(path).fileName();
        QFile::copy(path, copy);
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        m_pool << copy << path;
        const QStringList paragraphs = readUtf8(path).split(QStringLiteral("\n\n"));
        for (const QString &p : paragraphs) {
            if (!p.trimmed().isEmpty())
                m_paragraphs.append(p.trimmed());
        }
    }
    QFile png(m_files + QStringLiteral("/picture.png"));
    if (png.open(QIODevice::WriteOnly))
        png.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QFile(m_files + QStringLiteral("/empty.txt")).open(QIODevice::WriteOnly);
    QFile odd(m_files + QStringLiteral("/<b>odd<i> name.txt"));
    if (odd.open(QIODevice::WriteOnly))
        odd.write("A <i>headline</i>\n\nThe Lantern Bridge reopened on Tuesday, said the mayor.\n");
    m_pool << png.fileName() << m_files + QStringLiteral("/empty.txt") << odd.fileName()
           << m_files + QStringLiteral("/gone.txt");
}

const QList<Monkey::Action> &Monkey::actions()
{
    static const QList<Action> table{
        {"openSample", 2, &Monkey::openSample},
        {"openFiles", 3, &Monkey::openFiles},
        {"addFiles", 4, &Monkey::addFiles},
        {"dropFiles", 6, &Monkey::dropFiles},
        {"dropText", 5, &Monkey::dropText},
        {"paste", 3, &Monkey::paste},
        {"selectSource", 8, &Monkey::selectSource},
        {"remove", 5, &Monkey::removeSource},
        {"hide", 4, &Monkey::hideSource},
        {"rename", 4, &Monkey::renameSource},
        {"setBase", 4, &Monkey::setBase},
        {"reorder", 5, &Monkey::reorder},
        {"find", 5, &Monkey::find},
        {"difference", 8, &Monkey::difference},
        {"option", 5, &Monkey::option},
        {"threshold", 3, &Monkey::threshold},
        {"paperSize", 1, &Monkey::paperSize},
        {"exportPdf", 4, &Monkey::exportPdf},
        {"printPreview", 1, &Monkey::printPreview},
        {"saveSession", 3, &Monkey::saveSession},
        {"openSession", 3, &Monkey::openSession},
        {"openRecent", 1, &Monkey::openRecent},
        {"cancel", 5, &Monkey::cancel},
        {"resize", 2, &Monkey::resize},
        {"keys", 6, &Monkey::keys},
        {"click", 6, &Monkey::clickAnywhere},
        {"tabs", 3, &Monkey::tabs},
        {"combo", 3, &Monkey::combo},
        {"details", 2, &Monkey::details},
        {"docks", 1, &Monkey::docks},
        {"disk", 2, &Monkey::disk},
        {"dismiss", 2, &Monkey::dismiss},
        {"settle", 3, &Monkey::settle},
        {"about", 1, &Monkey::about},
    };
    return table;
}

void Monkey::note(const QString &what)
{
    m_note(what);
}

void Monkey::step(quint64 parameters)
{
    MonkeyRandom r(parameters);
    int total = 0;
    for (const Action &a : actions())
        total += a.weight;
    int choice = r.below(total);
    for (const Action &a : actions()) {
        if (choice < a.weight) {
            note(QString::fromLatin1(a.name));
            (this->*a.run)(r);
            break;
        }
        choice -= a.weight;
    }
    // A menu opened by a click or a key is closed before the next step, as the user would.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    // Message boxes about unreadable files pile up otherwise.
    QList<QMessageBox *> boxes;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            boxes.append(box);
    }
    for (qsizetype i = 0; i + 4 < boxes.size(); ++i)
        boxes.at(i)->close();
}

void Monkey::trigger(QAction *action, const DialogAnswers &answers)
{
    m_answerer.arm(answers);
    action->trigger();
    m_answerer.disarm();
}

// The menu action, or half the time its shortcut typed in the window.
void Monkey::byAction(const QString &text, MonkeyRandom &r,
                      const std::optional<DialogAnswers> &given)
{
    const DialogAnswers answers = given ? *given : someAnswers(r);
    QAction *a = m_actions.value(text);
    const bool typed = r.percent(50) && !a->shortcut().isEmpty();
    note(QStringLiteral("%1 (%2)").arg(text, typed ? keysName(a->shortcut()) : "menu"));
    if (!typed) {
        trigger(a, answers);
        return;
    }
    m_answerer.arm(answers);
    mainKey(a->shortcut());
    m_answerer.disarm();
}

// Keys go to the window that has the focus, through the window system (shortcuts included).
void Monkey::key(const QKeySequence &keys)
{
    QWindow *target = QGuiApplication::focusWindow();
    if (!target)
        target = m_window->windowHandle();
    QTest::keySequence(target, keys);
}

// Keys for the main window: the user clicks into it first unless a dialog blocks it.
void Monkey::mainKey(const QKeySequence &keys)
{
    if (!m_window->isActiveWindow() && !QApplication::activeModalWidget()) {
        m_window->activateWindow();
        QCoreApplication::processEvents();
    }
    key(keys);
}

void Monkey::click(QWidget *widget, const QPoint &at, Qt::MouseButton button, bool twice)
{
    QWidget *top = widget->window();
    if (!top->windowHandle() || !widget->isVisible())
        return;
    const QPoint where = widget->mapTo(top, at);
    if (twice)
        QTest::mouseDClick(top->windowHandle(), button, {}, where);
    else
        QTest::mouseClick(top->windowHandle(), button, {}, where);
}

// Delivered to the window as the window system delivers a drag: to the widget under the point
// that takes drops, or its nearest parent that does.
void Monkey::drop(const QMimeData &mime, const QPoint &at)
{
    if (QApplication::activeModalWidget())
        return; // a dialog blocks the window: the drag is refused
    QWindow *window = m_window->windowHandle();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &move);
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &dropped);
}

// Cancel now and then; save sessions (asked for one, or to keep unsaved changes) among a few
// names, with or without the suffix Parallax adds.
DialogAnswers Monkey::someAnswers(MonkeyRandom &r) const
{
    DialogAnswers answers;
    answers.accept = r.percent(90);
    answers.button = r.below(12);
    answers.save = m_sessions + QStringLiteral("/session-%1").arg(r.below(3));
    if (r.percent(70))
        answers.save += QStringLiteral(".parallax");
    return answers;
}

QStringList Monkey::someFiles(MonkeyRandom &r, int most)
{
    QStringList files;
    for (int i = r.between(1, most); i > 0; --i)
        files.append(r.pick(m_pool));
    return files;
}

QString Monkey::someText(MonkeyRandom &r) const
{
    switch (r.below(20)) {
    case 0:
        return QStringLiteral("   \n\t ");
    case 1:
        return QStringLiteral("<p><img src=x onerror=alert(1)></p>");
    case 2:
        return QStringLiteral(
                   "שלום עולם. Ein Satz mit Umlauten: Ärger über Öl. 🙂 e\u0301\n\n") +
               m_paragraphs.value(0);
    default:
        break;
    }
    QStringList parts;
    for (int i = r.between(1, 6); i > 0; --i)
        parts.append(m_paragraphs.at(r.below(int(m_paragraphs.size()))));
    if (r.percent(30))
        parts.first().prepend(QStringLiteral("Breaking: "));
    return parts.join(QStringLiteral("\n\n"));
}

// Typed key by key; characters that have no key of their own come as text, as from an input
// method.
void Monkey::type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Paths as the log shows them: the same in every run of a seed.
QString Monkey::shortNames(const QStringList &paths) const
{
    const QString work = QFileInfo(m_files).absolutePath() + u'/';
    QStringList names;
    for (const QString &path : paths)
        names.append(path.startsWith(work)
                         ? path.mid(work.size())
                         : QStringLiteral("sample/") + QFileInfo(path).fileName());
    return names.join(u',');
}

QWidget *Monkey::sourceList() const
{
    return m_window->findChild<QTreeView *>(QStringLiteral("sourceList"));
}

void Monkey::openSample(MonkeyRandom &r)
{
    auto *welcome = m_window->findChild<QAbstractButton *>(QStringLiteral("welcomeSample"));
    if (r.percent(50) && welcome && welcome->isVisible()) {
        note(QStringLiteral("openSample (welcome button)"));
        m_answerer.arm(someAnswers(r));
        click(welcome, welcome->rect().center());
        m_answerer.disarm();
        return;
    }
    trigger(m_actions.value("Open the Sample Story"), someAnswers(r));
}

void Monkey::openFiles(MonkeyRandom &r)
{
    DialogAnswers answers = someAnswers(r);
    answers.open = {someFiles(r, 5)};
    note(QStringLiteral("open %1").arg(shortNames(answers.open.constFirst())));
    byAction("Open", r, answers);
}

void Monkey::addFiles(MonkeyRandom &r)
{
    DialogAnswers answers = someAnswers(r);
    answers.open = {someFiles(r, 3)};
    note(QStringLiteral("add %1").arg(shortNames(answers.open.constFirst())));
    byAction("Add", r, answers);
}

void Monkey::dropFiles(MonkeyRandom &r)
{
    QStringList files = someFiles(r, 3);
    if (r.percent(15))
        files.append(m_files); // a folder: its supported files
    const QPoint at(r.below(m_window->width()), r.below(m_window->height()));
    note(QStringLiteral("drop %1 at %2,%3").arg(shortNames(files)).arg(at.x()).arg(at.y()));
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls.append(QUrl::fromLocalFile(file));
    mime.setUrls(urls);
    drop(mime, at);
}

void Monkey::dropText(MonkeyRandom &r)
{
    const QString text = someText(r);
    const bool html = r.percent(40);
    const QPoint at(r.below(m_window->width()), r.below(m_window->height()));
    note(QStringLiteral("drop %1 text (%2 chars) at %3,%4")
             .arg(html ? "HTML" : "plain")
             .arg(text.size())
             .arg(at.x())
             .arg(at.y()));
    if (m_window->sourceModel()->rowCount() >= 12)
        return; // enough sources to keep the alignments short
    QMimeData mime;
    if (html)
        mime.setHtml(
            QStringLiteral("<html><body><h1>Dropped</h1><p>") +
            text.toHtmlEscaped().replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>")) +
            QStringLiteral("</p></body></html>"));
    mime.setText(text);
    drop(mime, at);
}

void Monkey::paste(MonkeyRandom &r)
{
    const QString text = someText(r);
    if (r.percent(30))
        QApplication::clipboard()->clear();
    else
        QApplication::clipboard()->setText(text);
    if (m_window->sourceModel()->rowCount() >= 12)
        return;
    byAction("Paste as New Source", r);
}

void Monkey::selectSource(MonkeyRandom &r)
{
    auto *list = static_cast<QTreeView *>(sourceList());
    const int rows = m_window->sourceModel()->rowCount();
    const int row = r.below(std::max(rows, 1));
    const bool checkbox = r.percent(15);
    note(QStringLiteral("select source %1%2").arg(row).arg(checkbox ? " (its check box)" : ""));
    if (row >= rows || !list->isVisible())
        return;
    list->scrollTo(m_window->sourceModel()->index(row, 0));
    const QRect rect = list->visualRect(m_window->sourceModel()->index(row, 0));
    click(list->viewport(), checkbox ? QPoint(rect.left() + 10, rect.center().y()) : rect.center());
}

void Monkey::removeSource(MonkeyRandom &r)
{
    if (r.percent(30) && sourceList()->isVisible()) {
        note(QStringLiteral("remove (Delete in the list)"));
        sourceList()->setFocus();
        key(QKeySequence::Delete);
        return;
    }
    byAction("Remove", r);
}

void Monkey::hideSource(MonkeyRandom &r)
{
    byAction("Hide or Show", r);
}

void Monkey::renameSource(MonkeyRandom &r)
{
    static const QStringList names{
        "The wire",     "",    "  ", "<b>bold</b> & <i>co</i>", QString(200, u'x'),
        "Новая версия", "Same"};
    const QString name = r.pick(names);
    const int finish = r.below(4); // commit, revert, leave the editor open, remove meanwhile
    note(QStringLiteral("rename to \"%1\" then %2")
             .arg(name.left(20), QStringList{"Return", "Escape", "nothing", "Remove"}[finish]));
    byAction("Rename", r);
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : sourceList()->findChildren<QLineEdit *>()) {
        if (e->isVisible())
            editor = e;
    }
    if (!editor)
        return;
    editor->selectAll();
    type(editor, name);
    if (finish == 0)
        QTest::keyClick(editor, Qt::Key_Return);
    else if (finish == 1)
        QTest::keyClick(editor, Qt::Key_Escape);
    else if (finish == 3)
        trigger(m_actions.value("Remove"), someAnswers(r));
}

void Monkey::setBase(MonkeyRandom &r)
{
    byAction("Use as Base", r);
}

void Monkey::reorder(MonkeyRandom &r)
{
    byAction(r.percent(50) ? "Move Up" : "Move Down", r);
}

void Monkey::find(MonkeyRandom &r)
{
    static const QStringList words{"bridge",        "Orsak", "the",     "e", "council",
                                   "no such words", "<b>",   "Tuesday", "",  "."};
    const QString word = r.pick(words);
    const int then = r.below(5);
    note(QStringLiteral("find \"%1\" then %2")
             .arg(word, QStringList{"Return", "F3", "Shift+F3", "Close", "nothing"}[then]));
    byAction("Find", r);
    QWidget *bar = m_window->findChild<QWidget *>(QStringLiteral("findBar"));
    auto *edit = bar ? bar->findChild<QLineEdit *>() : nullptr;
    if (!edit || !edit->isVisible())
        return;
    edit->selectAll();
    type(edit, word);
    if (then == 0)
        QTest::keyClick(edit, Qt::Key_Return);
    else if (then == 1)
        mainKey(QKeySequence::FindNext);
    else if (then == 2)
        mainKey(QKeySequence::FindPrevious);
    else if (then == 3)
        click(bar->findChild<QToolButton *>(QStringLiteral("findClose")), QPoint(5, 5));
}

void Monkey::difference(MonkeyRandom &r)
{
    static const QStringList go{"Next Difference",       "Previous Difference", "Next Added Detail",
                                "Previous Added Detail", "Find Next",           "Find Previous"};
    if (r.percent(20)) {
        const bool down = r.percent(50);
        note(QStringLiteral("difference (Alt+%1)").arg(down ? "Down" : "Up"));
        mainKey(QKeySequence(Qt::ALT | (down ? Qt::Key_Down : Qt::Key_Up)));
        return;
    }
    byAction(r.pick(go), r);
}

void Monkey::option(MonkeyRandom &r)
{
    static const QStringList options{"Highlight Added Information",
                                     "Highlight All Wording Changes",
                                     "Additions Relative to the Base Source",
                                     "Show Page Furniture",
                                     "Ignore Case",
                                     "Ignore Punctuation",
                                     "Ignore Quote Style",
                                     "Ignore Spelling Variants"};
    byAction(r.pick(options), r);
}

void Monkey::threshold(MonkeyRandom &r)
{
    DialogAnswers answers = someAnswers(r);
    answers.accept = r.percent(80);
    answers.value = r.between(10, 90) / 100.0;
    note(
        QStringLiteral("threshold %1%2").arg(answers.value).arg(answers.accept ? "" : " (cancel)"));
    trigger(m_actions.value("Similarity Threshold"), answers);
}

void Monkey::paperSize(MonkeyRandom &r)
{
    byAction(r.pick(QStringList{"From the Locale", "A4", "Letter"}), r);
}

void Monkey::exportPdf(MonkeyRandom &r)
{
    DialogAnswers answers = someAnswers(r);
    answers.save = m_reports + QStringLiteral("/report-%1.pdf").arg(r.below(3));
    note(QStringLiteral("export %1").arg(shortNames({answers.save})));
    byAction("Export PDF Report", r, answers);
}

void Monkey::printPreview(MonkeyRandom &r)
{
    for (QPointer<QPrintPreviewDialog> preview : m_window->findChildren<QPrintPreviewDialog *>()) {
        if (preview && preview->isVisible()) {
            const bool escape = r.percent(50);
            note(QStringLiteral("close the print preview (%1)").arg(escape ? "Esc" : "close"));
            if (escape)
                key(QKeySequence(Qt::Key_Escape));
            if (preview && preview->isVisible()) // deleted once closed
                preview->close();
            return;
        }
    }
    trigger(m_actions.value("Print Preview"), someAnswers(r));
}

void Monkey::saveSession(MonkeyRandom &r)
{
    const DialogAnswers answers = someAnswers(r);
    note(QStringLiteral("save session %1").arg(shortNames({answers.save})));
    byAction("Save Session", r, answers);
}

void Monkey::openSession(MonkeyRandom &r)
{
    DialogAnswers answers = someAnswers(r);
    answers.open = {{m_sessions + QStringLiteral("/session-%1.parallax").arg(r.below(3))},
                    {r.pick(m_pool)}, // where a missing article went
                    {r.pick(m_pool)}};
    note(QStringLiteral("open session %1").arg(shortNames(answers.open.constFirst())));
    byAction("Open Session", r, answers);
}

void Monkey::openRecent(MonkeyRandom &r)
{
    const int which = r.below(4);
    note(QStringLiteral("open recent %1").arg(which));
    QMenu *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        if (plainText(menu->title()) == u"Open Recent")
            recent = menu;
    }
    if (!recent)
        return;
    Q_EMIT recent->aboutToShow(); // as the menu does when it opens
    const QList<QAction *> entries = recent->actions();
    if (which < entries.size())
        trigger(entries.at(which), someAnswers(r));
}

void Monkey::cancel(MonkeyRandom &)
{
    for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
        if (button->text() == u"Cancel" && button->isVisible()) {
            note(QStringLiteral("click Cancel"));
            click(button, button->rect().center());
            return;
        }
    }
}

void Monkey::resize(MonkeyRandom &r)
{
    const QRect screen = m_window->screen()->availableGeometry();
    const QSize size(r.between(std::min(400, screen.width()), screen.width()),
                     r.between(std::min(300, screen.height()), screen.height()));
    const int how = r.below(10);
    if (how == 0) {
        note(QStringLiteral("maximize"));
        m_window->showMaximized();
    } else {
        note(QStringLiteral("resize to %1x%2").arg(size.width()).arg(size.height()));
        m_window->showNormal();
        m_window->resize(size);
    }
    m_sizedToScreen = true;
}

void Monkey::keys(MonkeyRandom &r)
{
    static const QList<Qt::Key> keys{
        Qt::Key_Escape, Qt::Key_Tab,    Qt::Key_Backtab, Qt::Key_Up,       Qt::Key_Down,
        Qt::Key_Left,   Qt::Key_Right,  Qt::Key_PageUp,  Qt::Key_PageDown, Qt::Key_Home,
        Qt::Key_End,    Qt::Key_Return, Qt::Key_Space,   Qt::Key_Delete,   Qt::Key_F2,
        Qt::Key_A,      Qt::Key_C};
    const Qt::Key pressed = r.pick(keys);
    const QKeySequence k =
        pressed == Qt::Key_C ? QKeySequence(QKeySequence::Copy) : QKeySequence(pressed);
    note(QStringLiteral("key %1").arg(keysName(k)));
    m_answerer.arm(someAnswers(r));
    key(k);
    m_answerer.disarm();
}

void Monkey::clickAnywhere(MonkeyRandom &r)
{
    QList<QWidget *> widgets;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (w->isVisible() && !qobject_cast<QMenuBar *>(w) && !qobject_cast<QMenu *>(w))
            widgets.append(w);
    }
    QWidget *w = widgets.value(r.below(int(widgets.size())));
    const int kind = r.below(10);
    const QPoint at(r.below(100), r.below(100));
    if (!w)
        return;
    const QPoint inside(at.x() * w->width() / 100, at.y() * w->height() / 100);
    note(QStringLiteral("%1 %2 \"%3\" at %4,%5")
             .arg(kind == 0   ? "right-click"
                  : kind == 1 ? "double-click"
                              : "click",
                  QString::fromLatin1(w->metaObject()->className()), w->objectName())
             .arg(inside.x())
             .arg(inside.y()));
    m_answerer.arm(someAnswers(r));
    click(w, inside, kind == 0 ? Qt::RightButton : Qt::LeftButton, kind == 1);
    m_answerer.disarm();
}

void Monkey::tabs(MonkeyRandom &r)
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    const int tab = r.below(3);
    note(QStringLiteral("tab %1").arg(tab));
    if (tabs && tabs->isVisible() && tab < tabs->count())
        click(tabs->tabBar(), tabs->tabBar()->tabRect(tab).center());
}

void Monkey::combo(MonkeyRandom &r)
{
    QList<QComboBox *> boxes;
    for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
        if (box->isVisible())
            boxes.append(box);
    }
    QComboBox *box = boxes.value(r.below(int(boxes.size())));
    const bool down = r.percent(50);
    note(QStringLiteral("combo box %1 %2")
             .arg(box ? box->currentText() : "-", down ? "Down" : "Up"));
    if (box)
        QTest::keyClick(box, down ? Qt::Key_Down : Qt::Key_Up);
}

void Monkey::details(MonkeyRandom &r)
{
    auto *panel = m_window->findChild<DetailsPanel *>();
    QTreeWidget *tree = r.percent(70) ? panel->additionsTree() : panel->unitTree();
    QList<QTreeWidgetItem *> items;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        items.append(*it);
    QTreeWidgetItem *item = items.value(r.below(int(items.size())));
    note(QStringLiteral("details item %1").arg(item ? item->text(0).left(30) : "-"));
    if (!item || !tree->isVisible())
        return;
    tree->scrollToItem(item);
    click(tree->viewport(), tree->visualItemRect(item).center());
}

void Monkey::docks(MonkeyRandom &r)
{
    byAction(r.percent(50) ? "Sources" : "Who Added What", r);
}

void Monkey::disk(MonkeyRandom &r)
{
    const QStringList samples = samplePaths();
    const int which = r.below(int(samples.size()));
    const QString copy = m_files + u'/' + QFileInfo(samples.at(which)).fileName();
    const int what = r.below(4);
    note(QStringLiteral("%1 %2").arg(
        QStringList{"delete", "restore", "append to", "scramble"}[what], shortNames({copy})));
    QFile::remove(copy);
    if (what == 0)
        return;
    QFile file(copy);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QByteArray text = readUtf8(samples.at(which)).toUtf8();
    if (what == 2)
        text += "\n\nA late paragraph: the ferry resumed on Friday, the operator said.\n";
    else if (what == 3)
        std::reverse(text.begin(), text.end());
    file.write(text);
}

void Monkey::dismiss(MonkeyRandom &)
{
    closeWindows();
}

void Monkey::closeWindows()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != m_window && w->isVisible() &&
            (qobject_cast<QMessageBox *>(w) || qobject_cast<QPrintPreviewDialog *>(w)))
            w->close();
    }
    m_window->activateWindow();
}

void Monkey::settle(MonkeyRandom &)
{
    const bool idle = QTest::qWaitFor([this] { return !m_window->isBusy(); }, 10000);
    note(idle ? QStringLiteral("settled") : QStringLiteral("still busy after 10 s"));
}

void Monkey::about(MonkeyRandom &r)
{
    trigger(m_actions.value("About Parallax"), someAnswers(r));
}

} // namespace Parallax::Test
