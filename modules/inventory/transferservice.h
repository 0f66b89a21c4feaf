#pragma once

#include "inventoryids.h"

#include "core/ids.h"
#include "core/quantity.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qtill {
class Services;
class Store;
struct Session;
} // namespace qtill

namespace qtill::inventory {

class StockLedger;

struct TransferTag;
using TransferId = Id<TransferTag>;

/// The permission transfers need: moving stock between locations and departments. Supervisor, manager.
namespace TransferPermissions {
inline const QString kTransfer = QStringLiteral("inventory.transfer");
} // namespace TransferPermissions

/// One product moved by a transfer.
struct TransferLine
{
    ProductId product;
    Quantity quantity;          ///< > 0
    QString sku;                ///< filled in when read back
    QString name;
};

/// A transfer document ("调拨单"): goods leave one location and arrive at another.
struct Transfer
{
    TransferId id;
    QString number;             ///< "TR-R01-00000005": register + per-register sequence; both movements' document
    LocationId from;
    LocationId to;
    QString fromName;
    QString toName;
    OperatorId operatorId;
    QDateTime at;
    QString note;
    QList<TransferLine> lines;
};

/// Transfers between locations and departments ("各部门间货物的调拨"). One document, numbered per register
/// ("TR-R01-00000005", DocumentKinds::kTransfer); for each line a
/// "transfer_out" movement at the source and a "transfer_in" movement at the destination, all in one
/// transaction with the audit row, so both sides are always recorded together. The source location's
/// negative-stock rule applies (StockLedger::kAllowNegativeStock).
/// Built only by InventoryServices. Threading: same as the Services it uses, which must outlive it.
class TransferService
{
public:
    /// Moves the lines from `from` to `to`. Needs TransferPermissions::kTransfer. InvalidInput for the
    /// same location twice, no lines or a quantity ≤ 0; Conflict when stock may not go negative and
    /// there is not enough.
    Result<Transfer> transfer(const Session &session, LocationId from, LocationId to, const QList<TransferLine> &lines,
                              const QString &note = {});

    /// NotFound for an unknown id / number.
    Result<Transfer> get(TransferId id) const;
    Result<Transfer> byNumber(const QString &number) const;
    /// Transfers touching `location` (either side; invalid: all), newest first.
    Result<QList<Transfer>> list(LocationId location = {}, int limit = 100, int offset = 0) const;

private:
    friend class InventoryServices;
    TransferService(Services &core, StockLedger &ledger);

    Services &m_services;
    StockLedger &m_ledger;
};

} // namespace qtill::inventory
