#pragma once

#include "checkout/cartstore.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QListWidget;

namespace qtill::checkout {

/// The held tickets (挂单) to recall one: label, lines, total and how long it has waited, oldest first.
/// Arrow keys and Enter (or a tap) recall; Escape cancels.
class HeldTicketsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `now` from the injected clock, for the ages.
    HeldTicketsDialog(const QList<SavedCart> &held, const QDateTime &now, QWidget *parent = nullptr);

    /// The uuid of the ticket picked, nullopt when cancelled.
    static std::optional<QString> pick(QWidget *parent, const QList<SavedCart> &held, const QDateTime &now);

    QListWidget *list() const { return m_list; }
    QString chosenUuid() const { return m_chosen; }
    /// Recalls row `row` as Enter on it does.
    void choose(int row);

private:
    static QString rowText(const SavedCart &ticket, const QDateTime &now);

    QList<SavedCart> m_held;
    QListWidget *m_list;
    QString m_chosen;
};

} // namespace qtill::checkout
