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

    QString name() const override { return QStringLiteral("inventory"); }
    QList<shell::ScreenDescriptor> screens() const override;
};

} // namespace qtill::inventory
