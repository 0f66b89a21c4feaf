#pragma once

#include "shell/uimodule.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace qtill::app {

/// The left navigation rail: one large icon-over-label button per screen the operator may open, in
/// the descriptors' order. Ctrl+1 … Ctrl+9 open the first nine. Buttons are named "nav_<screen id>".
class NavigationRail : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationRail(QWidget *parent = nullptr);

    /// Replaces the buttons. `screens` is already filtered and sorted.
    void setScreens(const QList<shell::ScreenDescriptor> &screens);
    /// Marks the button of `id` as the current screen.
    void setCurrent(const QString &id);
    QToolButton *button(const QString &id) const { return m_buttons.value(id); }
    QStringList screenIds() const { return m_order; }

Q_SIGNALS:
    void screenRequested(const QString &id);

private:
    QVBoxLayout *m_list;
    QButtonGroup *m_group;
    QHash<QString, QToolButton *> m_buttons;
    QStringList m_order;
};

} // namespace qtill::app
