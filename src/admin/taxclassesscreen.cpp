#include "taxclassesscreen.h"

#include "shell/actingsession.h"
#include "shell/formdialog.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"
#include "shell/theme.h"

#include "core/permission.h"
#include "core/services.h"
#include "core/taxclassservice.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace qtill::admin {

// ---- model ------------------------------------------------------------------------------------

void TaxClassModel::setClasses(const QList<TaxClass> &classes)
{
    beginResetModel();
    m_classes = classes;
    endResetModel();
}

int TaxClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int TaxClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaxClassModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_classes.size())
        return {};
    const TaxClass &c = m_classes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CodeColumn: return c.code;
        case NameColumn: return c.name;
        case RateColumn: return c.rateText();
        case DefaultColumn: return c.isDefault ? tr("Default") : QString();
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == RateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TaxClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn: return tr("Code");
    case NameColumn: return tr("Name");
    case RateColumn: return tr("Rate");
    case DefaultColumn: return tr("New products");
    }
    return {};
}

// ---- screen -----------------------------------------------------------------------------------

TaxClassesScreen::TaxClassesScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TaxClassModel(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(tr("Add tax class"), this)), m_edit(new QPushButton(tr("Edit"), this))
{
    setObjectName(QStringLiteral("taxClassesScreen"));
    auto *header = new shell::PageHeader(tr("Tax classes"), this);
    header->setSubtitle(tr("Prices include tax; the rate says how much of each sale is VAT."));
    m_add->setObjectName(QStringLiteral("addTaxButton"));
    m_edit->setObjectName(QStringLiteral("editTaxButton"));
    shell::Theme::setKind(m_add, QStringLiteral("primary"));
    header->addActionWidget(m_edit);
    header->addActionWidget(m_add);

    m_view->setObjectName(QStringLiteral("taxTable"));
    m_view->setModel(m_model);
    shell::setupTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TaxClassModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TaxClassModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TaxClassModel::RateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TaxClassModel::DefaultColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &TaxClassesScreen::addClass);
    connect(m_edit, &QPushButton::clicked, this, &TaxClassesScreen::editSelected);
    connect(m_view, &QTableView::doubleClicked, this, &TaxClassesScreen::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TaxClassesScreen::updateButtons);
    reload();
}

void TaxClassesScreen::activated()
{
    reload();
}

void TaxClassesScreen::reload()
{
    auto classes = m_context.services().taxClasses().list();
    if (!classes) {
        m_context.showMessage(classes.error().message, shell::ShellContext::Severity::Error);
        m_model->setClasses({});
    } else {
        m_model->setClasses(*classes);
    }
    updateButtons();
}

void TaxClassesScreen::updateButtons()
{
    m_edit->setEnabled(m_view->selectionModel()->hasSelection());
}

shell::FormDialog *TaxClassesScreen::addClass()
{
    return openDialog(std::nullopt);
}

shell::FormDialog *TaxClassesScreen::editSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return openDialog(m_model->classes().value(rows.first().row()));
}

shell::FormDialog *TaxClassesScreen::openDialog(const std::optional<TaxClass> &existing)
{
    auto *dialog = new shell::FormDialog(existing ? tr("Edit tax class") : tr("New tax class"), this);
    dialog->setObjectName(QStringLiteral("taxClassDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    auto *code = new QLineEdit(dialog);
    code->setObjectName(QStringLiteral("codeEdit"));
    code->setMaxLength(16);
    code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]{0,16}")), code));
    code->setPlaceholderText(tr("e.g. standard"));
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("As printed on receipts, e.g. VAT 13%"));
    auto *rate = new QLineEdit(dialog);
    rate->setObjectName(QStringLiteral("rateEdit"));
    rate->setPlaceholderText(tr("e.g. 13%"));
    rate->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    auto *isDefault = new QCheckBox(tr("New products get this tax class"), dialog);
    isDefault->setObjectName(QStringLiteral("defaultCheck"));

    if (existing) {
        code->setText(existing->code);
        code->setEnabled(false);
        name->setText(existing->name);
        rate->setText(existing->rateText());
        isDefault->setChecked(existing->isDefault);
        // Taking the default away is refused by the service: choose another class as default instead.
        isDefault->setEnabled(!existing->isDefault);
        dialog->setHint(tr("A sale keeps the rate it was sold at; a new rate applies to later sales."));
    } else {
        dialog->setHint(tr("The code is what products refer to and cannot be changed later."));
    }

    dialog->addRow(tr("Code"), code);
    dialog->addRow(tr("Name"), name);
    dialog->addRow(tr("Rate"), rate);
    dialog->addRow(QString(), isDefault);

    const bool adding = !existing.has_value();
    dialog->setSubmit([this, code, name, rate, isDefault, adding]() -> Status {
        auto bp = TaxClass::parseRate(rate->text());
        if (!bp)
            return bp.error();
        TaxClass c;
        c.code = code->text().trimmed();
        c.name = name->text().trimmed();
        c.rateBasisPoints = *bp;
        c.isDefault = isDefault->isChecked();
        const std::optional<Session> actor = shell::actingSession(
            m_context, Permissions::kSettingsEdit,
            adding ? tr("Add tax class %1").arg(c.code) : tr("Change tax class %1").arg(c.code), this);
        if (!actor)
            return Error::permissionDenied(tr("Not saved: the change was not authorised."));
        TaxClassService &service = m_context.services().taxClasses();
        return adding ? service.add(*actor, c) : service.update(*actor, c);
    });
    connect(dialog, &QDialog::accepted, this, [this, adding] {
        reload();
        m_context.showMessage(adding ? tr("The tax class is added.") : tr("The tax class is saved."));
    });
    dialog->open();
    (existing ? name : code)->setFocus();
    return dialog;
}

} // namespace qtill::admin
