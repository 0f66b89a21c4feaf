#include "seriallookupscreen.h"

#include "inventory/catalog.h"
#include "inventory/demoserials.h"
#include "inventory/inventoryservices.h"
#include "inventory/stockledger.h"

#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "shell/deviceaccess.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

enum UnitColumn { kSerialColumn, kProductColumn, kStatusColumn, kWarrantyColumn, kUnitColumnCount };

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// What happened to a unit, as people say it.
QString eventText(const QString &event)
{
    if (event == QLatin1String("received"))
        return SerialLookupScreen::tr("Received");
    if (event == QLatin1String("sold"))
        return SerialLookupScreen::tr("Sold");
    if (event == QLatin1String("returned"))
        return SerialLookupScreen::tr("Returned by the customer");
    if (event == QLatin1String("returned_to_supplier"))
        return SerialLookupScreen::tr("Returned to the supplier");
    return event;
}

/// A read-only cell whose tooltip holds the whole text (cells elide).
QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

void setChip(QLabel *label, const QString &text, const char *tone)
{
    label->setText(text);
    label->setProperty("chip", QLatin1String(tone));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

} // namespace

SerialLookupScreen::SerialLookupScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_inventory(InventoryServices::of(context.services())),
      m_search(new QLineEdit(this)), m_result(new QLabel(this)), m_units(new QTableWidget(this)),
      m_title(new QLabel(this)), m_serial(new QLabel(this)), m_status(new QLabel(this)), m_warranty(new QLabel(this)),
      m_sale(new QLabel(this)), m_customer(new QLabel(this)), m_received(new QLabel(this)),
      m_history(new QTableWidget(this))
{
    setObjectName(QStringLiteral("serialLookupScreen"));
    auto *header = new shell::PageHeader(tr("Serial numbers"), this);
    header->setSubtitle(tr("After-sales: scan a serial number (IMEI) to see the sale, the customer and the warranty. "
                           "Scan a product to list its units."));

    m_search->setObjectName(QStringLiteral("serialSearch"));
    m_search->setProperty("big", true);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Serial number, IMEI or product barcode"));
    auto *find = new QPushButton(tr("Look up"), this);
    find->setObjectName(QStringLiteral("lookupButton"));
    find->setProperty("kind", QStringLiteral("primary"));
    find->setMinimumWidth(140);
    find->setFixedHeight(60);
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(12);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { lookup(m_search->text()); });
    connect(find, &QPushButton::clicked, this, [this] { lookup(m_search->text()); });
    m_result->setObjectName(QStringLiteral("lookupResult"));
    m_result->setProperty("secondary", true);

    // ---- the units found -------------------------------------------------------------------------
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setColumnCount(kUnitColumnCount);
    m_units->setHorizontalHeaderLabels({tr("Serial number"), tr("Product"), tr("Status"), tr("Warranty")});
    shell::setupTable(m_units);
    m_units->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_units->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_units->horizontalHeader()->setSectionResizeMode(kProductColumn, QHeaderView::Stretch);
    connect(m_units, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const int row = m_units->currentRow(); row >= 0)
            showUnit(row);
    });

    // ---- the selected unit -----------------------------------------------------------------------
    auto *card = new shell::Card(this);
    card->setObjectName(QStringLiteral("unitCard"));
    card->setFixedWidth(500);
    m_title->setObjectName(QStringLiteral("unitProduct"));
    m_title->setProperty("heading", true);
    m_title->setWordWrap(true);
    m_serial->setObjectName(QStringLiteral("unitSerial"));
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serial->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: 600;"));
    m_status->setObjectName(QStringLiteral("unitStatus"));
    m_warranty->setObjectName(QStringLiteral("unitWarranty"));
    auto *chips = new QHBoxLayout;
    chips->setSpacing(8);
    chips->addWidget(m_status);
    chips->addWidget(m_warranty);
    chips->addStretch(1);
    for (QLabel *value : {m_sale, m_customer, m_received}) {
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sale->setObjectName(QStringLiteral("unitSale"));
    m_customer->setObjectName(QStringLiteral("unitCustomer"));
    m_received->setObjectName(QStringLiteral("unitReceived"));
    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
    facts->setHorizontalSpacing(16);
    facts->setVerticalSpacing(10);
    facts->addRow(tr("Sale"), m_sale);
    facts->addRow(tr("Customer"), m_customer);
    facts->addRow(tr("Received"), m_received);

    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setColumnCount(4);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Document"), tr("By")});
    shell::setupTable(m_history, 44);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *historyTitle = new QLabel(tr("History"), card);
    historyTitle->setProperty("heading", true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_serial);
    cardLayout->addLayout(chips);
    cardLayout->addLayout(facts);
    cardLayout->addWidget(historyTitle);
    cardLayout->addWidget(m_history, 1);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addLayout(searchRow);
    left->addWidget(m_result);
    left->addWidget(m_units, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(left, 1);
    body->addWidget(card);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    // A serial scanned while this screen is shown is looked up, wherever the focus is.
    if (shell::DeviceAccess *devices = m_context.devices()) {
        connect(devices, &shell::DeviceAccess::scanned, this, [this](const QString &code) {
            if (isVisible() && !m_search->hasFocus()) {
                m_search->setText(code);
                lookup(code);
            }
        });
    }
    clearDetail();
    m_result->setText(tr("Scan the serial number on the box or the device."));
}

SerialLookupScreen::~SerialLookupScreen() = default;

void SerialLookupScreen::activated()
{
    m_search->setFocus();
    m_search->selectAll();
}

void SerialLookupScreen::prepareScreenshot()
{
    m_search->setText(QLatin1String(DemoSerials::kSoldSerial));
    lookup(m_search->text());
}

bool SerialLookupScreen::lookup(const QString &code)
{
    const QString text = code.trimmed();
    if (text.isEmpty()) {
        m_result->setText(tr("Scan the serial number on the box or the device."));
        return false;
    }
    auto units = m_inventory.serials().lookup(text);
    if (units) {
        showUnits(*units, tr("%n unit(s) with serial number %1", nullptr, int(units->size())).arg(text));
        return true;
    }
    if (units.error().code != Error::Code::NotFound) {
        m_context.showMessage(units.error().message, shell::ShellContext::Severity::Error);
        return false;
    }

    // Not a serial: perhaps the product's own barcode or item code.
    std::optional<Product> product;
    if (auto match = m_inventory.catalog().lookup(text))
        product = match->product;
    else if (auto bySku = m_inventory.catalog().productBySku(text))
        product = *bySku;
    if (product) {
        if (!product->serialTracked) {
            showUnits({}, tr("%1 is not a serial-numbered product.").arg(product->name));
            return false;
        }
        auto ofProduct = m_inventory.serials().serialsOf(product->id);
        if (!ofProduct) {
            m_context.showMessage(ofProduct.error().message, shell::ShellContext::Severity::Error);
            return false;
        }
        int inStock = 0;
        for (const SerialRecord &unit : *ofProduct)
            inStock += unit.status == SerialStatus::InStock ? 1 : 0;
        const int total = int(ofProduct->size());
        showUnits(*ofProduct, tr("%1: %n unit(s) known, %2 in stock", nullptr, total).arg(product->name).arg(inStock));
        return true;
    }
    showUnits({}, tr("Nothing has the serial number %1. Check the number on the device (for a phone: *#06#).").arg(text));
    return false;
}

void SerialLookupScreen::showUnits(const QList<SerialRecord> &units, const QString &summary)
{
    m_rows = units;
    m_result->setText(summary);
    const QSignalBlocker block(m_units);
    m_units->setRowCount(int(units.size()));
    const QDate today = m_context.clock().now().date();
    for (int r = 0; r < units.size(); ++r) {
        const SerialRecord &u = units.at(r);
        QString warranty = dateText(u.warrantyEnd);
        if (u.warrantyEnd.isValid() && !u.underWarranty(today))
            warranty = tr("%1 (ended)").arg(warranty);
        const QStringList cells{u.serial, u.productName, serialStatusName(u.status), warranty};
        for (int c = 0; c < cells.size(); ++c)
            m_units->setItem(r, c, textItem(cells.at(c)));
    }
    if (units.isEmpty()) {
        clearDetail();
        return;
    }
    m_units->selectRow(0);
    showUnit(0);
}

void SerialLookupScreen::showUnit(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const SerialRecord &u = m_rows.at(row);
    m_title->setText(tr("%1 · %2").arg(u.productName, u.sku));
    m_serial->setText(u.serial);
    // Blue: on the shelf (also back from a customer); grey: with a customer; faint: gone back to the supplier.
    const char *tone = u.status == SerialStatus::Sold                 ? "true"
                       : u.status == SerialStatus::ReturnedToSupplier ? "muted"
                                                                      : "role";
    setChip(m_status, serialStatusName(u.status), tone);

    const QDate today = m_context.clock().now().date();
    if (u.warrantyEnd.isValid() && u.underWarranty(today)) {
        const qint64 left = today.daysTo(u.warrantyEnd);
        setChip(m_warranty, tr("Under warranty until %1 (%n day(s) left)", nullptr, int(left)).arg(dateText(u.warrantyEnd)),
                "ok");
    } else if (u.warrantyEnd.isValid()) {
        setChip(m_warranty, tr("Warranty ended on %1").arg(dateText(u.warrantyEnd)), "warning");
    } else if (u.soldAt.isValid()) {
        setChip(m_warranty, tr("Sold without warranty"), "muted");
    } else {
        setChip(m_warranty, tr("Warranty starts when sold"), "muted");
    }

    m_sale->setText(u.soldAt.isValid() ? tr("%1 on receipt %2").arg(dateTimeText(u.soldAt), u.saleDocument)
                                       : tr("Not sold"));
    m_customer->setText(!u.customerRef.isEmpty() ? u.customerRef
                        : u.soldAt.isValid()     ? tr("Not recorded at the sale")
                                                 : QStringLiteral("—"));
    QString received = tr("%1 with %2").arg(dateTimeText(u.receivedAt), u.receiptDocument);
    if (const QString where = locationText(u.location); !where.isEmpty())
        received += tr(", at %1").arg(where);
    m_received->setText(received);

    m_history->setRowCount(int(u.history.size()));
    for (int r = 0; r < u.history.size(); ++r) {
        const SerialEvent &e = u.history.at(r);
        QString document = e.document;
        if (!e.detail.isEmpty())
            document += document.isEmpty() ? e.detail : QStringLiteral(" · ") + e.detail;
        // The day is enough in the list (the sale's time is above); the time is in the tooltip.
        const QStringList cells{dateText(e.at.date()), eventText(e.event), document, operatorText(e.operatorId)};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, textItem(cells.at(c)));
        m_history->item(r, 0)->setToolTip(dateTimeText(e.at));
    }
}

void SerialLookupScreen::clearDetail()
{
    m_title->setText(tr("No unit selected"));
    m_serial->clear();
    setChip(m_status, QStringLiteral("—"), "muted");
    m_warranty->clear();
    m_warranty->setProperty("chip", QVariant());
    m_sale->clear();
    m_customer->clear();
    m_received->clear();
    m_history->setRowCount(0);
}

QString SerialLookupScreen::operatorText(OperatorId id) const
{
    if (!id.isValid())
        return {};
    auto op = m_context.services().operators().find(id);
    return op ? op->displayName() : QString::number(id.value());
}

QString SerialLookupScreen::locationText(LocationId id) const
{
    if (!id.isValid())
        return {};
    auto where = m_inventory.ledger().location(id);
    return where ? where->name : QString();
}

QString SerialLookupScreen::statusText() const { return m_status->text(); }
QString SerialLookupScreen::warrantyText() const { return m_warranty->text(); }
QString SerialLookupScreen::saleText() const { return m_sale->text(); }
QString SerialLookupScreen::customerText() const { return m_customer->text(); }
QString SerialLookupScreen::receivedText() const { return m_received->text(); }
QString SerialLookupScreen::resultText() const { return m_result->text(); }

} // namespace qtill::inventory
