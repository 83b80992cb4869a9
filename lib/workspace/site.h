#pragma once

#include "document/problem.h"
#include "schema/schema.h"
#include "translate/translationrecord.h"
#include "translate/translationstatus.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

class QTimer;

namespace Rubric {

class GitRepository;
class SearchService;
class SiteIndex;

// The open site: its root, its schema (built-in + the site's rubric-schema.yml), its index,
// its translation record and what is known across it: the problems of each review (its own
// and those across files: pairs, refs) and the translation state of each review.
//
// Owned by the Workspace. Paths given as "site path" are relative to root() with '/'.
// Lifecycle: construct, connect, start(); the index fills in (SiteIndex signals), then the
// whole site is checked off the GUI thread and checked() is emitted. A review that changes
// afterwards (saved, or changed on disk) is re-checked alone; its new figures arrive through
// problemCountChanged() and translationStatesChanged(), batched so that many changed files
// (a git pull) cost one read of the translation record, not one per file.
class Site final : public QObject
{
    Q_OBJECT

public:
    // `root`: the site folder (made absolute). Reads the schema override now (see
    // schemaError()); does not read or index any review until start().
    explicit Site(const QString &root, QObject *parent = nullptr);
    ~Site() override;

    QString root() const { return m_root; }
    const Schema &schema() const { return m_schema; }
    // Why the site's rubric-schema.yml was not used (file and line), empty when it was.
    QString schemaError() const { return m_schemaError; }
    SiteIndex *index() const { return m_index; }
    // The full-text index (issue 18): built and kept current off the GUI thread after each
    // pass of index(), in the user's cache folder.
    SearchService *search() const { return m_search; }
    // The git repository the site lies in (issue 19), null when none: history features hide.
    // For this (the GUI) thread only; a worker opens its own with GitRepository::discover(root()).
    GitRepository *repository() const { return m_repository.get(); }

    bool contains(const QString &absolutePath) const;
    QString sitePath(const QString &absolutePath) const;      // relative to root()
    QString absolutePath(const QString &sitePath) const;

    // Indexes the site (from the cache when enabled) and watches it for changes.
    void start();
    // Checks the whole site again (problems and translation states), off the GUI thread.
    void check();
    // A review was written by Rubric: its index row, problems and translation state follow.
    void fileSaved(const QString &absolutePath);

    // Why rubric-translations.yml was not read (file and line), empty when it was.
    QString recordError() const { return m_recordError; }
    // The translation record as last read; reload after writing it (translation dock).
    const TranslationRecord &translationRecord() const { return m_record; }
    // Reads rubric-translations.yml again and re-checks the translation states; false and
    // `error` (file and line) when it does not read.
    bool reloadTranslationRecord(QString *error = nullptr);

    // Whether the first whole-site check has finished (the figures below are complete).
    bool isChecked() const { return m_checked; }
    // The problems across files (pairs, refs) of one review; empty until checked.
    Problems siteProblems(const QString &absolutePath) const;
    // Problems per site path: the review's own plus those across files.
    const QHash<QString, int> &problemCounts() const { return m_problemCounts; }
    // Translation state per site path, for the reviews in a pair.
    const QHash<QString, TranslationState> &translationStates() const { return m_translationStates; }

Q_SIGNALS:
    // The whole site was checked: problemCounts(), translationStates() and siteProblems() are new.
    void checked();
    void problemCountChanged(const QString &sitePath, int count);
    // Only the states that were recomputed (one batch of changed reviews).
    void translationStatesChanged(const QHash<QString, Rubric::TranslationState> &states);
    // Something the user should read (the record does not read...), with file and line.
    void message(const QString &text);

private:
    void checkTranslations();
    void partChecked();
    void queueRefresh(const QString &sitePath);
    void refreshQueued();

    QString m_root;
    QString m_schemaError; // before m_schema: filled while m_schema is read
    Schema m_schema;
    SiteIndex *m_index;
    SearchService *m_search;
    TranslationRecord m_record;
    QString m_recordError;
    QHash<QString, Problems> m_siteProblems; // by site path
    QHash<QString, int> m_problemCounts;
    QHash<QString, TranslationState> m_translationStates;
    QSet<QString> m_queued; // changed reviews waiting for refreshQueued()
    QTimer *m_refreshTimer;
    int m_generation = 0;             // of the whole-site problem check
    int m_translationGeneration = 0;  // of the translation states' computation
    int m_pendingParts = 0; // of the running whole-site check
    bool m_checked = false;
    std::unique_ptr<GitRepository> m_repository;
};

} // namespace Rubric
