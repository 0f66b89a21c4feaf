#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace qtill::app {

/// Chooses and installs the user-interface language: Qtill's own strings (compiled into the app from
/// resources/translations/qtill_<lang>.ts) and Qt's (dialog buttons, …) from the system's Qt translations.
class Translations
{
public:
    /// "zh_CN" when `requested` is empty and the system locale is Chinese, else "en"; `requested`
    /// ("zh_CN" or "en") wins when given.
    static QString choose(const QString &requested, const QLocale &system);

    /// Installs the translators for `language` (Qtill's own, then Qt's) and makes it the default
    /// QLocale, so dates and numbers follow. Returns the installed translators, owned by the caller
    /// (remove() them when done). A missing Qtill translation for a non-English language is a build
    /// problem; the UI then shows English.
    static QList<QTranslator *> install(const QString &language);
    /// Uninstalls and deletes translators returned by install().
    static void remove(const QList<QTranslator *> &translators);
};

} // namespace qtill::app
