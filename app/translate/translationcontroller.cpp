#include "translationcontroller.h"

#include "documentview.h"
#include "document/reviewdocument.h"
#include "editor/markdowneditor.h"
#include "mainwindow.h"
#include "translate/reviewtext.h"
#include "translate/translationcreator.h"
#include "translate/translationpairs.h"
#include "translationpanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace Rubric {

namespace {

DocumentView *viewOf(MainWindow *window, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentView *view : window->views()) {
        if (view->document()->filePath() == absolute)
            return view;
    }
    return nullptr;
}

} // namespace

TranslationController::TranslationController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

TranslationPanel *TranslationController::panel() const
{
    return m_dock ? qobject_cast<TranslationPanel *>(m_dock->widget()) : nullptr;
}

void TranslationController::translateCurrent()
{
    DocumentView *current = m_window->currentView();
    if (!current) {
        m_window->statusBar()->showMessage(tr("Open a review to translate."), 5000);
        return;
    }
    ReviewDocument *document = current->document();
    const Schema &schema = document->schema();
    const QString root = Schema::siteRootOf(document->filePath());
    if (root.isEmpty()) {
        QMessageBox::information(m_window, tr("Translate"),
                                 tr("%1 is not inside a site, so it has no translation to pair with.")
                                     .arg(QDir::toNativeSeparators(document->filePath())));
        return;
    }
    const QDir site(root);
    const ReviewText review = ReviewText::fromDocument(*document);
    const QString sitePath = site.relativeFilePath(document->filePath());
    // The review in the site's first language is the source; from a translation, go to it.
    const QString first = schema.languageCodes().value(0);
    QString sourcePath = sitePath;
    QString targetPath;
    if (review.lang() != first && !first.isEmpty()) {
        const QString counterpart = TranslationPairs::findCounterpart(root, sitePath, review, first, schema);
        if (!counterpart.isEmpty() && QFileInfo::exists(site.filePath(counterpart))) {
            sourcePath = counterpart;
            targetPath = sitePath;
        }
    }
    if (targetPath.isEmpty()) {
        const QString lang = TranslationPairs::defaultTargetLang(review.lang(), schema);
        targetPath = TranslationPairs::findCounterpart(root, sitePath, review, lang, schema);
        if (targetPath.isEmpty()) {
            QMessageBox::warning(m_window, tr("Translate"),
                                 tr("%1 is not where the site's layouts put reviews, or has no ref.").arg(sitePath));
            return;
        }
        if (!QFileInfo::exists(site.filePath(targetPath))) {
            QString question = tr("%1 has no translation yet.\n\nCreate %2 from it? The front matter, ratings and body "
                                  "are carried over, the section headings localized; every section starts untranslated.")
                                   .arg(sitePath, targetPath);
            if (document->isModified())
                question += QLatin1String("\n\n") + tr("Your changes to %1 will be saved first.").arg(sitePath);
            const auto answer = QMessageBox::question(m_window, tr("Create the Translation"), question);
            if (answer != QMessageBox::Yes)
                return;
            // The translation is made from the text on disk: not from a stale one.
            if (document->isModified() && !m_window->save(current))
                return;
            const CreateOutcome created = TranslationCreator::create(document->filePath(), lang, schema);
            if (!created.ok()) {
                QMessageBox::warning(m_window, tr("Cannot Create the Translation"), created.error);
                return;
            }
            m_window->statusBar()->showMessage(created.notes.join(QLatin1String("; ")), 10000);
        }
    }
    m_window->openSideBySide(site.filePath(sourcePath), site.filePath(targetPath));
    DocumentView *source = viewOf(m_window, site.filePath(sourcePath));
    DocumentView *target = viewOf(m_window, site.filePath(targetPath));
    if (!source || !target)
        return;
    if (!m_dock) {
        m_dock = new QDockWidget(tr("Translation"), m_window);
        m_dock->setObjectName(QStringLiteral("TranslationDock"));
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        // Beside the Problems and the Library, the full width of the window.
        if (auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("ProblemsDock")))
            m_window->tabifyDockWidget(problems, m_dock);
    }
    delete m_dock->widget();
    auto *panel = new TranslationPanel(source, target, m_dock);
    m_dock->setWidget(panel);
    m_dock->setWindowTitle(tr("Translation — %1 → %2").arg(source->document()->lang(), target->document()->lang()));
    connect(panel, &TranslationPanel::message, m_window, [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 5000);
    });
    // Either review closing ends the translation view. The panel is the context: a later
    // panel (perhaps at the same address) is never ended by this one's reviews.
    // QWidget announces its destruction while QPointers to it still read as set: the
    // panel stops hearing the dock before hiding it, so it never touches the dying view.
    for (DocumentView *view : {source, target}) {
        const bool isSource = view == source;
        connect(view, &QObject::destroyed, panel,
                [dock = QPointer<QDockWidget>(m_dock), panel, isSource, other = QPointer<DocumentView>(isSource ? target : source)] {
                    if (dock)
                        QObject::disconnect(dock, &QDockWidget::visibilityChanged, panel, nullptr);
                    if (!isSource && other)
                        other->editor()->setReadOnly(false); // the source stays open, editable again
                    if (dock && dock->widget() == panel)
                        dock->hide();
                    panel->deleteLater();
                });
    }
    // The dock closed with its × (or hidden behind another tab): the source is editable
    // again until the panel shows again.
    connect(m_dock, &QDockWidget::visibilityChanged, panel, &TranslationPanel::setSourceReadOnly);
    m_dock->show();
    m_dock->raise();
}

} // namespace Rubric
