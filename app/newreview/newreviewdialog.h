#pragma once

#include "site/reviewrecord.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Rubric {

class Schema;
class SiteIndex;

// File > New Review: asks for the layout, language, company and name, shows the ref
// (derived from the name until the user types one), title, permalink, path and date the
// new review will have, warns about a ref the site already uses, and creates the file
// (never over another). The caller opens createdPath() afterwards.
class NewReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    // `site`: the open site (its companies complete, its refs are checked); may be null.
    explicit NewReviewDialog(const SiteIndex *site, QWidget *parent = nullptr);
    ~NewReviewDialog() override;

    void setToday(QDate today);
    // Proposes a site folder (e.g. the one of the review being edited) when none is open.
    void setSiteFolder(const QString &root);
    QString createdPath() const { return m_createdPath; }

    QLineEdit *siteEdit() const { return m_siteEdit; }
    QComboBox *layoutBox() const { return m_layout; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *companyBox() const { return m_company; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *refEdit() const { return m_ref; }
    QLabel *statusLabel() const { return m_status; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void siteChanged();
    void refresh();
    void fillChoices();
    const ReviewRecords &records() const;

    struct Private;
    std::unique_ptr<Private> d;
    QPointer<const SiteIndex> m_openSite;
    QLineEdit *m_siteEdit;
    QComboBox *m_layout;
    QComboBox *m_language;
    QComboBox *m_company;
    QLineEdit *m_name;
    QLineEdit *m_ref;
    QLabel *m_title;
    QLabel *m_permalink;
    QLabel *m_path;
    QLabel *m_date;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QDate m_today = QDate::currentDate();
    bool m_refTyped = false; // the user wrote the ref: the name no longer changes it
    QString m_createdPath;
};

} // namespace Rubric
