#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace Rubric::Test {

// A valid product review: every required section, score lines equal to the rating, the
// end date. The Japanese one has the same layout line for line, so rows share lines.
extern const char *const englishReview;
extern const char *const japaneseReview;
inline QString enPath() { return QStringLiteral("_products/en/sony/sony-ier-m9.md"); }
inline QString jaPath() { return QStringLiteral("_products/ja/sony/sony-ier-m9.md"); }
// Fixed, so "in the future" does not depend on the day the test runs.
inline QDate today() { return {2025, 9, 1}; }

QString s(const char *utf8);
// `base` with each `from` (which must occur exactly once) replaced by its `to`, in order.
QString edited(const char *base, std::initializer_list<std::pair<const char *, const char *>> edits);
// The YAML between a base review's `---` lines.
QString yamlOf(const char *base);

// A minimal review that breaks exactly one rule, and where the problem must be reported.
struct Break
{
    const char *name;
    QString text;
    QString sitePath;
    QString code;
    QString severity;
    int line;
    int column;
    QString field;
};

// A near miss: a review as close to breaking `code` as the rule allows, yet clean.
struct Pass
{
    const char *name;
    QString text;
    QString sitePath;
    QString code;
};

QList<Break> breakRows();
QList<Pass> passRows();

} // namespace Rubric::Test
