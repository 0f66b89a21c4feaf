#include "devicehub.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "hal/cardreader.h"
#include "hal/customerdisplay.h"
#include "hal/display/screencustomerdisplay.h"
#include "hal/inputdevicefactory.h"
#include "hal/printerfactory.h"
#include "hal/scale.h"
#include "hal/scanner.h"
#include "hal/sim/simcustomerdisplay.h"
#include "hal/wedge/wedgefilter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace qtill::app {

using hal::Device;
using hal::DeviceCategory;
using hal::DeviceStatus;

namespace {

/// Printers first (a drawer may kick through one), then drawers, then the rest, keeping the order.
int buildRank(DeviceCategory category)
{
    return category == DeviceCategory::ReceiptPrinter ? 0 : category == DeviceCategory::CashDrawer ? 1 : 2;
}

QStringList promotionImages(const QVariantMap &params)
{
    const QString where = params.value(QStringLiteral("promotions")).toString();
    if (where.isEmpty())
        return {};
    QDir dir(where);
    QStringList images;
    const QStringList names = dir.entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")},
                                            QDir::Files, QDir::Name);
    for (const QString &name : names)
        images << dir.filePath(name);
    return images;
}

} // namespace

DeviceHub::DeviceHub(Services &services, Options options, QObject *parent)
    : shell::DeviceAccess(parent), m_services(services), m_options(std::move(options))
{
    m_manager.setReconnectInterval(m_options.reconnectIntervalMs);
    m_hotplug.watch(m_options.hotplugFolders);
    connect(&m_hotplug, &hal::HotplugWatcher::appeared, this, &DeviceHub::onPlugged);
    connect(&m_hotplug, &hal::HotplugWatcher::disappeared, this, &DeviceHub::summaryChanged);
    connect(&m_manager, &hal::DeviceManager::deviceStateChanged, this, &DeviceHub::summaryChanged);
    connect(&m_manager, &hal::DeviceManager::deviceError, this, &DeviceHub::summaryChanged);
    connect(&m_manager, &hal::DeviceManager::deviceStatusChanged, this, &DeviceHub::onStatus);
}

DeviceHub::~DeviceHub()
{
    // The devices go before the hub's signals do (the manager's destructor closes them).
    for (Device *device : m_manager.devices())
        m_manager.remove(device->id());
}

QString DeviceHub::simulatorFolder() const
{
    if (!m_options.simulatorFolder.isEmpty())
        return m_options.simulatorFolder;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/simulated-receipts");
}

QList<hal::DeviceInfo> DeviceHub::simulatedDevices(const QString &folder)
{
    auto info = [](const char *id, DeviceCategory category, const QString &name, QVariantMap params = {}) {
        return hal::DeviceInfo{QLatin1String(id), category, name, QStringLiteral("sim"), std::move(params)};
    };
    return {
        info("printer", DeviceCategory::ReceiptPrinter, tr("Simulated receipt printer"),
             {{QStringLiteral("folder"), folder}, {QStringLiteral("paper"), QStringLiteral("80mm")}}),
        info("drawer", DeviceCategory::CashDrawer, tr("Simulated cash drawer")),
        info("scanner", DeviceCategory::Scanner, tr("Simulated scanner")),
        info("cardreader", DeviceCategory::CardReader, tr("Simulated card reader")),
        info("scale", DeviceCategory::Scale, tr("Simulated scale")),
        info("display", DeviceCategory::CustomerDisplay, tr("Simulated customer screen"), {{QStringLiteral("lines"), 0}}),
        // The simulated provider's books survive a restart, so the reconciler at start-up finds its payments.
        info("terminal", DeviceCategory::PaymentTerminal, tr("Simulated payment terminal"),
             {{QStringLiteral("ledger"), QDir(folder).filePath(QStringLiteral("payment-provider.json"))}}),
    };
}

QList<DeviceCategory> DeviceHub::categories()
{
    return {DeviceCategory::ReceiptPrinter, DeviceCategory::CashDrawer, DeviceCategory::Scanner,
            DeviceCategory::CardReader,     DeviceCategory::NfcReader,  DeviceCategory::Scale,
            DeviceCategory::CustomerDisplay, DeviceCategory::PaymentTerminal};
}

std::optional<DeviceCategory> DeviceHub::categoryFromKey(const QString &key)
{
    for (DeviceCategory category : categories())
        if (hal::categoryKey(category) == key)
            return category;
    return std::nullopt;
}

QString DeviceHub::shortName(DeviceCategory category)
{
    switch (category) {
    case DeviceCategory::Scanner: return tr("Scanner");
    case DeviceCategory::ReceiptPrinter: return tr("Printer");
    case DeviceCategory::CashDrawer: return tr("Drawer");
    case DeviceCategory::CardReader: return tr("Card reader");
    case DeviceCategory::NfcReader: return tr("NFC reader");
    case DeviceCategory::Scale: return tr("Scale");
    case DeviceCategory::CustomerDisplay: return tr("Customer display");
    case DeviceCategory::PaymentTerminal: return tr("Payment terminal");
    }
    return {};
}

std::optional<hal::DeviceInfo> DeviceHub::toDeviceInfo(const DeviceConfig &config)
{
    const std::optional<DeviceCategory> category = categoryFromKey(config.category);
    if (!category)
        return std::nullopt;
    return hal::DeviceInfo{config.id, *category, config.name, config.backend, config.paramMap()};
}

DeviceConfig DeviceHub::toConfig(const hal::DeviceInfo &info)
{
    DeviceConfig config{info.id, hal::categoryKey(info.category), info.name, info.backend};
    config.setParamMap(info.params);
    return config;
}

QList<hal::DeviceInfo> DeviceHub::loadConfiguration()
{
    if (m_options.simulate) {
        QDir().mkpath(simulatorFolder());   // the printer's pages and the terminal's provider ledger go there
        return simulatedDevices(simulatorFolder());
    }
    const QString registerId = m_services.storeProfile().profile().registerId;
    auto stored = m_services.deviceConfig().list(registerId);
    QList<hal::DeviceInfo> infos;
    if (!stored) {
        m_problems.insert(QString(), stored.error().message);
        return infos;
    }
    for (const DeviceConfig &config : stored.value()) {
        if (auto info = toDeviceInfo(config))
            infos << *info;
        else
            m_problems.insert(config.id, tr("Qtill does not know the kind of device \"%1\".").arg(config.category));
    }
    return infos;
}

void DeviceHub::start()
{
    for (Device *device : m_manager.devices())
        m_manager.remove(device->id());
    m_problems.clear();
    m_conditions.clear();
    m_configured = loadConfiguration();

    QList<hal::DeviceInfo> infos = m_configured;
    const bool hasWedge = std::any_of(infos.cbegin(), infos.cend(), [](const hal::DeviceInfo &i) {
        return i.category == DeviceCategory::Scanner && i.backend == QLatin1String("wedge");
    });
    if (!hasWedge) {
        infos << hal::DeviceInfo{QLatin1String(kWedgeId), DeviceCategory::Scanner, tr("USB scanner (keyboard mode)"),
                                 QStringLiteral("wedge"), {}};
    }
    buildAll(infos);
    setInputActive(m_inputActive);
    Q_EMIT devicesChanged();
    Q_EMIT summaryChanged();
}

void DeviceHub::buildAll(const QList<hal::DeviceInfo> &infos)
{
    QList<hal::DeviceInfo> ordered = infos;
    std::stable_sort(ordered.begin(), ordered.end(), [](const hal::DeviceInfo &a, const hal::DeviceInfo &b) {
        return buildRank(a.category) < buildRank(b.category);
    });
    for (const hal::DeviceInfo &info : ordered) {
        hal::Outcome error;
        std::unique_ptr<Device> owned = create(info, &error);
        if (!owned) {
            m_problems.insert(info.id, error.message());
            continue;
        }
        Device *device = owned.get();
        if (const hal::Outcome added = m_manager.add(std::move(owned)); !added) {
            m_problems.insert(info.id, added.message());
            continue;
        }
        wire(device);
        if (const hal::Outcome started = m_manager.start(device, claimant()); !started)
            m_problems.insert(info.id, started.message());
    }
    if (!m_storeName.isEmpty())
        showIdle(m_storeName);
}

std::unique_ptr<Device> DeviceHub::create(const hal::DeviceInfo &info, hal::Outcome *error)
{
    switch (info.category) {
    case DeviceCategory::ReceiptPrinter:
        return hal::PrinterFactory::createPrinter(info, error);
    case DeviceCategory::CashDrawer:
        return hal::PrinterFactory::createDrawer(info, m_manager, error);
    default:
        break;
    }
    hal::InputDeviceFactory::Context context;
    context.wedge = hal::WedgeFilter::application();
    return hal::InputDeviceFactory::create(info, context, error);
}

void DeviceHub::wire(Device *device)
{
    const QString id = device->id();
    switch (device->category()) {
    case DeviceCategory::Scanner:
        connect(device, &Device::dataReceived, this, [this, id](const QVariant &data) {
            const auto scan = data.value<hal::ScanData>();
            Q_EMIT scanned(scan.text, scan.source.isEmpty() ? id : scan.source);
        });
        break;
    case DeviceCategory::CardReader:
        connect(device, &Device::dataReceived, this,
                [this](const QVariant &data) { Q_EMIT cardSwiped(data.value<hal::CardData>()); });
        break;
    case DeviceCategory::Scale:
        connect(device, &Device::dataReceived, this,
                [this](const QVariant &data) { Q_EMIT weighed(data.value<hal::WeightReading>()); });
        break;
    default:
        break;
    }
}

void DeviceHub::setInputActive(bool active)
{
    m_inputActive = active;
    for (Device *device : m_manager.devices()) {
        if (device->info().backend != QLatin1String("wedge") || device->baseState() == Device::State::Closed)
            continue;
        if (active && !device->isEnabled())
            (void)m_manager.enable(device, claimant());
        else if (!active && device->isEnabled())
            (void)m_manager.disable(device, claimant());
    }
}

void DeviceHub::onStatus(Device *device, DeviceStatus status)
{
    QList<DeviceStatus> &conditions = m_conditions[device->id()];
    const bool had = !conditions.isEmpty();
    auto insert = [&conditions](DeviceStatus s) {
        if (!conditions.contains(s))
            conditions.append(s);
    };
    QString message;
    switch (status) {
    case DeviceStatus::PaperOut:
        conditions.removeAll(DeviceStatus::PaperNearEnd);
        insert(status);
        message = tr("%1: out of paper. Load a new roll.").arg(device->name());
        break;
    case DeviceStatus::PaperNearEnd:
        conditions.removeAll(DeviceStatus::PaperOut);
        insert(status);
        message = tr("%1: the paper is running low.").arg(device->name());
        break;
    case DeviceStatus::PaperOk:
        conditions.removeAll(DeviceStatus::PaperOut);
        conditions.removeAll(DeviceStatus::PaperNearEnd);
        break;
    case DeviceStatus::CoverOpen:
        insert(status);
        message = tr("%1: the cover is open. Close it.").arg(device->name());
        break;
    case DeviceStatus::CoverClosed: conditions.removeAll(DeviceStatus::CoverOpen); break;
    case DeviceStatus::Offline: insert(status); break;
    case DeviceStatus::Online: conditions.removeAll(DeviceStatus::Offline); break;
    case DeviceStatus::WeightOverload: insert(status); break;
    case DeviceStatus::WeightStable:
    case DeviceStatus::WeightUnstable:
    case DeviceStatus::WeightUnderZero: conditions.removeAll(DeviceStatus::WeightOverload); break;
    default: return;
    }
    if (!message.isEmpty())
        Q_EMIT attentionNeeded(device, message);
    if (had || !conditions.isEmpty())
        Q_EMIT summaryChanged();
}

QString DeviceHub::statusLine(const Device *device) const
{
    if (!device)
        return {};
    if (device->hasError())
        return device->lastError().message;
    QStringList conditions;
    for (DeviceStatus status : {DeviceStatus::PaperOut, DeviceStatus::PaperNearEnd, DeviceStatus::CoverOpen,
                                DeviceStatus::Offline, DeviceStatus::WeightOverload})
        if (m_conditions.value(device->id()).contains(status))
            conditions << hal::statusText(status);
    if (!conditions.isEmpty())
        return conditions.join(QStringLiteral(", "));
    if (!device->isEnabled() && !m_problems.value(device->id()).isEmpty())
        return m_problems.value(device->id());
    if (device->info().backend == QLatin1String("wedge") && !device->isEnabled())
        return tr("Ready after sign-in");
    return hal::stateText(device->state());
}

QString DeviceHub::statusLine(const QString &deviceId) const
{
    if (const Device *device = m_manager.device(deviceId))
        return statusLine(device);
    return m_problems.value(deviceId);
}

DeviceHub::Summary DeviceHub::summary() const
{
    // The worst problem first: a device that is missing or failing stops work, paper out stops
    // receipts, paper low is only a warning.
    struct Problem
    {
        int rank;
        QString text;
    };
    Summary s;
    QList<Problem> problems;
    QStringList lines;
    if (m_options.simulate)
        lines << tr("Simulated devices (--simulate-hardware).");
    for (const Device *device : m_manager.devices()) {
        const bool implicitWedge = device->id() == QLatin1String(kWedgeId);
        if (!implicitWedge)
            ++s.configured;
        lines << device->name() + QStringLiteral(": ") + statusLine(device);
        const QList<DeviceStatus> conditions = m_conditions.value(device->id());
        QString shortProblem;
        int rank = 0;
        if (device->hasError()) {
            switch (device->lastError().kind) {
            case hal::ErrorKind::PaperOut: shortProblem = tr("out of paper"); rank = 2; break;
            case hal::ErrorKind::CoverOpen: shortProblem = tr("cover open"); rank = 3; break;
            case hal::ErrorKind::Offline: shortProblem = tr("offline"); rank = 1; break;
            case hal::ErrorKind::NotFound: shortProblem = tr("not found"); rank = 0; break;
            case hal::ErrorKind::PermissionDenied: shortProblem = tr("no access"); rank = 0; break;
            case hal::ErrorKind::Busy: shortProblem = tr("busy"); rank = 4; break;
            case hal::ErrorKind::Timeout: shortProblem = tr("not answering"); rank = 1; break;
            case hal::ErrorKind::Protocol:
            case hal::ErrorKind::Failure: shortProblem = tr("error"); rank = 1; break;
            }
        } else if (conditions.contains(DeviceStatus::PaperOut)) {
            shortProblem = tr("out of paper");
            rank = 2;
        } else if (conditions.contains(DeviceStatus::CoverOpen)) {
            shortProblem = tr("cover open");
            rank = 3;
        } else if (conditions.contains(DeviceStatus::Offline)) {
            shortProblem = tr("offline");
            rank = 1;
        } else if (!device->isEnabled() && !implicitWedge) {
            shortProblem = tr("not ready");
            rank = 5;
        } else if (conditions.contains(DeviceStatus::PaperNearEnd)) {
            shortProblem = tr("paper low");
            rank = 6;
        } else if (conditions.contains(DeviceStatus::WeightOverload)) {
            shortProblem = tr("over capacity");
            rank = 7;
        }
        if (!shortProblem.isEmpty())
            problems.append({rank, shortName(device->category()) + QStringLiteral(": ") + shortProblem});
        else if (!implicitWedge)
            ++s.ready;
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (m_manager.device(it.key()))
            continue; // shown above
        if (!it.key().isEmpty())
            ++s.configured;
        lines << (it.key().isEmpty() ? QString() : it.key() + QStringLiteral(": ")) + it.value();
        problems.append({0, it.key().isEmpty() ? tr("Devices: not read") : it.key() + QStringLiteral(": ") + tr("not set up")});
    }
    s.details = lines.join(QLatin1Char('\n'));
    if (!problems.isEmpty()) {
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Problem &a, const Problem &b) { return a.rank < b.rank; });
        s.text = problems.constFirst().text;
        if (problems.size() > 1)
            s.text += tr(" +%1").arg(problems.size() - 1);
        s.indicator = DeviceIndicator::Warning;
        return s;
    }
    if (s.configured == 0) {
        s.text = tr("No devices configured");
        s.details = tr("A USB barcode scanner in keyboard mode works without setup. Set up printers, drawers and "
                       "other devices under Devices.");
        s.indicator = DeviceIndicator::Muted;
        return s;
    }
    s.text = m_options.simulate ? tr("Simulated OK %1/%2").arg(s.ready).arg(s.configured)
                                : tr("Devices OK %1/%2").arg(s.ready).arg(s.configured);
    s.indicator = DeviceIndicator::Ok;
    return s;
}

void DeviceHub::watchFolders(const QStringList &folders)
{
    m_options.hotplugFolders = folders;
    m_hotplug.watch(folders);
}

bool DeviceHub::isConfiguredPath(const QString &path) const
{
    const QFileInfo plugged(path);
    const QString target = plugged.exists() ? plugged.canonicalFilePath() : plugged.absoluteFilePath();
    for (const hal::DeviceInfo &info : m_configured) {
        for (const char *key : {"path", "port"}) {
            const QString value = info.params.value(QLatin1String(key)).toString();
            if (value.isEmpty())
                continue;
            const QFileInfo configured(value);
            if (configured.absoluteFilePath() == plugged.absoluteFilePath()
                || (configured.exists() && configured.canonicalFilePath() == target))
                return true;
        }
    }
    return false;
}

void DeviceHub::onPlugged(const QStringList &paths)
{
    // A configured device that was missing gets another try at once (the manager itself only polls
    // devices that went offline while running).
    for (Device *device : m_manager.devices()) {
        if (device->info().backend == QLatin1String("wedge") || m_options.simulate)
            continue;
        if (device->baseState() == Device::State::Closed) {
            if (m_manager.start(device, claimant()))
                m_problems.remove(device->id());
        } else if (device->hasError()) {
            m_manager.respond(device, hal::ErrorResponse::Retry);
        } else if (m_conditions.value(device->id()).contains(DeviceStatus::Offline)) {
            m_manager.reconnectNow(device);
        }
    }
    for (const QString &path : paths) {
        if (isConfiguredPath(path))
            continue;
        if (std::optional<hal::DetectedDevice> found = hal::HotplugWatcher::describe(path))
            Q_EMIT deviceFound(*found);
    }
    Q_EMIT summaryChanged();
}

hal::CustomerDisplayModel *DeviceHub::customerDisplayModel() const
{
    for (Device *device : m_manager.devices(DeviceCategory::CustomerDisplay)) {
        if (auto *screen = qobject_cast<hal::ScreenCustomerDisplay *>(device))
            return screen->model();
        if (auto *sim = qobject_cast<hal::SimCustomerDisplay *>(device); sim && sim->lineCount() == 0)
            return sim->model();
    }
    return nullptr;
}

void DeviceHub::showIdle(const QString &storeName)
{
    m_storeName = storeName;
    for (Device *device : m_manager.devices(DeviceCategory::CustomerDisplay)) {
        auto *display = qobject_cast<hal::CustomerDisplay *>(device);
        if (display && display->isEnabled())
            display->showPromotions(promotionImages(display->info().params));
    }
}

} // namespace qtill::app
