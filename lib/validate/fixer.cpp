#include "fixer.h"

#include "checkregistry.h"

#include "document/lineindex.h"

#include "document/frontmattereditor.h"
#include "document/ratings.h"
#include "document/tenths.h"
#include "sitepitfalls.h"
#include "validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Rubric::Fixer {

namespace {

// The strings of this file, in the translation context of Rubric::Fixer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Fixer)
};

QString endDateText(const QDate &date)
{
    return QStringLiteral("(%1.%2.%3)").arg(date.year()).arg(date.month()).arg(date.day());
}

RatingEditor ratingEditor(const ReviewDocument &document)
{
    return RatingEditor(document.text(), document.frontMatter(), document.outline(), document.schema(), document.lang());
}

EditOutcome fixTotal(ReviewDocument &document)
{
    const Ratings ratings = document.ratings();
    const auto sum = ratings.axisSum();
    if (!sum || ratings.values.size() != document.schema().axes().size() + 1)
        return {Tr::tr("the axes are not all valid tenths")};
    QString error;
    FrontMatterEditor editor(document.text(), document.frontMatter(), document.schema());
    const TextEdits edits = editor.setFlowItem(document.schema().ratingKey(), 0, Tenths::format(*sum), &error);
    if (!error.isEmpty())
        return {error};
    return document.replaceText(edits, Tr::tr("Recompute the total"));
}

EditOutcome fixScoreLine(ReviewDocument &document, const Problem &problem)
{
    const int axis = document.schema().axisIndex(problem.field);
    const auto value = document.ratings().axis(axis);
    if (axis < 0 || !value)
        return {Tr::tr("the rating has no valid value for %1").arg(problem.field)};
    if (problem.code == QLatin1String("score.missing")) {
        // A score line further down the section (after a sentence, say) is moved up, as the
        // author wrote it, instead of a second one being inserted above it.
        const Schema &schema = document.schema();
        const SectionSpec *section = schema.axisSection(problem.field);
        const BodyOutline &outline = document.outline();
        const int index = section ? outline.findSection(schema.sectionHeadings(*section, document.lang())) : -1;
        if (const auto existing = index < 0 ? std::nullopt : outline.firstScoreLineIn(index)) {
            const LineIndex &lines = document.frontMatter().lines();
            const int line = existing->line;
            const QString lineBreak = document.frontMatter().lineBreak();
            const int heading = outline.headings().at(index).line;
            // The line and the blank line after it, so that no double blank line is left.
            const bool blankAfter = line + 1 < lines.lineCount() && lines.lineContent(line + 1).trimmed().isEmpty();
            const qsizetype removeFrom = lines.lineStart(line);
            const qsizetype removeTo = blankAfter ? lines.nextLineStart(line + 1) : lines.nextLineStart(line);
            const bool textFollows = heading + 1 < lines.lineCount() && !lines.lineContent(heading + 1).trimmed().isEmpty();
            return document.replaceText({{lines.contentEnd(heading), 0,
                                          lineBreak + lineBreak + lines.lineContent(line).toString() + (textFollows ? lineBreak : QString())},
                                         {removeFrom, removeTo - removeFrom, QString()}},
                                        Tr::tr("Move the score line to the top of its section"));
        }
    }
    QList<int> axes(document.schema().axes().size(), -1);
    axes[axis] = *value;
    return document.replaceText(ratingEditor(document).scoreLineEdits(axes, -1), Tr::tr("Write the score line from the rating"));
}

EditOutcome fixShownTotal(ReviewDocument &document)
{
    const auto total = document.ratings().total();
    if (!total)
        return {Tr::tr("the rating has no valid total")};
    return document.replaceText(ratingEditor(document).scoreLineEdits(QList<int>(document.schema().axes().size(), -1), *total),
                                Tr::tr("Show the rating's total"));
}

EditOutcome fixEndDate(ReviewDocument &document)
{
    const QDate date = QDate::fromString(document.string(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return {Tr::tr("the date field is not a valid date")};
    const LineIndex &lines = document.frontMatter().lines();
    int last = lines.lineCount() - 1;
    while (last >= document.frontMatter().bodyFirstLine() && lines.lineContent(last).trimmed().isEmpty())
        --last;
    // A last line that is a date in another form, e.g. (2025-07-19), is the end date.
    static const QRegularExpression looksLikeDate(QStringLiteral("^\\(?\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?\\)?$"));
    if (last >= document.frontMatter().bodyFirstLine() && looksLikeDate.match(lines.lineContent(last).trimmed()).hasMatch()) {
        const qsizetype start = lines.lineStart(last);
        return document.replaceText({{start, lines.contentEnd(last) - start, endDateText(date)}}, Tr::tr("Set the end date"));
    }
    const QString lineBreak = document.frontMatter().lineBreak();
    const qsizetype end = last >= 0 ? lines.contentEnd(last) : document.text().size();
    return document.replaceText({{end, 0, lineBreak + lineBreak + endDateText(date)}}, Tr::tr("Add the end date"));
}

EditOutcome fixHeading(ReviewDocument &document, const Problem &problem)
{
    const SectionSpec *spec = nullptr;
    for (const auto &section : document.schema().sections()) {
        if (section.id == problem.field)
            spec = &section;
    }
    const LineIndex &lines = document.frontMatter().lines();
    const int line = problem.line - 1;
    if (!spec || line < 0 || line >= lines.lineCount())
        return {Tr::tr("no such section")};
    const qsizetype start = lines.lineStart(line);
    return document.replaceText({{start, lines.contentEnd(line) - start, QLatin1String("## ") + spec->heading.value(document.lang())}},
                                Tr::tr("Write the heading exactly"));
}

EditOutcome fixFileName(ReviewDocument &document)
{
    const QString ref = document.string(QStringLiteral("ref"));
    if (ref.isEmpty())
        return {Tr::tr("the review has no ref")};
    return document.renameFile(QFileInfo(document.filePath()).dir().filePath(ref + QLatin1String(".md")));
}

} // namespace

bool canFix(const Problem &problem)
{
    const RuleInfo *info = Validator::rule(problem.code);
    return info && info->fixable;
}

QString describe(const Problem &problem)
{
    static const QHash<QString, const char *> descriptions = {
        {QStringLiteral("rating.total-mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Recompute the total")},
        {QStringLiteral("score.mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Write the score line from the rating")},
        {QStringLiteral("score.missing"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Insert the score line from the rating")},
        {QStringLiteral("total.overview-mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Show the rating's total")},
        {QStringLiteral("date.end-mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Set the end date from the date field")},
        {QStringLiteral("date.end-missing"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Add the end date from the date field")},
        {QStringLiteral("permalink.mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Derive the permalink")},
        {QStringLiteral("section.heading"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Write the heading exactly")},
        {QStringLiteral("file.name-case"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Rename the file to its ref")},
        {QStringLiteral("file.name-mismatch"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Rename the file to its ref")},
        {QStringLiteral("load.front-matter-closer-glued"), QT_TRANSLATE_NOOP("Rubric::Fixer", "Break the line after \"---\"")},
    };
    if (SitePitfallRules::handles(problem.code))
        return SitePitfallRules::describe(problem.code);
    if (const RegisteredChecks *checks = CheckRegistry::owner(problem.code); checks && checks->describeFix)
        return checks->describeFix(problem);
    const char *text = descriptions.value(problem.code);
    return text ? QCoreApplication::translate("Rubric::Fixer", text) : QString();
}

EditOutcome apply(ReviewDocument &document, const Problem &problem)
{
    const QString &code = problem.code;
    if (code == QLatin1String("rating.total-mismatch"))
        return fixTotal(document);
    if (code == QLatin1String("score.mismatch") || code == QLatin1String("score.missing"))
        return fixScoreLine(document, problem);
    if (code == QLatin1String("total.overview-mismatch"))
        return fixShownTotal(document);
    if (code == QLatin1String("date.end-mismatch") || code == QLatin1String("date.end-missing"))
        return fixEndDate(document);
    if (code == QLatin1String("permalink.mismatch")) {
        const LayoutSpec *layout = document.schema().layout(document.string(QStringLiteral("layout")));
        if (!layout)
            return {Tr::tr("the layout is unknown")};
        return document.setField(QStringLiteral("permalink"), layout->permalink(document.lang(), document.string(QStringLiteral("ref"))));
    }
    if (code == QLatin1String("section.heading"))
        return fixHeading(document, problem);
    if (code == QLatin1String("file.name-case") || code == QLatin1String("file.name-mismatch"))
        return fixFileName(document);
    if (code == QLatin1String("load.front-matter-closer-glued")) {
        // The problem's line starts with `---`: a line break after it closes the front matter.
        const LineIndex lines(document.text());
        if (problem.line < 2 || problem.line > lines.lineCount()
            || !lines.lineContent(problem.line - 1).startsWith(QLatin1String("---")))
            return {Tr::tr("the line no longer starts with \"---\"")};
        return document.editText({{lines.lineStart(problem.line - 1) + 3, 0, document.frontMatter().lineBreak()}},
                                 describe(problem));
    }
    if (SitePitfallRules::handles(code))
        return SitePitfallRules::fix(document, problem);
    if (const RegisteredChecks *checks = CheckRegistry::owner(code); checks && checks->fix)
        return checks->fix(document, problem);
    return {Tr::tr("\"%1\" has no mechanical fix").arg(code)};
}

int applyAll(ReviewDocument &document, QStringList *errors)
{
    return applyAll(document, QStringList(), errors);
}

bool selected(const Problem &problem, const QStringList &rules)
{
    return rules.isEmpty() || std::any_of(rules.cbegin(), rules.cend(), [&](const QString &code) { return problem.code.startsWith(code); });
}

int applyAll(ReviewDocument &document, const QStringList &rules, QStringList *errors)
{
    int fixed = 0;
    QSet<QString> failed; // code@line: tried and refused, do not loop on it
    for (int round = 0; round < 100; ++round) {
        const Problems problems = Validator::validate(document);
        const auto it = std::find_if(problems.cbegin(), problems.cend(), [&](const Problem &problem) {
            return canFix(problem) && selected(problem, rules) && !failed.contains(problem.code + u'@' + QString::number(problem.line));
        });
        if (it == problems.cend())
            break;
        const EditOutcome outcome = apply(document, *it);
        if (outcome.ok() && outcome.changed) {
            ++fixed;
        } else {
            failed.insert(it->code + u'@' + QString::number(it->line));
            if (errors)
                errors->append(QStringLiteral("%1: %2").arg(it->code, outcome.ok() ? Tr::tr("nothing to change") : outcome.error));
        }
    }
    return fixed;
}

} // namespace Rubric::Fixer
