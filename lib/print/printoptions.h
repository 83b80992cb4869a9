#pragma once

#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <optional>

namespace Rubric {

// How reviews are laid out on paper: page size and margins (millimetres), and for a
// booklet its cover title. The GUI remembers them; the command line sets the page size.
struct PrintOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QMarginsF margins = QMarginsF(18, 16, 18, 14);
    QString bookletTitle; // empty: a title in the reviews' language

    // "A4", "Letter" (any case); nothing for a size Rubric does not offer.
    static std::optional<QPageSize> pageSizeNamed(const QString &name);
    static QStringList pageSizeNames();
};

} // namespace Rubric
