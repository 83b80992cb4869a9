// Spelling underlines in the body editor (issue 20): misspelled prose words underlined,
// code and links not; the context menu's "Add to Site Dictionary" writes the site's
// rubric-dictionary.txt and the underline goes. Prints what a keystroke costs on the
// corpus's largest English review (a benchmark figure, never asserted).

#include "document/reviewdocument.h"
#include "editor/markdowneditor.h"
#include "editor/plaintextfield.h"
#include "editor/spellhighlight.h"
#include "proof/sitedictionary.h"
#include "schema/schema.h"
#include "site/reviewtemplate.h"
#include "testutil.h"

#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Rubric;

namespace {

bool underlined(const QTextBlock &block, int column)
{
    const auto formats = block.layout()->formats();
    return std::any_of(formats.cbegin(), formats.cend(), [&](const QTextLayout::FormatRange &range) {
        return range.start <= column && column < range.start + range.length
            && range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline;
    });
}

QTextBlock blockContaining(const QPlainTextEdit &editor, const QString &needle)
{
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(needle))
            return block;
    }
    return {};
}

} // namespace

class TestSpellHighlight final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_site;
    QString m_path;

    QString create(const QString &lang, const QByteArray &body)
    {
        NewReview review;
        review.layout = u"product"_s;
        review.lang = lang;
        review.companyId = u"acme"_s;
        review.name = u"Acme One"_s;
        review.ref = u"acme-one"_s;
        review.date = QDate(2024, 5, 1);
        const ReviewTemplate made(Schema::forSite(m_site.path()), review);
        QString error;
        if (made.create(m_site.path(), &error).isEmpty())
            qWarning() << error;
        QFile file(m_site.filePath(made.relativePath()));
        if (file.open(QIODevice::Append))
            file.write(body);
        return m_site.filePath(made.relativePath());
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::isolateSettings(m_settings);
        m_path = create(u"en"_s, "\nThe trebel is clean, see `trebel` and https://example.com/trebel.\n\n"
                                 "```\ntrebel in a fence\n```\n");
    }

    void misspelledProseUnderlined()
    {
        ReviewDocument document(Schema::forSite(m_site.path()));
        QVERIFY(document.load(m_path));
        MarkdownEditor editor(&document);
        editor.resize(1280, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QTextBlock line = blockContaining(editor, u"The trebel"_s);
        QVERIFY(line.isValid());
        QTRY_VERIFY(underlined(line, int(line.text().indexOf(u"trebel"_s))));
        QVERIFY(!underlined(line, int(line.text().indexOf(u"clean"_s))));
        QVERIFY(!underlined(line, int(line.text().indexOf(u"`trebel`"_s)) + 1)); // code
        QVERIFY(!underlined(line, int(line.text().indexOf(u"/trebel"_s)) + 1));  // a URL
        const QTextBlock fenced = blockContaining(editor, u"in a fence"_s);
        QVERIFY(!underlined(fenced, 0));
        editor.setTextCursor(QTextCursor(fenced));
        editor.ensureCursorVisible();
        const QImage shot = editor.grab().toImage();
        if (const QString dir = qEnvironmentVariable("RUBRIC_SHOT_DIR"); !dir.isEmpty())
            shot.save(dir + u"/spell-underline.png"_s);

        // The context menu of the word: suggestions, then "Add to Site Dictionary".
        QTextCursor cursor(line);
        cursor.setPosition(line.position() + int(line.text().indexOf(u"trebel"_s)) + 2);
        const QPoint at = editor.cursorRect(cursor).center();
        QMenu menu;
        menu.addAction(u"Copy"_s);
        auto *spelling = editor.findChild<SpellHighlight *>();
        QVERIFY(spelling);
        spelling->addActions(&menu, at);
        QAction *add = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->text().contains(u"Site Dictionary"_s))
                add = action;
        }
        QVERIFY(add);
        QVERIFY(std::any_of(menu.actions().cbegin(), menu.actions().cend(),
                            [](QAction *a) { return a->text() == u"treble"_s; }));
        add->trigger();
        SiteDictionary dictionary;
        QVERIFY(dictionary.load(SiteDictionary::pathFor(m_site.path())));
        QVERIFY(dictionary.words().contains(u"trebel"_s));
        QTRY_VERIFY(!underlined(blockContaining(editor, u"The trebel"_s), int(line.text().indexOf(u"trebel"_s))));
    }

    void summaryFieldUnderlined()
    {
        ReviewDocument document(Schema::forSite(m_site.path()));
        QVERIFY(document.load(create(u"en"_s, "\nBody.\n")));
        PlainTextField field;
        SpellHighlight::attachToField(&field, &document);
        field.setText(u"A wobbly qwzxv summary, see https://example.com/qwzxv"_s);
        const QTextBlock block = field.document()->begin();
        QTRY_VERIFY(underlined(block, int(block.text().indexOf(u"qwzxv"_s))));
        QVERIFY(!underlined(block, int(block.text().indexOf(u"summary"_s))));
        QVERIFY(!underlined(block, int(block.text().lastIndexOf(u"qwzxv"_s)))); // a URL
        QCOMPARE(field.contextMenuPolicy(), Qt::CustomContextMenu);
    }

    void japaneseReviewsNotChecked()
    {
        ReviewDocument document(Schema::forSite(m_site.path()));
        QVERIFY(document.load(create(u"ja"_s, "\nThe qwzx word.\n")));
        MarkdownEditor editor(&document);
        editor.show();
        const QTextBlock line = blockContaining(editor, u"qwzx"_s);
        QVERIFY(line.isValid());
        QVERIFY(!underlined(line, int(line.text().indexOf(u"qwzx"_s))));
    }

    // Benchmark: a keystroke in the largest English review of the corpus, with and
    // without spelling (printed; timings are not asserted).
    void keystrokeCost()
    {
        QString largest;
        qint64 size = 0;
        QDirIterator it(Test::corpusDir() + u"/_products/en"_s, {u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            if (info.size() > size) {
                size = info.size();
                largest = info.filePath();
            }
        }
        if (largest.isEmpty())
            QSKIP("no corpus");
        for (const bool withSpelling : {false, true}) {
            ReviewDocument document(Schema::forSite(Test::corpusDir()));
            QVERIFY(document.load(largest));
            MarkdownEditor editor(&document);
            editor.resize(1280, 800);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            if (!withSpelling)
                editor.findChild<SpellHighlight *>()->setEnabled(false);
            QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
            cursor.movePosition(QTextCursor::EndOfBlock);
            editor.setTextCursor(cursor);
            constexpr int keystrokes = 200;
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < keystrokes; ++i)
                QTest::keyClick(&editor, i % 2 ? Qt::Key_Backspace : Qt::Key_E);
            const double perKey = double(timer.nsecsElapsed()) / keystrokes / 1e6;
            qInfo().noquote() << u"keystroke in %1 (%2 bytes), spelling %3: %4 ms"_s.arg(QFileInfo(largest).fileName())
                                     .arg(size).arg(withSpelling ? u"on"_s : u"off"_s).arg(perKey, 0, 'f', 3);
        }
    }
};

QTEST_MAIN(TestSpellHighlight)
#include "tst_spellhighlight.moc"
