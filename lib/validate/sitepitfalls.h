#pragma once

#include "document/problem.h"
#include "document/reviewdocument.h"

#include <QCoreApplication>

namespace Rubric {

struct ValidationInput;

// Warnings where the site's kramdown renders the body otherwise than the author meant
// (KramdownCompat finds them), and their mechanical fixes, which keep the author's
// meaning: write a prose `|` as `&#124;` (the site allows no `\` in the body), write `1.` for `1)`, wrap a bare URL in `<…>`, move
// full-width punctuation outside bold markers.
class SitePitfallRules final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SitePitfallRules)

public:
    static void check(const ValidationInput &input, Problems &problems);
    static bool handles(const QString &code);
    static QString describe(const QString &code);
    static EditOutcome fix(ReviewDocument &document, const Problem &problem);
};

} // namespace Rubric
