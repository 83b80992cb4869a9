// ReviewTemplate: a new review of each layout and language is complete but for what
// only the reviewer can write, lands where the schema says, and never overwrites a file.
#include "document/reviewdocument.h"
#include "site/reviewtemplate.h"
#include "schema/schema.h"
#include "validate/validator.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Rubric;
using namespace Qt::StringLiterals;

class TestReviewTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newReviewValidates_data();
    void newReviewValidates();
    void exactText();
    void companyReviewIsItsOwnCompany();
    void refuses_data();
    void refuses();
    void neverOverwrites();
    void refUse();
};

void TestReviewTemplate::newReviewValidates_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("permalink");
    // The content only the reviewer can write: each is reported as a missing field.
    QTest::addColumn<QStringList>("missingFields");

    QTest::newRow("english product") << u"product"_s << u"en"_s << u"sony"_s << u"Sony IER-M9"_s
                                     << u"_products/en/sony/sony-ier-m9.md"_s << u"Sony IER-M9 Product Review"_s
                                     << u"/products/en/sony-ier-m9/"_s
                                     << QStringList{u"price"_s, u"summary"_s, u"tags"_s};
    QTest::newRow("japanese product") << u"product"_s << u"ja"_s << u"astell-kern"_s << u"Astell&Kern SR35"_s
                                      << u"_products/ja/astell-kern/astell-kern-sr35.md"_s
                                      << QString::fromUtf8("Astell&Kern SR35 製品レビュー")
                                      << u"/products/ja/astell-kern-sr35/"_s
                                      << QStringList{u"price"_s, u"summary"_s, u"tags"_s};
    QTest::newRow("english company") << u"company"_s << u"en"_s << QString() << u"Br\u00FCel & Kj\u00E6r"_s
                                     << u"_companies/en/bruel-kjaer.md"_s << u"Br\u00FCel & Kj\u00E6r Company Review"_s
                                     << u"/companies/en/bruel-kjaer/"_s
                                     << QStringList{u"summary"_s, u"tags"_s};
    QTest::newRow("japanese company") << u"company"_s << u"ja"_s << QString() << u"Sony"_s
                                      << u"_companies/ja/sony.md"_s << QString::fromUtf8("Sony 企業レビュー")
                                      << u"/companies/ja/sony/"_s << QStringList{u"summary"_s, u"tags"_s};
}

void TestReviewTemplate::newReviewValidates()
{
    QFETCH(QString, layout);
    QFETCH(QString, lang);
    QFETCH(QString, company);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QFETCH(QString, title);
    QFETCH(QString, permalink);
    QFETCH(QStringList, missingFields);

    const QDate today(2026, 3, 9);
    const ReviewTemplate review(Schema::builtin(), {layout, lang, company, name, {}, today});
    QCOMPARE(review.error(), QString());
    QCOMPARE(review.relativePath(), path);
    QCOMPARE(review.title(), title);
    QCOMPARE(review.permalink(), permalink);

    QTemporaryDir site;
    QString error;
    const QString created = review.create(site.path(), &error);
    QCOMPARE(error, QString());
    QCOMPARE(created, site.filePath(path));

    ReviewDocument document;
    QVERIFY(document.load(created));
    QCOMPARE(document.string(u"title"_s), title);
    QCOMPARE(document.string(u"target_name"_s), name);
    QCOMPARE(document.string(u"date"_s), u"2026-03-09"_s);
    QVERIFY(document.text().endsWith(u"\n(2026.3.9)\n"_s));

    // Every required section in order, each axis heading with its score line.
    const Schema &schema = Schema::builtin();
    int previous = -1;
    for (const SectionSpec &section : schema.sections()) {
        const int index = document.outline().findSection(schema.sectionHeadings(section, lang));
        QVERIFY2(index > previous, qPrintable(section.id));
        if (!section.axisId.isEmpty())
            QCOMPARE(document.outline().scoreLineUnder(index)->value, u"0.0"_s);
        previous = index;
    }

    QStringList codes;
    QStringList fields;
    for (const Problem &problem : Validator::validate(document, today)) {
        codes.append(problem.code);
        fields.append(problem.field);
    }
    QCOMPARE(codes, QStringList(missingFields.size(), u"field.missing"_s));
    QCOMPARE(fields, missingFields);

    // Once the reviewer writes what is missing, through the document's own edits, the
    // review is clean.
    {
        ReviewDocument filled;
        QVERIFY(filled.load(created));
        for (const QString &key : missingFields) {
            const QVariant value = key == u"price"_s ? QVariant(129.99)
                                   : key == u"tags"_s ? QVariant(QStringList{u"In-ear monitors"_s, u"Sony"_s})
                                                      : QVariant(u"A \"quoted\" summary: with a colon."_s);
            const EditOutcome outcome = filled.setField(key, value);
            QVERIFY2(outcome.ok() && outcome.changed, qPrintable(key + u": "_s + outcome.error));
        }
        QCOMPARE(Validator::validate(filled, today), Problems());
    }

    // Saved untouched, the file stays as created.
    const QByteArray bytes = Test::readFile(created);
    QVERIFY(document.save().ok());
    QCOMPARE(Test::readFile(created), bytes);
}

void TestReviewTemplate::exactText()
{
    const ReviewTemplate review(Schema::builtin(),
                                {u"product"_s, u"en"_s, u"sony"_s, u"Sony \"Pro\" IER-M9"_s, {}, QDate(2025, 8, 7)});
    QCOMPARE(review.text(), uR"(---
layout: product
title: "Sony \"Pro\" IER-M9 Product Review"
target_name: "Sony \"Pro\" IER-M9"
company_id: sony
lang: en
ref: sony-pro-ier-m9
date: 2025-08-07
rating: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
price:
summary:
tags:
permalink: /products/en/sony-pro-ier-m9/
---
## Overview

## Scientific Validity

$$ \Large \text{0.0} $$

## Technology Level

$$ \Large \text{0.0} $$

## Cost-Performance

$$ \Large \text{0.0} $$

## Reliability & Support

$$ \Large \text{0.0} $$

## Rationality of Design Philosophy

$$ \Large \text{0.0} $$

## Advice

(2025.8.7)
)"_s);
}

void TestReviewTemplate::companyReviewIsItsOwnCompany()
{
    const ReviewTemplate review(Schema::builtin(), {u"company"_s, u"en"_s, {}, u"Astell&Kern"_s, {}, QDate(2025, 8, 7)});
    QCOMPARE(review.ref(), u"astell-kern"_s);
    QCOMPARE(review.companyId(), u"astell-kern"_s);
    QVERIFY(review.text().contains(u"\ncompany_id: astell-kern\n"_s));
    QVERIFY(!review.text().contains(u"price:"_s));
}

void TestReviewTemplate::refuses_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("unknown layout") << u"gadget"_s << u"en"_s << u"sony"_s << u"X"_s << QString() << u"layout"_s;
    QTest::newRow("unknown language") << u"product"_s << u"fr"_s << u"sony"_s << u"X"_s << QString() << u"language"_s;
    QTest::newRow("no name") << u"product"_s << u"en"_s << u"sony"_s << u"  "_s << QString() << u"name"_s;
    QTest::newRow("name without ascii") << u"product"_s << u"ja"_s << u"procable"_s << u"\u8D85\u8D8A"_s
                                        << QString() << u"no ref"_s;
    QTest::newRow("ref not a slug") << u"product"_s << u"en"_s << u"sony"_s << u"X"_s << u"Sony X"_s << u"ref"_s;
    QTest::newRow("product without company") << u"product"_s << u"en"_s << QString() << u"X"_s << QString()
                                             << u"company"_s;
    QTest::newRow("name on two lines") << u"product"_s << u"en"_s << u"sony"_s << u"Sony\nIER-M9"_s << QString()
                                       << u"one line"_s;
    QTest::newRow("company not a slug") << u"product"_s << u"en"_s << u"Sony Corp"_s << u"X"_s << QString()
                                        << u"company"_s;
}

void TestReviewTemplate::refuses()
{
    QFETCH(QString, layout);
    QFETCH(QString, lang);
    QFETCH(QString, company);
    QFETCH(QString, name);
    QFETCH(QString, ref);
    QFETCH(QString, errorPart);
    const ReviewTemplate review(Schema::builtin(), {layout, lang, company, name, ref, QDate(2025, 8, 7)});
    QVERIFY2(review.error().contains(errorPart), qPrintable(review.error()));
    QTemporaryDir site;
    QString error;
    QCOMPARE(review.create(site.path(), &error), QString());
    QCOMPARE(error, review.error());
    QCOMPARE(QDir(site.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
}

void TestReviewTemplate::neverOverwrites()
{
    QTemporaryDir site;
    const ReviewTemplate review(Schema::builtin(), {u"product"_s, u"en"_s, u"sony"_s, u"Sony IER-M9"_s, {}, QDate(2025, 8, 7)});
    const QString path = site.filePath(review.relativePath());
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QVERIFY(Test::writeFile(path, "my review\n"));
    QString error;
    QCOMPARE(review.create(site.path(), &error), QString());
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QCOMPARE(Test::readFile(path), QByteArray("my review\n"));
}

void TestReviewTemplate::refUse()
{
    ReviewRecords records(3);
    records[0].path = u"_products/en/sony/sony-ier-m9.md"_s;
    records[0].lang = u"en"_s;
    records[0].ref = u"sony-ier-m9"_s;
    records[1].path = u"_products/ja/sony/sony-ier-m9.md"_s;
    records[1].lang = u"ja"_s;
    records[1].ref = u"sony-ier-m9"_s;
    records[2].path = u"_products/en/sony/sony-ier-m7.md"_s;
    records[2].lang = u"en"_s;
    records[2].ref = u"sony-ier-m7"_s;

    const RefUse clash = ReviewTemplate::refUse(records, u"en"_s, u"sony-ier-m9"_s);
    QCOMPARE(clash.sameLanguage, QStringList{records[0].path});
    QCOMPARE(clash.otherLanguage, QStringList{records[1].path});
    const RefUse translation = ReviewTemplate::refUse(records, u"ja"_s, u"sony-ier-m7"_s);
    QCOMPARE(translation.sameLanguage, QStringList());
    QCOMPARE(translation.otherLanguage, QStringList{records[2].path});
    const RefUse unused = ReviewTemplate::refUse(records, u"en"_s, u"sony-ier-m5"_s);
    QVERIFY(unused.sameLanguage.isEmpty() && unused.otherLanguage.isEmpty());
}

QTEST_GUILESS_MAIN(TestReviewTemplate)
#include "tst_reviewtemplate.moc"
