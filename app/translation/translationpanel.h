#pragma once

#include <QPointer>
#include <QIdentityProxyModel>
#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace Rubric {

// The items with the pair checks' warnings (lib/proof PairCheck) on their section: an
// icon and the messages as the tooltip.
class PairCheckProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit PairCheckProxy(QObject *parent = nullptr);
    void setWarnings(const QHash<int, QStringList> &warnings); // by row
    QStringList warnings(int row) const { return m_warnings.value(row); }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<int, QStringList> m_warnings;
};

class DocumentView;
class TranslationSectionsModel;

// The translator's side of the side-by-side view: the items of a review and its
// translation (front-matter strings, then the sections the schema aligns) with their
// state; the selected item's source text (read-only) beside its translation, which is
// typed in place (front-matter strings, and sections whose text the item holds whole) or
// in its own DocumentView (right tab group), whose editor this panel scrolls to the item;
// every change goes through that document's undo stack.
// The source's body editor is read-only while the panel lives and shows.
// Actions follow Qt Linguist: previous/next unfinished (Ctrl+K/Ctrl+J), copy the source
// (Ctrl+B), done and next (Ctrl+Return).
class TranslationPanel final : public QWidget
{
    Q_OBJECT

public:
    TranslationPanel(DocumentView *source, DocumentView *target, QWidget *parent = nullptr);

    TranslationSectionsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // What changed in the current item's source since done (shown for an outdated item).
    QTextBrowser *changesView() const { return m_changes; }
    // The current item's pair-check warnings (numbers, names, prices, links), empty if none.
    QStringList currentWarnings() const { return m_checked->warnings(currentRow()); }
    DocumentView *sourceView() const { return m_source; }
    DocumentView *targetView() const { return m_target; }
    int currentRow() const;
    void goToRow(int row);
    void nextUnfinished();
    void previousUnfinished();
    void copySource();
    void markDoneAndNext();
    // The translation typed into the dock: applied now rather than at the pause.
    void applyTypedText() { commitTargetText(); }
    // Whether the source's body editor is read-only (it is while the panel shows).
    void setSourceReadOnly(bool readOnly);
    // Whether scrolling either editor brings the same section to the top of the other.
    bool scrollsTogether() const;
    void setScrollTogether(bool together);
    // Applies the source's rating to the translation (one undo step there).
    void applySourceRatings();

Q_SIGNALS:
    void message(const QString &text);

private:
    void showCurrent();
    void commitTargetText();
    void runPairChecks();
    void updateSummary();
    static void select(DocumentView *view, qsizetype start, qsizetype end);
    void followScroll(DocumentView *from, DocumentView *to);
    // The row of the body section at the top of `view`'s editor, -1 above the first.
    int topSection(DocumentView *view) const;

    QPointer<DocumentView> m_source;
    QPointer<DocumentView> m_target;
    TranslationSectionsModel *m_model;
    QToolBar *m_toolBar;
    QTableView *m_table;
    QPlainTextEdit *m_sourceText;
    QPlainTextEdit *m_targetText;
    QLabel *m_summary;
    QWidget *m_ratingsBar;
    QAction *m_scrollTogether;
    QTimer *m_commitTimer;
    QTextBrowser *m_changes; // the source's changes since done, word by word
    PairCheckProxy *m_checked;
    QLabel *m_warnings; // the current item's pair-check warnings, over its translation
    QTimer *m_checkTimer;
    int m_editRow = -1;     // the item typed into the dock, waiting for the pause
    bool m_showing = false; // the dock's text set from the model, not typed
    bool m_syncing = false; // one editor follows the other: not back again
};

} // namespace Rubric
