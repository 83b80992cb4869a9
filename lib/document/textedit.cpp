#include "textedit.h"

#include <algorithm>

namespace Rubric {

namespace {

void sortByPosition(TextEdits &edits)
{
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit &a, const TextEdit &b) { return a.position < b.position; });
}

} // namespace

QString applyEdits(const QString &text, TextEdits edits)
{
    sortByPosition(edits);
    QString result;
    result.reserve(text.size() + 64);
    qsizetype cursor = 0;
    for (const auto &edit : edits) {
        Q_ASSERT(edit.position >= cursor && edit.position + edit.length <= text.size());
        result += QStringView(text).sliced(cursor, edit.position - cursor);
        result += edit.text;
        cursor = edit.position + edit.length;
    }
    result += QStringView(text).sliced(cursor);
    return result;
}

TextEdits invertEdits(const QString &original, TextEdits edits)
{
    sortByPosition(edits);
    TextEdits inverse;
    qsizetype shift = 0; // how far the edits before this one moved the text
    for (const auto &edit : edits) {
        inverse.append({edit.position + shift, edit.text.size(), original.mid(edit.position, edit.length)});
        shift += edit.text.size() - edit.length;
    }
    return inverse;
}

TextEdit differenceOf(const QString &from, const QString &to)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(from.size(), to.size());
    while (prefix < shorter && from.at(prefix) == to.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && from.at(from.size() - 1 - suffix) == to.at(to.size() - 1 - suffix))
        ++suffix;
    return {prefix, from.size() - prefix - suffix, to.mid(prefix, to.size() - prefix - suffix)};
}

} // namespace Rubric
