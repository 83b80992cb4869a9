#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Rubric {

// What the library knows of one review file without opening it in an editor: enough to
// list, filter, sort, pair translations and compare scores. Small on purpose: a site
// has thousands of these in memory at once.
struct ReviewRecord
{
    static constexpr int maxAxes = 8;
    static constexpr qint8 noValue = -1;

    QString path;          // relative to the site root, with '/' separators
    qint64 size = 0;       // bytes on disk when indexed
    qint64 modified = 0;   // mtime in ms since the epoch when indexed
    QString layout;
    QString lang;          // the `lang` field (the folder's language if the field is missing)
    QString companyId;
    QString ref;
    QString targetName;
    QString title;
    QDate date;
    std::optional<double> price;
    QStringList tags;
    qint8 total = noValue;                 // tenths, as written in the rating list
    std::array<qint8, maxAxes> axes{};     // tenths per axis (schema order), noValue where unknown
    qint8 axisCount = 0;
    bool readable = true;  // false: the file could not be read or its front matter parsed
    QString error;         // why not, with its line, when not readable

    std::optional<int> axis(int index) const
    {
        return index < axisCount && axes[index] != noValue ? std::optional<int>(axes[index]) : std::nullopt;
    }
    std::optional<int> totalTenths() const { return total != noValue ? std::optional<int>(total) : std::nullopt; }
    friend bool operator==(const ReviewRecord &, const ReviewRecord &) = default;
};

using ReviewRecords = QList<ReviewRecord>;

} // namespace Rubric

Q_DECLARE_METATYPE(Rubric::ReviewRecord)
Q_DECLARE_METATYPE(Rubric::ReviewRecords)
