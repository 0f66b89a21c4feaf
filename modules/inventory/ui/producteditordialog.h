#pragma once

#include "inventory/product.h"

#include "core/operator.h"
#include "core/result.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qtill {
class Services;
}

namespace qtill::inventory {

class InventoryServices;
class ProductService;

/// Creates or edits one product: item code, names, category, department, brand, unit, sold by weight,
/// serial numbers, retail and member price (typed in yuan), tax class, safety and maximum stock, the
/// listing status (上下架), its barcodes (item and case codes with pack quantity, PLUs, store codes)
/// and — read-only — who supplies it.
///
/// Nothing is written until Save: then ProductService::create or ProductService::saveEdit does
/// everything in one transaction, as `actor` (the signed-in operator, or the supervisor who approved
/// the change), and the domain checks permission and every field. Any problem — a price that is not
/// an amount, a barcode with a wrong check digit, an item code already taken — shows in the error
/// line under the form, the dialog stays open and nothing is changed. Codes are checked as they are
/// added, so a mistyped barcode is caught at once.
///
/// Open it with open() (window-modal, non-blocking) and react to accepted().
class ProductEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing` invalid: a new product. `services` must outlive the dialog.
    ProductEditorDialog(Services &services, const Session &actor, ProductId existing, QWidget *parent = nullptr);
    ~ProductEditorDialog() override;

    bool isNew() const { return !m_existing.isValid(); }
    /// False when the product could not be read (errorText() says why).
    bool isLoaded() const { return m_loaded; }
    /// After a successful save: the product's id and name.
    ProductId savedId() const { return m_savedId; }
    QString savedName() const { return m_savedName; }

    /// Adds the code typed in the code field with the pack quantity typed beside it (as the Add
    /// button does); a bad code is refused with the message shown.
    Status addCode();
    /// Removes the code shown in row `row` of the codes table.
    void removeCode(int row);
    /// The codes as they will be saved, in table order.
    QStringList codes() const;

    /// Same as pressing Save.
    void submit();
    /// The error line's text (empty when hidden).
    QString errorText() const;

    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *brandBox() const { return m_brand; }
    QComboBox *unitBox() const { return m_unit; }
    QCheckBox *weighedCheck() const { return m_weighed; }
    QCheckBox *serialCheck() const { return m_serial; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *memberPriceEdit() const { return m_memberPrice; }
    QComboBox *taxBox() const { return m_tax; }
    QLineEdit *safetyEdit() const { return m_safety; }
    QLineEdit *maxEdit() const { return m_max; }
    QCheckBox *listedCheck() const { return m_listed; }
    QLineEdit *codeEdit() const { return m_codeEdit; }
    QLineEdit *packEdit() const { return m_packEdit; }
    QPushButton *addCodeButton() const { return m_addCode; }
    QPushButton *okButton() const { return m_ok; }
    QTableWidget *codesTable() const { return m_codes; }
    /// The suppliers line(s), for tests.
    QString suppliersText() const;

private:
    QWidget *buildProductSection();
    QWidget *buildPricesSection();
    QWidget *buildCodesSection();
    Status loadChoices();
    Status loadProduct();
    Result<Product> readFields() const;
    void showCodes();
    void showError(const QString &message);
    Status save();
    QString kindText(const ProductBarcode &code) const;

    Services &m_services;
    Session m_actor;
    ProductId m_existing;
    InventoryServices &m_inventory;
    Product m_original;
    QList<ProductBarcode> m_shownCodes;     ///< what the table shows
    QStringList m_removedCodes;             ///< stored codes taken away
    QList<ProductBarcode> m_addedCodes;     ///< codes not yet stored
    bool m_loaded = false;
    ProductId m_savedId;
    QString m_savedName;

    QLabel *m_heading;
    QLabel *m_hint;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QLineEdit *m_nameEn;
    QComboBox *m_category;
    QComboBox *m_department;
    QComboBox *m_brand;
    QComboBox *m_unit;
    QCheckBox *m_weighed;
    QCheckBox *m_serial;
    QLineEdit *m_price;
    QLineEdit *m_memberPrice;
    QComboBox *m_tax;
    QLineEdit *m_safety;
    QLineEdit *m_max;
    QCheckBox *m_listed;
    QTableWidget *m_codes;
    QLineEdit *m_codeEdit;
    QLineEdit *m_packEdit;
    QPushButton *m_addCode;
    QPushButton *m_removeCode;
    QLabel *m_suppliers;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace qtill::inventory
