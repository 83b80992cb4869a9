#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Rubric {

class SiteEditController;
struct TagTaxonomy;
class TagsModel;
class Workspace;

// The Tags dock: the open site's tags per language (counts, counterparts in the other
// language, near-duplicates, singletons), sorted and filtered; selected tags are renamed
// or merged through the site edit preview (SiteEditController), one Undo Site Edit.
class TagsPanel final : public QWidget
{
    Q_OBJECT

public:
    TagsPanel(Workspace *workspace, SiteEditController *siteEdit, QWidget *parent = nullptr);

    TagsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *showBox() const { return m_show; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *bothLanguagesBox() const { return m_both; }
    // The tags selected in the view, most used first.
    QStringList selectedTags() const;
    // Previews renaming (one tag) or merging (several) the selected tags into `target`.
    bool renameSelected(const QString &target);
    // Previews renaming `tags` (a merge when several) into `target` in the shown language.
    bool renameTags(const QStringList &tags, const QString &target);
    // The other spellings of the one selected tag, if it has near-duplicates.
    QStringList selectedNear() const;
    // Shows `tag` of language `lang` in the dock and asks for its new name (the library's
    // Rename Tag…).
    void renameTag(const QString &lang, const QString &tag);
    // Rebuilds from the site's index, off the GUI thread (or now, `wait`); otherwise this
    // happens shortly after the index changes, while the dock is shown.
    void refresh(bool wait = false);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void siteChanged();
    void scheduleRefresh();
    void rename();
    void merge();
    void updateActions();
    void showTaxonomy(const TagTaxonomy &taxonomy);

    Workspace *m_workspace;
    SiteEditController *m_siteEdit;
    TagsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_language;
    QComboBox *m_show;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QCheckBox *m_both;
    QLabel *m_summary;
    QTimer *m_refresh;
    bool m_stale = true;
    int m_generation = 0; // of the taxonomy being built: a newer request drops older results
};

} // namespace Rubric
