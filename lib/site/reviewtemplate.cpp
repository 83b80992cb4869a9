#include "reviewtemplate.h"

#include "document/bodyoutline.h"
#include "document/frontmatter.h"
#include "document/refslug.h"
#include "schema/schema.h"
#include "document/tenths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Rubric {

namespace {

QString doubleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

ReviewTemplate::ReviewTemplate(const Schema &schema, NewReview review)
    : m_schema(schema)
    , m_review(std::move(review))
{
    m_review.name = m_review.name.trimmed();
    m_review.ref = m_review.ref.trimmed();
    m_review.companyId = m_review.companyId.trimmed();
}

QString ReviewTemplate::ref() const
{
    return m_review.ref.isEmpty() ? RefSlug::fromName(m_review.name) : m_review.ref;
}

QString ReviewTemplate::companyId() const
{
    const LayoutSpec *layout = m_schema.layout(m_review.layout);
    if (m_review.companyId.isEmpty() && layout && !layout->nested)
        return ref();
    return m_review.companyId;
}

QString ReviewTemplate::title() const
{
    const LayoutSpec *layout = m_schema.layout(m_review.layout);
    return m_review.name + (layout ? m_schema.localized(layout->titleSuffix, m_review.lang, QString()) : QString());
}

QString ReviewTemplate::permalink() const
{
    const LayoutSpec *layout = m_schema.layout(m_review.layout);
    return layout ? layout->permalink(m_review.lang, ref()) : QString();
}

QString ReviewTemplate::relativePath() const
{
    const LayoutSpec *layout = m_schema.layout(m_review.layout);
    return layout ? layout->relativePath(m_review.lang, companyId(), ref()) : QString();
}

QString ReviewTemplate::error() const
{
    const LayoutSpec *layout = m_schema.layout(m_review.layout);
    if (!layout)
        return tr("\"%1\" is not a layout of the site (%2)")
            .arg(m_review.layout, [this] {
                QStringList ids;
                for (const auto &spec : m_schema.layouts())
                    ids.append(spec.id);
                return ids.join(QStringLiteral(", "));
            }());
    if (!m_schema.language(m_review.lang))
        return tr("\"%1\" is not a language of the site (%2)")
            .arg(m_review.lang, m_schema.languageCodes().join(QStringLiteral(", ")));
    if (m_review.name.isEmpty())
        return tr("the review needs a name");
    for (const QChar c : m_review.name) {
        if (c.category() == QChar::Other_Control)
            return tr("the name must be one line of text");
    }
    if (ref().isEmpty())
        return tr("no ref can be made of \"%1\": give one in lowercase ASCII letters, digits and hyphens")
            .arg(m_review.name);
    if (!RefSlug::isValid(ref()))
        return tr("the ref \"%1\" is not lowercase ASCII letters, digits and hyphens").arg(ref());
    if (layout->nested && companyId().isEmpty())
        return tr("a %1 review needs a company").arg(layout->id);
    if (!companyId().isEmpty() && !RefSlug::isValid(companyId()))
        return tr("the company \"%1\" is not lowercase ASCII letters, digits and hyphens").arg(companyId());
    if (!m_review.date.isValid())
        return tr("the review needs a date");
    return {};
}

QString ReviewTemplate::text() const
{
    const QString layout = m_review.layout;
    const QString lang = m_review.lang;
    QString text = QStringLiteral("---\n");
    for (const FieldSpec &field : m_schema.fields()) {
        // Fields that only other layouts require (a company has no price) are left out.
        if (!field.requiredForAll && !field.requiredFor.isEmpty() && !field.requiredFor.contains(layout))
            continue;
        QString value;
        if (field.key == QLatin1String("layout"))
            value = layout;
        else if (field.key == QLatin1String("title"))
            value = doubleQuoted(title());
        else if (field.key == QLatin1String("target_name"))
            value = doubleQuoted(m_review.name);
        else if (field.key == QLatin1String("company_id"))
            value = companyId();
        else if (field.key == QLatin1String("lang"))
            value = lang;
        else if (field.key == QLatin1String("ref"))
            value = ref();
        else if (field.key == QLatin1String("permalink"))
            value = permalink();
        else if (field.type == FieldType::Date)
            value = m_review.date.toString(Qt::ISODate);
        else if (field.type == FieldType::Rating)
            value = u'[' + QStringList(m_schema.axes().size() + 1, Tenths::format(0)).join(QStringLiteral(", ")) + u']';
        // Everything else (price, summary, tags) is the reviewer's to write: left empty.
        text += field.key + u':' + (value.isEmpty() ? QString() : u' ' + value) + u'\n';
    }
    text += QLatin1String("---\n");

    for (const SectionSpec &section : m_schema.sections()) {
        const QStringList headings = m_schema.sectionHeadings(section, lang);
        text += QLatin1String("## ") + headings.value(0, section.id) + QLatin1String("\n\n");
        if (!section.axisId.isEmpty())
            text += BodyOutline::scoreLineText(Tenths::format(0)) + QLatin1String("\n\n");
    }
    const QDate date = m_review.date;
    text += QStringLiteral("(%1.%2.%3)\n").arg(date.year()).arg(date.month()).arg(date.day());
    return text;
}

RefUse ReviewTemplate::refUse(const ReviewRecords &records, const QString &lang, const QString &ref)
{
    RefUse use;
    for (const ReviewRecord &record : records) {
        if (record.ref.compare(ref, Qt::CaseInsensitive) != 0)
            continue;
        (record.lang == lang ? use.sameLanguage : use.otherLanguage).append(record.path);
    }
    return use;
}

QString ReviewTemplate::create(const QString &siteRoot, QString *error) const
{
    if (const QString why = this->error(); !why.isEmpty()) {
        *error = why;
        return {};
    }
    // Never write what would not read back as given.
    const QString text = this->text();
    const FrontMatter written = FrontMatter::parse(text);
    if (written.value(QStringLiteral("target_name")).scalar != m_review.name
        || written.value(QStringLiteral("title")).scalar != title()
        || written.value(QStringLiteral("ref")).scalar != ref()) {
        *error = tr("the review for \"%1\" would not read back as given; nothing was written").arg(m_review.name);
        return {};
    }
    const QString path = QDir(siteRoot).absoluteFilePath(relativePath());
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return {};
    }
    // NewOnly: the check above and the creation are one step for the file system, so a
    // file that appeared in between is not overwritten either.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.remove();
        return {};
    }
    file.close();
    return path;
}

} // namespace Rubric
