#include "xliff.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Rubric {

namespace {

const QString xliffNamespace = QStringLiteral("urn:oasis:names:tc:xliff:document:1.2");

// XML readers turn a CR LF into LF: a CR is written as a character reference, which
// they keep (a CRLF file's line break must come back as it was).
void writeCharacters(QXmlStreamWriter &xml, const QString &text)
{
    const QStringList parts = text.split(u'\r');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            xml.writeEntityReference(QStringLiteral("#13"));
        if (!parts.at(i).isEmpty())
            xml.writeCharacters(parts.at(i));
    }
}

void writeText(QXmlStreamWriter &xml, const XliffText &text)
{
    int id = 0;
    for (const auto &piece : text) {
        if (!piece.code) {
            writeCharacters(xml, piece.text);
            continue;
        }
        xml.writeStartElement(QStringLiteral("ph"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(++id));
        writeCharacters(xml, piece.text);
        xml.writeEndElement();
    }
}

void append(XliffText &text, const QString &piece, bool code)
{
    if (piece.isEmpty())
        return;
    if (!text.isEmpty() && !code && !text.last().code)
        text.last().text += piece;
    else
        text.append({piece, code});
}

// Reads the content of <source> or <target> up to its end tag: text, and codes from
// <ph>, <x/>-free inline elements' text, as the unit's pieces.
XliffText readText(QXmlStreamReader &xml)
{
    XliffText text;
    int depth = 0;
    bool inCode = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const auto name = xml.name();
            // Native codes: <ph>, <bpt>, <ept>, <it> hold the Markdown as written.
            if (name == QLatin1String("ph") || name == QLatin1String("bpt") || name == QLatin1String("ept")
                || name == QLatin1String("it"))
                inCode = true;
        } else if (token == QXmlStreamReader::EndElement) {
            if (depth == 0)
                break;
            --depth;
            inCode = false;
        } else if (token == QXmlStreamReader::Characters) {
            append(text, xml.text().toString(), inCode);
        }
    }
    return text;
}

} // namespace

QString Xliff::rubricNamespace()
{
    return QStringLiteral("urn:x-rubric:translation");
}

XliffText Xliff::protect(QStringView text, bool tableRow)
{
    // Codes: line joins with their indentation or quote markers, inline code, display
    // math (score lines), link and image brackets with their targets, autolinks and bare
    // URLs, emphasis and strike-through marks, HTML tags, backslash escapes.
    static const QRegularExpression codes(QStringLiteral(
        "\\r?\\n[ \\t]*(?:>[ \\t]?)*"
        "|`[^`\\n]*`"
        "|\\$\\$[^$]*\\$\\$"
        "|!?\\[(?=[^\\]\\n]*\\]\\()"
        "|\\]\\([^)\\s]*(?:[ \\t]+\"[^\"]*\")?\\)"
        "|<https?://[^>\\s]+>"
        "|https?://[^\\s)<>\\]]*[^\\s)<>\\].,;:!?]"
        "|\\*\\*|\\*|__|~~"
        "|</?[A-Za-z][^>\\n]*>"
        "|\\\\[\\\\`*_{}\\[\\]()#+.!|<>-]"));
    static const QRegularExpression codesInTable(QStringLiteral("[ \\t]*\\|[ \\t]*"));
    XliffText pieces;
    qsizetype done = 0;
    auto it = codes.globalMatch(text);
    const auto plainPart = [&](qsizetype from, qsizetype to) {
        if (!tableRow) {
            append(pieces, text.sliced(from, to - from).toString(), false);
            return;
        }
        const QStringView part = text.sliced(from, to - from);
        qsizetype at = 0;
        auto pipes = codesInTable.globalMatch(part);
        while (pipes.hasNext()) {
            const auto pipe = pipes.next();
            append(pieces, part.sliced(at, pipe.capturedStart() - at).toString(), false);
            append(pieces, pipe.captured(), true);
            at = pipe.capturedEnd();
        }
        append(pieces, part.sliced(at).toString(), false);
    };
    while (it.hasNext()) {
        const auto match = it.next();
        plainPart(done, match.capturedStart());
        append(pieces, match.captured(), true);
        done = match.capturedEnd();
    }
    plainPart(done, text.size());
    return pieces;
}

QString Xliff::plain(const XliffText &text)
{
    QString result;
    for (const auto &piece : text)
        result += piece.text;
    return result;
}

QByteArray Xliff::write(const QList<XliffFile> &files)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeNamespace(rubricNamespace(), QStringLiteral("rubric"));
    xml.writeDefaultNamespace(xliffNamespace);
    xml.writeStartElement(xliffNamespace, QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    for (const auto &file : files) {
        xml.writeStartElement(xliffNamespace, QStringLiteral("file"));
        xml.writeAttribute(QStringLiteral("original"), file.original);
        xml.writeAttribute(QStringLiteral("source-language"), file.sourceLang);
        xml.writeAttribute(QStringLiteral("target-language"), file.targetLang);
        xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("x-markdown"));
        xml.writeAttribute(rubricNamespace(), QStringLiteral("target"), file.target);
        if (!file.siteRoot.isEmpty())
            xml.writeAttribute(rubricNamespace(), QStringLiteral("site"), file.siteRoot);
        xml.writeStartElement(xliffNamespace, QStringLiteral("body"));
        QString group;
        for (const auto &unit : file.units) {
            if (unit.group != group) {
                if (!group.isEmpty())
                    xml.writeEndElement();
                group = unit.group;
                xml.writeStartElement(xliffNamespace, QStringLiteral("group"));
                xml.writeAttribute(QStringLiteral("id"), group);
                xml.writeAttribute(QStringLiteral("resname"), unit.groupName);
            }
            xml.writeStartElement(xliffNamespace, QStringLiteral("trans-unit"));
            xml.writeAttribute(QStringLiteral("id"), unit.id);
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            if (unit.target && unit.approved)
                xml.writeAttribute(QStringLiteral("approved"), QStringLiteral("yes"));
            if (!unit.targetHash.isEmpty())
                xml.writeAttribute(rubricNamespace(), QStringLiteral("target-hash"), unit.targetHash);
            // One line each, so that the writer's indentation never enters the text.
            xml.setAutoFormatting(false);
            xml.writeStartElement(xliffNamespace, QStringLiteral("source"));
            writeText(xml, unit.source);
            xml.writeEndElement();
            if (unit.target) {
                xml.writeStartElement(xliffNamespace, QStringLiteral("target"));
                if (unit.approved)
                    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("final"));
                else if (!unit.targetState.isEmpty())
                    xml.writeAttribute(QStringLiteral("state"), unit.targetState);
                writeText(xml, *unit.target);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.setAutoFormatting(true);
        }
        if (!group.isEmpty())
            xml.writeEndElement();
        xml.writeEndElement(); // body
        xml.writeEndElement(); // file
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

std::optional<QList<XliffFile>> Xliff::read(const QByteArray &bytes, QString *error)
{
    QList<XliffFile> files;
    QXmlStreamReader xml(bytes);
    QString group, groupName;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        const auto attributes = xml.attributes();
        if (name == QLatin1String("xliff")) {
            sawRoot = true;
            if (attributes.value(QLatin1String("version")) != QLatin1String("1.2")) {
                *error = tr("line %1: XLIFF version %2; Rubric reads XLIFF 1.2")
                             .arg(xml.lineNumber())
                             .arg(attributes.value(QLatin1String("version")).toString());
                return std::nullopt;
            }
        } else if (name == QLatin1String("file")) {
            XliffFile file;
            file.original = attributes.value(QLatin1String("original")).toString();
            file.sourceLang = attributes.value(QLatin1String("source-language")).toString();
            file.targetLang = attributes.value(QLatin1String("target-language")).toString();
            file.target = attributes.value(rubricNamespace(), QLatin1String("target")).toString();
            file.siteRoot = attributes.value(rubricNamespace(), QLatin1String("site")).toString();
            file.line = int(xml.lineNumber());
            files.append(file);
        } else if (name == QLatin1String("group")) {
            group = attributes.value(QLatin1String("id")).toString();
            groupName = attributes.value(QLatin1String("resname")).toString();
        } else if (name == QLatin1String("trans-unit")) {
            if (files.isEmpty()) {
                *error = tr("line %1: a trans-unit outside a file").arg(xml.lineNumber());
                return std::nullopt;
            }
            files.last().units.append({attributes.value(QLatin1String("id")).toString(), group, groupName, {}, {}, {},
                                       attributes.value(rubricNamespace(), QLatin1String("target-hash")).toString()});
        } else if (name == QLatin1String("source") || name == QLatin1String("target")) {
            if (files.isEmpty() || files.last().units.isEmpty()) {
                *error = tr("line %1: <%2> outside a trans-unit").arg(xml.lineNumber()).arg(name.toString());
                return std::nullopt;
            }
            XliffUnit &unit = files.last().units.last();
            const bool isTarget = name == QLatin1String("target");
            const QString state = attributes.value(QLatin1String("state")).toString();
            const XliffText text = readText(xml);
            if (isTarget) {
                unit.target = text;
                unit.targetState = state;
            } else {
                unit.source = text;
            }
        }
    }
    if (xml.hasError()) {
        *error = tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    if (!sawRoot) {
        *error = tr("not an XLIFF document (no <xliff> element)");
        return std::nullopt;
    }
    return files;
}

} // namespace Rubric
