#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Rubric {

// A front-matter value as YAML reads it, independent of how it is written. Scalars keep
// their text and whether they were quoted, because a plain `845` and a quoted "845"
// differ for the site (a number and a string) even though their text is the same.
struct YamlValue
{
    enum class Kind { Null, Scalar, Sequence, Map };

    Kind kind = Kind::Null;
    QString scalar;
    bool quoted = false;     // a quoted scalar is always a string
    QList<YamlValue> items;  // a sequence's items; a map's keys and values, alternating

    static YamlValue makeScalar(const QString &text, bool quoted = false)
    {
        return {Kind::Scalar, text, quoted, {}};
    }
    static YamlValue makeList(const QStringList &texts);

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    // The scalar texts of a sequence (non-scalar items as empty strings).
    QStringList scalarItems() const;
    // A one-line rendering for messages and `rubric show`.
    QString toDisplayString() const;

    friend bool operator==(const YamlValue &, const YamlValue &) = default;
};

namespace YamlScalar {

// Whether YAML 1.1 (as the site's Ruby YAML reads it) takes this plain scalar for
// something other than a string: null, a boolean, a number or a date.
bool resolvesToNonString(const QString &plain);
// Whether `text` can be written as a plain scalar and read back as the same text.
// `inFlow`: inside a flow collection, where , [ ] { } are special too.
bool isPlainSafe(const QString &text, bool inFlow);
QString doubleQuoted(const QString &text);
// Single quoting cannot hold line breaks or control characters: empty result then.
QString singleQuoted(const QString &text);

} // namespace YamlScalar
} // namespace Rubric
