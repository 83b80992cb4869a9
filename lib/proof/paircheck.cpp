#include "paircheck.h"

#include "prose.h"

#include "schema/schema.h"
#include "translate/reviewsections.h"
#include "translate/reviewtext.h"

#include <QRegularExpression>

#include <cmath>

namespace Rubric::PairCheck {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::PairCheck)
};

// Units written the same way in both languages (hours, inches, … are translated).
const QString &units()
{
    static const QString u = QStringLiteral(
        "kHz|MHz|GHz|Hz|dBFS|dBSPL|dBV|dBu|dBA|dB|mW|kW|W|mV|Vrms|V|mAh|mA|k\u03A9|\u03A9|\u2126|ohms|ohm|mm|cm|kg|g|ms|\u00B5s|\u03BCs|%|bit|kbps|Mbps|ppm");
    return u;
}

const QRegularExpression &numberWithUnit()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\w.,])(\\d+(?:[.,]\\d+)*)\\s?(%1)(?![A-Za-z])").arg(units()));
    return re;
}

const QRegularExpression &modelToken()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\w.\\-+])[A-Za-z0-9][A-Za-z0-9+\\-.]*[A-Za-z0-9]|(?<![\\w.\\-+])[A-Za-z0-9]{2,}"));
    return re;
}

const QRegularExpression &link()
{
    static const QRegularExpression re(QStringLiteral("(?:https?|ftp)://[^\\s<>()\\]\"]+"));
    return re;
}

// Amounts in a currency: USD in English, yen in Japanese (万 counts ten thousands).
const QRegularExpression &usdPrice()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s?(?:USD|US dollars|dollars|\u7C73?\u30C9\u30EB)"));
    return re;
}

const QRegularExpression &yenPrice()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\w.,])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s?(\u4E07)?\\s?(?:\u5186|JPY|yen)"));
    return re;
}

QString normalizedUnit(QString unit)
{
    if (unit == u"ohm" || unit == u"ohms" || unit == u"\u2126")
        unit = QStringLiteral("\u03A9");
    return unit.normalized(QString::NormalizationForm_KC).toLower();
}

QString numberKey(const QString &number, const QString &unit)
{
    QString n = number;
    n.remove(u',');
    return n + normalizedUnit(unit);
}

// A text folded for looking items up: width folded, lower case, no spaces, thousands
// separators dropped.
QString flatten(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("(?<=\\d),(?=\\d{3})"));
    QString flat = text.normalized(QString::NormalizationForm_KC).toLower();
    flat.replace(QStringLiteral("\u30AA\u30FC\u30E0"), QStringLiteral("\u03C9")); // オーム: ohms
    flat.remove(separators);
    static const QRegularExpression spaceAfterDigit(QStringLiteral("(?<=\\d)\\s+"));
    flat.remove(spaceAfterDigit); // "94 dB" and "94dB" alike; other spaces stay word boundaries
    return flat;
}

bool containsWord(const QString &haystack, const QString &needle)
{
    qsizetype at = haystack.indexOf(needle);
    while (at >= 0) {
        const bool before = at > 0 && (haystack.at(at - 1).isLetterOrNumber() && haystack.at(at - 1).unicode() < 0x250);
        const qsizetype end = at + needle.size();
        const bool after = end < haystack.size() && haystack.at(end).unicode() < 0x250 && haystack.at(end).isLetterOrNumber()
                           && !(needle.back().isLetter() && haystack.at(end).isDigit());
        if (!before && !after)
            return true;
        at = haystack.indexOf(needle, at + 1);
    }
    return false;
}

QList<double> amounts(const QString &text, const QRegularExpression &re)
{
    QList<double> found;
    auto it = re.globalMatch(text.normalized(QString::NormalizationForm_KC));
    while (it.hasNext()) {
        const auto m = it.next();
        QString number = m.captured(1);
        number.remove(u',');
        double value = number.toDouble();
        if (re.captureCount() >= 2 && !m.captured(2).isEmpty())
            value *= 10000;
        found.append(value);
    }
    return found;
}

QString hostOf(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    const qsizetype slash = url.indexOf(u'/', scheme + 3);
    QString host = url.mid(scheme + 3, slash < 0 ? -1 : slash - scheme - 3);
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host + u'/';
}

int lineAt(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(u'\n')) + 1;
}

} // namespace

QString codeOf(Kind kind)
{
    switch (kind) {
    case Kind::Number: return QStringLiteral("proof.pair-number");
    case Kind::Model: return QStringLiteral("proof.pair-model");
    case Kind::Price: return QStringLiteral("proof.pair-price");
    case Kind::Link: return QStringLiteral("proof.pair-link");
    }
    return {};
}

QList<Item> itemsOf(QStringView text, const QString &lang)
{
    QList<Item> items;
    const QString owned = text.toString();
    auto links = link().globalMatch(owned);
    while (links.hasNext()) {
        const auto m = links.next();
        QString url = m.captured();
        while (!url.isEmpty() && QStringLiteral(".,;:").contains(url.back()))
            url.chop(1);
        items.append({Kind::Link, url, url, 0, m.capturedStart()});
    }
    const QRegularExpression &price = lang == u"ja" ? yenPrice() : usdPrice();
    for (const auto &span : Prose::ofText(text)) {
        const QString prose = owned.mid(span.start, span.length);
        auto numbers = numberWithUnit().globalMatch(prose);
        while (numbers.hasNext()) {
            const auto m = numbers.next();
            items.append({Kind::Number, m.captured(), numberKey(m.captured(1), m.captured(2)), 0, span.start + m.capturedStart()});
        }
        auto prices = price.globalMatch(prose);
        while (prices.hasNext()) {
            const auto m = prices.next();
            QString number = m.captured(1);
            number.remove(u',');
            double value = number.toDouble();
            if (price.captureCount() >= 2 && !m.captured(2).isEmpty())
                value *= 10000;
            items.append({Kind::Price, m.captured(), number, value, span.start + m.capturedStart()});
        }
        auto tokens = modelToken().globalMatch(prose);
        static const QRegularExpression ordinalOrDecade(QStringLiteral("^\\d+(?:st|nd|rd|th|s)$"));
        while (tokens.hasNext()) {
            const auto m = tokens.next();
            const QString token = m.captured();
            const bool letters = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLetter(); });
            const bool digits = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
            // A name has a capital ("IER-M9", "K712"); "32-bit", "2-year" are translated words.
            const bool capital = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isUpper(); });
            if (!letters || !digits || !capital || ordinalOrDecade.match(token).hasMatch())
                continue;
            // Only numbers with units and joiners ("5Hz-40kHz"): the number rule's.
            QString rest = token;
            static const QRegularExpression numberParts(QStringLiteral("\\d+(?:[.,]\\d+)*(?:%1)?").arg(units()));
            rest.remove(numberParts);
            if (!std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetter(); }))
                continue;
            items.append({Kind::Model, token, token.toLower(), 0, span.start + m.capturedStart()});
        }
    }
    return items;
}

ProofFindings check(const ReviewText &source, const ReviewText &target, const Schema &schema, double priceRatio,
                    const QString &sourcePath)
{
    ProofFindings findings;
    const QString sourceLang = source.lang();
    const QString targetLang = target.lang();
    for (const auto &aligned : ReviewSections::align(source, target, schema)) {
        if (!aligned.source.exists() || !aligned.target.exists())
            continue; // a missing section is translation status's concern
        const QString sourceText = ReviewSections::normalizedText(source.text, aligned.source);
        const QString targetText = ReviewSections::normalizedText(target.text, aligned.target);
        const QString flat = flatten(targetText);
        const QList<double> targetUsd = amounts(targetText, usdPrice());
        const QList<double> targetYen = amounts(targetText, yenPrice());
        QSet<QString> reported;
        for (const auto &item : itemsOf(sourceText, sourceLang)) {
            bool present = false;
            switch (item.kind) {
            case Kind::Link:
                // The same site: translations link the local edition (/en-us/ -> /ja-jp/).
                present = targetText.contains(item.key) || targetText.contains(hostOf(item.key));
                break;
            case Kind::Number:
            case Kind::Model:
                present = containsWord(flat, flatten(item.key));
                break;
            case Kind::Price: {
                const QList<double> &same = sourceLang == u"ja" ? targetYen : targetUsd;
                const QList<double> &other = sourceLang == u"ja" ? targetUsd : targetYen;
                present = std::any_of(same.cbegin(), same.cend(), [&](double v) { return std::abs(v - item.value) < 0.005; })
                          || (priceRatio > 0 && std::any_of(other.cbegin(), other.cend(), [&](double v) {
                                  const double expected = item.value * priceRatio;
                                  return std::abs(v - expected) <= 0.2 * expected; // rates and rounding vary
                              }))
                          || containsWord(flat, flatten(item.key)); // written as a bare number
                break;
            }
            }
            if (present || reported.contains(codeOf(item.kind) + item.key))
                continue;
            reported.insert(codeOf(item.kind) + item.key);
            ProofFinding finding;
            finding.problem.severity = Problem::Severity::Warning;
            finding.problem.code = codeOf(item.kind);
            finding.problem.field = aligned.target.headingText;
            const QString where = QStringLiteral("%1:%2").arg(sourcePath.isEmpty() ? sourceLang : sourcePath)
                                      .arg(lineAt(source.text, aligned.source.headingStart));
            switch (item.kind) {
            case Kind::Number:
                finding.problem.message = Tr::tr("\"%1\" of the source section \"%2\" (%3) is missing here").arg(item.text, aligned.source.headingText, where);
                break;
            case Kind::Model:
                finding.problem.message = Tr::tr("the name \"%1\" of the source section \"%2\" (%3) is missing here").arg(item.text, aligned.source.headingText, where);
                break;
            case Kind::Price:
                finding.problem.message = priceRatio > 0
                    ? Tr::tr("the price \"%1\" of the source section \"%2\" (%3) is missing here (about %4 %5 at the pair's prices)")
                          .arg(item.text, aligned.source.headingText, where)
                          .arg(std::round(item.value * priceRatio))
                          .arg(targetLang == u"ja" ? QStringLiteral("\u5186") : QStringLiteral("USD"))
                    : Tr::tr("the price \"%1\" of the source section \"%2\" (%3) is missing here").arg(item.text, aligned.source.headingText, where);
                break;
            case Kind::Link:
                finding.problem.message = Tr::tr("the link %1 of the source section \"%2\" (%3) is missing here").arg(item.text, aligned.source.headingText, where);
                break;
            }
            finding.position = aligned.target.headingStart;
            finding.length = 0;
            finding.suggestions = {item.text};
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace Rubric::PairCheck
