#pragma once

#include "siteindex.h"

#include <QStringView>

#include <optional>

namespace Rubric {

class FrontMatter;

// Extras of the record reader beyond siteindex.h: hooks for tests and benchmarks, and
// the conversions shared by its fast and its fallback path.
namespace RecordReader {

// Files read from disk so far by read() in this process (tests check that a warm start
// from the cache reads none).
qint64 fileReadCount();
// Front matters handed to the full YAML parser so far because the fast scanner met a
// form it does not handle (benchmarks report it).
qint64 fallbackCount();

// The record of a review whose front matter is already parsed (by an editor document or
// a validation pass), without reading it again.
ReviewRecord fromFrontMatter(const FrontMatter &frontMatter, const QString &relativePath, const Schema &schema,
                             qint64 size = 0);

// A plain scalar as YAML 1.1 (the site's Ruby YAML) reads a number: decimal, octal with a
// leading 0, 0x hex, 0b binary, floats, `_` separators. nullopt when it is not a number.
std::optional<double> yamlNumber(QStringView plain);
// `YYYY-MM-DD` exactly; an invalid QDate otherwise.
QDate isoDate(QStringView text);

} // namespace RecordReader
} // namespace Rubric
