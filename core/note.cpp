#include "note.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace Parallax {

QString noteStatusKey(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Verified:
        return QStringLiteral("verified");
    case NoteStatus::Disputed:
        return QStringLiteral("disputed");
    case NoteStatus::ToCheck:
        break;
    }
    return QStringLiteral("to-check");
}

std::optional<NoteStatus> noteStatusFromKey(const QString &key)
{
    for (NoteStatus status : {NoteStatus::Verified, NoteStatus::Disputed, NoteStatus::ToCheck}) {
        if (key == noteStatusKey(status))
            return status;
    }
    return std::nullopt;
}

QString noteSourceKey(const Article &article)
{
    if (!article.path.isEmpty())
        return article.path;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const Paragraph &paragraph : article.paragraphs) {
        hash.addData(paragraph.text.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return QStringLiteral("text:") + QString::fromLatin1(hash.result().toHex().left(16));
}

QList<NoteAnchor> unitAnchors(const QList<Article> &articles, const Comparison &comparison,
                              qsizetype unit)
{
    QList<NoteAnchor> anchors;
    if (unit < 0 || unit >= comparison.units.size())
        return anchors;
    QList<qsizetype> segments = comparison.units.at(unit).segments;
    // The base's sentences first; segments ascend, and so do their sources.
    std::stable_partition(segments.begin(), segments.end(), [&](qsizetype segment) {
        return comparison.sourceOf(segment) == comparison.base;
    });
    for (qsizetype segment : segments) {
        const qsizetype source = comparison.sourceOf(segment);
        const qsizetype index = comparison.sentenceOf(segment);
        if (source < 0 || source >= articles.size())
            continue;
        const QList<Sentence> &sentences = articles.at(source).sentences;
        if (index >= 0 && index < sentences.size())
            anchors.append({noteSourceKey(articles.at(source)), sentences.at(index).text});
    }
    return anchors;
}

QList<qsizetype> attachedUnits(const QList<Note> &notes, const QList<Article> &articles,
                               const Comparison &comparison)
{
    QList<qsizetype> units(notes.size(), -1);
    if (notes.isEmpty())
        return units;
    QHash<qsizetype, qsizetype> unitOfSegment;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (qsizetype segment : comparison.units.at(u).segments) {
            if (!unitOfSegment.contains(segment))
                unitOfSegment.insert(segment, u);
        }
    }
    // (source key, sentence text) -> the first unit holding that sentence
    QHash<QString, QHash<QString, qsizetype>> unitOfSentence;
    for (qsizetype source = 0; source < articles.size(); ++source) {
        QHash<QString, qsizetype> &sentenceUnits =
            unitOfSentence[noteSourceKey(articles.at(source))];
        const QList<Sentence> &sentences = articles.at(source).sentences;
        for (qsizetype k = 0; k < sentences.size(); ++k) {
            const qsizetype unit =
                unitOfSegment.value(comparison.segmentOf(source, k), qsizetype(-1));
            if (unit >= 0 && !sentenceUnits.contains(sentences.at(k).text))
                sentenceUnits.insert(sentences.at(k).text, unit);
        }
    }
    for (qsizetype n = 0; n < notes.size(); ++n) {
        for (const NoteAnchor &anchor : notes.at(n).anchors) {
            const qsizetype unit =
                unitOfSentence.value(anchor.source).value(anchor.sentence, qsizetype(-1));
            if (unit >= 0) {
                units[n] = unit;
                break;
            }
        }
    }
    return units;
}

QJsonArray notesToJson(const QList<Note> &notes)
{
    QJsonArray array;
    for (const Note &note : notes) {
        QJsonArray anchors;
        for (const NoteAnchor &anchor : note.anchors)
            anchors.append(QJsonObject{{QStringLiteral("source"), anchor.source},
                                       {QStringLiteral("sentence"), anchor.sentence}});
        array.append(QJsonObject{{QStringLiteral("status"), noteStatusKey(note.status)},
                                 {QStringLiteral("note"), note.text},
                                 {QStringLiteral("anchors"), anchors}});
    }
    return array;
}

QList<Note> notesFromJson(const QJsonArray &array)
{
    QList<Note> notes;
    for (const QJsonValue &value : array) {
        const QJsonObject entry = value.toObject();
        const std::optional<NoteStatus> status =
            noteStatusFromKey(entry.value(QStringLiteral("status")).toString());
        if (!status)
            continue;
        Note note;
        note.status = *status;
        note.text = entry.value(QStringLiteral("note")).toString().simplified();
        for (const QJsonValue &a : entry.value(QStringLiteral("anchors")).toArray()) {
            const QJsonObject anchor = a.toObject();
            const QString sentence = anchor.value(QStringLiteral("sentence")).toString();
            if (!sentence.isEmpty())
                note.anchors.append({anchor.value(QStringLiteral("source")).toString(), sentence});
        }
        if (!note.anchors.isEmpty())
            notes.append(note);
    }
    return notes;
}

} // namespace Parallax
