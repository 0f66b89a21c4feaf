#include "devicedialog.h"

#include "shell/formdialog.h"
#include "hal/backends/serial/serialcashdrawer.h"
#include "hal/inputdevicefactory.h"

#include <QComboBox>
#include <QFormLayout>

#include <algorithm>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace qtill::devicesui {

using hal::DeviceCategory;

namespace {

/// One connection setting the form knows: the widget's object name, the params key, which
/// connections (and categories: empty = any) use it, and how it is entered.
struct ParamField
{
    ParamField(const char *widget_, const char *key_, const char *label_, QStringList backends_,
               QList<DeviceCategory> categories_, QString placeholder_, QStringList choices_ = {},
               bool number_ = false)
        : widget(widget_), key(key_), label(label_), backends(std::move(backends_)),
          categories(std::move(categories_)), placeholder(std::move(placeholder_)), choices(std::move(choices_)),
          number(number_)
    {
    }

    const char *widget;
    const char *key;
    const char *label;
    QStringList backends; ///< empty: every backend
    QList<DeviceCategory> categories;
    QString placeholder;
    QStringList choices; ///< non-empty: a combo box (the first is the default)
    bool number = false; ///< stored as an integer
};

QString trField(const char *text)
{
    return QCoreApplication::translate("qtill::devicesui::DeviceDialog", text);
}

QList<ParamField> paramFields()
{
    const QString tcp = QStringLiteral("tcp"), cups = QStringLiteral("cups"), usb = QStringLiteral("usb"),
                  usblp = QStringLiteral("usblp"), serial = QStringLiteral("serial"), evdev = QStringLiteral("evdev"),
                  sim = QStringLiteral("sim");
    return {
        {"hostEdit", "host", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "IP address"), {tcp}, {},
         QStringLiteral("192.168.1.50")},
        {"tcpPortEdit", "port", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "TCP port"), {tcp}, {},
         QStringLiteral("9100"), {}, true},
        {"queueEdit", "queue", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Print queue"), {cups}, {},
         QStringLiteral("receipt")},
        {"cupsServerEdit", "server", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "CUPS server"), {cups}, {},
         trField(QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "empty: this computer"))},
        {"lpPathEdit", "path", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Printer port"), {usblp}, {},
         QStringLiteral("/dev/usb/lp0")},
        {"inputPathEdit", "path", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Input device"), {evdev}, {},
         QStringLiteral("/dev/input/by-id/usb-…-event-kbd")},
        {"vidEdit", "vid", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "USB vendor id"), {usb, evdev}, {},
         QStringLiteral("04b8")},
        {"pidEdit", "pid", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "USB product id"), {usb, evdev}, {},
         QStringLiteral("0e28")},
        {"serialPortEdit", "port", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Serial port"), {serial}, {},
         QStringLiteral("/dev/ttyUSB0")},
        {"baudCombo", "baud", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Baud rate"), {serial}, {}, {},
         {QStringLiteral("9600"), QStringLiteral("19200"), QStringLiteral("38400"), QStringLiteral("57600"),
          QStringLiteral("115200")},
         true},
        {"paperCombo", "paper", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Paper width"), {},
         {DeviceCategory::ReceiptPrinter}, {}, {QStringLiteral("80mm"), QStringLiteral("58mm")}},
        {"drawerPrinterEdit", "printer", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Printer (device id)"),
         {QStringLiteral("printer")}, {DeviceCategory::CashDrawer}, QStringLiteral("printer")},
        {"pinCombo", "pin", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Drawer connector pin"),
         {QStringLiteral("printer")}, {DeviceCategory::CashDrawer}, {}, {QStringLiteral("2"), QStringLiteral("5")},
         true},
        {"kickEdit", "kick", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Bytes that open it"), {serial},
         {DeviceCategory::CashDrawer}, QString::fromLatin1(hal::SerialCashDrawer::kDefaultKick)},
        {"folderEdit", "folder", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Receipt pictures folder"), {sim},
         {DeviceCategory::ReceiptPrinter}, QStringLiteral("~/.local/share/Qtill/qtill/simulated-receipts")},
        {"cameraEdit", "camera", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Camera"),
         {QStringLiteral("camera")}, {}, QStringLiteral("/dev/video0")},
        {"readerEdit", "reader", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Reader name"),
         {QStringLiteral("pcsc")}, {}, QStringLiteral("ACR122U")},
        {"promotionsEdit", "promotions", QT_TRANSLATE_NOOP("qtill::devicesui::DeviceDialog", "Promotion images folder"),
         {QStringLiteral("screen")}, {DeviceCategory::CustomerDisplay}, QStringLiteral("/srv/qtill/promotions")},
    };
}

bool applies(const ParamField &field, DeviceCategory category, const QString &backend)
{
    return (field.backends.isEmpty() || field.backends.contains(backend))
           && (field.categories.isEmpty() || field.categories.contains(category));
}

} // namespace

QStringList DeviceDialog::backends(DeviceCategory category)
{
    switch (category) {
    case DeviceCategory::ReceiptPrinter:
        return {QStringLiteral("tcp"), QStringLiteral("cups"), QStringLiteral("usb"), QStringLiteral("usblp"),
                QStringLiteral("serial"), QStringLiteral("sim")};
    case DeviceCategory::CashDrawer:
        return {QStringLiteral("printer"), QStringLiteral("serial"), QStringLiteral("sim")};
    default:
        return hal::InputDeviceFactory::backends(category);
    }
}

QString DeviceDialog::backendName(const QString &backend)
{
    if (backend == QLatin1String("tcp"))
        return tr("Network (TCP port 9100)");
    if (backend == QLatin1String("cups"))
        return tr("CUPS print queue");
    if (backend == QLatin1String("usb"))
        return tr("USB, direct");
    if (backend == QLatin1String("usblp"))
        return tr("USB printer port (/dev/usb/lp)");
    if (backend == QLatin1String("serial"))
        return tr("Serial port");
    if (backend == QLatin1String("sim"))
        return tr("Simulator");
    if (backend == QLatin1String("printer"))
        return tr("Through the receipt printer");
    if (backend == QLatin1String("wedge"))
        return tr("USB keyboard mode (no setup)");
    if (backend == QLatin1String("evdev"))
        return tr("USB input device (exclusive)");
    if (backend == QLatin1String("camera"))
        return tr("Camera");
    if (backend == QLatin1String("pcsc"))
        return tr("PC/SC reader");
    if (backend == QLatin1String("screen"))
        return tr("Second screen");
    return backend;
}

hal::DeviceDetector::Sources DeviceDialog::sourcesFor(const QString &backend)
{
    using Source = hal::DeviceDetector::Source;
    if (backend == QLatin1String("serial"))
        return Source::SerialPorts;
    if (backend == QLatin1String("cups"))
        return Source::CupsQueues;
    if (backend == QLatin1String("usb"))
        return Source::UsbPrinters;
    if (backend == QLatin1String("usblp"))
        return Source::PrinterPorts;
    if (backend == QLatin1String("evdev"))
        return Source::InputDevices;
    if (backend == QLatin1String("camera"))
        return Source::Cameras;
    if (backend == QLatin1String("pcsc"))
        return Source::PcscReaders;
    return {};
}

QString DeviceDialog::plainName(const QString &detectedName)
{
    static const QRegularExpression where(QStringLiteral("\\s*\\([^()]*\\)$"));
    QString name = detectedName;
    name.remove(where);
    return (name.isEmpty() ? detectedName : name).left(60);
}

QString DeviceDialog::pickText(const hal::DetectedDevice &device)
{
    const QVariantMap &p = device.params;
    QString where;
    for (const char *key : {"path", "port", "queue"}) {
        where = p.value(QLatin1String(key)).toString();
        if (!where.isEmpty())
            break;
    }
    if (where.isEmpty() && p.contains(QStringLiteral("vid")))
        where = p.value(QStringLiteral("vid")).toString() + QLatin1Char(':') + p.value(QStringLiteral("pid")).toString();
    if (where.isEmpty() || device.name.contains(where))
        return device.name;
    return device.name + QStringLiteral("  —  ") + where;
}

QString DeviceDialog::connectionText(const DeviceConfig &config)
{
    const QVariantMap p = config.paramMap();
    auto value = [&](const char *key) { return p.value(QLatin1String(key)).toString(); };
    const QString &b = config.backend;
    QString where;
    if (b == QLatin1String("tcp"))
        where = value("host") + QLatin1Char(':') + (value("port").isEmpty() ? QStringLiteral("9100") : value("port"));
    else if (b == QLatin1String("cups"))
        where = value("queue");
    else if (b == QLatin1String("usb") || (b == QLatin1String("evdev") && value("path").isEmpty()))
        where = value("vid").isEmpty() ? QString() : value("vid") + QLatin1Char(':') + value("pid");
    else if (b == QLatin1String("usblp") || b == QLatin1String("evdev"))
        where = value("path");
    else if (b == QLatin1String("serial"))
        where = value("port") + (value("baud").isEmpty() ? QString() : QStringLiteral(" @ ") + value("baud"));
    else if (b == QLatin1String("printer"))
        where = value("printer");
    const QString name = backendName(b);
    return where.isEmpty() ? name : name + QStringLiteral(" · ") + where;
}

QString DeviceDialog::suggestId(DeviceCategory category, const QStringList &taken)
{
    QString base;
    switch (category) {
    case DeviceCategory::ReceiptPrinter: base = QStringLiteral("printer"); break;
    case DeviceCategory::CashDrawer: base = QStringLiteral("drawer"); break;
    case DeviceCategory::Scanner: base = QStringLiteral("scanner"); break;
    case DeviceCategory::CardReader: base = QStringLiteral("cardreader"); break;
    case DeviceCategory::NfcReader: base = QStringLiteral("nfc"); break;
    case DeviceCategory::Scale: base = QStringLiteral("scale"); break;
    case DeviceCategory::CustomerDisplay: base = QStringLiteral("display"); break;
    case DeviceCategory::PaymentTerminal: base = QStringLiteral("terminal"); break;
    }
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + QString::number(n);
    return id;
}

shell::FormDialog *DeviceDialog::create(const DeviceConfig &start, bool editing,
                                        std::function<Status(const DeviceConfig &)> save, QWidget *parent,
                                        const hal::DeviceDetector::Options &detection, const QStringList &takenIds)
{
    auto *dialog = new shell::FormDialog(editing ? tr("Edit device") : tr("New device"), parent);
    dialog->setObjectName(QStringLiteral("deviceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHint(tr("Changes take effect at once: the register's devices are restarted."));

    auto *id = new QLineEdit(start.id, dialog);
    id->setObjectName(QStringLiteral("idEdit"));
    id->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]{0,32}")), id));
    id->setEnabled(!editing);
    auto *name = new QLineEdit(start.name, dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("e.g. Front counter printer"));
    auto *category = new QComboBox(dialog);
    category->setObjectName(QStringLiteral("categoryCombo"));
    const QList<DeviceCategory> categories{DeviceCategory::ReceiptPrinter, DeviceCategory::CashDrawer,
                                           DeviceCategory::Scanner,        DeviceCategory::CardReader,
                                           DeviceCategory::NfcReader,      DeviceCategory::Scale,
                                           DeviceCategory::CustomerDisplay, DeviceCategory::PaymentTerminal};
    for (DeviceCategory c : categories) {
        QString title = hal::categoryName(c);
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
        category->addItem(title, hal::categoryKey(c));
    }
    auto *backend = new QComboBox(dialog);
    backend->setObjectName(QStringLiteral("backendCombo"));

    dialog->addRow(tr("Id"), id);
    dialog->addRow(tr("Name"), name);
    dialog->addRow(tr("Kind"), category);
    dialog->addRow(tr("Connection"), backend);

    // What is attached, for the chosen connection: picked, it fills the settings below.
    auto *picks = new QWidget(dialog);
    picks->setObjectName(QStringLiteral("detectedRow"));
    auto *pick = new QComboBox(picks);
    pick->setObjectName(QStringLiteral("detectedCombo"));
    pick->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pick->setMinimumContentsLength(28);
    auto *rescan = new QPushButton(tr("Look again"), picks);
    rescan->setObjectName(QStringLiteral("rescanButton"));
    auto *pickRow = new QHBoxLayout(picks);
    pickRow->setContentsMargins(0, 0, 0, 0);
    pickRow->addWidget(pick, 1);
    pickRow->addWidget(rescan);
    dialog->addRow(tr("Found here"), picks);

    const QList<ParamField> fields = paramFields();
    const QVariantMap startParams = start.paramMap();
    QList<QWidget *> widgets;
    for (const ParamField &field : fields) {
        QWidget *widget = nullptr;
        const QString key = QLatin1String(field.key);
        if (!field.choices.isEmpty()) {
            auto *combo = new QComboBox(dialog);
            combo->addItems(field.choices);
            if (startParams.contains(key)) {
                const int at = combo->findText(startParams.value(key).toString());
                if (at >= 0)
                    combo->setCurrentIndex(at);
            }
            widget = combo;
        } else {
            auto *edit = new QLineEdit(dialog);
            edit->setPlaceholderText(field.placeholder);
            edit->setText(startParams.value(key).toString());
            widget = edit;
        }
        widget->setObjectName(QLatin1String(field.widget));
        dialog->addRow(trField(field.label), widget);
        widgets << widget;
    }
    auto *form = dialog->findChild<QFormLayout *>();
    // Rows come and go with the kind and connection: Qt 6.4's QFormLayout mislays rows that are shown
    // again when it wraps long labels above their fields, so this form never wraps.
    if (form)
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    // The detection: one run for every source when the form opens, CUPS again when its server
    // changes, everything again on "Look again". Shared by the lambdas below (the dialog owns them).
    struct Detection
    {
        QList<hal::DetectedDevice> found;
        int running = 0;
        QVariantMap extra; ///< settings of the picked device the form has no field for (USB serial number)
    };
    auto state = std::make_shared<Detection>();
    auto fillPicks = [=] {
        const QString b = backend->currentData().toString();
        const QSignalBlocker block(pick);
        pick->clear();
        QList<int> rows;
        for (int i = 0; i < state->found.size(); ++i)
            if (state->found.at(i).backend == b)
                rows << i;
        if (state->running > 0 && rows.isEmpty())
            pick->addItem(tr("Looking for devices…"));
        else if (rows.isEmpty())
            pick->addItem(tr("Nothing found: check the cable and power, or type the settings below"));
        else
            pick->addItem(tr("Choose one of %n found…", nullptr, int(rows.size())));
        for (int i : std::as_const(rows)) {
            pick->addItem(pickText(state->found.at(i)), i);
            pick->setItemData(pick->count() - 1, state->found.at(i).name, Qt::ToolTipRole);
        }
        pick->setEnabled(!rows.isEmpty());
    };

    auto showRows = [=] {
        const std::optional<DeviceCategory> c = [&]() -> std::optional<DeviceCategory> {
            for (DeviceCategory each : categories)
                if (hal::categoryKey(each) == category->currentData().toString())
                    return each;
            return std::nullopt;
        }();
        const QString b = backend->currentData().toString();
        for (int i = 0; i < fields.size(); ++i)
            if (form)
                form->setRowVisible(widgets.at(i), c && applies(fields.at(i), *c, b));
        if (form)
            form->setRowVisible(picks, bool(sourcesFor(b)));
        fillPicks();
        dialog->adjustSize();
    };
    auto fillBackends = [=](const QString &wanted) {
        const QSignalBlocker block(backend);
        backend->clear();
        for (DeviceCategory each : categories) {
            if (hal::categoryKey(each) != category->currentData().toString())
                continue;
            for (const QString &key : backends(each))
                backend->addItem(backendName(key), key);
        }
        const int at = backend->findData(wanted);
        backend->setCurrentIndex(at >= 0 ? at : 0);
        showRows();
    };
    auto runDetection = [=](hal::DeviceDetector::Sources sources) {
        hal::DeviceDetector::Options options = detection;
        if (auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("cupsServerEdit")); server && !server->text().trimmed().isEmpty())
            options.cupsServer = server->text().trimmed();
        ++state->running;
        hal::DetectionJob *job = hal::DetectionJob::start(sources, options, dialog);
        QObject::connect(job, &hal::DetectionJob::finished, dialog, [=](const QList<hal::DetectedDevice> &found) {
            --state->running;
            // Results replace those of the same sources.
            for (int i = int(state->found.size()) - 1; i >= 0; --i)
                if (sources & sourcesFor(state->found.at(i).backend))
                    state->found.removeAt(i);
            state->found += found;
            fillPicks();
        });
        fillPicks();
    };
    QObject::connect(pick, &QComboBox::currentIndexChanged, dialog, [=](int index) {
        if (index <= 0)
            return;
        const int at = pick->itemData(index).toInt();
        if (at < 0 || at >= state->found.size())
            return;
        const hal::DetectedDevice chosen = state->found.at(at);
        state->extra.clear();
        for (auto it = chosen.params.cbegin(); it != chosen.params.cend(); ++it) {
            bool shown = false;
            for (int i = 0; i < fields.size(); ++i) {
                if (QLatin1String(fields.at(i).key) != it.key() || (form && !form->isRowVisible(widgets.at(i))))
                    continue;
                shown = true;
                if (auto *edit = qobject_cast<QLineEdit *>(widgets.at(i)))
                    edit->setText(it.value().toString());
                else if (auto *combo = qobject_cast<QComboBox *>(widgets.at(i)); combo && combo->findText(it.value().toString()) >= 0)
                    combo->setCurrentIndex(combo->findText(it.value().toString()));
            }
            // A USB printer's serial number tells two identical printers apart; the form has no field.
            if (!shown && it.key() == QLatin1String("serial") && chosen.backend == QLatin1String("usb"))
                state->extra.insert(it.key(), it.value());
        }
        // Fields of this connection the picked device does not set are emptied (e.g. vid/pid when a
        // path is picked), so the form says exactly what was found.
        for (int i = 0; i < fields.size(); ++i) {
            auto *edit = qobject_cast<QLineEdit *>(widgets.at(i));
            const QString key = QLatin1String(fields.at(i).key);
            if (edit && form && form->isRowVisible(widgets.at(i)) && !chosen.params.contains(key)
                && key != QLatin1String("server"))
                edit->clear();
        }
        if (name->text().trimmed().isEmpty())
            name->setText(plainName(chosen.name));
    });
    QObject::connect(rescan, &QPushButton::clicked, dialog, [=] { runDetection(hal::DeviceDetector::Source::All); });
    if (auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("cupsServerEdit")))
        QObject::connect(server, &QLineEdit::editingFinished, dialog,
                         [=] { runDetection(hal::DeviceDetector::Source::CupsQueues); });
    QObject::connect(category, &QComboBox::currentIndexChanged, dialog, [=] {
        // A new device's id follows its kind while it is still the one we suggested.
        if (!editing) {
            for (DeviceCategory each : categories) {
                if (hal::categoryKey(each) != category->currentData().toString())
                    continue;
                const bool suggested = std::any_of(categories.cbegin(), categories.cend(), [&](DeviceCategory c) {
                    return id->text() == suggestId(c, takenIds);
                });
                if (suggested || id->text().isEmpty())
                    id->setText(suggestId(each, takenIds));
            }
        }
        fillBackends(QString());
    });
    QObject::connect(backend, &QComboBox::currentIndexChanged, dialog, [=] { showRows(); });
    const int startCategory = category->findData(start.category);
    {
        const QSignalBlocker block(category);
        category->setCurrentIndex(startCategory >= 0 ? startCategory : 0);
    }
    category->setEnabled(!editing);
    fillBackends(start.backend);
    runDetection(hal::DeviceDetector::Source::All);

    dialog->setSubmit([=]() -> Status {
        DeviceConfig config;
        config.id = id->text().trimmed();
        config.name = name->text().trimmed();
        config.category = category->currentData().toString();
        config.backend = backend->currentData().toString();
        QVariantMap params = startParams;
        for (int i = 0; i < fields.size(); ++i) {
            const ParamField &field = fields.at(i);
            const QString key = QLatin1String(field.key);
            QWidget *widget = widgets.at(i);
            if (form && !form->isRowVisible(widget))
                continue;
            QString value;
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                value = combo->currentText();
            else if (auto *edit = qobject_cast<QLineEdit *>(widget))
                value = edit->text().trimmed();
            if (value.isEmpty()) {
                params.remove(key);
                continue;
            }
            if (field.number) {
                bool ok = false;
                const int number = value.toInt(&ok);
                if (!ok)
                    return Error::invalidInput(tr("%1 must be a number.").arg(trField(field.label)));
                params.insert(key, number);
            } else {
                params.insert(key, value);
            }
        }
        // Settings of the previous connection that the new one does not use go.
        for (int i = 0; i < fields.size(); ++i) {
            const QString key = QLatin1String(fields.at(i).key);
            bool usedByVisible = false;
            for (int j = 0; j < fields.size(); ++j)
                usedByVisible = usedByVisible
                                || (QLatin1String(fields.at(j).key) == key && form && form->isRowVisible(widgets.at(j)));
            if (!usedByVisible)
                params.remove(key);
        }
        for (auto it = state->extra.cbegin(); it != state->extra.cend(); ++it)
            params.insert(it.key(), it.value());
        config.setParamMap(params);
        return save(config);
    });
    return dialog;
}

} // namespace qtill::devicesui
