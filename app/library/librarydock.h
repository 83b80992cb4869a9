#pragma once

#include <QDockWidget>
#include <QPointer>

#include "site/siteindex.h"
#include "libraryview.h"
#include "document/problem.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QStatusBar;

namespace Rubric {


// The dock that shows the open site's library. Owns the site index; shows indexing
// progress in the window's status bar while rows fill in.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    LibraryDock(QStatusBar *statusBar, QWidget *parent = nullptr);
    ~LibraryDock() override;

    // Indexes `root` (replacing any open site) and remembers it for the next start.
    void openSite(const QString &root);
    QString siteRoot() const;
    SiteIndex *siteIndex() const { return m_index; }
    LibraryView *view() const { return m_view; }
    // A review was saved: its row follows.
    void fileSaved(const QString &path);
    // The problems across the site (pairs, refs) of a file, once the site is checked.
    Problems siteProblems(const QString &absolutePath) const;

Q_SIGNALS:
    void siteChecked();

    void openRequested(const QStringList &paths);
    void sideBySideRequested(const QString &left, const QString &right);
    void compareRequested(const QString &label, const QList<int> &tenths);
    void bookletRequested(const QStringList &paths);

private:
    void checkSite();
    void checkTranslations(int generation);
    void refreshTranslationState(const QString &sitePath);

    QStatusBar *m_statusBar;
    QHash<QString, Problems> m_siteProblems; // by site-relative path
    int m_checkGeneration = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QProgressBar *m_progress;
    QPointer<SiteIndex> m_index;
    QPointer<LibraryView> m_view;
};

} // namespace Rubric
