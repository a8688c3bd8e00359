#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Parallax {

namespace {

struct Original
{
    QString style;
    QPalette palette;
};

const Original &original()
{
    static const Original start{QApplication::style() ? QApplication::style()->name() : QString(),
                                QApplication::palette()};
    return start;
}

QString key(Theme::Choice choice)
{
    switch (choice) {
    case Theme::Choice::Light:
        return QStringLiteral("light");
    case Theme::Choice::Dark:
        return QStringLiteral("dark");
    case Theme::Choice::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

Theme::Choice Theme::saved()
{
    const QString value = QSettings().value(QStringLiteral("ui/theme")).toString();
    if (value == key(Choice::Light))
        return Choice::Light;
    if (value == key(Choice::Dark))
        return Choice::Dark;
    return Choice::System;
}

void Theme::save(Choice choice)
{
    QSettings().setValue(QStringLiteral("ui/theme"), key(choice));
}

void Theme::apply(Choice choice)
{
    const Original &start = original();
    if (choice == Choice::System) {
        if (QStyle *style = QStyleFactory::create(start.style))
            QApplication::setStyle(style);
        QApplication::setPalette(start.palette);
        return;
    }
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(choice == Choice::Dark ? darkPalette() : lightPalette());
}

QPalette Theme::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef), QColor(0xfb, 0xfb, 0xfb));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf4, 0xf4));
    p.setColor(QPalette::Text, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::ButtonText, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x00, 0x57, 0xae));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x90, 0x90, 0x90));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x38), QColor(0x2b, 0x2b, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7c, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x80, 0xb4, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2d));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    return p;
}

} // namespace Parallax
