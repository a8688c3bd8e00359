#pragma once

#include "articleloader.h"
#include "comparisonstate.h"
#include "note.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Parallax {

// A saved comparison (".parallax", JSON): the sources with their names, hidden state and the
// date, time and outlet the user entered for them (key "entered", absent when none), the
// base, the view options and the similarity threshold. Text that came from no file is kept in
// the session itself, as it was given (Article::givenText). The user's notes are kept with the
// sentences they are anchored to. Reading it reads the articles again.
// Autosaves (Recovery) are sessions too.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::Session)

public:
    struct Source
    {
        Article article;
        QString name;
        bool hidden = false;
        UserMetadata entered = {}; // the user's date, time and outlet in place of the file's
    };

    QList<Source> sources;
    int base = -1; // index in sources; -1: the default
    ViewOptions options;
    double threshold = CompareOptions::kDefaultThreshold;
    // The user's notes; a session older than notes has none. An article found elsewhere than the
    // session says (see Locator) keeps its notes.
    QList<Note> notes;
    // The view the user picked: the consensus view (true) or the synopsis (false); empty when
    // the view follows the number of sources (also for sessions of older versions).
    std::optional<bool> consensusView;
    // The widths in pixels of the Sources panel's columns; empty: fitted to their contents (also
    // for sessions of older versions).
    QList<int> sourceColumns;
    QList<LoadError> errors; // sources that could not be read back (left out of sources)

    // Written through OutputFile (atomically to a file); false and *error set when it cannot be.
    bool save(const QString &path, QString *error) const;

    // Asked for an article that is no longer where the session says and not beside the session
    // file either: its new path, or nothing to leave it out.
    using Locator = std::function<QString(const QString &missing)>;
    static std::optional<Session> open(const QString &path, const Locator &locate, QString *error);
    // How many sources the session at path names, without reading them; -1 and *error set when
    // it is not a session.
    static int countSources(const QString &path, QString *error);

private:
    static std::optional<QJsonObject> read(const QString &path, QString *error);
};

} // namespace Parallax
