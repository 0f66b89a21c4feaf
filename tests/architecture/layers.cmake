# Usage: cmake -DQTILL_SOURCE_DIR=<checkout> -P layers.cmake
# Fails (exit code 1) listing every crossing of the layers in docs/ARCHITECTURE.md.
if(NOT QTILL_SOURCE_DIR)
    message(FATAL_ERROR "QTILL_SOURCE_DIR is not set")
endif()
set(violations "")

# check(<label> <regex> <glob>...): every file matching the (non-recursive) globs must not contain a line matching regex.
function(check label regex)
    set(found "")
    foreach(pattern IN LISTS ARGN)
        file(GLOB files "${QTILL_SOURCE_DIR}/${pattern}")
        foreach(file IN LISTS files)
            file(STRINGS "${file}" lines REGEX "${regex}")
            if(lines)
                file(RELATIVE_PATH rel "${QTILL_SOURCE_DIR}" "${file}")
                string(REPLACE ";" "\n    " lines "${lines}")
                string(APPEND found "  ${rel}:\n    ${lines}\n")
            endif()
        endforeach()
    endforeach()
    if(found)
        set(violations "${violations}${label}:\n${found}" PARENT_SCOPE)
    endif()
endfunction()

set(widgets "#include *[<\"](QtWidgets/|QWidget|QDialog|QApplication|QLabel|QPushButton|QTableView|shell/|admin/|app/|devicesui/)")

# The kernel knows no module, no device and no widget.
check("core includes a module, the HAL or widgets"
      "#include *[<\"](inventory/|checkout/|hal/|QtWidgets/|QWidget|shell/|admin/|app/)" "src/core/*.h" "src/core/*.cpp")
# The HAL knows neither core nor any module.
check("hal includes core or a module" "#include *\"(core/|inventory/|checkout/|shell/|admin/|app/)" "hal/*.h" "hal/*.cpp" "hal/*/*.h" "hal/*/*.cpp" "hal/*/*/*.h" "hal/*/*/*.cpp")
# Domain libraries: Qt Core + Sql only.
check("a domain library includes widgets" "${widgets}" "modules/inventory/*.h" "modules/inventory/*.cpp"
      "modules/checkout/*.h" "modules/checkout/*.cpp" "modules/members/*.h" "modules/members/*.cpp")
# Modules come in one order: inventory knows nothing of the till.
check("inventory includes a later module" "#include *\"(checkout|members)/" "modules/inventory/*.h" "modules/inventory/*.cpp")
# Members own the rules and the till applies them: members never includes the till, and of inventory
# only its typed ids (a product or category id passes straight through).
check("members includes the till or inventory's services"
      "#include *\"(checkout/|inventory/[^i]|inventory/i[^n])" "modules/members/*.h" "modules/members/*.cpp")
# The shell knows modules only through the registration interface.
check("the shell includes a module or another ui library"
      "#include *\"(inventory/|admin/|app/|devicesui/)" "src/shell/*.h" "src/shell/*.cpp")
# No ui library uses another: what screens share lives in the shell.
check("a module's screens include another ui library"
      "#include *\"(admin/|app/|devicesui/)" "modules/inventory/ui/*.h" "modules/inventory/ui/*.cpp")
check("the devices screen includes another ui library"
      "#include *\"(admin/|app/|inventory/ui/)" "src/devicesui/*.h" "src/devicesui/*.cpp")
check("the settings screens include another ui library"
      "#include *\"(app/|devicesui/|inventory/ui/)" "src/admin/*.h" "src/admin/*.cpp")
check("a ui library links another ui library"
      "target_link_libraries\\([a-z_]+ .*qtill_(admin_ui|devices_ui|inventory_ui|app)[ )]"
      "modules/inventory/ui/CMakeLists.txt" "src/admin/CMakeLists.txt" "src/devicesui/CMakeLists.txt" "src/shell/CMakeLists.txt")
# SQL lives only in the domain libraries.
check("SQL outside the domain libraries"
      "(QSqlQuery|QSqlDatabase|\\.exec\\(QStringLiteral\\(\"(SELECT|INSERT|UPDATE|DELETE))"
      "src/app/*.cpp" "src/admin/*.cpp" "src/shell/*.cpp" "src/devicesui/*.cpp" "src/cli/*.cpp"
      "modules/inventory/ui/*.cpp" "modules/inventory/labels/*.cpp" "modules/checkout/ui/*.cpp")
# Services are built by their module's owner object, not by screens and commands.
check("an inventory service built outside InventoryServices"
      "(make_unique<(inventory::)?(Catalog|StockLedger|ProductService|PurchaseOrderService|ReceivingService|SupplierReturnService|SupplierService|TransferService|StocktakeService|SerialNumberService|SalesHistory|SalesAnalysis|ReorderService|ProductImporter|StockImporter|SupplierImporter|Exporter)>|[^a-zA-Z_:](Catalog|StockLedger|ProductService|PurchaseOrderService|ReceivingService|SupplierReturnService|SupplierService|TransferService|StocktakeService|SerialNumberService|SalesHistory|SalesAnalysis|ReorderService)(\\(| [a-z][A-Za-z]*[({]))"
      "src/app/*.cpp" "src/admin/*.cpp" "src/shell/*.cpp" "src/devicesui/*.cpp" "src/cli/*.cpp"
      "modules/inventory/ui/*.cpp" "modules/inventory/labels/*.cpp")
check("a checkout service built outside CheckoutServices"
      "(make_unique<(checkout::)?(SaleService|CartStore|JournalVerifier|PaymentService|VoidService|CashService|RefundService|PrintQueue)>|[^a-zA-Z_:](SaleService|CartStore|JournalVerifier|PaymentService|VoidService|CashService|RefundService|PrintQueue)(\\(| [a-z][A-Za-z]*[({]))"
      "src/app/*.cpp" "src/admin/*.cpp" "src/shell/*.cpp" "src/devicesui/*.cpp" "src/cli/*.cpp"
      "modules/inventory/ui/*.cpp" "modules/checkout/ui/*.cpp")

if(violations)
    message("${violations}")
    message(FATAL_ERROR "The layers of docs/ARCHITECTURE.md are crossed (see above).")
endif()
message("Layers: every arrow points one way.")
