#pragma once

#include "dialoganswerer.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMimeData;
class QWidget;
class QWindow;

namespace Parallax {
class MainWindow;
}

namespace Parallax::Test {

// splitmix64: the same sequence from a seed on every machine and library, so a seed replays.
class MonkeyRandom
{
public:
    explicit MonkeyRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n > 0 ? int(next() % quint64(n)) : 0; }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T>
    T pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    quint64 m_state;
};

// Drives the real window the way a hurried user would: its menu actions and their shortcuts,
// drags and drops, clicks and keys through the window system, the dialogs answered. Each step
// takes its choices from a generator seeded by the caller and never waits for the workers, so
// the steps land in the middle of reading, aligning and exporting.
class Monkey
{
public:
    // Files, sessions and reports go under workDir. note() receives each step's description
    // before the step acts (for the log printed on a failure).
    Monkey(MainWindow *window, const QString &workDir, std::function<void(const QString &)> note);

    QStringList missingActions() const { return m_missing; }
    void step(quint64 parameters);
    // Whether the window was sized to fit the screen by a step (it opens at its own size).
    bool sizedToScreen() const { return m_sizedToScreen; }
    // A Cancel was clicked while work ran; cleared by the caller once new work is seen.
    bool cancelledSinceWork() const { return m_cancelled; }
    void clearCancelled() { m_cancelled = false; }
    void closeWindows(); // message boxes and print previews, as a user would
    QString reportsDir() const { return m_reports; }
    QString sessionsDir() const { return m_sessions; }
    QAction *action(const QString &text) const { return m_actions.value(text); }
    void trigger(QAction *action, const DialogAnswers &answers = {});

private:
    struct Action
    {
        const char *name;
        int weight;
        void (Monkey::*run)(MonkeyRandom &);
    };
    static const QList<Action> &actions();

    void note(const QString &what);
    void byAction(const QString &text, MonkeyRandom &r,
                  const std::optional<DialogAnswers> &answers = std::nullopt);
    void key(const QKeySequence &keys);
    void mainKey(const QKeySequence &keys);
    void click(QWidget *widget, const QPoint &at, Qt::MouseButton button = Qt::LeftButton,
               bool twice = false);
    void drop(const QMimeData &mime, const QPoint &at);
    DialogAnswers someAnswers(MonkeyRandom &r) const;
    QStringList someFiles(MonkeyRandom &r, int most);
    QString someText(MonkeyRandom &r) const;
    static void type(QWidget *widget, const QString &text);
    QString shortNames(const QStringList &paths) const;
    QWidget *sourceList() const;

    void openSample(MonkeyRandom &r);
    void openFiles(MonkeyRandom &r);
    void addFiles(MonkeyRandom &r);
    void dropFiles(MonkeyRandom &r);
    void dropText(MonkeyRandom &r);
    void paste(MonkeyRandom &r);
    void selectSource(MonkeyRandom &r);
    void removeSource(MonkeyRandom &r);
    void hideSource(MonkeyRandom &r);
    void renameSource(MonkeyRandom &r);
    void setBase(MonkeyRandom &r);
    void reorder(MonkeyRandom &r);
    void find(MonkeyRandom &r);
    void difference(MonkeyRandom &r);
    void option(MonkeyRandom &r);
    void threshold(MonkeyRandom &r);
    void paperSize(MonkeyRandom &r);
    void exportPdf(MonkeyRandom &r);
    void printPreview(MonkeyRandom &r);
    void saveSession(MonkeyRandom &r);
    void openSession(MonkeyRandom &r);
    void openRecent(MonkeyRandom &r);
    void cancel(MonkeyRandom &r);
    void resize(MonkeyRandom &r);
    void keys(MonkeyRandom &r);
    void clickAnywhere(MonkeyRandom &r);
    void tabs(MonkeyRandom &r);
    void combo(MonkeyRandom &r);
    void details(MonkeyRandom &r);
    void docks(MonkeyRandom &r);
    void disk(MonkeyRandom &r);
    void dismiss(MonkeyRandom &r);
    void settle(MonkeyRandom &r);
    void about(MonkeyRandom &r);

    MainWindow *m_window;
    std::function<void(const QString &)> m_note;
    DialogAnswerer m_answerer;
    QHash<QString, QAction *> m_actions; // by text, without '&' and "..."
    QStringList m_missing;
    QString m_files; // articles, odd files and a missing one
    QString m_sessions;
    QString m_reports;
    QStringList m_pool;
    QStringList m_paragraphs; // of the sample story, for dropped and pasted text
    bool m_sizedToScreen = false;
    bool m_cancelled = false;
};

} // namespace Parallax::Test
