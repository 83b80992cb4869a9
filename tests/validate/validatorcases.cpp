// The reviews of tst_validator: two clean bases and, per rule, a minimal edit of one that
// breaks the rule and a near miss that does not.
#include "validatorcases.h"

namespace Rubric::Test {

// Lines: front matter 1-14, Overview 15, axis headings 19/25/31/37/43 with their score
// lines two below, Advice 49, end date 53.
const char *const englishReview = R"md(---
layout: product
title: "Sony IER-M9 Product Review"
target_name: "Sony IER-M9"
company_id: sony
lang: en
ref: sony-ier-m9
date: 2025-08-07
rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]
price: 1093
summary: "A professional in-ear monitor with five balanced armature drivers."
tags: [Balanced armature, In-ear monitors, Sony]
permalink: /products/en/sony-ier-m9/
---
## Overview

The Sony IER-M9 is a professional in-ear monitor released in 2018.

## Scientific Validity

$$ \Large \text{0.7} $$

The IER-M9 demonstrates good measured performance.

## Technology Level

$$ \Large \text{0.8} $$

Sony's proprietary T-shaped balanced armature drivers deserve high marks.

## Cost-Performance

$$ \Large \text{0.3} $$

Calculation: 299 USD ÷ 1,093 USD ≈ 0.27.

## Reliability & Support

$$ \Large \text{0.8} $$

Sony's support is comprehensive.

## Rationality of Design Philosophy

$$ \Large \text{0.6} $$

The frequency division across five drivers is rational.

## Advice

Audition it before buying.

(2025.8.7)
)md";

const char *const japaneseReview = R"md(---
layout: product
title: "Sony IER-M9 製品レビュー"
target_name: "Sony IER-M9"
company_id: sony
lang: ja
ref: sony-ier-m9
date: 2025-08-07
rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]
price: 163900
summary: "5基のバランスド・アーマチュアを搭載したプロ用インイヤーモニター。"
tags: [Balanced armature, In-ear monitors, Sony]
permalink: /products/ja/sony-ier-m9/
---
## 概要

Sony IER-M9は2018年発売のプロ用インイヤーモニターである。

## 科学的有効性

$$ \Large \text{0.7} $$

測定性能は良好である。

## 技術レベル

$$ \Large \text{0.8} $$

独自のT字型BAドライバーは高く評価できる。

## コストパフォーマンス

$$ \Large \text{0.3} $$

計算：44,900円 ÷ 163,900円 ≈ 0.27。

## 信頼性・サポート

$$ \Large \text{0.8} $$

ソニーのサポート体制は充実している。

## 設計思想の合理性

$$ \Large \text{0.6} $$

5基のドライバーによる帯域分割は合理的である。

## アドバイス

購入前に試聴を勧める。

(2025.8.7)
)md";

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString edited(const char *base, std::initializer_list<std::pair<const char *, const char *>> edits)
{
    QString text = s(base);
    for (const auto &[from, to] : edits) {
        const QString old = s(from);
        if (text.count(old) != 1)
            qFatal("edit \"%s\" does not match exactly once", from);
        text.replace(old, s(to));
    }
    return text;
}

QString yamlOf(const char *base)
{
    const QString text = s(base);
    const qsizetype start = text.indexOf(u'\n') + 1;
    return text.mid(start, text.indexOf(QLatin1String("\n---\n")) + 1 - start);
}

namespace {

const char *const E = englishReview;
const char *const J = japaneseReview;

const QString error = QStringLiteral("error");
const QString warning = QStringLiteral("warning");

// The English review turned into a company review, at _companies/en/sony.md.
QString companyReview()
{
    return edited(E, {{"layout: product", "layout: company"},
                      {"title: \"Sony IER-M9 Product Review\"", "title: \"Sony Company Review\""},
                      {"target_name: \"Sony IER-M9\"", "target_name: \"Sony\""},
                      {"ref: sony-ier-m9", "ref: sony"},
                      {"price: 1093\n", ""},
                      {"permalink: /products/en/sony-ier-m9/", "permalink: /companies/en/sony/"}});
}
const QString companyPath = QStringLiteral("_companies/en/sony.md");

QString withYaml(const char *base, const char *yaml)
{
    return s(base).replace(yamlOf(base), s(yaml));
}

} // namespace

QList<Break> breakRows()
{
    const QString en = enPath();
    const QString ja = jaPath();
    return {
        {"no front matter", edited(E, {{"---\nlayout", "layout"}}), en, QStringLiteral("load.no-front-matter"), error, 1, 1, {}},
        {"closing line glued to the next", edited(E, {{"m9/\n---\n## Overview", "m9/\n---## Overview"}}), en, QStringLiteral("load.front-matter-closer-glued"), error, 14, 4, {}},
        {"front matter never closed", edited(E, {{"m9/\n---\n", "m9/\n"}}), en, QStringLiteral("load.front-matter-unclosed"), error, 1, 1, {}},
        {"front matter with a stray colon", edited(E, {{"company_id: sony", "company_id: sony: audio"}}), en, QStringLiteral("load.yaml-syntax"), error, 5, 17, {}},
        {"front matter quote never closed", edited(E, {{"drivers.\"\n", "drivers.\n"}}), en, QStringLiteral("load.yaml-syntax"), error, 11, 10, {}},
        {"front matter that is a list", withYaml(E, "- product\n- Sony IER-M9\n"), en, QStringLiteral("load.front-matter-not-mapping"), error, 2, 1, {}},
        {"key given twice", edited(E, {{"ref: sony-ier-m9\n", "ref: sony-ier-m9\nlang: en\n"}}), en, QStringLiteral("frontmatter.duplicate-key"), warning, 8, 1, QStringLiteral("lang")},
        {"summary left empty", edited(E, {{"summary: \"A professional in-ear monitor with five balanced armature drivers.\"", "summary:"}}), en, QStringLiteral("field.missing"), error, 1, 0, QStringLiteral("summary")},
        {"tags removed", edited(E, {{"tags: [Balanced armature, In-ear monitors, Sony]\n", ""}}), en, QStringLiteral("field.missing"), error, 1, 0, QStringLiteral("tags")},
        {"product without a price", edited(E, {{"price: 1093\n", ""}}), en, QStringLiteral("field.missing"), error, 1, 0, QStringLiteral("price")},
        {"negative price", edited(E, {{"price: 1093", "price: -1093"}}), en, QStringLiteral("price.invalid"), error, 10, 8, QStringLiteral("price")},
        {"two prices", edited(E, {{"price: 1093", "price: [1093, 1200]"}}), en, QStringLiteral("price.invalid"), error, 10, 8, QStringLiteral("price")},
        {"quoted price", edited(E, {{"price: 1093", "price: \"1093\""}}), en, QStringLiteral("price.invalid"), error, 10, 8, QStringLiteral("price")},
        {"rating with five values", edited(E, {{"0.3, 0.8, 0.6]", "0.3, 0.8]"}}), en, QStringLiteral("rating.count"), error, 9, 9, QStringLiteral("rating")},
        {"rating value quoted", edited(E, {{"0.8, 0.3, 0.8", "0.8, \"0.3\", 0.8"}}), en, QStringLiteral("rating.not-a-number"), error, 9, 9, QStringLiteral("rating")},
        {"rating value a word", edited(E, {{"0.8, 0.3, 0.8", "0.8, low, 0.8"}}), en, QStringLiteral("rating.not-a-number"), error, 9, 9, QStringLiteral("rating")},
        {"axis above one", edited(E, {{"[3.2, 0.7,", "[3.7, 1.2,"}, {R"(\text{0.7})", R"(\text{1.2})"}}), en, QStringLiteral("rating.axis-range"), error, 9, 9, QStringLiteral("rating")},
        {"axis in hundredths", edited(E, {{"[3.2, 0.7,", "[3.25, 0.75,"}, {R"(\text{0.7})", R"(\text{0.75})"}}), en, QStringLiteral("rating.not-tenth"), error, 9, 9, QStringLiteral("rating")},
        {"total not the sum", edited(E, {{"[3.2,", "[3.3,"}}), en, QStringLiteral("rating.total-mismatch"), error, 9, 9, QStringLiteral("rating")},
        {"unknown layout", edited(E, {{"layout: product", "layout: review"}}), en, QStringLiteral("layout.unknown"), error, 2, 9, QStringLiteral("layout")},
        {"product in the companies folder", s(E), QStringLiteral("_companies/en/sony-ier-m9.md"), QStringLiteral("layout.folder-mismatch"), error, 2, 9, QStringLiteral("layout")},
        {"company in the products folder", companyReview(), QStringLiteral("_products/en/sony/sony.md"), QStringLiteral("layout.folder-mismatch"), error, 2, 9, QStringLiteral("layout")},
        {"unknown language", edited(E, {{"lang: en", "lang: fr"}, {"/products/en/", "/products/fr/"}}), QStringLiteral("_products/fr/sony/sony-ier-m9.md"), QStringLiteral("lang.unknown"), error, 6, 7, QStringLiteral("lang")},
        {"English review in the ja folder", s(E), ja, QStringLiteral("lang.folder-mismatch"), error, 6, 7, QStringLiteral("lang")},
        {"date without zero padding", edited(E, {{"date: 2025-08-07", "date: 2025-8-7"}}), en, QStringLiteral("date.format"), error, 8, 7, QStringLiteral("date")},
        {"date that does not exist", edited(E, {{"date: 2025-08-07", "date: 2025-02-30"}}), en, QStringLiteral("date.format"), error, 8, 7, QStringLiteral("date")},
        {"date before the first review", edited(E, {{"date: 2025-08-07", "date: 2025-07-04"}, {"(2025.8.7)", "(2025.7.4)"}}), en, QStringLiteral("date.too-early"), error, 8, 7, QStringLiteral("date")},
        {"date after today", edited(E, {{"date: 2025-08-07", "date: 2025-09-02"}, {"(2025.8.7)", "(2025.9.2)"}}), en, QStringLiteral("date.future"), error, 8, 7, QStringLiteral("date")},
        {"no end date", edited(E, {{"buying.\n\n(2025.8.7)\n", "buying.\n"}}), en, QStringLiteral("date.end-missing"), error, 51, 0, QStringLiteral("date")},
        {"end date written with hyphens", edited(E, {{"(2025.8.7)", "(2025-08-07)"}}), en, QStringLiteral("date.end-missing"), error, 53, 0, QStringLiteral("date")},
        {"text after the end date", edited(E, {{"(2025.8.7)\n", "(2025.8.7)\n\nThanks for reading.\n"}}), en, QStringLiteral("date.end-missing"), error, 55, 0, QStringLiteral("date")},
        {"Japanese review without an end date", edited(J, {{"\n\n(2025.8.7)", ""}}), ja, QStringLiteral("date.end-missing"), error, 51, 0, QStringLiteral("date")},
        {"end date a day late", edited(E, {{"(2025.8.7)", "(2025.8.8)"}}), en, QStringLiteral("date.end-mismatch"), error, 53, 1, QStringLiteral("date")},
        {"permalink without the last slash", edited(E, {{"en/sony-ier-m9/\n", "en/sony-ier-m9\n"}}), en, QStringLiteral("permalink.mismatch"), error, 13, 12, QStringLiteral("permalink")},
        {"permalink of the other language", edited(E, {{"/products/en/", "/products/ja/"}}), en, QStringLiteral("permalink.mismatch"), error, 13, 12, QStringLiteral("permalink")},
        {"ref in uppercase", edited(E, {{"ref: sony-ier-m9", "ref: Sony-IER-M9"}, {"en/sony-ier-m9/", "en/Sony-IER-M9/"}}), QStringLiteral("_products/en/sony/Sony-IER-M9.md"), QStringLiteral("ref.format"), error, 7, 6, QStringLiteral("ref")},
        {"ref with a space", edited(E, {{"ref: sony-ier-m9", "ref: sony ier-m9"}, {"en/sony-ier-m9/", "en/sony ier-m9/"}}), QStringLiteral("_products/en/sony/sony ier-m9.md"), QStringLiteral("ref.format"), error, 7, 6, QStringLiteral("ref")},
        {"file name in uppercase", s(E), QStringLiteral("_products/en/sony/Sony-IER-M9.md"), QStringLiteral("file.name-case"), error, 1, 0, QStringLiteral("ref")},
        {"file name not the ref", s(E), QStringLiteral("_products/en/sony/sony-ier-m9-2.md"), QStringLiteral("file.name-mismatch"), error, 1, 0, QStringLiteral("ref")},
        {"title without the target name", edited(E, {{"title: \"Sony IER-M9", "title: \"IER-M9"}}), en, QStringLiteral("title.prefix"), error, 3, 8, QStringLiteral("title")},
        {"title with the name in another case", edited(E, {{"title: \"Sony IER-M9", "title: \"SONY IER-M9"}}), en, QStringLiteral("title.prefix"), error, 3, 8, QStringLiteral("title")},
        {"Advice missing", edited(E, {{"## Advice\n\nAudition it before buying.\n\n", ""}}), en, QStringLiteral("section.missing"), error, 15, 0, QStringLiteral("advice")},
        {"axis section missing", edited(E, {{"## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\nSony's proprietary T-shaped balanced armature drivers deserve high marks.\n\n", ""}}), en, QStringLiteral("section.missing"), error, 15, 0, QStringLiteral("technology_level")},
        {"English heading in a Japanese review", edited(J, {{"## 概要", "## Overview"}}), ja, QStringLiteral("section.missing"), error, 15, 0, QStringLiteral("overview")},
        {"heading without its hyphen", edited(E, {{"## Cost-Performance", "## Cost Performance"}}), en, QStringLiteral("section.heading"), error, 31, 1, QStringLiteral("cost_performance")},
        {"heading in lowercase", edited(E, {{"## Advice", "## advice"}}), en, QStringLiteral("section.heading"), error, 49, 1, QStringLiteral("advice")},
        {"Japanese heading with a middle dot", edited(J, {{"## コストパフォーマンス", "## コスト・パフォーマンス"}}), ja, QStringLiteral("section.heading"), error, 31, 1, QStringLiteral("cost_performance")},
        {"Advice before Overview", edited(E, {{"## Advice\n\nAudition it before buying.\n\n", ""}, {"---\n## Overview", "---\n## Advice\n\nAudition it before buying.\n\n## Overview"}}), en, QStringLiteral("section.order"), error, 15, 1, QStringLiteral("advice")},
        {"axis without its score line", edited(E, {{"## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\n", "## Technology Level\n\n"}}), en, QStringLiteral("score.missing"), error, 26, 1, QStringLiteral("technology_level")},
        {"score line below the text", edited(E, {{"## Technology Level\n\n$$ \\Large \\text{0.8} $$\n\nSony's proprietary T-shaped balanced armature drivers deserve high marks.\n", "## Technology Level\n\nSony's proprietary T-shaped balanced armature drivers deserve high marks.\n\n$$ \\Large \\text{0.8} $$\n"}}), en, QStringLiteral("score.missing"), error, 26, 1, QStringLiteral("technology_level")},
        {"score line differs from the rating", edited(E, {{"## Cost-Performance\n\n$$ \\Large \\text{0.3}", "## Cost-Performance\n\n$$ \\Large \\text{0.4}"}}), en, QStringLiteral("score.mismatch"), error, 33, 1, QStringLiteral("cost_performance")},
        {"Japanese score line differs", edited(J, {{"## 技術レベル\n\n$$ \\Large \\text{0.8}", "## 技術レベル\n\n$$ \\Large \\text{0.9}"}}), ja, QStringLiteral("score.mismatch"), error, 27, 1, QStringLiteral("technology_level")},
        {"Overview shows a wrong total", edited(E, {{"## Overview\n\n", "## Overview\n\n$$ \\Large \\text{3.1} $$\n\n"}}), en, QStringLiteral("total.overview-mismatch"), warning, 17, 1, QStringLiteral("overview")},
        {"dollar sign in the text", edited(E, {{"good measured performance.", "good measured performance at $5."}}), en, QStringLiteral("body.math"), error, 23, 54, {}},
        {"backslash in the text", edited(E, {{"support is comprehensive.", "support is comprehensive: see C:\\Sony."}}), en, QStringLiteral("body.math"), error, 41, 40, {}},
        {"benchmark table in the text", edited(E, {{"is rational.", "is rational, as the Benchmark Table shows."}}), en, QStringLiteral("body.forbidden-term"), error, 47, 64, {}},
        {"contentReference left in", edited(E, {{"before buying.", "before buying.:contentReference[oaicite:0]"}}), en, QStringLiteral("body.forbidden-term"), error, 51, 27, {}},
        {"基準表 in a Japanese review", edited(J, {{"測定性能は", "基準表によれば測定性能は"}}), ja, QStringLiteral("body.forbidden-term"), error, 23, 1, {}},
        {"yen sign in an English review", edited(E, {{"≈ 0.27.", "≈ 0.27 (¥163,900 in Japan)."}}), en, QStringLiteral("body.foreign-price"), warning, 35, 42, {}},
        {"円 in an English review", edited(E, {{"299 USD ÷ 1,093 USD", "44,900円 ÷ 163,900円"}}), en, QStringLiteral("body.foreign-price"), warning, 35, 14, {}},
        {"JPY after the amount in an English review", edited(E, {{"299 USD ÷ 1,093 USD", "44,900 JPY ÷ 163,900 JPY"}}), en, QStringLiteral("body.foreign-price"), warning, 35, 14, {}},
        {"yen after the amount in an English review", edited(E, {{"299 USD ÷ 1,093 USD", "44,900 yen ÷ 163,900 yen"}}), en, QStringLiteral("body.foreign-price"), warning, 35, 14, {}},
        {"JPY before the amount in an English review", edited(E, {{"299 USD ÷ 1,093 USD", "JPY 44,900 ÷ JPY 163,900"}}), en, QStringLiteral("body.foreign-price"), warning, 35, 14, {}},
        {"prose line with a pipe between blank lines", edited(E, {{"Audition it before buying.", "Audition it | before buying."}}), en, QStringLiteral("site.prose-table"), warning, 51, 13, {}},
        {"list numbered with a parenthesis", edited(E, {{"Audition it before buying.", "1) Audition it before buying."}}), en, QStringLiteral("site.paren-list"), warning, 51, 1, {}},
        {"bare URL with underscores around a word", edited(E, {{"before buying.", "before buying: https://example.com/_media/guide_.pdf"}}), en, QStringLiteral("site.url-emphasis"), warning, 51, 28, {}},
        {"Japanese bold starting with a bracket", edited(J, {{"購入前に試聴を勧める。", "購入前に**「試聴」**を勧める。"}}), ja, QStringLiteral("site.ambiguous-bold"), warning, 51, 5, {}},
    };
}

QList<Pass> passRows()
{
    const QString en = enPath();
    const QString ja = jaPath();
    return {
        {"first line with a trailing space", edited(E, {{"---\nlayout", "--- \nlayout"}}), en, QStringLiteral("load.no-front-matter")},
        {"closing line with a trailing space", edited(E, {{"m9/\n---\n", "m9/\n--- \n"}}), en, QStringLiteral("load.front-matter-unclosed")},
        {"closing line followed by a heading", s(E), en, QStringLiteral("load.front-matter-closer-glued")},
        {"colon inside a quoted summary", edited(E, {{"monitor with five", "monitor: five"}}), en, QStringLiteral("load.yaml-syntax")},
        {"tags as a block list", edited(E, {{"tags: [Balanced armature, In-ear monitors, Sony]", "tags:\n  - Balanced armature\n  - Sony"}}), en, QStringLiteral("load.front-matter-not-mapping")},
        {"key repeated in a comment", edited(E, {{"ref: sony-ier-m9\n", "ref: sony-ier-m9\n# lang: en\n"}}), en, QStringLiteral("frontmatter.duplicate-key")},
        {"company review without a price", companyReview(), companyPath, QStringLiteral("field.missing")},
        {"price with a trailing zero", edited(E, {{"price: 1093", "price: 1093.0"}}), en, QStringLiteral("price.invalid")},
        {"price with a comment", edited(E, {{"price: 1093", "price: 1093 # per pair"}}), en, QStringLiteral("price.invalid")},
        {"rating with spaces inside the brackets", edited(E, {{"[3.2, 0.7, 0.8, 0.3, 0.8, 0.6]", "[ 3.2, 0.7, 0.8, 0.3, 0.8, 0.6 ]"}}), en, QStringLiteral("rating.count")},
        {"axis written as the integer 1", edited(E, {{"[3.2, 0.7,", "[3.5, 1,"}, {R"(\text{0.7})", R"(\text{1.0})"}}), en, QStringLiteral("rating.not-a-number")},
        {"axis of zero", edited(E, {{"[3.2, 0.7,", "[2.5, 0.0,"}, {R"(\text{0.7})", R"(\text{0.0})"}}), en, QStringLiteral("rating.axis-range")},
        {"axis with a trailing zero", edited(E, {{"[3.2, 0.7,", "[3.2, 0.70,"}}), en, QStringLiteral("rating.not-tenth")},
        {"total with a trailing zero", edited(E, {{"[3.2,", "[3.20,"}}), en, QStringLiteral("rating.total-mismatch")},
        {"company review in its folder", companyReview(), companyPath, QStringLiteral("layout.unknown")},
        {"company review in the companies folder", companyReview(), companyPath, QStringLiteral("layout.folder-mismatch")},
        {"Japanese review", s(J), ja, QStringLiteral("lang.unknown")},
        {"Japanese review in the ja folder", s(J), ja, QStringLiteral("lang.folder-mismatch")},
        {"quoted date", edited(E, {{"date: 2025-08-07", "date: \"2025-08-07\""}}), en, QStringLiteral("date.format")},
        {"date of the first review", edited(E, {{"date: 2025-08-07", "date: 2025-07-05"}, {"(2025.8.7)", "(2025.7.5)"}}), en, QStringLiteral("date.too-early")},
        {"date of today", edited(E, {{"date: 2025-08-07", "date: 2025-09-01"}, {"(2025.8.7)", "(2025.9.1)"}}), en, QStringLiteral("date.future")},
        {"end date then blank lines", edited(E, {{"(2025.8.7)\n", "(2025.8.7)\n\n\n"}}), en, QStringLiteral("date.end-missing")},
        {"end date without a final newline", edited(E, {{"(2025.8.7)\n", "(2025.8.7)"}}), en, QStringLiteral("date.end-missing")},
        {"zero-padded end date", edited(E, {{"(2025.8.7)", "(2025.08.07)"}}), en, QStringLiteral("date.end-mismatch")},
        {"company permalink", companyReview(), companyPath, QStringLiteral("permalink.mismatch")},
        {"ref with a plus", edited(E, {{"ref: sony-ier-m9", "ref: sony-ier-m9+"}, {"en/sony-ier-m9/", "en/sony-ier-m9+/"}}), QStringLiteral("_products/en/sony/sony-ier-m9+.md"), QStringLiteral("ref.format")},
        {"company file name", companyReview(), companyPath, QStringLiteral("file.name-case")},
        {"review one folder deeper", s(E), QStringLiteral("_products/en/sony/ier/sony-ier-m9.md"), QStringLiteral("file.name-mismatch")},
        {"Japanese title", s(J), ja, QStringLiteral("title.prefix")},
        {"extra section after Advice", edited(E, {{"(2025.8.7)", "## References\n\n1. Sony, IER-M9 product page.\n\n(2025.8.7)"}}), en, QStringLiteral("section.missing")},
        {"heading with trailing spaces", edited(E, {{"## Advice\n", "## Advice  \n"}}), en, QStringLiteral("section.heading")},
        {"subsection inside an axis section", edited(E, {{"high marks.\n", "high marks.\n\n### Measurements\n\nFlat to 10 kHz.\n"}}), en, QStringLiteral("section.order")},
        {"score line right under the heading", edited(E, {{"## Technology Level\n\n$$", "## Technology Level\n$$"}}), en, QStringLiteral("score.missing")},
        {"score line with a trailing zero", edited(E, {{"## Cost-Performance\n\n$$ \\Large \\text{0.3}", "## Cost-Performance\n\n$$ \\Large \\text{0.30}"}}), en, QStringLiteral("score.mismatch")},
        {"Overview shows the right total", edited(E, {{"## Overview\n\n", "## Overview\n\n$$ \\Large \\text{3.2} $$\n\n"}}), en, QStringLiteral("total.overview-mismatch")},
        {"score line outside an axis section", edited(E, {{"## Advice\n\n", "## Advice\n\n$$ \\Large \\text{3.2} $$\n\n"}}), en, QStringLiteral("body.math")},
        {"the word benchmark alone", edited(E, {{"is rational.", "is rational, as benchmarks show."}}), en, QStringLiteral("body.forbidden-term")},
        {"Japanese review quoting yen", edited(J, {{"計算：", "計算（¥163,900）："}}), ja, QStringLiteral("body.foreign-price")},
        {"English review naming the exchange rate", edited(E, {{"≈ 0.27.", "≈ 0.27, at the USD/JPY rate of 147 for the Japanese yen."}}), en, QStringLiteral("body.foreign-price")},
        {"pipe inside a paragraph", edited(E, {{"Audition it before buying.", "Audition it first.\nBuy it | or not."}}), en, QStringLiteral("site.prose-table")},
        {"pipe written as a character reference", edited(E, {{"Audition it before buying.", "Audition it &#124; before buying."}}), en, QStringLiteral("site.prose-table")},
        {"list numbered with a period", edited(E, {{"Audition it before buying.", "1. Audition it before buying."}}), en, QStringLiteral("site.paren-list")},
        {"URL in angle brackets", edited(E, {{"before buying.", "before buying: <https://example.com/_media/guide_.pdf>"}}), en, QStringLiteral("site.url-emphasis")},
        {"URL with underscores between letters", edited(E, {{"before buying.", "before buying: https://example.com/user_guide_v2.pdf"}}), en, QStringLiteral("site.url-emphasis")},
        {"Japanese bold inside the brackets", edited(J, {{"購入前に試聴を勧める。", "購入前に「**試聴**」を勧める。"}}), ja, QStringLiteral("site.ambiguous-bold")},
    };
}

} // namespace Rubric::Test
