#pragma once

#include "article.h"

#include <QPlainTextEdit>

namespace Parallax {

// One article as Parallax reads it: its sentences paragraph by paragraph, page furniture
// dimmed and labelled with its kind. Text is always inserted as plain text.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article *article);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();

    const Article *m_article = nullptr;
    bool m_dirty = false; // the article changed while the view was hidden
};

} // namespace Parallax
