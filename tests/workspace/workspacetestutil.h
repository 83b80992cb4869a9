#pragma once

// Small synthetic sites the workspace tests write: a product review in English and its
// Japanese translation, valid by the site's rules.

#include "testutil.h"

#include <QDir>
#include <QFileInfo>

namespace Rubric::Test {

inline QByteArray productReview(const QByteArray &lang, const QByteArray &ref, const QByteArray &overview)
{
    const bool ja = lang == "ja";
    const QByteArray name = "Acme " + ref.toUpper();
    QByteArray text = "---\nlayout: product\ntitle: \"" + name + (ja ? " 製品レビュー" : " Product Review")
                      + "\"\ntarget_name: \"" + name + "\"\ncompany_id: acme\nlang: " + lang + "\nref: " + ref
                      + "\ndate: 2025-08-07\nrating: [2.5, 0.5, 0.5, 0.5, 0.5, 0.5]\nprice: " + (ja ? "15000" : "100")
                      + "\nsummary: \"" + (ja ? "まとめ。" : "A summary.") + "\"\ntags: [" + (ja ? "アンプ" : "Amplifiers")
                      + "]\npermalink: /products/" + lang + "/" + ref + "/\n---\n";
    const QList<QByteArray> headings = ja ? QList<QByteArray>{"概要", "科学的有効性", "技術レベル", "コストパフォーマンス",
                                                               "信頼性・サポート", "設計思想の合理性", "アドバイス"}
                                          : QList<QByteArray>{"Overview", "Scientific Validity", "Technology Level",
                                                              "Cost-Performance", "Reliability & Support",
                                                              "Rationality of Design Philosophy", "Advice"};
    for (qsizetype i = 0; i < headings.size(); ++i) {
        text += "## " + headings.at(i) + "\n\n";
        if (i >= 1 && i <= 5)
            text += "$$ \\Large \\text{0.5} $$\n\n";
        text += (i == 0 ? overview : QByteArray(ja ? "本文。" : "Text.")) + "\n\n";
    }
    return text + "(2025.8.7)\n";
}

inline QString productPath(const QString &lang, const QString &ref)
{
    return QStringLiteral("_products/%1/acme/%2.md").arg(lang, ref);
}

inline bool writeSiteFile(const QString &root, const QString &sitePath, const QByteArray &bytes)
{
    return QDir().mkpath(QFileInfo(root + u'/' + sitePath).absolutePath()) && writeFile(root + u'/' + sitePath, bytes);
}

// A site with `refs` reviewed in English and translated into Japanese.
inline bool writePairs(const QString &root, const QList<QByteArray> &refs)
{
    for (const QByteArray &ref : refs) {
        if (!writeSiteFile(root, productPath(QStringLiteral("en"), QString::fromUtf8(ref)),
                           productReview("en", ref, "An overview of " + ref + "."))
            || !writeSiteFile(root, productPath(QStringLiteral("ja"), QString::fromUtf8(ref)),
                              productReview("ja", ref, ref + " の概要。")))
            return false;
    }
    return true;
}

} // namespace Rubric::Test
