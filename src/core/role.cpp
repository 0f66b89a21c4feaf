#include "role.h"

#include <QCoreApplication>

namespace qtill {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("cashier");
}

std::optional<Role> roleFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Role role : allRoles()) {
        if (roleKey(role) == k)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Cashier:
        return QCoreApplication::translate("qtill::Role", "Cashier");
    case Role::Supervisor:
        return QCoreApplication::translate("qtill::Role", "Supervisor");
    case Role::Manager:
        return QCoreApplication::translate("qtill::Role", "Manager");
    case Role::Owner:
        return QCoreApplication::translate("qtill::Role", "Owner");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Cashier, Role::Supervisor, Role::Manager, Role::Owner};
}

} // namespace qtill
