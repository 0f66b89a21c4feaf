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
/// may open (named "tile_<screen id>") — the counter's first ("At the counter", with a notice while no
/// module offers the till), then the back office's — the modules' home cards (ShellContext::availableHomeCards,
/// made afresh on each visit) and under them a card about the session (role, since when, idle lock).
class HomeScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit HomeScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    void activated() override;

private:
    static constexpr int kColumns = 3;

    void rebuildTiles();
    void addSectionHeading(const QString &text, const QString &name, int row);
    /// Adds one tile per screen from `row` on, kColumns a row; returns the row after the last.
    int addTiles(const QList<shell::ScreenDescriptor> &screens, int row);
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
