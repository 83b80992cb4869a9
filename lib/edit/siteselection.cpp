#include "siteselection.h"

#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "site/siteindex.h"

#include <QSet>

namespace Rubric {

QStringList SiteSelection::expressions() const
{
    QStringList result = where;
    if (!lang.isEmpty())
        result.append(QStringLiteral("lang=") + lang);
    if (!layout.isEmpty())
        result.append(QStringLiteral("layout=") + layout);
    if (!company.isEmpty())
        result.append(QStringLiteral("company=") + company);
    if (before.isValid())
        result.append(QStringLiteral("date<") + before.toString(Qt::ISODate));
    if (after.isValid())
        result.append(QStringLiteral("date>") + after.toString(Qt::ISODate));
    return result;
}

std::optional<QStringList> SiteSelection::resolve(SiteIndex &index, QString *error) const
{
    // The library's own model and filter, so `--where` means exactly what it means in
    // `rubric list` and in the Library's filter bar.
    LibraryModel model(&index);
    LibraryFilter filter(&model);
    QList<LibraryFilter::Condition> conditions;
    for (const auto &expression : expressions()) {
        const auto condition = filter.parseCondition(expression, error);
        if (!condition)
            return std::nullopt;
        conditions.append(*condition);
    }
    filter.setConditions(conditions);
    filter.setTag(tag);
    const QSet<QString> only(paths.cbegin(), paths.cend());
    QList<int> rows;
    rows.reserve(filter.rowCount());
    for (int r = 0; r < filter.rowCount(); ++r)
        rows.append(filter.mapToSource(filter.index(r, 0)).row());
    std::sort(rows.begin(), rows.end());
    QStringList result;
    for (const int row : std::as_const(rows)) {
        const QString &path = model.record(row).path;
        if (only.isEmpty() || only.contains(path))
            result.append(path);
    }
    return result;
}

} // namespace Rubric
