#include "permissionsscreen.h"

#include "permissionmatrixmodel.h"

#include "shell/actingsession.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"

#include "core/permissionservice.h"
#include "core/services.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace qtill::admin {

namespace {

/// A big checkbox centred in its cell; a tap anywhere in the cell (or Space) toggles it.
class CheckDelegate : public QStyledItemDelegate
{
public:
    static constexpr int kIndicatorPx = 28;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant state = index.data(Qt::CheckStateRole);
        if (!state.isValid()) {
            QStyleOptionViewItem plain = option;
            plain.state &= ~QStyle::State_HasFocus;
            QStyledItemDelegate::paint(painter, plain, index);
            return;
        }
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.state &= ~QStyle::State_HasFocus;
        background.text.clear();
        background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

        QStyleOptionViewItem check = option;
        check.rect = QRect(option.rect.center() - QPoint(kIndicatorPx / 2, kIndicatorPx / 2),
                           QSize(kIndicatorPx, kIndicatorPx));
        check.state = check.state & ~QStyle::State_HasFocus;
        check.state |= Qt::CheckState(state.toInt()) == Qt::Checked ? QStyle::State_On : QStyle::State_Off;
        if (!(index.flags() & Qt::ItemIsEnabled))
            check.state &= ~QStyle::State_Enabled;
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, widget);
    }

    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override
    {
        const Qt::ItemFlags flags = index.flags();
        if (!(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled))
            return false;
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
                return false;
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key != Qt::Key_Space && key != Qt::Key_Select)
                return false;
        } else {
            // Swallow presses and double clicks on the cell so they do not toggle twice.
            return event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick;
        }
        const bool on = Qt::CheckState(index.data(Qt::CheckStateRole).toInt()) == Qt::Checked;
        return model->setData(index, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
};

} // namespace

PermissionsScreen::PermissionsScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new PermissionMatrixModel(this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("permissionsScreen"));
    auto *header = new shell::PageHeader(tr("Roles & permissions"), this);
    header->setSubtitle(tr("Tick what each role may do. Changes are saved at once; the owner may always do everything."));

    m_view->setObjectName(QStringLiteral("permissionTable"));
    m_view->setModel(m_model);
    shell::setupTable(m_view, 56);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setItemDelegate(new CheckDelegate(m_view));
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_model->columnCount(); ++c) {
        columns->setSectionResizeMode(c, QHeaderView::Fixed);
        columns->resizeSection(c, 132);
    }

    m_model->setChangeFunction([this](Role role, const QString &key, bool granted) -> Status {
        PermissionService &permissions = m_context.services().permissions();
        const QString why = granted ? tr("Allow %1: %2").arg(roleDisplayName(role), permissions.title(key))
                                    : tr("Forbid %1: %2").arg(roleDisplayName(role), permissions.title(key));
        const std::optional<Session> actor = shell::actingSession(m_context, Permissions::kPermissionsEdit, why, this);
        if (!actor)
            return Error::permissionDenied(tr("Not changed: the change was not authorised."));
        return permissions.setGranted(*actor, role, key, granted);
    });
    connect(m_model, &PermissionMatrixModel::changeFailed, this,
            [this](const QString &message) { m_context.showMessage(message, shell::ShellContext::Severity::Error); });
    connect(m_model, &PermissionMatrixModel::changed, this, [this](Role role, const QString &key, bool granted) {
        const QString title = m_context.services().permissions().title(key);
        m_context.showMessage(granted ? tr("%1 may now: %2").arg(roleDisplayName(role), title)
                                      : tr("%1 may no longer: %2").arg(roleDisplayName(role), title));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);
    reload();
}

void PermissionsScreen::activated()
{
    reload();
}

void PermissionsScreen::reload()
{
    PermissionService &permissions = m_context.services().permissions();
    QStringList keys;
    QStringList titles;
    for (const PermissionDef &def : permissions.definitions()) {
        keys << def.key;
        titles << permissions.title(def.key);
    }
    auto table = permissions.table();
    if (!table)
        m_context.showMessage(table.error().message, shell::ShellContext::Severity::Error);
    m_model->setTable(keys, titles, table ? *table : QMap<Role, QSet<QString>>());
}

} // namespace qtill::admin
