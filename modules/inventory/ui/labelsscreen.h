#pragma once

#include "inventory/inventoryids.h"
#include "inventory/labels/labelpresets.h"
#include "inventory/labels/labelrenderer.h"

#include "shell/uimodule.h"

#include <QImage>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace qtill::shell {
class PageHeader;
class ShellContext;
} // namespace qtill::shell

namespace qtill::inventory {

class InventoryServices;

/// 标签 Labels: shelf labels and barcode labels for chosen products.
///
/// Left: choose products — search by name or code (a scanned barcode adds its product at once), all
/// products below safety stock, or a whole category — and how many copies of each. Right: the label
/// kind, the label stock (A4 sheets of 3 × 8, 2 × 7 … or a roll for a label printer), a live preview of
/// the pages, Print (Qt's print dialog: CUPS printers) and Save as PDF.
class LabelsScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit LabelsScreen(shell::ShellContext &context, QWidget *parent = nullptr);
    ~LabelsScreen() override;

    void activated() override;
    void prepareScreenshot() override;

    /// Adds a product (again: one more copy). False when it is not in the catalog.
    bool addProduct(ProductId product, int copies = 1);
    /// A scanned or typed code: the product it names is added. False (with a message) when unknown.
    bool addByCode(const QString &code);
    /// Every product below its safety stock. Returns how many were added.
    int addLowStock();
    /// Every product of `category`. Returns how many were added.
    int addCategory(CategoryId category);
    void clearProducts();
    /// Sets the copies of the product in `row` of the list.
    void setCopies(int row, int copies);

    /// The label stock by LabelPreset id ("a4-3x8", "roll-40x30"); false for an unknown id.
    bool setPreset(const QString &id);
    QString presetId() const;
    void setKind(LabelKind kind);

    /// Products in the list and labels to print (copies counted).
    int productCount() const;
    int labelCount() const;
    /// Pages the labels need on the chosen stock.
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    /// The preview of the current page as painted (empty without labels).
    QImage previewImage() const { return m_previewImage; }
    QString pageText() const;

    /// Writes the labels to a PDF file; returns the pages written (what Save as PDF does after the file dialog).
    Result<int> savePdf(const QString &path);
    /// Prints on `printer` (what Print does after the print dialog).
    Result<int> printTo(QPrinter &printer);

    QLineEdit *searchBox() const { return m_search; }
    QListWidget *resultList() const { return m_results; }
    QTableWidget *pickedTable() const { return m_picked; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Pick
    {
        ProductId product;
        LabelData label;
        int copies = 1;
    };

    void runSearch();
    void fillPicked();
    void updatePreview();
    void print();
    void saveAsPdf();
    LabelRenderer renderer() const;
    QList<LabelData> labels() const;
    bool addLoaded(const Product &product, int copies);

    shell::ShellContext &m_context;
    InventoryServices &m_inventory;
    QList<Pick> m_picks;
    int m_page = 0;
    QImage m_previewImage;
    bool m_filling = false;

    shell::PageHeader *m_header;
    QLineEdit *m_search;
    QListWidget *m_results;
    QComboBox *m_category;
    QTableWidget *m_picked;
    QLabel *m_pickedCount;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QCheckBox *m_cutLines;
    QLabel *m_preview;
    QLabel *m_pageLabel;
    QPushButton *m_prev;
    QPushButton *m_next;
    QPushButton *m_pdf;
    QPushButton *m_print;
};

} // namespace qtill::inventory
