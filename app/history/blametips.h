#pragma once

#include "history/history.h"
#include "schema/schema.h"

#include <QHash>
#include <QObject>

namespace Rubric {

// For the form and the ratings: when and in which commit each front-matter value and each
// rating axis last changed, as tooltip texts. Fields from the blame of the front-matter
// lines, axes and the total from the review's versions (a line holds every axis). Read off
// the GUI thread; a load() replaces any earlier one still running.
class BlameTips final : public QObject
{
    Q_OBJECT

public:
    explicit BlameTips(QObject *parent = nullptr);

    // `text`: the editor's text (unsaved edits are "not committed yet").
    void load(const QString &filePath, const Schema &schema, const QString &text);
    void clear();

    // "Last changed 2025-08-07 in 1a2b3c4 by Rita: Cheaper" or "Changed since the last commit".
    static QString tip(const FieldBlame &blame);

Q_SIGNALS:
    // Tooltips by front-matter key, and by axis id (the total under the schema's rating key);
    // empty when the review has no history.
    void ready(const QHash<QString, QString> &fields, const QHash<QString, QString> &ratings);

private:
    int m_generation = 0;
};

} // namespace Rubric
