#include "translationsectionsmodel.h"

#include "document/reviewdocument.h"
#include "reviewsections.h"
#include "reviewtext.h"

#include <QDir>
#include <QFileInfo>

namespace Rubric {

namespace {

const AlignedSection *findSection(const QList<AlignedSection> &sections, const QString &id)
{
    for (const auto &section : sections) {
        if (section.id == id)
            return &section;
    }
    return nullptr;
}

} // namespace

TranslationSectionsModel::TranslationSectionsModel(const ReviewDocument *source, ReviewDocument *target,
                                                   const QString &siteRoot, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_target(target)
    , m_siteRoot(siteRoot.isEmpty() ? Schema::siteRootOf(target->filePath()) : siteRoot)
{
    connect(source, &ReviewDocument::textChanged, this, &TranslationSectionsModel::refresh);
    connect(target, &ReviewDocument::textChanged, this, &TranslationSectionsModel::refresh);
    connect(target, &ReviewDocument::pathChanged, this, &TranslationSectionsModel::refresh);
    connect(target, &ReviewDocument::saved, this, [this] {
        QString error;
        if (!writePending(&error)) {
            m_recordError = error;
            Q_EMIT recordWriteFailed(error);
        }
    });
    reloadRecord();
}

int TranslationSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int TranslationSectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranslationSectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    const TranslationItem &item = m_items.at(index.row());
    switch (role) {
    case ItemIdRole:
        return item.id;
    case IsFieldRole:
        return item.kind == TranslationItem::Kind::Field;
    case StateRole:
        return int(item.state);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SectionColumn: {
        const Schema &schema = m_source->schema();
        const QString lang = m_source->lang();
        if (item.kind == TranslationItem::Kind::Field) {
            const FieldSpec *field = schema.field(item.id);
            return field ? schema.localized(field->label, lang, item.id) : item.id;
        }
        const ReviewText source = ReviewText::fromDocument(*m_source);
        for (const auto &section : ReviewSections::of(source, schema)) {
            if (section.id == item.id && section.exists())
                return section.headingText;
        }
        return item.id;
    }
    case SourceColumn:
        return item.sourceText;
    case TargetColumn:
        return item.targetText;
    case StatusColumn:
        return TranslationStatus::stateName(item.state);
    default:
        return {};
    }
}

QVariant TranslationSectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn: return tr("Section");
    case SourceColumn: return tr("Source");
    case TargetColumn: return tr("Translation");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

int TranslationSectionsModel::rowOf(const QString &itemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == itemId)
            return row;
    }
    return -1;
}

QPair<qsizetype, qsizetype> TranslationSectionsModel::targetRange(int row) const
{
    if (!m_source || !m_target || row < 0 || row >= m_items.size() || m_items.at(row).kind != TranslationItem::Kind::Section)
        return {-1, -1};
    const auto sections = ReviewSections::align(ReviewText::fromDocument(*m_source), ReviewText::fromDocument(*m_target),
                                                m_source->schema());
    const AlignedSection *section = findSection(sections, m_items.at(row).id);
    if (!section || !section->target.exists())
        return {-1, -1};
    return {section->target.contentStart, section->target.contentEnd};
}

QPair<qsizetype, qsizetype> TranslationSectionsModel::sourceRange(int row) const
{
    if (!m_source || row < 0 || row >= m_items.size() || m_items.at(row).kind != TranslationItem::Kind::Section)
        return {-1, -1};
    for (const auto &section : ReviewSections::of(ReviewText::fromDocument(*m_source), m_source->schema())) {
        if (section.id == m_items.at(row).id && section.exists())
            return {section.contentStart, section.contentEnd};
    }
    return {-1, -1};
}

EditOutcome TranslationSectionsModel::copySourceToTarget(int row)
{
    if (!m_source || !m_target || row < 0 || row >= m_items.size())
        return {tr("no such item")};
    const TranslationItem &item = m_items.at(row);
    if (item.kind == TranslationItem::Kind::Field)
        return m_target->setField(item.id, m_source->value(item.id).isSequence()
                                               ? QVariant(m_source->value(item.id).scalarItems())
                                               : QVariant(m_source->string(item.id)));
    const Schema &schema = m_source->schema();
    const ReviewText source = ReviewText::fromDocument(*m_source);
    const ReviewText target = ReviewText::fromDocument(*m_target);
    const auto sections = ReviewSections::align(source, target, schema);
    const AlignedSection *section = findSection(sections, item.id);
    if (!section || !section->source.exists())
        return {tr("the source has no section \"%1\"").arg(item.id)};
    const QString lineBreak = target.frontMatter.lineBreak();
    const auto inTargetBreaks = [&](QString text) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        if (lineBreak != QLatin1String("\n"))
            text.replace(u'\n', lineBreak);
        return text;
    };
    const QString description = tr("Copy the source of %1").arg(data(index(row, SectionColumn)).toString());
    if (section->target.exists()) {
        const QString content = source.text.sliced(section->source.contentStart,
                                                   section->source.contentEnd - section->source.contentStart);
        return m_target->replaceText({{section->target.contentStart,
                                       section->target.contentEnd - section->target.contentStart,
                                       inTargetBreaks(content)}},
                                     description);
    }
    // A missing section: its heading (localized for a schema section) and everything
    // under it, before the next section the translation has, else at the end.
    QString heading = section->source.headingText;
    if (!section->source.isExtra()) {
        const QStringList localized = schema.sectionHeadings(schema.sections().at(section->source.schemaIndex),
                                                             m_target->lang());
        if (!localized.isEmpty())
            heading = localized.constFirst();
    }
    const qsizetype afterHeading = source.frontMatter.lines().nextLineStart(
        source.frontMatter.lines().lineAt(section->source.headingStart));
    QString block = QLatin1String("## ") + heading + u'\n'
                    + source.text.sliced(afterHeading, section->source.contentEnd - afterHeading);
    qsizetype at = target.text.size();
    bool passed = false;
    for (const auto &other : sections) {
        if (other.id == item.id)
            passed = true;
        else if (passed && other.target.exists()) {
            at = other.target.headingStart;
            break;
        }
    }
    if (at == target.text.size()) {
        if (!target.text.isEmpty() && !target.text.endsWith(u'\n'))
            block.prepend(u'\n');
        if (!target.text.endsWith(QLatin1String("\n\n")))
            block.prepend(u'\n');
    } else if (!block.endsWith(QLatin1String("\n\n"))) {
        block.append(u'\n');
    }
    return m_target->replaceText({{at, 0, inTargetBreaks(block)}}, description);
}

namespace {

// The section's content, less the blank space around it, when the item's text is all of
// it (line breaks aside): {start, end} in the text, else {-1, -1}.
QPair<qsizetype, qsizetype> editableSpan(const QString &text, const ReviewSection &section)
{
    if (!section.exists())
        return {-1, -1};
    qsizetype start = section.contentStart;
    qsizetype end = section.contentEnd;
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    QString raw = text.sliced(start, end - start);
    raw.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (ReviewSections::normalized(raw) != raw)
        return {-1, -1};
    return {start, end};
}

} // namespace

bool TranslationSectionsModel::isTargetEditable(int row) const
{
    if (!m_source || !m_target || row < 0 || row >= m_items.size())
        return false;
    const TranslationItem &item = m_items.at(row);
    if (item.kind == TranslationItem::Kind::Field)
        return true;
    const ReviewText target = ReviewText::fromDocument(*m_target);
    const auto sections = ReviewSections::align(ReviewText::fromDocument(*m_source), target, m_source->schema());
    const AlignedSection *section = findSection(sections, item.id);
    return section && editableSpan(target.text, section->target).first >= 0;
}

EditOutcome TranslationSectionsModel::setTargetText(int row, const QString &text)
{
    if (!m_source || !m_target || row < 0 || row >= m_items.size())
        return {tr("no such item")};
    const TranslationItem &item = m_items.at(row);
    if (item.kind == TranslationItem::Kind::Field) {
        if (m_source->value(item.id).isSequence()) {
            QStringList values;
            for (const QString &line : text.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    values.append(line.trimmed());
            }
            return m_target->setField(item.id, values);
        }
        return m_target->setField(item.id, text);
    }
    const ReviewText target = ReviewText::fromDocument(*m_target);
    const auto sections = ReviewSections::align(ReviewText::fromDocument(*m_source), target, m_source->schema());
    const AlignedSection *section = findSection(sections, item.id);
    if (!section || !section->target.exists())
        return {tr("the translation has no section \"%1\" yet: copy the source first").arg(item.id)};
    const auto span = editableSpan(target.text, section->target);
    if (span.first < 0)
        return {tr("section \"%1\" has lines the panel does not show: edit it in the translation's tab").arg(item.id)};
    QString replacement = text.trimmed();
    replacement.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString lineBreak = target.frontMatter.lineBreak();
    if (lineBreak != QLatin1String("\n"))
        replacement.replace(u'\n', lineBreak);
    if (replacement == target.text.sliced(span.first, span.second - span.first))
        return {};
    return m_target->replaceText({{span.first, span.second - span.first, replacement}},
                                 tr("Translate %1").arg(data(index(row, SectionColumn)).toString()));
}

bool TranslationSectionsModel::markDone(int row, QString *error)
{
    if (row < 0 || row >= m_items.size()) {
        *error = tr("no such item");
        return false;
    }
    const TranslationItem &item = m_items.at(row);
    if (item.kind == TranslationItem::Kind::Section && item.targetText == item.sourceText) {
        *error = tr("\"%1\" is still the source's text: translate it before marking it done")
                     .arg(data(index(row, SectionColumn)).toString());
        return false;
    }
    const QString id = item.id;
    const QString text = item.sourceText;
    if (!mark(row, item.sourceHash, error))
        return false;
    m_baselines.set(sourceSitePath(), id, text); // what "changed since done" compares with
    saveBaselines();
    refresh();
    return true;
}

bool TranslationSectionsModel::clearDone(int row, QString *error)
{
    if (row < 0 || row >= m_items.size()) {
        *error = tr("no such item");
        return false;
    }
    const QString id = m_items.at(row).id;
    if (!mark(row, QString(), error))
        return false;
    // Not done: nothing to compare the source with, as before any mark.
    m_baselines.remove(sourceSitePath(), id);
    saveBaselines();
    refresh();
    return true;
}

bool TranslationSectionsModel::mark(int row, const QString &hash, QString *error)
{
    if (m_siteRoot.isEmpty()) {
        *error = tr("the translation is not inside a site; there is no translation record to write");
        return false;
    }
    const TranslationItem &item = m_items.at(row);
    const QMap<QString, PendingMark> before = m_pending;
    m_pending.insert(item.id, {item.kind, hash});
    // Written with the text it describes: now if that is on disk, else when it is saved.
    if (m_target && !m_target->isModified() && !writePending(error)) {
        m_pending = before;
        refresh();
        return false;
    }
    refresh();
    return true;
}

void TranslationSectionsModel::applyPending(TranslationRecord &record) const
{
    const QString target = targetSitePath();
    const QString source = sourceSitePath();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const bool field = it->kind == TranslationItem::Kind::Field;
        if (it->hash.isEmpty()) {
            field ? record.clearField(target, it.key()) : record.clearSection(target, it.key());
            continue;
        }
        if (record.sourceOf(target).isEmpty())
            record.setSource(target, source);
        field ? record.setFieldDone(target, it.key(), it->hash) : record.setSectionDone(target, it.key(), it->hash);
    }
}

bool TranslationSectionsModel::writePending(QString *error)
{
    if (m_pending.isEmpty())
        return true;
    if (!updateRecord([this](TranslationRecord &record) { applyPending(record); }, error))
        return false;
    m_pending.clear();
    return true;
}

int TranslationSectionsModel::nextUnfinished(int row) const
{
    const int count = int(m_items.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((row + step) % count + count) % count;
        if (m_items.at(candidate).state != TranslationState::Done)
            return candidate;
    }
    return -1;
}

int TranslationSectionsModel::previousUnfinished(int row) const
{
    const int count = int(m_items.size());
    for (int step = 1; step <= count; ++step) {
        const int candidate = ((row - step) % count + count) % count;
        if (m_items.at(candidate).state != TranslationState::Done)
            return candidate;
    }
    return -1;
}

void TranslationSectionsModel::reloadRecord()
{
    m_recordError.clear();
    const auto record = TranslationRecord::load(m_siteRoot, &m_recordError);
    m_record = record ? *record : TranslationRecord();
    loadBaselines();
    refresh();
    // A pair first seen without a record entry: its texts now are the baseline, so a
    // later edit of the source shows as outdated (and what changed) instead of "done".
    if (m_baselinesReadable && !m_siteRoot.isEmpty() && !m_record.entry(targetSitePath())
        && !m_baselines.has(sourceSitePath()) && !m_items.isEmpty()) {
        for (const TranslationItem &item : std::as_const(m_items))
            m_baselines.set(sourceSitePath(), item.id, item.sourceText);
        saveBaselines();
    }
}

void TranslationSectionsModel::loadBaselines()
{
    m_baselinesError.clear();
    m_baselinesReadable = !m_siteRoot.isEmpty()
                          && m_baselines.load(TranslationBaselines::pathFor(m_siteRoot), &m_baselinesError);
}

void TranslationSectionsModel::saveBaselines()
{
    // Never over a file that did not read: its texts would be lost.
    if (m_baselinesReadable && !m_baselines.save(TranslationBaselines::pathFor(m_siteRoot), &m_baselinesError))
        m_baselinesReadable = false;
}

QString TranslationSectionsModel::baselineText(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    return m_baselines.text(sourceSitePath(), m_items.at(row).id);
}

bool TranslationSectionsModel::updateRecord(const std::function<void(TranslationRecord &)> &change, QString *error)
{
    if (m_siteRoot.isEmpty()) {
        *error = tr("the translation is not inside a site; there is no translation record to write");
        return false;
    }
    const auto record = TranslationRecord::update(m_siteRoot, change, error);
    if (!record)
        return false;
    m_record = *record;
    m_recordError.clear();
    refresh();
    return true;
}

QString TranslationSectionsModel::targetSitePath() const
{
    return m_target ? QDir(m_siteRoot).relativeFilePath(QFileInfo(m_target->filePath()).absoluteFilePath()) : QString();
}

QString TranslationSectionsModel::sourceSitePath() const
{
    return m_source ? QDir(m_siteRoot).relativeFilePath(QFileInfo(m_source->filePath()).absoluteFilePath()) : QString();
}

void TranslationSectionsModel::refresh()
{
    if (!m_source || !m_target)
        return;
    const TranslationState before = overallState();
    // The record as it will be once the pending marks are written.
    TranslationRecord record = m_record;
    applyPending(record);
    QList<TranslationItem> items =
        TranslationStatus::items(ReviewText::fromDocument(*m_source), ReviewText::fromDocument(*m_target),
                                 m_source->schema(), record.entry(targetSitePath()));
    // An item the record says nothing about ("done" by default) is outdated once the source
    // differs from its baseline; a hash in the record decides alone.
    const TranslationRecord::Entry *entry = record.entry(targetSitePath());
    for (TranslationItem &item : items) {
        const auto &marks = item.kind == TranslationItem::Kind::Field ? (entry ? &entry->fields : nullptr)
                                                                      : (entry ? &entry->sections : nullptr);
        const QString baseline = m_baselines.text(sourceSitePath(), item.id);
        if (item.state == TranslationState::Done && !(marks && marks->contains(item.id)) && !baseline.isNull()
            && baseline != item.sourceText)
            item.state = TranslationState::Outdated;
    }
    bool sameRows = items.size() == m_items.size();
    for (qsizetype i = 0; sameRows && i < items.size(); ++i)
        sameRows = items.at(i).id == m_items.at(i).id && items.at(i).kind == m_items.at(i).kind;
    if (!sameRows) {
        beginResetModel();
        m_items = items;
        endResetModel();
    } else {
        m_items = items;
        if (!m_items.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    if (overallState() != before || !sameRows)
        Q_EMIT overallStateChanged();
}

} // namespace Rubric
