#include "scalelabelsscreen.h"

#include "inventory/catalog.h"
#include "inventory/ean13.h"
#include "inventory/inventorymodule.h"
#include "inventory/inventoryservices.h"

#include "core/services.h"
#include "core/storeprofileservice.h"
#include "shell/actingsession.h"
#include "shell/pageheader.h"
#include "shell/shellcontext.h"
#include "shell/tablesetup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qtill::inventory {

namespace {

constexpr int kDigits = 13;

QString kindText(EmbeddedValue value)
{
    return value == EmbeddedValue::Price ? ScaleLabelsScreen::tr("Amount (fen)") : ScaleLabelsScreen::tr("Weight (g)");
}

/// One letter per digit: F prefix, I item, V value, C check digit, 0 unused.
QString letters(const EmbeddedBarcodeLayout &layout)
{
    QString out(kDigits, QLatin1Char('0'));
    out[0] = out[1] = QLatin1Char('F');
    for (int i = layout.itemStart; i < layout.itemStart + layout.itemLength && i < kDigits; ++i)
        out[i] = QLatin1Char('I');
    for (int i = layout.valueStart; i < layout.valueStart + layout.valueLength && i < kDigits; ++i)
        out[i] = out[i] == QLatin1Char('0') ? QLatin1Char('V') : QLatin1Char('X');
    out[kDigits - 1] = QLatin1Char('C');
    return out;
}

/// A choice of numbers from..to; the fields of a label lie between the prefix and the check digit.
QComboBox *numbers(QWidget *parent, const char *name, int from, int to)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    for (int n = from; n <= to; ++n)
        box->addItem(QString::number(n), n);
    box->setMinimumSize(88, 48);
    return box;
}

int number(const QComboBox *box)
{
    return box->currentData().toInt();
}

void setNumber(QComboBox *box, int value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

ScaleLabelsScreen::ScaleLabelsScreen(shell::ShellContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_inventory(InventoryServices::of(context.services())),
      m_table(new QTableWidget(this)), m_prefix(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_itemStart(numbers(this, "itemStart", 3, 12)), m_itemLength(numbers(this, "itemLength", 4, 6)),
      m_valueStart(numbers(this, "valueStart", 3, 12)), m_valueLength(numbers(this, "valueLength", 4, 6)),
      m_description(new QLineEdit(this)), m_picture(new QLabel(this)), m_editorTitle(new QLabel(this)),
      m_save(new QPushButton(tr("Save"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_testCode(new QLineEdit(this)), m_testResult(new QLabel(this))
{
    setObjectName(QStringLiteral("scaleLabelsScreen"));
    auto *header = new shell::PageHeader(tr("Scale labels"), this);
    header->setSubtitle(tr("How the till reads the labels your scales print (codes starting 20–29)."));
    auto *add = new QPushButton(tr("New layout"), this);
    add->setObjectName(QStringLiteral("newLayoutButton"));
    header->addActionWidget(add);
    connect(add, &QPushButton::clicked, this, [this] { select(QString()); });

    // ---- the list --------------------------------------------------------------------------------
    m_table->setObjectName(QStringLiteral("layoutTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Prefix"), tr("Holds"), tr("Item number"), tr("Value"), tr("Description")});
    shell::setupTable(m_table);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_rows.size())
            loadEditor(m_rows.at(row), false);
    });

    // ---- the editor ------------------------------------------------------------------------------
    auto *editor = new shell::Card(this);
    editor->setFixedWidth(440);
    m_editorTitle->setProperty("heading", true);
    m_prefix->setObjectName(QStringLiteral("prefixCombo"));
    for (int p = 20; p <= 29; ++p)
        m_prefix->addItem(QString::number(p));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(kindText(EmbeddedValue::Price), QStringLiteral("price"));
    m_kind->addItem(kindText(EmbeddedValue::Weight), QStringLiteral("weight"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setPlaceholderText(tr("e.g. 大华秤 金额码"));
    m_picture->setObjectName(QStringLiteral("layoutPicture"));
    m_picture->setTextFormat(Qt::RichText);
    m_picture->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveLayoutButton"));
    m_save->setProperty("kind", QStringLiteral("primary"));
    m_remove->setObjectName(QStringLiteral("removeLayoutButton"));
    m_remove->setProperty("kind", QStringLiteral("danger"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_prefix, m_kind, m_description, m_save, m_remove})
        w->setMinimumHeight(48);

    auto pair = [this](QComboBox *start, QComboBox *length) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        start->setToolTip(tr("The digit it starts at, counting the first digit of the label as 1"));
        length->setToolTip(tr("How many digits it has"));
        row->addWidget(new QLabel(tr("from"), this));
        row->addWidget(start);
        row->addWidget(new QLabel(tr("digits"), this));
        row->addWidget(length);
        row->addStretch(1);
        return row;
    };
    auto *form = new QFormLayout;
    form->setSpacing(10);
    form->addRow(tr("Prefix"), m_prefix);
    form->addRow(tr("Holds"), m_kind);
    form->addRow(tr("Item number"), pair(m_itemStart, m_itemLength));
    form->addRow(tr("Value"), pair(m_valueStart, m_valueLength));
    form->addRow(tr("Description"), m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(24, 22, 24, 22);
    editorLayout->setSpacing(12);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(m_picture);
    editorLayout->addLayout(form);
    editorLayout->addLayout(buttons);
    editorLayout->addStretch(1);
    for (QComboBox *box : {m_itemStart, m_itemLength, m_valueStart, m_valueLength})
        connect(box, &QComboBox::currentIndexChanged, this, &ScaleLabelsScreen::updatePicture);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });

    // ---- the test field --------------------------------------------------------------------------
    auto *testCard = new shell::Card(this);
    auto *testTitle = new QLabel(tr("Test a label"), testCard);
    testTitle->setProperty("heading", true);
    m_testCode->setObjectName(QStringLiteral("testCodeEdit"));
    m_testCode->setProperty("big", true);
    m_testCode->setPlaceholderText(tr("Scan or type a label printed by the scale"));
    m_testCode->setMinimumHeight(56);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setProperty("secondary", true);
    m_testResult->setText(tr("The till reads it the same way."));
    auto *testLayout = new QVBoxLayout(testCard);
    testLayout->setContentsMargins(24, 18, 24, 18);
    testLayout->setSpacing(10);
    testLayout->addWidget(testTitle);
    testLayout->addWidget(m_testCode);
    testLayout->addWidget(m_testResult);
    connect(m_testCode, &QLineEdit::returnPressed, this, [this] { test(m_testCode->text()); });

    auto *left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(m_table, 1);
    left->addWidget(testCard);
    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(left, 1);
    body->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 24);
    layout->setSpacing(20);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    const bool mayEdit = m_context.can(InventoryPermissions::kEdit);
    m_save->setEnabled(mayEdit);
    m_remove->setEnabled(mayEdit);
    add->setEnabled(mayEdit);
    reload();
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    else
        select(QString());
}

ScaleLabelsScreen::~ScaleLabelsScreen() = default;

void ScaleLabelsScreen::activated()
{
    const QString current = m_editing ? m_prefix->currentText() : QString();
    reload();
    if (m_editing)
        select(current);
}

void ScaleLabelsScreen::prepareScreenshot()
{
    select(QStringLiteral("27"));
    // A weight label of the first weighed demo item (PLU 1001, 1.250 kg), if the store has one.
    const QString digits = QStringLiteral("270100101250");
    test(digits + QString::number(Ean13::checkDigit(digits)));
}

void ScaleLabelsScreen::reload()
{
    auto layouts = m_inventory.barcodeLayouts().list();
    if (!layouts) {
        m_context.showMessage(layouts.error().message, shell::ShellContext::Severity::Error);
        return;
    }
    m_rows = *layouts;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const EmbeddedBarcodeLayout &l = m_rows.at(r);
        const QStringList cells{l.prefix, kindText(l.value),
                                tr("digits %1–%2").arg(l.itemStart + 1).arg(l.itemStart + l.itemLength),
                                tr("digits %1–%2").arg(l.valueStart + 1).arg(l.valueStart + l.valueLength), l.description};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

void ScaleLabelsScreen::select(const QString &prefix)
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).prefix == prefix) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0), QAbstractItemView::PositionAtCenter);
            loadEditor(m_rows.at(r), false);
            return;
        }
    }
    m_table->clearSelection();
    // A new layout: the first free prefix in the usual "FF IIIII VVVVV C" form.
    EmbeddedBarcodeLayout fresh;
    fresh.prefix = prefix;
    for (int p = 20; fresh.prefix.isEmpty() && p <= 29; ++p) {
        const QString candidate = QString::number(p);
        if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const auto &l) { return l.prefix == candidate; }))
            fresh.prefix = candidate;
    }
    loadEditor(fresh, true);
}

void ScaleLabelsScreen::loadEditor(const EmbeddedBarcodeLayout &layout, bool isNew)
{
    m_editing = !isNew;
    m_editorTitle->setText(isNew ? tr("New layout") : tr("Prefix %1").arg(layout.prefix));
    m_prefix->setCurrentText(layout.prefix);
    m_prefix->setEnabled(isNew);
    m_kind->setCurrentIndex(layout.value == EmbeddedValue::Price ? 0 : 1);
    setNumber(m_itemStart, layout.itemStart + 1);
    setNumber(m_itemLength, layout.itemLength);
    setNumber(m_valueStart, layout.valueStart + 1);
    setNumber(m_valueLength, layout.valueLength);
    m_description->setText(layout.description);
    m_remove->setVisible(!isNew);
    updatePicture();
}

EmbeddedBarcodeLayout ScaleLabelsScreen::editorLayout() const
{
    EmbeddedBarcodeLayout l;
    l.prefix = m_prefix->currentText();
    l.value = m_kind->currentData().toString() == QLatin1String("weight") ? EmbeddedValue::Weight : EmbeddedValue::Price;
    l.itemStart = number(m_itemStart) - 1;
    l.itemLength = number(m_itemLength);
    l.valueStart = number(m_valueStart) - 1;
    l.valueLength = number(m_valueLength);
    l.description = m_description->text().trimmed();
    return l;
}

void ScaleLabelsScreen::updatePicture()
{
    // 13 boxes coloured by field; overlapping fields show red.
    const QString pattern = letters(editorLayout());
    QString cells;
    for (QChar c : pattern) {
        const char *colour = c == QLatin1Char('F')   ? "#E8F1FF"
                             : c == QLatin1Char('I') ? "#E7F6EC"
                             : c == QLatin1Char('V') ? "#FFF4E5"
                             : c == QLatin1Char('X') ? "#FDECEA"
                                                     : "#F2F3F5";
        cells += QStringLiteral("<td align='center' style='background:%1; padding:6px 4px; font-family:monospace; "
                                "font-weight:600'>%2</td>")
                     .arg(QLatin1String(colour), c);
    }
    m_picture->setText(QStringLiteral("<table cellspacing='2'><tr>") + cells + QStringLiteral("</tr></table>")
                       + QStringLiteral("<div style='color:#6B7280'>")
                       + tr("F prefix · I item number · V %1 · C check digit").arg(kindText(editorLayout().value))
                       + QStringLiteral("</div>"));
}

QString ScaleLabelsScreen::pattern() const
{
    return letters(editorLayout());
}

bool ScaleLabelsScreen::save()
{
    const EmbeddedBarcodeLayout layout = editorLayout();
    if (Status valid = EmbeddedBarcodeLayouts::validate(layout); !valid) {
        m_context.showMessage(valid.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    const std::optional<Session> actor =
        shell::actingSession(m_context, InventoryPermissions::kEdit, tr("Change how scale labels are read"), this);
    if (!actor)
        return false;
    if (Status saved = m_inventory.barcodeLayouts().save(*actor, layout); !saved) {
        m_context.showMessage(saved.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    reload();
    select(layout.prefix);
    m_context.showMessage(tr("Labels starting %1 are now read as %2.").arg(layout.prefix, kindText(layout.value)));
    return true;
}

bool ScaleLabelsScreen::removeSelected(bool confirmed)
{
    if (!m_editing)
        return false;
    const QString prefix = m_prefix->currentText();
    if (!confirmed
        && QMessageBox::question(this, tr("Remove layout"),
                                 tr("Labels starting %1 will then be read as ordinary barcodes. Remove the layout?")
                                     .arg(prefix))
               != QMessageBox::Yes)
        return false;
    const std::optional<Session> actor =
        shell::actingSession(m_context, InventoryPermissions::kEdit, tr("Change how scale labels are read"), this);
    if (!actor)
        return false;
    if (Status removed = m_inventory.barcodeLayouts().remove(*actor, prefix); !removed) {
        m_context.showMessage(removed.error().message, shell::ShellContext::Severity::Error);
        return false;
    }
    reload();
    select(QString());
    m_context.showMessage(tr("Labels starting %1 are now read as ordinary barcodes.").arg(prefix));
    return true;
}

void ScaleLabelsScreen::test(const QString &code)
{
    const QString typed = code.trimmed();
    m_testCode->setText(typed);
    if (typed.isEmpty())
        return;
    const QLocale locale;
    auto layouts = m_inventory.barcodeLayouts().list();
    auto decoded = layouts ? EmbeddedBarcodeLayouts::decode(typed, *layouts, m_context.services().storeProfile().currency())
                           : Result<EmbeddedBarcode>(layouts.error());
    QStringList lines;
    if (decoded) {
        lines << tr("Prefix %1 · item number %2").arg(decoded->prefix, decoded->plu);
        if (decoded->price)
            lines << tr("Amount %1").arg(decoded->price->format(locale));
        if (decoded->weight)
            lines << tr("Weight %1 kg").arg(decoded->weight->toString(locale));
    } else if (decoded.error().code != Error::Code::NotFound) {
        m_testResult->setText(decoded.error().message);
        m_testResult->setProperty("secondary", false);
        return;
    } else {
        lines << tr("Not a scale label here: read as an ordinary barcode.");
    }
    auto match = m_inventory.catalog().lookup(typed);
    if (match)
        lines << tr("Product: %1 (%2), %3 per %4")
                     .arg(match->product.name, match->product.sku, match->product.price.format(locale), match->product.unit);
    else
        lines << match.error().message;
    m_testResult->setText(lines.join(QLatin1Char('\n')));
}

QString ScaleLabelsScreen::testResult() const
{
    return m_testResult->text();
}

} // namespace qtill::inventory
