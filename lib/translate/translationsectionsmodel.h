#pragma once

#include "document/reviewdocument.h"
#include "translationbaselines.h"
#include "translationrecord.h"
#include "translationstatus.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Rubric {


// A review and its translation item by item, for a side-by-side view: the translatable
// front-matter strings, then the body sections aligned by the schema (ReviewSections),
// each with the source text, the translation's text and its state (TranslationStatus).
// Changes to the translation go through the target document's undo stack. "Done" marks
// describe the translation's text, so they go to the site's translation record
// (rubric-translations.yml) only once that text is on disk: at once when the translation
// has no unsaved change, else kept pending (and shown) until the target document is
// saved; a translation closed unsaved takes its pending marks with it. Rows follow both
// documents as they change.
class TranslationSectionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Columns { SectionColumn, SourceColumn, TargetColumn, StatusColumn, ColumnCount };
    enum Roles {
        ItemIdRole = Qt::UserRole, // the field key or section id
        IsFieldRole,               // bool: a front-matter string, not a body section
        StateRole,                 // int(TranslationState)
    };

    // `source` is only read. `siteRoot`: where the record lives and paths are relative
    // to; empty for the documents' site (Schema::siteRootOf).
    TranslationSectionsModel(const ReviewDocument *source, ReviewDocument *target, const QString &siteRoot = {},
                             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TranslationItem &item(int row) const { return m_items.at(row); }
    int rowOf(const QString &itemId) const; // -1 when unknown
    // Where a section row's content stands in the target's text (the GUI scrolls to it);
    // {-1, -1} for a field row or a section the translation lacks.
    QPair<qsizetype, qsizetype> targetRange(int row) const;
    QPair<qsizetype, qsizetype> sourceRange(int row) const;

    // Replaces the translation's item with the source's (a missing section is inserted
    // with its localized heading where the schema's order puts it), one undo step.
    EditOutcome copySourceToTarget(int row);
    // Whether the item's translation can be replaced by setTargetText: a front-matter
    // string, or a section the translation has whose text is all in the item's text (no
    // score or end-date line the item leaves out, which a replacement would lose).
    bool isTargetEditable(int row) const;
    // Replaces the translation's text of the item (tags one per line), one undo step on the
    // target's stack; the blank lines around a section's text are kept.
    EditOutcome setTargetText(int row, const QString &text);
    // Records the item as translated from the source's current text / forgets that (see
    // above for when the record is written). A body section whose translation is still
    // the source's text cannot be marked done: false and the reason in `error`.
    bool markDone(int row, QString *error);
    bool clearDone(int row, QString *error);
    // The next or previous row that is not done, wrapping around; -1 when all are done.
    int nextUnfinished(int row) const;
    int previousUnfinished(int row) const;
    // The source's text of the item when last marked done, or when the pair was first seen
    // without a record entry (TranslationBaselines); null when none.
    QString baselineText(int row) const;
    QString baselinesError() const { return m_baselinesError; }
    // Re-reads the translation record (after it changed on disk).
    void reloadRecord();
    QString recordError() const { return m_recordError; }
    TranslationState overallState() const { return TranslationStatus::overall(m_items); }
    // Marks waiting for the translation to be saved.
    bool hasPendingMarks() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void overallStateChanged();
    // The translation was saved but its pending marks could not be written.
    void recordWriteFailed(const QString &error);

private:
    // A mark not yet written: done at the source text `hash`, or cleared (empty hash).
    struct PendingMark
    {
        TranslationItem::Kind kind;
        QString hash;
    };

    void refresh();
    void loadBaselines();
    void saveBaselines();
    bool mark(int row, const QString &hash, QString *error);
    void applyPending(TranslationRecord &record) const;
    bool writePending(QString *error);
    bool updateRecord(const std::function<void(TranslationRecord &)> &change, QString *error);
    QString targetSitePath() const;
    QString sourceSitePath() const;

    QPointer<const ReviewDocument> m_source;
    QPointer<ReviewDocument> m_target;
    QString m_siteRoot;
    TranslationRecord m_record;
    QString m_recordError;
    QList<TranslationItem> m_items;
    TranslationBaselines m_baselines;
    QString m_baselinesError;
    bool m_baselinesReadable = false;
    QMap<QString, PendingMark> m_pending; // by item id
};

} // namespace Rubric
