#include "recordreader.h"

#include "document/boundedread.h"
#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "document/tenths.h"
#include "document/utf8.h"
#include "indexscanner.h"

#include <QCoreApplication>
#include <QFile>

#include <qplatformdefs.h>

#include <atomic>
#include <cerrno>
#include <cmath>

namespace Rubric::RecordReader {

namespace {

std::atomic<qint64> s_fileReads{0};
std::atomic<qint64> s_fallbacks{0};

// The strings of this file, in the translation context of Rubric::RecordReader.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::RecordReader)
};

// The record's fields come from these front-matter keys. The rating key is the schema's;
// the others are the record's own structure (reviewrecord.h), not site vocabulary.
std::array<QByteArray, Scanner::SlotCount> slotKeys(const Schema &schema)
{
    return {QByteArrayLiteral("layout"), QByteArrayLiteral("lang"),   QByteArrayLiteral("company_id"),
            QByteArrayLiteral("ref"),    QByteArrayLiteral("target_name"), QByteArrayLiteral("title"),
            QByteArrayLiteral("date"),   schema.ratingKey().toUtf8(), QByteArrayLiteral("price"),
            QByteArrayLiteral("tags")};
}

QString scalarText(const YamlValue &value)
{
    return value.isScalar() ? value.scalar : QString();
}

qint8 tenthsOf(const YamlValue &item)
{
    if (!item.isScalar() || item.quoted)
        return ReviewRecord::noValue; // a quoted "0.7" is a string to the site
    const auto tenths = Tenths::parse(item.scalar);
    return tenths && *tenths >= 0 && *tenths <= 127 ? qint8(*tenths) : ReviewRecord::noValue;
}

QString folderLanguage(const QString &relativePath)
{
    const qsizetype first = relativePath.indexOf(u'/');
    const qsizetype second = first < 0 ? -1 : relativePath.indexOf(u'/', first + 1);
    return second < 0 ? QString() : relativePath.sliced(first + 1, second - first - 1);
}

void fillRecord(ReviewRecord &record, const Scanner::Values &values, const Schema &schema)
{
    using S = Scanner::Slot;
    record.layout = scalarText(values[S::Layout]);
    record.lang = scalarText(values[S::Lang]);
    if (record.lang.isEmpty())
        record.lang = folderLanguage(record.path);
    record.companyId = scalarText(values[S::CompanyId]);
    record.ref = scalarText(values[S::Ref]);
    record.targetName = scalarText(values[S::TargetName]);
    record.title = scalarText(values[S::Title]);
    record.date = isoDate(scalarText(values[S::Date]));
    const YamlValue &price = values[S::Price];
    record.price = price.isScalar() && !price.quoted ? yamlNumber(price.scalar) : std::nullopt;
    const YamlValue &tags = values[S::Tags];
    record.tags = tags.isSequence() ? tags.scalarItems() : QStringList();

    record.axisCount = qint8(std::min<qsizetype>(schema.axes().size(), ReviewRecord::maxAxes));
    record.axes.fill(ReviewRecord::noValue);
    record.total = ReviewRecord::noValue;
    const YamlValue &rating = values[S::Rating];
    if (rating.isSequence() && !rating.items.isEmpty()) {
        record.total = tenthsOf(rating.items.front());
        for (int i = 0; i < record.axisCount && i + 1 < rating.items.size(); ++i)
            record.axes[size_t(i)] = tenthsOf(rating.items.at(i + 1));
    }
}

ReviewRecord unreadable(ReviewRecord record, int line, const QString &message)
{
    record.readable = false;
    record.lang = folderLanguage(record.path);
    record.error = line > 0 ? Tr::tr("line %1: %2").arg(line).arg(message) : message;
    return record;
}

// The whole front matter through yaml-cpp: slower, but it reads every YAML form, and
// its problems say what is wrong where.
ReviewRecord fromParsed(ReviewRecord record, const FrontMatter &frontMatter, const Schema &schema,
                        const std::array<QByteArray, Scanner::SlotCount> &keys)
{
    if (!frontMatter.parsed()) {
        for (const auto &problem : frontMatter.problems()) {
            if (problem.isError())
                return unreadable(std::move(record), problem.line, problem.message);
        }
        return unreadable(std::move(record), 1, Tr::tr("the front matter does not parse"));
    }
    Scanner::Values values;
    for (int slot = 0; slot < Scanner::SlotCount; ++slot)
        values[size_t(slot)] = frontMatter.value(QString::fromUtf8(keys[size_t(slot)]));
    fillRecord(record, values, schema);
    return record;
}

// The whole front matter through FrontMatter (yaml-cpp where needed): slower, but it
// reads every YAML form, and its problems say what is wrong where.
ReviewRecord viaYaml(ReviewRecord record, const QByteArray &bytes, const Schema &schema,
                     const std::array<QByteArray, Scanner::SlotCount> &keys)
{
    s_fallbacks.fetch_add(1, std::memory_order_relaxed);
    return fromParsed(std::move(record), FrontMatter::parse(decodeUtf8(bytes)), schema, keys);
}

} // namespace

ReviewRecord fromFrontMatter(const FrontMatter &frontMatter, const QString &relativePath, const Schema &schema, qint64 size)
{
    ReviewRecord record;
    record.path = relativePath;
    record.size = size;
    return fromParsed(std::move(record), frontMatter, schema, slotKeys(schema));
}

qint64 fileReadCount()
{
    return s_fileReads.load(std::memory_order_relaxed);
}

qint64 fallbackCount()
{
    return s_fallbacks.load(std::memory_order_relaxed);
}

std::optional<double> yamlNumber(QStringView plain)
{
    QString text = plain.trimmed().toString();
    text.remove(u'_');
    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        negative = text.front() == u'-';
        text.remove(0, 1);
    }
    if (text.isEmpty() || text.front() == u'-' || text.front() == u'+')
        return std::nullopt;
    const auto sign = [negative](double value) { return negative ? -value : value; };
    bool ok = false;
    if (text.startsWith(QLatin1String("0x"))) {
        const qulonglong value = text.sliced(2).toULongLong(&ok, 16);
        return ok ? std::optional<double>(sign(double(value))) : std::nullopt;
    }
    if (text.startsWith(QLatin1String("0b"))) {
        const qulonglong value = text.sliced(2).toULongLong(&ok, 2);
        return ok ? std::optional<double>(sign(double(value))) : std::nullopt;
    }
    const bool digitsOnly = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digitsOnly && text.size() > 1 && text.front() == u'0') {
        // YAML 1.1: a leading zero makes an octal integer (`0123` is 83).
        const qulonglong value = text.sliced(1).toULongLong(&ok, 8);
        return ok ? std::optional<double>(sign(double(value))) : std::nullopt;
    }
    if (digitsOnly)
        return sign(text.toDouble());
    // Floats: digits with one point, optional exponent; no inf/nan (not a price).
    static const auto isFloatChar = [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'.' || c == u'e' || c == u'E' || c == u'-' || c == u'+';
    };
    if (!text.contains(u'.') || !std::all_of(text.cbegin(), text.cend(), isFloatChar))
        return std::nullopt;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(sign(value)) : std::nullopt;
}

QDate isoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const QChar c = text.at(i);
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c.unicode() - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

ReviewRecord fromBytes(const QByteArray &bytes, const QString &relativePath, const Schema &schema)
{
    ReviewRecord record;
    record.path = relativePath;
    record.size = bytes.size();
    // Qt's validator is vectorised; the exact offset is only needed for a bad file.
    if (!QByteArrayView(bytes).isValidUtf8()) {
        const qsizetype offset = firstInvalidUtf8(bytes);
        if (offset >= 0) {
            const int line = int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
            return unreadable(std::move(record), line, Tr::tr("invalid UTF-8 at byte offset %1").arg(offset));
        }
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) { // as the editor: not text
        const int line = int(QByteArrayView(bytes).first(nul).count('\n')) + 1;
        return unreadable(std::move(record), line, Tr::tr("a NUL byte at byte offset %1: this is not a text file").arg(nul));
    }
    const auto keys = slotKeys(schema);
    Scanner::Values values;
    if (!Scanner::scan(bytes, keys, values))
        return viaYaml(std::move(record), bytes, schema, keys);
    fillRecord(record, values, schema);
    return record;
}

ReviewRecord read(const QString &root, const QString &relativePath, const Schema &schema)
{
    ReviewRecord record;
    record.path = relativePath;
    // One exact-size buffer, and the size and time of the very file read, so the cache
    // never pairs new bytes with an old time.
    const BoundedRead read = readFileBounded(root + u'/' + relativePath, ReviewDocument::maximumFileSize);
    if (read.status != BoundedRead::Status::CannotOpen)
        s_fileReads.fetch_add(1, std::memory_order_relaxed);
    if (read.status == BoundedRead::Status::TooLarge) {
        record.size = read.size;
        record.modified = read.modified;
        return unreadable(std::move(record), 0,
                          Tr::tr("the file is larger than %1 MB").arg(ReviewDocument::maximumFileSize / (1024 * 1024)));
    }
    if (read.status == BoundedRead::Status::NotAFile)
        return unreadable(std::move(record), 0, Tr::tr("cannot read the file: %1").arg(Tr::tr("not a regular file")));
    if (!read.ok())
        return unreadable(std::move(record), 0, Tr::tr("cannot read the file: %1").arg(read.error));
    const qint64 modified = read.modified;
    const QByteArray &bytes = read.bytes;
    record = fromBytes(bytes, relativePath, schema);
    record.modified = modified;
    return record;
}

} // namespace Rubric::RecordReader
