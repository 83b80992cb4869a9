#pragma once

#include "site/reviewrecord.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Rubric {

class CostPerformance;
class ReviewDocument;

// The cost-performance calculator: the reviewer picks the cheapest product with
// equivalent or better function from the library (reviews in the same language, with
// their prices) or types a name and a price, sees CP = min(1, that ÷ this price) and the
// calculation sentence, and applies it: the axis and, if asked, the sentence in the
// Cost-Performance section change as one undo step.
class CostPerformanceDialog final : public QDialog
{
    Q_OBJECT

public:
    CostPerformanceDialog(ReviewDocument *document, const ReviewRecords &library, QWidget *parent = nullptr);
    ~CostPerformanceDialog() override;

    QComboBox *libraryBox() const { return m_library; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *priceEdit() const { return m_price; }
    QCheckBox *nothingCheaperBox() const { return m_nothingCheaper; }
    QCheckBox *insertBox() const { return m_insert; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *sentenceLabel() const { return m_sentence; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // What the inputs give now; nothing while they are incomplete.
    std::optional<CostPerformance> calculation() const;
    // Sets the axis (and inserts the sentence when asked) as one undo step; false with a
    // message when the document refused.
    bool apply();
    void accept() override;

private:
    void libraryChosen(int index);
    void recalculate();
    void showError(const QString &error);
    QString currency() const;

    ReviewDocument *m_document;
    QComboBox *m_library;
    QLineEdit *m_name;
    QLineEdit *m_price;
    QCheckBox *m_nothingCheaper;
    QLabel *m_thisProduct;
    QLabel *m_result;
    QLabel *m_sentence;
    QCheckBox *m_insert;
    QDialogButtonBox *m_buttons;
};

} // namespace Rubric
