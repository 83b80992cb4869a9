#pragma once

#include "yamlvalue.h"

#include <QList>
#include <QPair>
#include <QStringView>

#include <optional>

namespace Rubric {

enum class ValueStyle;

// Reading the one-line values review files almost always use, without a YAML parser:
// plain scalars, double- and single-quoted strings and flow lists of those. Anything
// else (and anything ambiguous) gives nullopt, and the caller asks yaml-cpp instead.
namespace SimpleYaml {

// A value's text as FrontMatter located it (without a trailing comment), in `style`.
std::optional<YamlValue> decode(QStringView text, ValueStyle style);
// The trimmed items of a flow sequence `[a, "b", c]`, as spans of `text` between the
// brackets at `open` and `close` (exclusive).
QList<QPair<qsizetype, qsizetype>> flowItemSpans(QStringView text, qsizetype open, qsizetype close);
// Whether a key reads as itself (a plain, simple key).
bool isSimpleKey(QStringView key);

} // namespace SimpleYaml
} // namespace Rubric
