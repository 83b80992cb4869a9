#pragma once

#include "prooffinding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Rubric {

class Schema;
struct ReviewText;

// What must survive translation, section by section: numbers with units ("5Hz",
// "20Ω"), model names (tokens with letters and digits: "IER-M9"), prices (converted with
// the pair's price ratio: "299 USD" ↔ "44,900円") and links. Each item of a source
// section missing from the translation's section is a warning on the translation.
namespace PairCheck {

enum class Kind { Number, Model, Price, Link };

struct Item
{
    Kind kind;
    QString text;      // as written in the source
    QString key;       // normalized: what is looked for
    double value = 0;  // prices: the amount
    qsizetype position = 0;
};

// The items of a stretch of text (prose of one section), `lang` the text's language.
QList<Item> itemsOf(QStringView text, const QString &lang);

// `priceRatio`: target-currency units per source-currency unit (the pair's prices:
// target price ÷ source price), 0 when unknown (prices then only match as written).
ProofFindings check(const ReviewText &source, const ReviewText &target, const Schema &schema, double priceRatio,
                    const QString &sourcePath = {});

QString codeOf(Kind kind);

} // namespace PairCheck
} // namespace Rubric
