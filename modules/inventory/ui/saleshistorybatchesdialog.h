#pragma once

#include "inventory/saleshistory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;
/// The sales history batches imported so far (number, when, which days, rows, file), and "Take back"
/// for one imported by mistake: SalesHistory::removeBatch after asking, with the supervisor override
/// when the operator may not import. Opened from the Import dialog's sales-history page.
class SalesHistoryBatchesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SalesHistoryBatchesDialog(shell::ShellContext &context, QWidget *parent = nullptr);
    ~SalesHistoryBatchesDialog() override;

    /// Reads the batches again.
    void reload();
    /// Takes back the selected batch; `confirmed` skips the question (tests). False when nothing was removed.
    bool takeBackSelected(bool confirmed = false);

    QTableWidget *table() const { return m_table; }
    QString statusText() const;

private:
    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<SalesHistoryBatch> m_rows;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_takeBack;
};

} // namespace qtill::inventory
