#include "args.h"

#include <QCoreApplication>

namespace qtill::cli {

const QStringList &Args::valueOptions()
{
    static const QStringList kValues{QStringLiteral("db"),   QStringLiteral("as"),     QStringLiteral("role"),
                                     QStringLiteral("name"), QStringLiteral("rate"),   QStringLiteral("limit"),
                                     QStringLiteral("action"), QStringLiteral("operator"),
                                     QStringLiteral("days"), QStringLiteral("supplier"), QStringLiteral("note"),
                                     QStringLiteral("encoding"),
                                     QStringLiteral("location"), QStringLiteral("reason"), QStringLiteral("from"),
                                     QStringLiteral("to"), QStringLiteral("offset"), QStringLiteral("status"),
                                     QStringLiteral("tier"), QStringLiteral("at"),
                                     // coupons campaign create | issue
                                     QStringLiteral("kind"), QStringLiteral("amount"), QStringLiteral("percent"),
                                     QStringLiteral("cap"), QStringLiteral("min-spend"), QStringLiteral("multiplier"),
                                     QStringLiteral("until"), QStringLiteral("categories"), QStringLiteral("products"),
                                     QStringLiteral("per-member"), QStringLiteral("total"), QStringLiteral("count"),
                                     QStringLiteral("members")};
    return kValues;
}

const QStringList &Args::flagOptions()
{
    static const QStringList kFlags{QStringLiteral("json"), QStringLiteral("verbose"), QStringLiteral("help"),
                                    QStringLiteral("demo"), QStringLiteral("default"),
                                    QStringLiteral("create-po"), QStringLiteral("replace"), QStringLiteral("zero-uncounted"),
                                    QStringLiteral("all"),
                                    QStringLiteral("good-rows-only"), QStringLiteral("dry-run"), QStringLiteral("no-bom"),
                                    QStringLiteral("accept-over"), QStringLiteral("update"), QStringLiteral("items"),
                                    QStringLiteral("create-missing"), QStringLiteral("exclusive")};
    return kFlags;
}

Args Args::parse(const QStringList &arguments)
{
    Args args;
    bool onlyWords = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        // A negative number ("stock adjust 140007 FLOOR -3") is a word, not an option.
        const bool negativeNumber = arg.size() > 1 && (arg.at(1).isDigit() || arg.at(1) == QLatin1Char('.'));
        if (onlyWords || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") || negativeNumber) {
            args.m_words << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyWords = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            args.m_flags.insert(QStringLiteral("help"));
            continue;
        }
        if (arg == QLatin1String("-v")) {
            args.m_flags.insert(QStringLiteral("verbose"));
            continue;
        }
        QString name = arg.startsWith(QLatin1String("--")) ? arg.mid(2) : QString();
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (valueOptions().contains(name)) {
            if (!hasValue) {
                if (i + 1 >= arguments.size()) {
                    args.m_error = QCoreApplication::translate("qtill::cli", "The option --%1 needs a value.").arg(name);
                    return args;
                }
                value = arguments.at(++i);
            }
            args.m_values.insert(name, value);
        } else if (flagOptions().contains(name) && !hasValue) {
            args.m_flags.insert(name);
        } else {
            args.m_error = QCoreApplication::translate("qtill::cli", "Unknown option %1.").arg(arg);
            return args;
        }
    }
    return args;
}

} // namespace qtill::cli
