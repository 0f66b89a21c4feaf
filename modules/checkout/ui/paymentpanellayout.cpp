// PaymentPanel's widgets and their layout (the behaviour is in paymentpanel.cpp).
#include "paymentpanel.h"

#include "shell/numerickeypad.h"
#include "shell/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace qtill::checkout {

QPushButton *PaymentPanel::makeButton(const QString &name, const QString &text, const QString &kind)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(name);
    button->setFocusPolicy(Qt::NoFocus);   // the panel keeps the keys
    button->setMinimumHeight(shell::Theme::kMinTouchPx + 16);
    if (!kind.isEmpty())
        shell::Theme::setKind(button, kind);
    return button;
}

void PaymentPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildSummary(), 3);
    columns->addWidget(buildEntry(), 2);
    layout->addLayout(columns, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPixelSize(shell::Theme::kBaseFontPx * 3 / 2);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    layout->addWidget(m_status);
    layout->addWidget(buildMethods());
}

QWidget *PaymentPanel::buildSummary()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_due = new QLabel(box);
    m_due->setObjectName(QStringLiteral("amountDue"));
    QFont big = m_due->font();
    big.setPixelSize(shell::Theme::kBaseFontPx * 3);
    big.setBold(true);
    m_due->setFont(big);
    layout->addWidget(m_due);
    m_tenderList = new QListWidget(box);
    m_tenderList->setObjectName(QStringLiteral("tenders"));
    m_tenderList->setFocusPolicy(Qt::NoFocus);
    QFont listFont = m_tenderList->font();
    listFont.setPixelSize(shell::Theme::kBaseFontPx * 3 / 2);   // read at arm's length
    m_tenderList->setFont(listFont);
    layout->addWidget(m_tenderList, 1);
    auto line = [box, layout](const char *name) {
        auto *label = new QLabel(box);
        label->setObjectName(QLatin1String(name));
        layout->addWidget(label);
        return label;
    };
    m_roundingLine = line("rounding");
    m_remaining = line("remaining");
    QFont large = m_remaining->font();
    large.setPixelSize(shell::Theme::kBaseFontPx * 2);
    large.setBold(true);
    m_remaining->setFont(large);
    m_change = line("change");
    m_change->setFont(large);
    m_keepNote = line("keepNote");
    m_keepNote->setWordWrap(true);
    m_keepNote->setText(tr("Approved payments stay with this ticket. They are returned to the customer only "
                           "when the ticket is cleared."));
    return box;
}

QWidget *PaymentPanel::buildEntry()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(box);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setReadOnly(true);
    m_amount->setFocusPolicy(Qt::NoFocus);
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("Amount (empty: all that is due)"));
    m_amount->setMinimumHeight(shell::Theme::kMinTouchPx);
    layout->addWidget(m_amount);
    auto *quick = new QHBoxLayout;
    for (int i = 0; i < 4; ++i) {
        QPushButton *button = makeButton(QStringLiteral("quickCash%1").arg(i), QString(), QString());
        connect(button, &QPushButton::clicked, this, [this, i] {
            if (i < m_quickAmounts.size())
                payCash(m_quickAmounts.at(i));
        });
        quick->addWidget(button);
        m_quick << button;
    }
    layout->addLayout(quick);
    m_keypad = new shell::NumericKeypad(box);
    m_keypad->setOkText(tr("Cash"));
    connect(m_keypad, &shell::NumericKeypad::digitsPressed, this, [this](const QString &digits) {
        if (m_digits.size() < 9)
            m_digits += digits;
        refresh();
    });
    connect(m_keypad, &shell::NumericKeypad::backspacePressed, this, [this] {
        m_digits.chop(1);
        refresh();
    });
    connect(m_keypad, &shell::NumericKeypad::clearPressed, this, [this] {
        m_digits.clear();
        refresh();
    });
    connect(m_keypad, &shell::NumericKeypad::okPressed, this, [this] { payCash(typedAmount()); });
    layout->addWidget(m_keypad, 1);
    m_qrCode = new QLineEdit(box);
    m_qrCode->setObjectName(QStringLiteral("qrCode"));
    m_qrCode->setPlaceholderText(tr("Scan or type the customer's payment code"));
    m_qrCode->setMinimumHeight(shell::Theme::kMinTouchPx);
    connect(m_qrCode, &QLineEdit::returnPressed, this, [this] { payByTerminal(TenderType::kQr); });
    layout->addWidget(m_qrCode);
    return box;
}

QWidget *PaymentPanel::buildMethods()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_backButton = makeButton(QStringLiteral("back"), tr("Back to sale  Esc"), QStringLiteral("flat"));
    m_cancelButton = makeButton(QStringLiteral("cancelPayment"), tr("Cancel payment  Esc"), QStringLiteral("danger"));
    m_faceButton = makeButton(QStringLiteral("payFace"), tr("Face pay  F11"), QString());
    m_qrButton = makeButton(QStringLiteral("payQr"), tr("QR code  F10"), QString());
    m_cardButton = makeButton(QStringLiteral("payCard"), tr("Bank card  F9"), QString());
    m_cashButton = makeButton(QStringLiteral("payCash"), tr("Cash  Enter"), QStringLiteral("primary"));
    connect(m_backButton, &QPushButton::clicked, this, &PaymentPanel::goBack);
    connect(m_cancelButton, &QPushButton::clicked, this, &PaymentPanel::cancelPayment);
    connect(m_faceButton, &QPushButton::clicked, this, [this] { payByTerminal(TenderType::kFace); });
    connect(m_qrButton, &QPushButton::clicked, this, [this] { payByTerminal(TenderType::kQr); });
    connect(m_cardButton, &QPushButton::clicked, this, [this] { payByTerminal(TenderType::kCard); });
    connect(m_cashButton, &QPushButton::clicked, this, [this] { payCash(typedAmount()); });
    for (QPushButton *b : {m_backButton, m_cancelButton, m_faceButton, m_qrButton, m_cardButton, m_cashButton})
        layout->addWidget(b, b == m_cashButton ? 2 : 1);
    return box;
}

} // namespace qtill::checkout
