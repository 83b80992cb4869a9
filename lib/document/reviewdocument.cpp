#include "reviewdocument.h"

#include "boundedread.h"

#include "atomicwrite.h"
#include "fieldinput.h"
#include "frontmattereditor.h"
#include "texteditcommand.h"
#include "tenths.h"
#include "utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace Rubric {

namespace {


bool sameNumber(const YamlValue &current, const YamlValue &wanted)
{
    bool ok1 = false, ok2 = false;
    const double a = current.scalar.toDouble(&ok1);
    const double b = wanted.scalar.toDouble(&ok2);
    return current.isScalar() && ok1 && ok2 && a == b;
}

} // namespace

ReviewDocument::ReviewDocument(const Schema &schema, QObject *parent)
    : QObject(parent)
    , m_schema(schema)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ReviewDocument::~ReviewDocument() = default;

bool ReviewDocument::load(const QString &path)
{
    m_path = path;
    BoundedRead read = readFileBounded(path, maximumFileSize);
    switch (read.status) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::NotAFile:
        // A device or a pipe has no size to check and may never end.
        m_readProblems = {{Problem::Severity::Error, QStringLiteral("load.not-a-file"),
                           tr("not a regular file (a folder, a device or a pipe)"), 0, 0, {}}};
        return false;
    case BoundedRead::Status::TooLarge:
        m_readProblems = {{Problem::Severity::Error, QStringLiteral("load.too-large"),
                           tr("the file is %1 MB; Rubric opens reviews of up to %2 MB")
                               .arg(read.size / (1024 * 1024))
                               .arg(maximumFileSize / (1024 * 1024)),
                           0, 0, {}}};
        return false;
    case BoundedRead::Status::CannotOpen:
    case BoundedRead::Status::ReadError:
        m_readProblems = {{Problem::Severity::Error, QStringLiteral("load.io"),
                           tr("cannot read the file: %1").arg(read.error), 0, 0, {}}};
        return false;
    }
    return loadBytes(read.bytes, path);
}

bool ReviewDocument::loadBytes(const QByteArray &bytes, const QString &path)
{
    m_path = path;
    m_readProblems.clear();
    // Qt's check is vectorised; the exact offset is only needed for a bad file.
    const qsizetype invalid = QByteArrayView(bytes).isValidUtf8() ? -1 : firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        const QByteArrayView before = QByteArrayView(bytes).first(invalid);
        const int line = int(before.count('\n')) + 1;
        // Everything before the offset is valid, so its last line counts in characters.
        const int column = int(QString::fromUtf8(before.sliced(before.lastIndexOf('\n') + 1)).size()) + 1;
        m_readProblems.append({Problem::Severity::Error, QStringLiteral("load.invalid-utf8"),
                               tr("invalid UTF-8 at byte offset %1 (line %2, column %3)")
                                   .arg(invalid)
                                   .arg(line)
                                   .arg(column),
                               line, column, {}});
        return false;
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        const int line = int(QByteArrayView(bytes).first(nul).count('\n')) + 1;
        m_readProblems.append({Problem::Severity::Error, QStringLiteral("load.binary"),
                               tr("a NUL byte at byte offset %1 (line %2): this is not a text file").arg(nul).arg(line),
                               line, 1, {}});
        return false;
    }
    m_text = decodeUtf8(bytes);
    m_diskBytes = bytes; // shared, not copied; compared byte for byte, no hashing on load
    reparse();
    m_loadedParsed = m_frontMatter.parsed();
    m_undoStack->clear();
    m_undoStack->setClean();
    Q_EMIT loaded();
    Q_EMIT textChanged({});
    return true;
}

void ReviewDocument::reparse()
{
    m_frontMatter = FrontMatter::parse(m_text);
    m_outline = BodyOutline::parse(m_text, m_frontMatter.lines(),
                                   m_frontMatter.isClosed() ? m_frontMatter.bodyFirstLine() : 0);
}

Problems ReviewDocument::problems() const
{
    return m_readProblems + m_frontMatter.problems();
}

QString ReviewDocument::string(const QString &key) const
{
    const YamlValue value = m_frontMatter.value(key);
    return value.isScalar() ? value.scalar : QString();
}

Ratings ReviewDocument::ratings() const
{
    return Ratings::read(m_frontMatter.value(m_schema.ratingKey()), int(m_schema.axes().size()));
}

bool ReviewDocument::isModified() const
{
    return !m_undoStack->isClean();
}

EditOutcome ReviewDocument::setField(const QString &key, const QVariant &value, bool merge)
{
    const FieldSpec *field = m_schema.field(key);
    if (!field)
        return {tr("unknown field \"%1\"").arg(key)};
    QString error;
    const auto intent = FieldInput::fromVariant(*field, value, &error);
    if (!intent)
        return {error};
    if (field->type == FieldType::Number && sameNumber(m_frontMatter.value(key), intent->value))
        return {};
    FrontMatterEditor editor(m_text, m_frontMatter, m_schema);
    const TextEdits edits = editor.setValue(key, *intent, &error);
    if (!error.isEmpty())
        return {error};
    return pushChecked(edits, tr("Change %1").arg(key), key, &*intent, merge);
}

EditOutcome ReviewDocument::setFieldText(const QString &key, const QString &text)
{
    return setField(key, QVariant(text));
}

EditOutcome ReviewDocument::removeField(const QString &key)
{
    QString error;
    FrontMatterEditor editor(m_text, m_frontMatter, m_schema);
    const TextEdits edits = editor.remove(key, &error);
    if (!error.isEmpty())
        return {error};
    return pushChecked(edits, tr("Remove %1").arg(key), key, nullptr);
}

EditOutcome ReviewDocument::setAxis(const QString &axisId, int tenths)
{
    const int index = m_schema.axisIndex(axisId);
    if (index < 0)
        return {tr("unknown rating axis \"%1\"").arg(axisId)};
    // The value it already has: nothing to write. Recomputing the total here would rewrite
    // a total the file has wrong, which is validate --fix's job, not a set's.
    if (const Ratings current = ratings(); current.present && current.axis(index) == tenths)
        return {};
    QString error;
    RatingEditor editor(m_text, m_frontMatter, m_outline, m_schema, lang());
    const TextEdits edits = editor.setAxis(index, tenths, &error);
    if (!error.isEmpty())
        return {error};
    // The rating the edit should produce, checked like any other value.
    const FrontMatter after = FrontMatter::parse(applyEdits(m_text, edits));
    const Ratings result = Ratings::read(after.value(m_schema.ratingKey()), int(m_schema.axes().size()));
    if (!edits.isEmpty() && (!result.isValid() || result.axis(index) != tenths || result.total() != result.axisSum()))
        return {tr("could not set %1 without changing other values; nothing was changed").arg(axisId)};
    const ValueIntent intent{after.value(m_schema.ratingKey()), false};
    return pushChecked(edits, tr("Set %1").arg(m_schema.localized(m_schema.axes().at(index).label, lang(), axisId)),
                       m_schema.ratingKey(), &intent, false, &after);
}

EditOutcome ReviewDocument::editText(const TextEdits &edits, const QString &description, int mergeId)
{
    if (edits.isEmpty())
        return {};
    QList<TextEdits> steps{edits};
    QString text = applyEdits(m_text, edits);
    const qsizetype axes = mayMoveScoreLines(edits) ? m_schema.axes().size() : 0;
    for (qsizetype i = 0; i < axes; ++i) {
        const TextEdits follow = ratingFollowingScoreLines(text);
        if (follow.isEmpty())
            break;
        steps.append(follow);
        text = applyEdits(text, follow);
    }
    m_undoStack->push(new TextEditCommand(this, steps, description, mergeId));
    return {QString(), true};
}

EditOutcome ReviewDocument::replaceText(const TextEdits &edits, const QString &description)
{
    if (edits.isEmpty())
        return {};
    m_undoStack->push(new TextEditCommand(this, {edits}, description));
    return {QString(), true};
}

EditOutcome ReviewDocument::renameFile(const QString &newPath)
{
    if (QFileInfo(newPath).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return {};
    // A rename that only changes case must not be refused as "exists" on a case-blind disk.
    const bool sameFile = QFileInfo(newPath).absoluteFilePath().compare(QFileInfo(m_path).absoluteFilePath(),
                                                                         Qt::CaseInsensitive) == 0;
    if (QFileInfo::exists(newPath) && !sameFile)
        return {tr("%1 already exists").arg(newPath)};
    if (!QFile::rename(m_path, newPath))
        return {tr("cannot rename %1 to %2").arg(m_path, newPath)};
    m_path = newPath;
    Q_EMIT pathChanged(m_path);
    return {QString(), true};
}

TextEdits ReviewDocument::ratingFollowingScoreLines(const QString &text) const
{
    // The score lines as they read after the edit: where one under an axis heading now
    // says another valid value than the rating, the rating (and the total) follow it.
    const FrontMatter frontMatter = FrontMatter::parse(text);
    const Ratings ratings = Ratings::read(frontMatter.value(m_schema.ratingKey()), int(m_schema.axes().size()));
    if (!frontMatter.isEditable() || !ratings.isValid())
        return {};
    const BodyOutline outline = BodyOutline::parse(text, frontMatter.lines(), frontMatter.bodyFirstLine());
    const QString language = frontMatter.value(QStringLiteral("lang")).scalar;
    RatingEditor editor(text, frontMatter, outline, m_schema, language);
    TextEdits edits;
    for (int i = 0; i < m_schema.axes().size(); ++i) {
        const SectionSpec *section = m_schema.axisSection(m_schema.axes().at(i).id);
        const int index = section ? outline.findSection(m_schema.sectionHeadings(*section, language)) : -1;
        const auto score = index < 0 ? std::nullopt : outline.scoreLineUnder(index);
        const auto typed = score ? Tenths::parse(score->value) : std::nullopt;
        if (typed && *typed <= 10 && typed != ratings.axis(i)) {
            QString error;
            edits = editor.setAxis(i, *typed, &error);
            break; // one axis at a time; the caller asks again for the others
        }
    }
    return edits;
}

EditOutcome ReviewDocument::pushChecked(const TextEdits &edits, const QString &description, const QString &key,
                                        const ValueIntent *intent, bool merge, const FrontMatter *parsedAfter)
{
    if (edits.isEmpty())
        return {};
    // Check the result before it becomes the document: the front matter must still parse
    // to the same values, but for the one key that was asked to change (set to `intent`,
    // or removed when there is none).
    const FrontMatter parsed = parsedAfter ? *parsedAfter : FrontMatter::parse(applyEdits(m_text, edits));
    const EditOutcome unsafe{tr("Rubric could not write %1 without changing other values; nothing was changed")
                                 .arg(key)};
    if (m_frontMatter.parsed() && (!parsed.parsed() || parsed.isEditable() != m_frontMatter.isEditable()))
        return unsafe;
    QStringList expected = m_frontMatter.keys();
    expected.removeAll(key);
    QStringList actual = parsed.keys();
    if (intent && !actual.removeAll(key))
        return unsafe;
    if (actual != expected)
        return unsafe;
    for (const auto &other : std::as_const(expected)) {
        if (parsed.value(other) != m_frontMatter.value(other))
            return unsafe;
    }
    if (intent) {
        const YamlValue now = parsed.value(key);
        bool same = now.kind == intent->value.kind && now.scalar == intent->value.scalar
                    && now.scalarItems() == intent->value.scalarItems();
        if (same && intent->mustBeString && now.isScalar())
            same = now.quoted || !YamlScalar::resolvesToNonString(now.scalar);
        if (!same)
            return unsafe;
    }
    m_undoStack->push(new TextEditCommand(this, {edits}, description,
                                          merge ? TextEditCommand::FieldMerge : -1, key));
    return {QString(), true};
}

bool ReviewDocument::isBodyOnly(const TextEdits &edits) const
{
    // An edit at the body's start could join the closing `---` line when that line has no
    // line break (the file ends there); otherwise nothing before bodyStart() can change.
    const qsizetype bodyStart = m_frontMatter.bodyStart();
    if (!m_frontMatter.isClosed() || bodyStart == 0 || m_text.at(bodyStart - 1) != u'\n')
        return false;
    return std::all_of(edits.begin(), edits.end(), [&](const TextEdit &edit) { return edit.position >= bodyStart; });
}

bool ReviewDocument::mayMoveScoreLines(const TextEdits &edits) const
{
    // Score lines are `$$` lines under ATX headings outside code: an edit whose lines
    // (before, and with the inserted text after) hold none of these characters cannot
    // change what a score line says or which heading it is under.
    if (!isBodyOnly(edits))
        return true;
    const auto relevant = [](QStringView text) {
        return text.contains(u'$') || text.contains(u'#') || text.contains(u'`') || text.contains(u'~');
    };
    for (const auto &edit : edits) {
        const qsizetype lineStart = edit.position == 0 ? 0 : m_text.lastIndexOf(u'\n', edit.position - 1) + 1;
        qsizetype lineEnd = m_text.indexOf(u'\n', edit.position + edit.length);
        if (lineEnd < 0)
            lineEnd = m_text.size();
        if (relevant(QStringView(m_text).sliced(lineStart, lineEnd - lineStart)) || relevant(edit.text))
            return true;
    }
    return false;
}

void ReviewDocument::applyNow(const TextEdits &edits)
{
    const bool bodyOnly = isBodyOnly(edits);
    m_text = Rubric::applyEdits(m_text, edits);
    if (bodyOnly) {
        // The front matter's text is the same: only its line index follows the body.
        m_frontMatter.rebase(m_text);
        m_outline = BodyOutline::parse(m_text, m_frontMatter.lines(), m_frontMatter.bodyFirstLine());
    } else {
        reparse();
    }
    Q_EMIT textChanged(edits);
}

bool ReviewDocument::changedOnDisk() const
{
    if (m_path.isEmpty())
        return false;
    const BoundedRead read = readFileBounded(m_path, maximumFileSize);
    // Gone: saving recreates it. Not a file (a folder took its place): saving refuses with that
    // reason, which says more than "changed on disk".
    if (read.status == BoundedRead::Status::CannotOpen || read.status == BoundedRead::Status::NotAFile)
        return false;
    return !read.ok() || read.bytes != m_diskBytes;
}

SaveOutcome ReviewDocument::save(bool overwrite)
{
    if (m_path.isEmpty())
        return {SaveOutcome::Status::Failed, tr("the document has no file name yet")};
    if (!overwrite && changedOnDisk())
        return {SaveOutcome::Status::ChangedOnDisk, tr("%1 changed on disk since it was opened").arg(m_path)};
    return write(m_path);
}

SaveOutcome ReviewDocument::saveAs(const QString &path)
{
    return write(path);
}

SaveOutcome ReviewDocument::write(const QString &path)
{
    const QByteArray bytes = toBytes();
    if (decodeUtf8(bytes) != m_text)
        return {SaveOutcome::Status::Failed, tr("the text holds characters that cannot be written as UTF-8")};
    if (m_loadedParsed && !m_frontMatter.parsed()) {
        const Problems problems = m_frontMatter.problems();
        const int line = problems.isEmpty() ? 0 : problems.front().line;
        return {SaveOutcome::Status::Failed,
                tr("the front matter no longer reads (line %1); fix it before saving").arg(line)};
    }
    // Refused up front with a plain reason rather than the system's.
    const QFileInfo target(path);
    if (target.isDir())
        return {SaveOutcome::Status::Failed, tr("cannot write %1: a folder has that name").arg(path)};
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists())
        return {SaveOutcome::Status::Failed, tr("cannot write %1: the folder %2 no longer exists").arg(path, folder.filePath())};
    if (!folder.isDir())
        return {SaveOutcome::Status::Failed, tr("cannot write %1: %2 is not a folder").arg(path, folder.filePath())};
    if (target.exists() && !target.isWritable())
        return {SaveOutcome::Status::Failed, tr("cannot write %1: the file is read-only").arg(path)};
    QString error;
    if (!writeFileAtomically(path, bytes, &error))
        return {SaveOutcome::Status::Failed, tr("cannot write %1: %2").arg(path, error)};
    const QString written = QFileInfo(path).filePath();
    const bool moved = written != m_path;
    m_path = written;
    m_diskBytes = bytes; // shared, not copied; compared byte for byte, no hashing on load
    m_undoStack->setClean();
    Q_EMIT saved();
    if (moved)
        Q_EMIT pathChanged(m_path);
    return {};
}

} // namespace Rubric
