#pragma once

#include <QStringList>

namespace Rubric::Fidelity {

// The block structure of an HTML rendering, to compare Rubric's preview with the site's
// kramdown output: one line per block element, indented by nesting depth, with its tag
// (headings with their id, table cells with their alignment) and its normalized text
// (entities decoded, whitespace collapsed, emphasis/strong/code/strike/link shown as
// ⟦b⟧…⟦/b⟧ marks, math as ⟨score 0.7⟩ or ⟨math …⟩ whether MathJax source or Rubric's badge).
QStringList blockStructure(const QString &html);

} // namespace Rubric::Fidelity
