#pragma once

#include "shell/uimodule.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::app {

/// Home: "Good morning, Wang Fang", the business date and register, a tile per screen the operator
/// may open (named "tile_<screen id>"), the modules' home cards (ShellContext::availableHomeCards,
/// made afresh on each visit) and under them a card about the session (role, since when, idle lock).
class HomeScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit HomeScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void activated() override;

private:
    void rebuildTiles();
    void rebuildCards();
    void refreshTexts();

    shell::ShellContext &m_context;
    QLabel *m_greeting;
    QLabel *m_date;
    QGridLayout *m_tiles;
    QVBoxLayout *m_cards;   ///< the modules' home cards, under the session card
    QLabel *m_noTiles;
    QLabel *m_operator;
    QLabel *m_role;
    QLabel *m_since;
    QLabel *m_idle;
};

} // namespace qtill::app
