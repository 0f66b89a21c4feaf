#pragma once

#include <QFrame>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace qtill::shell {

/// The top of a screen: a large title, an optional one-line subtitle, and room on the right for the
/// screen's main actions (big buttons). Put it first in a screen's layout.
class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setSubtitle(const QString &subtitle);
    QString title() const;
    /// Adds a widget (usually a QPushButton) to the right side; the header does not own its behaviour.
    void addActionWidget(QWidget *widget);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_actions;
};

/// A white rounded card: the container screens put their content in.
class Card : public QFrame
{
    Q_OBJECT
public:
    explicit Card(QWidget *parent = nullptr);
};

} // namespace qtill::shell
