// lib/'s modules include each other without a cycle, and each module's CMakeLists.txt links
// exactly the modules it includes: CMake's graph is the architecture (docs/architecture.md).

#include "modulegraph.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Rubric;

class TestModuleGraph final : public QObject
{
    Q_OBJECT

private:
    // A synthetic lib/: `modules` as "name:used,used" (the first used one is also linked).
    static void writeLib(const QString &root, const QStringList &modules, bool declareLinks = true)
    {
        QDir dir(root);
        for (const QString &spec : modules) {
            const QString name = spec.section(u':', 0, 0);
            const QStringList used = spec.section(u':', 1).split(u',', Qt::SkipEmptyParts);
            QVERIFY(dir.mkpath(name));
            QFile cmake(dir.filePath(name + u"/CMakeLists.txt"_s));
            QVERIFY(cmake.open(QIODevice::WriteOnly));
            QString links;
            for (const QString &u : used)
                links += u" rubric_"_s + u;
            cmake.write(("add_library(rubric_" + name.toUtf8() + " STATIC a.cpp)\ntarget_link_libraries(rubric_" + name.toUtf8()
                         + " PUBLIC" + (declareLinks ? links.toUtf8() : QByteArray()) + " PRIVATE rubric_options)\n"));
            QFile source(dir.filePath(name + u"/a.cpp"_s));
            QVERIFY(source.open(QIODevice::WriteOnly));
            source.write("#include \"" + name.toUtf8() + "/a.h\"\n#include <QString>\n");
            for (const QString &u : used)
                source.write("#include \"" + u.toUtf8() + "/a.h\"\n");
        }
    }

private Q_SLOTS:
    void libHasNoCycle()
    {
        const ModuleGraph::Graph graph = ModuleGraph::read(QStringLiteral(RUBRIC_LIB_DIR));
        // The modules the split made are all there (a renamed folder must update this test).
        for (const auto *module : {"document", "schema", "site", "validate", "render", "print", "translate", "models"})
            QVERIFY2(graph.modules.contains(QLatin1String(module)), module);
        const QStringList cycles = ModuleGraph::cycles(graph);
        QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(u'\n')));
    }

    void libLinksWhatItIncludes()
    {
        const QStringList mismatches = ModuleGraph::undeclared(ModuleGraph::read(QStringLiteral(RUBRIC_LIB_DIR)));
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
    }

    void documentAndSchemaAreAtTheBottom()
    {
        const ModuleGraph::Graph graph = ModuleGraph::read(QStringLiteral(RUBRIC_LIB_DIR));
        QVERIFY(graph.uses.value(u"schema"_s).isEmpty());
        QCOMPARE(graph.uses.value(u"document"_s).keys(), QStringList{u"schema"_s});
    }

    void findsCycles_data()
    {
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<int>("cycles");
        QTest::newRow("a chain has none") << QStringList{u"a:b"_s, u"b:c"_s, u"c:"_s} << 0;
        QTest::newRow("two modules including each other") << QStringList{u"a:b"_s, u"b:a"_s} << 1;
        QTest::newRow("a loop through three modules") << QStringList{u"a:b"_s, u"b:c"_s, u"c:a"_s} << 1;
        QTest::newRow("a diamond has none") << QStringList{u"a:b,c"_s, u"b:d"_s, u"c:d"_s, u"d:"_s} << 0;
        QTest::newRow("two separate loops") << QStringList{u"a:b"_s, u"b:a"_s, u"c:d"_s, u"d:c"_s} << 2;
    }

    void findsCycles()
    {
        QFETCH(QStringList, modules);
        QFETCH(int, cycles);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeLib(dir.path(), modules);
        const QStringList found = ModuleGraph::cycles(ModuleGraph::read(dir.path()));
        QCOMPARE(found.size(), cycles);
        for (const QString &cycle : found)
            QVERIFY2(cycle.contains(u"/a.cpp:"_s), qPrintable(cycle)); // names the include
    }

    void findsUndeclaredLinks()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeLib(dir.path(), {u"a:b"_s, u"b:"_s}, false);
        const QStringList found = ModuleGraph::undeclared(ModuleGraph::read(dir.path()));
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(u"a includes b (a/a.cpp:3)"_s), qPrintable(found.first()));
    }

    void aFolderWithoutCMakeListsIsNotAModule()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeLib(dir.path(), {u"a:b"_s, u"b:"_s});
        QVERIFY(QDir(dir.path()).mkpath(u"compat/a"_s));
        QFile forward(dir.filePath(u"compat/a/a.h"_s));
        QVERIFY(forward.open(QIODevice::WriteOnly));
        forward.write("#include \"a/a.h\"\n");
        QCOMPARE(ModuleGraph::read(dir.path()).modules, (QStringList{u"a"_s, u"b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestModuleGraph)
#include "tst_modulegraph.moc"
