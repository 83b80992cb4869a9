#pragma once

#include <QList>
#include <QString>

namespace Rubric {

// The prose of a review: the parts of its body a proofreader reads. Markdown syntax,
// fenced and inline code, URLs and link targets, HTML tags, math (score lines and $…$),
// kramdown attribute lists and the end-date line are left out, so no rule ever flags them.
namespace Prose {

struct Span
{
    qsizetype start = 0;  // in the text passed in
    qsizetype length = 0;
    friend bool operator==(const Span &, const Span &) = default;
};

// Block state carried from one line to the next (a fenced code block, the front matter).
enum class State { Text, Fence, FrontMatter };

// The prose spans of one line (without its line break), given the state before it;
// `state` becomes the state after it.
QList<Span> ofLine(QStringView line, State &state);
// The prose spans of a whole review (front matter skipped), positions in `text`.
QList<Span> ofText(QStringView text);

// A word of prose: a run of letters (with inner apostrophes), for the spelling check.
struct Word
{
    qsizetype start = 0;
    qsizetype length = 0;
};
// The Latin words of a span worth spell-checking: not glued to digits ("5Hz", "2DD"),
// not all capitals (acronyms), not mixed case inside ("IEMs", "McIntosh": names).
QList<Word> checkableWords(QStringView text, Span span);

} // namespace Prose
} // namespace Rubric
