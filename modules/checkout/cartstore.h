#pragma once

#include "cart.h"

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::checkout {

/// A ticket in progress as it was saved.
struct SavedCart
{
    QString uuid;               ///< the sale's uuid: the sale it becomes keeps it
    Cart cart{Currency::fromCode(QString())};
    QString label;              ///< what the cashier called a held ticket ("张女士", "table 3"); may be empty
    OperatorId operatorId;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool held = false;
};

/// The tickets in progress at this register: the open one (on the screen) and the held ones (挂单/取单).
/// The sale screen saves the open ticket after every change, so a crash, a power cut or a restart
/// brings it back exactly; SaleService::commit removes it in the sale's own transaction, so a paid
/// ticket never comes back and an unpaid one is never lost.
///
/// At most one open ticket per register (a unique index says so). Held tickets wait until recalled or
/// discarded; discarding one with lines is audited ("sale.discard"). The register is the store
/// profile's. Built only by CheckoutServices. Threading: that of the Services.
class CartStore
{
public:
    ~CartStore();
    CartStore(const CartStore &) = delete;
    CartStore &operator=(const CartStore &) = delete;

    /// Saves `cart` as this register's open ticket `uuid` (made when the ticket started). Conflict when
    /// another ticket is open (hold or finish it first) or `uuid` is held.
    Status save(const QString &uuid, const Cart &cart, OperatorId operatorId);
    /// This register's open ticket, if any (at start-up: the one to bring back).
    Result<std::optional<SavedCart>> open() const;
    /// Parks the open ticket `uuid` under `label`. NotFound when it is not this register's open ticket;
    /// InvalidInput for an empty ticket (nothing to hold).
    Status hold(const QString &uuid, const QString &label);
    /// This register's held tickets, oldest first.
    Result<QList<SavedCart>> held() const;
    /// Makes held ticket `uuid` the open one. Conflict while another ticket is open with lines on it;
    /// an empty open ticket is dropped.
    Result<SavedCart> recall(const QString &uuid);
    /// Drops a ticket (open or held) without selling it; audited with its lines and total.
    Status discard(const Session &session, const QString &uuid);

    /// Removes ticket `uuid` inside the caller's transaction (the sale that pays it).
    Status removePaid(const QString &uuid);

private:
    friend class CheckoutServices;
    explicit CartStore(Services &core);

    QString registerId() const;
    Result<std::optional<SavedCart>> find(const QString &uuid) const;

    Services &m_core;
};

} // namespace qtill::checkout
