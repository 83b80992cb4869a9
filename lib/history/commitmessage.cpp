#include "commitmessage.h"

#include "history.h"

#include "document/frontmatter.h"
#include "document/tenths.h"
#include "schema/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMap>

namespace Rubric::CommitMessage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::CommitMessage)
};

QString tenths(std::optional<int> value)
{
    return value ? Tenths::format(*value) : QStringLiteral("?");
}

// "1093" -> "1,093"; anything but a whole number as written.
QString price(const QString &text)
{
    bool whole = false;
    const qlonglong number = text.toLongLong(&whole);
    if (!whole)
        return text.isEmpty() ? QStringLiteral("–") : text;
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(number);
}

QString arrow(const QString &from, const QString &to)
{
    return from + QStringLiteral(" → ") + to;
}

QString bodyOf(const QString &text)
{
    const FrontMatter frontMatter = FrontMatter::parse(text);
    return frontMatter.exists() ? text.mid(frontMatter.bodyStart()) : text;
}

} // namespace

QStringList describe(const ReviewChange &change, const Schema &schema)
{
    if (change.isNew)
        return {Tr::tr("new")};
    if (change.isDeleted)
        return {Tr::tr("deleted")};
    const ReviewSnapshot before = ReviewSnapshot::fromText(change.before, schema);
    const ReviewSnapshot after = ReviewSnapshot::fromText(change.after, schema);
    QStringList phrases;
    if (before.total != after.total)
        phrases << QStringLiteral("total ") + arrow(tenths(before.total), tenths(after.total));
    const auto &axes = schema.axes();
    for (int i = 0; i < axes.size(); ++i) {
        const auto from = before.axes.value(i);
        const auto to = after.axes.value(i);
        if (from != to)
            phrases << axes.at(i).id + QLatin1Char(' ') + arrow(tenths(from), tenths(to));
    }
    if (before.price != after.price)
        phrases << QStringLiteral("price ") + arrow(price(before.price), price(after.price));
    // Other fields by name only: their values are long (summary, tags).
    const QString ratingKey = schema.ratingKey();
    QStringList keys = after.fields.keys();
    for (const auto &key : before.fields.keys()) {
        if (!after.fields.contains(key))
            keys.append(key);
    }
    keys.sort();
    for (const auto &key : keys) {
        if (key == ratingKey || key == QLatin1String("price"))
            continue;
        if (before.fields.value(key) != after.fields.value(key) || before.fields.contains(key) != after.fields.contains(key))
            phrases << key;
    }
    if (bodyOf(change.before) != bodyOf(change.after))
        phrases << Tr::tr("text");
    return phrases;
}

QString propose(const QList<ReviewChange> &changes, const Schema &schema)
{
    // Per ref, in the order first met: its languages and its phrases, each once.
    QStringList refs;
    QHash<QString, QStringList> languages;
    QHash<QString, QStringList> phrases;
    for (const auto &change : changes) {
        const ReviewSnapshot snapshot = ReviewSnapshot::fromText(change.isDeleted ? change.before : change.after, schema);
        QString ref = snapshot.fields.value(QStringLiteral("ref"));
        if (ref.isEmpty())
            ref = QFileInfo(change.path).completeBaseName();
        if (!refs.contains(ref))
            refs.append(ref);
        const QString lang = snapshot.fields.value(QStringLiteral("lang"));
        if (!lang.isEmpty() && !languages[ref].contains(lang))
            languages[ref].append(lang);
        for (const auto &phrase : describe(change, schema)) {
            if (!phrases[ref].contains(phrase))
                phrases[ref].append(phrase);
        }
    }
    QStringList lines;
    for (const auto &ref : refs) {
        QString line = ref;
        QStringList langs = languages.value(ref);
        langs.sort();
        if (!langs.isEmpty())
            line += QStringLiteral(" (") + langs.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (!phrases.value(ref).isEmpty())
            line += QStringLiteral(": ") + phrases.value(ref).join(QStringLiteral(", "));
        lines.append(line);
    }
    if (lines.size() <= 1)
        return lines.value(0);
    return Tr::tr("Update %n reviews", nullptr, int(lines.size())) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
}

} // namespace Rubric::CommitMessage
