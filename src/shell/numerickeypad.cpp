#include "numerickeypad.h"

#include "icons.h"
#include "theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace qtill::shell {

NumericKeypad::NumericKeypad(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);

    const QString rows[3][3] = {{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")},
                                {QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")},
                                {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")}};
    for (int r = 0; r < 3; ++r)
        for (int c = 0; c < 3; ++c)
            grid->addWidget(addKey(rows[r][c], rows[r][c], "digit"), r, c);
    grid->addWidget(addKey(QStringLiteral("00"), QStringLiteral("00"), "digit"), 3, 0);
    grid->addWidget(addKey(QStringLiteral("0"), QStringLiteral("0"), "digit"), 3, 1, 1, 2);

    QPushButton *backspace = addKey(QStringLiteral("backspace"), {}, "action");
    backspace->setIcon(Icons::icon(QStringLiteral("backspace"), QColor(0x47, 0x54, 0x67)));
    backspace->setIconSize(QSize(30, 30));
    grid->addWidget(backspace, 0, 3);
    grid->addWidget(addKey(QStringLiteral("clear"), {}, "action"), 1, 3);
    grid->addWidget(addKey(QStringLiteral("ok"), {}, "ok"), 2, 3, 2, 1);
    m_buttons.value(QStringLiteral("ok"))->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 5);
    grid->setColumnStretch(3, 6);   // room for "Sign in" / "登录" on the OK key
    for (int r = 0; r < 4; ++r)
        grid->setRowStretch(r, 1);

    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QString key = it.key();
        connect(it.value(), &QPushButton::clicked, this, [this, key] {
            if (key == QLatin1String("backspace"))
                pressBackspace();
            else if (key == QLatin1String("clear"))
                pressClear();
            else if (key == QLatin1String("ok"))
                Q_EMIT okPressed();
            else
                pressDigits(key);
        });
    }
    retranslate();
}

QPushButton *NumericKeypad::addKey(const QString &key, const QString &text, const char *style)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QStringLiteral("key_") + key);
    button->setProperty("keypad", QString::fromLatin1(style));
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRepeat(key == QLatin1String("backspace"));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_buttons.insert(key, button);
    return button;
}

void NumericKeypad::setTarget(QLineEdit *target)
{
    m_target = target;
}

void NumericKeypad::setOkText(const QString &text)
{
    m_okText = text;
    retranslate();
}

void NumericKeypad::setOkEnabled(bool enabled)
{
    m_buttons.value(QStringLiteral("ok"))->setEnabled(enabled);
}

void NumericKeypad::setDoubleZeroVisible(bool visible)
{
    QPushButton *doubleZero = m_buttons.value(QStringLiteral("00"));
    QPushButton *zero = m_buttons.value(QStringLiteral("0"));
    auto *grid = static_cast<QGridLayout *>(layout());
    doubleZero->setVisible(visible);
    grid->removeWidget(zero);
    if (visible)
        grid->addWidget(zero, 3, 1, 1, 2);
    else
        grid->addWidget(zero, 3, 0, 1, 3);
}

void NumericKeypad::pressDigits(const QString &digits)
{
    if (m_target && m_target->isEnabled() && !m_target->isReadOnly())
        m_target->insert(digits);
    Q_EMIT digitsPressed(digits);
}

void NumericKeypad::pressBackspace()
{
    if (m_target && m_target->isEnabled() && !m_target->isReadOnly())
        m_target->backspace();
    Q_EMIT backspacePressed();
}

void NumericKeypad::pressClear()
{
    if (m_target && m_target->isEnabled() && !m_target->isReadOnly())
        m_target->clear();
    Q_EMIT clearPressed();
}

void NumericKeypad::flash(const QString &key)
{
    QPushButton *button = m_buttons.value(key);
    if (!button)
        return;
    button->setDown(true);
    QTimer::singleShot(90, button, [button] { button->setDown(false); });
}

bool NumericKeypad::handleKey(int key, const QString &text)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const QString digit = QString::number(key - Qt::Key_0);
        flash(digit);
        pressDigits(digit);
        return true;
    }
    if (text == QLatin1String("00")) {
        flash(text);
        pressDigits(text);
        return true;
    }
    switch (key) {
    case Qt::Key_Backspace:
        flash(QStringLiteral("backspace"));
        pressBackspace();
        return true;
    case Qt::Key_Delete:
        flash(QStringLiteral("clear"));
        pressClear();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        flash(QStringLiteral("ok"));
        if (m_buttons.value(QStringLiteral("ok"))->isEnabled())
            Q_EMIT okPressed();
        return true;
    default:
        return false;
    }
}

void NumericKeypad::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event->key(), event->text()))
        QWidget::keyPressEvent(event);
}

void NumericKeypad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NumericKeypad::retranslate()
{
    m_buttons.value(QStringLiteral("backspace"))->setToolTip(tr("Delete the last digit"));
    m_buttons.value(QStringLiteral("clear"))->setText(tr("Clear"));
    m_buttons.value(QStringLiteral("ok"))->setText(m_okText.isEmpty() ? tr("OK") : m_okText);
}

} // namespace qtill::shell
