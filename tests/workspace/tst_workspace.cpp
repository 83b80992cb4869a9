#include "workspace/site.h"
#include "workspace/workspace.h"
#include "workspacetestutil.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Rubric;

namespace {

// Records what the Workspace asks an attachment to follow.
class RecordingAttachment final : public DocumentAttachment
{
public:
    void attach(ReviewDocument *document) override { events.append(u"attach "_qs + document->filePath()); }
    void detach(ReviewDocument *document) override { events.append(u"detach "_qs + document->filePath()); }
    QStringList events;
};

} // namespace

class tst_Workspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void openGivesOneDocumentPerFile();
    void openRefusesUnreadableFiles_data();
    void openRefusesUnreadableFiles();
    void closeSignalsAndDeletes();
    void saveWritesAndSignals();
    void saveRefusesFileChangedOnDisk();
    void saveAsFollowsThePath();
    void saveAsRefusesAnotherOpenReview();
    void reloadIsOneUndoStep();
    void reloadRefusesUnreadableFile();
    void attachmentsFollowOpenReviews();
    void reviewsOfTheSiteUseItsSchema();
    void brokenOverrideStillOpens();
    void openSiteReplacesTheSite();

private:
    QString write(const QString &sitePath, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Workspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_Workspace::write(const QString &sitePath, const QByteArray &bytes)
{
    if (!Test::writeSiteFile(m_dir->path(), sitePath, bytes))
        return {};
    return QDir::cleanPath(m_dir->path() + u'/' + sitePath);
}

void tst_Workspace::openGivesOneDocumentPerFile()
{
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFile::link(path, m_dir->path() + u"/link.md"_qs));

    Workspace workspace;
    QSignalSpy opened(&workspace, &Workspace::documentOpened);
    const OpenOutcome first = workspace.open(path);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.document->filePath(), path);
    QCOMPARE(first.document->parent(), &workspace);

    // Again, through a relative-looking path and through a symlink: the same document.
    QCOMPARE(workspace.open(m_dir->path() + u"/_products/en/../en/acme/a1.md"_qs).document, first.document);
    QCOMPARE(workspace.open(m_dir->path() + u"/link.md"_qs).document, first.document);
    QCOMPARE(workspace.document(m_dir->path() + u"/link.md"_qs), first.document);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(workspace.documents(), QList<ReviewDocument *>{first.document});

    const QString other = write(Test::productPath(u"ja"_qs, u"a1"_qs), Test::productReview("ja", "a1", "一。"));
    const OpenOutcome second = workspace.open(other);
    QVERIFY(second.ok());
    QCOMPARE(workspace.documents(), (QList<ReviewDocument *>{first.document, second.document}));
    QCOMPARE(opened.size(), 2);
    QVERIFY(!workspace.hasUnsavedChanges());
    QVERIFY(second.document->setField(u"price"_qs, 16000).changed);
    QVERIFY(workspace.hasUnsavedChanges());
}

void tst_Workspace::openRefusesUnreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing file") << QByteArray() << false << QString();
    QTest::newRow("invalid UTF-8 names its line") << QByteArray("---\nlayout: product\ntitle: \"\xff\"\n---\n") << true
                                                  << u"line 3"_qs;
    QTest::newRow("NUL byte names its line") << QByteArray("---\nlayout: product\n---\nbody\0more", 31) << true
                                             << u"line 4"_qs;
}

void tst_Workspace::openRefusesUnreadableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, create);
    QFETCH(QString, mentions);

    const QString path = create ? write(u"bad.md"_qs, bytes) : m_dir->path() + u"/absent.md"_qs;
    Workspace workspace;
    QSignalSpy opened(&workspace, &Workspace::documentOpened);
    const OpenOutcome outcome = workspace.open(path);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(path)), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(mentions), qPrintable(outcome.error));
    QVERIFY(workspace.documents().isEmpty());
    QCOMPARE(opened.size(), 0);
}

void tst_Workspace::closeSignalsAndDeletes()
{
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    QStringList order; // outlives the workspace, which closes what is open when destroyed
    Workspace workspace;
    QPointer<ReviewDocument> document = workspace.open(path).document;
    QVERIFY(document);

    connect(&workspace, &Workspace::documentAboutToClose, this, [&](ReviewDocument *closing) {
        // Still whole and still known while the views let go of it.
        order.append(u"about to close "_qs + closing->filePath());
        QCOMPARE(workspace.document(path), closing);
    });
    connect(&workspace, &Workspace::documentClosed, this, [&](const QString &closed) {
        order.append(u"closed "_qs + closed);
        QVERIFY(!workspace.document(path));
    });
    workspace.close(document);
    QCOMPARE(order, (QStringList{u"about to close "_qs + path, u"closed "_qs + path}));
    QVERIFY(!document);
    QVERIFY(workspace.documents().isEmpty());

    // Opening it again gives a new document.
    QVERIFY(workspace.open(path).ok());
    QCOMPARE(workspace.documents().size(), 1);
}

void tst_Workspace::saveWritesAndSignals()
{
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    Workspace workspace;
    ReviewDocument *document = workspace.open(path).document;
    QVERIFY(document->setField(u"price"_qs, 120).changed);
    QSignalSpy saved(&workspace, &Workspace::documentSaved);
    const SaveOutcome outcome = workspace.save(document);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(saved.size(), 1);
    QVERIFY(!document->isModified());
    QVERIFY(Test::readFile(path).contains("\nprice: 120\n"));
}

void tst_Workspace::saveRefusesFileChangedOnDisk()
{
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    Workspace workspace;
    ReviewDocument *document = workspace.open(path).document;
    QVERIFY(document->setField(u"price"_qs, 120).changed);
    const QByteArray theirs = Test::productReview("en", "a1", "Theirs.");
    QVERIFY(Test::writeFile(path, theirs));
    QVERIFY(workspace.changedOnDisk(document));

    QSignalSpy saved(&workspace, &Workspace::documentSaved);
    QCOMPARE(workspace.save(document).status, SaveOutcome::Status::ChangedOnDisk);
    QCOMPARE(Test::readFile(path), theirs);
    QCOMPARE(saved.size(), 0);
    QVERIFY(workspace.save(document, true).ok());
    QVERIFY(Test::readFile(path).contains("\nprice: 120\n"));
}

void tst_Workspace::saveAsFollowsThePath()
{
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    const QString copy = m_dir->path() + u"/copy.md"_qs;
    Workspace workspace;
    ReviewDocument *document = workspace.open(path).document;
    QSignalSpy moved(&workspace, &Workspace::documentPathChanged);
    QVERIFY(workspace.saveAs(document, copy).ok());
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.constFirst().at(1).toString(), path);
    QCOMPARE(workspace.document(copy), document);
    QVERIFY(!workspace.document(path));
    // The original is a file of its own again.
    const OpenOutcome original = workspace.open(path);
    QVERIFY(original.ok());
    QVERIFY(original.document != document);
}

void tst_Workspace::saveAsRefusesAnotherOpenReview()
{
    const QString one = write(u"one.md"_qs, Test::productReview("en", "one", "One."));
    const QString two = write(u"two.md"_qs, Test::productReview("en", "two", "Two."));
    Workspace workspace;
    ReviewDocument *first = workspace.open(one).document;
    QVERIFY(workspace.open(two).ok());
    const SaveOutcome outcome = workspace.saveAs(first, two);
    QCOMPARE(outcome.status, SaveOutcome::Status::Failed);
    QVERIFY2(outcome.error.contains(QDir::toNativeSeparators(two)), qPrintable(outcome.error));
    QCOMPARE(Test::readFile(two), Test::productReview("en", "two", "Two."));
    QCOMPARE(workspace.document(one), first);
}

void tst_Workspace::reloadIsOneUndoStep()
{
    const QByteArray original = Test::productReview("en", "a1", "One.");
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), original);
    Workspace workspace;
    ReviewDocument *document = workspace.open(path).document;
    QVERIFY(document->setField(u"price"_qs, 120).changed);
    const QString edited = document->text();
    const QByteArray theirs = Test::productReview("en", "a1", "Theirs.");
    QVERIFY(Test::writeFile(path, theirs));

    QSignalSpy reloaded(&workspace, &Workspace::documentReloaded);
    const EditOutcome outcome = workspace.reload(document);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(document->toBytes(), theirs);
    QVERIFY(!document->isModified());
    QVERIFY(!workspace.changedOnDisk(document));
    QCOMPARE(document->undoStack()->count(), 2); // the edit, then the reload

    // The edit made before is one undo away; saving it needs no overwrite: the file is as
    // the reload read it.
    document->undoStack()->undo();
    QCOMPARE(document->text(), edited);
    QVERIFY(document->isModified());
    const SaveOutcome saved = workspace.save(document);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QCOMPARE(Test::readFile(path), edited.toUtf8());

    // Another program writes again: saving is refused again.
    QVERIFY(document->setField(u"price"_qs, 130).changed);
    QVERIFY(Test::writeFile(path, theirs));
    QVERIFY(workspace.changedOnDisk(document));
    QCOMPARE(workspace.save(document).status, SaveOutcome::Status::ChangedOnDisk);
}

void tst_Workspace::reloadRefusesUnreadableFile()
{
    const QString path = write(u"one.md"_qs, Test::productReview("en", "one", "One."));
    Workspace workspace;
    ReviewDocument *document = workspace.open(path).document;
    const QString before = document->text();
    QVERIFY(Test::writeFile(path, "---\ntitle: \"\xfe\"\n---\n"));
    const EditOutcome outcome = workspace.reload(document);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.contains(u"line 2"_qs), qPrintable(outcome.error));
    QCOMPARE(document->text(), before);
    QCOMPARE(document->undoStack()->count(), 0);
}

void tst_Workspace::attachmentsFollowOpenReviews()
{
    const QString one = write(u"one.md"_qs, Test::productReview("en", "one", "One."));
    const QString two = write(u"two.md"_qs, Test::productReview("en", "two", "Two."));
    RecordingAttachment attachment;
    QStringList atOpen;
    Workspace workspace;
    ReviewDocument *first = workspace.open(one).document;
    workspace.addAttachment(&attachment); // attached to what is already open
    QCOMPARE(attachment.events, QStringList{u"attach "_qs + one});

    // Attached before documentOpened, so listeners see a document already followed.
    connect(&workspace, &Workspace::documentOpened, this, [&] { atOpen = attachment.events; });
    workspace.open(two);
    QCOMPARE(atOpen, (QStringList{u"attach "_qs + one, u"attach "_qs + two}));

    workspace.close(first);
    QCOMPARE(attachment.events.constLast(), u"detach "_qs + one);
    workspace.removeAttachment(&attachment);
    QCOMPARE(attachment.events.constLast(), u"detach "_qs + two);
    const qsizetype count = attachment.events.size();
    workspace.closeAll();
    QCOMPARE(attachment.events.size(), count);
}

void tst_Workspace::reviewsOfTheSiteUseItsSchema()
{
    // The site's override adds a language; its reviews are opened with it.
    QVERIFY(Test::writeFile(m_dir->filePath(Schema::overrideFileName()),
                            "languages:\n  - {code: en, name: English, currency: USD}\n"
                            "  - {code: ja, name: Japanese, currency: JPY}\n"
                            "  - {code: de, name: Deutsch, currency: EUR}\n"));
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    Workspace workspace;
    workspace.openSite(m_dir->path());
    QVERIFY2(workspace.site()->schemaError().isEmpty(), qPrintable(workspace.site()->schemaError()));
    QVERIFY(workspace.site()->schema().language(u"de"_qs));
    QVERIFY(!Schema::builtin().language(u"de"_qs));
    const OpenOutcome outcome = workspace.open(path);
    QVERIFY2(outcome.ok() && outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.document->schema().language(u"de"_qs));
}

void tst_Workspace::brokenOverrideStillOpens()
{
    // A broken override: the review opens with the built-in schema, and the error names
    // the file.
    QVERIFY(Test::writeFile(m_dir->filePath(Schema::overrideFileName()), "fields:\n  - {key: a, type: money}\n"));
    const QString path = write(Test::productPath(u"en"_qs, u"a1"_qs), Test::productReview("en", "a1", "One."));
    Workspace workspace;
    const OpenOutcome outcome = workspace.open(path);
    QVERIFY(outcome.ok());
    QVERIFY2(outcome.error.contains(m_dir->filePath(Schema::overrideFileName())), qPrintable(outcome.error));
    QCOMPARE(outcome.document->schema().fieldKeys(), Schema::builtin().fieldKeys());
    workspace.openSite(m_dir->path());
    QVERIFY2(workspace.site()->schemaError().contains(m_dir->filePath(Schema::overrideFileName())),
             qPrintable(workspace.site()->schemaError()));
}

void tst_Workspace::openSiteReplacesTheSite()
{
    QTemporaryDir other;
    QVERIFY(Test::writePairs(m_dir->path(), {"a1"}));
    QVERIFY(Test::writePairs(other.path(), {"b1"}));
    Workspace workspace;
    QSignalSpy opened(&workspace, &Workspace::siteOpened);
    QSignalSpy aboutToClose(&workspace, &Workspace::siteAboutToClose);
    Site *first = workspace.openSite(m_dir->path());
    QCOMPARE(workspace.openSite(m_dir->path() + u"/."_qs), first); // the same site: kept
    QCOMPARE(opened.size(), 1);
    QPointer<Site> gone = first;
    Site *second = workspace.openSite(other.path());
    QCOMPARE(aboutToClose.size(), 1);
    QVERIFY(!gone);
    QCOMPARE(workspace.site(), second);
    QCOMPARE(second->root(), QDir::cleanPath(other.path()));
    QSignalSpy closed(&workspace, &Workspace::siteClosed);
    workspace.closeSite();
    QVERIFY(!workspace.site());
    QCOMPARE(closed.size(), 1);
}

QTEST_GUILESS_MAIN(tst_Workspace)
#include "tst_workspace.moc"
