#pragma once

#include "document/bodyoutline.h"
#include "document/frontmatter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Rubric {

class ReviewDocument;

// A review's text with its parsed front matter and body outline: what the translation
// code reads, whether the review is open in an editor (ReviewDocument) or only on disk.
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::ReviewText)

public:
    QString text;
    FrontMatter frontMatter;
    BodyOutline outline;

    static ReviewText fromText(const QString &text);
    static ReviewText fromDocument(const ReviewDocument &document);
    // Reads a UTF-8 review file; nothing, with `error` naming the file, when it cannot.
    static std::optional<ReviewText> read(const QString &path, QString *error);

    QString lang() const;
    QString string(const QString &key) const; // a scalar field's text, or empty
};

} // namespace Rubric
