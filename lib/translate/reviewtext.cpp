#include "reviewtext.h"

#include "document/boundedread.h"
#include "document/reviewdocument.h"
#include "document/utf8.h"

#include <QFile>

namespace Rubric {

ReviewText ReviewText::fromText(const QString &text)
{
    ReviewText review;
    review.text = text;
    review.frontMatter = FrontMatter::parse(text);
    review.outline = BodyOutline::parse(text, review.frontMatter.lines(),
                                        review.frontMatter.isClosed() ? review.frontMatter.bodyFirstLine() : 0);
    return review;
}

ReviewText ReviewText::fromDocument(const ReviewDocument &document)
{
    return {document.text(), document.frontMatter(), document.outline()};
}

std::optional<ReviewText> ReviewText::read(const QString &path, QString *error)
{
    // Bounded as every review read: a file beyond the limit is refused before it is read.
    const BoundedRead read = readFileBounded(path, ReviewDocument::maximumFileSize);
    switch (read.status) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        *error = tr("%1: the file is larger than %2 MB").arg(path).arg(ReviewDocument::maximumFileSize / (1024 * 1024));
        return std::nullopt;
    case BoundedRead::Status::NotAFile:
        *error = tr("%1: cannot read the file: %2").arg(path, tr("not a regular file"));
        return std::nullopt;
    case BoundedRead::Status::CannotOpen:
    case BoundedRead::Status::ReadError:
        *error = tr("%1: cannot read the file: %2").arg(path, read.error);
        return std::nullopt;
    }
    const QByteArray &bytes = read.bytes;
    if (!QByteArrayView(bytes).isValidUtf8()) {
        *error = tr("%1: invalid UTF-8 at byte offset %2").arg(path).arg(firstInvalidUtf8(bytes));
        return std::nullopt;
    }
    return fromText(decodeUtf8(bytes));
}

QString ReviewText::lang() const
{
    return string(QStringLiteral("lang"));
}

QString ReviewText::string(const QString &key) const
{
    const YamlValue value = frontMatter.value(key);
    return value.isScalar() ? value.scalar : QString();
}

} // namespace Rubric
