#pragma once

#include "frontmatter.h"
#include "textedit.h"
#include "yamlvalue.h"

namespace Rubric {

class Schema;

// What a value should become: the text YAML should read, and whether it must read it as
// a string (quoting it when plain text would be taken for a number, date or boolean).
struct ValueIntent
{
    YamlValue value;
    bool mustBeString = true;
};

// Plans surgical edits of front-matter values: the smallest text change that makes YAML
// read the new value, written in the style already used there. Planning never changes
// anything; the caller applies the edits (through the undo stack).
class FrontMatterEditor final
{
public:
    FrontMatterEditor(const QString &text, const FrontMatter &frontMatter, const Schema &schema);

    // Edits that set `key` (its last occurrence, the one YAML readers use) or insert it at
    // its canonical position. Empty edits with no error: the value is already that.
    TextEdits setValue(const QString &key, const ValueIntent &intent, QString *error) const;
    // Edits that remove every occurrence of `key`.
    TextEdits remove(const QString &key, QString *error) const;
    // Edits that replace item `index` of the flow sequence `key` with `itemText` verbatim.
    TextEdits setFlowItem(const QString &key, int index, const QString &itemText, QString *error) const;

    // Writes a new value for an existing entry in its style ("" on failure).
    QString formatValue(const FrontMatterEntry *entry, const ValueIntent &intent, bool preferQuoted) const;
    // Spans of the items of a flow sequence entry, trimmed.
    QList<QPair<qsizetype, qsizetype>> flowItems(const FrontMatterEntry &entry) const;

private:
    QString formatScalar(ValueStyle style, const QString &text, bool mustBeString, bool preferQuoted) const;
    QString formatFlowSequence(const FrontMatterEntry *entry, const ValueIntent &intent) const;
    QString formatBlockSequence(const FrontMatterEntry &entry, const ValueIntent &intent) const;
    QString formatBlockScalar(const FrontMatterEntry &entry, const QString &text) const;
    TextEdits insert(const QString &key, const ValueIntent &intent, QString *error) const;

    const QString &m_text;
    const FrontMatter &m_frontMatter;
    const Schema &m_schema;
};

} // namespace Rubric
