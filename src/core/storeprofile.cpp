#include "storeprofile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace qtill {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qtill::StoreProfile", text);
}

/// The free-text fields: name on the command line, member, title for messages, length limit.
struct TextField
{
    const char *name;
    QString StoreProfile::*member;
    const char *title;
    int maxLength;
    bool multiLine;
};

const TextField kTextFields[] = {
    {"name", &StoreProfile::name, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Store name"), StoreProfile::kMaxTextLength, false},
    {"address", &StoreProfile::address, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Address"), StoreProfile::kMaxTextLength, false},
    {"phone", &StoreProfile::phone, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Phone"), StoreProfile::kMaxTextLength, false},
    {"tax-id", &StoreProfile::taxId, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Tax id"), StoreProfile::kMaxTextLength, false},
    {"logo", &StoreProfile::logoPath, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Logo file"), StoreProfile::kMaxTextLength, false},
    {"receipt-header", &StoreProfile::receiptHeader, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Receipt header"),
     StoreProfile::kMaxReceiptTextLength, true},
    {"receipt-footer", &StoreProfile::receiptFooter, QT_TRANSLATE_NOOP("qtill::StoreProfile", "Receipt footer"),
     StoreProfile::kMaxReceiptTextLength, true},
};

const TextField *textField(const QString &name)
{
    for (const TextField &f : kTextFields) {
        if (name == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

} // namespace

bool StoreProfile::isValidRegisterId(const QString &id)
{
    static const QRegularExpression kPattern(QStringLiteral("^[A-Z0-9]{1,8}$"));
    return kPattern.match(id).hasMatch();
}

QString StoreProfile::systemTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    return id.isEmpty() || !QTimeZone(id).isValid() ? QStringLiteral("UTC") : QString::fromLatin1(id);
}

Status StoreProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::invalidInput(tr("The store name is empty. Type the name printed on receipts."));
    for (const TextField &f : kTextFields) {
        if ((this->*(f.member)).size() > f.maxLength)
            return Error::invalidInput(tr("%1 is too long: at most %2 characters.").arg(tr(f.title)).arg(f.maxLength));
    }
    static const QRegularExpression kTaxId(QStringLiteral("^[A-Za-z0-9-]*$"));
    if (!kTaxId.match(taxId).hasMatch())
        return Error::invalidInput(tr("The tax id may contain only letters, digits and '-'."), taxId);
    if (!currency().isValid())
        return Error::invalidInput(tr("Unknown currency \"%1\". Use an ISO code such as CNY, HKD or USD.").arg(currencyCode));
    if (!businessDayStart.isValid() || businessDayStart > QTime(12, 0))
        return Error::invalidInput(tr("The business day must start between 00:00 and 12:00."));
    if (timeZone.isEmpty() || !QTimeZone(timeZone.toLatin1()).isValid())
        return Error::invalidInput(
            tr("Unknown time zone \"%1\". Use a name such as Asia/Shanghai or Europe/Berlin.").arg(timeZone));
    if (!isValidRegisterId(registerId))
        return Error::invalidInput(
            tr("\"%1\" is not a register id. Use 1 to 8 capital letters or digits, such as R01.").arg(registerId));
    if (idleLockMinutes < 0 || idleLockMinutes > kMaxIdleLockMinutes)
        return Error::invalidInput(tr("The screen lock must come after 0 to %1 minutes (0: never).").arg(kMaxIdleLockMinutes));
    return {};
}

QStringList StoreProfile::fieldNames()
{
    QStringList names;
    for (const TextField &f : kTextFields)
        names << QLatin1String(f.name);
    names << QStringLiteral("currency") << QStringLiteral("day-start") << QStringLiteral("time-zone")
          << QStringLiteral("register-id")
          << QStringLiteral("idle-lock");
    return names;
}

QString StoreProfile::field(const QString &fieldName) const
{
    if (const TextField *f = textField(fieldName))
        return this->*(f->member);
    if (fieldName == QLatin1String("currency"))
        return currencyCode;
    if (fieldName == QLatin1String("day-start"))
        return businessDayStart.toString(QStringLiteral("HH:mm"));
    if (fieldName == QLatin1String("time-zone"))
        return timeZone;
    if (fieldName == QLatin1String("register-id"))
        return registerId;
    if (fieldName == QLatin1String("idle-lock"))
        return QString::number(idleLockMinutes);
    return {};
}

Status StoreProfile::setField(const QString &fieldName, const QString &value)
{
    if (const TextField *f = textField(fieldName)) {
        this->*(f->member) = f->multiLine ? value : value.trimmed();
    } else if (fieldName == QLatin1String("currency")) {
        currencyCode = value.trimmed().toUpper();
    } else if (fieldName == QLatin1String("time-zone")) {
        timeZone = value.trimmed();
    } else if (fieldName == QLatin1String("register-id")) {
        registerId = value.trimmed();
    } else if (fieldName == QLatin1String("idle-lock")) {
        bool ok = false;
        const int minutes = value.trimmed().toInt(&ok);
        if (!ok)
            return Error::invalidInput(tr("\"%1\" is not a number of minutes.").arg(value));
        idleLockMinutes = minutes;
    } else if (fieldName == QLatin1String("day-start")) {
        const QTime t = QTime::fromString(value.trimmed(), QStringLiteral("H:mm"));
        if (!t.isValid())
            return Error::invalidInput(tr("\"%1\" is not a time. Type it as HH:mm, such as 04:00.").arg(value));
        businessDayStart = t;
    } else {
        return Error::invalidInput(tr("There is no store profile field \"%1\". The fields are: %2.")
                                       .arg(fieldName, fieldNames().join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace qtill
