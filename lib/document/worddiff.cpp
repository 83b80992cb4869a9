#include "worddiff.h"

#include "linediff.h"

namespace Rubric {

namespace {

enum class Kind { Word, Space, Alone };

Kind kindOf(QChar c, char32_t codePoint)
{
    if (c.isSpace())
        return Kind::Space;
    // Han, kana and fullwidth forms: Japanese has no spaces, so each character is a word.
    const QChar::Script script = QChar::script(codePoint);
    if (script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
        return Kind::Alone;
    if (QChar::isLetterOrNumber(codePoint) || c == u'_')
        return Kind::Word;
    return Kind::Alone;
}

} // namespace

QStringList WordDiff::words(const QString &text)
{
    QStringList result;
    qsizetype i = 0;
    const qsizetype size = text.size();
    std::optional<Kind> previous;
    while (i < size) {
        // One code point (a surrogate pair stays whole).
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        const char32_t codePoint = width == 2 ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        const Kind kind = kindOf(text.at(i), codePoint);
        if (previous && *previous == kind && kind != Kind::Alone)
            result.last().append(text.sliced(i, width));
        else
            result.append(text.sliced(i, width));
        previous = kind;
        i += width;
    }
    return result;
}

WordDiff::Result WordDiff::compute(const QString &before, const QString &after)
{
    Result result;
    int oldPosition = 0;
    int newPosition = 0;
    // Changed words separated only by unchanged spaces read as one change: one span.
    const auto add = [](QList<Span> &spans, const QString &text, int start, int length) {
        if (!spans.isEmpty()) {
            Span &last = spans.last();
            const int end = last.start + last.length;
            if (text.sliced(end, start - end).trimmed().isEmpty()) {
                last.length = start + length - last.start;
                return;
            }
        }
        spans.append({start, length});
    };
    for (const DiffLine &word : LineDiff::compute(words(before), words(after))) {
        const int length = int(word.text.size());
        switch (word.kind) {
        case DiffLine::Kind::Same:
            oldPosition += length;
            newPosition += length;
            break;
        case DiffLine::Kind::Removed:
            add(result.removed, before, oldPosition, length);
            oldPosition += length;
            break;
        case DiffLine::Kind::Added:
            add(result.added, after, newPosition, length);
            newPosition += length;
            break;
        }
    }
    return result;
}

QList<WordDiff::Run> WordDiff::runs(const QString &before, const QString &after)
{
    QList<Run> result;
    for (const DiffLine &word : LineDiff::compute(words(before), words(after))) {
        const auto kind = word.kind == DiffLine::Kind::Same      ? Run::Kind::Same
                          : word.kind == DiffLine::Kind::Removed ? Run::Kind::Removed
                                                                 : Run::Kind::Added;
        if (!result.isEmpty() && result.last().kind == kind)
            result.last().text += word.text;
        else
            result.append({kind, word.text});
    }
    return result;
}

QString WordDiff::toHtml(const QList<Run> &runs)
{
    QString html;
    for (const Run &run : runs) {
        QString text = run.text.toHtmlEscaped();
        text.replace(u'\n', QLatin1String("<br/>"));
        switch (run.kind) {
        case Run::Kind::Same:
            html += text;
            break;
        case Run::Kind::Removed:
            html += QLatin1String("<s style=\"background:#fdd;color:#900\">") + text + QLatin1String("</s>");
            break;
        case Run::Kind::Added:
            html += QLatin1String("<u style=\"background:#dfd;color:#060\">") + text + QLatin1String("</u>");
            break;
        }
    }
    return html;
}

} // namespace Rubric
