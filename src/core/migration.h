#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill {

/// One numbered step of a schema. Steps are applied in order, each in its own transaction.
/// A released step is never edited: a change is a new step.
struct Migration
{
    int version = 0;          ///< 1, 2, 3, … without gaps
    QString description;      ///< one line, shown in logs and `qtillctl db status`
    QStringList statements;   ///< portable SQL (see Store's notes on dialects), run in order
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
