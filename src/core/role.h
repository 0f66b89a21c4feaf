#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace qtill {

/// What an operator is in the shop. Higher roles are not automatically supersets: what each role may
/// do is the permission table, which the owner edits (the owner always keeps every permission).
enum class Role { Cashier = 1, Supervisor = 2, Manager = 3, Owner = 4 };

/// Stable key stored in the database and used on the command line: "cashier", "supervisor", …
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
/// Translated name for screens ("收银员", "Cashier").
QString roleDisplayName(Role role);
QList<Role> allRoles();

} // namespace qtill
