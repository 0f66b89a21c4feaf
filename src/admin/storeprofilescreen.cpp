#include "storeprofilescreen.h"

#include "shell/actingsession.h"
#include "shell/icons.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/theme.h"

#include "core/currency.h"
#include "core/permission.h"
#include "core/services.h"
#include "core/storeprofileservice.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace qtill::admin {

namespace {

constexpr int kLogoPreviewPx = 96;

/// An empty field as "" rather than a null QString: a null binds as SQL NULL, which the settings
/// table refuses, so clearing a field (the logo, the address) would fail to save.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// The currencies a store may price in (Currency::fromCode knows these).
const char *const kCurrencyCodes[] = {"CNY", "HKD", "MOP", "TWD", "USD", "EUR", "GBP", "JPY", "KRW", "SGD"};

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setBuddy(buddy);
    return label;
}

QFormLayout *cardForm(shell::Card *card, const QString &title)
{
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(24, 20, 24, 24);
    layout->setSpacing(14);
    auto *heading = new QLabel(title, card);
    heading->setProperty("heading", true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(8);
    layout->addLayout(form);
    layout->addStretch(1);
    return form;
}

} // namespace

StoreProfileScreen::StoreProfileScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_name(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_taxId(new QLineEdit(this)), m_logoPreview(new QLabel(this)),
      m_logoFile(new QLabel(this)), m_logoRemove(new QPushButton(tr("Remove logo"), this)),
      m_header(new QPlainTextEdit(this)), m_footer(new QPlainTextEdit(this)), m_currency(new QComboBox(this)),
      m_dayStart(new QTimeEdit(this)), m_timeZone(new QComboBox(this)), m_idleLock(new QSpinBox(this)), m_registerId(new QLineEdit(this)), m_error(new QLabel(this)),
      m_save(new QPushButton(tr("Save"), this)), m_revert(new QPushButton(tr("Undo changes"), this))
{
    setObjectName(QStringLiteral("storeProfileScreen"));

    auto *header = new shell::PageHeader(tr("Store profile"), this);
    header->setSubtitle(tr("What receipts print and how this register counts its business day."));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setIcon(shell::Icons::icon(QStringLiteral("check"), Qt::white));
    shell::Theme::setKind(m_save, QStringLiteral("primary"));
    m_save->setMinimumWidth(140);
    header->addActionWidget(m_revert);
    header->addActionWidget(m_save);

    // ---- the shop --------------------------------------------------------------------------
    auto *shop = new shell::Card(this);
    QFormLayout *shopForm = cardForm(shop, tr("The shop"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(StoreProfile::kMaxTextLength);
    m_name->setPlaceholderText(tr("As printed at the top of receipts"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setMaxLength(StoreProfile::kMaxTextLength);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setMaxLength(StoreProfile::kMaxTextLength);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_taxId->setObjectName(QStringLiteral("taxIdEdit"));
    m_taxId->setMaxLength(StoreProfile::kMaxTextLength);
    m_taxId->setPlaceholderText(tr("Unified social credit code"));
    shopForm->addRow(fieldLabel(tr("Store name"), m_name, shop), m_name);
    shopForm->addRow(fieldLabel(tr("Address"), m_address, shop), m_address);
    shopForm->addRow(fieldLabel(tr("Phone"), m_phone, shop), m_phone);
    shopForm->addRow(fieldLabel(tr("Tax id"), m_taxId, shop), m_taxId);

    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(kLogoPreviewPx + 8, kLogoPreviewPx + 8);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setStyleSheet(QStringLiteral("QLabel#logoPreview { border: 1px dashed #D0D5DD; border-radius: 10px; }"));
    m_logoFile->setObjectName(QStringLiteral("logoFile"));
    m_logoFile->setProperty("secondary", true);
    m_logoFile->setWordWrap(true);
    auto *chooseLogo = new QPushButton(tr("Choose image…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    m_logoRemove->setObjectName(QStringLiteral("removeLogoButton"));
    shell::Theme::setKind(m_logoRemove, QStringLiteral("flat"));
    auto *logoButtons = new QHBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_logoRemove);
    logoButtons->addStretch(1);
    auto *logoText = new QVBoxLayout;
    logoText->addWidget(m_logoFile);
    logoText->addLayout(logoButtons);
    auto *logoRow = new QHBoxLayout;
    logoRow->setSpacing(16);
    logoRow->addWidget(m_logoPreview);
    logoRow->addLayout(logoText, 1);
    auto *logoLabel = new QLabel(tr("Logo"), shop);
    logoLabel->setObjectName(QStringLiteral("fieldLabel"));
    shopForm->addRow(logoLabel, logoRow);

    // ---- receipts and register ---------------------------------------------------------------
    auto *receipt = new shell::Card(this);
    QFormLayout *receiptForm = cardForm(receipt, tr("Receipts and register"));
    m_header->setObjectName(QStringLiteral("receiptHeaderEdit"));
    m_header->setPlaceholderText(tr("Printed under the store name, e.g. opening hours"));
    m_header->setTabChangesFocus(true);
    m_header->setFixedHeight(96);
    m_footer->setObjectName(QStringLiteral("receiptFooterEdit"));
    m_footer->setPlaceholderText(tr("Printed at the end, e.g. \"Thank you, please come again\""));
    m_footer->setTabChangesFocus(true);
    m_footer->setFixedHeight(96);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    for (const char *code : kCurrencyCodes) {
        const Currency c = Currency::fromCode(QLatin1String(code));
        m_currency->addItem(c.code() + QStringLiteral("  ") + c.symbol(), c.code());
    }
    m_dayStart->setObjectName(QStringLiteral("dayStartEdit"));
    m_dayStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayStart->setTimeRange(QTime(0, 0), QTime(12, 0));
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_idleLock->setObjectName(QStringLiteral("idleLockEdit"));
    m_idleLock->setRange(0, StoreProfile::kMaxIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_registerId->setObjectName(QStringLiteral("registerIdEdit"));
    m_registerId->setMaxLength(8);
    m_registerId->setPlaceholderText(tr("e.g. R01"));
    receiptForm->addRow(fieldLabel(tr("Receipt header"), m_header, receipt), m_header);
    receiptForm->addRow(fieldLabel(tr("Receipt footer"), m_footer, receipt), m_footer);
    receiptForm->addRow(fieldLabel(tr("Currency"), m_currency, receipt), m_currency);
    auto *dayHint = new QLabel(tr("Sales before this time count for the previous business day."), receipt);
    dayHint->setProperty("secondary", true);
    dayHint->setWordWrap(true);
    receiptForm->addRow(fieldLabel(tr("Business day starts at"), m_dayStart, receipt), m_dayStart);
    receiptForm->addRow(dayHint);
    receiptForm->addRow(fieldLabel(tr("Time zone"), m_timeZone, receipt), m_timeZone);
    receiptForm->addRow(fieldLabel(tr("Register id"), m_registerId, receipt), m_registerId);
    receiptForm->addRow(fieldLabel(tr("Lock the screen after"), m_idleLock, receipt), m_idleLock);

    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(20);
    grid->addWidget(m_error, 0, 0, 1, 2);
    grid->addWidget(shop, 1, 0);
    grid->addWidget(receipt, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addWidget(scroll, 1);

    connect(m_save, &QPushButton::clicked, this, &StoreProfileScreen::save);
    connect(m_revert, &QPushButton::clicked, this, &StoreProfileScreen::reload);
    connect(chooseLogo, &QPushButton::clicked, this, &StoreProfileScreen::chooseLogo);
    connect(m_logoRemove, &QPushButton::clicked, this, [this] { setLogoPath({}); });

    reload();
}

void StoreProfileScreen::activated()
{
    reload();
}

void StoreProfileScreen::reload()
{
    const StoreProfile p = m_context.services().storeProfile().profile();
    m_name->setText(p.name);
    m_address->setText(p.address);
    m_phone->setText(p.phone);
    m_taxId->setText(p.taxId);
    setLogoPath(p.logoPath);
    m_header->setPlainText(p.receiptHeader);
    m_footer->setPlainText(p.receiptFooter);
    int currency = m_currency->findData(p.currencyCode);
    if (currency < 0) {
        // An unknown code typed on the command line: show it so Save does not silently change it.
        m_currency->addItem(p.currencyCode, p.currencyCode);
        currency = m_currency->count() - 1;
    }
    m_currency->setCurrentIndex(currency);
    m_dayStart->setTime(p.businessDayStart);
    m_timeZone->setCurrentText(p.timeZone);
    m_registerId->setText(p.registerId);
    m_idleLock->setValue(p.idleLockMinutes);
    showFormError({});
}

StoreProfile StoreProfileScreen::editedProfile() const
{
    StoreProfile p;
    p.name = text(m_name->text().trimmed());
    p.address = text(m_address->text().trimmed());
    p.phone = text(m_phone->text().trimmed());
    p.taxId = text(m_taxId->text().trimmed());
    p.logoPath = text(m_logoPath);
    p.receiptHeader = text(m_header->toPlainText().trimmed());
    p.receiptFooter = text(m_footer->toPlainText().trimmed());
    p.currencyCode = m_currency->currentData().toString();
    p.businessDayStart = m_dayStart->time();
    p.timeZone = m_timeZone->currentText().trimmed();
    p.registerId = text(m_registerId->text().trimmed().toUpper());
    p.idleLockMinutes = m_idleLock->value();
    return p;
}

bool StoreProfileScreen::save()
{
    const StoreProfile wanted = editedProfile();
    const std::optional<Session> actor =
        shell::actingSession(m_context, Permissions::kSettingsEdit, tr("Save the store profile"), this);
    if (!actor)
        return false;
    const Status saved = m_context.services().storeProfile().update(*actor, wanted);
    if (!saved) {
        showFormError(saved.error().message);
        m_context.showMessage(saved.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    showFormError({});
    reload();
    m_context.showMessage(tr("The store profile is saved."));
    return true;
}

void StoreProfileScreen::chooseLogo()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString start = m_logoPath.isEmpty() ? QString() : QFileInfo(m_logoPath).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the store logo"), start,
                                                      tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!file.isEmpty())
        setLogoPath(file);
}

void StoreProfileScreen::setLogoPath(const QString &path)
{
    m_logoPath = path;
    m_logoRemove->setEnabled(!path.isEmpty());
    if (path.isEmpty()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        m_logoFile->setText(tr("Receipts print the store name only."));
        return;
    }
    const QImage image(path);
    if (image.isNull()) {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("?"));
        m_logoFile->setText(tr("%1 cannot be read as an image.").arg(path));
        return;
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(kLogoPreviewPx, kLogoPreviewPx) * dpr, Qt::KeepAspectRatio,
                                                     Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(dpr);
    m_logoPreview->setText({});
    m_logoPreview->setPixmap(pixmap);
    m_logoFile->setText(path);
}

void StoreProfileScreen::showFormError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace qtill::admin
