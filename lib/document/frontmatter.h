#pragma once

#include "lineindex.h"
#include "problem.h"
#include "yamlvalue.h"

#include <QHash>
#include <QString>

namespace Rubric {

// How a value is written in the text; edits keep it.
enum class ValueStyle {
    Empty,           // `key:` with nothing after it
    Plain,           // `key: text` (possibly continued on indented lines)
    DoubleQuoted,    // `key: "text"`
    SingleQuoted,    // `key: 'text'`
    FlowSequence,    // `key: [a, b]`
    FlowMapping,     // `key: {a: b}`
    BlockScalar,     // `key: |` or `key: >` and indented lines
    BlockCollection, // `key:` then `- item` lines or an indented mapping
    Other,           // anchors, aliases, tags: read, but not edited surgically
};

// One top-level `key: value` of the front matter, as it stands in the text.
struct FrontMatterEntry
{
    QString key;
    int keyLine = 0;            // 0-based line in the file
    qsizetype start = 0;        // the key line's start
    qsizetype end = 0;          // after the line break of the entry's last line
    qsizetype colon = 0;        // the key's colon
    qsizetype valueStart = 0;   // the value's text, without a trailing comment or blanks
    qsizetype valueEnd = 0;
    ValueStyle style = ValueStyle::Empty;
};

// The split of a file into front matter and body, the front matter's entries with their
// places in the text, and the values YAML reads from them.
class FrontMatter final
{
public:
    // How values are read: the fast reader of SimpleYaml for the usual one-line values
    // (falling back to yaml-cpp for anything else), or always yaml-cpp (tests compare).
    enum class Reader { Fast, YamlCpp };

    // `text` is the whole file (a leading U+FEFF byte order mark is skipped).
    static FrontMatter parse(const QString &text, Reader reader = Reader::Fast);
    // After edits that left everything before bodyStart() as it was (the caller checks):
    // only the line index follows the new text; the entries and values are the same.
    void rebase(const QString &text) { m_lines = LineIndex(text); }

    bool exists() const { return m_exists; }   // an opening `---` line
    bool isClosed() const { return m_closed; } // and a closing one
    bool parsed() const { return m_parsed; }   // the YAML between them parses to a mapping
    bool usedYamlCpp() const { return m_usedYamlCpp; } // the fast reader could not read it
    // Whether every entry was located in the text, so that values can be edited in place.
    bool isEditable() const { return m_editable; }
    QString notEditableReason() const { return m_notEditableReason; }

    qsizetype yamlStart() const { return m_yamlStart; } // first char of the YAML lines
    qsizetype yamlEnd() const { return m_yamlEnd; }     // start of the closing line
    qsizetype bodyStart() const { return m_bodyStart; } // after the closing line
    int bodyFirstLine() const { return m_bodyFirstLine; }
    QString lineBreak() const { return m_lineBreak; }   // "\n" or "\r\n", as the file uses
    const LineIndex &lines() const { return m_lines; }

    const QList<FrontMatterEntry> &entries() const { return m_entries; }
    // The occurrence YAML readers use (the last one when a key is duplicated).
    const FrontMatterEntry *entry(const QString &key) const;
    QList<const FrontMatterEntry *> occurrences(const QString &key) const;
    const QStringList &keys() const { return m_keys; } // in file order, each once
    YamlValue value(const QString &key) const { return m_values.value(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    const Problems &problems() const { return m_problems; }

    // Entries and keys visited by the lookups above, in this process (tests count work
    // with it: a lookup must not rescan the front matter).
    static qint64 lookupSteps();

private:
    void parseText(const QString &text, Reader reader);
    void indexEntries();
    void parseYaml(const QString &text);
    bool scanEntries(const QString &text);
    bool readSimpleValues(const QString &text);
    void matchEntriesToYaml();
    void noteKey(const QString &key, int line, QHash<QString, int> &seen);
    void locateValue(const QString &text, FrontMatterEntry &entry, qsizetype contentEnd) const;

    LineIndex m_lines;
    bool m_exists = false;
    bool m_closed = false;
    bool m_parsed = false;
    bool m_usedYamlCpp = false;
    bool m_editable = false;
    QString m_notEditableReason;
    qsizetype m_yamlStart = 0;
    qsizetype m_yamlEnd = 0;
    qsizetype m_bodyStart = 0;
    int m_openLine = 0;
    int m_bodyFirstLine = 0;
    QString m_lineBreak = QStringLiteral("\n");
    QList<FrontMatterEntry> m_entries;
    QHash<QString, YamlValue> m_values;
    QList<QPair<QString, int>> m_yamlKeys; // key and 0-based file line, as YAML reads them
    Problems m_problems;
    QHash<QString, QList<qsizetype>> m_entryIndex; // key: its indexes in m_entries, in file order
    QStringList m_keys;                            // m_yamlKeys' keys, each once
};

} // namespace Rubric
