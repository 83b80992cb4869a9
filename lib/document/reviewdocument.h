#pragma once

#include "bodyoutline.h"
#include "frontmatter.h"
#include "problem.h"
#include "ratings.h"
#include "schema/schema.h"
#include "textedit.h"

#include <QByteArray>
#include <QObject>
#include <QVariant>

class QUndoStack;

namespace Rubric {

struct ValueIntent;

// The result of an edit request: refused with a message, or done (possibly a no-op).
struct EditOutcome
{
    QString error;
    bool changed = false;
    bool ok() const { return error.isEmpty(); }
};

struct SaveOutcome
{
    enum class Status { Saved, ChangedOnDisk, Failed };
    Status status = Status::Saved;
    QString error;
    bool ok() const { return status == Status::Saved; }
};

// One open review file. Its text is the single source of truth: fields, ratings and the
// body outline are derived from it after every change, and every change is a text edit
// made through the document's undo stack, so form, chart, editor and undo stay in step.
class ReviewDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ReviewDocument(const Schema &schema = Schema::builtin(), QObject *parent = nullptr);
    ~ReviewDocument() override;

    // Reading. False when there is no text to work with (I/O error, invalid UTF-8, too
    // large); problems() says why. A file whose front matter has errors still loads.
    bool load(const QString &path);
    bool loadBytes(const QByteArray &bytes, const QString &path = {});
    static constexpr qsizetype maximumFileSize = 16 * 1024 * 1024;

    QString filePath() const { return m_path; }
    const QString &text() const { return m_text; }
    QByteArray toBytes() const { return m_text.toUtf8(); }
    const Schema &schema() const { return m_schema; }
    const FrontMatter &frontMatter() const { return m_frontMatter; }
    const BodyOutline &outline() const { return m_outline; }
    Problems problems() const;
    // Only why the file could not be read (I/O, encoding, size): empty when it was.
    const Problems &readProblems() const { return m_readProblems; }

    // Typed reading of the fields.
    YamlValue value(const QString &key) const { return m_frontMatter.value(key); }
    QString string(const QString &key) const;
    QString lang() const { return string(QStringLiteral("lang")); }
    Ratings ratings() const;

    // Editing: each change that does something is one step on the undo stack.
    // `merge`: consecutive changes of the same field become one undo step (typing).
    EditOutcome setField(const QString &key, const QVariant &value, bool merge = false);
    EditOutcome setFieldText(const QString &key, const QString &text);
    EditOutcome removeField(const QString &key);
    EditOutcome setAxis(const QString &axisId, int tenths);
    // Raw text edits (the body editor); `mergeId` >= 0 merges consecutive steps. A score
    // line typed under an axis heading updates the rating line in the same undo step.
    EditOutcome editText(const TextEdits &edits, const QString &description, int mergeId = -1);
    // Exactly these edits as one undo step, nothing implied (mechanical fixes).
    EditOutcome replaceText(const TextEdits &edits, const QString &description);
    // Moves the file on disk (e.g. to the name its ref asks for); never over another file.
    EditOutcome renameFile(const QString &newPath);
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Saving: atomic; refuses to overwrite a file that changed on disk since it was read
    // unless `overwrite` is set; refuses text that would not read back as it is.
    SaveOutcome save(bool overwrite = false);
    SaveOutcome saveAs(const QString &path);
    bool changedOnDisk() const;
    // The file's bytes as last read or written (what the unsaved edits started from).
    const QByteArray &diskBytes() const { return m_diskBytes; }

Q_SIGNALS:
    // After every change of the text (edit, undo, redo, load).
    void textChanged(const Rubric::TextEdits &edits);
    void loaded();
    void saved();
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    friend class TextEditCommand;
    void applyNow(const TextEdits &edits);
    void reparse();
    // Whether every edit lies in the body, so the front matter's text cannot change.
    bool isBodyOnly(const TextEdits &edits) const;
    // Whether edits could change a score line or the heading it is under (else the
    // rating need not be checked against the score lines).
    bool mayMoveScoreLines(const TextEdits &edits) const;
    // `parsedAfter`: the front matter after the edits, when the caller parsed it already.
    EditOutcome pushChecked(const TextEdits &edits, const QString &description, const QString &key,
                            const ValueIntent *intent, bool merge = false,
                            const FrontMatter *parsedAfter = nullptr);
    TextEdits ratingFollowingScoreLines(const QString &text) const;
    SaveOutcome write(const QString &path);

    Schema m_schema;
    QString m_path;
    QString m_text;
    FrontMatter m_frontMatter;
    BodyOutline m_outline;
    Problems m_readProblems;   // I/O and encoding
    QByteArray m_diskBytes;    // as last read or written, to tell a change on disk
    bool m_loadedParsed = false;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace Rubric
