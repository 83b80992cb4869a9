#pragma once

#include <QString>

namespace Rubric {

// Turns a product's or company's name into a ref: lowercase ASCII letters and digits
// joined by single hyphens, as the site's file names and permalinks require. Follows
// what the corpus's own refs do with awkward names: "+" becomes "plus", "&" and
// punctuation separate words, apostrophes vanish (D'Agostino -> dagostino), accents and
// full-width forms fold to ASCII (Bartók -> bartok, ＸＭ５ -> xm5), Roman numeral signs
// become digits (mkⅣ -> mk4), and anything without an ASCII form (kanji, kana) is
// dropped. The result can be empty: the caller then asks for a ref.
namespace RefSlug {

QString fromName(const QString &name);
// Whether `ref` is already one (non-empty, [a-z0-9] words joined by single hyphens).
bool isValid(const QString &ref);

} // namespace RefSlug
} // namespace Rubric
