#pragma once

#include "shell/pageheader.h"

class QLabel;
class QPushButton;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

/// The manager's stock alerts on the home screen: how many listed products are below their safety
/// stock, the five emptiest (name, on hand of safety stock), and a button to the screen that orders
/// them (the reorder screen, else the products). Reads the ledger once, when made.
class LowStockCard : public shell::Card
{
    Q_OBJECT
public:
    /// Beyond this many the card says "200+".
    static constexpr int kCountLimit = 200;
    static constexpr int kShown = 5;

    explicit LowStockCard(shell::ShellContext &context, QWidget *parent = nullptr);

    /// How many products the card counted as low (at most kCountLimit).
    int lowCount() const { return m_count; }
    /// The card's text, for tests.
    QString text() const;

private:
    int m_count = 0;
    QLabel *m_summary;
    QLabel *m_list;
    QPushButton *m_open;
};

} // namespace qtill::inventory
