#include "translationcontroller.h"

#include "documentview.h"
#include "document/reviewdocument.h"
#include "editor/markdowneditor.h"
#include "documentwindow.h"
#include "workspace/workspace.h"
#include "translate/reviewtext.h"
#include "translate/translationcreator.h"
#include "translate/translationpairs.h"
#include "translationpanel.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QMainWindow>
#include <QStackedWidget>

namespace Rubric {

TranslationController::TranslationController(DocumentWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
}

TranslationPanel *TranslationController::panel() const
{
    return m_panels ? qobject_cast<TranslationPanel *>(m_panels->currentWidget()) : nullptr;
}

void TranslationController::translateCurrent()
{
    DocumentView *current = m_window->currentView();
    if (!current) {
        m_window->showMessage(tr("Open a review to translate."), 5000);
        return;
    }
    ReviewDocument *document = current->document();
    const Schema &schema = document->schema();
    const QString root = Schema::siteRootOf(document->filePath());
    if (root.isEmpty()) {
        QMessageBox::information(m_window->mainWindow(), tr("Translate"),
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
            QMessageBox::warning(m_window->mainWindow(), tr("Translate"),
                                 tr("%1 is not where the site's layouts put reviews, or has no ref.").arg(sitePath));
            return;
        }
        if (!QFileInfo::exists(site.filePath(targetPath))) {
            QString question = tr("%1 has no translation yet.\n\nCreate %2 from it? The front matter, ratings and body "
                                  "are carried over, the section headings localized; every section starts untranslated.")
                                   .arg(sitePath, targetPath);
            if (document->isModified())
                question += QLatin1String("\n\n") + tr("Your changes to %1 will be saved first.").arg(sitePath);
            const auto answer = QMessageBox::question(m_window->mainWindow(), tr("Create the Translation"), question);
            if (answer != QMessageBox::Yes)
                return;
            // The translation is made from the text on disk: not from a stale one.
            if (document->isModified() && !m_window->save(current))
                return;
            const CreateOutcome created = TranslationCreator::create(document->filePath(), lang, schema);
            if (!created.ok()) {
                QMessageBox::warning(m_window->mainWindow(), tr("Cannot Create the Translation"), created.error);
                return;
            }
            m_window->showMessage(created.notes.join(QLatin1String("; ")), 10000);
        }
    }
    m_window->openSideBySide(site.filePath(sourcePath), site.filePath(targetPath));
    Workspace *workspace = m_window->workspace();
    DocumentView *source = m_window->viewOf(workspace->document(site.filePath(sourcePath)));
    DocumentView *target = m_window->viewOf(workspace->document(site.filePath(targetPath)));
    if (source && target)
        showPanel(source, target);
}

void TranslationController::showPanel(DocumentView *source, DocumentView *target)
{
    if (!m_dock) {
        m_dock = new QDockWidget(tr("Translation"), m_window->mainWindow());
        m_dock->setObjectName(QStringLiteral("TranslationDock")); // for saveState
        m_panels = new QStackedWidget(m_dock);
        m_dock->setWidget(m_panels);
        m_window->addBottomDock(m_dock);
    }
    // The pair's panel, if it is still there: its pending "done" marks with it.
    TranslationPanel *panel = nullptr;
    for (int i = 0; i < m_panels->count() && !panel; ++i) {
        auto *each = qobject_cast<TranslationPanel *>(m_panels->widget(i));
        if (each && each->sourceView() == source && each->targetView() == target)
            panel = each;
    }
    if (TranslationPanel *shown = this->panel(); shown && shown != panel)
        shown->setSourceReadOnly(false); // the other pair's source, editable again while hidden
    if (!panel)
        panel = newPanel(source, target);
    m_panels->setCurrentWidget(panel);
    panel->setSourceReadOnly(true);
    m_dock->setWindowTitle(tr("Translation — %1 → %2").arg(source->document()->lang(), target->document()->lang()));
    m_dock->show();
    m_dock->raise();
}

TranslationPanel *TranslationController::newPanel(DocumentView *source, DocumentView *target)
{
    auto *panel = new TranslationPanel(source, target, m_panels);
    m_panels->addWidget(panel);
    connect(panel, &TranslationPanel::message, this, [this](const QString &text) { m_window->showMessage(text, 5000); });
    // Either review closing ends its panel. The panel is the context: a later panel
    // (perhaps at the same address) is never ended by this one's reviews.
    // QWidget announces its destruction while QPointers to it still read as set: the
    // panel stops hearing the dock before hiding it, so it never touches the dying view.
    for (DocumentView *view : {source, target}) {
        const bool isSource = view == source;
        connect(view, &QObject::destroyed, panel,
                [dock = QPointer<QDockWidget>(m_dock), panels = QPointer<QStackedWidget>(m_panels), panel, isSource,
                 other = QPointer<DocumentView>(isSource ? target : source)] {
                    if (dock)
                        QObject::disconnect(dock, &QDockWidget::visibilityChanged, panel, nullptr);
                    if (!isSource && other)
                        other->editor()->setReadOnly(false); // the source stays open, editable again
                    if (dock && panels && panels->currentWidget() == panel)
                        dock->hide();
                    if (panels)
                        panels->removeWidget(panel);
                    panel->deleteLater();
                });
    }
    // The dock closed with its × (or hidden behind another tab): the source is editable
    // again until the panel shows again; only the panel shown follows the dock.
    connect(m_dock, &QDockWidget::visibilityChanged, panel, [this, panel](bool visible) {
        if (m_panels && m_panels->currentWidget() == panel)
            panel->setSourceReadOnly(visible);
    });
    return panel;
}

} // namespace Rubric
