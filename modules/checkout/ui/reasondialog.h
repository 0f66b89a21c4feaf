#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace qtill::checkout {

/// Asks why (a discount, a price override): a short list of big reason buttons, keys 1–9 pick one, or a
/// reason typed in the line below and Enter. Escape cancels. Modal, small, one question.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `question` is the heading ("Why ¥5.00 off 可乐 330ml?"); `reasons` translated, at most nine.
    ReasonDialog(const QString &question, const QStringList &reasons, QWidget *parent = nullptr);

    /// Runs the dialog; the chosen or typed reason, nullopt when cancelled.
    static std::optional<QString> ask(QWidget *parent, const QString &question, const QStringList &reasons);

    /// What was chosen (after accept()).
    QString reason() const { return m_reason; }
    /// Picks reason `index` and closes, as its button does.
    void choose(int index);
    QLineEdit *otherField() const { return m_other; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void acceptTyped();

    QStringList m_reasons;
    QList<QPushButton *> m_buttons;
    QLineEdit *m_other;
    QString m_reason;
};

} // namespace qtill::checkout
