#pragma once

#include <QComboBox>

namespace Rubric {

class LibraryFilter;

// The library's choice of a saved view (issue 18): "All reviews" or a search's result set
// saved under a name for this site; choosing one shows only its files. Read again from the
// settings whenever it opens, so views saved from the Find in Site dock appear.
class SavedViewsBox final : public QComboBox
{
    Q_OBJECT

public:
    SavedViewsBox(LibraryFilter *filter, const QString &siteRoot, QWidget *parent = nullptr);

    void reload();
    // Shows the view `name` (after reloading); false when there is none of that name.
    bool select(const QString &name);
    void showPopup() override;

private:
    void apply();

    LibraryFilter *m_filter;
    QString m_root;
};

} // namespace Rubric
