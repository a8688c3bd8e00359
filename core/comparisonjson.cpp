#include "comparisonjson.h"

#include "conflicts.h"
#include "derivation.h"
#include "earliest.h"
#include "quotations.h"

#include <QJsonArray>

#include <cmath>

namespace Parallax {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray additionsJson(const QList<Addition> &additions)
{
    QJsonArray out;
    for (const Addition &addition : additions) {
        out.append(QJsonObject{
            {QStringLiteral("source"), addition.source},
            {QStringLiteral("segment"), addition.segment},
            {QStringLiteral("start"), addition.start},
            {QStringLiteral("end"), addition.end},
            {QStringLiteral("text"), addition.text},
        });
    }
    return out;
}

QJsonArray idArray(const QList<qsizetype> &ids)
{
    QJsonArray out;
    for (qsizetype id : ids)
        out.append(id);
    return out;
}

QString diffKindName(DiffSpan::Kind kind)
{
    switch (kind) {
    case DiffSpan::Kind::Equal:
        return QStringLiteral("equal");
    case DiffSpan::Kind::Delete:
        return QStringLiteral("delete");
    case DiffSpan::Kind::Insert:
        return QStringLiteral("insert");
    case DiffSpan::Kind::Change:
        break;
    }
    return QStringLiteral("change");
}

QJsonArray quotationsJson(const QList<QuotationFinding> &quotations)
{
    QJsonArray out;
    for (const QuotationFinding &finding : quotations) {
        QJsonArray sides;
        for (const QuotationSide &side : finding.sides) {
            QJsonArray diff;
            for (const DiffSpan &span : side.diff) {
                diff.append(
                    QJsonObject{{QStringLiteral("kind"), diffKindName(span.kind)},
                                {QStringLiteral("first"), QJsonArray{span.aBegin, span.aEnd}},
                                {QStringLiteral("this"), QJsonArray{span.bBegin, span.bEnd}}});
            }
            sides.append(QJsonObject{{QStringLiteral("text"), side.text},
                                     {QStringLiteral("speaker"), stringOrNull(side.speaker)},
                                     {QStringLiteral("sources"), idArray(side.sources)},
                                     {QStringLiteral("segments"), idArray(side.segments)},
                                     {QStringLiteral("start"), side.start},
                                     {QStringLiteral("end"), side.end},
                                     {QStringLiteral("diff"), diff}});
        }
        QJsonArray attributions;
        for (const QuotationAttribution &a : finding.attributions) {
            attributions.append(QJsonObject{{QStringLiteral("speaker"), a.speaker},
                                            {QStringLiteral("sources"), idArray(a.sources)},
                                            {QStringLiteral("segments"), idArray(a.segments)}});
        }
        out.append(QJsonObject{{QStringLiteral("kind"), quotationKindName(finding.kind)},
                               {QStringLiteral("unit"), finding.unit},
                               {QStringLiteral("sides"), sides},
                               {QStringLiteral("attributions"), attributions}});
    }
    return out;
}

} // namespace

QJsonObject ComparisonJson::toJson(const QList<Article> &articles, const QList<LoadError> &errors,
                                   const Comparison *comparison)
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
            {QStringLiteral("date_from"), stringOrNull(dateOriginKey(meta.dateOrigin))},
            {QStringLiteral("time"), meta.time.isValid()
                                         ? QJsonValue(meta.time.toString(QStringLiteral("HH:mm")))
                                         : QJsonValue()},
            {QStringLiteral("outlet"), stringOrNull(meta.outlet)},
            {QStringLiteral("author"), stringOrNull(meta.author)},
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
    QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("parallax-comparison")},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("segments"), segments},
        {QStringLiteral("errors"), errorList},
    };
    if (!comparison)
        return json;
    QJsonArray units;
    for (qsizetype u = 0; u < comparison->units.size(); ++u) {
        const Unit &unit = comparison->units.at(u);
        const Earliest first = earliest(articles, unit.sources);
        units.append(QJsonObject{
            {QStringLiteral("id"), u},
            {QStringLiteral("segments"), idArray(unit.segments)},
            {QStringLiteral("sources"), idArray(unit.sources)},
            {QStringLiteral("support"), unit.support()},
            {QStringLiteral("earliest"),
             QJsonObject{
                 {QStringLiteral("sources"), idArray(first.sources)},
                 {QStringLiteral("date"), first.date.isValid()
                                              ? QJsonValue(first.date.toString(Qt::ISODate))
                                              : QJsonValue()},
                 {QStringLiteral("time"),
                  first.time.isValid() ? QJsonValue(first.time.toString(QStringLiteral("HH:mm")))
                                       : QJsonValue()},
                 {QStringLiteral("undated"), first.undated},
             }},
        });
    }
    QJsonArray links;
    for (const Link &link : comparison->links) {
        links.append(QJsonObject{
            {QStringLiteral("a"), link.a},
            {QStringLiteral("b"), link.b},
            {QStringLiteral("score"), std::round(link.score * 1000) / 1000},
            {QStringLiteral("relation"), relationName(link.relation)},
        });
    }
    json.insert(QStringLiteral("base"),
                comparison->base >= 0 ? QJsonValue(comparison->base) : QJsonValue());
    json.insert(QStringLiteral("units"), units);
    json.insert(QStringLiteral("links"), links);
    json.insert(QStringLiteral("moved"), idArray(comparison->movedSegments));
    json.insert(QStringLiteral("added"), additionsJson(comparison->added));
    json.insert(QStringLiteral("added_vs_base"), additionsJson(comparison->addedVsBase));
    QJsonArray relations;
    for (const SourceRelation &r : sourceRelations(articles, *comparison)) {
        relations.append(QJsonObject{
            {QStringLiteral("source"), r.source},
            {QStringLiteral("other"), r.other >= 0 ? QJsonValue(r.other) : QJsonValue()},
            {QStringLiteral("label"), relationLabelName(r.label)},
            {QStringLiteral("coverage"), std::round(r.coverage * 1000) / 1000},
            {QStringLiteral("reverse"), std::round(r.reverse * 1000) / 1000},
            {QStringLiteral("order"), std::round(r.order * 1000) / 1000},
            {QStringLiteral("same_wording"), std::round(r.sameWording * 1000) / 1000},
            {QStringLiteral("mutual"), r.mutual},
        });
    }
    json.insert(QStringLiteral("relations"), relations);
    const auto [found, quotations] = findConflictsAndQuotations(articles, *comparison);
    QJsonArray conflicts;
    for (const Conflict &conflict : std::as_const(found)) {
        QJsonArray sides;
        for (const ConflictSide &side : conflict.sides) {
            sides.append(QJsonObject{{QStringLiteral("value"), side.value},
                                     {QStringLiteral("sources"), idArray(side.sources)},
                                     {QStringLiteral("segments"), idArray(side.segments)}});
        }
        QJsonObject entry{{QStringLiteral("unit"), conflict.unit},
                          {QStringLiteral("dimension"), conflict.dimension},
                          {QStringLiteral("sides"), sides}};
        if (!conflict.about.isEmpty())
            entry.insert(QStringLiteral("about"), conflict.about);
        conflicts.append(entry);
    }
    json.insert(QStringLiteral("conflicts"), conflicts);
    json.insert(QStringLiteral("quotations"), quotationsJson(quotations));
    return json;
}

} // namespace Parallax
