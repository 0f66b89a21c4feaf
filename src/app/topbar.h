#pragma once

#include <QDate>
#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;

namespace qtill {
struct Session;
}

namespace qtill::app {

/// How the device indicator looks: muted (nothing to say), ok (green), warning (orange: a device needs
/// attention).
enum class DeviceIndicator { Muted, Ok, Warning };

/// The status bar across the top of the workspace: store and register, business date, device status,
/// the signed-in operator and role, the time, and the lock and sign-out buttons.
/// Labels are named for tests: "storeName", "registerId", "businessDate", "deviceStatus",
/// "operatorLabel", "roleLabel", "clockLabel"; buttons "lockButton", "signOutButton".
class TopBar : public QWidget
{
    Q_OBJECT
public:
    explicit TopBar(QWidget *parent = nullptr);

    void setStore(const QString &name, const QString &registerId);
    void setBusinessDate(QDate date);
    void setSession(const Session &session);
    void setTime(const QDateTime &now);
    /// A short status ("No devices configured") and a tooltip saying more; `ok` false shows it muted.
    void setDeviceStatus(const QString &text, const QString &details, bool ok);
    void setDeviceStatus(const QString &text, const QString &details, DeviceIndicator indicator);
    /// The indicator's look now ("muted", "ok", "warning"), for tests.
    QString deviceIndicator() const;

    QString operatorText() const;

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    /// The device indicator was clicked (the shell opens the Devices screen).
    void devicesClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_store;
    QLabel *m_register;
    QLabel *m_date;
    QLabel *m_devices;
    QLabel *m_operator;
    QLabel *m_role;
    QLabel *m_clock;
    QPushButton *m_lock;
    QPushButton *m_signOut;
};

} // namespace qtill::app
