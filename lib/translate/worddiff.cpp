#include "worddiff.h"

#include "document/linediff.h"

namespace Rubric::WordDiff {

namespace {

enum class Class { Word, Space, Other };

// Han, kana and CJK punctuation: Japanese writes words without spaces, so a character is
// the smallest change worth showing.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x30ff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff)
           || (u >= 0xff00 && u <= 0xffef);
}

Class classOf(QChar c)
{
    if (c.isSpace())
        return Class::Space;
    if (c.isLetterOrNumber() && !isCjk(c))
        return Class::Word;
    return Class::Other;
}

} // namespace

QStringList tokens(const QString &text)
{
    QStringList out;
    qsizetype i = 0;
    while (i < text.size()) {
        const Class kind = classOf(text.at(i));
        qsizetype end = i + 1;
        if (kind != Class::Other) {
            while (end < text.size() && classOf(text.at(end)) == kind)
                ++end;
        } else if (text.at(i).isHighSurrogate() && end < text.size()) {
            ++end; // a character outside the BMP stays whole
        }
        out.append(text.sliced(i, end - i));
        i = end;
    }
    return out;
}

QList<WordDiffRun> compute(const QString &before, const QString &after)
{
    QList<WordDiffRun> runs;
    for (const DiffLine &token : LineDiff::compute(tokens(before), tokens(after))) {
        const auto kind = token.kind == DiffLine::Kind::Same      ? WordDiffRun::Kind::Same
                          : token.kind == DiffLine::Kind::Removed ? WordDiffRun::Kind::Removed
                                                                  : WordDiffRun::Kind::Added;
        if (!runs.isEmpty() && runs.last().kind == kind)
            runs.last().text += token.text;
        else
            runs.append({kind, token.text});
    }
    return runs;
}

QString toHtml(const QList<WordDiffRun> &runs)
{
    QString html;
    for (const WordDiffRun &run : runs) {
        QString text = run.text.toHtmlEscaped();
        text.replace(u'\n', QLatin1String("<br/>"));
        switch (run.kind) {
        case WordDiffRun::Kind::Same: html += text; break;
        case WordDiffRun::Kind::Removed:
            html += QLatin1String("<s style=\"background:#fdd;color:#900\">") + text + QLatin1String("</s>");
            break;
        case WordDiffRun::Kind::Added:
            html += QLatin1String("<u style=\"background:#dfd;color:#060\">") + text + QLatin1String("</u>");
            break;
        }
    }
    return html;
}

} // namespace Rubric::WordDiff
