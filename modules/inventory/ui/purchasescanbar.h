#pragma once

#include "inventory/product.h"

#include "core/money.h"
#include "core/quantity.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class Catalog;

/// The scan line of the purchasing tabs: a big box for a barcode, item code or name (Enter adds),
/// a quantity (default 1; a case barcode counts its pack) and optionally a cost per unit in yuan
/// (empty: the order's or supplier's cost). Bad input (unknown code, zero quantity, a negative or
/// unreadable cost) is said in the message bar and in the hint line, and nothing is added.
///
/// Serial mode: askSerial() turns the next entries into serial numbers (for serial-tracked goods,
/// one per unit) until askSerial({}) ends it.
class PurchaseScanBar : public QWidget
{
    Q_OBJECT
public:
    using ProductHandler = std::function<bool(const ScanMatch &match, Quantity quantity, std::optional<Money> cost)>;
    using SerialHandler = std::function<void(const QString &serial)>;

    PurchaseScanBar(shell::ShellContext &context, const Catalog &catalog, bool withCost, QWidget *parent = nullptr);

    /// Called for each product added; return false when the caller refused it (it said why).
    void setProductHandler(ProductHandler handler) { m_onProduct = std::move(handler); }
    void setSerialHandler(SerialHandler handler) { m_onSerial = std::move(handler); }

    /// As if `text` was typed (or scanned) and Enter pressed.
    void enter(const QString &text);
    /// Asks for a serial number with `prompt` ("Scan the serial number of … (1 of 2)"); empty ends it.
    void askSerial(const QString &prompt);
    bool isAskingSerial() const { return !m_serialPrompt.isEmpty(); }

    /// The line under the box: the last error or prompt.
    QString hintText() const;
    void setHint(const QString &text, bool error = false);

    QLineEdit *scanBox() const { return m_scan; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QLineEdit *costEdit() const { return m_cost; }
    QListWidget *matchList() const { return m_matches; }

private:
    void submit();
    void add(const ScanMatch &match);
    void fail(const QString &message);

    shell::ShellContext &m_context;
    const Catalog &m_catalog;
    QLineEdit *m_scan;
    QLineEdit *m_quantity;
    QLineEdit *m_cost = nullptr;
    QPushButton *m_add;
    QLabel *m_hint;
    QListWidget *m_matches;
    QString m_serialPrompt;
    ProductHandler m_onProduct;
    SerialHandler m_onSerial;
};

} // namespace qtill::inventory
