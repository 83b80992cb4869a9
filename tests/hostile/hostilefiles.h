#pragma once

// Hostile review files, generated in a temporary folder for the tests of the load path,
// the command line and the editor window: each is a row named in words, with what a
// reader must answer (refuse to read it, or read it and report a problem) and where.

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace Rubric::Test {

struct HostileFile
{
    QString path;
    bool readable = true; // the text loads (possibly with problems)
    QString code;         // the problem it must report ("" when none is required)
    int line = 0;         // the problem's 1-based line (0: any, or none applies)
};

// A valid English product review to spoil.
inline QByteArray hostileBase()
{
    return readFile(corpusDir() + QStringLiteral("/_products/en/sony/sony-ier-m9.md"));
}

// `base` with `line` (without its break) inserted before 1-based line `at`.
inline QByteArray withLineAt(const QByteArray &base, int at, const QByteArray &line)
{
    QList<QByteArray> lines = base.split('\n');
    lines.insert(at - 1, line);
    return lines.join('\n');
}

inline QByteArray repeated(const QByteArray &unit, qsizetype times)
{
    return unit.repeated(times);
}

// What "bounded time" promises for one hostile file: far above any honest run (a debug or
// sanitizer build on a busy machine takes a few seconds at most), far below a hang or an
// exponential blow-up. A bound, not a benchmark: the tests print the real times.
constexpr qint64 hostileTimeBoundMs = 30000;

// The rows: a name in words and a kind; makeHostile() writes the file.
inline void addHostileRows()
{
    QTest::addColumn<QString>("kind");
    const QList<QPair<const char *, const char *>> rows = {
        {"a 50 MB file", "huge"},
        {"a 1 MB line in the front matter", "long-value"},
        {"a 1 MB line in the body", "long-body-line"},
        {"a binary file (PNG bytes)", "binary"},
        {"NUL bytes in a text file", "nul"},
        {"invalid UTF-8 on line 7", "invalid-utf8"},
        {"flow lists nested 100000 deep", "deep-flow"},
        {"block mappings nested 5000 deep", "deep-block"},
        {"YAML aliases that expand exponentially", "alias-bomb"},
        {"ten thousand keys", "many-keys"},
        {"one key ten thousand times", "duplicate-keys"},
        {"a rating that is a string", "rating-string"},
        {"a rating that is a mapping", "rating-map"},
        {"a rating of two values", "rating-short"},
        {"a rating of ten thousand values", "rating-long"},
        {"a rating of words", "rating-words"},
        {"a link to /dev/zero", "device"},
    };
    for (const auto &[name, kind] : rows)
        QTest::newRow(name) << QString::fromLatin1(kind);
}

inline HostileFile makeHostile(const QString &kind, const QString &folder)
{
    const QByteArray base = hostileBase();
    HostileFile file{QDir(folder).filePath(kind + QStringLiteral(".md")), true, {}, 0};
    QByteArray bytes;
    if (kind == QLatin1String("huge")) {
        bytes = base + repeated("All work and no play makes a review a dull file.\n", 50 * 1024 * 1024 / 49);
        file = {file.path, false, QStringLiteral("load.too-large"), 0};
    } else if (kind == QLatin1String("long-value")) {
        bytes = withLineAt(base, 12, "summary2: \"" + repeated("x", 1024 * 1024) + '"');
    } else if (kind == QLatin1String("long-body-line")) {
        bytes = base + repeated("word ", 1024 * 1024 / 5) + '\n';
    } else if (kind == QLatin1String("binary")) {
        bytes = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        for (int i = 0; i < 4096; ++i)
            bytes.append(char((i * 7919 + 13) % 256));
        file = {file.path, false, QStringLiteral("load.invalid-utf8"), 1};
    } else if (kind == QLatin1String("nul")) {
        bytes = withLineAt(base, 5, QByteArray("brand: a\0b", 10));
        file = {file.path, false, QStringLiteral("load.binary"), 5};
    } else if (kind == QLatin1String("invalid-utf8")) {
        bytes = withLineAt(base, 7, "brand: caf\xe9");
        file = {file.path, false, QStringLiteral("load.invalid-utf8"), 7};
    } else if (kind == QLatin1String("deep-flow")) {
        bytes = withLineAt(base, 12, "nested: " + repeated("[", 100000) + repeated("]", 100000));
        file.code = QStringLiteral("load.yaml-too-deep");
        file.line = 12;
    } else if (kind == QLatin1String("deep-block")) {
        QByteArray nested = "nested:\n";
        for (int depth = 1; depth < 5000; ++depth)
            nested += QByteArray(depth, ' ') + 'k' + QByteArray::number(depth) + ":\n";
        nested.chop(1);
        bytes = withLineAt(base, 12, nested);
        file.code = QStringLiteral("load.yaml-too-deep"); // on the line where it gets too deep

    } else if (kind == QLatin1String("alias-bomb")) {
        QByteArray bomb = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]";
        for (int level = 1; level < 12; ++level) {
            QByteArray items;
            for (int i = 0; i < 10; ++i)
                items += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
            bomb += "\na" + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [" + items + ']';
        }
        bytes = withLineAt(base, 12, bomb);
        file.code = QStringLiteral("load.yaml-too-large");
        file.line = 16; // a4: the first to expand to more than 100000 values
    } else if (kind == QLatin1String("many-keys")) {
        QByteArray keys;
        for (int i = 0; i < 10000; ++i)
            keys += "extra_" + QByteArray::number(i) + ": value " + QByteArray::number(i) + '\n';
        keys.chop(1);
        bytes = withLineAt(base, 12, keys);
    } else if (kind == QLatin1String("duplicate-keys")) {
        bytes = withLineAt(base, 12, repeated("brand: again\n", 10000).chopped(1));
        file.code = QStringLiteral("frontmatter.duplicate-key");
    } else if (kind.startsWith(QLatin1String("rating-"))) {
        QByteArray rating = QByteArray('[' + repeated("0.1, ", 9999) + "0.1]");
        if (kind == QLatin1String("rating-string"))
            rating = "\"high\"";
        else if (kind == QLatin1String("rating-map"))
            rating = "{total: 3.2, sound: 0.7}";
        else if (kind == QLatin1String("rating-short"))
            rating = "[0.4, 0.5]";
        else if (kind == QLatin1String("rating-words"))
            rating = "[a, b, c, d, e, f]";
        bytes = QByteArray(base).replace("rating: [3.2, 0.7, 0.8, 0.3, 0.8, 0.6]", QByteArray("rating: " + rating));
        file.code = kind == QLatin1String("rating-words") ? QStringLiteral("rating.not-a-number")
                                                          : QStringLiteral("rating.count");
        file.line = 9;
    } else if (kind == QLatin1String("device")) {
        if (!QFile::link(QStringLiteral("/dev/zero"), file.path))
            return {};
        return {file.path, false, QStringLiteral("load.not-a-file"), 0};
    }
    if (bytes.isEmpty() || !writeFile(file.path, bytes))
        return {};
    return file;
}

} // namespace Rubric::Test
