#include "reviewsections.h"

#include "reviewtext.h"
#include "schema/schema.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Rubric::ReviewSections {

namespace {

ReviewSection sectionAt(const ReviewText &review, int headingIndex)
{
    const Heading &heading = review.outline.headings().at(headingIndex);
    const LineIndex &lines = review.frontMatter.lines();
    ReviewSection section;
    section.heading = headingIndex;
    section.headingText = heading.text;
    section.headingStart = heading.start;
    const QStringView line = lines.lineContent(heading.line);
    const qsizetype at = heading.text.isEmpty() ? -1 : line.indexOf(heading.text);
    section.headingTextStart = heading.start + (at < 0 ? line.size() : at);
    section.headingTextEnd = section.headingTextStart + (at < 0 ? 0 : heading.text.size());
    section.contentStart = lines.nextLineStart(heading.line);
    if (const auto score = review.outline.scoreLineUnder(headingIndex))
        section.contentStart = lines.nextLineStart(score->line);
    section.contentEnd = std::max(section.contentStart, heading.sectionEnd);
    return section;
}

} // namespace

QList<ReviewSection> of(const ReviewText &review, const Schema &schema)
{
    const QString lang = review.lang();
    const QList<Heading> &headings = review.outline.headings();
    QList<ReviewSection> sections;
    QList<bool> claimed(headings.size(), false);
    for (int i = 0; i < schema.sections().size(); ++i) {
        const SectionSpec &spec = schema.sections().at(i);
        const QStringList texts = schema.sectionHeadings(spec, lang);
        ReviewSection section;
        for (int h = 0; h < headings.size(); ++h) {
            if (!claimed.at(h) && headings.at(h).level == 2 && texts.contains(headings.at(h).text)) {
                section = sectionAt(review, h);
                claimed[h] = true;
                break;
            }
        }
        section.id = spec.id;
        section.schemaIndex = i;
        sections.append(section);
    }
    int extra = 0;
    for (int h = 0; h < headings.size(); ++h) {
        if (claimed.at(h) || headings.at(h).level != 2)
            continue;
        ReviewSection section = sectionAt(review, h);
        section.id = QStringLiteral("extra-%1").arg(++extra);
        sections.append(section);
    }
    return sections;
}

QList<AlignedSection> align(const ReviewText &source, const ReviewText &target, const Schema &schema)
{
    const QList<ReviewSection> sourceSections = of(source, schema);
    QList<ReviewSection> targetSections = of(target, schema);
    QList<AlignedSection> aligned;
    for (const auto &section : sourceSections) {
        AlignedSection pair{section.id, section, {}};
        for (qsizetype i = 0; i < targetSections.size(); ++i) {
            if (targetSections.at(i).id == section.id) {
                pair.target = targetSections.takeAt(i);
                break;
            }
        }
        pair.target.id = section.id;
        pair.target.schemaIndex = section.schemaIndex;
        aligned.append(pair);
    }
    for (const auto &rest : std::as_const(targetSections)) {
        ReviewSection none;
        none.id = rest.id;
        none.schemaIndex = rest.schemaIndex;
        aligned.append({rest.id, none, rest});
    }
    return aligned;
}

bool isEndDateLine(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*\\(\\d{4}\\.\\d{1,2}\\.\\d{1,2}\\)\\s*$"));
    return pattern.match(line).hasMatch();
}

QString normalized(QStringView content)
{
    static const QRegularExpression scoreLine(
        QStringLiteral("^[ \\t]*\\$\\$[ \\t]*\\\\Large[ \\t]*\\\\text\\{[^}]*\\}[ \\t]*\\$\\$[ \\t]*$"));
    QStringList kept;
    bool blank = false;
    for (QStringView line : content.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (scoreLine.match(line).hasMatch() || isEndDateLine(line))
            continue;
        if (line.isEmpty()) {
            blank = !kept.isEmpty();
            continue;
        }
        if (blank)
            kept.append(QString());
        blank = false;
        kept.append(line.toString());
    }
    return kept.join(u'\n');
}

QString normalizedText(const QString &text, const ReviewSection &section)
{
    if (!section.exists())
        return {};
    return normalized(QStringView(text).sliced(section.contentStart, section.contentEnd - section.contentStart));
}

QString hash(const QString &normalized)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace Rubric::ReviewSections
