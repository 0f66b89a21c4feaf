#pragma once
// Shared by the admin and inventory widget tests: a temporary store opened through Services with the
// inventory module and fast PIN hashing, the first-run operators `qtillctl init` creates (owner 00 /
// 888888, cashier 01 / 0000, supervisor 99 / 123456), and a ShellContext that records the shell's
// messages and lets a test play the supervisor in the override dialog.

#include "core/auditlog.h"
#include "core/authorizer.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/permissionservice.h"
#include "core/services.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"
#include "shell/shellcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>

namespace qtill::test {

/// The shell as a screen sees it, without a main window.
class FakeShellContext final : public shell::ShellContext
{
public:
    struct Message
    {
        QString text;
        Severity severity;
    };

    explicit FakeShellContext(Services &services) : m_services(services) {}

    void setSession(const Session &session) { m_session = session; }

    /// What the supervisor types in the override dialog; unset: the dialog is cancelled.
    std::optional<SupervisorCredentials> supervisor;
    /// Every authorize() request: the permission and the "why" line.
    QStringList authorizeRequests;
    QList<Message> messages;

    QString lastMessage() const { return messages.isEmpty() ? QString() : messages.last().text; }
    bool lastWasError() const { return !messages.isEmpty() && messages.last().severity == Severity::Error; }

    Services &services() override { return m_services; }
    const Clock &clock() const override { return m_services.clock(); }
    const Session &session() const override { return m_session; }
    void showMessage(const QString &text, Severity severity) override { messages << Message{text, severity}; }

    std::optional<Authorization> authorize(const QString &permission, const QString &why, QWidget *) override
    {
        authorizeRequests << permission + QStringLiteral(": ") + why;
        // What AppShellContext does: the operator's own right, else the override dialog (here: the
        // credentials the test set), through the real Authorizer.
        auto granted = m_services.authorizer().authorize(m_session, permission, std::nullopt);
        if (granted)
            return *granted;
        if (!supervisor)
            return std::nullopt;
        auto approved = m_services.authorizer().authorize(m_session, permission, supervisor);
        if (!approved) {
            showMessage(approved.error().message, Severity::Error);
            return std::nullopt;
        }
        return *approved;
    }

    bool can(const QString &permission) const override { return m_services.permissions().has(m_session, permission); }
    QList<shell::ScreenDescriptor> availableScreens() const override { return {}; }
    bool openScreen(const QString &) override { return false; }

private:
    Services &m_services;
    Session m_session;
};

/// A fresh store with the first-run operators; `context` is signed in as the owner.
class AdminFixture : public ::testing::Test
{
protected:
    static constexpr const char *kOwner = "00";
    static constexpr const char *kOwnerPin = "888888";
    static constexpr const char *kCashier = "01";
    static constexpr const char *kCashierPin = "0000";
    static constexpr const char *kSupervisor = "99";
    static constexpr const char *kSupervisorPin = "123456";

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Services::open({.clock = m_clock,
                                      .path = m_dir.filePath(QStringLiteral("qtill.db")),
                                      .modules = {&m_inventory},
                                      .pinParams = PinHasher::Params::fastest()});
        ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
        m_services = std::move(opened.value());
        auto created = m_services->operators().bootstrap(Services::firstRunOperators());
        ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
        m_context = std::make_unique<FakeShellContext>(*m_services);
        m_context->setSession(signIn(QLatin1String(kOwner), QLatin1String(kOwnerPin)));
    }

    void TearDown() override
    {
        // Screens (and their dialogs) go before the services they hold references to.
        m_context.reset();
        m_services.reset();
    }

    Services &services() { return *m_services; }
    /// The store's inventory services, as screens reach them.
    inventory::InventoryServices &inventory() { return inventory::InventoryServices::of(*m_services); }
    FakeShellContext &context() { return *m_context; }

    Session signIn(const QString &number, const QString &pin)
    {
        auto session = m_services->operators().signIn(number, pin);
        EXPECT_TRUE(session.ok()) << number.toStdString() << ": "
                                  << (session.ok() ? std::string() : session.error().toString().toStdString());
        return session.ok() ? *session : Session{};
    }

    Session ownerSession() { return signIn(QLatin1String(kOwner), QLatin1String(kOwnerPin)); }

    /// Shows `screen` at a terminal's size and waits until it is exposed, as the shell would.
    static void show(QWidget *screen)
    {
        screen->resize(1280, 800);
        screen->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(screen));
    }

    /// Clicks a button (or any widget) in its middle, as a finger would.
    static void tap(QWidget *widget)
    {
        ASSERT_NE(widget, nullptr);
        ASSERT_TRUE(widget->isEnabled()) << widget->objectName().toStdString() << " is disabled";
        QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
    }

    /// Clears a line edit and types `text` into it: ASCII key by key, Chinese as an input method
    /// commits it (one committed string per run of non-ASCII characters).
    static void typeInto(QWidget *edit, const QString &text)
    {
        ASSERT_NE(edit, nullptr);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        qsizetype i = 0;
        while (i < text.size()) {
            qsizetype j = i;
            const bool ascii = text.at(i).unicode() < 0x80;
            while (j < text.size() && (text.at(j).unicode() < 0x80) == ascii)
                ++j;
            const QString run = text.mid(i, j - i);
            if (ascii) {
                QTest::keyClicks(edit, run);
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(run);
                QApplication::sendEvent(edit, &commit);
            }
            i = j;
        }
    }

    /// Runs the event loop until `done` or `timeoutMs` passes.
    static bool waitUntil(const std::function<bool()> &done, int timeoutMs = 3000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(10);
        }
        return true;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(10, 0))};
    inventory::InventoryModule m_inventory;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<FakeShellContext> m_context;
};

} // namespace qtill::test
