#pragma once

#include "inventory/embeddedbarcodelayout.h"

#include "shell/uimodule.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::inventory {

class InventoryServices;

/// Scale labels (条码秤): how this store's scales lay out the GS1 20–29 labels they print — which
/// prefixes carry the amount and which the weight, where the item number (PLU) and the value sit
/// among the 13 digits — with a picture of the digits, an editor (inventory.edit, audited by the
/// domain) and a test field: scan a printed label and see the product, the amount or weight.
class ScaleLabelsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit ScaleLabelsScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~ScaleLabelsScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Selects the layout of `prefix` in the list and the editor ("" starts a new one).
    void select(const QString &prefix);
    /// Saves what the editor holds; false (and a message) when refused.
    bool save();
    /// Removes the selected layout after asking; `confirmed` skips the question (tests).
    bool removeSelected(bool confirmed = false);
    /// Reads `code` as the till would and shows the result.
    void test(const QString &code);

    QTableWidget *table() const { return m_table; }
    QString testResult() const;
    /// The 13-digit picture of the editor's layout, as plain text ("FF IIIII VVVVV C"), for tests.
    QString pattern() const;

private:
    void reload();
    void loadEditor(const EmbeddedBarcodeLayout &layout, bool isNew);
    EmbeddedBarcodeLayout editorLayout() const;
    void updatePicture();

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<EmbeddedBarcodeLayout> m_rows;
    QTableWidget *m_table;
    QComboBox *m_prefix;
    QComboBox *m_kind;
    QComboBox *m_itemStart;     ///< digit positions as people count them: 3 … 12
    QComboBox *m_itemLength;
    QComboBox *m_valueStart;
    QComboBox *m_valueLength;
    QLineEdit *m_description;
    QLabel *m_picture;
    QLabel *m_editorTitle;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLineEdit *m_testCode;
    QLabel *m_testResult;
    bool m_editing = false;   ///< the editor shows a stored layout (not a new one)
};

} // namespace qtill::inventory
