// qtillctl: the Qtill store's services on the command line. All work is in qtill::cli.
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Qtill"));
    QCoreApplication::setApplicationName(QStringLiteral("qtill"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return qtill::cli::run(arguments);
}
