#include "sitechecks.h"

#include "document/tenths.h"
#include "site/siteindex.h"
#include "validator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Rubric::SiteChecks {

namespace {

// The strings of this file, in the translation context of Rubric::SiteChecks.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::SiteChecks)
};

QString ratingText(const ReviewRecord &record)
{
    QStringList values{record.totalTenths() ? Tenths::format(*record.totalTenths()) : QStringLiteral("?")};
    for (int axis = 0; axis < record.axisCount; ++axis)
        values.append(record.axis(axis) ? Tenths::format(*record.axis(axis)) : QStringLiteral("?"));
    return u'[' + values.join(QLatin1String(", ")) + u']';
}

// The path with its language folder taken out: what a translation's path should match.
QString withoutLanguage(const ReviewRecord &record)
{
    QStringList parts = record.path.split(u'/');
    if (parts.size() > 2)
        parts.removeAt(1);
    return parts.join(u'/');
}

} // namespace

QHash<int, Problems> check(const SiteIndex &index)
{
    return check(index.records(), index.schema());
}

QHash<int, Problems> check(const QList<ReviewRecord> &records, const Schema &schema)
{
    QHash<int, Problems> problems;
    const SiteRules &rules = schema.rules();
    QHash<QString, QList<int>> byRef;
    for (int row = 0; row < records.size(); ++row) {
        if (!records.at(row).ref.isEmpty())
            byRef[records.at(row).ref].append(row);
    }
    for (auto it = byRef.cbegin(); it != byRef.cend(); ++it) {
        QHash<QString, QList<int>> byLanguage;
        for (int row : it.value()) {
            if (records.at(row).readable)
                byLanguage[records.at(row).lang].append(row);
        }
        for (const auto &rows : std::as_const(byLanguage)) {
            if (rows.size() < 2)
                continue;
            for (int row : rows) {
                QStringList others;
                for (int other : rows) {
                    if (other != row)
                        others.append(records.at(other).path);
                }
                problems[row].append(Validator::make(QStringLiteral("ref.duplicate"),
                                                     Tr::tr("the ref \"%1\" is also used by %2").arg(it.key(), others.join(QLatin1String(", "))),
                                                     0, 0, QStringLiteral("ref")));
            }
        }
        if (byLanguage.size() == 1) {
            const int row = byLanguage.cbegin().value().constFirst();
            problems[row].append(Validator::make(QStringLiteral("pair.missing"),
                                                 Tr::tr("no review in another language has the ref \"%1\"").arg(it.key()), 0, 0,
                                                 QStringLiteral("ref")));
            continue;
        }
        // Each language's first review with this ref against each other language's.
        const QStringList languages = byLanguage.keys();
        for (qsizetype a = 0; a < languages.size(); ++a) {
            for (qsizetype b = a + 1; b < languages.size(); ++b) {
                const int rowA = byLanguage.value(languages.at(a)).constFirst();
                const int rowB = byLanguage.value(languages.at(b)).constFirst();
                const ReviewRecord &ra = records.at(rowA);
                const ReviewRecord &rb = records.at(rowB);
                if (withoutLanguage(ra) != withoutLanguage(rb)) {
                    problems[rowA].append(Validator::make(QStringLiteral("pair.ref-only"),
                                                          Tr::tr("its translation is %1, found by ref only").arg(rb.path), 0, 0,
                                                          QStringLiteral("ref")));
                    problems[rowB].append(Validator::make(QStringLiteral("pair.ref-only"),
                                                          Tr::tr("its translation is %1, found by ref only").arg(ra.path), 0, 0,
                                                          QStringLiteral("ref")));
                }
                if (ra.total != rb.total || ra.axes != rb.axes) {
                    problems[rowA].append(Validator::make(QStringLiteral("pair.rating-mismatch"),
                                                          Tr::tr("the rating %1 differs from %2 in %3").arg(ratingText(ra), ratingText(rb), rb.path),
                                                          0, 0, schema.ratingKey()));
                    problems[rowB].append(Validator::make(QStringLiteral("pair.rating-mismatch"),
                                                          Tr::tr("the rating %1 differs from %2 in %3").arg(ratingText(rb), ratingText(ra), ra.path),
                                                          0, 0, schema.ratingKey()));
                }
                const ReviewRecord *base = ra.lang == rules.priceRatioBase ? &ra : rb.lang == rules.priceRatioBase ? &rb : nullptr;
                const ReviewRecord *other = ra.lang == rules.priceRatioOther ? &ra : rb.lang == rules.priceRatioOther ? &rb : nullptr;
                if (base && other && base->price && other->price && *base->price > 0) {
                    const double ratio = *other->price / *base->price;
                    if (ratio < rules.priceRatioMin || ratio > rules.priceRatioMax) {
                        const QString message = Tr::tr("the prices %1 (%2) and %3 (%4) have the ratio %5, outside %6 to %7")
                                                    .arg(*base->price).arg(base->lang).arg(*other->price).arg(other->lang)
                                                    .arg(ratio, 0, 'f', 1).arg(rules.priceRatioMin).arg(rules.priceRatioMax);
                        problems[rowA].append(Validator::make(QStringLiteral("pair.price-ratio"), message, 0, 0, QStringLiteral("price")));
                        problems[rowB].append(Validator::make(QStringLiteral("pair.price-ratio"), message, 0, 0, QStringLiteral("price")));
                    }
                }
            }
        }
    }
    return problems;
}

} // namespace Rubric::SiteChecks
