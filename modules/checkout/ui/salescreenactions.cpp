// SaleScreen's actions on the ticket: quantity, line and order discounts, price override, remove,
// hold, recall, void, pay, the sale booked — and prepareScreenshot().
#include "salescreen.h"

#include "cashdialog.h"
#include "heldticketsdialog.h"
#include "reasondialog.h"
#include "ticketmodel.h"

#include "checkout/cartstore.h"
#include "checkout/paymentservice.h"
#include "checkout/saleservice.h"
#include "checkout/checkoutmodule.h"
#include "checkout/checkoutservices.h"

#include "inventory/catalog.h"
#include "inventory/inventoryservices.h"
#include "inventory/serialnumberservice.h"

#include "shell/shellcontext.h"

#include "core/auditlog.h"
#include "core/authorizer.h"
#include "core/clock.h"
#include "core/operator.h"
#include "core/services.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>

namespace qtill::checkout {

QStringList SaleScreen::discountReasons()
{
    return {tr("Damaged packaging"), tr("Near expiry"), tr("Customer complaint"), tr("Regular customer"),
            tr("Price match")};
}

QStringList SaleScreen::priceReasons()
{
    return {tr("Shelf price differs"), tr("Price match"), tr("Wrong price in the system"), tr("Damaged item")};
}

bool SaleScreen::hasLine()
{
    if (m_selected >= 0 && m_selected < m_cart.lines().size())
        return true;
    refuse(m_cart.isEmpty() ? tr("The ticket is empty: scan an item first.") : tr("Select a line first (↑ ↓)."));
    return false;
}

std::optional<Money> SaleScreen::entryAmount(const QString &what)
{
    if (entryIsPercent()) {
        refuse(tr("%1 takes an amount, not a percentage.").arg(what));
        return std::nullopt;
    }
    const QString digits = m_entry->text().trimmed();
    if (digits.isEmpty() || digits.contains(QLatin1Char('.'))) {
        refuse(tr("Type the amount on the keypad first, then %1 (1000 is 10.00).").arg(what));
        return std::nullopt;
    }
    auto amount = Money::fromKeypadDigits(digits, m_cart.currency());
    if (!amount) {
        refuse(amount.error().message);
        return std::nullopt;
    }
    return *amount;
}

bool SaleScreen::entryIsPercent() const
{
    return m_entry->text().trimmed().endsWith(QLatin1Char('%'));
}

void SaleScreen::typePercent()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty() || text == QLatin1String("%")) {
        refuse(tr("Type the percentage first, then %: 10% = 10 %."));
        m_entry->clear();
        return;
    }
    if (!entryIsPercent())
        m_entry->setText(text + QLatin1Char('%'));
    m_entry->setFocus();
}

QString SaleScreen::EntryDiscount::text() const
{
    return basisPoints > 0 ? QLocale().toString(basisPoints / 100.0, 'g', 5) + QLatin1Char('%')
                           : amount.format(QLocale());
}

std::optional<SaleScreen::EntryDiscount> SaleScreen::entryDiscount(const QString &what)
{
    if (!entryIsPercent()) {
        const auto amount = entryAmount(what);
        if (!amount)
            return std::nullopt;
        return EntryDiscount{*amount, 0};
    }
    static const QRegularExpression percent(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?%$"));
    const QRegularExpressionMatch m = percent.match(m_entry->text().trimmed());
    const int basisPoints = m.hasMatch() ? m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toInt() : -1;
    if (basisPoints <= 0 || basisPoints > 10000) {
        refuse(tr("A discount is between 0% and 100%: type 10 % for 10% off."));
        return std::nullopt;
    }
    return EntryDiscount{Money::zero(m_cart.currency()), basisPoints};
}

bool SaleScreen::keepsStock(int row)
{
    Status inStock = m_checkout.sales().checkStock(m_cart, row);
    if (!inStock)
        refuse(inStock.error().message);
    return inStock.ok();
}

void SaleScreen::askSerial(int row)
{
    m_serialFor = m_cart.lines().at(row).lineId;
    selectLine(row);
    inform(tr("Now scan the serial number (IMEI) of %1.").arg(m_cart.lines().at(row).name));
}

bool SaleScreen::takeSerial(const QString &code)
{
    // While a serial-tracked line waits for its serial, the next scan or typed code is that serial.
    const auto waiting = std::find_if(m_cart.lines().cbegin(), m_cart.lines().cend(),
                                      [this](const CartLine &l) { return !m_serialFor.isEmpty() && l.lineId == m_serialFor; });
    if (waiting == m_cart.lines().cend()) {
        m_serialFor.clear();
        return false;
    }
    const int row = int(waiting - m_cart.lines().cbegin());
    const CartLine line = *waiting;
    auto units = inventory::InventoryServices::of(m_context.services()).serials().lookup(code);
    if (!units && units.error().code != Error::Code::NotFound) {
        refuse(units.error().message);
        return true;
    }
    const QList<inventory::SerialRecord> found = units.valueOr({});
    const auto unit = std::find_if(found.cbegin(), found.cend(), [&](const inventory::SerialRecord &r) { return r.product == line.product; });
    if (unit == found.cend()) {
        refuse(tr("%1 is not a serial number of %2: scan the serial number on the box.").arg(code, line.name));
        return true;
    }
    if (unit->status != inventory::SerialStatus::InStock) {
        refuse(tr("Serial %1 cannot be sold: it is %2.").arg(unit->serial, inventory::serialStatusName(unit->status)));
        return true;
    }
    if (Status set = m_cart.setSerialNumber(row, unit->serial); !set) {
        refuse(set.error().message);
        return true;
    }
    m_serialFor.clear();
    changed(row);
    inform(tr("%1, serial number %2").arg(line.name, unit->serial));
    return true;
}

bool SaleScreen::serialsComplete()
{
    for (int row = 0; row < m_cart.lines().size(); ++row) {
        const CartLine &line = m_cart.lines().at(row);
        if (line.serialTracked && line.serialNumber.isEmpty()) {
            askSerial(row);
            refuse(tr("Scan the serial number (IMEI) of %1 first.").arg(line.name));
            return false;
        }
    }
    return true;
}

std::optional<OperatorId> SaleScreen::approve(const QString &permission, const QString &why)
{
    std::optional<Authorization> granted = m_context.authorize(permission, why, this);
    if (!granted) {
        refuse(tr("Not allowed without a supervisor: %1").arg(why));
        return std::nullopt;
    }
    return granted->isOverride() ? granted->approverId : granted->actorId;
}

void SaleScreen::changeQuantity()
{
    m_voidArmed = false;
    if (!hasLine())
        return;
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        refuse(tr("Type the quantity first, then × (F2 or *)."));
        return;
    }
    auto quantity = Quantity::parse(text, QLocale::c());
    if (!quantity) {
        refuse(quantity.error().message);
        return;
    }
    const Cart before = m_cart;
    if (Status set = m_cart.setQuantity(m_selected, *quantity); !set) {
        refuse(set.error().message);
        return;
    }
    if (!keepsStock(m_selected)) {
        m_cart = before;
        return;
    }
    m_entry->clear();
    changed(m_selected);
    inform(tr("Quantity of %1: %2").arg(m_cart.lines().at(m_selected).name, quantity->toString(QLocale())));
}

void SaleScreen::discountLine()
{
    m_voidArmed = false;
    if (!hasLine())
        return;
    const auto off = entryDiscount(QStringLiteral("F3"));
    if (!off)
        return;
    const int row = m_selected;
    const CartLine line = m_cart.lines().at(row);
    const auto apply = [&](Cart &cart, const QString &reason, OperatorId approver) {
        return off->basisPoints > 0 ? cart.setLinePercentDiscount(row, off->basisPoints, reason, approver)
                                    : cart.setLineDiscount(row, off->amount, reason, approver);
    };
    Cart trial = m_cart;   // refuse a wrong amount before anyone is asked for a reason or a PIN
    if (Status ok = apply(trial, QStringLiteral("-"), m_context.session().operatorId); !ok) {
        refuse(ok.error().message);
        return;
    }
    const bool removing = trial.lines().at(row).discount.isZero();
    QString reason;
    if (!removing) {
        const auto asked = ReasonDialog::ask(this, tr("Why %1 off %2?").arg(off->text(), line.name), discountReasons());
        if (!asked)
            return;
        reason = *asked;
    }
    const auto approver = approve(CheckoutPermissions::kDiscount, tr("%1 off %2: %3").arg(off->text(), line.name, reason));
    if (!approver)
        return;
    if (Status set = apply(m_cart, reason, *approver); !set) {
        refuse(set.error().message);
        return;
    }
    m_entry->clear();
    changed(row);
    inform(removing ? tr("Discount removed from %1.").arg(line.name)
                    : tr("%1 off %2 (%3).").arg(off->text(), line.name, reason));
}

void SaleScreen::overridePrice()
{
    m_voidArmed = false;
    if (!hasLine())
        return;
    const auto price = entryAmount(QStringLiteral("F4"));
    if (!price)
        return;
    const int row = m_selected;
    const CartLine line = m_cart.lines().at(row);
    Cart trial = m_cart;
    if (Status ok = trial.overridePrice(row, *price, QStringLiteral("-"), m_context.session().operatorId); !ok) {
        refuse(ok.error().message);
        return;
    }
    const auto reason = ReasonDialog::ask(this, tr("Why sell %1 at %2?").arg(line.name, price->format(QLocale())), priceReasons());
    if (!reason)
        return;
    const auto approver = approve(CheckoutPermissions::kPriceOverride,
                                  tr("%1 at %2 instead of %3: %4")
                                      .arg(line.name, price->format(QLocale()), line.listPrice.format(QLocale()), *reason));
    if (!approver)
        return;
    if (Status set = m_cart.overridePrice(row, *price, *reason, *approver); !set) {
        refuse(set.error().message);
        return;
    }
    m_entry->clear();
    changed(row);
    inform(tr("%1 now sells at %2 (%3).").arg(line.name, price->format(QLocale()), *reason));
}

void SaleScreen::removeLine()
{
    m_voidArmed = false;
    if (!hasLine())
        return;
    const int row = m_selected;
    const CartLine line = m_cart.lines().at(row);
    if (Status removed = m_cart.remove(row); !removed) {
        refuse(removed.error().message);
        return;
    }
    changed(row);
    selectLine(std::min(row, int(m_cart.lines().size()) - 1));
    auditRemoval(line);
    inform(tr("Removed: %1 × %2").arg(line.name, line.quantity.toString(QLocale())));
}

void SaleScreen::auditRemoval(const CartLine &line)
{
    // Lines taken off a ticket are what a manager checks for sweethearting: each one is logged.
    const Session &session = m_context.session();
    auto logged = m_context.services().auditLog().append(
        AuditRecord{session.auditActor(), {}, QStringLiteral("sale.removeLine"), QStringLiteral("cart:") + m_uuid,
                    AuditOutcome::kOk,
                    QStringLiteral("%1 %2 × %3 @ %4").arg(line.sku, line.name, line.quantity.toString(QLocale::c()),
                                                          line.unitPrice.toPlainString())});
    if (!logged)
        refuse(logged.error().message);
}

void SaleScreen::discountOrder()
{
    m_voidArmed = false;
    if (m_cart.isEmpty()) {
        refuse(tr("The ticket is empty: scan an item first."));
        return;
    }
    const auto off = entryDiscount(QStringLiteral("F5"));
    if (!off)
        return;
    const auto apply = [&](Cart &cart, const QString &reason, OperatorId approver) {
        return off->basisPoints > 0 ? cart.setOrderPercentDiscount(off->basisPoints, reason, approver)
                                    : cart.setOrderDiscount(off->amount, reason, approver);
    };
    Cart trial = m_cart;
    if (Status ok = apply(trial, QStringLiteral("-"), m_context.session().operatorId); !ok) {
        refuse(ok.error().message);
        return;
    }
    const bool removing = !trial.hasOrderDiscount();
    QString reason;
    if (!removing) {
        const auto asked = ReasonDialog::ask(this, tr("Why %1 off the whole ticket?").arg(off->text()), discountReasons());
        if (!asked)
            return;
        reason = *asked;
    }
    const auto approver = approve(CheckoutPermissions::kDiscount, tr("%1 off the ticket: %2").arg(off->text(), reason));
    if (!approver)
        return;
    if (Status set = apply(m_cart, reason, *approver); !set) {
        refuse(set.error().message);
        return;
    }
    m_entry->clear();
    m_model->resetLines();
    m_dirty = true;
    saveNow();
    selectLine(int(m_cart.lines().size()) - 1);
    inform(removing ? tr("Order discount removed.") : tr("%1 off the ticket (%2).").arg(off->text(), reason));
}

QString SaleScreen::holdLabel(const QString &number) const
{
    const QString first = m_cart.lines().constFirst().name;
    const int more = int(m_cart.lines().size()) - 1;
    const QString goods = more > 0 ? tr("%1 +%2").arg(first).arg(more) : first;
    return number.isEmpty() ? goods : tr("No. %1: %2").arg(number, goods);
}

void SaleScreen::holdTicket()
{
    m_voidArmed = false;
    if (m_cart.isEmpty()) {
        refuse(tr("Nothing to hold: the ticket is empty."));
        return;
    }
    // A number typed first ("12 F6": a basket or locker number) names the held ticket.
    const QString typed = m_entry->text().trimmed();
    if (!typed.isEmpty() && !typed.contains(QRegularExpression(QStringLiteral("^[0-9]{1,6}$")))) {
        refuse(tr("A held ticket is named by a number of up to 6 digits (12 F6), or by nothing."));
        return;
    }
    m_dirty = true;   // the held ticket is exactly what is on the screen
    if (!saveNow())
        return;
    const QString label = holdLabel(typed);
    if (Status held = m_checkout.carts().hold(m_uuid, label); !held) {
        refuse(held.error().message);
        return;
    }
    m_entry->clear();
    startNewTicket();
    inform(tr("Ticket held: %1. Recall it with F7.").arg(label));
}

void SaleScreen::recallTicket()
{
    m_voidArmed = false;
    if (!m_cart.isEmpty()) {
        refuse(tr("Hold (F6) or finish this ticket before recalling another."));
        return;
    }
    auto held = m_checkout.carts().held();
    if (!held) {
        refuse(held.error().message);
        return;
    }
    if (held->isEmpty()) {
        refuse(tr("No ticket is on hold."));
        return;
    }
    const auto uuid = HeldTicketsDialog::pick(this, *held, m_context.clock().now());
    if (!uuid)
        return;
    saveNow();
    auto recalled = m_checkout.carts().recall(*uuid);
    if (!recalled) {
        refuse(recalled.error().message);
        return;
    }
    m_uuid = recalled->uuid;
    m_cart = recalled->cart;
    m_dirty = false;
    m_model->resetLines();
    selectLine(int(m_cart.lines().size()) - 1);
    inform(tr("Recalled: %1.").arg(recalled->label.isEmpty() ? tr("ticket") : recalled->label));
}

void SaleScreen::voidTicket()
{
    if (m_cart.isEmpty()) {
        m_voidArmed = false;
        refuse(tr("The ticket is already empty."));
        return;
    }
    if (!m_voidArmed) {   // a void is never one slip of the finger
        m_voidArmed = true;
        refuse(tr("Press F8 again to void this ticket: %n line(s), %1.", nullptr, int(m_cart.lines().size()))
                   .arg(m_model->totals().total.format(QLocale())));
        return;
    }
    m_voidArmed = false;
    saveNow();
    // Card, QR or face payments already approved for this ticket go back to the customer.
    if (Status returned = m_checkout.payments().abandon(m_uuid); !returned) {
        refuse(returned.error().message);
        return;
    }
    if (Status dropped = m_checkout.carts().discard(m_context.session(), m_uuid); !dropped
        && dropped.error().code != Error::Code::NotFound) {
        refuse(dropped.error().message);
        return;
    }
    startNewTicket();
    inform(tr("Ticket voided."));
}

void SaleScreen::openCash()
{
    m_voidArmed = false;
    saveNow();
    CashDialog dialog(m_context, this);
    dialog.exec();
    if (dialog.booked())
        inform(dialog.statusText());
    m_entry->setFocus();
}

QWidget *SaleScreen::showCashForScreenshot()
{
    auto *dialog = new CashDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->fillForScreenshot();
    dialog->show();
    return dialog;
}

void SaleScreen::pay()
{
    m_voidArmed = false;
    if (m_cart.isEmpty()) {
        refuse(tr("Nothing to pay: scan an item first."));
        return;
    }
    if (!serialsComplete() || !saveNow())
        return;
    inform(tr("To pay: %1").arg(m_model->totals().total.format(QLocale())));
    Q_EMIT payRequested();
}

void SaleScreen::saleCompleted(const CommittedSale &sale)
{
    // SaleService::commit removed the open ticket in the sale's transaction: nothing to save.
    m_saveTimer->stop();
    startNewTicket();
    inform(tr("Change %1 · Receipt %2").arg(sale.change.format(QLocale()), sale.receiptNumber));
    m_entry->setFocus();
}

void SaleScreen::prepareScreenshot()
{
    // A busy Saturday ticket: drinks, a weighed item from the scale, a discounted one with its reason.
    const QStringList codes{QStringLiteral("6924808758854"), QStringLiteral("6905234787793"),
                            QStringLiteral("6925582682175"), QStringLiteral("6925959199220"),
                            QStringLiteral("6948385936542")};
    for (const QString &code : codes)
        addCode(code);
    if (!m_cart.isEmpty()) {
        selectLine(0);
        m_entry->setText(QStringLiteral("3"));
        changeQuantity();
    }
    auto apples = m_catalog.lookupForSale(QStringLiteral("1001"));   // 红富士苹果, by weight
    if (apples && apples->product.soldByWeight) {
        m_stableWeight = Quantity::fromMilli(1236);
        ring(*apples);
        m_stableWeight.reset();
    }
    if (m_cart.lines().size() > 1) {
        const Money off = Money::fromMinor(300, m_cart.currency());
        if (m_cart.setLineDiscount(1, off, discountReasons().at(1), m_context.session().operatorId))
            changed(1);
    }
    m_entry->clear();
    selectLine(int(m_cart.lines().size()) - 1);
    saveNow();
}

} // namespace qtill::checkout
