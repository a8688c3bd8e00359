#include "welcomepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parallax {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Compare versions of a news story"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Drop articles, a folder, or text from a browser here, or:"), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open Articles..."), this);
    auto *sample = new QPushButton(tr("Open the &Sample Story"), this);
    open->setObjectName(QStringLiteral("welcomeOpen"));
    sample->setObjectName(QStringLiteral("welcomeSample"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(sample);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace Parallax
