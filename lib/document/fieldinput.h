#pragma once

#include "frontmattereditor.h"

#include <QVariant>

#include <optional>

namespace Rubric {

struct FieldSpec;

// Turns what a user typed (on the command line or in a form) into the value a field
// should hold, checked against the field's type; a clear message when it cannot be.
namespace FieldInput {

// From text: `tags=[a, b]`, `date=2025-08-07`, `price=129.99`, `title=...`.
std::optional<ValueIntent> fromText(const FieldSpec &field, const QString &text, QString *error);
// From a widget's value: QString, QStringList, QDate or a number.
std::optional<ValueIntent> fromVariant(const FieldSpec &field, const QVariant &value, QString *error);
// A number as the site writes prices: no exponent, no trailing zeros ("129.99", "1093").
QString formatNumber(double value);

} // namespace FieldInput
} // namespace Rubric
