#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::inventory {

/// The inventory screens: Products and Serial numbers at the counter; Stock, Stocktake, Purchasing,
/// Reorder, Labels and (under Settings) Scale labels in the back office. Each is shown to operators who
/// hold its permission; every action is checked again in the domain.
class InventoryUiModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::inventory::InventoryUiModule)
public:
    static constexpr const char *kProductsId = "inventory.products";
    static constexpr const char *kScaleLabelsId = "inventory.scaleLabels";

    QString name() const override { return QStringLiteral("inventory"); }
    QList<shell::ScreenDescriptor> screens() const override;
    /// The manager's stock alerts (LowStockCard), for those who may order (purchasing.order).
    QList<shell::HomeCard> homeCards() const override;
};

} // namespace qtill::inventory
