#pragma once

#include "core/result.h"
#include "core/storeprofile.h"

#include <QString>

namespace qtill {
class Services;
struct Session;
} // namespace qtill

namespace qtill::inventory {

/// A realistic small Chinese supermarket for demos, screenshots and manual testing: about 300 products
/// in 14 categories (粮油, 饮料, 零食, 乳制品, 生鲜蔬果, 肉禽蛋, 日化, …) with Chinese and English names,
/// EAN-13 barcodes (GS1 China prefixes 690–695, computed check digits), case barcodes for drinks,
/// weighed fruit, vegetables and meat with 4-digit PLUs, member prices, and opening stock on the shop
/// floor (卖场) and in the back room (仓库) — some of it below safety stock.
///
/// The data is resources/demo/products.csv and categories.csv (UTF-8), compiled into qtill_inventory.
class DemoStore
{
public:
    static constexpr const char *kFloorCode = "FLOOR";
    static constexpr const char *kBackRoomCode = "BACK";
    static constexpr const char *kDocument = "DEMO-OPENING";

    struct Summary
    {
        int categories = 0;
        int products = 0;
        int barcodes = 0;       ///< item, case and PLU codes
        int locations = 0;
        int movements = 0;      ///< opening stock movements
        bool profileSet = false;   ///< the store profile was empty and got the demo profile
        int taxClassesAdded = 0;   ///< China VAT classes added to a store that had none
    };

    /// The profile the demo store gets: "Qtill 演示超市", an address in Shanghai, receipt texts.
    static StoreProfile demoProfile();

    /// Fills an empty store, in one transaction, acting as `actor` (who needs inventory.edit and
    /// settings.edit): the demo profile if the store has no name yet, China's VAT classes if there are
    /// none, then categories, products, barcodes, the two locations and the opening stock.
    /// Conflict when the store has products already (nothing is changed then).
    static Result<Summary> populate(Services &services, const Session &actor);
};

} // namespace qtill::inventory
