#include "hal/payment/paymentscenario.h"

#include <QCoreApplication>

namespace qtill::hal {

PaymentScenario::Kind PaymentScenario::forAmount(qint64 amountFen)
{
    switch (amountFen % 100) {
    case 1: return Kind::Decline;
    case 2: return Kind::Timeout;
    case 3: return Kind::CustomerCancel;
    case 4: return Kind::UnknownResult;
    case 5: return Kind::Partial;
    case 6: return Kind::Offline;
    case 7: return Kind::PendingThenApprove;
    case 8: return Kind::PendingThenDecline;
    case 9: return Kind::ReversalFailsOnce;
    default: return Kind::Approve;
    }
}

int PaymentScenario::delayMs(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card: return 1500;
    case PaymentMethod::QrCustomer:
    case PaymentMethod::QrMerchant: return 800;
    case PaymentMethod::FacePay: return 1200;
    }
    return 1000;
}

QString PaymentScenario::walletOf(const QString &authCode)
{
    for (const QChar c : authCode) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
    }
    const qsizetype length = authCode.size();
    const int head = authCode.left(2).toInt();
    if (length == 18 && head >= 10 && head <= 15)
        return QStringLiteral("WeChat Pay");
    if (length >= 16 && length <= 24 && head >= 25 && head <= 30)
        return QStringLiteral("Alipay");
    if (length == 19 && head == 62)
        return QStringLiteral("UnionPay");
    return {};
}

QString PaymentScenario::prompt(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Card:
        return QCoreApplication::translate("qtill::hal::PaymentScenario", "Insert, tap or swipe the card");
    case PaymentMethod::QrCustomer:
        return QCoreApplication::translate("qtill::hal::PaymentScenario", "Confirming the payment code…");
    case PaymentMethod::QrMerchant:
        return QCoreApplication::translate("qtill::hal::PaymentScenario", "Waiting for the customer to scan and pay");
    case PaymentMethod::FacePay:
        return QCoreApplication::translate("qtill::hal::PaymentScenario", "Customer: look at the camera");
    }
    return {};
}

} // namespace qtill::hal
