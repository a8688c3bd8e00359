#include "notebook.h"

#include <algorithm>

namespace Parallax {

NoteBook::NoteBook(QObject *parent)
    : QObject(parent)
{}

void NoteBook::setState(ComparisonStatePtr state)
{
    m_state = std::move(state);
    attach();
    Q_EMIT changed();
}

void NoteBook::setNotes(const QList<Note> &notes)
{
    m_notes = notes;
    attach();
    Q_EMIT changed();
}

void NoteBook::attach()
{
    m_units = m_state ? attachedUnits(m_notes, m_state->articles, m_state->comparison)
                      : QList<qsizetype>(m_notes.size(), -1);
}

const Note *NoteBook::noteOf(qsizetype unit) const
{
    if (unit < 0)
        return nullptr;
    for (qsizetype n = m_notes.size() - 1; n >= 0; --n) {
        if (m_units.at(n) == unit)
            return &m_notes.at(n);
    }
    return nullptr;
}

void NoteBook::setNote(qsizetype unit, NoteStatus status, const QString &text)
{
    if (!m_state)
        return;
    Note note;
    note.status = status;
    note.text = text.simplified();
    note.anchors = unitAnchors(m_state->articles, m_state->comparison, unit);
    if (note.anchors.isEmpty())
        return;
    if (const Note *old = noteOf(unit); old && *old == note)
        return;
    for (qsizetype n = m_notes.size() - 1; n >= 0; --n) {
        if (m_units.at(n) == unit) {
            m_notes.removeAt(n);
            m_units.removeAt(n);
        }
    }
    m_notes.append(note);
    m_units.append(unit);
    Q_EMIT changed();
    Q_EMIT edited();
}

void NoteBook::clearNote(qsizetype unit)
{
    if (!noteOf(unit))
        return;
    for (qsizetype n = m_notes.size() - 1; n >= 0; --n) {
        if (m_units.at(n) == unit) {
            m_notes.removeAt(n);
            m_units.removeAt(n);
        }
    }
    Q_EMIT changed();
    Q_EMIT edited();
}

int NoteBook::detachedCount() const
{
    return int(std::count(m_units.cbegin(), m_units.cend(), qsizetype(-1)));
}

QList<NoteEntry> NoteBook::entries() const
{
    QList<NoteEntry> entries;
    for (qsizetype n = 0; n < m_notes.size(); ++n) {
        const Note &note = m_notes.at(n);
        NoteEntry entry;
        entry.unit = m_units.at(n);
        entry.status = note.status;
        entry.statusText = statusName(note.status);
        entry.text = note.text;
        entry.sentence = note.anchors.value(0).sentence;
        if (m_state && entry.unit >= 0) {
            // The anchor that attached it, as the comparison now shows it.
            const ComparisonState &state = *m_state;
            for (const NoteAnchor &anchor : note.anchors) {
                bool found = false;
                for (qsizetype segment : state.comparison.units.at(entry.unit).segments) {
                    const Sentence *sentence = state.sentence(segment);
                    const qsizetype source = state.comparison.sourceOf(segment);
                    if (sentence && sentence->text == anchor.sentence &&
                        noteSourceKey(state.articles.at(source)) == anchor.source) {
                        entry.sentence = sentence->text;
                        entry.source = state.sourceName(source);
                        found = true;
                        break;
                    }
                }
                if (found)
                    break;
            }
        }
        entries.append(entry);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const NoteEntry &a, const NoteEntry &b) {
        // -1 (detached) sorts last
        return quint64(a.unit) < quint64(b.unit);
    });
    return entries;
}

QString NoteBook::statusName(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Verified:
        return tr("Verified");
    case NoteStatus::Disputed:
        return tr("Disputed");
    case NoteStatus::ToCheck:
        break;
    }
    return tr("To check");
}

QString NoteBook::statusMark(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Verified:
        return QStringLiteral("✓");
    case NoteStatus::Disputed:
        return QStringLiteral("✗");
    case NoteStatus::ToCheck:
        break;
    }
    return QStringLiteral("?");
}

QColor NoteBook::statusColor(NoteStatus status)
{
    switch (status) {
    case NoteStatus::Verified:
        return QColor(0x2e, 0x9d, 0x4f);
    case NoteStatus::Disputed:
        return QColor(0xd9, 0x3f, 0x3f);
    case NoteStatus::ToCheck:
        break;
    }
    return QColor(0xe0, 0x9b, 0x1a);
}

QString NoteBook::describe(const Note &note)
{
    return note.text.isEmpty() ? statusName(note.status)
                               : tr("%1: %2").arg(statusName(note.status), note.text);
}

} // namespace Parallax
