#include "pricereport.h"

#include "document/costperformance.h"
#include "document/fieldinput.h"

#include <QHash>

namespace Rubric::PriceReport {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::PriceReport)
};

const QString productLayout = QStringLiteral("product");

} // namespace

QStringList missingPrices(const ReviewRecords &records)
{
    QStringList result;
    for (const auto &record : records) {
        if (record.readable && record.layout == productLayout && !record.price)
            result.append(record.path);
    }
    return result;
}

PriceList fromCsv(const QString &csvPath, const QByteArray &csv, const ReviewRecords &records)
{
    QHash<QString, QString> pathOf; // "lang/ref" -> path
    for (const auto &record : records) {
        if (record.layout == productLayout)
            pathOf.insert(record.lang + u'/' + record.ref, record.path);
    }
    PriceList result;
    const QStringList lines = QString::fromUtf8(csv).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u',');
        const QString where = QStringLiteral("%1:%2: ").arg(csvPath).arg(i + 1);
        if (cells.size() != 3) {
            result.errors.append(where + Tr::tr("expected ref,lang,price"));
            continue;
        }
        const QString ref = cells.at(0).trimmed(), lang = cells.at(1).trimmed(), priceText = cells.at(2).trimmed();
        if (i == 0 && ref == QLatin1String("ref"))
            continue;
        const auto price = CostPerformance::parsePrice(priceText);
        if (!price || *price < 0) {
            result.errors.append(where + Tr::tr("\"%1\" is not a price").arg(priceText));
            continue;
        }
        const QString path = pathOf.value(lang + u'/' + ref);
        if (path.isEmpty()) {
            result.errors.append(where + Tr::tr("no product review with ref \"%1\" in language \"%2\"").arg(ref, lang));
            continue;
        }
        result.files.append({path, {SiteChange::setField(QStringLiteral("price"), FieldInput::formatNumber(*price))}});
    }
    return result;
}

} // namespace Rubric::PriceReport
