// The library table's columns: the important ones first and narrow, shown or hidden from
// the header's context menu, order and visibility kept across sessions; languages shown
// by their schema names.
#include "editortestutil.h"
#include "library/libraryview.h"
#include "models/librarymodel.h"
#include "models/libraryfilter.h"
#include "site/siteindex.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

using namespace Rubric;

class TestLibraryView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importantColumnsComeFirstAndNarrow();
    void headerMenuHidesAColumnAndItIsRemembered();
    void movedColumnsAreRemembered();
    void nameCannotBeHidden();
    void languagesShowTheirNames();

private:
    QStringList visibleHeaders(const LibraryView &view) const;

    QTemporaryDir m_dir;
    QString m_site;
    std::unique_ptr<SiteIndex> m_index;
};

void TestLibraryView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Test::isolateSettings(m_dir);
    m_site = m_dir.filePath(QStringLiteral("site"));
    QDirIterator it(Test::sampleSiteDir(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = m_site + u'/' + QDir(Test::sampleSiteDir()).relativeFilePath(source);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QVERIFY(QFile::copy(source, target));
    }
    m_index = std::make_unique<SiteIndex>(m_site);
    m_index->setCacheEnabled(false);
    m_index->indexNow();
    QVERIFY(m_index->records().size() >= 4);
}

void TestLibraryView::init()
{
    QSettings().remove(QStringLiteral("library"));
}

QStringList TestLibraryView::visibleHeaders(const LibraryView &view) const
{
    QHeaderView *header = view.table()->horizontalHeader();
    QStringList names;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            names.append(view.model()->headerData(column, Qt::Horizontal).toString());
    }
    return names;
}

void TestLibraryView::importantColumnsComeFirstAndNarrow()
{
    LibraryView view(m_index.get());
    const LibraryModel *model = view.model();
    const QStringList shown = visibleHeaders(view);
    QStringList important;
    for (const auto kind : {LibraryModel::NameColumn, LibraryModel::LangColumn, LibraryModel::TotalColumn,
                            LibraryModel::ProblemsColumn, LibraryModel::TranslationStateColumn, LibraryModel::TranslationColumn})
        important.append(model->headerData(model->column(kind), Qt::Horizontal).toString());
    QCOMPARE(shown.mid(0, important.size()), important);
    QCOMPARE(shown.constLast(), model->headerData(model->column(LibraryModel::TagsColumn), Qt::Horizontal).toString());
    QCOMPARE(shown.size(), model->columnCount() - 1); // the Git column waits for a git status
    // All of them well inside a 1280-pixel window, the date and the price beside them.
    QHeaderView *header = view.table()->horizontalHeader();
    int width = 0;
    for (int visual = 0; visual < important.size(); ++visual)
        width += header->sectionSize(header->logicalIndex(visual));
    QVERIFY2(width <= 720, qPrintable(QString::number(width)));
}

void TestLibraryView::headerMenuHidesAColumnAndItIsRemembered()
{
    const QString tags = [&] {
        LibraryView probe(m_index.get());
        return probe.model()->headerData(probe.model()->column(LibraryModel::TagsColumn), Qt::Horizontal).toString();
    }();
    {
        LibraryView view(m_index.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.table()->horizontalHeader();
        bool toggled = false;
        // The menu is modal: untick "Tags" in it once it is up.
        QTimer::singleShot(0, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->text() == tags) {
                    QVERIFY(action->isChecked());
                    action->trigger();
                    toggled = true;
                }
            }
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(toggled);
        QVERIFY(!visibleHeaders(view).contains(tags));
    }
    LibraryView again(m_index.get()); // a new session
    QVERIFY(!visibleHeaders(again).contains(tags));
    again.resetColumns();
    QVERIFY(visibleHeaders(again).contains(tags));
    LibraryView third(m_index.get());
    QVERIFY(visibleHeaders(third).contains(tags));
}

void TestLibraryView::movedColumnsAreRemembered()
{
    QStringList moved;
    {
        LibraryView view(m_index.get());
        QHeaderView *header = view.table()->horizontalHeader();
        header->moveSection(header->count() - 1, 1); // the last column second, as a drag does
        moved = visibleHeaders(view);
    }
    LibraryView again(m_index.get());
    QCOMPARE(visibleHeaders(again), moved);
}

void TestLibraryView::nameCannotBeHidden()
{
    LibraryView view(m_index.get());
    const int name = view.model()->column(LibraryModel::NameColumn);
    view.setColumnShown(name, false);
    QVERIFY(!view.table()->horizontalHeader()->isSectionHidden(name));
}

void TestLibraryView::languagesShowTheirNames()
{
    LibraryView view(m_index.get());
    const int column = view.model()->column(LibraryModel::LangColumn);
    auto *delegate = qobject_cast<QStyledItemDelegate *>(view.table()->itemDelegateForColumn(column));
    QVERIFY(delegate);
    QSet<QString> shown;
    for (int row = 0; row < view.filter()->rowCount(); ++row)
        shown.insert(delegate->displayText(view.filter()->index(row, column).data(), QLocale()));
    QSet<QString> names;
    for (const auto &language : m_index->schema().languages())
        names.insert(language.name);
    QCOMPARE(shown, names); // the sample site has both languages
}

QTEST_MAIN(TestLibraryView)
#include "tst_libraryview.moc"
