#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qtill::app {

QString Translations::choose(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty())
        return requested;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QList<QTranslator *> Translations::install(const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);

    QList<QTranslator *> installed;
    auto *own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/qtill_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
        if (language != QLatin1String("en"))
            qWarning("qtill: no user-interface translation for %s in this build", qPrintable(language));
    }

    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed << qt;
        } else {
            delete qt;
        }
    }
    return installed;
}

void Translations::remove(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace qtill::app
