#include "savedviewsbox.h"

#include "models/libraryfilter.h"
#include "search/savedviews.h"

namespace Rubric {

SavedViewsBox::SavedViewsBox(LibraryFilter *filter, const QString &siteRoot, QWidget *parent)
    : QComboBox(parent)
    , m_filter(filter)
    , m_root(siteRoot)
{
    setToolTip(tr("Saved views: result sets saved from Find in Site"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reload();
    connect(this, &QComboBox::currentIndexChanged, this, &SavedViewsBox::apply);
}

void SavedViewsBox::reload()
{
    const QString current = currentIndex() > 0 ? currentText() : QString();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All reviews"));
    for (const SavedView &view : SavedViews::load(m_root)) {
        addItem(view.name, view.paths);
        setItemData(count() - 1, tr("%1\n%n file(s)", nullptr, int(view.paths.size())).arg(view.query), Qt::ToolTipRole);
    }
    const int index = current.isEmpty() ? 0 : findText(current);
    setCurrentIndex(std::max(0, index));
    setVisible(count() > 1); // no views yet: no room taken in the filter bar
    if (index < 0)
        apply(); // the view shown was removed
}

bool SavedViewsBox::select(const QString &name)
{
    reload();
    const int index = findText(name);
    if (index <= 0)
        return false;
    setCurrentIndex(index);
    apply();
    return true;
}

void SavedViewsBox::showPopup()
{
    reload();
    QComboBox::showPopup();
}

void SavedViewsBox::apply()
{
    if (currentIndex() <= 0) {
        m_filter->setPaths(std::nullopt);
        return;
    }
    const QStringList paths = currentData().toStringList();
    m_filter->setPaths(QSet<QString>(paths.cbegin(), paths.cend()));
}

} // namespace Rubric
