// libFuzzer target: load any bytes as a review document, as the editor and the command
// line do (decode, split, read the front matter, ratings, outline, validation), and check
// that the fast front-matter reader reads what yaml-cpp reads whenever it answers.

#include "fuzzcheck.h"

#include "document/frontmatter.h"
#include "document/reviewdocument.h"
#include "validate/validator.h"

#include <QDate>

using namespace Rubric;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ReviewDocument document;
    if (!document.loadBytes(bytes, QStringLiteral("/site/_products/en/acme/acme-x1.md"))) {
        FUZZ_CHECK(!document.readProblems().isEmpty(), "a refused file says why");
        return 0;
    }
    const Ratings ratings = document.ratings();
    (void)ratings.axisSum();
    (void)Validator::validate(document, QDate(2026, 1, 1));
    (void)document.frontMatter().keys();

    // Differential: where the fast reader read the values itself, yaml-cpp must agree
    // (when it reads the text at all: it refuses some valid YAML, such as `[a?b]`).
    const FrontMatter &fast = document.frontMatter();
    const FrontMatter slow = fast.parsed() && !fast.usedYamlCpp()
                                 ? FrontMatter::parse(document.text(), FrontMatter::Reader::YamlCpp)
                                 : FrontMatter();
    if (slow.parsed()) {
        FUZZ_CHECK(slow.keys() == fast.keys(), "both readers see the same keys");
        for (const auto &key : fast.keys())
            FUZZ_CHECK(slow.value(key) == fast.value(key), "both readers read the same value");
    }
    // A file opened and saved untouched is byte-identical.
    FUZZ_CHECK(document.toBytes() == bytes, "the text round-trips to the same bytes");
    return 0;
}
