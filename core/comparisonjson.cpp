#include "comparisonjson.h"

#include <QJsonArray>

namespace Parallax {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject ComparisonJson::toJson(const QList<Article> &articles, const QList<LoadError> &errors)
{
    QJsonArray sources;
    QJsonArray segments;
    qsizetype segmentId = 0;
    for (qsizetype s = 0; s < articles.size(); ++s) {
        const Article &article = articles.at(s);
        const ArticleMetadata &meta = article.metadata;
        sources.append(QJsonObject{
            {QStringLiteral("id"), s},
            {QStringLiteral("path"), article.path},
            {QStringLiteral("name"), article.displayName()},
            {QStringLiteral("title"), stringOrNull(meta.title)},
            {QStringLiteral("date"),
             meta.date.isValid() ? QJsonValue(meta.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("outlet"), stringOrNull(meta.outlet)},
            {QStringLiteral("language"), meta.language},
            {QStringLiteral("encoding"), article.encoding},
            {QStringLiteral("words"), article.words},
            {QStringLiteral("paragraphs"), article.paragraphs.size()},
        });
        for (const Sentence &sentence : article.sentences) {
            segments.append(QJsonObject{
                {QStringLiteral("id"), segmentId++},
                {QStringLiteral("source"), s},
                {QStringLiteral("paragraph"), sentence.paragraph},
                {QStringLiteral("kind"), blockKindName(sentence.kind)},
                {QStringLiteral("text"), sentence.text},
            });
        }
    }
    QJsonArray errorList;
    for (const LoadError &error : errors)
        errorList.append(QJsonObject{{QStringLiteral("path"), error.path},
                                     {QStringLiteral("reason"), error.reason}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("parallax-comparison")},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("errors"), errorList},
    };
}

} // namespace Parallax
