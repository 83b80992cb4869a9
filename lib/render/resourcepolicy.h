#pragma once

#include <QString>
#include <QUrl>
#include <QVariant>

namespace Rubric {

// What a rendered review (preview, PDF) may load for an image: never the network, never
// a file outside the review's site. A relative path resolves against the review's
// folder, a path starting with '/' against the site's root (as the site serves it);
// `../` that climbs out of the site, symbolic links that point out of it, file: URLs and
// every other scheme are refused. A review outside any site may only load files in
// its own folder and below.
class ResourcePolicy final
{
public:
    enum class Verdict { Allowed, Remote, OtherScheme, OutsideSite, Missing, NoDocument };

    struct Decision
    {
        Verdict verdict = Verdict::NoDocument;
        QString path; // the canonical file, when allowed
        bool allowed() const { return verdict == Verdict::Allowed; }
    };

    // A policy that refuses everything.
    ResourcePolicy() = default;
    // For the review file at `documentPath`.
    explicit ResourcePolicy(const QString &documentPath);

    Decision resolve(const QUrl &url) const;
    // QTextDocument::loadResource's answer: a QImage for an allowed image, else nothing.
    QVariant load(int type, const QUrl &url) const;
    // An allowed URL as a path from the site's root ("/_products/en/img/a.png"), to
    // resolve against another review's folder in the same site; empty when refused.
    QString siteRelativeUrl(const QUrl &url) const;
    QString root() const { return m_root; }

    // Images larger than this are not read (a review's picture, not a poster).
    static constexpr qint64 maximumImageBytes = 32 * 1024 * 1024;

private:
    QString m_root;        // canonical; nothing outside is read
    QString m_documentDir; // canonical; relative paths start here
};

} // namespace Rubric
