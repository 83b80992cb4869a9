#include "tagcompletions.h"

#include "document/reviewdocument.h"
#include "documentview.h"
#include "editor/formview.h"
#include "schema/schema.h"
#include "site/sitetags.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Rubric {

TagCompletions::TagCompletions(std::function<QList<DocumentView *>()> views, QObject *parent)
    : QObject(parent)
    , m_views(std::move(views))
{
}

void TagCompletions::complete(DocumentView *view)
{
    const QString root = Schema::siteRootOf(view->document()->filePath());
    if (root.isEmpty())
        return;
    if (m_siteTags.contains(root)) {
        view->form()->setTagCompletions(m_siteTags.value(root));
        return;
    }
    m_siteTags.insert(root, {});
    // Reading a whole site takes a moment: off the GUI thread, then to every open view of it.
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, root] {
        m_siteTags.insert(root, watcher->result());
        for (DocumentView *open : m_views()) {
            if (Schema::siteRootOf(open->document()->filePath()) == root)
                open->form()->setTagCompletions(m_siteTags.value(root));
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&SiteTags::collect, root, view->document()->schema()));
}

} // namespace Rubric
