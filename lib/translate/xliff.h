#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Rubric {

// A piece of a translation unit's text: plain text to translate, or a native code that
// must come back unchanged (Markdown syntax, a score line, a URL), an XLIFF <ph>.
struct XliffPiece
{
    QString text;
    bool code = false;
    friend bool operator==(const XliffPiece &, const XliffPiece &) = default;
};
using XliffText = QList<XliffPiece>;

struct XliffUnit
{
    QString id;          // "title", "tags" (the list, one tag a line), "overview/3", "extra-1/heading"
    QString group;       // "front-matter" or the section id
    QString groupName;   // shown to translators: the section's heading
    XliffText source;
    std::optional<XliffText> target;
    QString targetState; // XLIFF state: "needs-translation", "translated", ...
    // rubric:target-hash: of the translation's text of the unit when it was exported
    // (XliffExchange::textHash); the import skips a unit whose text changed since.
    QString targetHash;
    // The translator marked the unit's section (or field) done in the translation record
    // and the source has not changed since: written approved="yes", state="final", which
    // CAT tools count as translated and reviewed.
    bool approved = false;
};

// One review and its translation, an XLIFF <file>.
struct XliffFile
{
    QString original;   // the source review, site-relative
    QString target;     // the translation, site-relative (rubric:target)
    QString siteRoot;   // where the export was made (rubric:site), a hint for the import
    QString sourceLang;
    QString targetLang;
    QList<XliffUnit> units;
    int line = 0;       // of the <file> element, when read
};

// XLIFF 1.2 reading and writing (QXmlStreamWriter/Reader); the mapping between reviews
// and units is XliffExchange's.
class Xliff final
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::Xliff)

public:
    Xliff() = delete;

    static QString rubricNamespace(); // of the rubric:target and rubric:site attributes

    // Markdown text as pieces: `tableRow` also protects the cell separators.
    static XliffText protect(QStringView text, bool tableRow = false);
    // The text of pieces: codes and text joined.
    static QString plain(const XliffText &text);

    static QByteArray write(const QList<XliffFile> &files);
    // Nothing, and `error` with the line, when the document is not XLIFF 1.2 as written
    // by write() or by a CAT tool from it.
    static std::optional<QList<XliffFile>> read(const QByteArray &xml, QString *error);
};

} // namespace Rubric
