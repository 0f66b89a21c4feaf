#include "devicesscreen.h"

#include "devicedialog.h"
#include "testpage.h"

#include "core/clock.h"
#include "core/permission.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "hal/cashdrawer.h"
#include "hal/devicemanager.h"
#include "hal/inputdevicefactory.h"
#include "hal/printerfactory.h"
#include "hal/receiptprinter.h"
#include "hal/scale.h"
#include "hal/sim/simscanner.h"
#include "hal/sim/simulatedprinter.h"
#include "shell/actingsession.h"
#include "shell/deviceaccess.h"
#include "shell/formdialog.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace qtill::devicesui {

using hal::DeviceCategory;

namespace {

enum Column { NameColumn, KindColumn, ConnectionColumn, StatusColumn, ColumnCount };

QString kindText(const QString &categoryKey)
{
    for (DeviceCategory c : {DeviceCategory::ReceiptPrinter, DeviceCategory::CashDrawer, DeviceCategory::Scanner,
                             DeviceCategory::CardReader, DeviceCategory::NfcReader, DeviceCategory::Scale,
                             DeviceCategory::CustomerDisplay, DeviceCategory::PaymentTerminal}) {
        if (hal::categoryKey(c) == categoryKey) {
            QString name = hal::categoryName(c);
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            return name;
        }
    }
    return categoryKey;
}

/// "0.355 kg" from integer milligrams, without floating point.
QString weightText(qint64 milligrams)
{
    const bool negative = milligrams < 0;
    const qint64 mg = negative ? -milligrams : milligrams;
    return QStringLiteral("%1%2.%3 kg")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(mg / 1'000'000)
        .arg((mg % 1'000'000) / 1000, 3, 10, QLatin1Char('0'));
}

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setMinimumHeight(52);
    return b;
}

} // namespace

DevicesScreen::DevicesScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_devices(context.devices()), m_table(new QTableWidget(this)),
      m_note(new QLabel(this)), m_live(new QLabel(this)), m_result(new QLabel(this)), m_preview(new QLabel),
      m_detect(button(tr("Detect"), "detectButton", this)), m_add(button(tr("Add device"), "addDeviceButton", this)),
      m_edit(button(tr("Edit"), "editDeviceButton", this)), m_remove(button(tr("Remove"), "removeDeviceButton", this)),
      m_print(button(tr("Print a test page"), "testPrintButton", this)),
      m_drawer(button(tr("Open the drawer"), "openDrawerButton", this)),
      m_scan(button(tr("Scan a test code"), "testScanButton", this)),
      m_scale(button(tr("Read the scale"), "readScaleButton", this))
{
    setObjectName(QStringLiteral("devicesScreen"));
    auto *header = new shell::PageHeader(tr("Devices"), this);
    header->setSubtitle(tr("Scanners, receipt printers, cash drawers, card readers, scales and displays of register %1.")
                            .arg(registerId()));
    shell::Theme::setKind(m_add, QStringLiteral("primary"));
    header->addActionWidget(m_detect);
    header->addActionWidget(m_add);

    m_note->setObjectName(QStringLiteral("simulationNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #B54708; font-weight: 600;"));

    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Connection"), tr("Status")});
    shell::setupTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);

    auto *left = new QVBoxLayout;
    left->setSpacing(12);
    left->addWidget(m_table, 1);
    left->addLayout(rowButtons);

    // The test panel: what runs now, the test buttons, their result and the simulated printer's page.
    auto *card = new shell::Card(this);
    auto *panel = new QVBoxLayout(card);
    panel->setContentsMargins(20, 16, 20, 16);
    panel->setSpacing(10);
    auto *liveTitle = new QLabel(tr("In use now"), card);
    liveTitle->setStyleSheet(QStringLiteral("font-weight: 700;"));
    m_live->setObjectName(QStringLiteral("liveDevices"));
    m_live->setWordWrap(true);
    m_live->setParent(card);
    auto *tests = new QGridLayout;
    tests->addWidget(m_print, 0, 0);
    tests->addWidget(m_drawer, 0, 1);
    tests->addWidget(m_scan, 1, 0);
    tests->addWidget(m_scale, 1, 1);
    for (QPushButton *b : {m_print, m_drawer, m_scan, m_scale})
        b->setParent(card);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setParent(card);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto *scroll = new QScrollArea(card);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    panel->addWidget(liveTitle);
    panel->addWidget(m_live);
    panel->addLayout(tests);
    panel->addWidget(m_result);
    panel->addWidget(scroll, 1);

    auto *body = new QHBoxLayout;
    body->setSpacing(20);
    body->addLayout(left, 3);
    body->addWidget(card, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(16);
    layout->addWidget(header);
    layout->addWidget(m_note);
    layout->addLayout(body, 1);

    connect(m_detect, &QPushButton::clicked, this, &DevicesScreen::detect);
    connect(m_add, &QPushButton::clicked, this, [this] { addDevice(); });
    connect(m_edit, &QPushButton::clicked, this, &DevicesScreen::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &DevicesScreen::removeSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DevicesScreen::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DevicesScreen::updateButtons);
    connect(m_print, &QPushButton::clicked, this, &DevicesScreen::printTestPage);
    connect(m_drawer, &QPushButton::clicked, this, &DevicesScreen::openDrawer);
    connect(m_scan, &QPushButton::clicked, this, &DevicesScreen::scanTestCode);
    connect(m_scale, &QPushButton::clicked, this, &DevicesScreen::readScale);

    if (m_devices) {
        hal::DeviceManager *manager = &m_devices->manager();
        connect(manager, &hal::DeviceManager::deviceStateChanged, this, &DevicesScreen::refreshStatus);
        connect(manager, &hal::DeviceManager::deviceStatusChanged, this, &DevicesScreen::refreshStatus);
        connect(manager, &hal::DeviceManager::deviceError, this, &DevicesScreen::refreshStatus);
        connect(m_devices, &shell::DeviceAccess::devicesChanged, this, [this] {
            connectDevices();
            refreshStatus();
        });
        connect(m_devices, &shell::DeviceAccess::scanned, this, [this](const QString &code, const QString &source) {
            if (!m_waitingForScan)
                return;
            m_waitingForScan = false;
            showResult(tr("Scanned %1 (from %2).").arg(code, source));
        });
        connectDevices();
    }
    reload();
}

QString DevicesScreen::registerId() const
{
    return m_context.services().storeProfile().profile().registerId;
}

void DevicesScreen::activated()
{
    reload();
}

void DevicesScreen::prepareScreenshot()
{
    reload();
    if (!m_configs.isEmpty())
        selectDevice(m_configs.constFirst().id);
    printTestPage();
    // The simulated printer renders on its own thread: give it a moment, then show the page.
    for (int i = 0; i < 200 && m_previewPath.isEmpty(); ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

void DevicesScreen::reload()
{
    const int current = m_table->currentRow();
    const QString selected = current >= 0 && current < m_configs.size() ? m_configs.at(current).id : QString();
    auto configs = m_context.services().deviceConfig().list(registerId());
    if (!configs) {
        m_context.showMessage(configs.error().message, shell::ShellContext::Severity::Error);
        m_configs.clear();
    } else {
        m_configs = configs.value();
    }
    m_table->setRowCount(int(m_configs.size()));
    for (int row = 0; row < m_configs.size(); ++row) {
        const DeviceConfig &c = m_configs.at(row);
        auto *name = new QTableWidgetItem(c.name.isEmpty() ? c.id : c.name);
        name->setData(Qt::UserRole, c.id);
        name->setToolTip(c.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kindText(c.category)));
        m_table->setItem(row, ConnectionColumn, new QTableWidgetItem(DeviceDialog::connectionText(c)));
        m_table->setItem(row, StatusColumn, new QTableWidgetItem);
    }
    if (!selected.isEmpty())
        selectDevice(selected);
    refreshStatus();
    updateButtons();
}

bool DevicesScreen::selectDevice(const QString &deviceId)
{
    for (int row = 0; row < m_configs.size(); ++row) {
        if (m_configs.at(row).id == deviceId) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void DevicesScreen::refreshStatus()
{
    const bool simulated = m_devices && m_devices->isSimulated();
    m_note->setVisible(simulated || !m_devices);
    if (!m_devices)
        m_note->setText(tr("Devices are not running in this window."));
    else if (simulated)
        m_note->setText(tr("Simulated hardware is in use (--simulate-hardware): the tests use the simulators. The "
                           "devices below take over when Qtill starts without it."));

    for (int row = 0; row < m_configs.size() && row < m_table->rowCount(); ++row) {
        QString status;
        if (!m_devices)
            status = QString();
        else if (simulated)
            status = tr("Not in use (simulated)");
        else
            status = m_devices->statusLine(m_configs.at(row).id);
        if (QTableWidgetItem *item = m_table->item(row, StatusColumn))
            item->setText(status);
    }

    QStringList live;
    if (m_devices) {
        for (const hal::Device *device : m_devices->manager().devices())
            live << device->name() + QStringLiteral(": ") + m_devices->statusLine(device->id());
    }
    m_live->setText(live.isEmpty() ? tr("No devices are running.") : live.join(QLatin1Char('\n')));
    const bool can = m_devices != nullptr;
    m_print->setEnabled(can && firstRunning(int(DeviceCategory::ReceiptPrinter)));
    m_drawer->setEnabled(can && firstRunning(int(DeviceCategory::CashDrawer)));
    m_scan->setEnabled(can && firstRunning(int(DeviceCategory::Scanner)));
    m_scale->setEnabled(can && firstRunning(int(DeviceCategory::Scale)));
}

void DevicesScreen::updateButtons()
{
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void DevicesScreen::connectDevices()
{
    if (!m_devices)
        return;
    for (hal::Device *device : m_devices->manager().devices(DeviceCategory::ReceiptPrinter)) {
        if (auto *sim = qobject_cast<hal::SimulatedPrinter *>(device))
            connect(sim, &hal::SimulatedPrinter::receiptRendered, this, &DevicesScreen::onReceiptRendered,
                    Qt::UniqueConnection);
    }
}

hal::Device *DevicesScreen::firstRunning(int category) const
{
    if (!m_devices)
        return nullptr;
    hal::Device *fallback = nullptr;
    for (hal::Device *device : m_devices->manager().devices(DeviceCategory(category))) {
        if (device->isEnabled())
            return device;
        fallback = fallback ? fallback : device;
    }
    return fallback;
}

void DevicesScreen::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #067647;") : QStringLiteral("color: #D92D20;"));
}

QString DevicesScreen::testResult() const
{
    return m_result->text();
}

void DevicesScreen::onReceiptRendered(int jobId, const QString &pngPath)
{
    Q_UNUSED(jobId)
    showPreview(pngPath);
}

void DevicesScreen::showPreview(const QString &pngPath)
{
    QPixmap page(pngPath);
    if (page.isNull())
        return;
    m_previewPath = pngPath;
    m_preview->setPixmap(page.width() > 360 ? page.scaledToWidth(360, Qt::SmoothTransformation) : page);
    m_preview->setToolTip(pngPath);
}

void DevicesScreen::printTestPage()
{
    auto *printer = qobject_cast<hal::ReceiptPrinter *>(firstRunning(int(DeviceCategory::ReceiptPrinter)));
    if (!printer) {
        showResult(tr("No receipt printer is running."), false);
        return;
    }
    TestPageInfo info;
    info.storeName = m_context.services().storeProfile().profile().name;
    info.registerId = registerId();
    info.printerName = printer->name();
    info.paper = printer->profile().key;
    info.printedAt = m_context.clock().now();
    const hal::PrintSubmission job = printer->print(testPage(info));
    if (!job.accepted()) {
        showResult(job.message.isEmpty() ? tr("The printer did not take the page.") : job.message, false);
        return;
    }
    showResult(tr("Test page sent to %1.").arg(printer->name()));
    const int jobId = job.jobId;
    QPointer<hal::ReceiptPrinter> watched = printer;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(printer, &hal::Device::outputCompleted, this, [this, jobId, watched, connection](int done) {
        if (done != jobId)
            return;
        disconnect(*connection);
        showResult(tr("%1 printed the test page.").arg(watched ? watched->name() : QString()));
    });
}

void DevicesScreen::openDrawer()
{
    auto *drawer = qobject_cast<hal::CashDrawer *>(firstRunning(int(DeviceCategory::CashDrawer)));
    if (!drawer) {
        showResult(tr("No cash drawer is running."), false);
        return;
    }
    const hal::Outcome opened = drawer->openDrawer();
    if (!opened) {
        showResult(opened.message(), false);
        return;
    }
    showResult(tr("%1: open signal sent.").arg(drawer->name()));
}

void DevicesScreen::scanTestCode()
{
    hal::Device *scanner = firstRunning(int(DeviceCategory::Scanner));
    if (!scanner) {
        showResult(tr("No scanner is running."), false);
        return;
    }
    m_waitingForScan = true;
    showResult(tr("Scan any barcode now…"));
    // A simulated scanner has no one to pull its trigger: it scans a sample code itself.
    if (auto *sim = qobject_cast<hal::SimScanner *>(scanner))
        sim->scan(QStringLiteral("6901234567892"), hal::Symbology::Ean13);
}

void DevicesScreen::readScale()
{
    auto *scale = qobject_cast<hal::Scale *>(firstRunning(int(DeviceCategory::Scale)));
    if (!scale) {
        showResult(tr("No scale is running."), false);
        return;
    }
    const hal::WeightReading w = scale->currentWeight();
    QString text = tr("%1: %2").arg(scale->name(), weightText(w.netMilligrams));
    if (w.overload)
        text += tr(", over capacity");
    else
        text += w.stable ? tr(", stable") : tr(", settling");
    if (w.tareMilligrams != 0)
        text += tr(" (tare %1)").arg(weightText(w.tareMilligrams));
    showResult(text, !w.overload);
}

Status DevicesScreen::saveDevice(const DeviceConfig &config, bool adding)
{
    if (adding) {
        for (const DeviceConfig &existing : std::as_const(m_configs))
            if (existing.id == config.id)
                return Error::conflict(tr("There is a device \"%1\" already. Choose another id.").arg(config.id));
    }
    const std::optional<Session> actor = shell::actingSession(
        m_context, Permissions::kDevicesConfigure,
        adding ? tr("Add device %1").arg(config.id) : tr("Change device %1").arg(config.id), this);
    if (!actor)
        return Error::permissionDenied(tr("Not saved: the change was not authorised."));
    if (Status saved = m_context.services().deviceConfig().save(*actor, registerId(), config); !saved)
        return saved;
    if (m_devices)
        m_devices->reload();
    reload();
    selectDevice(config.id);
    m_context.showMessage(tr("Saved. The devices were restarted."));
    return {};
}

shell::FormDialog *DevicesScreen::addDevice(const hal::DetectedDevice *detected)
{
    QStringList taken;
    for (const DeviceConfig &c : std::as_const(m_configs))
        taken << c.id;
    const DeviceCategory category = detected ? detected->category : DeviceCategory::ReceiptPrinter;
    DeviceConfig start{DeviceDialog::suggestId(category, taken), hal::categoryKey(category),
                       detected ? DeviceDialog::plainName(detected->name) : QString(),
                       detected ? detected->backend : DeviceDialog::backends(category).value(0)};
    if (detected)
        start.setParamMap(detected->params);
    shell::FormDialog *dialog = DeviceDialog::create(
        start, false, [this](const DeviceConfig &c) { return saveDevice(c, true); }, this, m_detection, taken);
    dialog->open();
    return dialog;
}

shell::FormDialog *DevicesScreen::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_configs.size())
        return nullptr;
    shell::FormDialog *dialog = DeviceDialog::create(
        m_configs.at(rows.first().row()), true, [this](const DeviceConfig &c) { return saveDevice(c, false); }, this,
        m_detection);
    dialog->open();
    return dialog;
}

shell::FormDialog *DevicesScreen::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_configs.size())
        return nullptr;
    const DeviceConfig config = m_configs.at(rows.first().row());
    auto *dialog = new shell::FormDialog(tr("Remove device"), this);
    dialog->setObjectName(QStringLiteral("removeDeviceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("Remove %1 (%2) from register %3? Qtill stops using it at once.")
                        .arg(config.name.isEmpty() ? config.id : config.name, DeviceDialog::connectionText(config),
                             registerId()));
    dialog->setOkText(tr("Remove"));
    dialog->setSubmit([this, config]() -> Status {
        const std::optional<Session> actor = shell::actingSession(m_context, Permissions::kDevicesConfigure,
                                                                  tr("Remove device %1").arg(config.id), this);
        if (!actor)
            return Error::permissionDenied(tr("Not removed: the change was not authorised."));
        if (Status removed = m_context.services().deviceConfig().remove(*actor, registerId(), config.id); !removed)
            return removed;
        if (m_devices)
            m_devices->reload();
        reload();
        m_context.showMessage(tr("Removed %1.").arg(config.name.isEmpty() ? config.id : config.name));
        return {};
    });
    dialog->open();
    return dialog;
}

shell::FormDialog *DevicesScreen::detect()
{
    auto *dialog = new shell::FormDialog(tr("Attached devices"), this);
    dialog->setObjectName(QStringLiteral("detectDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("detectedList"));
    list->setMinimumSize(560, 280);
    list->addItem(tr("Looking for printers, scanners, serial ports, cameras and card readers…"));
    list->setEnabled(false);
    dialog->setHint(tr("Looking… CUPS, USB and serial ports are asked in the background."));
    dialog->addRow(QString(), list);
    dialog->setOkText(tr("Add"));
    auto found = std::make_shared<QList<hal::DetectedDevice>>();
    dialog->setSubmit([this, list, found]() -> Status {
        const int row = list->currentRow();
        if (!list->isEnabled() || row < 0 || row >= found->size())
            return Error::invalidInput(tr("Choose a device first."));
        const hal::DetectedDevice chosen = found->at(row);
        QTimer::singleShot(0, this, [this, chosen] { addDevice(&chosen); });
        return {};
    });
    hal::DetectionJob *job = hal::DetectionJob::start(hal::DeviceDetector::Source::All, m_detection, dialog);
    connect(job, &hal::DetectionJob::finished, dialog, [dialog, list, found](const QList<hal::DetectedDevice> &all) {
        *found = all;
        list->clear();
        for (const hal::DetectedDevice &d : all) {
            const QString kind = hal::categoryName(d.category);
            auto *item = new QListWidgetItem(DeviceDialog::pickText(d) + QStringLiteral("  ·  ") + kind
                                                 + QStringLiteral(", ") + DeviceDialog::backendName(d.backend),
                                             list);
            item->setSizeHint(QSize(0, 48));
        }
        list->setEnabled(!all.isEmpty());
        if (!all.isEmpty())
            list->setCurrentRow(0);
        dialog->setHint(all.isEmpty()
                            ? DevicesScreen::tr("Nothing found. Check cables and power; a printer on the network can be "
                                                "added by its address with Add device. A scanner in keyboard mode "
                                                "needs no setup.")
                            : DevicesScreen::tr("Choose a device to add it. A serial port can be a scanner, a scale, a "
                                                "display or a drawer: change the kind in the next step."));
        if (all.isEmpty())
            list->addItem(DevicesScreen::tr("Nothing found."));
    });
    dialog->open();
    return dialog;
}

} // namespace qtill::devicesui
