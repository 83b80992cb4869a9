#include "pdfupdate.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Rubric::PdfUpdate {

namespace {

// The strings of this file, in the translation context of Rubric::PdfUpdate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rubric::PdfUpdate)
};

struct Trailer
{
    qint64 startXref = -1;
    int size = 0;
    int root = 0;
    int info = 0;
};

Trailer readTrailer(const QByteArray &pdf)
{
    Trailer trailer;
    const qsizetype start = pdf.lastIndexOf("startxref");
    if (start < 0)
        return trailer;
    bool ok = false;
    trailer.startXref = pdf.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok)
        return {};
    const qsizetype dictionary = pdf.lastIndexOf("trailer", start);
    if (dictionary < 0 || dictionary < trailer.startXref)
        return {};
    const QString text = QString::fromLatin1(pdf.mid(dictionary, start - dictionary));
    static const QRegularExpression size(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression root(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression info(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    trailer.size = size.match(text).captured(1).toInt();
    trailer.root = root.match(text).captured(1).toInt();
    trailer.info = info.match(text).captured(1).toInt();
    return trailer;
}

// The dictionary's inside (between the outer << and >>) of object `number`.
QByteArray objectDictionary(const QByteArray &pdf, int number)
{
    const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj";
    qsizetype at = pdf.indexOf(head);
    if (at < 0)
        return {};
    const qsizetype open = pdf.indexOf("<<", at);
    const qsizetype end = pdf.indexOf("endobj", at);
    if (open < 0 || end < 0 || open > end)
        return {};
    const qsizetype close = pdf.lastIndexOf(">>", end);
    if (close <= open)
        return {};
    return pdf.mid(open + 2, close - open - 2);
}

// Drops `/Key value` entries whose value is a simple token, a string or an array.
QByteArray withoutKey(QByteArray dictionary, const char *key)
{
    const QRegularExpression entry(QLatin1String("/") + QLatin1String(key)
                                   + QLatin1String("\\s*(\\([^)]*\\)|<[^<>]*>|\\[[^\\]]*\\]|\\d+\\s+\\d+\\s+R|/?[^\\s/>]+)"));
    QString text = QString::fromLatin1(dictionary);
    text.remove(entry);
    return text.toLatin1();
}

QList<int> pageObjects(const QByteArray &pdf, int root)
{
    static const QRegularExpression pages(QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression kid(QStringLiteral("(\\d+)\\s+0\\s+R"));
    const int pagesObject = pages.match(QString::fromLatin1(objectDictionary(pdf, root))).captured(1).toInt();
    const QString tree = QString::fromLatin1(objectDictionary(pdf, pagesObject));
    const qsizetype kids = tree.indexOf(QLatin1String("/Kids"));
    QList<int> result;
    if (kids < 0)
        return result;
    const qsizetype open = tree.indexOf(u'[', kids);
    const qsizetype close = tree.indexOf(u']', open);
    auto it = kid.globalMatch(QStringView(tree).sliced(open, close - open));
    while (it.hasNext())
        result.append(it.next().captured(1).toInt());
    return result;
}

class Writer
{
public:
    Writer(QByteArray &pdf, const QList<int> &pages, double pageHeight)
        : m_pdf(pdf)
        , m_pages(pages)
        , m_pageHeight(pageHeight)
    {
    }

    void object(int number, const QByteArray &body)
    {
        m_offsets.append({number, m_pdf.size()});
        m_pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }

    // Writes `items` (siblings under `parent`) taking numbers from `next`.
    void outline(const QList<Bookmark> &items, int parent, const QList<int> &numbers, int &next)
    {
        for (int i = 0; i < items.size(); ++i) {
            const Bookmark &item = items.at(i);
            const int number = numbers.at(i);
            QList<int> children;
            for (int c = 0; c < item.children.size(); ++c)
                children.append(next++);
            const int page = m_pages.value(std::clamp(item.page, 0, int(m_pages.size()) - 1));
            const double y = std::max(0.0, m_pageHeight - item.top);
            QByteArray body = "<< /Title " + textString(item.title) + " /Parent " + QByteArray::number(parent)
                              + " 0 R /Dest [" + QByteArray::number(page) + " 0 R /XYZ 0 "
                              + QByteArray::number(y, 'f', 2) + " null]";
            if (i > 0)
                body += " /Prev " + QByteArray::number(numbers.at(i - 1)) + " 0 R";
            if (i + 1 < items.size())
                body += " /Next " + QByteArray::number(numbers.at(i + 1)) + " 0 R";
            if (!children.isEmpty()) {
                // Negative: the sections start folded under their review.
                body += " /First " + QByteArray::number(children.constFirst()) + " 0 R /Last "
                        + QByteArray::number(children.constLast()) + " 0 R /Count -"
                        + QByteArray::number(children.size());
            }
            object(number, body + " >>");
            outline(item.children, number, children, next);
        }
    }

    void finish(const Trailer &trailer, int size)
    {
        const qsizetype xref = m_pdf.size();
        m_pdf += "xref\n";
        std::sort(m_offsets.begin(), m_offsets.end());
        for (const auto &[number, offset] : std::as_const(m_offsets)) {
            m_pdf += QByteArray::number(number) + " 1\n"
                     + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        }
        m_pdf += "trailer\n<< /Size " + QByteArray::number(size) + " /Root " + QByteArray::number(trailer.root)
                 + " 0 R";
        if (trailer.info > 0)
            m_pdf += " /Info " + QByteArray::number(trailer.info) + " 0 R";
        m_pdf += " /Prev " + QByteArray::number(trailer.startXref) + " >>\nstartxref\n" + QByteArray::number(xref)
                 + "\n%%EOF\n";
    }

private:
    QByteArray &m_pdf;
    QList<int> m_pages;
    double m_pageHeight;
    QList<std::pair<int, qsizetype>> m_offsets;
};

QByteArray fixedToUnicodeInternal(const QByteArray &cmap, const QString &text);

// New revisions of the fonts' ToUnicode streams that need fixing (uncompressed, as Qt
// writes them).
void fixToUnicodeMaps(const QByteArray &original, const QString &text, Writer &writer)
{
    static const QRegularExpression reference(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    QSet<int> done;
    auto it = reference.globalMatch(QString::fromLatin1(original));
    while (it.hasNext()) {
        const int number = it.next().captured(1).toInt();
        if (done.contains(number))
            continue;
        done.insert(number);
        const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj\n";
        const qsizetype at = original.indexOf(head);
        const qsizetype stream = original.indexOf("stream\n", at);
        const qsizetype end = original.indexOf("endstream", stream);
        if (at < 0 || stream < 0 || end < 0)
            continue;
        const QByteArray dictionary = original.mid(at + head.size(), stream - at - head.size());
        if (dictionary.contains("/Filter"))
            continue;
        const QByteArray cmap = original.mid(stream + 7, end - stream - 7);
        const QByteArray fixed = fixedToUnicodeInternal(cmap, text);
        if (fixed == cmap)
            continue;
        // Ligatures map to several letters, so the stream may grow: its length follows.
        static const QRegularExpression length(QStringLiteral("/Length\\s+\\d+"));
        QString newDictionary = QString::fromLatin1(dictionary);
        if (fixed.size() != cmap.size()) {
            if (!newDictionary.contains(length))
                continue;
            newDictionary.replace(length, QStringLiteral("/Length %1").arg(fixed.size()));
        }
        writer.object(number, newDictionary.toLatin1() + "stream\n" + fixed + "endstream");
    }
}

// The code point a look-alike stands for, when `text` shows that one and not the
// look-alike; 0 otherwise.
char16_t shownInstead(char16_t code, const QSet<char16_t> &shown)
{
    if (shown.contains(code))
        return 0;
    // Glyphs CJK fonts share between a punctuation mark and its Japanese twin.
    // Also radicals without a compatibility form but with an equivalent ideograph
    // (Unicode's EquivalentUnifiedIdeograph.txt).
    static const QHash<char16_t, char16_t> twins = {
        {u'\u2027', u'\u30FB'}, {u'\u2015', u'\u2014'}, {u'\u2E9F', u'\u6BCD'}, {u'\u2EA0', u'\u6C11'},
        {u'\u2EC4', u'\u897F'}, {u'\u2EC6', u'\u89D2'}, {u'\u2ED1', u'\u9577'}, {u'\u2ED8', u'\u9752'},
        {u'\u2EDD', u'\u98DF'}, {u'\u2EE3', u'\u9AA8'}, {u'\u2EE4', u'\u9B3C'}, {u'\u2EE9', u'\u9EC4'},
        {u'\u2EED', u'\u6B6F'}, {u'\u2EF2', u'\u4E80'}};
    if (const char16_t twin = twins.value(code); twin && shown.contains(twin))
        return twin;
    const QString compatible = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
    if (compatible.size() == 1 && compatible.at(0).unicode() != code && shown.contains(compatible.at(0).unicode()))
        return compatible.at(0).unicode();
    return 0;
}

} // namespace

QByteArray fixedToUnicode(const QByteArray &cmap, const QString &text)
{
    return fixedToUnicodeInternal(cmap, text);
}

namespace {

QByteArray fixedToUnicodeInternal(const QByteArray &cmap, const QString &text)
{
    QSet<char16_t> shown;
    for (const QChar c : text)
        shown.insert(c.unicode());
    static const QRegularExpression array(QStringLiteral("^<[0-9A-Fa-f]{4}> <[0-9A-Fa-f]{4}> \\[(.*)\\]\\s*$"));
    static const QRegularExpression single(QStringLiteral("^<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})> <([0-9A-Fa-f]{4})>\\s*$"));
    static const QRegularExpression character(QStringLiteral("^<[0-9A-Fa-f]{4}> <([0-9A-Fa-f]{4})>\\s*$"));
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]{4})>"));
    QString result = QString::fromLatin1(cmap);
    bool changed = false;
    // Replaces the 4-digit destination between `from` and `to` in place (same length).
    const auto replaceToken = [&](qsizetype from, qsizetype to) {
        bool ok = false;
        const char16_t code = char16_t(QStringView(result).sliced(from, to - from).toUInt(&ok, 16));
        if (!ok)
            return;
        if (const char16_t instead = shownInstead(code, shown)) {
            result.replace(from, 4, QString::number(uint(instead), 16).rightJustified(4, u'0').toUpper());
            changed = true;
        }
    };
    qsizetype lineStart = 0;
    while (lineStart < result.size()) {
        qsizetype lineEnd = result.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = result.size();
        const QString line = result.mid(lineStart, lineEnd - lineStart);
        if (const auto match = array.match(line); match.hasMatch()) {
            auto it = token.globalMatch(match.captured(1));
            while (it.hasNext()) {
                const auto entry = it.next();
                const qsizetype at = lineStart + match.capturedStart(1) + entry.capturedStart(1);
                replaceToken(at, at + 4);
            }
        } else if (const auto one = single.match(line); one.hasMatch() && one.captured(1) == one.captured(2)) {
            replaceToken(lineStart + one.capturedStart(3), lineStart + one.capturedEnd(3));
        } else if (const auto plain = character.match(line); plain.hasMatch()) {
            replaceToken(lineStart + plain.capturedStart(1), lineStart + plain.capturedEnd(1));
        }
        lineStart = lineEnd + 1;
    }
    // Latin ligature glyphs (ﬁ, ﬂ, ...) are extracted as their presentation forms, so
    // "Scientific" could not be found; each maps to its letters instead (a destination
    // may be several UTF-16 units, PDF 1.7, 9.10.3), unless the text itself has one.
    static const QRegularExpression ligature(QStringLiteral("<(FB0[0-6])>"), QRegularExpression::CaseInsensitiveOption);
    QString expanded;
    lineStart = 0;
    while (lineStart < result.size()) {
        qsizetype lineEnd = result.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = result.size();
        const QString line = result.mid(lineStart, lineEnd - lineStart);
        // Where the destinations are: after the bracket, the third token of a one-code
        // range, the second token of a character.
        qsizetype from = -1;
        if (const auto match = array.match(line); match.hasMatch())
            from = match.capturedStart(1);
        else if (const auto one = single.match(line); one.hasMatch() && one.captured(1) == one.captured(2))
            from = one.capturedStart(3) - 1;
        else if (const auto plain = character.match(line); plain.hasMatch())
            from = plain.capturedStart(1) - 1;
        QString fixedLine = line;
        if (from >= 0) {
            QString destinations = line.mid(from);
            auto it = ligature.globalMatch(destinations);
            QString rebuilt;
            qsizetype last = 0;
            while (it.hasNext()) {
                const auto match = it.next();
                const char16_t code = char16_t(match.captured(1).toUInt(nullptr, 16));
                if (text.contains(QChar(code)))
                    continue;
                QString letters;
                for (const QChar c : QString(QChar(code)).normalized(QString::NormalizationForm_KC))
                    letters += QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
                rebuilt += QStringView(destinations).sliced(last, match.capturedStart(1) - last) + letters;
                last = match.capturedEnd(1);
            }
            if (last > 0) {
                fixedLine = line.left(from) + rebuilt + QStringView(destinations).sliced(last);
                changed = true;
            }
        }
        expanded += fixedLine;
        if (lineEnd < result.size())
            expanded += u'\n';
        lineStart = lineEnd + 1;
    }
    return changed ? expanded.toLatin1() : cmap;
}

} // namespace

QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + '>';
}

bool apply(QByteArray &pdf, const Extras &extras, QString *error)
{
    const Trailer trailer = readTrailer(pdf);
    if (trailer.startXref < 0 || trailer.size <= 0 || trailer.root <= 0) {
        *error = Tr::tr("The PDF has no cross-reference table to update.");
        return false;
    }
    QByteArray catalog = objectDictionary(pdf, trailer.root);
    const QList<int> pages = pageObjects(pdf, trailer.root);
    if (catalog.isEmpty() || pages.isEmpty()) {
        *error = Tr::tr("The PDF's catalog or page tree could not be read.");
        return false;
    }
    QByteArray info = trailer.info > 0 ? objectDictionary(pdf, trailer.info) : QByteArray();

    int next = trailer.size;
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    Writer writer(pdf, pages, extras.pageHeight);

    catalog = withoutKey(withoutKey(withoutKey(catalog, "Lang"), "Outlines"), "PageMode");
    if (!extras.language.isEmpty())
        catalog += "\n/Lang " + textString(extras.language);
    if (!extras.bookmarks.isEmpty()) {
        const int outlines = next++;
        QList<int> top;
        for (int i = 0; i < extras.bookmarks.size(); ++i)
            top.append(next++);
        writer.object(outlines, "<< /Type /Outlines /First " + QByteArray::number(top.constFirst()) + " 0 R /Last "
                                    + QByteArray::number(top.constLast()) + " 0 R /Count "
                                    + QByteArray::number(extras.bookmarks.size()) + " >>");
        writer.outline(extras.bookmarks, outlines, top, next);
        catalog += "\n/Outlines " + QByteArray::number(outlines) + " 0 R\n/PageMode /UseOutlines";
    }
    writer.object(trailer.root, "<<" + catalog + "\n>>");
    if (!extras.text.isEmpty())
        fixToUnicodeMaps(QByteArray(pdf), extras.text, writer);
    if (trailer.info > 0 && !extras.author.isEmpty())
        writer.object(trailer.info, "<<" + withoutKey(info, "Author") + "\n/Author " + textString(extras.author) + "\n>>");
    writer.finish(trailer, next);
    return true;
}

} // namespace Rubric::PdfUpdate
