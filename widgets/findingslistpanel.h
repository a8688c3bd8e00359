#pragma once

#include "comparisonstate.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

// What the findings panels (Conflicts, Quotations) share: a one-line summary over a tree of
// entries, each of which may lead to a sentence of the comparison. Activating an entry (a click,
// Enter, or moving onto it with the keyboard) emits segmentActivated with that sentence. The
// entries are built again when the palette changes, so that their swatches follow the theme.
class FindingsListPanel : public QWidget
{
    Q_OBJECT

public:
    // Shows what the subclass finds in state; a null state shows "No comparison yet.", a state
    // whose findings are pending that they are looked for.
    void setState(ComparisonStatePtr state);
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void segmentActivated(qsizetype segment);

protected:
    // treeName: the tree's object name (tests find it by it); accessibleName: what a screen
    // reader says for it.
    FindingsListPanel(const QString &treeName, const QString &accessibleName,
                      QWidget *parent = nullptr);

    // Fills summary() and tree() from state(), which is never null here; the tree is empty.
    virtual void fill() = 0;

    const ComparisonState &state() const { return *m_state; }
    QLabel *summary() const { return m_summary; }
    // An entry showing text (plain text; tooltip the same, escaped) under parent, or at the top
    // when parent is null, with the swatch of the first of sources (ids; none for an empty list)
    // and leading to segment (an index into the comparison's segments; -1 for none).
    QTreeWidgetItem *addEntry(QTreeWidgetItem *parent, const QString &text,
                              const QList<qsizetype> &sources, qsizetype segment);
    // The sentence an entry leads to; -1 for none.
    static qsizetype segmentOf(const QTreeWidgetItem *item);
    static void setSegment(QTreeWidgetItem *item, qsizetype segment);

    void changeEvent(QEvent *event) override;

    // Builds the entries again from the state (e.g. when something else they show changed).
    void refresh();

private:
    void onItemActivated(QTreeWidgetItem *item);

    ComparisonStatePtr m_state;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Parallax
