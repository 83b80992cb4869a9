#include "xliffexchange.h"

#include "reviewsections.h"
#include "reviewtext.h"
#include "schema/schema.h"
#include "segments.h"
#include "translationcreator.h"
#include "translationpairs.h"
#include "translationstatus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Rubric {

namespace {

QString tagUnitId(int index)
{
    return QStringLiteral("tags/%1").arg(index);
}

// The units of one review's front matter and body, by id, with their plain texts.
QList<XliffUnit> reviewUnits(const ReviewText &review, const Schema &schema)
{
    QList<XliffUnit> units;
    const QString group = XliffExchange::frontMatterGroup();
    const QString groupName = XliffExchange::tr("Front matter");
    for (const auto &key : TranslationStatus::translatableFields()) {
        const YamlValue value = review.frontMatter.value(key);
        if (value.isSequence()) {
            // The list as one unit, one item a line: a translation that orders its tags
            // otherwise is never paired item by item with the wrong source tag.
            units.append({key, group, groupName, {{value.scalarItems().join(u'\n'), false}}, {}, {}, {}});
        } else if (value.isScalar()) {
            units.append({key, group, groupName, {{value.scalar, false}}, {}, {}, {}});
        }
    }
    QHash<QString, QString> headings;
    for (const auto &section : ReviewSections::of(review, schema))
        headings.insert(section.id, section.headingText);
    for (const auto &segment : ReviewSegments::of(review, schema)) {
        const QStringView text = QStringView(review.text).sliced(segment.start, segment.end - segment.start);
        units.append({segment.id, segment.sectionId, headings.value(segment.sectionId), Xliff::protect(text, segment.tableRow),
                      {}, {}, {}});
    }
    return units;
}

QStringList codesOf(const XliffText &text)
{
    QStringList codes;
    for (const auto &piece : text) {
        if (piece.code)
            codes.append(piece.text);
    }
    codes.sort();
    return codes;
}

} // namespace

QString XliffExchange::textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString XliffExchange::frontMatterGroup()
{
    return QStringLiteral("front-matter");
}

XliffFile XliffExchange::units(const ReviewText &source, const ReviewText *target, const Schema &schema,
                              const TranslationRecord::Entry *entry)
{
    XliffFile file;
    file.sourceLang = source.lang();
    file.units = reviewUnits(source, schema);
    if (!target)
        return file;
    file.targetLang = target->lang();
    QHash<QString, XliffText> translated;
    for (const auto &unit : reviewUnits(*target, schema))
        translated.insert(unit.id, unit.source);
    // Items marked done at the source's current text (not those "done" for want of a
    // record: only a translator's mark approves).
    QSet<QString> doneSections;
    QSet<QString> doneFields;
    if (entry) {
        for (const auto &item : TranslationStatus::items(source, *target, schema, entry)) {
            const bool section = item.kind == TranslationItem::Kind::Section;
            const QMap<QString, QString> &marks = section ? entry->sections : entry->fields;
            if (item.state == TranslationState::Done && !item.sourceHash.isEmpty()
                && marks.value(item.id) == item.sourceHash)
                (section ? doneSections : doneFields).insert(item.id);
        }
    }
    for (auto &unit : file.units) {
        const auto found = translated.constFind(unit.id);
        if (found == translated.cend())
            continue;
        unit.target = *found;
        unit.targetHash = textHash(Xliff::plain(*found));
        unit.targetState = Xliff::plain(*found) == Xliff::plain(unit.source) ? QStringLiteral("needs-translation")
                                                                            : QStringLiteral("translated");
        unit.approved = unit.group == frontMatterGroup() ? doneFields.contains(unit.id) : doneSections.contains(unit.group);
    }
    return file;
}

std::optional<XliffFile> XliffExchange::exportFile(const QString &sourcePath, const QString &lang, const Schema &schema,
                                                   QString *error)
{
    const QString root = Schema::siteRootOf(sourcePath);
    if (root.isEmpty()) {
        *error = tr("%1 is not inside a site (no _products or _companies folder above it)").arg(sourcePath);
        return std::nullopt;
    }
    const auto source = ReviewText::read(sourcePath, error);
    if (!source)
        return std::nullopt;
    const QString targetLang = lang.isEmpty() ? TranslationPairs::defaultTargetLang(source->lang(), schema) : lang;
    if (!schema.language(targetLang) || targetLang == source->lang()) {
        *error = tr("%1: cannot translate from %2 into \"%3\"").arg(sourcePath, source->lang(), targetLang);
        return std::nullopt;
    }
    const QDir site(root);
    const QString sourceSitePath = site.relativeFilePath(QFileInfo(sourcePath).absoluteFilePath());
    const QString targetSitePath = TranslationPairs::findCounterpart(root, sourceSitePath, *source, targetLang, schema);
    if (targetSitePath.isEmpty()) {
        *error = tr("%1: not where the site's layouts put reviews, or without a ref").arg(sourcePath);
        return std::nullopt;
    }
    std::optional<ReviewText> target;
    if (QFileInfo::exists(site.filePath(targetSitePath))) {
        target = ReviewText::read(site.filePath(targetSitePath), error);
        if (!target)
            return std::nullopt;
    }
    // An unreadable record approves nothing; the export itself does not depend on it.
    QString recordError;
    const std::optional<TranslationRecord> record = TranslationRecord::load(root, &recordError);
    const TranslationRecord::Entry *entry = record ? record->entry(targetSitePath) : nullptr;
    XliffFile file = units(*source, target ? &*target : nullptr, schema, entry);
    file.original = sourceSitePath;
    file.target = targetSitePath;
    file.siteRoot = QFileInfo(root).absoluteFilePath();
    file.targetLang = targetLang;
    return file;
}

EditOutcome XliffExchange::apply(const XliffFile &file, ReviewDocument &target, QStringList *warnings, int *applied)
{
    const Schema &schema = target.schema();
    const ReviewText review = ReviewText::fromDocument(target);
    QHash<QString, TextSegment> segments;
    for (const auto &segment : ReviewSegments::of(review, schema))
        segments.insert(segment.id, segment);
    // The translation's text of each unit now, to tell what changed since the export.
    QHash<QString, QString> current;
    for (const auto &unit : reviewUnits(review, schema))
        current.insert(unit.id, Xliff::plain(unit.source));
    int count = 0;
    TextEdits body;
    QHash<QString, QString> fields;
    QMap<int, QString> tags;
    for (const auto &unit : file.units) {
        if (!unit.target || Xliff::plain(*unit.target).isEmpty())
            continue; // not translated (yet)
        const QString text = Xliff::plain(*unit.target);
        // Units are matched by position: one whose text changed since the export (edited
        // meanwhile, or a paragraph added before it) would overwrite the wrong text.
        if (!unit.targetHash.isEmpty()) {
            if (textHash(text) == unit.targetHash)
                continue; // not changed in the XLIFF file: nothing to bring back
            if (textHash(current.value(unit.id)) != unit.targetHash) {
                warnings->append(tr("%1: the translation's text changed since the export; skipped (export it again)")
                                     .arg(unit.id));
                continue;
            }
        }
        // Only for what changes: a translation may use other codes than its source.
        const auto checkCodes = [&] {
            if (codesOf(*unit.target) != codesOf(unit.source))
                warnings->append(tr("%1: the unit's inline codes differ from the source's; check its Markdown").arg(unit.id));
        };
        if (unit.group == frontMatterGroup()) {
            // tags/N: one unit per tag, as XLIFF files exported before the list became one unit.
            if (unit.id.startsWith(QLatin1String("tags/"))) {
                bool ok = false;
                const int index = unit.id.sliced(5).toInt(&ok);
                if (ok && index >= 0)
                    tags.insert(index, text);
                else
                    warnings->append(tr("%1: not a tag of the review; skipped").arg(unit.id));
            } else if (TranslationStatus::translatableFields().contains(unit.id)) {
                fields.insert(unit.id, text);
            } else {
                warnings->append(tr("%1: not a translatable field; skipped").arg(unit.id));
            }
            continue;
        }
        const auto segment = segments.constFind(unit.id);
        if (segment == segments.cend()) {
            warnings->append(tr("%1: the translation has no such paragraph; skipped").arg(unit.id));
            continue;
        }
        if (QStringView(review.text).sliced(segment->start, segment->end - segment->start) != text) {
            checkCodes();
            body.append({segment->start, segment->end - segment->start, text});
            ++count;
        }
    }
    // The field changes, decided before anything is pushed: an import that changes
    // nothing leaves no (empty) step on the undo stack.
    QList<QPair<QString, QVariant>> changes;
    for (const auto &key : TranslationStatus::translatableFields()) {
        if (!fields.contains(key))
            continue;
        const YamlValue now = target.value(key);
        if (now.isSequence() || (!now.isScalar() && fields.value(key).contains(u'\n'))) {
            QStringList items;
            for (const auto &line : fields.value(key).split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    items.append(line.trimmed());
            }
            if (items != now.scalarItems())
                changes.append({key, items});
        } else if (target.string(key) != fields.value(key)) {
            changes.append({key, fields.value(key)});
        }
    }
    if (!tags.isEmpty()) {
        QStringList list = target.value(QStringLiteral("tags")).scalarItems();
        const QStringList original = list;
        for (auto it = tags.cbegin(); it != tags.cend(); ++it) {
            if (it.key() < list.size())
                list[it.key()] = it.value();
            else if (it.key() == list.size())
                list.append(it.value());
            else
                warnings->append(tr("%1: the translation has fewer tags; skipped").arg(tagUnitId(it.key())));
        }
        if (list != original)
            changes.append({QStringLiteral("tags"), list});
    }
    if (applied)
        *applied = count;
    if (body.isEmpty() && changes.isEmpty())
        return {};
    QUndoStack *stack = target.undoStack();
    stack->beginMacro(tr("Import the translation"));
    target.replaceText(body, tr("Import the translated text"));
    for (const auto &[key, value] : std::as_const(changes)) {
        const EditOutcome step = target.setField(key, value);
        if (!step.ok())
            warnings->append(tr("%1: %2; skipped").arg(key, step.error));
        count += step.changed ? 1 : 0;
    }
    stack->endMacro();
    if (applied)
        *applied = count;
    return {QString(), true};
}

XliffImportOutcome XliffExchange::importFile(const XliffFile &file, const QString &siteRoot, const QString &xliffPath)
{
    XliffImportOutcome outcome;
    const QString where = tr("%1, line %2").arg(xliffPath.isEmpty() ? tr("the XLIFF file") : xliffPath).arg(file.line);
    const auto refuse = [&](const QString &why) {
        outcome.path.clear();
        outcome.error = tr("%1: %2").arg(where, why);
        return outcome;
    };
    const QString root = siteRoot.isEmpty() ? file.siteRoot : siteRoot;
    if (root.isEmpty() || file.target.isEmpty() || file.original.isEmpty()) {
        return refuse(tr("the XLIFF file names no site or no review (rubric:site, original, rubric:target); "
                         "give the site folder"));
    }
    if (QFileInfo(root).canonicalFilePath().isEmpty())
        return refuse(tr("the site folder %1 does not exist").arg(root));
    const QDir site(root);
    QString error;
    const Schema schema = Schema::forSite(root, &error);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    // The source: a review inside the site.
    const QString sourcePath = site.filePath(file.original);
    if (QDir::isAbsolutePath(file.original) || !TranslationCreator::liesInside(sourcePath, root)
        || !QFileInfo(sourcePath).isFile()) {
        return refuse(tr("original=\"%1\" is not a review inside the site %2").arg(file.original, root));
    }
    const auto source = ReviewText::read(sourcePath, &error);
    if (!source)
        return refuse(error);
    if (!schema.language(file.targetLang) || file.targetLang == source->lang()) {
        return refuse(tr("target-language=\"%1\": %2 cannot be translated into it")
                          .arg(file.targetLang, file.original));
    }
    // The target: the counterpart the site itself gives, whatever the XLIFF says.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString sourceSitePath = QDir(canonicalRoot).relativeFilePath(QFileInfo(sourcePath).canonicalFilePath());
    const QString expected = TranslationPairs::findCounterpart(canonicalRoot, sourceSitePath, *source, file.targetLang, schema);
    if (expected.isEmpty())
        return refuse(tr("%1 is not where the site's layouts put reviews, or has no plain ref").arg(file.original));
    if (QDir::cleanPath(file.target) != expected) {
        return refuse(tr("rubric:target=\"%1\" is not the %2 translation of %3, which is %4")
                          .arg(file.target, file.targetLang, file.original, expected));
    }
    outcome.path = site.filePath(expected);
    if (!TranslationCreator::liesInside(outcome.path, root))
        return refuse(tr("%1 lies outside the site %2").arg(outcome.path, root));
    if (!QFileInfo::exists(outcome.path)) {
        const CreateOutcome created = TranslationCreator::create(sourcePath, file.targetLang, schema);
        if (!created.ok()) {
            outcome.error = created.error;
            return outcome;
        }
        if (QFileInfo(created.path).absoluteFilePath() != QFileInfo(outcome.path).absoluteFilePath()) {
            outcome.error = tr("the translation was created as %1, not %2 as the XLIFF file says")
                                .arg(created.path, outcome.path);
            return outcome;
        }
        outcome.created = true;
        outcome.changed = true;
        outcome.warnings += created.notes;
    }
    ReviewDocument document(schema);
    if (!document.load(outcome.path)) {
        const Problems problems = document.readProblems();
        outcome.error = tr("%1: %2").arg(outcome.path, problems.isEmpty() ? QString() : problems.constFirst().message);
        return outcome;
    }
    if (document.lang() != file.targetLang) {
        const QString path = outcome.path;
        return refuse(tr("%1 has lang \"%2\", not the XLIFF file's target-language \"%3\"")
                          .arg(path, document.lang(), file.targetLang));
    }
    const EditOutcome applied = apply(file, document, &outcome.warnings, &outcome.unitsApplied);
    if (!applied.ok()) {
        outcome.error = tr("%1: %2").arg(outcome.path, applied.error);
        return outcome;
    }
    if (!document.isModified())
        return outcome;
    const SaveOutcome saved = document.save();
    if (!saved.ok()) {
        outcome.error = saved.error;
        return outcome;
    }
    outcome.changed = true;
    return outcome;
}

} // namespace Rubric
