#pragma once

#include "document/yamlvalue.h"

#include <QByteArray>

#include <array>

namespace Rubric::Scanner {

// The front-matter values a ReviewRecord is made of.
enum Slot { Layout, Lang, CompanyId, Ref, TargetName, Title, Date, Rating, Price, Tags, SlotCount };
using Values = std::array<YamlValue, SlotCount>;

// Reads the front matter of a file's UTF-8 bytes line by line, for the forms the site
// writes: top-level `key: value` lines whose values are plain, double-quoted (escapes
// \" \\ \/ \t \n), single-quoted or one-line flow lists of those, with inline comments,
// blank and comment lines; a duplicated key's last value wins. `values` gets what YAML
// reads for `keys` (null where absent). False as soon as anything else shows up (and for
// a missing or unclosed front matter): the caller then asks the full YAML parser.
bool scan(const QByteArray &bytes, const std::array<QByteArray, SlotCount> &keys, Values &values);

} // namespace Rubric::Scanner
