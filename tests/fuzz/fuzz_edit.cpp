// libFuzzer target: the surgical editor. An input is a review document, then a NUL and
// the new value's text, then two control bytes (which key, which operation). After any
// edit the document accepts, the new text must read back (with yaml-cpp, independent of
// the fast reader the editor checks itself with) to the edited value, every other key
// must keep its value and its very bytes, and undo must give back the original bytes.

#include "fuzzcheck.h"

#include "document/fieldinput.h"
#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "schema/schema.h"

#include <QUndoStack>

using namespace Rubric;

namespace {

enum class Operation { SetField, SetAxis, Remove, Count };

// The text without the entries of `key`: what an edit of `key` must leave alone.
QString withoutEntries(const QString &text, const FrontMatter &frontMatter, const QString &key, qsizetype end)
{
    QString rest;
    qsizetype from = 0;
    for (const auto &entry : frontMatter.entries()) {
        if (entry.key != key)
            continue;
        rest += QStringView(text).sliced(from, entry.start - from);
        from = entry.end;
    }
    rest += QStringView(text).sliced(from, end - from);
    return rest;
}

bool sameAsIntent(const YamlValue &now, const ValueIntent &intent)
{
    if (now.kind != intent.value.kind || now.scalar != intent.value.scalar
        || now.scalarItems() != intent.value.scalarItems())
        return false;
    return !intent.mustBeString || !now.isScalar() || now.quoted || !YamlScalar::resolvesToNonString(now.scalar);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray all = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const int control = data[size - 1];
    const int choice = data[size - 2];
    const QByteArray rest = all.first(all.size() - 2);
    const qsizetype nul = rest.lastIndexOf('\0');
    const QByteArray bytes = nul < 0 ? rest : rest.first(nul);
    const QString valueText = nul < 0 ? QString() : QString::fromUtf8(rest.sliced(nul + 1));

    const Schema &schema = Schema::builtin();
    ReviewDocument document(schema);
    if (!document.loadBytes(bytes, QStringLiteral("/site/_products/en/acme/acme-x1.md")))
        return 0;
    const QString before = document.text();
    // Read back with yaml-cpp, independent of the fast reader the editor checks with,
    // unless yaml-cpp cannot read the original (it refuses some valid YAML: `[a?b]`).
    const auto reader = FrontMatter::parse(before, FrontMatter::Reader::YamlCpp).parsed() ? FrontMatter::Reader::YamlCpp
                                                                                           : FrontMatter::Reader::Fast;
    const FrontMatter old = FrontMatter::parse(before, reader);

    QStringList keys = old.keys();
    for (const auto &field : schema.fields())
        keys.append(field.key);
    const QString key = keys.at(choice % keys.size());
    const auto operation = Operation(control % int(Operation::Count));
    const int axis = choice % int(schema.axes().size());
    const int tenths = (control / int(Operation::Count)) % 11;

    EditOutcome outcome;
    std::optional<ValueIntent> intent;
    switch (operation) {
    case Operation::SetField:
        if (const FieldSpec *field = schema.field(key)) {
            QString error;
            intent = FieldInput::fromVariant(*field, QVariant(valueText), &error);
        }
        outcome = document.setFieldText(key, valueText);
        break;
    case Operation::SetAxis:
        outcome = document.setAxis(schema.axes().at(axis).id, tenths);
        break;
    case Operation::Remove:
        outcome = document.removeField(key);
        break;
    case Operation::Count:
        break;
    }
    if (!outcome.ok() || !outcome.changed) {
        FUZZ_CHECK(document.text() == before, "a refused or empty edit changes nothing");
        return 0;
    }
    const QString after = document.text();
    const FrontMatter now = FrontMatter::parse(after, reader);
    FUZZ_CHECK(now.parsed() || !old.parsed(), "the edited text reads back");

    const QString edited = operation == Operation::SetAxis ? schema.ratingKey() : key;
    for (const auto &other : old.keys()) {
        if (other != edited)
            FUZZ_CHECK(now.value(other) == old.value(other), "every other key keeps its value");
    }
    switch (operation) {
    case Operation::SetField:
        FUZZ_CHECK(intent.has_value(), "an accepted field value was a valid input");
        FUZZ_CHECK(sameAsIntent(now.value(key), *intent), "the edited key reads back to the new value");
        FUZZ_CHECK(now.keys().size() == old.keys().size() + (old.contains(key) ? 0 : 1), "one key at most is added");
        break;
    case Operation::SetAxis: {
        const Ratings ratings = Ratings::read(now.value(edited), int(schema.axes().size()));
        FUZZ_CHECK(ratings.isValid() && ratings.axis(axis) == tenths, "the axis reads back to the new value");
        FUZZ_CHECK(ratings.total() == ratings.axisSum(), "the total is the sum of the axes");
        break;
    }
    case Operation::Remove:
        FUZZ_CHECK(!now.contains(key) && now.keys().size() == old.keys().size() - 1, "the key is gone, only it");
        break;
    case Operation::Count:
        break;
    }
    // Byte identity outside the edited entries: the whole file for a field; the front
    // matter for an axis (whose score lines in the body follow it).
    const FrontMatter original = FrontMatter::parse(before);
    const FrontMatter fast = FrontMatter::parse(after);
    if (original.isEditable() && fast.isEditable()) {
        const bool wholeFile = operation != Operation::SetAxis;
        FUZZ_CHECK(withoutEntries(before, original, edited, wholeFile ? before.size() : original.yamlEnd())
                       == withoutEntries(after, fast, edited, wholeFile ? after.size() : fast.yamlEnd()),
                   "every untouched byte stays");
    }
    document.undoStack()->undo();
    FUZZ_CHECK(document.text() == before, "undo gives back the original bytes");
    return 0;
}
