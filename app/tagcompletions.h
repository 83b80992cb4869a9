#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Rubric {

class DocumentView;

// The tags used across a review's site, offered as completions in its form. A site's tags
// are collected once, off the GUI thread, then given to every open view of that site.
class TagCompletions final : public QObject
{
    Q_OBJECT

public:
    // `views`: the open views, asked when a site's tags arrive.
    TagCompletions(std::function<QList<DocumentView *>()> views, QObject *parent = nullptr);

    void complete(DocumentView *view);

private:
    std::function<QList<DocumentView *>()> m_views;
    QHash<QString, QStringList> m_siteTags; // by site root; an empty entry while collecting
};

} // namespace Rubric
