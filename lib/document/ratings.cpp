#include "ratings.h"

#include "frontmattereditor.h"
#include "schema/schema.h"
#include "tenths.h"

#include <QCoreApplication>

namespace Rubric {

namespace {

// The strings of this file, in the translation context of Rubric::Ratings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Ratings)
};

} // namespace

Ratings Ratings::read(const YamlValue &rating, int axisCount)
{
    Ratings ratings;
    if (rating.isNull())
        return ratings;
    ratings.present = true;
    if (!rating.isSequence()) {
        ratings.error = Tr::tr("the rating is not a list");
        return ratings;
    }
    for (const auto &item : rating.items) {
        ratings.values.append(item.isScalar() && !item.quoted ? Tenths::parse(item.scalar) : std::nullopt);
    }
    if (ratings.values.size() != axisCount + 1)
        ratings.error = Tr::tr("the rating has %1 values instead of %2 (the total and %3 axes)")
                            .arg(ratings.values.size())
                            .arg(axisCount + 1)
                            .arg(axisCount);
    else if (ratings.values.contains(std::nullopt))
        ratings.error = Tr::tr("the rating has a value that is not a number with at most one decimal");
    return ratings;
}

std::optional<int> Ratings::axis(int index) const
{
    return index + 1 < values.size() ? values.at(index + 1) : std::nullopt;
}

std::optional<int> Ratings::axisSum() const
{
    if (values.size() < 2)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 1; i < values.size(); ++i) {
        if (!values.at(i))
            return std::nullopt;
        sum += *values.at(i);
    }
    return sum;
}

RatingEditor::RatingEditor(const QString &text, const FrontMatter &frontMatter, const BodyOutline &outline,
                           const Schema &schema, const QString &lang)
    : m_text(text)
    , m_frontMatter(frontMatter)
    , m_outline(outline)
    , m_schema(schema)
    , m_lang(lang)
{
}

TextEdits RatingEditor::setAxis(int axisIndex, int tenths, QString *error) const
{
    const int axisCount = int(m_schema.axes().size());
    if (axisIndex < 0 || axisIndex >= axisCount) {
        *error = QCoreApplication::translate("Rubric::RatingEditor", "unknown rating axis");
        return {};
    }
    if (tenths < 0 || tenths > 10) {
        *error = QCoreApplication::translate("Rubric::RatingEditor", "a rating axis is between 0.0 and 1.0");
        return {};
    }
    const QString key = m_schema.ratingKey();
    const Ratings ratings = Ratings::read(m_frontMatter.value(key), axisCount);
    FrontMatterEditor editor(m_text, m_frontMatter, m_schema);
    TextEdits edits;
    QList<int> axes;
    if (!ratings.present) {
        // A review without a rating gets one, the other axes at zero.
        QStringList texts{Tenths::format(tenths)};
        for (int i = 0; i < axisCount; ++i) {
            axes.append(i == axisIndex ? tenths : 0);
            texts.append(Tenths::format(axes.back()));
        }
        edits = editor.setValue(key, {YamlValue::makeList(texts), false}, error);
    } else if (!ratings.isValid()) {
        const FrontMatterEntry *entry = m_frontMatter.entry(key);
        *error = QCoreApplication::translate("Rubric::RatingEditor", "line %1: %2; fix the rating in the text first")
                     .arg(entry ? entry->keyLine + 1 : 0)
                     .arg(ratings.error);
        return {};
    } else {
        for (int i = 0; i < axisCount; ++i)
            axes.append(i == axisIndex ? tenths : *ratings.axis(i));
        int total = 0;
        for (int value : std::as_const(axes))
            total += value;
        const FrontMatterEntry *entry = m_frontMatter.entry(key);
        if (entry && entry->style == ValueStyle::FlowSequence) {
            // Only the changed items are rewritten; `1` stays `1` where it is unchanged.
            if (*ratings.axis(axisIndex) != tenths)
                edits += editor.setFlowItem(key, axisIndex + 1, Tenths::format(tenths), error);
            if (*ratings.total() != total)
                edits += editor.setFlowItem(key, 0, Tenths::format(total), error);
        } else {
            YamlValue list = m_frontMatter.value(key);
            if (*ratings.axis(axisIndex) != tenths)
                list.items[axisIndex + 1] = YamlValue::makeScalar(Tenths::format(tenths));
            if (*ratings.total() != total)
                list.items[0] = YamlValue::makeScalar(Tenths::format(total));
            edits = editor.setValue(key, {list, false}, error);
        }
        if (!error->isEmpty())
            return {};
    }
    if (!error->isEmpty())
        return {};
    int total = 0;
    for (int value : std::as_const(axes))
        total += value;
    QList<int> only(axisCount, -1);
    only[axisIndex] = tenths;
    return edits + scoreLineEdits(only, total);
}

TextEdits RatingEditor::scoreLineEdits(const QList<int> &axes, int total) const
{
    TextEdits edits;
    const LineIndex &lines = m_frontMatter.lines();
    const QString lineBreak = m_frontMatter.lineBreak();
    for (int i = 0; i < axes.size(); ++i) {
        if (axes.at(i) < 0)
            continue; // not asked for
        const SectionSpec *section = m_schema.axisSection(m_schema.axes().at(i).id);
        const int index = section ? m_outline.findSection(m_schema.sectionHeadings(*section, m_lang)) : -1;
        if (index < 0)
            continue; // no section to show it in; validation reports that
        if (const auto score = m_outline.scoreLineUnder(index)) {
            if (Tenths::parse(score->value) != axes.at(i))
                edits.append({score->valueStart, score->valueEnd - score->valueStart, Tenths::format(axes.at(i))});
        } else {
            // Under the heading, set off by blank lines as the site writes it.
            const int line = m_outline.headings().at(index).line;
            const qsizetype at = lines.contentEnd(line);
            const bool textFollows = line + 1 < lines.lineCount() && !lines.lineContent(line + 1).trimmed().isEmpty();
            edits.append({at, 0, lineBreak + lineBreak + BodyOutline::scoreLineText(Tenths::format(axes.at(i)))
                                     + (textFollows ? lineBreak : QString())});
        }
    }
    if (const SectionSpec *section = m_schema.totalSection(); section && total >= 0) {
        const int index = m_outline.findSection(m_schema.sectionHeadings(*section, m_lang));
        if (index >= 0) {
            if (const auto score = m_outline.firstScoreLineIn(index); score && Tenths::parse(score->value) != total)
                edits.append({score->valueStart, score->valueEnd - score->valueStart, Tenths::format(total)});
        }
    }
    return edits;
}

} // namespace Rubric
