#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

#include <QLabel>

class QPushButton;

namespace qtill {
struct Session;
}

namespace qtill::app {

/// The device chip: a label that shows as much of its text as the bar has room for, cut with "…",
/// while asking the layout for the whole text's width (at most kMaxWidth) — so the bar's other parts
/// are never pushed out and the text never changes the layout back and forth.
class StatusChip : public QLabel
{
public:
    static constexpr int kMaxWidth = 320;
    static constexpr int kMinWidth = 72;

    explicit StatusChip(QWidget *parent = nullptr);
    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();
    QString m_full;
};

/// How the device indicator looks: muted (nothing to say), ok (green), warning (orange: a device needs
/// attention).
enum class DeviceIndicator { Muted, Ok, Warning };

/// The status bar across the top of the workspace: store and register, business date, device status,
/// the signed-in operator and role, the time, and the lock and sign-out buttons.
/// Labels are named for tests: "storeName", "registerId", "databaseAddress", "businessDate", "deviceStatus",
/// "operatorLabel", "roleLabel", "clockLabel"; buttons "lockButton", "signOutButton".
class TopBar : public QWidget
{
    Q_OBJECT
public:
    explicit TopBar(QWidget *parent = nullptr);

    void setStore(const QString &name, const QString &registerId);
    /// The shared database a lane works on, as a muted chip beside the register: `shown` (short:
    /// "pos-server:5432/shop") on the chip, `address` (DatabaseAddress::displayText(), never a
    /// secret) in its tooltip. Empty hides it (a one-lane store in its own file).
    void setDatabase(const QString &shown, const QString &address);
    void setBusinessDate(QDate date);
    void setSession(const Session &session);
    void setTime(const QDateTime &now);
    /// A short status ("No devices configured", "Devices OK 6/6") and a tooltip saying more; `ok` false
    /// shows it muted. The chip never pushes the rest of the bar out: a text too long for the room
    /// left is cut with "…" (the whole text is then the tooltip's first line).
    void setDeviceStatus(const QString &text, const QString &details, bool ok);
    void setDeviceStatus(const QString &text, const QString &details, DeviceIndicator indicator);
    /// The indicator's look now ("muted", "ok", "warning"), for tests.
    QString deviceIndicator() const;

    QString operatorText() const;
    /// The device status as set (the chip may show it shortened).
    QString deviceText() const { return m_deviceText; }
    /// True when the chip shows deviceText() in full.
    bool deviceTextFits() const;

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    /// The device indicator was clicked (the shell opens the Devices screen).
    void devicesClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_deviceText;
    QLabel *m_store;
    QLabel *m_register;
    StatusChip *m_database;
    QLabel *m_date;
    StatusChip *m_devices;
    QLabel *m_operator;
    QLabel *m_role;
    QLabel *m_clock;
    QPushButton *m_lock;
    QPushButton *m_signOut;
};

} // namespace qtill::app
