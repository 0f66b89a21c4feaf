#include "hal/payment/paymentledger.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace qtill::hal {

namespace {

constexpr int kFormat = 1;

// Enums are stored by their numeric value for the PaymentTerminal types (append-only by contract)
// and by key for the ledger's own states.
QJsonObject orderToJson(const PaymentLedger::Order &o)
{
    return QJsonObject{
        {u"method"_qs, int(o.method)},
        {u"amountFen"_qs, o.amountFen},
        {u"state"_qs, PaymentLedger::stateKey(o.state)},
        {u"approvedFen"_qs, o.approvedFen},
        {u"refundedFen"_qs, o.refundedFen},
        {u"reversedFen"_qs, o.reversedFen},
        {u"partial"_qs, o.partial},
        {u"voided"_qs, o.voided},
        {u"transactionId"_qs, o.transactionId},
        {u"reversalId"_qs, o.reversalId},
        {u"brand"_qs, o.brand},
        {u"maskedNumber"_qs, o.maskedNumber},
        {u"message"_qs, o.message},
        {u"detail"_qs, o.detail},
        {u"charges"_qs, o.charges},
        {u"pendingQueries"_qs, o.pendingQueries},
        {u"pendingApproves"_qs, o.pendingApproves},
        {u"reverseFailures"_qs, o.reverseFailures},
    };
}

std::optional<PaymentLedger::Order> orderFromJson(const QJsonObject &j)
{
    const auto state = PaymentLedger::stateFromKey(j.value(u"state"_qs).toString());
    if (!state)
        return std::nullopt;
    PaymentLedger::Order o;
    o.method = PaymentMethod(j.value(u"method"_qs).toInt());
    o.amountFen = j.value(u"amountFen"_qs).toInteger();
    o.state = *state;
    o.approvedFen = j.value(u"approvedFen"_qs).toInteger();
    o.refundedFen = j.value(u"refundedFen"_qs).toInteger();
    o.reversedFen = j.value(u"reversedFen"_qs).toInteger();
    o.partial = j.value(u"partial"_qs).toBool();
    o.voided = j.value(u"voided"_qs).toBool();
    o.transactionId = j.value(u"transactionId"_qs).toString();
    o.reversalId = j.value(u"reversalId"_qs).toString();
    o.brand = j.value(u"brand"_qs).toString();
    o.maskedNumber = j.value(u"maskedNumber"_qs).toString();
    o.message = j.value(u"message"_qs).toString();
    o.detail = j.value(u"detail"_qs).toString();
    o.charges = j.value(u"charges"_qs).toInt();
    o.pendingQueries = j.value(u"pendingQueries"_qs).toInt();
    o.pendingApproves = j.value(u"pendingApproves"_qs).toBool(true);
    o.reverseFailures = j.value(u"reverseFailures"_qs).toInt();
    return o;
}

QJsonObject resultToJson(const PaymentResult &r)
{
    return QJsonObject{
        {u"kind"_qs, int(r.kind)},
        {u"outcome"_qs, int(r.outcome)},
        {u"approvedFen"_qs, r.approvedFen},
        {u"transactionId"_qs, r.transactionId},
        {u"message"_qs, r.message},
        {u"detail"_qs, r.detail},
        {u"cardBrand"_qs, r.cardBrand},
        {u"maskedNumber"_qs, r.maskedNumber},
        {u"approvalCode"_qs, r.approvalCode},
    };
}

PaymentResult resultFromJson(const QString &requestId, const QJsonObject &j)
{
    PaymentResult r;
    r.requestId = requestId;
    r.kind = PaymentKind(j.value(u"kind"_qs).toInt());
    r.outcome = PaymentOutcome(j.value(u"outcome"_qs).toInt());
    r.approvedFen = j.value(u"approvedFen"_qs).toInteger();
    r.transactionId = j.value(u"transactionId"_qs).toString();
    r.message = j.value(u"message"_qs).toString();
    r.detail = j.value(u"detail"_qs).toString();
    r.cardBrand = j.value(u"cardBrand"_qs).toString();
    r.maskedNumber = j.value(u"maskedNumber"_qs).toString();
    r.approvalCode = j.value(u"approvalCode"_qs).toString();
    return r;
}

} // namespace

PaymentLedger::PaymentLedger(QString path) : m_path(std::move(path))
{
    reload();
}

bool PaymentLedger::reload(QString *error)
{
    if (m_path.isEmpty() || !QFileInfo::exists(m_path))
        return true;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format"_qs).toInt() != kFormat) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                   : u"unknown ledger format"_qs;
        return false;
    }
    QHash<QString, Order> orders;
    const QJsonObject jsonOrders = root.value(u"orders"_qs).toObject();
    for (auto it = jsonOrders.begin(); it != jsonOrders.end(); ++it) {
        if (const auto o = orderFromJson(it.value().toObject()))
            orders.insert(it.key(), *o);
    }
    QHash<QString, PaymentResult> replies;
    const QJsonObject jsonReplies = root.value(u"replies"_qs).toObject();
    for (auto it = jsonReplies.begin(); it != jsonReplies.end(); ++it)
        replies.insert(it.key(), resultFromJson(it.key(), it.value().toObject()));
    m_orders = std::move(orders);
    m_replies = std::move(replies);
    m_nextTransaction = qMax(1, root.value(u"nextTransaction"_qs).toInt());
    index();
    return true;
}

bool PaymentLedger::save(QString *error) const
{
    if (m_path.isEmpty())
        return true;
    QJsonObject orders;
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it)
        orders.insert(it.key(), orderToJson(it.value()));
    QJsonObject replies;
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it)
        replies.insert(it.key(), resultToJson(it.value()));
    const QJsonObject root{{u"format"_qs, kFormat},
                           {u"nextTransaction"_qs, m_nextTransaction},
                           {u"orders"_qs, orders},
                           {u"replies"_qs, replies}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

PaymentLedger::Order *PaymentLedger::order(const QString &requestId)
{
    const auto it = m_orders.find(requestId);
    return it == m_orders.end() ? nullptr : &*it;
}

const PaymentLedger::Order *PaymentLedger::order(const QString &requestId) const
{
    const auto it = m_orders.constFind(requestId);
    return it == m_orders.constEnd() ? nullptr : &*it;
}

PaymentLedger::Order &PaymentLedger::insert(const QString &requestId, const Order &order)
{
    Order &stored = m_orders[requestId] = order;
    if (!stored.transactionId.isEmpty())
        m_byTransaction.insert(stored.transactionId, requestId);
    return stored;
}

QString PaymentLedger::requestOf(const QString &transactionId) const
{
    return m_byTransaction.value(transactionId);
}

std::optional<PaymentResult> PaymentLedger::reply(const QString &requestId) const
{
    const auto it = m_replies.constFind(requestId);
    if (it == m_replies.constEnd())
        return std::nullopt;
    return *it;
}

void PaymentLedger::setReply(const PaymentResult &result)
{
    m_replies.insert(result.requestId, result);
}

QString PaymentLedger::charge(const QString &requestId, qint64 fen, bool partial)
{
    Order *o = order(requestId);
    Q_ASSERT(o);
    o->state = State::Paid;
    o->approvedFen = fen;
    o->partial = partial;
    o->transactionId = newTransactionId();
    ++o->charges;
    m_byTransaction.insert(o->transactionId, requestId);
    return o->transactionId;
}

QString PaymentLedger::approvalCodeOf(const QString &transactionId)
{
    const qint64 n = QStringView(transactionId).mid(3).toLongLong();
    return QString::number((n * 7919 + 104729) % 900000 + 100000);
}

QString PaymentLedger::newTransactionId()
{
    return QStringLiteral("SIM%1").arg(m_nextTransaction++, 6, 10, QLatin1Char('0'));
}

QString PaymentLedger::stateKey(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_qs;
    case State::Paid: return u"paid"_qs;
    case State::Declined: return u"declined"_qs;
    case State::Cancelled: return u"cancelled"_qs;
    case State::Reversed: return u"reversed"_qs;
    }
    return {};
}

std::optional<PaymentLedger::State> PaymentLedger::stateFromKey(const QString &key)
{
    for (State s : {State::Pending, State::Paid, State::Declined, State::Cancelled, State::Reversed}) {
        if (stateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

void PaymentLedger::index()
{
    m_byTransaction.clear();
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        if (!it->transactionId.isEmpty())
            m_byTransaction.insert(it->transactionId, it.key());
    }
}

} // namespace qtill::hal
