#include "context.h"

#include "checkout/checkoutmodule.h"
#include "inventory/inventorymodule.h"
#include "members/membersmodule.h"

#include "core/databaseaddress.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace qtill::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::cli", text);
}

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

/// The modules qtillctl wires, in dependency order.
QList<const DomainModule *> modules()
{
    static const inventory::InventoryModule kInventory;
    static const members::MembersModule kMembers;
    static const checkout::CheckoutModule kCheckout;
    return {&kInventory, &kMembers, &kCheckout};
}

/// True when `address` holds a store: the file exists, or the server's database has tables. A command
/// other than init never creates one (on a typo'd path, or an empty database it would lay the schema).
Result<bool> storeExists(const DatabaseAddress &address, const Clock &clock)
{
    if (!address.isServer())
        return QFile::exists(address.filePath());
    Store::Options probe;
    probe.path = address.displayText();
    probe.createIfMissing = false;
    auto opened = Store::open(probe, clock);
    if (!opened)
        return opened.error(); // a server that wants a password: the error says to use ~/.pgpass
    return !(*opened)->isNew();
}

} // namespace

Context::Context(Args args) : m_args(std::move(args)) {}

Context::~Context()
{
    close();
}

void Context::close()
{
    if (m_session && m_services)
        (void)m_services->operators().signOut(*m_session);
    m_session.reset();
    m_services.reset();
}

QString Context::databasePath() const
{
    return m_args.has(QStringLiteral("db")) ? m_args.value(QStringLiteral("db")) : Store::defaultPath();
}

Result<Services *> Context::services(bool createIfMissing)
{
    if (m_services)
        return m_services.get();
    auto address = DatabaseAddress::parse(databasePath());
    if (!address)
        return address.error();
    auto opened = openStore(*address, createIfMissing);
    if (!opened && askServerPassword(opened.error(), *address))
        opened = openStore(*address, createIfMissing);
    if (!opened)
        return opened.error(); // a server wanting a password: the error says to use ~/.pgpass
    m_services = std::move(opened.value());
    return m_services.get();
}

Result<std::unique_ptr<Services>> Context::openStore(const DatabaseAddress &address, bool createIfMissing)
{
    // A server's database exists or not on the server (Store::open says which); a file is checked here
    // so a typo'd path is not created by a command that only reads.
    if (!createIfMissing) {
        auto exists = storeExists(address, m_clock);
        if (!exists)
            return exists.error();
        if (!*exists) {
            return Error::notFound(tr("There is no Qtill database at %1. Create it with: qtillctl init --db \"%1\"")
                                       .arg(address.displayText()));
        }
    }
    return Services::open(Services::Options{.clock = m_clock,
                                            .path = databasePath(),
                                            .modules = modules(),
                                            .pinParams = PinHasher::Params::interactive(),
                                            .createIfMissing = createIfMissing});
}

bool Context::askServerPassword(const Error &error, const DatabaseAddress &address) const
{
    if (!address.isServer() || error.code != Error::Code::PermissionDenied || !error.detail.contains(QStringLiteral("password"))
        || qEnvironmentVariableIsSet("PGPASSWORD") || !::isatty(STDIN_FILENO))
        return false;
    auto password = readSecret(tr("Password of %1 for %2: ").arg(address.user(), address.displayText()));
    if (!password || password->isEmpty())
        return false;
    qputenv("PGPASSWORD", password->toUtf8());
    return true;
}

Result<std::unique_ptr<Services>> Context::openOther(const QString &address) const
{
    return Services::open(Services::Options{.clock = m_clock,
                                            .path = address,
                                            .modules = modules(),
                                            .pinParams = PinHasher::Params::interactive(),
                                            .createIfMissing = false});
}

Result<Session> Context::signInAs(const QString &number, const QString &pin)
{
    auto services = this->services();
    if (!services)
        return services.error();
    auto session = (*services)->operators().signIn(number, pin);
    if (!session)
        return session.error();
    m_session = *session;
    m_actorPin = pin;
    return *session;
}

Result<Session> Context::actor()
{
    if (m_session)
        return *m_session;
    const QString number = m_args.value(QStringLiteral("as"));
    if (number.isEmpty()) {
        return Error::invalidInput(tr("This command acts as an operator: add --as NUMBER (the PIN comes from "
                                      "QTILL_PIN or is asked for)."));
    }
    auto services = this->services();
    if (!services)
        return services.error();
    QString pin = qEnvironmentVariable("QTILL_PIN");
    if (pin.isEmpty()) {
        auto typed = readSecret(tr("PIN of operator %1: ").arg(number));
        if (!typed)
            return typed.error();
        pin = *typed;
    }
    return signInAs(number, pin);
}

Result<QString> Context::readNewPin(const QString &forWhom)
{
    const QString fromEnv = qEnvironmentVariable("QTILL_NEW_PIN");
    if (!fromEnv.isEmpty())
        return fromEnv;
    auto first = readSecret(tr("New PIN for %1: ").arg(forWhom));
    if (!first)
        return first.error();
    auto second = readSecret(tr("New PIN again: "));
    if (!second)
        return second.error();
    if (*first != *second)
        return Error::invalidInput(tr("The two PINs differ; nothing was changed."));
    return *first;
}

Result<QString> Context::readSecret(const QString &prompt) const
{
    QFile tty(QStringLiteral("/dev/tty"));
    if (!::isatty(STDIN_FILENO) || !tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        return Error::invalidInput(tr("No terminal to ask for the PIN: set QTILL_PIN (and QTILL_NEW_PIN for a new PIN)."));
    }
    tty.write(prompt.toUtf8());
    const int fd = tty.handle();
    termios saved{};
    const bool canHide = ::tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &silent);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n' && c != '\r')
        line.append(c);
    if (canHide)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    tty.write("\n");
    return QString::fromUtf8(line).trimmed();
}

void Context::say(const QString &text) const
{
    if (json())
        return;
    writeTo(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void Context::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeTo(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

int Context::fail(const Error &error) const
{
    QString text = QStringLiteral("qtillctl: ") + error.message + QLatin1Char('\n');
    if (verbose() && !error.detail.isEmpty())
        text += QStringLiteral("  (%1: %2)\n").arg(QLatin1String(errorCodeName(error.code)), error.detail);
    writeTo(stderr, text);
    return kExitError;
}

int Context::usage(const QString &message) const
{
    writeTo(stderr, QStringLiteral("qtillctl: ") + message + QLatin1Char('\n')
                        + tr("Run \"qtillctl --help\" for the commands.") + QLatin1Char('\n'));
    return kExitUsage;
}

QString jsonTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace qtill::cli
