#include "articleview.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>

namespace Parallax {

namespace {

QString kindLabel(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Caption:
        return ArticleView::tr("caption");
    case BlockKind::Meta:
        return ArticleView::tr("meta");
    case BlockKind::Boilerplate:
        return ArticleView::tr("page furniture");
    case BlockKind::Title:
        return ArticleView::tr("title");
    case BlockKind::Subheading:
        return ArticleView::tr("subheading");
    case BlockKind::Body:
        return ArticleView::tr("body");
    }
    return {};
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAccessibleName(tr("Article text"));
}

namespace {

// Larger articles are laid out only when the view is shown, so that loading a big file never
// blocks the window while this view sits in a hidden tab.
constexpr qsizetype kEagerCharacters = 200 * 1024;

qsizetype characters(const Article *article)
{
    qsizetype n = 0;
    for (const Paragraph &p : article->paragraphs)
        n += p.text.size();
    return n;
}

} // namespace

void ArticleView::setArticle(const Article *article)
{
    m_article = article;
    m_dirty = true;
    if (isVisible() || !m_article || characters(m_article) <= kEagerCharacters)
        render();
    else
        clear();
}

void ArticleView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    if (m_dirty)
        render();
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void ArticleView::render()
{
    m_dirty = false;
    clear();
    if (!m_article)
        return;
    QTextCursor cursor(document());
    QTextCharFormat story;
    story.setForeground(palette().color(QPalette::Text));
    QTextCharFormat heading = story;
    heading.setFontWeight(QFont::Bold);
    QTextCharFormat furniture;
    furniture.setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    furniture.setFontItalic(true);

    bool first = true;
    for (const Paragraph &p : m_article->paragraphs) {
        if (!first)
            cursor.insertBlock();
        first = false;
        if (isStoryText(p.kind)) {
            cursor.insertText(p.text, p.kind == BlockKind::Body ? story : heading);
        } else {
            // insertText never interprets markup: article text stays plain text.
            cursor.insertText(QStringLiteral("[%1] ").arg(kindLabel(p.kind)), furniture);
            cursor.insertText(p.text, furniture);
        }
        cursor.insertBlock();
    }
    moveCursor(QTextCursor::Start);
}

} // namespace Parallax
