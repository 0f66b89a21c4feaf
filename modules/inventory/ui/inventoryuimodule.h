#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::inventory {

/// The inventory screens: for now the read-only Products screen (search, stock per location,
/// product details), shown to operators with inventory.view.
class InventoryUiModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::inventory::InventoryUiModule)
public:
    static constexpr const char *kProductsId = "inventory.products";
    static constexpr const char *kScaleLabelsId = "inventory.scaleLabels";

    QString name() const override { return QStringLiteral("inventory"); }
    QList<shell::ScreenDescriptor> screens() const override;
    /// The manager's stock alerts (LowStockCard), for whoever may see the inventory.
    QList<shell::HomeCard> homeCards() const override;
};

} // namespace qtill::inventory
