#pragma once

#include "shell/uimodule.h"

#include "core/storeprofile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace qtill::shell {
class ShellContext;
}

namespace qtill::admin {

/// Store profile: who the shop is (name, address, phone, tax id, logo) and how its registers count
/// (receipt header and footer, currency, business-day start, register id). Save hands the whole
/// profile to StoreProfileService, which validates, checks settings.edit and audits; its message
/// is shown as it is.
class StoreProfileScreen : public QWidget, public shell::ShellScreen
{
    Q_OBJECT
public:
    explicit StoreProfileScreen(shell::ShellContext &context, QWidget *parent = nullptr);

    /// Fills the form from the service (discarding unsaved edits).
    void reload();
    /// What the form holds now, as a profile.
    StoreProfile editedProfile() const;
    /// Saves through the service. True when saved (or nothing changed).
    bool save();

    /// Takes `path` as the logo (what choosing it in the file dialog does) and previews it; empty: none.
    void setLogoPath(const QString &path);

    void activated() override;

private:
    void chooseLogo();
    void showFormError(const QString &message);

    shell::ShellContext &m_context;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_taxId;
    QLabel *m_logoPreview;
    QLabel *m_logoFile;
    QPushButton *m_logoRemove;
    QString m_logoPath;
    QPlainTextEdit *m_header;
    QPlainTextEdit *m_footer;
    QComboBox *m_currency;
    QTimeEdit *m_dayStart;
    QComboBox *m_timeZone;      ///< editable: an IANA id from the list or typed
    QSpinBox *m_idleLock;
    QLineEdit *m_registerId;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace qtill::admin
