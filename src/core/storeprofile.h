#pragma once

#include "currency.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QTime>

namespace qtill {

/// Who the shop is and how its registers count: what a receipt prints at the top and bottom, the
/// currency of every price, when the business day turns over and which lane this register is.
/// A plain value; StoreProfileService reads and writes it.
struct StoreProfile
{
    static constexpr int kMaxTextLength = 200;       ///< name, address, phone, tax id, logo path
    static constexpr int kMaxReceiptTextLength = 500;  ///< receipt header / footer (may hold line breaks)

    QString name;               ///< "Qtill 演示超市"; must not be empty once set
    QString address;
    QString phone;
    QString taxId;              ///< 纳税人识别号 / unified social credit code, printed on receipts
    QString logoPath;           ///< an image file for the receipt and the customer screen; empty: none
    QString receiptHeader;      ///< lines printed under the shop name
    QString receiptFooter;      ///< lines printed at the end ("谢谢惠顾")
    QString currencyCode = QStringLiteral("CNY");     ///< ISO 4217 code of every price in the store
    QTime businessDayStart = QTime(4, 0);              ///< see Clock::businessDate
    /// The store's IANA time zone ("Asia/Shanghai"): its business day starts at businessDayStart there,
    /// whatever the zone of the lane. Default: this machine's zone (systemTimeZone()).
    QString timeZone = systemTimeZone();
    QString registerId = QStringLiteral("R01");        ///< this lane, prefix of its document numbers
    int idleLockMinutes = 5;                           ///< the screen locks after this long without input; 0: never
    static constexpr int kMaxIdleLockMinutes = 240;

    /// This machine's IANA time zone id ("UTC" when the system names none QTimeZone knows).
    static QString systemTimeZone();

    /// The currency named by currencyCode (invalid for an unknown code).
    Currency currency() const { return Currency::fromCode(currencyCode); }

    /// Ok when every field is usable; otherwise InvalidInput naming the first bad field and what to type.
    /// Rules: name not empty; text fields within their length; tax id letters, digits and '-' only;
    /// a known currency; the business day starts between 00:00 and 12:00; a time zone QTimeZone knows;
    /// register id 1 to 8 upper-case letters or digits. The logo file is not checked here (see StoreProfileService).
    Status validate() const;

    /// The field names `qtillctl profile set` and setField() accept, in display order:
    /// name, address, phone, tax-id, logo, receipt-header, receipt-footer, currency, day-start, time-zone,
    /// register-id, idle-lock (minutes).
    static QStringList fieldNames();
    /// The field's value as text ("04:00" for day-start); empty for an unknown field.
    QString field(const QString &fieldName) const;
    /// Sets one field from text. InvalidInput for an unknown field name or a time that is not HH:mm.
    /// Does not validate the whole profile (validate() does).
    Status setField(const QString &fieldName, const QString &value);

    friend bool operator==(const StoreProfile &, const StoreProfile &) = default;

    /// Register ids look like "R01": 1 to 8 upper-case ASCII letters or digits.
    static bool isValidRegisterId(const QString &id);
};

} // namespace qtill
