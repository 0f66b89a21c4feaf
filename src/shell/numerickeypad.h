#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace qtill::shell {

/// The big on-screen number pad of a POS terminal:
///
///     1  2  3  ⌫
///     4  5  6  C
///     7  8  9  OK
///     00    0  OK
///
/// Keys never take the keyboard focus, so the field being typed into keeps it. With a target line
/// edit set, the keypad types into it (respecting its validator and max length); it always emits
/// signals too, so a screen can use it without a target (e.g. amount entry that fills from the right).
/// The physical keyboard works alongside: digits, Backspace, Delete (clear) and Enter reach the target
/// directly; handleKey() lets a screen forward keys that arrive elsewhere.
///
/// Each key button has an objectName for tests and automation: "key_0" … "key_9", "key_00",
/// "key_backspace", "key_clear", "key_ok".
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    explicit NumericKeypad(QWidget *parent = nullptr);

    /// The line edit the keys type into (not owned; may be null). Switch it as focus moves between fields.
    void setTarget(QLineEdit *target);
    QLineEdit *target() const { return m_target; }

    /// Text of the OK key ("OK", "Next", "Sign in"); translated by the caller.
    void setOkText(const QString &text);
    void setOkEnabled(bool enabled);
    /// Shows or hides the "00" key (hidden for PIN entry, where it would only confuse).
    void setDoubleZeroVisible(bool visible);

    /// The button for a key name ("1", "00", "backspace", "clear", "ok"), for tests.
    QPushButton *button(const QString &key) const { return m_buttons.value(key); }

    /// Handles a key event as if the matching keypad key was pressed (and flashes that key).
    /// Returns true when the key was one of the keypad's.
    bool handleKey(int key, const QString &text);

Q_SIGNALS:
    /// A digit key ("0"–"9") or "00" was pressed.
    void digitsPressed(const QString &digits);
    void backspacePressed();
    void clearPressed();
    void okPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QPushButton *addKey(const QString &key, const QString &text, const char *style);
    void pressDigits(const QString &digits);
    void pressBackspace();
    void pressClear();
    void flash(const QString &key);
    void retranslate();

    QPointer<QLineEdit> m_target;
    QHash<QString, QPushButton *> m_buttons;
    QString m_okText;
};

} // namespace qtill::shell
