#pragma once

#include "bodyoutline.h"
#include "frontmatter.h"
#include "textedit.h"

#include <QList>
#include <QString>

#include <optional>

namespace Rubric {

class Schema;

// The rating list [total, axis 1, ..., axis N] read as tenths.
struct Ratings
{
    bool present = false;             // the rating key exists
    QList<std::optional<int>> values; // as written, total first; nullopt where not a tenth
    QString error;                    // why the list is not a usable rating, if it is not

    static Ratings read(const YamlValue &rating, int axisCount);
    bool isValid() const { return present && error.isEmpty(); }
    std::optional<int> total() const { return values.isEmpty() ? std::nullopt : values.front(); }
    std::optional<int> axis(int index) const;
    // The sum of the axes, when every axis is a valid tenth.
    std::optional<int> axisSum() const;
};

// Plans the one change that sets an axis: the rating list (axis and recomputed total),
// the score line under the axis' heading (inserted if missing) and the total shown in
// the total section, if the body shows one.
class RatingEditor final
{
public:
    RatingEditor(const QString &text, const FrontMatter &frontMatter, const BodyOutline &outline,
                 const Schema &schema, const QString &lang);

    TextEdits setAxis(int axisIndex, int tenths, QString *error) const;
    // Edits that make the body's score lines show `axes` (tenths; -1 leaves an axis alone)
    // and, when `total` >= 0, the total section's score line (if any) show `total`.
    TextEdits scoreLineEdits(const QList<int> &axes, int total) const;

private:
    const QString &m_text;
    const FrontMatter &m_frontMatter;
    const BodyOutline &m_outline;
    const Schema &m_schema;
    QString m_lang;
};

} // namespace Rubric
