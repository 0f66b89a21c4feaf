#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace qtill {

class SqlDialect;
class Store;

/// One numbered step of a schema. Steps are applied in order, each in its own transaction.
/// A released step is never edited: a change is a new step.
struct Migration
{
    int version = 0;          ///< 1, 2, 3, … without gaps
    QString description;      ///< one line, shown in logs and `qtillctl db status`
    QStringList statements;   ///< portable SQL (see SqlDialect), run in order
    /// For a step whose SQL must differ between the engines (an append-only guard, a search index):
    /// when set, it gives the statements for the store's dialect and `statements` is not used.
    std::function<QStringList(const SqlDialect &dialect)> build = {};

    /// For a change SQL alone cannot make (rewriting stored times row by row): when set, it runs after
    /// the statements, inside the step's transaction, on either engine; an error rolls the whole step
    /// back. It reads and writes only through `store` (Store::exec joins the step's transaction).
    std::function<Status(Store &store)> run = {};

    QStringList statementsFor(const SqlDialect &dialect) const { return build ? build(dialect) : statements; }
};

/// The migrations one part of Qtill owns ("core", "auth", "audit", "inventory", …).
/// Each schema's version is tracked separately in the schema_migrations table.
struct Schema
{
    QString name;
    QList<Migration> migrations;

    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

} // namespace qtill
