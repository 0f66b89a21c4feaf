#include "adminsupport.h"

#include "shell/shellcontext.h"

#include "core/authorizer.h"
#include "core/clock.h"
#include "core/operatorservice.h"
#include "core/services.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

namespace qtill::admin {

namespace {

/// Draws items without the dotted focus frame: a touch screen shows the selected row, not a cursor.
class NoFocusFrameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->state &= ~QStyle::State_HasFocus;
    }
};

} // namespace

std::optional<Session> actingSession(shell::ShellContext &context, const QString &permission, const QString &why,
                                     QWidget *parent)
{
    const Session &own = context.session();
    if (context.can(permission))
        return own;
    const std::optional<Authorization> granted = context.authorize(permission, why, parent);
    if (!granted)
        return std::nullopt;
    if (!granted->isOverride())
        return own;
    auto approver = context.services().operators().find(granted->approverId);
    if (!approver) {
        context.showMessage(approver.error().message, shell::ShellContext::Severity::Error);
        return std::nullopt;
    }
    return Session{approver->id, approver->number, approver->name, approver->role, context.clock().now(), own.operatorId};
}

void setupTable(QTableView *view, int rowHeight)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMinimumSectionSize(72);
    view->setItemDelegate(new NoFocusFrameDelegate(view));
}

} // namespace qtill::admin
