#pragma once

#include "shell/uimodule.h"

#include <QCoreApplication>

namespace qtill::checkout {

/// The till's screens: the sale screen ("checkout.sale"), first on the rail and where a cashier lands
/// after signing in. Shown to operators who may sell; every action is checked again in the domain.
class CheckoutUiModule final : public shell::UiModule
{
    Q_DECLARE_TR_FUNCTIONS(qtill::checkout::CheckoutUiModule)
public:
    static constexpr const char *kSaleId = "checkout.sale";
    /// The self-checkout screen (SelfCheckoutScreen).
    static constexpr const char *kSelfCheckoutId = "checkout.selfcheckout";

    QString name() const override { return QStringLiteral("checkout"); }
    QList<shell::ScreenDescriptor> screens() const override;
};

} // namespace qtill::checkout
