#pragma once

#include <QWidget>

namespace Parallax {

// What the window shows before anything is compared: what Parallax does, that articles may be
// dropped on it, and buttons to open articles or the sample story.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested();   // Open Articles... was clicked
    void sampleRequested(); // Open the Sample Story was clicked
};

} // namespace Parallax
