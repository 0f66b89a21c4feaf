#include "signinscreen.h"

#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"
#include "core/storeprofileservice.h"
#include "shell/icons.h"
#include "shell/numerickeypad.h"
#include "shell/pinfield.h"
#include "shell/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace qtill::app {

using shell::Icons;
using shell::Theme;

namespace {

/// The store's logo file, or the store icon on a white disc.
QPixmap logoPixmap(const QString &logoPath, int px)
{
    QPixmap out(px, px);
    out.fill(Qt::transparent);
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(0, 0, px, px);
    const QPixmap logo = logoPath.isEmpty() ? QPixmap() : QPixmap(logoPath);
    if (!logo.isNull()) {
        QPainterPath clip;
        clip.addEllipse(QRectF(3, 3, px - 6, px - 6));
        p.setClipPath(clip);
        p.drawPixmap(QRect(3, 3, px - 6, px - 6),
                     logo.scaled(px - 6, px - 6, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation));
    } else {
        const int inner = px * 56 / 100;
        p.drawPixmap((px - inner) / 2, (px - inner) / 2, Icons::pixmap(QStringLiteral("store"), Theme::kAccent, inner));
    }
    return out;
}

QLabel *fieldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

} // namespace

SignInScreen::SignInScreen(Services &services, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_services(services), m_clock(clock), m_logo(new QLabel), m_storeName(new QLabel),
      m_register(new QLabel), m_headingIcon(new QLabel), m_bigClock(new QLabel), m_date(new QLabel),
      m_heading(new QLabel), m_hint(new QLabel), m_lockedOperator(new QLabel), m_numberLabel(fieldLabel(this)),
      m_number(new shell::DigitField(OperatorService::kMaxNumberLength)), m_pinLabel(fieldLabel(this)),
      m_pin(new shell::PinField), m_error(new QLabel), m_storeState(new QLabel), m_help(new QLabel), m_switch(new QPushButton),
      m_keypad(new shell::NumericKeypad), m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("signInBackground"));
    setAttribute(Qt::WA_StyledBackground, true);

    // ---- brand panel (left) ----
    auto *brand = new QFrame;
    brand->setObjectName(QStringLiteral("brandPanel"));
    brand->setAttribute(Qt::WA_StyledBackground, true);
    brand->setFixedWidth(380);
    m_storeName->setObjectName(QStringLiteral("brandStoreName"));
    m_storeName->setWordWrap(true);
    m_register->setObjectName(QStringLiteral("brandChip"));
    m_bigClock->setObjectName(QStringLiteral("brandClock"));
    m_date->setObjectName(QStringLiteral("brandDate"));
    auto *product = new QLabel(QStringLiteral("Qtill"));
    product->setObjectName(QStringLiteral("brandFooter"));

    auto *chips = new QHBoxLayout;
    chips->setSpacing(8);
    chips->addWidget(m_register);
    chips->addStretch(1);

    auto *brandLayout = new QVBoxLayout(brand);
    brandLayout->setContentsMargins(36, 40, 36, 32);
    brandLayout->setSpacing(14);
    brandLayout->addWidget(m_logo);
    brandLayout->addSpacing(6);
    brandLayout->addWidget(m_storeName);
    brandLayout->addLayout(chips);
    brandLayout->addStretch(1);
    brandLayout->addWidget(m_bigClock);
    brandLayout->addWidget(m_date);
    brandLayout->addSpacing(18);
    brandLayout->addWidget(product);

    // ---- form (middle) ----
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_hint->setObjectName(QStringLiteral("stepHint"));
    m_hint->setWordWrap(true);
    m_lockedOperator->setObjectName(QStringLiteral("lockedOperator"));
    m_number->setObjectName(QStringLiteral("operatorNumber"));
    m_pin->setObjectName(QStringLiteral("operatorPin"));
    m_numberLabel->setBuddy(m_number);
    m_pinLabel->setBuddy(m_pin);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_storeState->setObjectName(QStringLiteral("storeState"));
    m_storeState->setWordWrap(true);
    m_storeState->setTextInteractionFlags(Qt::TextSelectableByMouse);   // the restore command can be copied
    m_storeState->setVisible(false);
    m_help->setObjectName(QStringLiteral("stepHint"));
    m_help->setWordWrap(true);
    m_switch->setObjectName(QStringLiteral("switchOperatorButton"));
    m_switch->setIcon(Icons::icon(QStringLiteral("user"), Theme::kText));
    m_switch->setIconSize(QSize(22, 22));

    m_headingIcon->setPixmap(Icons::pixmap(QStringLiteral("lock"), Theme::kAccent, 30));
    m_headingIcon->setFixedSize(32, 32);
    auto *headingRow = new QHBoxLayout;
    headingRow->setSpacing(10);
    headingRow->addWidget(m_headingIcon);
    headingRow->addWidget(m_heading, 1);

    auto *form = new QVBoxLayout;
    form->setSpacing(8);
    form->addLayout(headingRow);
    form->addWidget(m_hint);
    form->addSpacing(14);
    form->addWidget(m_lockedOperator);
    form->addWidget(m_numberLabel);
    form->addWidget(m_number);
    form->addSpacing(10);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pin);
    form->addSpacing(10);
    form->addWidget(m_error);
    form->addWidget(m_storeState);
    form->addStretch(1);
    form->addWidget(m_switch);
    form->addWidget(m_help);

    m_keypad->setDoubleZeroVisible(false);
    m_keypad->setFixedWidth(330);

    auto *cardLayoutRight = new QHBoxLayout;
    cardLayoutRight->setContentsMargins(40, 40, 36, 36);
    cardLayoutRight->setSpacing(36);
    cardLayoutRight->addLayout(form, 1);
    cardLayoutRight->addWidget(m_keypad);

    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("signInCard"));
    card->setAttribute(Qt::WA_StyledBackground, true);
    card->setFixedSize(1120, 580);
    auto *cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->setSpacing(0);
    cardLayout->addWidget(brand);
    cardLayout->addLayout(cardLayoutRight, 1);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(1);
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(1);

    setTabOrder(m_number, m_pin);
    setTabOrder(m_pin, m_switch);

    m_number->installEventFilter(this);
    m_pin->installEventFilter(this);
    connect(m_number, &QLineEdit::returnPressed, this, &SignInScreen::okPressed);
    connect(m_pin, &QLineEdit::returnPressed, this, &SignInScreen::okPressed);
    connect(m_keypad, &shell::NumericKeypad::okPressed, this, &SignInScreen::okPressed);
    connect(m_switch, &QPushButton::clicked, this, &SignInScreen::switchOperator);
    connect(m_number, &QLineEdit::textEdited, this, [this] { showError({}); });

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &SignInScreen::updateClock);

    refreshStore();
    showSignIn();
}

QLineEdit *SignInScreen::numberField() const
{
    return m_number;
}

QLineEdit *SignInScreen::pinField() const
{
    return m_pin;
}

void SignInScreen::refreshStore()
{
    const StoreProfile profile = m_services.storeProfile().profile();
    m_storeName->setText(profile.name.isEmpty() ? QStringLiteral("Qtill") : profile.name);
    m_register->setText(tr("Register %1").arg(profile.registerId));
    m_logo->setPixmap(logoPixmap(profile.logoPath, 84));
    auto count = m_services.operators().count();
    m_hasOperators = !count || count.value() > 0;
    updateClock();
}

void SignInScreen::showSignIn()
{
    m_mode = Mode::SignIn;
    m_locked = Session{};
    m_number->clear();
    m_pin->clear();
    showError({});
    updateTexts();
    setStep(Step::Number);
    if (!m_hasOperators)
        showError(tr("This store has no operators yet. Set it up with \"qtillctl init\", or start Qtill with --demo."));
}

void SignInScreen::showUnlock(const Session &locked)
{
    m_mode = Mode::Unlock;
    m_locked = locked;
    m_number->setText(locked.number);
    m_pin->clear();
    showError({});
    updateTexts();
    setStep(Step::Pin);
}

void SignInScreen::switchOperator()
{
    // Still locked for the application: whoever signs in next takes over the register.
    m_locked = Session{};
    m_number->clear();
    m_pin->clear();
    showError({});
    updateTexts();
    setStep(Step::Number);
}

void SignInScreen::updateTexts()
{
    const bool unlocking = m_mode == Mode::Unlock && m_locked.isValid();
    m_headingIcon->setVisible(m_mode == Mode::Unlock);
    m_heading->setText(unlocking ? tr("Screen locked") : tr("Operator sign-in"));
    m_lockedOperator->setVisible(unlocking);
    if (unlocking)
        m_lockedOperator->setText(m_locked.displayName() + QStringLiteral("  ·  ") + roleDisplayName(m_locked.role));
    m_numberLabel->setVisible(!unlocking);
    m_number->setVisible(!unlocking);
    m_numberLabel->setText(tr("Operator number"));
    m_pinLabel->setText(tr("PIN"));
    m_number->setPlaceholderText(tr("e.g. 01"));
    m_switch->setText(tr("Switch operator"));
    m_switch->setVisible(unlocking);
    m_help->setText(unlocking ? tr("Someone else at the register? Switch operator; %1 stays signed out.")
                                    .arg(m_locked.displayName())
                              : tr("Forgot your PIN or locked out? Ask the owner or a manager."));
}

void SignInScreen::setStep(Step step)
{
    m_step = step;
    const bool unlocking = m_mode == Mode::Unlock && m_locked.isValid();
    QLineEdit *field = step == Step::Number ? static_cast<QLineEdit *>(m_number) : m_pin;
    m_keypad->setTarget(field);
    if (step == Step::Number) {
        m_keypad->setOkText(tr("Next"));
        m_hint->setText(tr("Type your operator number, then press Next."));
    } else {
        m_keypad->setOkText(unlocking ? tr("Unlock") : tr("Sign in"));
        m_hint->setText(unlocking ? tr("Type your PIN to continue where you left off.")
                                  : tr("Now type your PIN and press Sign in."));
    }
    field->setFocus(Qt::OtherFocusReason);
}

void SignInScreen::okPressed()
{
    if (m_step == Step::Number) {
        if (m_number->text().isEmpty()) {
            showError(tr("Type your operator number first."));
            return;
        }
        showError({});
        setStep(Step::Pin);
        return;
    }
    submit();
}

void SignInScreen::goBack()
{
    if (m_step == Step::Pin && !(m_mode == Mode::Unlock && m_locked.isValid())) {
        m_pin->clear();
        setStep(Step::Number);
        m_number->selectAll();
    } else if (m_step == Step::Pin) {
        m_pin->clear();
    } else {
        m_number->clear();
    }
}

void SignInScreen::submit()
{
    if (m_blocked)
        return;   // the damage message stays; nobody signs in on a damaged file
    const QString number = m_number->text();
    if (number.isEmpty()) {
        showError(tr("Type your operator number first."));
        setStep(Step::Number);
        return;
    }
    if (m_pin->text().isEmpty()) {
        showError(tr("Type your PIN."));
        setStep(Step::Pin);
        return;
    }
    if (m_held) {
        m_pendingSubmit = true;
        showStoreState(tr("Checking the store… You are signed in as soon as it is done."), false);
        return;
    }
    auto session = m_services.operators().signIn(number, m_pin->text());
    m_pin->clear();
    if (!session) {
        showError(session.error().message);
        if (session.error().code == Error::Code::NotFound && m_number->isVisible()) {
            setStep(Step::Number);
            m_number->selectAll();
        } else {
            setStep(Step::Pin);
        }
        return;
    }
    showError({});
    if (m_mode == Mode::SignIn)
        m_number->clear();
    Q_EMIT signedIn(session.value());
}

void SignInScreen::holdForStoreCheck()
{
    m_held = true;
    m_pendingSubmit = false;
    showStoreState(tr("Checking the store… Signing in opens in a moment."), false);
}

void SignInScreen::releaseStoreCheck()
{
    if (!m_held)
        return;
    m_held = false;
    showStoreState({}, false);
    if (std::exchange(m_pendingSubmit, false))
        submit();
}

void SignInScreen::blockForDamage(const QString &message)
{
    m_held = false;
    m_pendingSubmit = false;
    m_blocked = true;
    m_pin->clear();
    showError({});
    m_number->setEnabled(false);
    m_pin->setEnabled(false);
    m_keypad->setEnabled(false);
    showStoreState(message, true);
}

void SignInScreen::showStoreState(const QString &text, bool failed)
{
    m_storeState->setText(text);
    m_storeState->setStyleSheet(failed ? QStringLiteral("color: #B42318; background: #FEF3F2; border: 1px solid #FECDCA;"
                                                        " border-radius: 10px; padding: 10px 14px; font-weight: 600;")
                                       : QStringLiteral("color: #344054; background: #F2F4F7; border-radius: 10px;"
                                                        " padding: 10px 14px;"));
    m_storeState->setVisible(!text.isEmpty());
}

QString SignInScreen::storeStateText() const
{
    return m_storeState->isVisibleTo(this) ? m_storeState->text() : QString();
}

void SignInScreen::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString SignInScreen::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

bool SignInScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_number && m_step != Step::Number)
            setStep(Step::Number);
        else if (watched == m_pin && m_step != Step::Pin)
            setStep(Step::Pin);
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            goBack();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SignInScreen::updateClock()
{
    const QDateTime now = m_clock.now();
    const QLocale locale;
    m_bigClock->setText(locale.toString(now.time(), QStringLiteral("HH:mm")));
    m_date->setText(locale.toString(now.date(), tr("dddd, d MMMM yyyy")));
}

void SignInScreen::showEvent(QShowEvent *event)
{
    updateClock();
    m_clockTimer->start();
    QWidget::showEvent(event);
}

void SignInScreen::hideEvent(QHideEvent *event)
{
    m_clockTimer->stop();
    QWidget::hideEvent(event);
}

} // namespace qtill::app
