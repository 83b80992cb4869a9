#include "fidelitycompare.h"

#include "blockstructure.h"
#include "document/reviewdocument.h"
#include "render/markdownrenderer.h"
#include "schema/schema.h"

#include <QCryptographicHash>

namespace Rubric::Fidelity {

using namespace Qt::Literals::StringLiterals;

QStringList rubricBlocks(const QString &filePath)
{
    static const MarkdownRenderer renderer;
    ReviewDocument document(Schema::builtin());
    if (!document.load(filePath))
        return {u"unreadable"_s};
    const FrontMatter &frontMatter = document.frontMatter();
    const QString body = frontMatter.isClosed() ? document.text().sliced(frontMatter.bodyStart()) : document.text();
    return blockStructure(renderer.toHtml(body));
}

QStringList compacted(const QStringList &blocks)
{
    QStringList result;
    result.reserve(blocks.size());
    for (const QString &line : blocks) {
        if (line.size() <= 100) {
            result.append(line);
            continue;
        }
        const QByteArray hash = QCryptographicHash::hash(line.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
        result.append(line.first(80) + u" … #"_s + QString::fromLatin1(hash));
    }
    return result;
}

namespace {

qsizetype firstDifferingLine(const QStringList &a, const QStringList &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return i;
}

QString withoutQuotes(QString text)
{
    for (const QChar c : {QChar(u'‘'), QChar(u'’'), QChar(u'“'), QChar(u'”'), QChar(u'\''), QChar(u'"')})
        text.replace(c, u'\'');
    return text;
}

} // namespace

QString differenceCategory(const QStringList &site, const QStringList &rubric)
{
    const qsizetype i = firstDifferingLine(site, rubric);
    const QString k = i < site.size() ? site.at(i).trimmed() : QString();
    const QString r = i < rubric.size() ? rubric.at(i).trimmed() : QString();
    if (k.startsWith(u"table"_s) && !r.startsWith(u"table"_s))
        return u"prose | line as a table"_s;
    if (k.startsWith(u"p: 1)"_s) || (k.startsWith(u"p:"_s) && r.startsWith(u"ol"_s)))
        return u"1) list flattened"_s;
    if (k.count(u"⟦i⟧"_s) != r.count(u"⟦i⟧"_s) && (k.contains(u"http"_s) || r.contains(u"http"_s)))
        return u"underscores in a URL"_s;
    if (k.count(u"⟦b⟧"_s) != r.count(u"⟦b⟧"_s) || r.contains(u"**"_s) != k.contains(u"**"_s))
        return u"bold next to Japanese punctuation"_s;
    if (withoutQuotes(k) == withoutQuotes(r))
        return u"quote direction"_s;
    const QString kTag = k.section(u':', 0, 0), rTag = r.section(u':', 0, 0);
    if (kTag.startsWith(u'h') && rTag.startsWith(u'h') && k.section(u':', 1) == r.section(u':', 1))
        return u"heading id"_s;
    if (k.contains(u'⟨') || r.contains(u'⟨') || kTag == u"math"_s || rTag == u"math"_s)
        return u"math"_s;
    if ((kTag == u"p"_s) != (rTag == u"p"_s) && (site.join(u'\n').contains(u"li"_s)))
        return u"loose or tight list"_s;
    return u"other"_s;
}

QString firstDifference(const QStringList &site, const QStringList &rubric)
{
    const qsizetype i = firstDifferingLine(site, rubric);
    return u"  -site:   "_s + (i < site.size() ? site.at(i) : u"(end)"_s) + u"\n  +rubric: "_s
           + (i < rubric.size() ? rubric.at(i) : u"(end)"_s);
}

} // namespace Rubric::Fidelity
