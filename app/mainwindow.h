#pragma once

#include "articleloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QTreeView;

namespace Parallax {

class ArticleView;
class SourceListModel;

// The switchboard: menus, the sources list and the article view. Loading runs off the GUI
// thread; the window stays responsive.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFiles(const QStringList &paths);
    void openSampleStory();
    static QStringList sampleStoryPaths();

    SourceListModel *sourceModel() const { return m_model; }
    bool isLoading() const { return m_loader.isRunning(); }

Q_SIGNALS:
    void loadFinished();

private:
    void createActions();
    void showOpenDialog();
    void showAbout();
    void onLoaded();
    void onCurrentSourceChanged();
    void reportErrors(const QList<LoadError> &errors);

    SourceListModel *m_model = nullptr;
    QTreeView *m_sourceList = nullptr;
    ArticleView *m_articleView = nullptr;
    QLabel *m_status = nullptr;
    QFutureWatcher<LoadResult> m_loader;
    QString m_lastFolder;
};

} // namespace Parallax
