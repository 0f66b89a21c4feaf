#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace qtill::cli {

/// The command line split into words and options. Options may stand anywhere: `--db PATH` or
/// `--db=PATH` for options that take a value, `--json` for flags.
class Args
{
public:
    /// Parses `arguments` (without the program name). On a malformed line, error() says why.
    static Args parse(const QStringList &arguments);

    const QString &error() const { return m_error; }
    /// The words that are not options: the command, its subcommand and their arguments.
    const QStringList &words() const { return m_words; }
    /// Word `index`, or an empty string.
    QString word(qsizetype index) const { return m_words.value(index); }

    bool flag(const QString &name) const { return m_flags.contains(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

    /// Options that take a value / flags, known to every command.
    static const QStringList &valueOptions();
    static const QStringList &flagOptions();

private:
    QStringList m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace qtill::cli
