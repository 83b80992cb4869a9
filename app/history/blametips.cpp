#include "blametips.h"

#include "history/gitrepository.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace Rubric {

namespace {

struct Tips
{
    QHash<QString, QString> fields;
    QHash<QString, QString> ratings;
};

} // namespace

BlameTips::BlameTips(QObject *parent)
    : QObject(parent)
{
}

QString BlameTips::tip(const FieldBlame &blame)
{
    if (blame.commit.isEmpty())
        return tr("Changed since the last commit");
    return tr("Last changed %1 in %2 by %3: %4")
        .arg(QLocale().toString(blame.date.date(), QLocale::ShortFormat), blame.commit.left(7), blame.author, blame.summary);
}

void BlameTips::clear()
{
    ++m_generation;
    Q_EMIT ready({}, {});
}

void BlameTips::load(const QString &filePath, const Schema &schema, const QString &text)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Tips>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a later load() (another review, a newer save) wins
        const Tips tips = watcher->result();
        Q_EMIT ready(tips.fields, tips.ratings);
    });
    // libgit2 handles stay on the thread that opened them: the job opens its own.
    watcher->setFuture(QtConcurrent::run([filePath, schema, text] {
        Tips tips;
        const auto repository = GitRepository::discover(filePath);
        if (!repository)
            return tips;
        for (const FieldBlame &field : History::blameFrontMatter(*repository, filePath, text))
            tips.fields.insert(field.key, tip(field));
        const QList<ReviewVersion> versions = History::log(*repository, filePath, schema);
        for (const FieldBlame &axis : History::blameRatings(versions, ReviewSnapshot::fromText(text, schema), schema))
            tips.ratings.insert(axis.key, tip(axis));
        return tips;
    }));
}

} // namespace Rubric
