#include "indexcache.h"

#include "schema/schema.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Rubric::IndexCache {

namespace {

constexpr quint32 magic = 0x52424958; // "RBIX"
// Bump whenever ReviewRecord or the way records are derived from files changes.
constexpr quint32 version = 2;
// No site has this many reviews; a larger count means a damaged file.
constexpr quint32 maximumCount = 10'000'000;

void write(QDataStream &out, const ReviewRecord &record)
{
    out << record.path << record.size << record.modified << record.layout << record.lang << record.companyId
        << record.ref << record.targetName << record.title << record.date << bool(record.price)
        << record.price.value_or(0.0) << record.tags << record.total << record.axisCount;
    for (const qint8 axis : record.axes)
        out << axis;
    out << record.readable << record.error;
}

bool read(QDataStream &in, ReviewRecord &record)
{
    bool hasPrice = false;
    double price = 0;
    in >> record.path >> record.size >> record.modified >> record.layout >> record.lang >> record.companyId
        >> record.ref >> record.targetName >> record.title >> record.date >> hasPrice >> price >> record.tags
        >> record.total >> record.axisCount;
    for (qint8 &axis : record.axes)
        in >> axis;
    in >> record.readable >> record.error;
    record.price = hasPrice ? std::optional<double>(price) : std::nullopt;
    return in.status() == QDataStream::Ok && record.axisCount >= 0 && record.axisCount <= ReviewRecord::maxAxes;
}

} // namespace

QString defaultPath(const QString &root)
{
    const QByteArray key = QDir(root).canonicalPath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key.isEmpty() ? root.toUtf8() : key, QCryptographicHash::Sha1);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QLatin1String("/site-index/")
           + QString::fromLatin1(hash.toHex()) + QLatin1String(".cache");
}

QByteArray fingerprint(const QString &root, const Schema &schema)
{
    QStringList parts{root, schema.ratingKey(), schema.axisIds().join(u','), schema.languageCodes().join(u',')};
    for (const auto &layout : schema.layouts())
        parts << layout.id << layout.folder << (layout.nested ? QStringLiteral("nested") : QString());
    return QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
}

QHash<QString, ReviewRecord> load(const QString &path, const QByteArray &fingerprint)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    in.setByteOrder(QDataStream::LittleEndian); // strings load without swapping bytes
    quint32 fileMagic = 0, fileVersion = 0, count = 0;
    QByteArray fileFingerprint;
    in >> fileMagic >> fileVersion;
    if (in.status() != QDataStream::Ok || fileMagic != magic || fileVersion != version)
        return {};
    in >> fileFingerprint >> count;
    if (in.status() != QDataStream::Ok || fileFingerprint != fingerprint || count > maximumCount)
        return {};
    QHash<QString, ReviewRecord> records;
    records.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i) {
        ReviewRecord record;
        if (!read(in, record))
            return {};
        records.insert(record.path, std::move(record));
    }
    quint32 trailer = 0;
    in >> trailer;
    // The trailer proves the file was written to the end.
    if (in.status() != QDataStream::Ok || trailer != magic || !in.atEnd())
        return {};
    return records;
}

bool save(const QString &path, const QByteArray &fingerprint, const ReviewRecords &records)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out.setByteOrder(QDataStream::LittleEndian);
    out << magic << version << fingerprint << quint32(records.size());
    for (const auto &record : records)
        write(out, record);
    out << magic;
    return out.status() == QDataStream::Ok && file.commit();
}

} // namespace Rubric::IndexCache
