#pragma once

// The module graph of lib/ as its sources state it: a module is a folder of lib/ with its own
// CMakeLists.txt; an edge is an `#include "other/…"` of another module. Header-only on purpose:
// the test reads the tree, it is not part of the product.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Rubric::ModuleGraph {

using namespace Qt::StringLiterals;

struct Edge
{
    QString where; // "site/siteindex.cpp:4", the first include that makes the edge
};

struct Graph
{
    QStringList modules;                     // sorted
    QMap<QString, QMap<QString, Edge>> uses; // module -> used module -> first include
    QMap<QString, QSet<QString>> links;      // module -> rubric_* modules its CMakeLists links
    QSet<QString> linksAggregate;            // modules linking rubriccore (declares all of lib/)
};

inline Graph read(const QString &libDir)
{
    Graph graph;
    const QDir lib(libDir);
    for (const QString &name : lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(lib.filePath(name + u"/CMakeLists.txt"_s)))
            graph.modules.append(name);
    }
    static const QRegularExpression include(u"^\\s*#\\s*include\\s+\"([a-z0-9_]+)/"_s);
    static const QRegularExpression link(u"\\brubric_([a-z0-9_]+)\\b"_s);
    for (const QString &module : std::as_const(graph.modules)) {
        QDirIterator files(lib.filePath(module), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (files.hasNext())
            paths.append(files.next());
        paths.sort(); // the first include reported is stable
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            int lineNumber = 0;
            while (!file.atEnd()) {
                ++lineNumber;
                const QString line = QString::fromUtf8(file.readLine());
                const auto match = include.match(line);
                if (!match.hasMatch())
                    continue;
                const QString used = match.captured(1);
                if (used == module || !graph.modules.contains(used) || graph.uses[module].contains(used))
                    continue;
                graph.uses[module].insert(used, {lib.relativeFilePath(path) + u':' + QString::number(lineNumber)});
            }
        }
        QFile cmake(lib.filePath(module + u"/CMakeLists.txt"_s));
        if (cmake.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QString text = QString::fromUtf8(cmake.readAll());
            // Only what target_link_libraries names counts, not the target's own name.
            static const QRegularExpression call(u"target_link_libraries\\s*\\(([^)]*)\\)"_s);
            for (auto calls = call.globalMatch(text); calls.hasNext();) {
                const QString args = calls.next().captured(1);
                const QStringList words = args.simplified().split(u' ');
                for (qsizetype i = 1; i < words.size(); ++i) { // words[0]: the target linked
                    if (words[i] == u"rubriccore"_s)
                        graph.linksAggregate.insert(module);
                    const auto m = link.match(words[i]);
                    if (m.hasMatch() && m.captured(0) == words[i] && graph.modules.contains(m.captured(1)))
                        graph.links[module].insert(m.captured(1));
                }
            }
        }
    }
    return graph;
}

// Each cycle once, as "a → b → a", with the include that makes each step.
inline QStringList cycles(const Graph &graph)
{
    QStringList found;
    QSet<QString> reported;
    QStringList stack;
    QSet<QString> done;
    std::function<void(const QString &)> visit = [&](const QString &module) {
        stack.append(module);
        for (auto it = graph.uses.value(module).cbegin(); it != graph.uses.value(module).cend(); ++it) {
            const qsizetype at = stack.indexOf(it.key());
            if (at >= 0) {
                QStringList loop = stack.mid(at);
                QStringList key = loop;
                key.sort();
                if (reported.contains(key.join(u',')))
                    continue;
                reported.insert(key.join(u','));
                QStringList steps;
                for (qsizetype i = 0; i < loop.size(); ++i) {
                    const QString &from = loop.at(i);
                    const QString &to = i + 1 < loop.size() ? loop.at(i + 1) : loop.first();
                    steps.append(from + u" → "_s + to + u" ("_s + graph.uses.value(from).value(to).where + u')');
                }
                found.append(steps.join(u", "_s));
            } else if (!done.contains(it.key())) {
                visit(it.key());
            }
        }
        stack.removeLast();
        done.insert(module);
    };
    for (const QString &module : graph.modules) {
        if (!done.contains(module))
            visit(module);
    }
    return found;
}

// Where the includes and the CMake links disagree: "site includes translate (…) without linking it",
// "site links rubric_render but includes nothing of it".
inline QStringList undeclared(const Graph &graph)
{
    QStringList found;
    for (const QString &module : graph.modules) {
        const auto &uses = graph.uses.value(module);
        const auto &links = graph.links.value(module);
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (!links.contains(it.key()) && !graph.linksAggregate.contains(module))
                found.append(module + u" includes "_s + it.key() + u" ("_s + it.value().where + u") without linking rubric_"_s + it.key());
        }
        for (const QString &linked : links) {
            if (!uses.contains(linked))
                found.append(module + u" links rubric_"_s + linked + u" but includes nothing of it"_s);
        }
    }
    found.sort();
    return found;
}

} // namespace Rubric::ModuleGraph
