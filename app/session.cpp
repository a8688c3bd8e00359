#include "session.h"

#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parallax {

namespace {

constexpr qint64 kMaxSessionSize = 16 * 1024 * 1024;

// How text kept in a session is read; plain text (and sessions older than the key) has none.
QString formatName(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Html:
        return QStringLiteral("html");
    case SourceFormat::Markdown:
        return QStringLiteral("markdown");
    default:
        return {};
    }
}

SourceFormat formatNamed(const QString &name)
{
    if (name == u"html")
        return SourceFormat::Html;
    if (name == u"markdown")
        return SourceFormat::Markdown;
    return SourceFormat::PlainText;
}

QJsonObject enteredObject(const UserMetadata &user)
{
    QJsonObject o;
    if (user.date.isValid())
        o.insert(QStringLiteral("date"), user.date.toString(Qt::ISODate));
    if (user.time.isValid())
        o.insert(QStringLiteral("time"), user.time.toString(QStringLiteral("HH:mm")));
    if (!user.outlet.isEmpty())
        o.insert(QStringLiteral("outlet"), user.outlet);
    return o;
}

UserMetadata enteredFrom(const QJsonObject &o)
{
    UserMetadata user;
    user.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    user.time =
        QTime::fromString(o.value(QStringLiteral("time")).toString(), QStringLiteral("HH:mm"));
    user.outlet = o.value(QStringLiteral("outlet")).toString().simplified();
    return user;
}

} // namespace

bool Session::save(const QString &path, QString *error) const
{
    QJsonArray list;
    for (const Source &source : sources) {
        const Article &article = source.article;
        QJsonObject entry{{QStringLiteral("name"), source.name},
                          {QStringLiteral("hidden"), source.hidden}};
        if (!source.entered.isEmpty())
            entry.insert(QStringLiteral("entered"), enteredObject(source.entered));
        if (article.path.isEmpty() || article.path.startsWith(u':')) {
            // Text that came from no file is kept in the session itself, as it was given.
            if (!article.givenText.isEmpty()) {
                entry.insert(QStringLiteral("text"), article.givenText);
                if (const QString format = formatName(article.givenFormat); !format.isEmpty())
                    entry.insert(QStringLiteral("format"), format);
            } else {
                QStringList paragraphs;
                for (const Paragraph &p : article.paragraphs)
                    paragraphs.append(p.text);
                entry.insert(QStringLiteral("text"), paragraphs.join(QStringLiteral("\n\n")));
            }
            if (article.path.startsWith(u':'))
                entry.insert(QStringLiteral("resource"), article.path);
        } else {
            entry.insert(QStringLiteral("path"), article.path);
        }
        list.append(entry);
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("parallax-session")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sources"), list},
        {QStringLiteral("base"), base >= 0 ? QJsonValue(base) : QJsonValue()},
        {QStringLiteral("options"),
         [this] {
             QJsonObject o = QJsonObject::fromVariantMap(options.toMap());
             o.insert(QStringLiteral("threshold"), threshold);
             if (consensusView)
                 o.insert(QStringLiteral("view"), *consensusView ? QStringLiteral("consensus")
                                                                 : QStringLiteral("synopsis"));
             if (!sourceColumns.isEmpty()) { // a key older versions ignore
                 QJsonArray widths;
                 for (int width : sourceColumns)
                     widths.append(width);
                 o.insert(QStringLiteral("source_columns"), widths);
             }
             return o;
         }()},
    };
    if (!notes.isEmpty()) // a key older versions ignore
        root.insert(QStringLiteral("notes"), notesToJson(notes));
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return OutputFile::write(path, json, error);
}

std::optional<QJsonObject> Session::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxSessionSize), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        root.value(QStringLiteral("format")).toString() != u"parallax-session") {
        if (error)
            *error =
                tr("not a Parallax session (%1)")
                    .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : tr("unknown format"));
        return std::nullopt;
    }
    return root;
}

int Session::countSources(const QString &path, QString *error)
{
    const std::optional<QJsonObject> root = read(path, error);
    return root ? int(root->value(QStringLiteral("sources")).toArray().size()) : -1;
}

std::optional<Session> Session::open(const QString &path, const Locator &locate, QString *error)
{
    const std::optional<QJsonObject> read = Session::read(path, error);
    if (!read)
        return std::nullopt;
    const QJsonObject &root = *read;
    Session session;
    QHash<QString, QString> moved; // saved path -> where the article was found
    const QJsonValue savedBase = root.value(QStringLiteral("base"));
    const QJsonArray saved = root.value(QStringLiteral("sources")).toArray();
    for (qsizetype index = 0; index < saved.size(); ++index) {
        const QJsonObject entry = saved.at(index).toObject();
        Article article;
        QString filePath = entry.value(QStringLiteral("path")).toString();
        const QString savedPath = filePath;
        if (!filePath.isEmpty() && !QFileInfo::exists(filePath)) {
            // The article moved: next to the session file (a folder moved whole), else ask.
            const QString beside = QFileInfo(path).dir().filePath(QFileInfo(filePath).fileName());
            if (QFileInfo::exists(beside))
                filePath = beside;
            else if (const QString found = locate ? locate(filePath) : QString(); !found.isEmpty())
                filePath = found;
        }
        if (!filePath.isEmpty()) {
            QString reason;
            if (!ArticleLoader::load(filePath, &article, &reason)) {
                session.errors.append({filePath, reason});
                continue;
            }
        } else {
            article = ArticleLoader::fromText(
                entry.value(QStringLiteral("text")).toString(),
                formatNamed(entry.value(QStringLiteral("format")).toString()));
            article.path = entry.value(QStringLiteral("resource")).toString();
            if (article.words == 0) {
                session.errors.append(
                    {entry.value(QStringLiteral("name")).toString(), tr("is empty")});
                continue;
            }
        }
        // One source per file, as when files are added: an article the user located at a file
        // that is already a source (or a session listing a file twice) is not listed again.
        const auto same = std::find_if(
            session.sources.cbegin(), session.sources.cend(), [&](const Source &source) {
                return !article.path.isEmpty() && source.article.path == article.path;
            });
        const int place = int(same - session.sources.cbegin()); // its place among those read
        if (savedBase.isDouble() && savedBase.toInt() == index)
            session.base = place;
        if (!savedPath.isEmpty() && article.path != savedPath)
            moved.insert(savedPath, article.path);
        if (same != session.sources.cend())
            continue;
        session.sources.append({article, entry.value(QStringLiteral("name")).toString(),
                                entry.value(QStringLiteral("hidden")).toBool(),
                                enteredFrom(entry.value(QStringLiteral("entered")).toObject())});
    }
    const QJsonObject options = root.value(QStringLiteral("options")).toObject();
    session.options = ViewOptions::fromMap(options.toVariantMap());
    session.threshold = std::clamp(
        options.value(QStringLiteral("threshold")).toDouble(CompareOptions::kDefaultThreshold), 0.1,
        0.9);
    session.notes = notesFromJson(root.value(QStringLiteral("notes")).toArray());
    for (Note &note : session.notes) {
        for (NoteAnchor &anchor : note.anchors)
            anchor.source = moved.value(anchor.source, anchor.source);
    }
    for (const QJsonValue &width : options.value(QStringLiteral("source_columns")).toArray())
        session.sourceColumns.append(std::clamp(width.toInt(), 0, 10000));
    const QString view = options.value(QStringLiteral("view")).toString();
    if (view == QLatin1String("consensus") || view == QLatin1String("synopsis"))
        session.consensusView = view == QLatin1String("consensus");
    return session;
}

} // namespace Parallax
