<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>qtill::AuditLog</name>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="146" />
            <location filename="../../src/core/auditlog.cpp" line="153" />
            <location filename="../../src/core/auditlog.cpp" line="179" />
            <source>The audit log could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="158" />
            <location filename="../../src/core/auditlog.cpp" line="198" />
            <location filename="../../src/core/auditlog.cpp" line="211" />
            <location filename="../../src/core/auditlog.cpp" line="219" />
            <location filename="../../src/core/auditlog.cpp" line="251" />
            <source>The audit log could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="248" />
            <source>The audit log check was stopped before it finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="261" />
            <source>Entries before %1 are missing: the log starts at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="264" />
            <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="269" />
            <source>Entries %1 to %2 are missing: the log jumps from %3 to %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="277" />
            <source>Entry %1 does not follow entry %2: the chain is broken (an entry was changed, removed or inserted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="284" />
            <source>Entry %1 was changed after it was written: its contents do not match its hash.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Authorizer</name>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="53" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="64" />
            <source>You may not: %1. A supervisor can authorise it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="76" />
            <source>%1 may not authorise: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::BackupService</name>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="84" />
            <source>The backup was written to %1, but the audit log could not record it: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="89" />
            <source>%1 The audit log could not record this either: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="99" />
            <source>The store was restored from %1, but the audit log could not record it: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::DatabaseAddress</name>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="52" />
            <source>%1 is not a database address (postgresql://user@host:port/database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="56" />
            <source>A database address must not contain a password. Put it in ~/.pgpass (or PGPASSFILE) instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="62" />
            <source>The database address names no database: postgresql://user@host/DATABASE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="66" />
            <source>The database address has an unknown setting "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::DeviceConfigService</name>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="132" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="144" />
            <source>The device settings could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="148" />
            <source>The register %1 has no device "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="167" />
            <source>The register has no id. Set it under Settings → Store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="181" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="194" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="202" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="222" />
            <source>The device settings could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="54" />
            <source>"%1" cannot be a device id. Use 1 to 32 lower-case letters, digits, '-' or '_', such as printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="58" />
            <source>"%1" is not a kind of device Qtill knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="61" />
            <source>Choose how the device %1 is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="66" />
            <source>The device name is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="69" />
            <source>The settings of the device %1 could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::DocumentNumbers</name>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="55" />
            <source>Something went wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="61" />
            <location filename="../../src/core/documentnumbers.cpp" line="71" />
            <location filename="../../src/core/documentnumbers.cpp" line="75" />
            <source>The next document number could not be taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="84" />
            <source>The document numbers could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Journal</name>
        <message>
            <location filename="../../src/core/journal.cpp" line="144" />
            <location filename="../../src/core/journal.cpp" line="154" />
            <location filename="../../src/core/journal.cpp" line="183" />
            <source>The journal could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="175" />
            <source>The register's grand total would overflow.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="186" />
            <source>This record is already in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="196" />
            <location filename="../../src/core/journal.cpp" line="208" />
            <location filename="../../src/core/journal.cpp" line="222" />
            <location filename="../../src/core/journal.cpp" line="233" />
            <source>The journal could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="63" />
            <source>The journal check was stopped before it finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="61" />
            <location filename="../../src/core/journal.cpp" line="64" />
            <source>The journal record is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="21" />
            <source>Register %1: record %2 is missing (the journal jumps from %3 to %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="27" />
            <source>Register %1: record %2 does not follow record %3 — a record was changed, removed or inserted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="32" />
            <source>Register %1: record %2 (%3 %4) was changed after it was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="38" />
            <source>Register %1: record %2 has a grand total that is not the previous total plus its amount.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Money</name>
        <message>
            <location filename="../../src/core/money.cpp" line="62" />
            <source>Amounts in different currencies cannot be combined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="115" />
            <location filename="../../src/core/money.cpp" line="132" />
            <source>The amount cannot be calculated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="161" />
            <source>"%1" is not an amount. Type it like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="182" />
            <source>Enter an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="198" />
            <source>An amount can have at most %n decimal place(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="236" />
            <source>Use the number keys only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="19" />
            <source>The amount cannot be calculated: its currency is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="25" />
            <source>The amount is too large.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::OperatorService</name>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="98" />
            <source>Enter an operator number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="101" />
            <source>An operator number has digits only (0-9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="105" />
            <source>An operator number has %1 to %2 digits, e.g. 01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="115" />
            <location filename="../../src/core/operatorservice.cpp" line="128" />
            <location filename="../../src/core/operatorservice.cpp" line="152" />
            <location filename="../../src/core/operatorservice.cpp" line="161" />
            <location filename="../../src/core/operatorservice.cpp" line="249" />
            <source>The operators could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="119" />
            <source>There is no such operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="146" />
            <source>There is no operator %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="185" />
            <location filename="../../src/core/operatorservice.cpp" line="196" />
            <location filename="../../src/core/operatorservice.cpp" line="265" />
            <location filename="../../src/core/operatorservice.cpp" line="274" />
            <source>The sign-in could not be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="208" />
            <source>Wrong PIN. Operator %1 is now locked; ask the owner to unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="213" />
            <source>Wrong PIN. 1 try left before operator %1 is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="214" />
            <source>Wrong PIN. %1 tries left before operator %2 is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="237" />
            <source>Operator %1 is no longer active. Ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="346" />
            <source>Only an owner may add, change or reset the PIN of an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="364" />
            <source>Operator number %1 is taken by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="372" />
            <source>The operator could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="408" />
            <source>The first operators must include an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="412" />
            <source>Operator number %1 is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="421" />
            <source>This store has operators already. Sign in as the owner to add more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="438" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="458" />
            <location filename="../../src/core/operatorservice.cpp" line="478" />
            <source>The PIN could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="499" />
            <source>The operator could not be unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="523" />
            <source>%1 is the last owner. Make someone else owner first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="527" />
            <source>The role could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="554" />
            <source>%1 is the last owner and stays active. Make someone else owner first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="558" />
            <location filename="../../src/core/operatorservice.cpp" line="584" />
            <source>The operator could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="50" />
            <source>Enter the operator's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="52" />
            <source>A name has at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="58" />
            <source>Operator %1 is locked after %2 wrong PINs. Ask the owner to unlock it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Permission</name>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="30" />
            <source>Add and edit operators, reset PINs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="32" />
            <source>Unlock locked-out operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="33" />
            <source>Change what each role may do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="34" />
            <source>Change store settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="35" />
            <source>View and check the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="37" />
            <source>Take a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="38" />
            <source>Restore a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="39" />
            <source>Set up scanners, printers and other devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="10" />
            <source>Ring up sales and take payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="12" />
            <source>Give line and order discounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="14" />
            <source>Sell at another price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="16" />
            <source>Void a sale of today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="18" />
            <source>Take goods back and refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="21" />
            <source>Refund card, QR and face payments in cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="24" />
            <source>Pay cash in or out and open the drawer without a sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="27" />
            <source>Unlock a self-checkout as its attendant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="30" />
            <source>Replay sales from a file as the operators it names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="17" />
            <source>View products and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="20" />
            <source>Edit products, prices and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="22" />
            <source>Adjust stock by hand (damage, loss, corrections)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="25" />
            <source>Manage suppliers and purchase orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="27" />
            <source>Receive deliveries and return goods to suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="30" />
            <source>Transfer stock between locations and departments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="33" />
            <source>Import products from a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="35" />
            <source>Export products with costs to a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="36" />
            <source>Count goods in a stocktake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="38" />
            <source>Start and cancel stocktakes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="41" />
            <source>Approve stocktakes (book the differences into stock)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="44" />
            <source>Register serial numbers by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="14" />
            <source>Add, change and switch off promotions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="16" />
            <source>Create, pause and end coupon campaigns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="18" />
            <source>Issue coupons to members or as codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="20" />
            <source>Redeem coupons and group-buy vouchers at the till</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="23" />
            <source>Import group-buy vouchers from a platform's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="25" />
            <source>Register members and edit their details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="28" />
            <source>See, export and erase members' personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="29" />
            <source>Top up members' stored value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="31" />
            <source>Reverse a stored-value top-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="34" />
            <source>Approve large stored-value payments and reversals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="36" />
            <source>Adjust members' points by hand</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::PermissionService</name>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="49" />
            <location filename="../../src/core/permissionservice.cpp" line="63" />
            <source>The permissions could not be set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="54" />
            <location filename="../../src/core/permissionservice.cpp" line="131" />
            <location filename="../../src/core/permissionservice.cpp" line="139" />
            <location filename="../../src/core/permissionservice.cpp" line="182" />
            <source>The permissions could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="119" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="120" />
            <source>You may not: %1. A supervisor can authorise it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="178" />
            <source>The owner always has every permission; that cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="186" />
            <source>There is no permission called %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="191" />
            <source>The permission could not be changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::PinHasher</name>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="43" />
            <source>Enter a PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="46" />
            <source>A PIN has digits only (0-9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="49" />
            <source>A PIN has %1 to %2 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="58" />
            <location filename="../../src/core/pinhasher.cpp" line="65" />
            <source>The PIN could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Quantity</name>
        <message>
            <location filename="../../src/core/quantity.cpp" line="57" />
            <source>"%1" is not a quantity. Type it like 2 or 0.355.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="65" />
            <source>Enter a quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="77" />
            <source>A quantity can have at most three decimal places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="18" />
            <source>The quantity is too large.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Role</name>
        <message>
            <location filename="../../src/core/role.cpp" line="36" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="38" />
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="40" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="42" />
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::Store</name>
        <message>
            <location filename="../../src/core/store.cpp" line="203" />
            <source>Restore your latest backup with: qtillctl restore BACKUP-FILE --db "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="204" />
            <source>Restore the latest backup with: qtillctl restore "%1" --db "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="205" />
            <source>The database file %1 is damaged and was not changed. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="212" />
            <source>No database file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="226" />
            <source>There is no database at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="228" />
            <location filename="../../src/core/store.cpp" line="716" />
            <source>The folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="230" />
            <source>The database file %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="234" />
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="244" />
            <source>Qtill is already running on this database (process %1). Switch to that window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="253" />
            <source>The database file %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="276" />
            <source>The database file %1 cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="291" />
            <source>This Qtill cannot reach PostgreSQL: its database driver is not installed (libqt6sql6-psql).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="296" />
            <source>There is no database %1 on the server. Create it first (see the README, "Many lanes or stores").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="301" />
            <source>The server %1 wants a password for %2. Put it in ~/.pgpass (or the file PGPASSFILE names); Qtill never takes it on the command line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="305" />
            <source>The database server for %1 cannot be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="325" />
            <source>The database %1 cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="330" />
            <source>The database %1 cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="396" />
            <location filename="../../src/core/store.cpp" line="401" />
            <location filename="../../src/core/store.cpp" line="421" />
            <source>The database could not do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="470" />
            <source>The database is busy. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="476" />
            <source>Something went wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="487" />
            <source>The change could not be saved; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="516" />
            <source>Another lane is upgrading the database; try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="543" />
            <source>This database was written by a newer Qtill (%1 version %2). Install the newer Qtill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="585" />
            <source>The database could not be upgraded (%1 step %2). Nothing of that step was applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="598" />
            <location filename="../../src/core/store.cpp" line="706" />
            <source>The backup folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="617" />
            <source>%1 exists already; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="621" />
            <location filename="../../src/core/store.cpp" line="637" />
            <source>The backup file %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="623" />
            <location filename="../../src/core/store.cpp" line="647" />
            <source>The backup could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="656" />
            <source>There is no backup file at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="668" />
            <source>the file is damaged or not a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="670" />
            <source>%1 is not a usable backup (%2). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="674" />
            <location filename="../../src/core/store.cpp" line="755" />
            <source>%1 is not a Qtill backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="682" />
            <source>Qtill is still running on %1. Close it, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="699" />
            <source>Qtill is still using %1. Close it on this machine, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="709" />
            <source>The current database could not be kept at %1; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="714" />
            <source>%1 could not be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="719" />
            <source>The backup could not be copied to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="750" />
            <source>%1 is not a usable backup for a PostgreSQL store (qtillctl backup writes one there, in pg_dump's custom format). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="769" />
            <source>%1 other connections (lanes, the app) use %2. Close them, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="775" />
            <source>The current database could not be kept; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="782" />
            <source>The backup could not be restored into %1; the database is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="790" />
            <source>The database could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/utctimesmigration.cpp" line="54" />
            <location filename="../../src/core/utctimesmigration.cpp" line="62" />
            <location filename="../../src/core/utctimesmigration.cpp" line="83" />
            <location filename="../../src/core/utctimesmigration.cpp" line="98" />
            <location filename="../../src/core/utctimesmigration.cpp" line="110" />
            <source>The database could not be upgraded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreCopier</name>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="453" />
            <source>%1 exists already: a copy goes into a new file or an empty PostgreSQL database. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="457" />
            <source>%1 is not up to date (%2 version %3); open it with this Qtill first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="467" />
            <source>The database %1 is not empty: a copy goes only into an empty database. Nothing was changed there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="48" />
            <source>The database %1 could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="133" />
            <source>The copied ids could not be set on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="167" />
            <source>The tables refer to each other in a circle; the store cannot be copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="359" />
            <source>The copy of %1 is incomplete; nothing was copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="373" />
            <source>The copied audit log does not verify (%1); nothing was copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="427" />
            <source>The copy %1 was written but does not read back as copied (%2). Do not use it: remove it and copy again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="234" />
            <source>The rows of %1 could not be copied to %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreInfo</name>
        <message>
            <location filename="../../src/core/storeinfo.cpp" line="15" />
            <source>The size of the database could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreProfile</name>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="27" />
            <source>Store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="28" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="29" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="30" />
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="31" />
            <source>Logo file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="32" />
            <source>Receipt header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="34" />
            <source>Receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="64" />
            <source>The store name is empty. Type the name printed on receipts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="67" />
            <source>%1 is too long: at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="71" />
            <source>The tax id may contain only letters, digits and '-'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="73" />
            <source>Unknown currency "%1". Use an ISO code such as CNY, HKD or USD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="75" />
            <source>The business day must start between 00:00 and 12:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="78" />
            <source>Unknown time zone "%1". Use a name such as Asia/Shanghai or Europe/Berlin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="81" />
            <source>"%1" is not a register id. Use 1 to 8 capital letters or digits, such as R01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="83" />
            <source>The screen lock must come after 0 to %1 minutes (0: never).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="129" />
            <source>"%1" is not a number of minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="134" />
            <source>"%1" is not a time. Type it as HH:mm, such as 04:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="137" />
            <source>There is no store profile field "%1". The fields are: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreProfileService</name>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="166" />
            <source>The logo file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="179" />
            <source>The store profile could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::TaxClass</name>
        <message>
            <location filename="../../src/core/taxclass.cpp" line="14" />
            <source>"%1" is not a tax rate. Type a percentage such as 13%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclass.cpp" line="22" />
            <source>A tax rate must be between 0% and 100%.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::TaxClassService</name>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="88" />
            <location filename="../../src/core/taxclassservice.cpp" line="99" />
            <location filename="../../src/core/taxclassservice.cpp" line="109" />
            <source>The tax classes could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="103" />
            <source>There is no tax class "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="113" />
            <source>The store has no tax classes yet. Add them under Settings → Taxes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="130" />
            <source>The tax classes could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="149" />
            <source>The tax class code %1 is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="154" />
            <source>Only one tax class can be the default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="162" />
            <source>There is a tax class %1 already (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="175" />
            <location filename="../../src/core/taxclassservice.cpp" line="230" />
            <source>The tax class could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="222" />
            <source>%1 is the default tax class. Make another class the default instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="38" />
            <source>"%1" is not a tax class code. Use 1 to 16 lower-case letters, digits, '-' or '_', such as standard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="42" />
            <source>The tax class %1 has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="44" />
            <source>The tax class name is too long: at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="46" />
            <source>A tax rate must be between 0% and 100%.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::AdminUiModule</name>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="23" />
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="26" />
            <source>Name, address, register and the receipt's header and footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="27" />
            <source>Taxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="30" />
            <source>Tax classes and rates for products and receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="31" />
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="34" />
            <source>Staff who sign in: numbers, PINs, roles, locking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="35" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="38" />
            <source>What each role may do and what needs a supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="39" />
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="42" />
            <source>Every sign-in and change, in a tamper-evident log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="43" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="46" />
            <source>Back up the store's data and restore it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::AuditScreen</name>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="33" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="33" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="34" />
            <source>Verify chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="37" />
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="38" />
            <source>Who did what and when, with whose approval. Entries cannot be changed or removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="54" />
            <location filename="../../src/admin/auditscreen.cpp" line="55" />
            <source>All actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="56" />
            <source>Sign-in and operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="57" />
            <source>Supervisor approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="58" />
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="59" />
            <source>Store settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="60" />
            <source>Tax classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="61" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="63" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="65" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="124" />
            <source>All operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="171" />
            <source>No entries.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="172" />
            <source>Page %1 of %2 · %n entries</source>
            <translation>
                <numerusform>Page %1 of %2 · %n entry</numerusform>
                <numerusform>Page %1 of %2 · %n entries</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="226" />
            <source>Checking the chain… %1 of %2 entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="239" />
            <source>Checking the chain…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="257" />
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry checked.</numerusform>
                <numerusform>The audit log is intact: %n entries checked.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="264" />
            <source>The audit log is not intact from entry %1 on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="265" />
            <source>The audit log is not intact. %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::AuditTableModel</name>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="19" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="20" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="21" />
            <source>Locked out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="22" />
            <source>Add operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="23" />
            <source>Change own PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="24" />
            <source>Reset PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="25" />
            <source>Unlock operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="26" />
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="27" />
            <source>Activate or deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="28" />
            <source>Rename operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="29" />
            <source>Grant permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="30" />
            <source>Revoke permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="31" />
            <source>Permission check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="32" />
            <source>Store profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="33" />
            <source>Add tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="34" />
            <source>Change tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="35" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="36" />
            <source>Restore backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="48" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="50" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="52" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="54" />
            <source>Allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="56" />
            <source>Supervisor approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="64" />
            <source>#%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="89" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="99" />
            <source>Entry %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="125" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="126" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="127" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="128" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="129" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="130" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="131" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::BackupScreen</name>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="54" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="56" />
            <source>Copy command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="60" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="61" />
            <source>A backup is a complete copy of the shop's data, taken while the tills keep working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="93" />
            <source>Restoring a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="96" />
            <source>Restoring replaces everything in the database with the backup. Qtill keeps the database open while it runs, so restore from a terminal: close Qtill on this register, then run the command below. The current data is kept in the backup folder first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="134" />
            <source>The command is copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="173" />
            <source>No backups yet in %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/backupscreen.cpp" line="174" />
            <source>%n backup(s) in %1</source>
            <translation>
                <numerusform>%n backup in %1</numerusform>
                <numerusform>%n backups in %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="201" />
            <source>Take a backup of the shop's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="231" />
            <source>The backup stopped unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="241" />
            <source>Backup written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="242" />
            <source>The backup is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="252" />
            <source>Writing the backup… The tills keep working; this page tells you when it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="276" />
            <source>OWNER-NUMBER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="300" />
            <source>BACKUP-FILE</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::FormDialog</name>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="22" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="23" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="103" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::OperatorTableModel</name>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="28" />
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="30" />
            <source>Locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="31" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="78" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="79" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="80" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="81" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::OperatorsScreen</name>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="50" />
            <source>The two PINs are not the same. Type the new PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="58" />
            <source>Add operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="61" />
            <source>Reset PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="61" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="63" />
            <source>Choose an operator in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="66" />
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="67" />
            <source>Who may sign in at the tills, in which role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="202" />
            <source>Added %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="204" />
            <source>Locked since %1 after too many wrong PINs.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/operatorsscreen.cpp" line="206" />
            <source>%n wrong PIN(s) since the last sign-in.</source>
            <translation>
                <numerusform>%n wrong PIN since the last sign-in.</numerusform>
                <numerusform>%n wrong PINs since the last sign-in.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <source>Clear wrong PINs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="212" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="421" />
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="212" />
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="229" />
            <source>New operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="232" />
            <source>The operator signs in with this number and PIN. Tell them the PIN in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="236" />
            <source>2 to 6 digits, e.g. 05</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="239" />
            <source>As shown on receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="243" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="356" />
            <source>4–8 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="246" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="359" />
            <source>Once more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="248" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="249" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="322" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="250" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="290" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="251" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="252" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="361" />
            <source>Repeat PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="254" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="262" />
            <source>Add operator %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="264" />
            <source>Not added: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="273" />
            <source>The operator is added. They can sign in now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="285" />
            <source>Change role of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="288" />
            <source>What each role may do is set under Roles &amp; permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="297" />
            <source>Make %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="299" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="330" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="371" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="427" />
            <source>Not changed: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="306" />
            <source>The role of %1 is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="317" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="328" />
            <source>Rename %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="337" />
            <source>The name is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="349" />
            <source>New PIN for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="352" />
            <source>For a forgotten PIN. %1 is locked: unlock them as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="353" />
            <source>For a forgotten PIN. The old PIN stops working at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="360" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="363" />
            <source>Set PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="369" />
            <source>Reset the PIN of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="375" />
            <source>The PIN of %1 is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="388" />
            <source>Unlock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="392" />
            <source>%1 is unlocked and can sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="404" />
            <source>Activate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="409" />
            <source>%1 is active again and can sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="415" />
            <source>Deactivate %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="418" />
            <source>%1 will no longer be able to sign in. Their sales and history stay; you can activate them again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="425" />
            <source>Deactivate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="434" />
            <source>%1 is deactivated.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::PermissionMatrixModel</name>
        <message>
            <location filename="../../src/admin/permissionmatrixmodel.cpp" line="52" />
            <source>The owner always has every permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionmatrixmodel.cpp" line="103" />
            <source>Permission</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::PermissionsScreen</name>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="91" />
            <source>Roles &amp; permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="92" />
            <source>Tick what each role may do. Changes are saved at once; the owner may always do everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="109" />
            <source>Allow %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="110" />
            <source>Forbid %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="113" />
            <source>Not changed: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="120" />
            <source>%1 may now: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="121" />
            <source>%1 may no longer: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::StoreProfileScreen</name>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="78" />
            <source>Remove logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="81" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="81" />
            <source>Undo changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="85" />
            <source>Store profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="86" />
            <source>What receipts print and how this register counts its business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="97" />
            <source>The shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="100" />
            <source>As printed at the top of receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="108" />
            <source>Unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="109" />
            <source>Store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="110" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="111" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="112" />
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="121" />
            <source>Choose image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="136" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="142" />
            <source>Receipts and register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="144" />
            <source>Printed under the store name, e.g. opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="148" />
            <source>Printed at the end, e.g. "Thank you, please come again"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="168" />
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="169" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="172" />
            <source>e.g. R01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="173" />
            <source>Receipt header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="174" />
            <source>Receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="175" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="176" />
            <source>Sales before this time count for the previous business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="179" />
            <source>Business day starts at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="181" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="182" />
            <source>Register id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="183" />
            <source>Lock the screen after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="269" />
            <source>Save the store profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="280" />
            <source>The store profile is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="290" />
            <source>Choose the store logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="291" />
            <source>Images (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="302" />
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="303" />
            <source>Receipts print the store name only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="309" />
            <source>?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="310" />
            <source>%1 cannot be read as an image.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::TaxClassModel</name>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="53" />
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="66" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="67" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="68" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="69" />
            <source>New products</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::TaxClassesScreen</name>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="78" />
            <source>Add tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="78" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="81" />
            <source>Tax classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="82" />
            <source>Prices include tax; the rate says how much of each sale is VAT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="148" />
            <source>Edit tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="148" />
            <source>New tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="156" />
            <source>e.g. standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="159" />
            <source>As printed on receipts, e.g. VAT 13%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="162" />
            <source>e.g. 13%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="164" />
            <source>New products get this tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="175" />
            <source>A sale keeps the rate it was sold at; a new rate applies to later sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="177" />
            <source>The code is what products refer to and cannot be changed later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="180" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="181" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="182" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="197" />
            <source>Add tax class %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="197" />
            <source>Change tax class %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="199" />
            <source>Not saved: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="205" />
            <source>The tax class is added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="205" />
            <source>The tax class is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::Application</name>
        <message>
            <location filename="../../src/app/application.cpp" line="188" />
            <source>The database check stopped unexpectedly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="259" />
            <source>Every receipt has printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="276" />
            <source>This build of Qtill has no demo store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="300" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="302" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="317" />
            <source>%1 works again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="421" />
            <source>The self-checkout operator %1 does not exist or is locked: starting on sign-in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::CustomerWindow</name>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="31" />
            <source>Qtill customer display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="104" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="116" />
            <location filename="../../src/app/customerwindow.cpp" line="187" />
            <source>Discount %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="117" />
            <location filename="../../src/app/customerwindow.cpp" line="121" />
            <location filename="../../src/app/customerwindow.cpp" line="191" />
            <source>Total %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="121" />
            <source>Paid %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="122" />
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="159" />
            <source>Thank you for shopping with us</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::DeviceHub</name>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="85" />
            <source>Simulated receipt printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="87" />
            <source>Simulated cash drawer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="88" />
            <source>Simulated scanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="89" />
            <source>Simulated card reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="90" />
            <source>Simulated scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="91" />
            <source>Simulated customer screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="93" />
            <source>Simulated payment terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="116" />
            <source>Scanner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="117" />
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="118" />
            <source>Drawer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="119" />
            <source>Card reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="120" />
            <source>NFC reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="121" />
            <source>Scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="122" />
            <source>Customer display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="123" />
            <source>Payment terminal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="160" />
            <source>Qtill does not know the kind of device "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="178" />
            <source>USB scanner (keyboard mode)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="277" />
            <source>%1: out of paper. Load a new roll.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="282" />
            <source>%1: the paper is running low.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="290" />
            <source>%1: the cover is open. Close it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="323" />
            <source>Ready after sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="347" />
            <source>Simulated devices (--simulate-hardware).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="358" />
            <location filename="../../src/app/devicehub.cpp" line="369" />
            <source>out of paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="359" />
            <location filename="../../src/app/devicehub.cpp" line="372" />
            <source>cover open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="360" />
            <location filename="../../src/app/devicehub.cpp" line="375" />
            <source>offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="361" />
            <source>not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="362" />
            <source>no access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="363" />
            <source>busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="364" />
            <source>not answering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="366" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="378" />
            <source>not ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="381" />
            <source>paper low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="384" />
            <source>over capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="398" />
            <source>Devices: not read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="398" />
            <source>not set up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="406" />
            <source> +%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="411" />
            <source>No devices configured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="412" />
            <source>A USB barcode scanner in keyboard mode works without setup. Set up printers, drawers and other devices under Devices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="417" />
            <source>Simulated OK %1/%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="418" />
            <source>Devices OK %1/%2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::HomeModule</name>
        <message>
            <location filename="../../src/app/homemodule.cpp" line="13" />
            <source>Home</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::HomeScreen</name>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="59" />
            <source>No other screens are installed yet. Sales, products and reports appear here as their modules are added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="79" />
            <source>Your session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="90" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="93" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="96" />
            <source>Signed in at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="99" />
            <source>Screen lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="167" />
            <location filename="../../src/app/homescreen.cpp" line="168" />
            <source>Good evening, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="167" />
            <source>Good morning, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="168" />
            <source>Good afternoon, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="173" />
            <source>Business day %1  ·  Register %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="174" />
            <source>dddd, d MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="178" />
            <source>yyyy-MM-dd HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/app/homescreen.cpp" line="180" />
            <source>Locks after %n minute(s) without use</source>
            <translation>
                <numerusform>Locks after %n minute without use</numerusform>
                <numerusform>Locks after %n minutes without use</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="181" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="203" />
            <source>At the counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="205" />
            <source>Selling is not part of this version yet: the till arrives with the checkout module. Here you can look up products and prices and check a serial number's sale and warranty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="216" />
            <source>Back office</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::Screenshotter</name>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="68" />
            <source>The screenshot %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="113" />
            <source>The folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="136" />
            <source>The store has no owner to take screenshots as.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="195" />
            <source>Scan to pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="213" />
            <source>Change the receipt footer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::SettingsHub</name>
        <message>
            <location filename="../../src/app/settingshub.cpp" line="73" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/settingshub.cpp" line="74" />
            <source>The store, its staff, this register's devices and the data. Choose what to set up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::SignInScreen</name>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="211" />
            <source>Register %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="228" />
            <source>This store has no operators yet. Set it up with "qtillctl init", or start Qtill with --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="257" />
            <source>Screen locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="257" />
            <source>Operator sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="263" />
            <source>Operator number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="264" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="265" />
            <source>e.g. 01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="266" />
            <source>Switch operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="268" />
            <source>Someone else at the register? Switch operator; %1 stays signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="270" />
            <source>Forgot your PIN or locked out? Ask the owner or a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="280" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="281" />
            <source>Type your operator number, then press Next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="283" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="283" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="284" />
            <source>Type your PIN to continue where you left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="285" />
            <source>Now type your PIN and press Sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="294" />
            <location filename="../../src/app/signinscreen.cpp" line="323" />
            <source>Type your operator number first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="328" />
            <source>Type your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="334" />
            <source>Checking the store… You are signed in as soon as it is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="359" />
            <source>Checking the store… Signing in opens in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="433" />
            <source>dddd, d MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::TopBar</name>
        <message>
            <location filename="../../src/app/topbar.cpp" line="69" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="70" />
            <source>Lock the screen (Ctrl+L). Sign in again with your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="74" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="75" />
            <source>End your session so another operator can sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="112" />
            <source>Register %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="119" />
            <source>Database: %1 (shared with the other lanes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="126" />
            <source>Business day %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="126" />
            <source>yyyy-MM-dd ddd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="127" />
            <source>Sales count toward this business day until the store's day start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::Workspace</name>
        <message>
            <location filename="../../src/app/workspace.cpp" line="45" />
            <source>Back to settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="123" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="126" />
            <source>Store, staff, devices and data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="264" />
            <source>New serial scanner found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="265" />
            <source>New barcode scanner found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="267" />
            <source>New receipt printer found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="268" />
            <source>New serial device found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="272" />
            <source>Use it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::Cart</name>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="51" />
            <source>That line is not on the ticket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="58" />
            <source>The quantity must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="61" />
            <source>%1 kg of %2 is too much for one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="66" />
            <source>%1 is sold by the piece: type a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="68" />
            <source>%1 × %2 is too many for one line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="76" />
            <source>%1 has no price in this store's currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="78" />
            <source>%1 is delisted and cannot be sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="102" />
            <source>Put %1 on the scale and wait for a steady weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="135" />
            <source>%1 is priced by its scale label: scan each label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="137" />
            <source>%1 has a serial number per unit: scan each unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="145" />
            <source>The line's discount is more than the new amount: change the discount first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="161" />
            <source>Type a price of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="163" />
            <source>%1 is priced by its scale label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="165" />
            <source>Say why the price changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="172" />
            <source>The line's discount is more than the new amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="188" />
            <location filename="../../modules/checkout/cart.cpp" line="225" />
            <source>Type a discount of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="193" />
            <source>The discount is more than the line's amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="195" />
            <source>Say why the line is discounted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="212" />
            <location filename="../../modules/checkout/cart.cpp" line="232" />
            <source>A discount is between 0% and 100%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="240" />
            <source>Say why the order is discounted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="245" />
            <source>The discount is more than the order comes to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="258" />
            <source>%1 has no serial numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="263" />
            <source>Serial %1 is on the ticket already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartjson.cpp" line="95" />
            <location filename="../../modules/checkout/cartjson.cpp" line="106" />
            <source>The saved ticket could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartpricing.cpp" line="30" />
            <source>The ticket changed while it was being priced: try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartpricing.cpp" line="37" />
            <source>A promotion takes more off a line than it costs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/carttotals.cpp" line="65" />
            <source>The ticket comes to too much.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/carttotals.cpp" line="71" />
            <source>The order discount is more than the order comes to: change the discount.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::CartStore</name>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="56" />
            <source>The ticket has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="60" />
            <location filename="../../modules/checkout/cartstore.cpp" line="71" />
            <source>The ticket could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="74" />
            <source>Another ticket is open at this register: hold it or finish it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="79" />
            <source>This ticket is held: recall it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="86" />
            <location filename="../../modules/checkout/cartstore.cpp" line="101" />
            <source>The ticket could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="118" />
            <source>There is no open ticket to hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="120" />
            <source>The ticket is empty: nothing to hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="123" />
            <source>The ticket could not be held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="131" />
            <source>The held tickets could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="152" />
            <source>Another ticket is open: hold it or finish it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="157" />
            <source>That held ticket is gone: it was recalled or discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="160" />
            <source>The ticket could not be recalled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="179" />
            <source>That ticket is gone already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="181" />
            <source>The ticket could not be discarded.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/cartstore.cpp" line="191" />
            <source>%n line(s), %1</source>
            <translation>
                <numerusform>%n line, %1</numerusform>
                <numerusform>%n lines, %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="199" />
            <source>The ticket could not be closed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::CashDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="64" />
            <source>Cash drawer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="80" />
            <source>Close  Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="85" />
            <source>Book  Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="115" />
            <source>Opening float</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="117" />
            <source>Paid in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="119" />
            <source>Paid out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="121" />
            <source>No sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="128" />
            <source>Change from safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="128" />
            <source>Float top-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Delivery paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Supplies bought</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Cash to safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Give change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Check a banknote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Fix a wrong change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="154" />
            <source>No sale (open drawer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="180" />
            <source>Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="203" />
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="227" />
            <source>Booked today at this register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="306" />
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="307" />
            <source>Other reason: type it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="321" />
            <source>No money moves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="333" />
            <source>Choose what to book: opening float, paid in, paid out or no sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="337" />
            <source>Type the amount on the number pad first (5000 is 50.00).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="341" />
            <source>Say why: tap a reason or type one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="356" />
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="389" />
            <source>%1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="357" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="364" />
            <source>Not booked: no supervisor approved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="390" />
            <source>Booked already: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="390" />
            <source>Booked: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="392" />
            <source>Approved by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="401" />
            <source>The drawer is open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="415" />
            <source>No cash drawer is connected: open it with its key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="418" />
            <source>The drawer did not open: %1 Open it with its key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="440" />
            <source>Cash drawer · register %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="473" />
            <source>Float %1 · Paid in %2 · Paid out %3 · No sale %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::CashService</name>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="58" />
            <source>Unknown cash movement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="65" />
            <source>Type an amount of zero or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="67" />
            <source>Opening the drawer without a sale moves no money.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="69" />
            <source>Type the amount paid in or out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="71" />
            <source>Say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="110" />
            <source>The cash movement could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="117" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="129" />
            <source>The cash movements could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::CheckoutUiModule</name>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="17" />
            <source>Sell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="23" />
            <source>Ring up sales: scan, search, quantities, discounts, hold and recall, pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="29" />
            <source>Self-checkout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="34" />
            <source>The shopper scans and pays alone: face, payment code or card</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::CustomerDisplayFeed</name>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="80" />
            <source>%1 kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="123" />
            <source>To pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="128" />
            <source>Show your payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="135" />
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="137" />
            <source>Thank you</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::HeldTicketsDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="15" />
            <source>Recall a ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="21" />
            <source>Held tickets: pick one to continue it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="34" />
            <source>Cancel  Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="37" />
            <source>Recall  Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="71" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="72" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="72" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="73" />
            <source>%1 · %n line(s) · %2 · %3</source>
            <translation>
                <numerusform>%1 · %n line · %2 · %3</numerusform>
                <numerusform>%1 · %n lines · %2 · %3</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::JournalVerifier</name>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="63" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="77" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="94" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="107" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="220" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="237" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="250" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="260" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="279" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="295" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="304" />
            <location filename="../../modules/checkout/journalverifier.cpp" line="312" />
            <source>The sales could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="67" />
            <source>The sale %1 is not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="149" />
            <source>The journal check was stopped before it finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="164" />
            <source>Sale %1 is in the journal (register %2, record %3) but not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="187" />
            <source>The void of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="188" />
            <source>Refund %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="189" />
            <source>Cash movement %1 (register %2, record %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="194" />
            <source>%1 is in the journal (register %2, record %3) but not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="224" />
            <source>The void %1 is not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="241" />
            <source>The refund %1 is not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="283" />
            <source>The cash movement %1 is not in the tables.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="299" />
            <source>Sale %1 is in the tables but not in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="308" />
            <source>%1 was voided or refunded in the tables but not in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="316" />
            <source>Cash movement %1 of register %2 at %3 is in the tables but not in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="42" />
            <source>%1: %2 %3 in the tables, %4 in the journal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="46" />
            <source>%1 %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="49" />
            <source>%1: %2 is %3 in the tables, %4 in the journal.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::PaymentPanel</name>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="112" />
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="127" />
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="356" />
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="383" />
            <source>Waiting for the customer — do not scan again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="128" />
            <source>Insert, tap or swipe the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="217" />
            <source>Due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="232" />
            <source>Cash rounding %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="234" />
            <source>Still to pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="238" />
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="270" />
            <source>Exact %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="327" />
            <source>Nothing is left to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="336" />
            <source>Scan the customer's payment code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="404" />
            <source>%1 approved: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="406" />
            <source>not paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="407" />
            <source>%1 not paid: %2. The sale is still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="430" />
            <source>Press Enter to try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="438" />
            <source>Paid. Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="438" />
            <source>Paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="80" />
            <source>Approved payments stay with this ticket. They are returned to the customer only when the ticket is cleared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="95" />
            <source>Amount (empty: all that is due)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="110" />
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="128" />
            <source>Scan or type the customer's payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="140" />
            <source>Back to sale  Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="141" />
            <source>Cancel payment  Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="142" />
            <source>Face pay  F11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="143" />
            <source>QR code  F10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="144" />
            <source>Bank card  F9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="145" />
            <source>Cash  Enter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::PaymentService</name>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="56" />
            <source>The payment could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="76" />
            <location filename="../../modules/checkout/paymentintents.cpp" line="85" />
            <source>The payment could not be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="111" />
            <location filename="../../modules/checkout/paymentservice.cpp" line="247" />
            <source>The payments could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="126" />
            <source>No payment has the id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="40" />
            <source>%1 pays at most %2 here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="74" />
            <source>No payment terminal is ready: take cash, or check the terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="76" />
            <source>This payment does not go through the terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="78" />
            <source>A payment must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="80" />
            <source>The sale has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="215" />
            <source>Waiting for the customer — do not scan again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="239" />
            <source>Cancelled before the terminal was asked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="251" />
            <source>The sale is booked: void it or refund it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="252" />
            <source>The sale was given up: the payment is being returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="257" />
            <source>The sale is being voided: the payment is being returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="290" />
            <source>Nobody booked this payment: it is being returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="67" />
            <source>The refund could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="107" />
            <source>The refund could not be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="119" />
            <source>No answer about the refund yet — asking the terminal again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="132" />
            <location filename="../../modules/checkout/refundintents.cpp" line="162" />
            <source>The refunds could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="147" />
            <source>No refund has the id %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::PricingStep</name>
        <message>
            <location filename="../../modules/checkout/pricingstep.cpp" line="53" />
            <source>Member price</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::PrintQueue</name>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="128" />
            <source>There is nothing to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="151" />
            <source>The receipt could not be queued for printing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="258" />
            <location filename="../../modules/checkout/printqueue.cpp" line="269" />
            <location filename="../../modules/checkout/printqueue.cpp" line="282" />
            <location filename="../../modules/checkout/printqueue.cpp" line="296" />
            <source>The print queue could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="273" />
            <location filename="../../modules/checkout/printqueue.cpp" line="320" />
            <source>This print job does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/printqueue.cpp" line="306" />
            <source>%n receipt(s) waiting for the printer</source>
            <translation>
                <numerusform>%n receipt waiting for the printer</numerusform>
                <numerusform>%n receipts waiting for the printer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="316" />
            <location filename="../../modules/checkout/printqueue.cpp" line="348" />
            <source>The print queue could not be updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="366" />
            <source>The print queue could not be cleaned up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::PrintSpooler</name>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="75" />
            <source>The receipt's print data is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="128" />
            <source>The receipt was cleared at the printer; it prints again when the printer is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="141" />
            <source>The receipt printer is not ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::ProductPicker</name>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="49" />
            <source>Search: name, pinyin initials, item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="100" />
            <source>★ Favourites</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="151" />
            <source>No favourites yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="162" />
            <source>No products in this category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="185" />
            <source>Nothing matches "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="234" />
            <source>%1/kg</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::QrRouting</name>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="44" />
            <source>QR routing line %1 is not WALLET:FIRST-LAST:MIN-MAX: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="50" />
            <source>The QR routing table has no rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="74" />
            <source>That is not a payment code: ask the customer to show the payment code again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReasonDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="23" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="48" />
            <source>Other reason: type it and press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="54" />
            <source>Cancel  Esc</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReceiptBuilder</name>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="120" />
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="121" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="36" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="122" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="37" />
            <source>Register / cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="132" />
            <source>Tel: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="134" />
            <source>Tax ID: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="138" />
            <source>*** REPRINT ***</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="140" />
            <source>MERCHANT COPY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="152" />
            <source>Price changed from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="156" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="157" />
            <source>Discount: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="168" />
            <source>Coupon %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="172" />
            <source>Order discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="173" />
            <source>Order discount: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="176" />
            <source>Subtotal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="178" />
            <source>Discounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="180" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="49" />
            <source>Cash rounding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="181" />
            <source>TOTAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Tax rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Net</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Tax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="209" />
            <source>Tendered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="211" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="75" />
            <source>Card: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="213" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="77" />
            <source>Approval code: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="215" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="79" />
            <source>Reference: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="218" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="225" />
            <source>Signature:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="228" />
            <source>I agree to pay the above total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="34" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="35" />
            <source>Original receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="39" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="45" />
            <source>Not restocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="50" />
            <source>TOTAL BACK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="54" />
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="71" />
            <source>Back to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="73" />
            <source>Paid by %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReceiptView</name>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="41" />
            <source>Save PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="42" />
            <source>Save PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="43" />
            <source>Reprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="85" />
            <source>Choose a sale to see its receipt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="120" />
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="135" />
            <source>%1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="124" />
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="139" />
            <source>Receipt %1 saved as %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="152" />
            <source>Receipt %1 sent to the printer again, marked REPRINT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="161" />
            <source>Save the receipt as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="161" />
            <source>Save the receipt as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="162" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="162" />
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::RefundDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="67" />
            <source>All in cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="69" />
            <source>Whole sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="70" />
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="71" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="74" />
            <source>Refund %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="79" />
            <source>Take goods back from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Customer does not want it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Damaged or faulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Wrong item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="97" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Taken back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Take back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Restock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="160" />
            <source>Take goods back from %1 (%2, paid %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="187" />
            <source>Back on the shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="195" />
            <source>Scan the serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="248" />
            <source>%1 was not sold on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="271" />
            <source>Scan the serial number of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="273" />
            <source>%1 is not the serial number sold on this receipt for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="290" />
            <source>Choose what the customer brings back, or take back the whole sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="307" />
            <source>Goods %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="309" />
            <source>Cash rounding %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="312" />
            <source>%1 back to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="315" />
            <source>Give back %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="331" />
            <source>Refund %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="335" />
            <source>Not refunded: no supervisor approved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="346" />
            <source>Giving %1 back through the payment terminal — waiting for it…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="402" />
            <source>Refund %1 booked: give back %2 (%3).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::RefundService</name>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="51" />
            <location filename="../../modules/checkout/refundservice.cpp" line="78" />
            <location filename="../../modules/checkout/refundservice.cpp" line="85" />
            <location filename="../../modules/checkout/refundservice.cpp" line="148" />
            <location filename="../../modules/checkout/refundterminal.cpp" line="130" />
            <source>The refunds could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="73" />
            <source>Choose what the customer brings back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="97" />
            <source>%1 has no line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="101" />
            <source>Line %1 is chosen twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="103" />
            <source>%1 has been taken back already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="105" />
            <source>%1: at most %2 can be taken back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="211" />
            <source>%1: the refund is more than what is left of its payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="67" />
            <location filename="../../modules/checkout/refundterminal.cpp" line="77" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="216" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="221" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="273" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="280" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="304" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="309" />
            <source>The refund could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="86" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="79" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="110" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="121" />
            <source>The refund could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="134" />
            <source>Another refund of %1 is not finished: finish that one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="143" />
            <source>No payment terminal is ready: refund to cash needs a supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="193" />
            <source>No refund has the id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="227" />
            <source>The %1 refund was declined: %2; refund to cash needs a supervisor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="68" />
            <source>No refund has the number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="147" />
            <source>The refund has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="164" />
            <source>Say why the goods come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="225" />
            <source>%1 was voided: there is nothing to take back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="234" />
            <source>The %1 refund has not gone through yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="314" />
            <source>%1 back (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReplayTerminal</name>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="27" />
            <source>The payment terminal is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="84" />
            <source>Refund declined (replayed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="96" />
            <source>No answer (replayed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="126" />
            <source>Declined (replayed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="130" />
            <source>Cancelled by the customer (replayed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::SaleReplay</name>
        <message>
            <location filename="../../modules/checkout/demosales.cpp" line="187" />
            <source>The demo goods could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/demosales.cpp" line="204" />
            <source>The demo store has no goods to sell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="62" />
            <location filename="../../modules/checkout/salereplay.cpp" line="64" />
            <source>The replay's payment terminal could not start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="76" />
            <source>The file %1 could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="105" />
            <location filename="../../modules/checkout/salereplay.cpp" line="141" />
            <source>line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="134" />
            <source>the id %1 is used by an earlier line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="154" />
            <source>register %1 is not this lane's (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="174" />
            <source>unknown operator %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="176" />
            <source>operator %1 is not active.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="199" />
            <source>unknown product %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="203" />
            <location filename="../../modules/checkout/salereplay.cpp" line="212" />
            <location filename="../../modules/checkout/salereplay.cpp" line="218" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="237" />
            <source>QR code %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="240" />
            <source>a %1 tender must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="248" />
            <source>the tenders (%1) do not pay the sale (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="267" />
            <source>sale %1 is not paid in this file (its payment fails).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="270" />
            <source>sale %1 has no line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="278" />
            <source>the void names sale %1, which is neither booked nor earlier in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="279" />
            <source>the refund names sale %1, which is neither booked nor earlier in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="72" />
            <source>The payment of sale %1 was not decided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="96" />
            <source>The refund %1 was not decided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="173" />
            <source>Sale %1 is not booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="228" />
            <source>Sale %1 has no line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="40" />
            <source>"%1" is missing (a UUID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="45" />
            <source>"%1" is not a UUID: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="53" />
            <source>"%1" must be an amount as text, like "20.00".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="56" />
            <source>"%1" is not an amount: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="58" />
            <source>"%1" must not be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="68" />
            <source>"%1" must be a quantity as text, like "2" or "0.355".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="71" />
            <source>"%1" is not a quantity above zero: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="86" />
            <source>Unknown outcome "%1" (approve, decline, cancel, reply_lost, timeout).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="93" />
            <source>A sale needs "lines".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="99" />
            <source>A sale line needs a "code" (barcode, PLU or SKU).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="108" />
            <source>A sale needs "tenders".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="115" />
            <source>Unknown tender type "%1" (cash, card, qr, face).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="122" />
            <source>A QR tender needs the scanned "code".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="127" />
            <source>A cash tender has no outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="142" />
            <source>A refund line needs the sale's "line" number or a "code".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="153" />
            <source>A refund goes back to "card", "qr", "face" (the sale's own payments) or "cash".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="158" />
            <source>A cash refund has no outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="184" />
            <source>Not a JSON object: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="196" />
            <source>Unknown operation "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="201" />
            <source>"at" must be a time with its UTC offset, like 2026-12-07T19:45:00+08:00: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="205" />
            <source>"operator" is missing (an operator number like "01").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="248" />
            <source>Replayed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::SaleScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="117" />
            <source>Scan or type a code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="127" />
            <source>Percent: 10 % then F3 or F5 takes 10% off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="148" />
            <source>Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="151" />
            <source>Pay 去付款</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="205" />
            <source>TOTAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="225" />
            <source>Qty ×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="226" />
            <source>Line discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="227" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="228" />
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="229" />
            <source>Order discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="230" />
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="231" />
            <source>Recall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="232" />
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="233" />
            <source>Void ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="247" />
            <source>Key: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="280" />
            <source>The open ticket is back: %n line(s).</source>
            <translation>
                <numerusform>The open ticket is back: %n line.</numerusform>
                <numerusform>The open ticket is back: %n lines.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="289" />
            <source>No opening float booked today: Cash (F9) books it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="330" />
            <source>Finish the open window first, then scan %1 again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="374" />
            <source>Put the item on the scale: %1 is sold by weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="394" />
            <source>%1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="422" />
            <source>Items: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="423" />
            <source>Gross: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="425" />
            <source>Discounts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="438" />
            <source>%1 off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="541" />
            <source>A percentage goes with Line discount (F3) or Order discount (F5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Damaged packaging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Near expiry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Customer complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Regular customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="38" />
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Price match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Shelf price differs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Wrong price in the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Damaged item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="50" />
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="324" />
            <source>The ticket is empty: scan an item first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="50" />
            <source>Select a line first (↑ ↓).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="57" />
            <source>%1 takes an amount, not a percentage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="62" />
            <source>Type the amount on the keypad first, then %1 (1000 is 10.00).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="82" />
            <source>Type the percentage first, then %: 10% = 10 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="109" />
            <source>A discount is between 0% and 100%: type 10 % for 10% off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="127" />
            <source>Now scan the serial number (IMEI) of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="149" />
            <source>%1 is not a serial number of %2: scan the serial number on the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="153" />
            <source>Serial %1 cannot be sold: it is %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="162" />
            <source>%1, serial number %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="172" />
            <source>Scan the serial number (IMEI) of %1 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="183" />
            <source>Not allowed without a supervisor: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="196" />
            <source>Type the quantity first, then × (F2 or *).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="215" />
            <source>Quantity of %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="240" />
            <source>Why %1 off %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="245" />
            <source>%1 off %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="254" />
            <source>Discount removed from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="255" />
            <source>%1 off %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="273" />
            <source>Why sell %1 at %2?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="277" />
            <source>%1 at %2 instead of %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="287" />
            <source>%1 now sells at %2 (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="304" />
            <source>Removed: %1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="342" />
            <source>Why %1 off the whole ticket?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="347" />
            <source>%1 off the ticket: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="359" />
            <source>Order discount removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="359" />
            <source>%1 off the ticket (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="366" />
            <source>%1 +%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="367" />
            <source>No. %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="374" />
            <source>Nothing to hold: the ticket is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="380" />
            <source>A held ticket is named by a number of up to 6 digits (12 F6), or by nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="393" />
            <source>Ticket held: %1. Recall it with F7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="400" />
            <source>Hold (F6) or finish this ticket before recalling another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="409" />
            <source>No ticket is on hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="426" />
            <source>Recalled: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="426" />
            <source>ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="433" />
            <source>The ticket is already empty.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="438" />
            <source>Press F8 again to void this ticket: %n line(s), %1.</source>
            <translation>
                <numerusform>Press F8 again to void this ticket: %n line, %1.</numerusform>
                <numerusform>Press F8 again to void this ticket: %n lines, %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="455" />
            <source>Ticket voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="482" />
            <source>Nothing to pay: scan an item first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="487" />
            <source>To pay: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="496" />
            <source>Change %1 · Receipt %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::SaleService</name>
        <message>
            <location filename="../../modules/checkout/salereader.cpp" line="93" />
            <location filename="../../modules/checkout/salereader.cpp" line="105" />
            <location filename="../../modules/checkout/salereader.cpp" line="123" />
            <location filename="../../modules/checkout/salereader.cpp" line="134" />
            <location filename="../../modules/checkout/salereader.cpp" line="141" />
            <location filename="../../modules/checkout/salereader.cpp" line="148" />
            <source>The sale could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereader.cpp" line="109" />
            <source>No sale has the receipt number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salereader.cpp" line="177" />
            <source>The sales could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="55" />
            <source>The store has no shop floor to sell from: add a location of the kind Store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="83" />
            <source>The sale has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="85" />
            <source>The ticket is empty: scan something first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="87" />
            <source>The ticket is not in the store's currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="96" />
            <source>Scan the serial number of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="113" />
            <source>%1 is still to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="117" />
            <source>A payment has no id of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="151" />
            <source>The receipt cannot be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="193" />
            <location filename="../../modules/checkout/salewrite.cpp" line="197" />
            <location filename="../../modules/checkout/salewrite.cpp" line="234" />
            <location filename="../../modules/checkout/salewrite.cpp" line="265" />
            <location filename="../../modules/checkout/salewrite.cpp" line="314" />
            <location filename="../../modules/checkout/salewrite.cpp" line="344" />
            <source>The sale could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="276" />
            <source>%1 %2: %3 instead of %4 (%5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="280" />
            <source>%1 %2: %3 off (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="295" />
            <source>%1% off the order = %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="297" />
            <source>%1 off the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="319" />
            <source>The %1 payment has not been approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="322" />
            <source>The %1 payment took %2, not %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="50" />
            <source>%1 is out of stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="51" />
            <source>Only %1 of %2 in stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="59" />
            <source>The best sellers could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::SalesJournalScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="87" />
            <source>Void</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="88" />
            <source>Refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="91" />
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="92" />
            <source>This register's receipts. Scan a receipt to open it, then reprint, void or take goods back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="133" />
            <source>Receipt number: scan the receipt or type it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Rung up by mistake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Customer changed their mind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Wrong payment method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="156" />
            <source>Why the sale is voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="247" />
            <source>Voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="250" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="251" />
            <source>Goods taken back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="274" />
            <source>No sale has the receipt number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="307" />
            <source>%1 is voided already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="310" />
            <source>%1 is from %2: only today's sales can be voided. Use Refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="313" />
            <source>Goods of %1 were taken back already: refund the rest instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="329" />
            <source>Void %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="332" />
            <source>Not voided: no supervisor approved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="358" />
            <source>Returning the payment of %1 on the terminal: the void books when it is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="368" />
            <source>%1 voided: %2 taken off, goods back in stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="79" />
            <source>Today's receipts: preview, reprint, void and refund</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::SelfCheckoutScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="151" />
            <source>To add more, go back to your items first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="170" />
            <source>%1 is sold by weight and the scale shows no steady weight.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="174" />
            <source>%1 is sold by weight: an attendant checks it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="186" />
            <source>%1 is age-restricted: an attendant checks the buyer's age.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="200" />
            <source>Put %1 on the scale and scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="204" />
            <source>%1 has a serial number: please pay for it at a staffed till.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="219" />
            <source>Added: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="250" />
            <source>Waiting for an attendant: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="266" />
            <source>Self-checkout %1 needs an attendant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="272" />
            <source>Attendant at the self-checkout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="280" />
            <source>Touch the item to remove first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="284" />
            <source>Remove %1 from the self-checkout ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="301" />
            <source>Removed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="333" />
            <source>A payment was made: an attendant finishes this purchase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="337" />
            <source>Cancel the self-checkout purchase of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="53" />
            <source>Part is paid already: please pay the rest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="74" />
            <source>Show your payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="99" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="430" />
            <source>Look at the camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="100" />
            <source>Insert or tap your card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="101" />
            <source>Paying with your payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="147" />
            <source>%1 paid. Please pay the rest, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="150" />
            <source>not paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="151" />
            <source>%1 not paid: %2. Please choose how to pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="178" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="436" />
            <source>Receipt %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="179" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="437" />
            <source>Please take your receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="180" />
            <source>No receipt printed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="141" />
            <source>Self-checkout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="144" />
            <source>An attendant is on the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="147" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="377" />
            <source>Call attendant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="159" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="166" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="171" />
            <source>Or simply scan your first item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="184" />
            <source>Scan each item's barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="211" />
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="215" />
            <source>Remove item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="218" />
            <source>Cancel purchase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="233" />
            <source>How would you like to pay?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="238" />
            <source>Face pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="239" />
            <source>Payment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="240" />
            <source>Bank card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="250" />
            <source>Back to my items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="254" />
            <source>No receipt, thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="274" />
            <source>Please wait — do not pay twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="277" />
            <source>Cancel payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="290" />
            <source>Payment successful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="295" />
            <source>Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="340" />
            <source>%1 kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="356" />
            <source>Total %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="360" />
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="364" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="365" />
            <source>To pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="377" />
            <source>Attendant: unlock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::TenderSplit</name>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="39" />
            <source>Nothing to round: the amount is negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="71" />
            <source>A payment is in another currency than the sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="73" />
            <source>A payment must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="90" />
            <source>The card and QR payments are more than the sale: take %1 off them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="20" />
            <source>Cash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="22" />
            <source>Bank card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="24" />
            <source>QR payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="26" />
            <source>Face pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="28" />
            <source>Member balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="30" />
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="32" />
            <source>Coupon</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::TicketModel</name>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="29" />
            <source>%1 kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="55" />
            <source>Serial number: scan it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="55" />
            <source>SN %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="57" />
            <source>Price: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="92" />
            <source>List price %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="106" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="108" />
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="110" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="112" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="114" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::checkout::VoidService</name>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="50" />
            <location filename="../../modules/checkout/voidservice.cpp" line="68" />
            <source>The void could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="79" />
            <source>Say why the sale is voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="82" />
            <source>%1 is from %2: only today's sales can be voided. Take the goods back as a refund.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="88" />
            <source>The sale could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="92" />
            <source>The %1 payment of %2 has not been returned yet: return it on the terminal first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="101" />
            <source>The void has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="126" />
            <location filename="../../modules/checkout/voidservice.cpp" line="135" />
            <location filename="../../modules/checkout/voidservice.cpp" line="160" />
            <source>The sale could not be voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="133" />
            <source>%1 was voided already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="139" />
            <source>Goods of %1 were taken back already: refund the rest instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="176" />
            <source>%1 voided (%2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::cli</name>
        <message>
            <location filename="../../src/cli/args.cpp" line="73" />
            <source>The option --%1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="82" />
            <source>Unknown option %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="31" />
            <source>The audit log is broken: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="32" />
            <source>The audit log is intact: %1 entries checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="43" />
            <location filename="../../src/cli/productscommand.cpp" line="68" />
            <location filename="../../src/cli/salescommand.cpp" line="56" />
            <source>--limit needs a positive number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Seq</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Approver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="64" />
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="91" />
            <source>Use: audit verify | audit list [--limit N] [--action PREFIX] [--operator NUMBER]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="19" />
            <source>Use: backup [PATH]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="31" />
            <source>Backup written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="40" />
            <source>Use: restore BACKUP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="44" />
            <source>There is no backup file at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="51" />
            <source>a user with access to the file (the store was missing or damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="81" />
            <source>Restored %1 from %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="83" />
            <source>The previous file is kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="10" />
            <source>Usage: qtillctl [--db PATH|postgresql://USER@HOST/DATABASE] [--json] [--verbose] [--as NUMBER] COMMAND ...

The Qtill store without a screen. The database is --db, else $QTILL_DB, else the default file: a
SQLite file, or a PostgreSQL database shared by many lanes (postgresql://USER@HOST:PORT/DATABASE, or
?host=/socket/folder). Its password is never given here: put it in ~/.pgpass (mode 0600).
Commands that change something act as an operator: --as NUMBER, with the PIN from $QTILL_PIN or
typed (hidden). New PINs come from $QTILL_NEW_PIN or are asked twice.

  init [--demo]                     create or upgrade the store; first run adds operators 00, 01, 99;
                                    --demo adds the demo supermarket (profile, taxes, ~300 products)
  users list
  users add NUMBER NAME [--role ROLE]        roles: cashier, supervisor, manager, owner
  users set-pin NUMBER | unlock NUMBER | set-role NUMBER ROLE | disable NUMBER | enable NUMBER
  permissions list
  permissions grant ROLE KEY | revoke ROLE KEY
  backup [PATH]                     a consistent copy of the store (default: the backups folder);
                                    on PostgreSQL a pg_dump custom-format file
  restore BACKUP                    replace the store with a backup (the current one is kept; on
                                    PostgreSQL with pg_restore, while no lane is connected)
  audit verify                      check the audit log's hash chain
  audit list [--limit N] [--action PREFIX] [--operator NUMBER]
  profile show
  profile set KEY VALUE             keys: name, address, phone, tax-id, logo, receipt-header,
                                    receipt-footer, currency, day-start, time-zone (IANA,
                                    e.g. Asia/Shanghai), register-id, idle-lock
  tax list
  tax add CODE NAME RATE [--default]
  tax set CODE [--name NAME] [--rate RATE] [--default]
  db status                         where the store is, engine and version, size, schema versions,
                                    integrity check
  db copy --to ADDRESS              copy the whole store into an EMPTY PostgreSQL database or a new
                                    file, in one transaction, verified (row counts, audit chain, stock
                                    ledger); close the tills first
  stocktake start LOCATION [CATEGORY] [--note TEXT]
                                    count a location (or one category there); book stock is frozen
  stocktake count ID CODE [QTY] [--replace]
                                    scan-count a barcode (one scan) or QTY of a barcode / item code;
                                    --replace recounts: replaces your own count of that item
  stocktake variance ID [--all] [--zero-uncounted]
                                    differences in quantity and value (sales during the count included)
  stocktake approve ID [--zero-uncounted] | cancel ID | list
                                    approve books the differences into stock; --zero-uncounted
                                    writes off what nobody counted
  reorder alerts                    products below their safety stock
  reorder suggest [--days N] [--supplier CODE] [--create-po]
                                    what to order: daily sales (last N days, default 28) × lead time
                                    + safety stock − on hand − on order, in whole packs;
                                    --create-po turns it into draft purchase orders
  serial show SERIAL                after-sales: product, receipt, sale, customer, warranty end
  serial add ITEMCODE SERIAL... [--note DOCUMENT]   record serial numbers by hand
  products import FILE [--update] [--create-missing] [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]
                                    add products from CSV; every row is checked first and the
                                    report lists each bad row; nothing is imported unless all rows
                                    are good or --good-rows-only is given; --update lets rows change
                                    the products they name (price lists: just sku,price);
                                    --create-missing adds the categories and departments the file
                                    names that the store lacks (another store's export)
  products export FILE [--encoding utf-8|gb18030] [--no-bom]
                                    the catalog as CSV in the import's columns
  products list [TEXT] [--limit N]  by item code; with TEXT: search as you type (name, pinyin
                                    initials, item code or barcode prefix)
  products show CODE                one product by item code, barcode, PLU or scale label
  stock show CODE                   on hand per location, average cost (CODE: item code or barcode)
  stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N]
                                    movements newest first with running balance
  stock adjust CODE LOCATION QTY --reason adjustment|damage|loss|opening --note TEXT
                                    a manual change; needs inventory.adjust. damage and loss
                                    take QTY away; a negative adjustment goes after --: -- -2
  stock verify                      prove every on-hand equals the sum of its movements
  stock import FILE [--good-rows-only] [--dry-run]
                                    set on hand from a counted list (sku or barcode, location,
                                    on_hand); the differences are booked as movements
  stock export FILE                 every non-zero balance in the import's columns
  suppliers import FILE [--good-rows-only] [--dry-run]
                                    suppliers (code, name, contact, phone, lead_time_days, active),
                                    or with a sku column what they supply (supplier, sku,
                                    supplier_item_code, cost, pack_size, preferred)
  suppliers export FILE [--items]   the suppliers, or with --items their items
  sales list [--day DATE] [--register ID] [--limit N]
                                    booked sales, newest first
  sales show RECEIPT                one sale: lines, discounts, tenders, change
  sales replay FILE                 book the till operations of a JSON Lines file (sales, voids,
                                    refunds, cash) through the till's services; see docs/replay.md
  journal verify                    recompute every register's journal (sequence, hashes, grand
                                    totals) and check every sale, line and tender against it
  sales history import FILE [--good-rows-only] [--dry-run]
                                    daily sales per product from the POS used before Qtill (date,
                                    sku or barcode, quantity, value) for best sellers and reorder;
                                    only days before the first Qtill sale; stock is not changed
  sales history export FILE         the imported sales history in the import's columns
  sales history batches             the imported batches (SH-…), with their days and rows
  sales history remove BATCH        takes back a batch imported by mistake (audited)
  po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers
  po create SUPPLIER ITEM... [--location LOC] [--note TEXT]
                                    a draft purchase order; ITEM is CODE[xCOUNT][@COST], a case
                                    barcode counts its pack (6924808883587x2 = 2 cases)
  po send|cancel|close NUMBER       send a draft; cancel before delivery; close a short delivery
  po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over]
                                    book a delivery in (- : without a PO, --supplier and --location
                                    needed); updates stock and the moving-average cost; serial-numbered
                                    goods give one serial per unit: CODEx2:SERIAL1,SERIAL2
  po return SUPPLIER ITEM... --location LOC [--reason TEXT]
                                    send goods back to the supplier (RT-…); serial-numbered goods
                                    name the units going back: CODEx2:SERIAL1,SERIAL2
  promotions list [--all]           the running promotions (--all: switched-off ones too)
  promotions set FILE.json          add or change promotions (one object or an array; docs/pricing.md),
                                    products by "skus", categories by "categoryCodes"
  promotions on|off ID              switch a promotion on or off (kept either way)
  promotions explain CART.json [--tier T] [--at TIME]
                                    price a cart ({"lines":[{"code":…,"qty":"3"}]}) and say why
  coupons campaign create --name NAME [--kind amount_off|percent_off|threshold|free_item|points_multiplier]
         [--amount YUAN] [--percent P --cap YUAN] [--min-spend YUAN] [--multiplier 200]
         (--days N | [--from DATE] --until DATE) [--categories ID,… | --products ID,…]
         [--per-member N] [--total N] [--exclusive]
                                    a coupon campaign (see docs/coupons.md)
  coupons campaign issue ID --count N | --members ID,ID,…
                                    anonymous codes, or one coupon per member (per-member limit kept)
  coupons campaign list | report ID issued, redeemed, open, expired, discount given, sales
  vouchers import FILE              a group-buy platform's vouchers (platform, code, sku or value,
                                    valid_until); every bad row is listed and nothing is imported
                                    unless all rows are good
  members add MOBILE [--name NAME]  register a member (mobile: 11 digits, unique)
  members find TEXT | show MEMBER   by member number, card code or mobile; masked (138****1234)
                                    unless --as names an operator who may see personal data
  members topup MEMBER AMOUNT [TENDER]
                                    stored value paid in (TENDER: cash, wechat, alipay, card …) with
                                    the recharge rule's bonus; journalled
  members export MEMBER [FILE]      everything kept about the member, as JSON
  members erase MEMBER --reason TEXT
                                    erase the personal data on request (history kept, anonymised)

Exit codes: 0 done, 1 error, 2 wrong usage.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="154" />
            <source>Name a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="178" />
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="100" />
            <source>--kind is amount_off, percent_off, threshold, free_item or points_multiplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="107" />
            <source>--%1 needs an amount in yuan, like 10 or 9.90.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="114" />
            <source>--percent needs a number, like 20 for 20 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="121" />
            <source>--multiplier, --days, --per-member and --total need whole numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="124" />
            <source>--from and --until need a date like 2026-12-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="129" />
            <source>--products and --categories need ids separated by commas, like 3,7.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="154" />
            <source>Campaign %1 created: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="173" />
            <source>coupons campaign issue ID --count N | --members ID,ID,…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="209" />
            <source>%1 coupons issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="211" />
            <source>%1 members hold the per-member limit already and got none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="139" />
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <location filename="../../src/cli/stockcommand.cpp" line="61" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="148" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Issued</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="228" />
            <source>%1 days from issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="242" />
            <source>coupons campaign report ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="261" />
            <source>%1 (%2)
Issued %3, redeemed %4, open %5, expired %6
Discount given %7 on %8 sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="278" />
            <source>coupons campaign create|issue|list|report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="290" />
            <source>Unknown subcommand "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="297" />
            <source>vouchers import FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="300" />
            <source>The file %1 could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="324" />
            <source>%1 of %2 rows have problems, so nothing was imported. Fix them and import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="328" />
            <source>%1 vouchers imported (batch %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="64" />
            <source>Database:     %1 (%2 KiB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="65" />
            <source>Engine:       %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="66" />
            <source>Quick check:  %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="67" />
            <source>Operators:    %1   Products: %2   Audit entries: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="84" />
            <source>The stock ledger of the copy %1 does not add up: %2 (run "qtillctl stock verify" on the source too).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="94" />
            <source>Use: db copy --to postgresql://USER@HOST/DATABASE | --to NEW-FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="115" />
            <source>Table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="115" />
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="120" />
            <source>Copied %1 to %2: %3 rows in %4 tables, the same counts as the source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="124" />
            <source>Audit chain verified on the copy: %1 entries. Stock ledger verified: %2 balances, %3 movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="129" />
            <source>Rebuilt on the copy instead of copied: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="153" />
            <source>Use: db status | db copy --to ADDRESS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="104" />
            <source>Imported %1 new products and updated %2 (%3 new prices) with %4 barcodes; %5 rows skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="111" />
            <source>Created %1 categories, %2 departments and %3 brands the file named.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="137" />
            <source>Booked %1 stock movements; %2 rows matched the stock already; %3 rows skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="157" />
            <source>Added %1 suppliers, updated %2, set %3 supplier items; %4 rows skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="179" />
            <source>Imported %1 rows of daily sales (%2 to %3) as batch %4; %5 rows skipped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="199" />
            <location filename="../../src/cli/importcommand.cpp" line="276" />
            <source>Unknown encoding "%1"; use utf-8 or gb18030.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="236" />
            <source>%1 (%2): %3 rows, %4 good, %5 with problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="244" />
            <source>Dry run: nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="248" />
            <source>Nothing was imported. Fix the rows above, or run again with --good-rows-only to import the %1 good rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="294" />
            <source>Exported %1 products to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="299" />
            <source>Exported %1 rows of daily sales to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="302" />
            <source>Exported %1 stock balances to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="305" />
            <source>Exported %1 supplier items to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="308" />
            <source>Exported %1 suppliers to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="337" />
            <source>Removed batch %1: %2 rows of daily sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="360" />
            <source>No sales history has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="378" />
            <source>Use: sales history import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | sales history export FILE [--encoding utf-8|gb18030] [--no-bom] | sales history batches | sales history remove BATCH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="386" />
            <source>Use: %1 import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | %1 export FILE [--encoding utf-8|gb18030] [--no-bom]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="44" />
            <source>init takes no arguments besides --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="51" />
            <source>Created the store %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="51" />
            <source>The store %1 is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="62" />
            <source>Operators (change these PINs now with: qtillctl users set-pin NUMBER --as 00):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="78" />
            <source>Tax classes: %1 (see qtillctl tax list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="112" />
            <source>Demo store: %1 products in %2 categories, %3 barcodes, opening stock in %4 locations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="117" />
            <source>A week of sales: %1 sales, %2 voids, %3 refunds, %4 failed card payments.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="122" />
            <source>Promotions running: %1 added (see qtillctl promotions list).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="43" />
            <source>Member %1  %2  %3  (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="43" />
            <source>(no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="44" />
            <source>  Points %1   stored value %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="46" />
            <source>  Personal data erased on request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="76" />
            <source>Registered member %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="105" />
            <source>Top-up %1: %2 paid by %3, bonus %4 and %5 points; the balance is %6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="123" />
            <source>The personal data of member %1 was erased; its points and stored-value history are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="138" />
            <source>%1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="139" />
            <source>Wrote the data of member %1 to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="156" />
            <source>Use: members add MOBILE [--name NAME] | find TEXT | show MEMBER | topup MEMBER AMOUNT [TENDER] | export MEMBER [FILE] | erase MEMBER --reason TEXT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="159" />
            <source>Say why with --reason (for example "the customer asked").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="19" />
            <source>Permission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="19" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="52" />
            <source>Use: permissions list | permissions grant ROLE KEY | permissions revoke ROLE KEY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="64" />
            <location filename="../../src/cli/userscommand.cpp" line="52" />
            <source>"%1" is not a role. Use cashier, supervisor, manager or owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="72" />
            <source>%1 may now: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="73" />
            <source>%1 may no longer: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="66" />
            <source>A count must be more than zero: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="121" />
            <source>%1  %2  %3  created %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <location filename="../../src/cli/pocommand.cpp" line="272" />
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="138" />
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Supplier code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="127" />
            <location filename="../../src/cli/pocommand.cpp" line="272" />
            <source>Unit cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="133" />
            <source>Order value: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="145" />
            <source>Statuses: draft, sent, partly_received, received, closed, cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="176" />
            <source>No purchase orders match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Lead time (days)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="200" />
            <source>No suppliers yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="216" />
            <source>Serial numbers are taken when the goods arrive: give them to po receive, not here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="233" />
            <source>Draft purchase order %1 created. Send it with: qtillctl po send %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="272" />
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="293" />
            <source>Received as %1 (value %2). %3 is now %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="297" />
            <source>Received as %1 (value %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="311" />
            <source>Say where the goods are taken from: --location LOC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="331" />
            <source>Returned to %1 as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="348" />
            <source>Use: po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers | po create SUPPLIER ITEM... [--location LOC] [--note TEXT] | po send|cancel|close NUMBER [--note TEXT] | po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over] | po return SUPPLIER ITEM... --location LOC [--reason TEXT]   (ITEM: CODE[xCOUNT][@COST][:SERIAL,SERIAL])</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="397" />
            <location filename="../../src/cli/userscommand.cpp" line="129" />
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="58" />
            <source>listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="58" />
            <source>delisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="82" />
            <source>No products yet. Add the demo store with: qtillctl init --demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="83" />
            <source>No listed product matches "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="142" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="143" />
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="95" />
            <source>%1 of %2 products; --limit N shows more, a search text narrows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="140" />
            <source>Pinyin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="141" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="142" />
            <source> (sold by weight)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="145" />
            <source>Member price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="146" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="147" />
            <source>Tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="149" />
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <source>Safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="151" />
            <source>Max stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="153" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="153" />
            <source>each unit has a serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="155" />
            <source>Label amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="157" />
            <source>Label weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <source>Pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="173" />
            <source>Use: products list [TEXT] [--limit N] | products show CODE | products import FILE | products export FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="38" />
            <source>Use: profile show | profile set KEY VALUE (keys: %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="55" />
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="35" />
            <source>Cannot read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="39" />
            <source>%1 is not JSON: %2 (at byte %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="50" />
            <source>Promotion %1: no product with SKU %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="66" />
            <source>Promotion %1: no category with code %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="94" />
            <source>Saved promotion %1 "%2" (revision %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="111" />
            <source>on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="111" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="114" />
            <source>No promotions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="131" />
            <location filename="../../src/cli/promotionscommand.cpp" line="139" />
            <location filename="../../src/cli/promotionscommand.cpp" line="142" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="145" />
            <source>The cart file has no lines: {"lines":[{"code":"…","qty":"2"}]}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="161" />
            <source>  %1: −%2  %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="163" />
            <source>  coupon %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="164" />
            <source>Total %1 (before %2, discounts %3)%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="166" />
            <source> — best found within the search bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="168" />
            <source>  Nearly: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="186" />
            <source>--at takes a time like 2026-12-24T18:30:00+08:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="207" />
            <source>Use: promotions list [--all] | set FILE.json | on ID | off ID | explain CART.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="223" />
            <source>Promotion %1 is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="223" />
            <source>Promotion %1 is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <location filename="../../src/cli/stockcommand.cpp" line="61" />
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <source>Short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <source>On order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="47" />
            <source> (enough)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="52" />
            <source>Nothing is below its safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="63" />
            <source>Use: reorder alerts | reorder suggest [--days N] [--supplier CODE] [--create-po]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="80" />
            <source>--days needs a number of days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Sold/day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Lead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="116" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="117" />
            <source>%1 d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="125" />
            <source>Nothing needs ordering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="128" />
            <source>%1 suggestions, %2 in all (sales of the last %3 days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="143" />
            <source>Created %1 draft purchase orders with %2 lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="145" />
            <source>Not ordered (no supplier): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="48" />
            <source>--day needs a date like 2026-12-07.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Business day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Discount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="108" />
            <source>%1  %2  register %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="112" />
            <source>Total %1 (tax %2), paid: %3, change %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="133" />
            <source>Reprint of %1 queued as print job %2 (%3 copies, %4 paper) for register %5's receipt printer: it prints when the till is running and its printer is ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="165" />
            <source>Replayed %1 operations: %2 sales, %3 voids, %4 refunds, %5 cash operations, %6 failed payments, %7 skipped as already booked (%8 sales/s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="188" />
            <source>Use: sales list [--day DATE] [--register ID] [--limit N] | sales show RECEIPT | sales reprint RECEIPT | sales replay FILE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="212" />
            <source>Use: journal verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="234" />
            <source>The journal does not prove the sales:
%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="236" />
            <source>The journal is intact: %1 records checked, %2 sales match their records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="58" />
            <source>Use: serial show SERIAL | serial add ITEMCODE SERIAL... [--note DOCUMENT]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="80" />
            <source>Recorded %1 serial numbers of %2 %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="91" />
            <source>Serial number %1: %2 %3 — %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="92" />
            <source>  Received  %1  %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="94" />
            <source>  Sold      %1  %2  customer %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="95" />
            <source>(not given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="97" />
            <source>  Warranty  %1 months, until %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="100" />
            <source>still under warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="100" />
            <source>expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="101" />
            <source>  Warranty  none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="61" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="91" />
            <source>Total on hand: %1   safety stock: %2   average cost: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="124" />
            <source>%1 %2 at %3: %4 (%5). Now on hand: %6.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="128" />
            <source>Warning: the stock is now below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="151" />
            <source>--from takes a date such as 2026-11-21.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="153" />
            <source>--to takes a date such as 2026-11-22.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="179" />
            <source>No stock movements of %1 %2 match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="183" />
            <source>Movements %1–%2 of %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="199" />
            <source>The stock ledger adds up: %1 balances, %2 movements checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="217" />
            <source>Use: stock show CODE | stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N] | stock adjust CODE LOCATION QTY --reason REASON --note TEXT | stock verify</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="76" />
            <source>-</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="79" />
            <source>%1 at %2%3 — %4, started %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="85" />
            <source>Counted %1 lines, not counted %2, with a difference %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="89" />
            <source>Surplus %1, shortage %2, net %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="101" />
            <source>"%1" is not a stocktake number (e.g. ST-R01-00000012 or 12).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="118" />
            <source>Use: stocktake start LOCATION [CATEGORY] | count ID CODE [QTY] [--replace] | variance ID [--all] [--zero-uncounted] | approve ID [--zero-uncounted] | cancel ID | list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="142" />
            <source>No stocktakes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="154" />
            <source>Started %1 at %2. Count with: qtillctl stocktake count %1 CODE [QTY]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="192" />
            <source>%1 %2: counted %3 %4 in all (%5 people).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="211" />
            <source>Cancelled; stock is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="223" />
            <source>Approved: %1 stock corrections booked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="38" />
            <source>No tax classes yet. Add one with: qtillctl tax add CODE NAME RATE --as NUMBER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="54" />
            <source>Use: tax list | tax add CODE NAME RATE [--default] | tax set CODE [--name NAME] [--rate RATE] [--default]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="94" />
            <source>Saved tax class %1: %2 %3%4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="95" />
            <source> (default)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <source>locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <location filename="../../src/cli/userscommand.cpp" line="130" />
            <source>disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <location filename="../../src/cli/userscommand.cpp" line="130" />
            <source>active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="68" />
            <source>users needs one of: list, add, set-pin, unlock, set-role, disable, enable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="70" />
            <source>Wrong arguments for users %1; see qtillctl --help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="95" />
            <source>Added operator %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="113" />
            <source>The PIN of %1 is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="117" />
            <source>%1 is unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="109" />
            <source>There is no Qtill database at %1. Create it with: qtillctl init --db "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="125" />
            <source>Password of %1 for %2: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="160" />
            <source>This command acts as an operator: add --as NUMBER (the PIN comes from QTILL_PIN or is asked for).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="168" />
            <source>PIN of operator %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="181" />
            <source>New PIN for %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="184" />
            <source>New PIN again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="188" />
            <source>The two PINs differ; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="196" />
            <source>No terminal to ask for the PIN: set QTILL_PIN (and QTILL_NEW_PIN for a new PIN).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="242" />
            <source>Run "qtillctl --help" for the commands.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::cli::ProgressLine</name>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="40" />
            <source>Checking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="40" />
            <source>Writing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DeviceDialog</name>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="56" />
            <source>IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="58" />
            <source>TCP port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="60" />
            <source>Print queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="62" />
            <source>CUPS server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="63" />
            <source>empty: this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="64" />
            <source>Printer port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="66" />
            <source>Input device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="68" />
            <source>USB vendor id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="70" />
            <source>USB product id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="72" />
            <location filename="../../src/devicesui/devicedialog.cpp" line="130" />
            <source>Serial port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="74" />
            <source>Baud rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="78" />
            <source>Paper width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="80" />
            <source>Printer (device id)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="82" />
            <source>Drawer connector pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="85" />
            <source>Bytes that open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="87" />
            <source>Receipt pictures folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="89" />
            <location filename="../../src/devicesui/devicedialog.cpp" line="140" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="91" />
            <source>Reader name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="93" />
            <source>Promotion images folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="122" />
            <source>Network (TCP port 9100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="124" />
            <source>CUPS print queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="126" />
            <source>USB, direct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="128" />
            <source>USB printer port (/dev/usb/lp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="132" />
            <source>Simulator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="134" />
            <source>Through the receipt printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="136" />
            <source>USB keyboard mode (no setup)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="138" />
            <source>USB input device (exclusive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="142" />
            <source>PC/SC reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="144" />
            <source>Second screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="237" />
            <source>Edit device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="237" />
            <source>New device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="240" />
            <source>Changes take effect at once: the register's devices are restarted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="248" />
            <source>e.g. Front counter printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="264" />
            <source>Id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="265" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="266" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="267" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="276" />
            <source>Look again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="282" />
            <source>Found here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="333" />
            <source>Looking for devices…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="335" />
            <source>Nothing found: check the cable and power, or type the settings below</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/devicesui/devicedialog.cpp" line="337" />
            <source>Choose one of %n found…</source>
            <translation>
                <numerusform>Choose one of %n found…</numerusform>
                <numerusform>Choose one of %n found…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="481" />
            <source>%1 must be a number.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DevicesScreen</name>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="89" />
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="89" />
            <source>Add device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="90" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="90" />
            <location filename="../../src/devicesui/devicesscreen.cpp" line="498" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="91" />
            <source>Print a test page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="92" />
            <source>Open the drawer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="93" />
            <source>Scan a test code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="94" />
            <source>Read the scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="97" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="98" />
            <source>Scanners, receipt printers, cash drawers, card readers, scales and displays of register %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="133" />
            <source>In use now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="196" />
            <source>Scanned %1 (from %2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="270" />
            <source>Devices are not running in this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="272" />
            <source>Simulated hardware is in use (--simulate-hardware): the tests use the simulators. The devices below take over when Qtill starts without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="280" />
            <source>Not in use (simulated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="292" />
            <source>No devices are running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="362" />
            <source>No receipt printer is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="373" />
            <source>The printer did not take the page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="376" />
            <source>Test page sent to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="384" />
            <source>%1 printed the test page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="392" />
            <source>No cash drawer is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="400" />
            <source>%1: open signal sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="407" />
            <source>No scanner is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="411" />
            <source>Scan any barcode now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="421" />
            <source>No scale is running.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="425" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="427" />
            <source>, over capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="429" />
            <source>, stable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="429" />
            <source>, settling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="431" />
            <source> (tare %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="440" />
            <source>There is a device "%1" already. Choose another id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="444" />
            <source>Add device %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="444" />
            <source>Change device %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="446" />
            <source>Not saved: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="453" />
            <source>Saved. The devices were restarted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="492" />
            <source>Remove device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="495" />
            <source>Remove %1 (%2) from register %3? Qtill stops using it at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="501" />
            <source>Remove device %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="503" />
            <source>Not removed: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="509" />
            <source>Removed %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="518" />
            <source>Attached devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="524" />
            <source>Looking for printers, scanners, serial ports, cameras and card readers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="526" />
            <source>Looking… CUPS, USB and serial ports are asked in the background.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="528" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="533" />
            <source>Choose a device first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="553" />
            <source>Nothing found. Check cables and power; a printer on the network can be added by its address with Add device. A scanner in keyboard mode needs no setup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="556" />
            <source>Choose a device to add it. A serial port can be a scanner, a scale, a display or a drawer: change the kind in the next step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="559" />
            <source>Nothing found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DevicesUiModule</name>
        <message>
            <location filename="../../src/devicesui/devicesuimodule.cpp" line="13" />
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/devicesuimodule.cpp" line="17" />
            <source>Scanners, printers, cash drawers, scales, displays</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::devicesui::TestPage</name>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="22" />
            <source>Printer test page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="24" />
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="25" />
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="26" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="27" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="35" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="39" />
            <source>If you can read this page, the printer works.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::BarcodeData</name>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="52" />
            <source>An EAN-13 barcode needs 12 or 13 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="56" />
            <source>The EAN-13 check digit is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="61" />
            <source>The Code 128 barcode is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="65" />
            <source>A Code 128 barcode can hold only plain letters, digits and signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="69" />
            <source>The Code 128 barcode is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="74" />
            <source>The barcode size is out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="82" />
            <source>The QR code is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="85" />
            <source>The QR code holds too much text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="88" />
            <source>The QR code size is out of range.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::CameraScanner</name>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="70" />
            <source>No camera was found for scanning. Connect a camera.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="96" />
            <source>The camera is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="104" />
            <source>The camera stopped working. Check its cable.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::CupsTransport</name>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="54" />
            <source>No print queue is chosen for the receipt printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="59" />
            <source>The printing service (CUPS) is not running. Restart the computer or ask your IT support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="87" />
            <source>There is no print queue called "%1". Choose the receipt printer again in the device settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="94" />
            <source>The printing service (CUPS) did not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="107" />
            <source>The print queue "%1" is paused. Resume it in the printer settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="134" />
            <source>The receipt could not be handed to the print queue "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::Device</name>
        <message>
            <location filename="../../hal/device.cpp" line="232" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="234" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="236" />
            <source>Claimed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="238" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="240" />
            <source>Error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::DeviceDetector</name>
        <message>
            <location filename="../../hal/devicedetector.cpp" line="121" />
            <source>Serial port</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::DeviceManager</name>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="31" />
            <source>The device has no id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="35" />
            <source>A device called "%1" is already configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="102" />
            <source>The %1 is not claimed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="105" />
            <source>The %1 is in use by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="126" />
            <source>A claim needs the name of who claims.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="132" />
            <source>The %1 is not open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::EscPosPrinter</name>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="27" />
            <source>The %1 is not configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="91" />
            <location filename="../../hal/escpos/escposprinter.cpp" line="99" />
            <source>The %1 is not ready: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="107" />
            <source>The %1 is not connected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevCardReader</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevcardreader.cpp" line="27" />
            <source>The card reader's keyboard layout "%1" is not supported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevcardreader.cpp" line="31" />
            <source>Choose which card reader to use (device path or USB id).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevReader</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="47" />
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="59" />
            <source>The scanner is not connected. Check its cable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="56" />
            <source>Qtill may not read the scanner. Install Qtill's udev rules and plug the scanner in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="68" />
            <source>Another program is using the scanner. Close it and press Retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="71" />
            <source>The configured scanner device is not an input device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="120" />
            <source>The scanner was disconnected. Plug it in again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevScanner</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevscanner.cpp" line="33" />
            <source>The scanner's keyboard layout "%1" is not supported. Choose one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevscanner.cpp" line="38" />
            <source>Choose which scanner to use (device path or USB id).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::HotplugWatcher</name>
        <message>
            <location filename="../../hal/hotplugwatcher.cpp" line="133" />
            <source>USB printer (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::InputDeviceFactory</name>
        <message>
            <location filename="../../hal/inputdevicefactory.cpp" line="104" />
            <source>"%1" is not a known kind of %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::LibUsbTransport</name>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="124" />
            <source>USB devices cannot be used on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="133" />
            <source>The USB receipt printer (%1) is not connected. Check the cable and that it is switched on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="149" />
            <source>Qtill may not use the USB printer. Install the udev rules that come with Qtill (installer/udev) and plug the printer in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="152" />
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="170" />
            <source>The USB receipt printer cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="167" />
            <source>The USB printer is in use by another program (for example the printing service). Remove it there or choose the CUPS queue instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="205" />
            <source>The USB receipt printer is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="226" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="228" />
            <source>The USB receipt printer was unplugged or switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="292" />
            <source>USB printer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PaymentScenario</name>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="55" />
            <source>Insert, tap or swipe the card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="57" />
            <source>Confirming the payment code…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="59" />
            <source>Waiting for the customer to scan and pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="61" />
            <source>Customer: look at the camera</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PcscWorker</name>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="64" />
            <source>The smart-card service (pcscd) is not running, so the NFC reader cannot be used. Ask your IT contact to install and start pcscd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="68" />
            <source>The NFC reader service could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="96" />
            <source>No NFC reader is connected. Plug it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="116" />
            <source>The NFC reader was disconnected. Plug it in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="141" />
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="153" />
            <source>Could not read the card. Hold it on the reader again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="160" />
            <source>This card cannot be read by the NFC reader.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PoleDisplayLayout</name>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="29" />
            <location filename="../../hal/display/poledisplaylayout.cpp" line="89" />
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="34" />
            <location filename="../../hal/display/poledisplaylayout.cpp" line="42" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="43" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="43" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterCashDrawer</name>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="19" />
            <source>The cash drawer is set to open through a receipt printer that is not configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="49" />
            <source>The cash drawer is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="52" />
            <source>The receipt printer is not configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="55" />
            <source>The cash drawer opens through the receipt printer: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterFactory</name>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="91" />
            <source>Enter the network printer's IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="100" />
            <source>Choose the print queue of the receipt printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="122" />
            <source>The USB vendor and product ids must be four hex digits, like 04b8:0e28.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="134" />
            <source>Unknown kind of receipt printer connection "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="153" />
            <source>The cash drawer is set to open through a receipt printer that is not configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="163" />
            <source>Unknown kind of cash drawer connection "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterWorker</name>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="229" />
            <source>The receipt printer is out of paper. Load a new roll; the receipt prints when paper is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="233" />
            <source>The receipt printer's cover is open. Close it to go on printing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="238" />
            <source>The receipt printer reports an error (for example paper stuck in the cutter). Clear it, then press Retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="243" />
            <source>The receipt printer is offline. Check the printer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::ScanFramer</name>
        <message>
            <location filename="../../hal/wedge/scanframer.cpp" line="24" />
            <source>The barcode could not be read. Scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/wedge/scanframer.cpp" line="27" />
            <source>The scanner sent data in an unexpected format. Check the scanner's prefix setting.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialCardReader</name>
        <message>
            <location filename="../../hal/backends/serial/serialcardreader.cpp" line="17" />
            <source>Choose the card reader's serial port.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialCashDrawer</name>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="20" />
            <source>cash drawer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="40" />
            <source>The cash drawer is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="53" />
            <source>Choose the cash drawer's serial port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="56" />
            <source>Enter the bytes that open the cash drawer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialPoleDisplay</name>
        <message>
            <location filename="../../hal/backends/serial/serialpoledisplay.cpp" line="20" />
            <source>customer display</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialpoledisplay.cpp" line="96" />
            <source>Choose the customer display's serial port.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialPrinterTransport</name>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="54" />
            <source>Qtill may not use the serial port %1, or another program has it open. Install the udev rules that come with Qtill (installer/udev).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="60" />
            <source>The printer on %1 is not connected. Check the cable and that it is switched on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="76" />
            <source>The serial printer is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="82" />
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="93" />
            <source>The serial printer was disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="91" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScale</name>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="37" />
            <location filename="../../hal/backends/serial/serialscale.cpp" line="47" />
            <source>The scale is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="57" />
            <source>The scale is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="66" />
            <source>Choose the scale's serial port.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScaleWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialscaleworker.cpp" line="18" />
            <source>The scale sends no weight. Check that it is on and connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscaleworker.cpp" line="33" />
            <source>scale</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScanWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialscanworker.cpp" line="35" />
            <source>scanner</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScanner</name>
        <message>
            <location filename="../../hal/backends/serial/serialscanner.cpp" line="23" />
            <source>Choose the scanner's serial port.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialStreamWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="76" />
            <source>device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="101" />
            <source>Qtill may not use the serial port of the %1. Install Qtill's udev rules, or another program is using the port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="105" />
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="161" />
            <source>The %1 is not connected. Check its cable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="107" />
            <source>The %1's serial port could not be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="155" />
            <source>The %1 was disconnected. Plug it in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="166" />
            <source>The %1 did not accept the data.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialSwipeWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialswipeworker.cpp" line="17" />
            <source>card reader</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SimPaymentTerminal</name>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="104" />
            <source>The payment terminal is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="106" />
            <source>The payment has no reference.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="109" />
            <source>This terminal does not take this kind of payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="119" />
            <source>The payment terminal is busy with another payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="122" />
            <source>Enter an amount above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="159" />
            <source>Payment cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="191" />
            <source>The payment terminal is not connected. Check its cable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="200" />
            <source>The payment provider cannot be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="215" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="318" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="415" />
            <source>No answer from the payment provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="237" />
            <source>No answer from the payment provider. Check the payment before charging again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="241" />
            <source>Declined: the payment code is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="247" />
            <source>Declined: insufficient funds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="249" />
            <source>The customer cancelled the payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="251" />
            <source>The terminal did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="254" />
            <source>The payment terminal is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="262" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="299" />
            <source>Waiting for the customer to confirm on the phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="288" />
            <source>The payment provider has no record of this payment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="305" />
            <source>Declined: the customer did not pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="314" />
            <source>This payment was reversed; nothing stays charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="324" />
            <source>Only part of the amount was approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="326" />
            <source>Approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="343" />
            <source>Nothing was charged; the payment is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="348" />
            <source>The reversal did not go through. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="355" />
            <source>The payment is closed; the customer can no longer pay it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="358" />
            <source>Nothing was charged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="367" />
            <source>Payment reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="380" />
            <source>Declined: the original payment was not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="383" />
            <source>Declined: this payment was already voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="388" />
            <source>Declined: this payment was partly refunded; refund the rest instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="392" />
            <source>Payment voided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="398" />
            <source>Declined: the refund is more than was paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="403" />
            <source>Declined by the card issuer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="406" />
            <source>Refund approved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SimScale</name>
        <message>
            <location filename="../../hal/sim/simscale.cpp" line="24" />
            <location filename="../../hal/sim/simscale.cpp" line="31" />
            <source>The scale is not ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SimTransport</name>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="72" />
            <source>The simulated printer is unplugged. Plug it back in to go on printing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="84" />
            <source>The simulated printer was unplugged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="115" />
            <source>The simulated printer does not take data (paper out or cover open).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SimulatedCashDrawer</name>
        <message>
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="10" />
            <source>The cash drawer is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="13" />
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="39" />
            <source>The cash drawer does not respond. Check its cable.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::SimulatedPrinter</name>
        <message>
            <location filename="../../hal/sim/simulatedprinter.cpp" line="40" />
            <source>The simulated printer cannot write to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simulatedprinter.cpp" line="53" />
            <source>The simulated printer could not save the receipt picture.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::TcpTransport</name>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="41" />
            <source>The network printer has no address. Enter its IP address in the device settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="54" />
            <source>The printer address %1 is unknown. Check the address in the device settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="59" />
            <source>The receipt printer at %1 does not answer. Check that it is switched on and connected to the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="84" />
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="90" />
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="101" />
            <source>The connection to the receipt printer was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="99" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::TrackParser</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevswipereader.cpp" line="45" />
            <location filename="../../hal/backends/serial/serialswipeworker.cpp" line="47" />
            <source>Could not read the card. Swipe the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="187" />
            <source>No card data was read. Swipe the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="188" />
            <source>The card number is not valid. Swipe again or use another card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="189" />
            <source>Could not read the card's expiry date. Swipe the card again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="190" />
            <source>The card was read inconsistently. Swipe the card again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::UsbLpTransport</name>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="80" />
            <source>Qtill may not use the USB printer %1. Install the udev rules that come with Qtill (installer/udev) and plug the printer in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="86" />
            <source>The USB printer is in use by another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="89" />
            <source>The USB receipt printer is not connected. Check the cable and that it is switched on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="104" />
            <source>The USB receipt printer is not connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="115" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="126" />
            <source>The USB receipt printer was unplugged or switched off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="164" />
            <source>USB printer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeCardReader</name>
        <message>
            <location filename="../../hal/wedge/wedgecardreader.cpp" line="22" />
            <location filename="../../hal/wedge/wedgecardreader.cpp" line="29" />
            <source>Keyboard card readers need the application to be running.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeFilter</name>
        <message>
            <location filename="../../hal/wedge/wedgefilter.cpp" line="240" />
            <source>Card swipes are not accepted right now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeScanner</name>
        <message>
            <location filename="../../hal/wedge/wedgescanner.cpp" line="22" />
            <location filename="../../hal/wedge/wedgescanner.cpp" line="30" />
            <source>Keyboard scanners need the application to be running.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::hal::WeightTracker</name>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="93" />
            <source>Wait until the weight is stable, then tare again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="95" />
            <source>The scale is overloaded. Remove weight, then tare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="97" />
            <source>This scale tares itself. Use the scale's tare key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="99" />
            <source>Put the container on the scale, then tare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="120" />
            <source>Wait until the weight is stable, then zero again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="122" />
            <source>This scale zeroes itself. Use the scale's zero key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="126" />
            <source>Empty the scale before zeroing it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::Barcode</name>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="116" />
            <source>Scan or type a barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="123" />
            <location filename="../../modules/inventory/barcode.cpp" line="193" />
            <source>The code %1… is too long for a barcode or item code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="127" />
            <source>"%1" is not a barcode: it holds the character "%2".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="30" />
            <source>The barcode %1 was misread (its %2 check digit is wrong). Scan it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::BarcodeSymbol</name>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="51" />
            <source>There is no code to print as a barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="54" />
            <source>%1 is not a valid EAN code (digits or check digit); print it as Code 128 instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="64" />
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="68" />
            <source>The code %1 cannot be printed in this barcode type.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::Catalog</name>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="101" />
            <location filename="../../modules/inventory/catalog.cpp" line="404" />
            <location filename="../../modules/inventory/catalog.cpp" line="451" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="130" />
            <source>The product could not be looked up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="134" />
            <location filename="../../modules/inventory/catalog.cpp" line="150" />
            <source>No product has the code %1. Check the code or add the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="146" />
            <source>The scale label layouts could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="164" />
            <source>The scale label %1 is for item %2, which no product has. Check the PLU on the scale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="188" />
            <source>%1 (%2) is delisted and cannot be sold. A manager can list it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="298" />
            <source>The product no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="308" />
            <source>There is no product with item code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="319" />
            <location filename="../../modules/inventory/catalog.cpp" line="332" />
            <source>The barcodes could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="344" />
            <source>The categories could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="371" />
            <source>The departments could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="382" />
            <source>The brands could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="475" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="541" />
            <source>The products could not be counted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::CatalogDemo</name>
        <message>
            <location filename="../../modules/inventory/catalogdemo.cpp" line="49" />
            <source>The demo departments could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalogdemo.cpp" line="55" />
            <source>The demo barcodes could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvReader</name>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="83" />
            <source>The file is not valid UTF-8. If it was saved by Chinese Excel or WPS, choose the encoding GB18030.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="89" />
            <source>This build cannot read GB18030 files. Save the file as UTF-8 and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="91" />
            <source>The file is not valid GB18030 text. Check the encoding it was saved in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="100" />
            <source>The file's text encoding was not recognised (neither UTF-8 nor GB18030). Save it as "CSV UTF-8" and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="196" />
            <source>Line %1: a quote (") opens a field that is never closed, so the rest of the file cannot be read. Add the closing quote or remove the stray one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="203" />
            <source>Text follows a closing quote in field %1; quotes inside a quoted field must be written twice ("").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="256" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="264" />
            <source>The file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="266" />
            <source>The file %1 could not be opened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvSheet</name>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="31" />
            <source>The columns "%1" and "%2" both mean %3. Remove one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="44" />
            <source>The file has no column for: %1. The first row must name the columns, e.g. %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="71" />
            <source>This row has %1 values but the header has %2 columns. A value that contains a comma must be put in double quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="102" />
            <source>Check the file before importing it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/csvsheet.cpp" line="104" />
            <source>%n row(s) have problems, so nothing was imported. Fix them or import only the good rows.</source>
            <translation>
                <numerusform>%n row has problems, so nothing was imported. Fix them or import only the good rows.</numerusform>
                <numerusform>%n rows have problems, so nothing was imported. Fix them or import only the good rows.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="110" />
            <source>The file has no rows that can be imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvWriter</name>
        <message>
            <location filename="../../modules/inventory/csvwriter.cpp" line="66" />
            <location filename="../../modules/inventory/csvwriter.cpp" line="69" />
            <source>The file %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::DemoPurchasing</name>
        <message>
            <location filename="../../modules/inventory/demopurchasing.cpp" line="82" />
            <source>The demo products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demopurchasing.cpp" line="183" />
            <source>The demo data is damaged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::DemoStore</name>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="104" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="108" />
            <source>This store has products already; the demo data only goes into an empty store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="128" />
            <source>The demo categories could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="157" />
            <location filename="../../modules/inventory/demostore.cpp" line="159" />
            <location filename="../../modules/inventory/demostore.cpp" line="194" />
            <source>The demo data is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="164" />
            <source>The demo products could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="176" />
            <source>The demo barcodes could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="40" />
            <source>The demo data is missing from this build.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::EmbeddedBarcodeLayouts</name>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="62" />
            <source>A scale label prefix is two digits from 20 to 29, not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="64" />
            <source>The item number on a scale label has 4 to 6 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="66" />
            <source>The price or weight on a scale label has 4 to 6 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="70" />
            <source>The fields of a scale label must lie between the prefix and the check digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="72" />
            <source>The item number and the price or weight overlap on this scale label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="80" />
            <source>%1 is not a scale label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="82" />
            <source>The scale label %1 was misread (its check digit is wrong). Scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="102" />
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="164" />
            <source>No scale label layout is set for prefix %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="109" />
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="131" />
            <source>The scale label layouts could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="142" />
            <source>The scale label layout could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="160" />
            <source>The scale label layout could not be removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ExportDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="34" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="35" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="35" />
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="38" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="42" />
            <source>Export to a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="46" />
            <source>Products: item codes, barcodes, names, prices, costs, stock limits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="47" />
            <source>Sales history before Qtill: sold per product and day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="49" />
            <source>UTF-8 with BOM (opens in Excel and WPS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="50" />
            <source>UTF-8 without BOM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="51" />
            <source>GB18030 (older Chinese software)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="64" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="65" />
            <source>Encoding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="66" />
            <source>Save to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="72" />
            <source>The file holds costs: keep it safe. It imports back with Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="143" />
            <source>Save the export as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="144" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="153" />
            <source>Choose where to save the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="159" />
            <source>Export the sales history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="159" />
            <source>Export the product catalog with costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="183" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="231" />
            <source>Saved %n day(s) of product sales to %1.</source>
            <translation>
                <numerusform>Saved %n day of product sales to %1.</numerusform>
                <numerusform>Saved %n days of product sales to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="232" />
            <source>Saved %n product(s) to %1.</source>
            <translation>
                <numerusform>Saved %n product to %1.</numerusform>
                <numerusform>Saved %n products to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::Exporter</name>
        <message>
            <location filename="../../modules/inventory/exporter.cpp" line="49" />
            <location filename="../../modules/inventory/exporter.cpp" line="72" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/exporter.cpp" line="59" />
            <source>The barcodes could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ImportDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="56" />
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="58" />
            <source>Create the categories and departments the file names that this store lacks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="60" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="287" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="290" />
            <source>Import nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="61" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="64" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="168" />
            <source>Import products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="68" />
            <source>Import from a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="70" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="172" />
            <source>The first row names the columns (sku, barcode, name, price, … or 商品编码, 条码, 品名, 售价). Every row is checked first; nothing is added until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="77" />
            <source>Products: item codes, barcodes, names, prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="78" />
            <source>Sales history before Qtill: sold per product and day (date, sku, quantity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="81" />
            <source>No file chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="85" />
            <source>Encoding: automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="86" />
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="87" />
            <source>GB18030 (Chinese Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="89" />
            <source>New products only: item codes already in the store are problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="90" />
            <source>Also update products whose item code is in the store (price lists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="92" />
            <source>For a catalog exported from another store: each one is created with the code the file gives (rename it later) and recorded in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="131" />
            <source>Imported batches…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="168" />
            <source>Import sales history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="169" />
            <source>The first row names the columns: date, sku (or barcode), quantity and optionally value (or 日期, 商品编码, 销量, 销售额): what each product sold on each day before Qtill. Every row is checked first; nothing is added until you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="206" />
            <source>Choose the file to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="207" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="283" />
            <source>Choose a CSV file to check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="284" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="291" />
            <source>Import all %n row(s)</source>
            <translation>
                <numerusform>Import all %n row</numerusform>
                <numerusform>Import all %n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="292" />
            <source>Import %n good row(s)</source>
            <translation>
                <numerusform>Import %n good row</numerusform>
                <numerusform>Import %n good rows</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="297" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="301" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="392" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="313" />
            <source>Checking every row…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="315" />
            <source>Checking %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="377" />
            <source>Checking row %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="378" />
            <source>Importing row %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="403" />
            <source>%n row(s) checked (%1): </source>
            <translation>
                <numerusform>%n row checked (%1): </numerusform>
                <numerusform>%n rows checked (%1): </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="405" />
            <source>The file has no rows to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="407" />
            <source>all good.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="409" />
            <source>%n good, </source>
            <translation>
                <numerusform>%n good, </numerusform>
                <numerusform>%n good, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="409" />
            <source>%n with problems.</source>
            <translation>
                <numerusform>%n with problems.</numerusform>
                <numerusform>%n with problems.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="417" />
            <source>(whole row)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="439" />
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="460" />
            <source>Import %n day(s) of product sales from %1</source>
            <translation>
                <numerusform>Import %n day of product sales from %1</numerusform>
                <numerusform>Import %n days of product sales from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="461" />
            <source>Import %n product(s) from %1</source>
            <translation>
                <numerusform>Import %n product from %1</numerusform>
                <numerusform>Import %n products from %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="469" />
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="472" />
            <source>Importing %n row(s)… Nothing is saved until the last one is in.</source>
            <translation>
                <numerusform>Importing %n row… Nothing is saved until the last one is in.</numerusform>
                <numerusform>Importing %n rows… Nothing is saved until the last one is in.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="480" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="490" />
            <source>The import could not start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="499" />
            <source>Nothing was imported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="515" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="536" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="516" />
            <source>Imported %n day(s) of product sales</source>
            <translation>
                <numerusform>Imported %n day of product sales</numerusform>
                <numerusform>Imported %n days of product sales</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="517" />
            <source> from %1 to %2 as %3.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="521" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="543" />
            <source>%n row(s) with problems left out.</source>
            <translation>
                <numerusform>%n row with problems left out.</numerusform>
                <numerusform>%n rows with problems left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="537" />
            <source>Added %n product(s)</source>
            <translation>
                <numerusform>Added %n product</numerusform>
                <numerusform>Added %n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="538" />
            <source> with %n barcode(s).</source>
            <translation>
                <numerusform> with %n barcode.</numerusform>
                <numerusform> with %n barcodes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="540" />
            <source>Updated %n product(s)</source>
            <translation>
                <numerusform>Updated %n product</numerusform>
                <numerusform>Updated %n products</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="541" />
            <source>, %n with a new price.</source>
            <translation>
                <numerusform>, %n with a new price.</numerusform>
                <numerusform>, %n with a new price.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="545" />
            <source>%n new brand(s).</source>
            <translation>
                <numerusform>%n new brand.</numerusform>
                <numerusform>%n new brands.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="547" />
            <source>%n new categor(y/ies).</source>
            <translation>
                <numerusform>%n new category.</numerusform>
                <numerusform>%n new categories.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="549" />
            <source>%n new department(s).</source>
            <translation>
                <numerusform>%n new department.</numerusform>
                <numerusform>%n new departments.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::InventoryUiModule</name>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="24" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="29" />
            <source>The catalog: search, filters, new products, prices, barcodes, listing and delisting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="35" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="39" />
            <source>Stock per location, movements, adjustments, damage and transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="45" />
            <source>Stocktake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="49" />
            <source>Count sessions, scan to count, differences and approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="55" />
            <source>Purchasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="61" />
            <source>Suppliers, purchase orders, receiving deliveries by scanning, returns to suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="67" />
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="71" />
            <source>Low-stock alerts, reorder suggestions to draft orders, best sellers and slow movers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="77" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="81" />
            <source>Shelf and barcode labels on A4 sheets or rolls: print or save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="87" />
            <source>Serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="92" />
            <source>After-sales: a serial number's sale, customer and warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="98" />
            <source>Scale labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="103" />
            <source>How the till reads the price and weight labels your scales print</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelLayout</name>
        <message>
            <location filename="../../modules/inventory/labels/labellayout.cpp" line="60" />
            <source>%1 × %2 labels do not fit this page with these margins; a label needs at least 15 × 10 mm.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelPreset</name>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="19" />
            <source>A4 sheet 3 × 8, 70 × 37 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="20" />
            <source>A4 sheet 3 × 7, 70 × 42.4 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="21" />
            <source>A4 sheet 2 × 7, 99.1 × 38.1 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="23" />
            <source>A4 sheet 4 × 10, 48.5 × 25.4 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="25" />
            <source>A4 sheet 2 × 4, 105 × 74 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="26" />
            <source>Label roll, 40 × 30 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="27" />
            <source>Label roll, 50 × 30 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="28" />
            <source>Label roll, 60 × 40 mm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelRenderer</name>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="68" />
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="173" />
            <source>The label of %1 cannot be printed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="169" />
            <source>Choose at least one product to print labels for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="178" />
            <source>The page size could not be set for the labels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="181" />
            <source>The labels could not be drawn (the output could not be opened).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="189" />
            <source>The labels could not be drawn (a new page could not be started).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="205" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="210" />
            <source>The PDF %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="56" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="585" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="618" />
            <source>Labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="59" />
            <source>Cut lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="60" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="61" />
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="64" />
            <source>Shelf labels and barcode labels on A4 label sheets or label rolls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="71" />
            <source>Name, item code or scan a barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="78" />
            <source>All low-stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="82" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="91" />
            <source>Product and code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="91" />
            <source>Copies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="99" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="101" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="112" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="121" />
            <source>Shelf label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="122" />
            <source>Barcode label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="144" />
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="145" />
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="227" />
            <source>%n product(s) below safety stock added.</source>
            <translation>
                <numerusform>%n product below safety stock added.</numerusform>
                <numerusform>%n products below safety stock added.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="228" />
            <source>No product is below its safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="235" />
            <source>%n product(s) of %1 added.</source>
            <translation>
                <numerusform>%n product of %1 added.</numerusform>
                <numerusform>%n products of %1 added.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="285" />
            <source>Add every product of a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="328" />
            <source>%1   %2   %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="333" />
            <source>Nothing matches "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="468" />
            <source>No products yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="469" />
            <source>%n product(s), </source>
            <translation>
                <numerusform>%n product, </numerusform>
                <numerusform>%n products, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="470" />
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n label</numerusform>
                <numerusform>%n labels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="534" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="556" />
            <source>Search or scan products on the left, or add all low-stock products or a category. The labels appear here as they will print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="568" />
            <source>The labels cannot be shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="584" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="591" />
            <source>Choose the products to print labels for first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="600" />
            <source>Save the labels as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="600" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="610" />
            <source>%n label(s) saved</source>
            <translation>
                <numerusform>%n label saved</numerusform>
                <numerusform>%n labels saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="611" />
            <source> on %n page(s) to %1.</source>
            <translation>
                <numerusform> on %n page to %1.</numerusform>
                <numerusform> on %n pages to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="620" />
            <source>Print labels</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="628" />
            <source>%n label(s) sent to the printer</source>
            <translation>
                <numerusform>%n label sent to the printer</numerusform>
                <numerusform>%n labels sent to the printer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="629" />
            <source> (%n page(s)).</source>
            <translation>
                <numerusform> (%n page).</numerusform>
                <numerusform> (%n pages).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LowStockCard</name>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="20" />
            <source>Stock alerts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="48" />
            <source>Every product is above its safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="55" />
            <source>%1 product(s) below safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="67" />
            <source>On hand / safety stock, all locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="75" />
            <source>Reorder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="75" />
            <source>Show products</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductEditorDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="81" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="81" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="84" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="374" />
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="84" />
            <source>Edit product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="157" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="162" />
            <source>The shop's own item code, e.g. 140031</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="166" />
            <source>As printed on the receipt, e.g. 可乐 330ml</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="170" />
            <source>Optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="184" />
            <source>Sold by weight (price per kg, weight from the scale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="192" />
            <source>Serial numbers (taken at receipt and sale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="194" />
            <source>Listed: can be sold (上架)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="200" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="201" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="202" />
            <source>English name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="203" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="204" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="205" />
            <source>Brand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="206" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="219" />
            <source>Price and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="228" />
            <source>Yuan, e.g. 3.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="229" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="350" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="356" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="230" />
            <source>No alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="231" />
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="249" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="250" />
            <source>Max</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="251" />
            <source>Retail price ¥</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="252" />
            <source>Tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="253" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="577" />
            <source>Safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="265" />
            <source>Barcodes and PLUs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="269" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="269" />
            <source>What one scan is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="285" />
            <source>Barcode or PLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="290" />
            <source>Units one scan of this code means: 1 for the item, 24 for a case of 24</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="293" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="296" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="300" />
            <source>×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="321" />
            <source>Suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="344" />
            <source>Choose a category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="375" />
            <source>Fill in the item code, name, category and price; add its barcode by scanning it into the code field. A new product is listed at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="379" />
            <source>Suppliers are linked on the Purchasing screen once the product exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="392" />
            <source>Edit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="393" />
            <source>Item code %1. Changes are saved together when you press Save; the cost is kept by purchasing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="421" />
            <source>%1 — their item code %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="422" />
            <source>, last cost %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="424" />
            <source> (preferred)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="428" />
            <source>No supplier yet. Link suppliers on the Purchasing screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="437" />
            <source>Case of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="439" />
            <source>PLU (weighed or loose goods)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="441" />
            <source>Store code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="442" />
            <source>One item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="475" />
            <source>Scan or type the code to add.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="481" />
            <source>%1 is not a valid barcode: its check digit (the last digit) should be %2. Check the number under the bars and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="490" />
            <source>The pack quantity is how many units one scan means: a whole number, 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="495" />
            <source>The code %1 is in the list already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="555" />
            <source>Choose a category for the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="557" />
            <source>Type the retail price in yuan, e.g. 3.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="560" />
            <source>Retail price: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="566" />
            <source>Member price: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="574" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="580" />
            <source>Maximum stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductImporter</name>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="30" />
            <source>The categories could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="42" />
            <source>The departments could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="55" />
            <source>The scale label settings could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="97" />
            <source>The item code %1 is also on row %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="106" />
            <source>The barcode %1 is given twice for this product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="117" />
            <source>The barcode %1 is also on row %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="165" />
            <location filename="../../modules/inventory/productimportlookups.cpp" line="173" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="179" />
            <source>The item code %1 is already used by %2 in the store. Changing existing products by import is not supported; remove the row or change the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="205" />
            <source>The barcode %1 already belongs to %2 (item code %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="80" />
            <source>The products could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="68" />
            <source>The barcode %1 has a wrong check digit: for this %2 the last digit must be %3. Check the digits against the label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="78" />
            <source>Codes starting with %1 are read as scale labels; give the product another code or change the scale label settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="100" />
            <source>"%1" is not an amount. Write it like 3.50 (yuan, up to two decimals).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="104" />
            <source>The amount %1 is negative; prices and costs cannot be below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="108" />
            <source>The amount %1 is more than 1,000,000.00; check for a missing decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="128" />
            <source>The product name is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="130" />
            <source>The name is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="140" />
            <source>The category is empty. Give its code or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="145" />
            <source>Several categories are called "%1"; give the category code instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="152" />
            <source>There is no category "%1". Add it first or use an existing category code or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="160" />
            <source>The unit is empty (e.g. 瓶, 袋, kg).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="162" />
            <source>The unit is too long (at most 10 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="173" />
            <source>Write 1 for goods sold by weight and 0 for others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="183" />
            <source>The price is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="187" />
            <source>The price is zero; a product needs a selling price.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="193" />
            <source>The new price is below the member price %1; give a member_price column too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="199" />
            <source>The member price is higher than the retail price %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="222" />
            <source>The store has no tax classes yet; add them before importing products.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="228" />
            <source>There is no tax class "%1": the store has no tax classes yet. Add them under Settings → Taxes (or with qtillctl tax add), then check the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="233" />
            <source>There is no tax class "%1". Use one of: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="245" />
            <source>Write "listed" (上架) or "delisted" (下架).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="256" />
            <source>"%1" is not a quantity. Write it like 12 or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="258" />
            <source>The safety stock cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="273" />
            <source>"%1" is not a quantity. Write it like 48 or 12.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="275" />
            <source>The maximum stock is below the safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="285" />
            <source>The brand is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="301" />
            <source>There is no department "%1". Add it first or leave the cell empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="313" />
            <source>Write 1 for goods with serial numbers (phones, laptops) and 0 for others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="341" />
            <source>"%1": write a pack barcode as CODE*QUANTITY, e.g. 16901234567899*24.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="367" />
            <source>The item code is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="369" />
            <source>The item code is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="375" />
            <source>The item code %1 is not in the store; a new product needs the columns %2 as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="123" />
            <source>The brands could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="165" />
            <source>Row %1 could not be saved, so nothing was imported. Check the file again: the store may have changed since it was checked.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductListModel</name>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="193" />
            <source>%1 (weighed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="197" />
            <source>Listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="197" />
            <source>Delisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="204" />
            <source>Below the safety stock of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="242" />
            <source>On hand in all locations together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="246" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="247" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="248" />
            <source>Barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="249" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="250" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="251" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="252" />
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="253" />
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="254" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductSearchIndex</name>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="390" />
            <location filename="../../modules/inventory/productsearchindex.cpp" line="397" />
            <source>The product's search keys could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="447" />
            <source>The products could not be searched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="409" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="245" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductService</name>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="107" />
            <source>Give the product an item code (SKU).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="109" />
            <source>The item code %1 is too long (at most %2 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="112" />
            <source>The item code %1 may hold only letters, digits, '-', '_', '.' and '/'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="115" />
            <source>Give the product a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="117" />
            <source>The name is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="119" />
            <source>Give the selling unit (瓶, 袋, kg, …).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="124" />
            <source>Prices and costs must be in the store's currency (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="129" />
            <source>The price cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="131" />
            <source>The price %1 is too high; check the decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="134" />
            <source>The member price cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="136" />
            <source>The member price %1 is higher than the retail price %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="141" />
            <source>The cost cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="143" />
            <source>The cost %1 is too high; check the decimal point.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="145" />
            <source>Safety stock and maximum stock cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="147" />
            <source>The maximum stock is below the safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="149" />
            <source>Goods sold by weight have no serial numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="153" />
            <location filename="../../modules/inventory/productservice.cpp" line="185" />
            <source>The product could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="167" />
            <source>Choose a category for the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="169" />
            <source>The tax class "%1" does not exist. Choose one of the store's tax classes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="171" />
            <source>The brand no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="173" />
            <source>The department no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="189" />
            <source>The item code %1 is already used by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="201" />
            <source>The pack quantity of code %1 must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="210" />
            <source>%1 is not a maker's barcode (EAN-13, EAN-8, UPC or GTIN-14). Save it as a store code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="213" />
            <source>A PLU has 1 to 6 digits; %1 is not one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="215" />
            <source>Unknown code type "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="218" />
            <location filename="../../modules/inventory/productservice.cpp" line="233" />
            <source>The barcode could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="222" />
            <source>Codes starting with %1 are read as scale labels; give the product another code or change the scale label settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="239" />
            <source>The product already has the code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="240" />
            <source>The barcode %1 already belongs to %2 (item code %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="251" />
            <source>The barcode could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="275" />
            <source>The code %1 is listed twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="290" />
            <location filename="../../modules/inventory/productservice.cpp" line="339" />
            <source>The product could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="367" />
            <source>The price could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="384" />
            <source>%1 is delisted already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="386" />
            <source>The product could not be delisted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="400" />
            <source>%1 is listed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="402" />
            <source>The product could not be listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="416" />
            <location filename="../../modules/inventory/productservice.cpp" line="465" />
            <source>The barcode could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="420" />
            <source>The product has no code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="469" />
            <source>No product has the code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="472" />
            <source>The barcode could not be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="486" />
            <location filename="../../modules/inventory/productservice.cpp" line="519" />
            <source>A category needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="489" />
            <location filename="../../modules/inventory/productservice.cpp" line="496" />
            <location filename="../../modules/inventory/productservice.cpp" line="525" />
            <location filename="../../modules/inventory/productservice.cpp" line="533" />
            <source>The category could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="493" />
            <location filename="../../modules/inventory/productservice.cpp" line="529" />
            <source>The parent category no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="500" />
            <location filename="../../modules/inventory/productservice.cpp" line="537" />
            <source>The category code %1 is already used by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="503" />
            <location filename="../../modules/inventory/productservice.cpp" line="541" />
            <source>The category could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="523" />
            <source>A category cannot be placed under itself or one of its subcategories.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="545" />
            <source>The category no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="557" />
            <source>A department needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="559" />
            <source>The department could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="563" />
            <source>The department code %1 is already used by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="565" />
            <source>The department could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="582" />
            <source>Give the brand a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="584" />
            <source>The brand could not be checked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="588" />
            <source>The brand %1 exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="590" />
            <source>The brand could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="109" />
            <source>Low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="109" />
            <source>Sold by weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="112" />
            <source>New product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="113" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="113" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="527" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="533" />
            <source>Delist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="114" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="119" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="121" />
            <source>Add or change products from a CSV file; every row is checked first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="133" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="148" />
            <source>Name, pinyin initials, item code or barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="158" />
            <source>Listed and delisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="159" />
            <source>Listed only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="160" />
            <source>Delisted only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="162" />
            <source>Only products whose stock is below their safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="165" />
            <source>By item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="166" />
            <source>By name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="167" />
            <source>By price, lowest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="168" />
            <source>By price, highest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="217" />
            <source>Choose a product to see its barcodes, prices and stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="301" />
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="394" />
            <source>%Ln product(s) in the catalog</source>
            <translation>
                <numerusform>%Ln product in the catalog</numerusform>
                <numerusform>%Ln products in the catalog</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="418" />
            <source>No product matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="418" />
            <source>The catalog is empty: add a product.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="420" />
            <source>%Ln product(s) match the filters</source>
            <translation>
                <numerusform>%Ln product match the filters</numerusform>
                <numerusform>%Ln products match the filters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="422" />
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln product</numerusform>
                <numerusform>%Ln products</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="424" />
            <source>Nothing matches "%1" with these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="425" />
            <source>Nothing matches "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="427" />
            <source>The first %1 matches for "%2". Type more to narrow the search.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="429" />
            <source>%Ln product(s) match "%1"</source>
            <translation>
                <numerusform>%Ln product match "%1"</numerusform>
                <numerusform>%Ln products match "%1"</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="445" />
            <source>Add a product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="463" />
            <source>Edit %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="482" />
            <source>%1 is added and can be sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="489" />
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="498" />
            <source>Delist %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="498" />
            <source>List %1 (%2) again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="503" />
            <source>Delisted on the Products screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="512" />
            <source>%1 is delisted: it can no longer be sold. List it again at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="513" />
            <source>%1 is listed again and can be sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="533" />
            <source>List again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="546" />
            <source>Listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="546" />
            <source>Delisted: not for sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="553" />
            <source>%1, sold by weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="555" />
            <source>, serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="558" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="559" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="560" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="561" />
            <source>Tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="565" />
            <source>Prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="566" />
            <source> per %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="567" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="568" />
            <source>Member price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="568" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="586" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="569" />
            <source>Last cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="573" />
            <source>Barcodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="578" />
            <source>PLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="579" />
            <source>Case of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="580" />
            <source>Store code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="581" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="590" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="596" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="597" />
            <source>Safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="599" />
            <source>Maximum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="602" />
            <source>Low on stock: reorder soon.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrder</name>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="42" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="45" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="48" />
            <source>Partly received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="51" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="54" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="57" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrderEditor</name>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="44" />
            <source>Back to orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="45" />
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="46" />
            <source>Save draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="47" />
            <source>Send to supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="48" />
            <source>Cancel order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="49" />
            <source>Close: expect no more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="50" />
            <source>Receive goods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="59" />
            <source>Note for the supplier or the team (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Their code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Cost (¥)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="98" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="99" />
            <source>Deliver to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="100" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="219" />
            <source>%1 is %2: its lines cannot change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="224" />
            <source>Choose the supplier first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="272" />
            <source>Enter a quantity of more than zero for %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="281" />
            <source>A cost cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="320" />
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="321" />
            <source>Tap twice to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="326" />
            <source>%1 (%2 to come)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="332" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n line · %1</numerusform>
                <numerusform>%n lines · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="341" />
            <source>Purchase order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="341" />
            <source>New purchase order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="377" />
            <source>Add at least one product before saving.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="381" />
            <source>Change purchase order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="381" />
            <source>Make a purchase order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="403" />
            <source>%1 saved as a draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="417" />
            <source>Send purchase order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="425" />
            <source>%1 sent to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="435" />
            <source>Cancel purchase order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="443" />
            <source>%1 cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="453" />
            <source>Close purchase order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="461" />
            <source>%1 closed: nothing more is expected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrderService</name>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="128" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="187" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="229" />
            <source>A purchase order needs at least one product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="140" />
            <source>%1 is no longer an active supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="147" />
            <source>Add a stock location before ordering.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="158" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="244" />
            <source>The purchase order could not be saved; check the delivery location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="199" />
            <source>No supplier is known for %1 (%2). Add one before ordering it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="240" />
            <source>%1 is %2; only a draft can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="248" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="275" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="302" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="325" />
            <source>The purchase order could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="270" />
            <source>%1 is %2; only a draft can be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="272" />
            <source>%1 has no products yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="295" />
            <source>%1 is %2 and cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="298" />
            <source>Goods were received on %1; close it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="322" />
            <source>%1 is %2 and cannot be closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="343" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="356" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="379" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="401" />
            <source>The purchase order could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="360" />
            <source>There is no purchase order with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="405" />
            <source>There is no purchase order %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="432" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="454" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="479" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="492" />
            <source>The purchase orders could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="463" />
            <source>The value of %1 cannot be shown: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="60" />
            <source>Every quantity ordered must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="38" />
            <source>The product could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="42" />
            <source>There is no product with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="51" />
            <source>The supplier items could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="81" />
            <source>A cost must be in the store's currency (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="85" />
            <source>A cost cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="92" />
            <source>Add at least one product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="96" />
            <source>Every quantity must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="112" />
            <source>%1 (%2) does not take serial numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="119" />
            <source>%1 (%2) needs one serial number per unit: %3 received, %4 serial numbers scanned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="120" />
            <source>%1 (%2) needs one serial number per unit: %3 going back, %4 serial numbers scanned.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrdersTab</name>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="60" />
            <source>New order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="61" />
            <source>Show order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="74" />
            <source>Open orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="74" />
            <source>Drafts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Partly received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Received/closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="76" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="76" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="161" />
            <source>No orders in this view.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="162" />
            <source>%n order(s) · ordered value %1</source>
            <translation>
                <numerusform>%n order · ordered value %1</numerusform>
                <numerusform>%n orders · ordered value %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseScanBar</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="31" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="38" />
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="116" />
            <source>Scan, or type a code or name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="54" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="55" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="62" />
            <source>as ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="66" />
            <source>Cost per unit (¥)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="85" />
            <source>Scan each item, or type its code and press Enter. A case barcode counts the whole case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="116" />
            <source>Scan or type the serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="146" />
            <source>Scan or type the serial number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="174" />
            <source>The quantity "%1" is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="178" />
            <source>Enter a quantity of more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="182" />
            <source>%1 is counted in whole %2: enter a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="193" />
            <source>A cost cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="213" />
            <source>Added %1 %2 %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchasingScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="30" />
            <source>Purchasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="40" />
            <source>Purchase orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="41" />
            <source>Receiving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="42" />
            <source>Returns to suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="43" />
            <source>Suppliers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="106" />
            <source>Awaiting delivery: %1 · partly received: %2 · drafts: %3 · active suppliers: %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReceivingService</name>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="85" />
            <source>A received quantity must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="89" />
            <source>The average cost cannot be calculated from amounts in different currencies.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="95" />
            <source>The average cost is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="102" />
            <source>Scan at least once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="167" />
            <source>The purchase order could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="175" />
            <source>%1 is %2; nothing more can be received on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="184" />
            <source>Choose the supplier who delivered the goods.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="186" />
            <source>Choose where the goods are received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="204" />
            <source>The delivery could not be saved; check the location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="256" />
            <source>%1 (%2) is not on purchase order %3. A manager can accept it anyway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="262" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="289" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="368" />
            <source>The purchase order could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="282" />
            <source>Too much %1 (%2) for %3: %4 ordered, %5 received before, %6 now. A manager can accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="327" />
            <source>The product's cost could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="332" />
            <source>The supplier's cost could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="340" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="354" />
            <source>The delivery could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="391" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="409" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="428" />
            <source>The deliveries could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReceivingTab</name>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="57" />
            <source>Accept more than ordered (manager)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="59" />
            <source>Stop scanning serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="60" />
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="61" />
            <source>Book in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="68" />
            <source>Their note number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Received before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>This delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="90" />
            <source>Serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="98" />
            <source>Purchase order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="99" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="100" />
            <source>Receive into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="101" />
            <source>Delivery note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="147" />
            <source>No purchase order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="230" />
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="409" />
            <source>Finish the serial numbers first, or tap Stop scanning serials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="253" />
            <source>%1 (%2) is not on %3. Put it aside, or tick "Accept more than ordered" if a manager agrees to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="263" />
            <source>Too many %1: %2 ordered, %3 received before, %4 in this delivery would be over the order. Count again, or tick "Accept more than ordered" if a manager agrees.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="306" />
            <source>%1 is serial-tracked: scan the serial number of the next unit (%n more to scan).</source>
            <translation>
                <numerusform>%1 is serial-tracked: scan the serial number of the next unit (%n more to scan).</numerusform>
                <numerusform>%1 is serial-tracked: scan the serial number of the next unit (%n more to scan).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="317" />
            <source>Serial number %1 was scanned already in this delivery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="328" />
            <source>Serial numbers of %1 taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="348" />
            <source>not ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="352" />
            <source>all received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="370" />
            <source>scan at receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="374" />
            <source>Nothing scanned yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="375" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n line · %1</numerusform>
                <numerusform>%n lines · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="404" />
            <source>Scan the delivered goods first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="413" />
            <source>Book in a delivery for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="413" />
            <source>Book in a delivery without an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="416" />
            <source>, with more than ordered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="426" />
            <source>%1 booked in: %n line(s), %2.</source>
            <translation>
                <numerusform>%1 booked in: %n line, %2.</numerusform>
                <numerusform>%1 booked in: %n lines, %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="430" />
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReorderScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="135" />
            <source>Reorder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="139" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="215" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="495" />
            <source>Low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="232" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="345" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="234" />
            <source>Create draft PO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="240" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="243" />
            <source>Average of the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>Per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>× Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>= Demand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>+ Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>− Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>− Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>= Need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>Pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="253" />
            <source>Average sold a day over the sales window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="254" />
            <source>The supplier's lead time in days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="255" />
            <source>Expected sales over the lead time: per day × days, rounded up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="256" />
            <source>Safety stock: what should always be left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="257" />
            <source>On hand now, all locations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="258" />
            <source>Already ordered and not yet received (drafts included)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="259" />
            <source>Demand + safety − stock − ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="260" />
            <source>Units per order pack: the need is rounded up to whole packs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="266" />
            <source>Tap to change the quantity to order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="289" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="549" />
            <source>Reorder suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="302" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="448" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="448" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>Last sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="309" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="471" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="793" />
            <source>Out of stock</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="319" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>Last %n day</numerusform>
                <numerusform>Last %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="323" />
            <source>By quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="324" />
            <source>By value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="333" />
            <source>Best sellers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="350" />
            <source>No sale in the last</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>Stock value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="358" />
            <source>Slow movers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="371" />
            <source>All locations</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="410" />
            <source>Calculating what to reorder from the sales of the last %n day(s)…</source>
            <translation>
                <numerusform>Calculating what to reorder from the sales of the last %n day…</numerusform>
                <numerusform>Calculating what to reorder from the sales of the last %n days…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="412" />
            <source>Calculating…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>On order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="471" />
            <source>Out of stock, on order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="475" />
            <source>Low, on order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="478" />
            <source>Low: %1 short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="491" />
            <source>Every product is at or above its safety stock.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="492" />
            <source>%n product(s) below safety stock: </source>
            <translation>
                <numerusform>%n product below safety stock: </numerusform>
                <numerusform>%n products below safety stock: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="493" />
            <source>%n out of stock, </source>
            <translation>
                <numerusform>%n out of stock, </numerusform>
                <numerusform>%n out of stock, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="494" />
            <source>%n not yet on order.</source>
            <translation>
                <numerusform>%n not yet on order.</numerusform>
                <numerusform>%n not yet on order.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="495" />
            <source>Low stock (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="512" />
            <source>Nothing to reorder: stock and orders cover the expected sales.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="513" />
            <source>%n product(s) to reorder</source>
            <translation>
                <numerusform>%n product to reorder</numerusform>
                <numerusform>%n products to reorder</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="514" />
            <source> from %n supplier(s). </source>
            <translation>
                <numerusform> from %n supplier. </numerusform>
                <numerusform> from %n suppliers. </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="515" />
            <source>Need = sold a day × lead time + safety stock − on hand − on order.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="541" />
            <source>%1 · %n line(s), %2</source>
            <translation>
                <numerusform>%1 · %n line, %2</numerusform>
                <numerusform>%1 · %n lines, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="544" />
            <source>No supplier · %n product(s)</source>
            <translation>
                <numerusform>No supplier · %n product</numerusform>
                <numerusform>No supplier · %n products</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="550" />
            <source>Reorder suggestions (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="595" />
            <source>Tap to change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="608" />
            <source>Needs a manager: you will be asked for an override.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="621" />
            <source>These products have no supplier, so no order can be made for them. Give them a supplier in Purchasing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="624" />
            <source>Nothing to reorder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="630" />
            <source>%1 (%2): sold %3 %4 in the last %5 days = %6 a day. </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="632" />
            <source>Over the lead time of %1 days that is %2 (rounded up). </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="634" />
            <source>%1 + safety stock %2 − on hand %3 − on order %4 = need %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="637" />
            <source>, rounded up to whole packs of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="638" />
            <source>: order %1 × %2 = %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="640" />
            <source>No supplier: give it one in Purchasing to order it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="657" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n line</numerusform>
                <numerusform>%n lines</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="675" />
            <source>"%1" is not a quantity: type a number such as 12 or 2.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="742" />
            <source>Wait a moment: the suggestions are still being calculated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="747" />
            <source>There is nothing to order from this supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="751" />
            <source>Create a draft purchase order for %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="765" />
            <source>Draft purchase order %1 for %2 with %n line(s) created. Check and send it in Purchasing.</source>
            <translation>
                <numerusform>Draft purchase order %1 for %2 with %n line created. Check and send it in Purchasing.</numerusform>
                <numerusform>Draft purchase order %1 for %2 with %n lines created. Check and send it in Purchasing.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="790" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="841" />
            <source>Never sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="793" />
            <source>Out of stock (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="844" />
            <source>Everything in stock sold in the last %n day(s).</source>
            <translation>
                <numerusform>Everything in stock sold in the last %n day.</numerusform>
                <numerusform>Everything in stock sold in the last %n days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="845" />
            <source>%n product(s) with stock and no sale, </source>
            <translation>
                <numerusform>%n product with stock and no sale, </numerusform>
                <numerusform>%n products with stock and no sale, </numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="846" />
            <source>%1 tied up at cost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReorderService</name>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="68" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="93" />
            <source>The sales period must be between 1 and 365 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="95" />
            <source>The lead time must be between 0 and 365 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="122" />
            <source>The suppliers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="149" />
            <source>The sales could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="183" />
            <source>The quantity to order of %1 is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="220" />
            <source>There is nothing to order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="221" />
            <source>Nothing can be ordered: none of the products has a supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="224" />
            <source>Reorder suggestion of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="40" />
            <source>The purchase orders could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesAnalysis</name>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="129" />
            <location filename="../../modules/inventory/salesanalysis.cpp" line="154" />
            <location filename="../../modules/inventory/salesanalysis.cpp" line="220" />
            <location filename="../../modules/inventory/salesanalysis.cpp" line="254" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="141" />
            <source>The period must be between 1 and 3650 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="167" />
            <source>Choose a period whose end comes after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="187" />
            <source>The sales could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="231" />
            <source>The suppliers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="265" />
            <source>No supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="273" />
            <source>The stock value is too large to show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="59" />
            <source>The stock value of %1 is too large to show.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistory</name>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="366" />
            <source>The sales could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="391" />
            <source>The file needs a column "sku" (item code) or "barcode" to name the products.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="496" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="515" />
            <source>The sales history could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="533" />
            <source>Entry %1 (%2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="538" />
            <source>%1 (%2 of %3 entries have problems.) Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="560" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="591" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="619" />
            <source>The sales history could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="623" />
            <source>There is no sales history batch %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="628" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="633" />
            <source>The sales history could not be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="104" />
            <source>%1 is in the future. Sales history can only be for days before today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="106" />
            <source>%1 is today: today's sales come from the tills. Sales history can only be for days before today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="109" />
            <source>%1 is more than ten years ago; check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="111" />
            <source>Qtill has recorded sales since %1, so history can only be for days before that (no sale may be counted twice).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="122" />
            <source>The quantity cannot be negative: give what was sold that day, net of customer returns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="124" />
            <source>%1 a day is more than a store sells; check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="126" />
            <source>%1 is sold by the piece; give whole units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="133" />
            <source>The sales value cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="135" />
            <source>The sales value is too large for one product and day; check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="162" />
            <source>The date is empty. Write it as year-month-day, e.g. 2026-10-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="164" />
            <source>"%1" is not a date. Write it as year-month-day, e.g. 2026-10-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="177" />
            <source>The quantity is empty; write 0 for a day without sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="179" />
            <location filename="../../modules/inventory/stockimporter.cpp" line="98" />
            <source>"%1" is not a quantity. Write it like 12 or 0.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="196" />
            <source>"%1" is not an amount. Write it like 125.50, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="210" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="277" />
            <source>The sales of %1 on %2 were imported already (batch %3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="213" />
            <source>%1 on %2 is also on row %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="259" />
            <source>There is no such product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="266" />
            <source>The date is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="274" />
            <source>The value is not in the store's currency (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="279" />
            <source>%1 on %2 is also in entry %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="440" />
            <source>There is no sales history to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="476" />
            <source>Some of these days were imported at the same time by someone else. Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistoryBatchesDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="23" />
            <source>Take back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="26" />
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="28" />
            <source>Imported sales history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="30" />
            <source>Each import is one batch. A batch imported by mistake (the wrong file, another shop's export) is taken back whole; then the right file can be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="48" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="82" />
            <source>No sales history has been imported.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="83" />
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n batch</numerusform>
                <numerusform>%n batches</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="90" />
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="110" />
            <source>Take back %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="111" />
            <source>Remove the %1 rows of batch %2 (%3 to %4, from %5)? Best sellers and reorder suggestions no longer count them. Stock is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="119" />
            <source>Take back sales history %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="129" />
            <source>Batch %1 taken back: %2 rows removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistoryDemo</name>
        <message>
            <location filename="../../modules/inventory/saleshistorydemo.cpp" line="73" />
            <source>The demo products could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ScaleLabelsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="35" />
            <source>Amount (fen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="35" />
            <source>Weight (g)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="83" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="83" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="87" />
            <source>Scale labels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="88" />
            <source>How the till reads the labels your scales print (codes starting 20–29).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="89" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="273" />
            <source>New layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="142" />
            <source>Prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="143" />
            <source>Holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="144" />
            <source>Item number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="145" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="146" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="117" />
            <source>e.g. 大华秤 金额码</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="131" />
            <source>The digit it starts at, counting the first digit of the label as 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="132" />
            <source>How many digits it has</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="133" />
            <source>from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="135" />
            <source>digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="166" />
            <source>Test a label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="170" />
            <source>Scan or type a label printed by the scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="175" />
            <source>The till reads it the same way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="240" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="241" />
            <source>digits %1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="273" />
            <source>Prefix %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="316" />
            <source>F prefix · I item number · V %1 · C check digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="333" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="358" />
            <source>Change how scale labels are read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="342" />
            <source>Labels starting %1 are now read as %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="352" />
            <source>Remove layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="353" />
            <source>Labels starting %1 will then be read as ordinary barcodes. Remove the layout?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="367" />
            <source>Labels starting %1 are now read as ordinary barcodes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="383" />
            <source>Prefix %1 · item number %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="385" />
            <source>Amount %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="387" />
            <source>Weight %1 kg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="393" />
            <source>Not a scale label here: read as an ordinary barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="397" />
            <source>Product: %1 (%2), %3 per %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SerialLookupScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="47" />
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="148" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="49" />
            <source>Sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="51" />
            <source>Returned by the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="53" />
            <source>Returned to the supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="83" />
            <source>Serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="84" />
            <source>After-sales: scan a serial number (IMEI) to see the sale, the customer and the warranty. Scan a product to list its units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="90" />
            <source>Serial number, IMEI or product barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="91" />
            <source>Look up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Serial number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="146" />
            <source>Sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="147" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="157" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="195" />
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="216" />
            <source>Scan the serial number on the box or the device.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="221" />
            <source>%n unit(s) with serial number %1</source>
            <translation>
                <numerusform>%n unit with serial number %1</numerusform>
                <numerusform>%n units with serial number %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="237" />
            <source>%1 is not a serial-numbered product.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="249" />
            <source>%1: %n unit(s) known, %2 in stock</source>
            <translation>
                <numerusform>%1: %n unit known, %2 in stock</numerusform>
                <numerusform>%1: %n units known, %2 in stock</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="252" />
            <source>Nothing has the serial number %1. Check the number on the device (for a phone: *#06#).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="267" />
            <source>%1 (ended)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="285" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="296" />
            <source>Under warranty until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>Under warranty until %1 (%n day left)</numerusform>
                <numerusform>Under warranty until %1 (%n days left)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="299" />
            <source>Warranty ended on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="301" />
            <source>Sold without warranty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="303" />
            <source>Warranty starts when sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="306" />
            <source>%1 on receipt %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="307" />
            <source>Not sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="309" />
            <source>Not recorded at the sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="311" />
            <source>%1 with %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="313" />
            <source>, at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="332" />
            <source>No unit selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SerialNumberService</name>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="193" />
            <source>A serial number is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="195" />
            <source>Serial number %1 is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="206" />
            <source>Scan or type at least one serial number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="213" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="438" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="217" />
            <source>This product does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="220" />
            <source>%1 does not take serial numbers. Mark it as serial-tracked in the product first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="227" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="302" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="469" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="480" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="502" />
            <source>The serial numbers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="236" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="249" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="264" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="270" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="327" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="336" />
            <source>The serial number %1 could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="242" />
            <source>%1 with serial number %2 was received again just now (another lane).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="255" />
            <source>%1 with serial number %2 is recorded already (%3, received with %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="295" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="467" />
            <source>Scan or type a serial number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="309" />
            <source>Serial number %1 is not known. Was it received?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="311" />
            <source>Serial number %1 belongs to %2 products; choose the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="331" />
            <source>Serial number %1 was changed by someone else just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="352" />
            <source>The warranty must be between 0 and 240 months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="354" />
            <source>A sale of a serial-numbered item needs its receipt number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="361" />
            <source>%1 with serial number %2 went back to the supplier; it cannot be sold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="365" />
            <source>%1 with serial number %2 was sold already on %3 (%4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="390" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="420" />
            <source>The serial number could not be read back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="403" />
            <source>%1 with serial number %2 is %3, not sold; it cannot be returned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="427" />
            <source>Scan or type the serial numbers of the units going back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="440" />
            <source>%1 has no unit with serial number %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="445" />
            <source>%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="450" />
            <source>%1 with serial number %2 went back to the supplier already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="476" />
            <source>No product has serial number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="87" />
            <source>In stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="89" />
            <source>Sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="91" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="93" />
            <source>Returned to supplier</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockImporter</name>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="36" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="64" />
            <source>There is no product with the item code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="74" />
            <source>No product has the barcode %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="79" />
            <source>The row names no product: give its item code or barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="211" />
            <source>The file needs a column "sku" (item code) or "barcode" to name the products.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="289" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="84" />
            <source>The location is empty. Give its code or name (e.g. FLOOR or 卖场).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="88" />
            <source>There is no active location "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="96" />
            <source>The quantity is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="100" />
            <source>Stock on hand cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="102" />
            <source>%1 is more than a store can hold; check the number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="104" />
            <source>%1 is sold by the piece; count whole units.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="116" />
            <source>%1 at this location is also on row %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="249" />
            <source>Row %1 (%2): %3 Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockLedger</name>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="51" />
            <source>Opening stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="52" />
            <source>Sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="53" />
            <source>Customer return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="54" />
            <source>Sale voided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="55" />
            <source>Goods received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="56" />
            <source>Return to supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="57" />
            <source>Transfer out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="58" />
            <source>Transfer in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="59" />
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="60" />
            <source>Stocktake adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="61" />
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="62" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="63" />
            <source>Manual adjustment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="119" />
            <source>Stock can be changed by hand only as an adjustment, damage, loss or opening stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="122" />
            <source>Say why the stock changes (for example "broken in the back room").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="148" />
            <location filename="../../modules/inventory/stockledger.cpp" line="157" />
            <location filename="../../modules/inventory/stockledger.cpp" line="167" />
            <location filename="../../modules/inventory/stockledger.cpp" line="398" />
            <location filename="../../modules/inventory/stockledger.cpp" line="436" />
            <location filename="../../modules/inventory/stockledger.cpp" line="471" />
            <location filename="../../modules/inventory/stockledger.cpp" line="495" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="102" />
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="175" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="195" />
            <location filename="../../modules/inventory/stockledger.cpp" line="206" />
            <location filename="../../modules/inventory/stockledger.cpp" line="236" />
            <source>The stock history could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="252" />
            <location filename="../../modules/inventory/stockledger.cpp" line="267" />
            <location filename="../../modules/inventory/stockledger.cpp" line="282" />
            <location filename="../../modules/inventory/stockledger.cpp" line="293" />
            <location filename="../../modules/inventory/stockledger.cpp" line="308" />
            <source>The stock locations could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="286" />
            <source>There is no stock location %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="297" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="204" />
            <source>There is no stock location with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="304" />
            <source>A stock location needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="312" />
            <source>There is already a stock location %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="315" />
            <location filename="../../modules/inventory/stockledger.cpp" line="321" />
            <source>The stock location %1 could not be added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="358" />
            <source>A stock location needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="364" />
            <location filename="../../modules/inventory/stockledger.cpp" line="369" />
            <location filename="../../modules/inventory/stockledger.cpp" line="375" />
            <location filename="../../modules/inventory/stockledger.cpp" line="411" />
            <location filename="../../modules/inventory/stockledger.cpp" line="416" />
            <source>The stock location could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/stockledger.cpp" line="404" />
            <source>%1 still holds stock of %n product(s). Transfer it elsewhere first.</source>
            <translation>
                <numerusform>%1 still holds stock of %n product. Transfer it elsewhere first.</numerusform>
                <numerusform>%1 still holds stock of %n products. Transfer it elsewhere first.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="481" />
            <location filename="../../modules/inventory/stockledger.cpp" line="510" />
            <source>The stock's value is too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="136" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="152" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="270" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="278" />
            <source>The stock movement could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="144" />
            <source>The stock of product %1 would be out of range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="202" />
            <source>There is no product with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="206" />
            <source>The location %1 is closed; it takes no stock movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="246" />
            <source>Not enough stock of %1 at %2: %3 on hand, %4 needed. This store does not allow negative stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="59" />
            <source>A stock movement needs a quantity other than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="61" />
            <source>A stock movement needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="63" />
            <source>"%1" is not a reason for a stock movement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="66" />
            <source>A stock movement of type "%1" cannot %2 stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="67" />
            <source>add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="67" />
            <source>remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="45" />
            <source>Product %1 at %2: the stock shown is %3 but its movements add up to %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="82" />
            <source>The stock check was stopped before it finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="118" />
            <source>Product id %1 at location id %2 has movements adding up to %3 but no stock balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="138" />
            <source>Transfer %1: what left and what arrived of product id %2 differ by %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="54" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="56" />
            <source>Only low stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="57" />
            <source>Show more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="59" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="538" />
            <source>Adjust</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="59" />
            <source>Damage / loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="60" />
            <source>Newer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="61" />
            <source>Older</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="61" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="601" />
            <source>Check stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="66" />
            <source>Proves that every stock figure is the sum of its movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="74" />
            <source>Name, item code or barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="172" />
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="119" />
            <source>Choose a product to see its movements and to adjust its stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="534" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="157" />
            <source>Movements here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="173" />
            <source>Transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="290" />
            <source>%1 has no stock at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="334" />
            <source>Nothing at %1 matches "%2".</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="336" />
            <source>%n product(s) at %1 below safety stock</source>
            <translation>
                <numerusform>%n product at %1 below safety stock</numerusform>
                <numerusform>%n products at %1 below safety stock</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="338" />
            <source>%n product(s) at %1</source>
            <translation>
                <numerusform>%n product at %1</numerusform>
                <numerusform>%n products at %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="340" />
            <source> · %1 at cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="343" />
            <source>Only low stock (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="345" />
            <source>Stock on hand per location, its movements, adjustments and transfers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="378" />
            <source>Low on stock: %1 in all locations, safety stock %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="434" />
            <source>%1 · on hand here &lt;b&gt;%2&lt;/b&gt; · all locations %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="437" />
            <source> · safety stock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="438" />
            <source>&lt;br&gt;Cost %1 · value here %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="441" />
            <source>Below safety stock: reorder soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="468" />
            <source>System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="474" />
            <source>No movements here yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="476" />
            <source>%1–%2 of %n movement(s)</source>
            <translation>
                <numerusform>%1–%2 of %n movement</numerusform>
                <numerusform>%1–%2 of %n movements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="512" />
            <source>Damage or loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="512" />
            <source>Adjust stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="515" />
            <source>%1 at %2: %3 on hand now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="519" />
            <source>Damaged, spoiled or expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="520" />
            <source>Lost or stolen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="522" />
            <source>Add to stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="523" />
            <source>Take from stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="533" />
            <source>e.g. dropped in the aisle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="533" />
            <source>e.g. found on a wrong shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="534" />
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="535" />
            <source>Quantity (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="536" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="538" />
            <source>Write off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="545" />
            <source>Say why the stock changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="549" />
            <source>%1 %2 of %3 at %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="555" />
            <source>Stock not changed: a manager must approve this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="559" />
            <source>%1: %2 %3. Now %4 at %5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="563" />
            <source>The stock is below zero: count it soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="587" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="595" />
            <source>Checking… %1 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="610" />
            <source>Stock adds up: all %1 stock figures equal the sum of their %2 movements.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="614" />
            <source>Stock does NOT add up (%n problem(s)): </source>
            <translation>
                <numerusform>Stock does NOT add up (%n problem): </numerusform>
                <numerusform>Stock does NOT add up (%n problems): </numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockUiSupport</name>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="17" />
            <source>Scan a barcode or type an item code or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="30" />
            <source>More than one product matches "%1". Scan its barcode or type its item code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="38" />
            <source>Enter a quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="43" />
            <source>"%1" is not a quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="45" />
            <source>Enter a quantity greater than zero.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StocktakeScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="51" />
            <source>Stocktake</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="51" />
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="475" />
            <source>New count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="54" />
            <source>Recount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="56" />
            <source>Write off goods nobody counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="57" />
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="536" />
            <source>Cancel count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="57" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="60" />
            <source>Count the goods, compare with the books, approve the differences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="79" />
            <source>Counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="87" />
            <source>Choose a count on the left, or start a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="93" />
            <source>Scan a barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="94" />
            <source>Scan or type a barcode or item code, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="105" />
            <source>How many each scan counts; −1 takes back a mis-scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="107" />
            <source>Replace what you counted of the product (others' counts stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Expected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="131" />
            <source>×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="195" />
            <source>Monthly count</source>
            <comment>note of the screenshot's stocktake</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="239" />
            <source>%1, started %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="327" />
            <source>Book quantities frozen %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="329" />
            <source> by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="347" />
            <source>Book %1, %2 moved while counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="351" />
            <source>not counted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="355" />
            <source>Counted by %n people</source>
            <translation>
                <numerusform>Counted by %n people</numerusform>
                <numerusform>Counted by %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="374" />
            <source>Counted &lt;b&gt;%1&lt;/b&gt; of %2 products · %n with a difference</source>
            <translation>
                <numerusform>Counted &lt;b&gt;%1&lt;/b&gt; of %2 products · %n with a difference</numerusform>
                <numerusform>Counted &lt;b&gt;%1&lt;/b&gt; of %2 products · %n with a difference</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="378" />
            <source>Surplus &lt;span style="color:#067647"&gt;%1&lt;/span&gt; · shortage &lt;span style="color:#D92D20"&gt;%2&lt;/span&gt; · net &lt;b&gt;%3&lt;/b&gt; at cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="383" />
            <source>Booked into stock %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="401" />
            <source>Count at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="410" />
            <source>Count %1 in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="426" />
            <source>%1: recounted %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="427" />
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="430" />
            <source> · counted %1 %2 in all, expected %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="452" />
            <source>Approve %1: book %n difference(s), net %2</source>
            <translation>
                <numerusform>Approve %1: book %n difference, net %2</numerusform>
                <numerusform>Approve %1: book %n differences, net %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="464" />
            <source>%1 approved: %n stock adjustment(s) booked, net %2.</source>
            <translation>
                <numerusform>%1 approved: %n stock adjustment booked, net %2.</numerusform>
                <numerusform>%1 approved: %n stock adjustments booked, net %2.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="466" />
            <source>Stock check: every counted product's figure equals the sum of its movements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="478" />
            <source>The stock on the books is frozen now. Count everything at the location, or one category.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="489" />
            <source>Everything there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="497" />
            <source>e.g. monthly count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="498" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="499" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="500" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="501" />
            <source>Start counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="504" />
            <source>Choose where to count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="506" />
            <source>Start a count at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="508" />
            <source>No count started: a supervisor must start it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="513" />
            <source>%1 started: scan the goods at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="529" />
            <source>Cancel %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="532" />
            <source>The count is closed without changing any stock. What was counted stays on record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="535" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="539" />
            <source>Cancel %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="541" />
            <source>Not cancelled: a supervisor must cancel the count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="544" />
            <source>%1 cancelled. No stock was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StocktakeService</name>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="139" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="240" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="244" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="312" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="321" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="339" />
            <source>The stocktakes could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="151" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="325" />
            <source>There is no stocktake %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="209" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="376" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="522" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="226" />
            <source>The categories could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="230" />
            <source>There is no category %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="248" />
            <source>%1 is being counted already (%2). Approve or cancel that count first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="265" />
            <source>The stocktake could not be started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="288" />
            <source>The stock could not be frozen for counting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="351" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="421" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="468" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="509" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="534" />
            <source>The stocktake could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="358" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="362" />
            <source>This product does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="369" />
            <source>%1 is not in %2, the category being counted. Put it aside for its own count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="383" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="439" />
            <source>The count could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="401" />
            <source>A recount cannot be less than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="403" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="454" />
            <source>Count at least one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="410" />
            <source>Stocktake %1 is %2; it takes no more counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="428" />
            <source>You have counted fewer than that of this product; the correction would go below zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="579" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="584" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="595" />
            <source>The stocktake's amounts are too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="618" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="694" />
            <source>Stocktake %1 is %2 already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="638" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="661" />
            <source>The stocktake could not be approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="654" />
            <source>Stocktake %1 was not approved: %2 Run the stock check and call for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="665" />
            <source>Stocktake %1 was closed by someone else just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="700" />
            <source>The stocktake could not be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="120" />
            <source>Counting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="122" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="124" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="142" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="147" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="34" />
            <source>Takes new orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="47" />
            <source>Edit supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="47" />
            <source>New supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="51" />
            <source>Orders and deliveries keep the supplier they were made with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="52" />
            <source>The code is short and cannot be changed later, e.g. S006.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="59" />
            <source>e.g. S006</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="61" />
            <source>Company name as on the invoice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="63" />
            <source>Who to call about orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="68" />
            <source> days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="74" />
            <source>Street, district, city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Cash on delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 15 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 60 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="78" />
            <source>Prepayment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="80" />
            <source>Choose or type, e.g. net 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="83" />
            <source>18-character unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="86" />
            <source>Bank and branch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="90" />
            <source>Account number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="93" />
            <source>Anything the buyer should know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="114" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="115" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="116" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="117" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="118" />
            <source>Lead time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="126" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="127" />
            <source>Payment terms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="128" />
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="129" />
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="130" />
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="131" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="184" />
            <source>Enter the supplier's code and name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="193" />
            <source>Change supplier %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="193" />
            <source>Add supplier %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="195" />
            <source>Not saved: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="213" />
            <source>Supplier %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="213" />
            <source>Supplier %1 added.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierImporter</name>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="389" />
            <source>The suppliers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="109" />
            <source>Too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="121" />
            <location filename="../../modules/inventory/supplierimporter.cpp" line="187" />
            <source>The supplier code is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="123" />
            <source>The supplier code is too long (at most 16 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="133" />
            <source>A new supplier needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="157" />
            <source>Say which bank the account %1 is with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="167" />
            <source>Write the lead time as whole days from 0 to 365.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="176" />
            <source>Write 1 for an active supplier and 0 for one you no longer order from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="188" />
            <source>There is no supplier with the code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="192" />
            <source>The item code is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="193" />
            <source>There is no product with the item code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="204" />
            <source>"%1" is not an amount. Write it like 3.50 (yuan, up to two decimals).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="206" />
            <source>The cost %1 cannot be used: it must be between 0 and 1,000,000.00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="214" />
            <source>The pack size must be a number above zero, e.g. 24.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="222" />
            <source>Write 1 for the supplier to reorder from and 0 for others.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>The same %1 is also on row %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>supplier and item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>supplier code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="302" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="350" />
            <source>Row %1: %2 Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierItemDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="40" />
            <source>Preferred: reorder suggestions buy it from this supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="47" />
            <source>Edit item of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="47" />
            <source>New item from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="55" />
            <source>Scan a barcode, or type the item code or name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="61" />
            <source>Their code on the delivery note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="64" />
            <source>per selling unit, e.g. 2.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="80" />
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="151" />
            <source>No product chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="87" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="89" />
            <source>Their code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="90" />
            <source>Last cost (¥)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="91" />
            <source>Units per pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="138" />
            <source>Scan or type the product first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="189" />
            <source>"%1" is not a cost. Write it like 2.50 (yuan per selling unit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="198" />
            <source>Units per pack must be a number above zero, e.g. 24 for a case of 24.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="206" />
            <source>%1 supplies this product already: edit that line instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="212" />
            <source>Change what %1 supplies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="214" />
            <source>Not saved: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="221" />
            <source>%1 saved for %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierReturnService</name>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="67" />
            <source>Choose where the goods are taken from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="87" />
            <source>The supplier return could not be saved; check the location.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="97" />
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="137" />
            <source>The supplier return could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="158" />
            <source>The supplier returns could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierReturnsTab</name>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="45" />
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="46" />
            <source>Post return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="47" />
            <source>Stop scanning serials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Quality problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Wrong goods delivered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Overstock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="56" />
            <source>current cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>On hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="72" />
            <source>Serial numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="92" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="90" />
            <source>Return to supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="91" />
            <source>Take from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="119" />
            <source>Recent returns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="121" />
            <source>No goods have gone back to a supplier yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="187" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="373" />
            <source>Finish the serial numbers first, or tap Stop scanning serials.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="191" />
            <source>%1 goes back in whole units, each with its serial number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="224" />
            <source>Only %1 %2 of %3 are on hand here; check the count before returning %4.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="243" />
            <source>%1 is serial-tracked: scan the serial number of the next unit going back (%n more to scan).</source>
            <translation>
                <numerusform>%1 is serial-tracked: scan the serial number of the next unit going back (%n more to scan).</numerusform>
                <numerusform>%1 is serial-tracked: scan the serial number of the next unit going back (%n more to scan).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="259" />
            <source>Serial number %1 is on this return already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="272" />
            <source>%1 has no unit with serial number %2. Check the number on the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="276" />
            <source>%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="281" />
            <source>%1 with serial number %2 went back to the supplier already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="290" />
            <source>Serial numbers of %1 taken.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="316" />
            <source>%n to scan</source>
            <translation>
                <numerusform>%n to scan</numerusform>
                <numerusform>%n to scan</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="324" />
            <source>Nothing to return yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="325" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n line · %1</numerusform>
                <numerusform>%n lines · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="369" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="384" />
            <source>Scan the goods to return first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="388" />
            <source>Choose the supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="393" />
            <source>Say why the goods go back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="403" />
            <source>Return goods to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="412" />
            <source>Return %1 posted: %n line(s) taken out of stock.</source>
            <translation>
                <numerusform>Return %1 posted: %n line taken out of stock.</numerusform>
                <numerusform>Return %1 posted: %n lines taken out of stock.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="413" />
            <source>Return %1 posted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierService</name>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="75" />
            <source>A supplier needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="77" />
            <source>The lead time must be between 0 and 365 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="80" />
            <source>A supplier's name, contact, phone, address, payment terms or bank is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="82" />
            <source>The note is too long (at most 1000 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="87" />
            <source>The tax id "%1" is not valid: it has 15 to 20 letters and digits (统一社会信用代码: 18).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="96" />
            <source>The bank account "%1" is not valid: 8 to 34 digits (spaces and dashes allowed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="99" />
            <source>Say which bank the account %1 is with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="120" />
            <source>There is already a supplier %1 (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="130" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="162" />
            <source>The supplier could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="194" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="207" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="219" />
            <source>The suppliers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="211" />
            <source>There is no supplier with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="223" />
            <source>There is no supplier %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="271" />
            <source>A cost must be in the store's currency (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="275" />
            <source>A cost cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="277" />
            <source>A pack holds at least some of the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="281" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="290" />
            <source>The supplier item could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="299" />
            <source>The supplier item could not be saved; check that the supplier and the product exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="314" />
            <source>The supplier item could not be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="318" />
            <source>This supplier does not supply that product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="332" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="348" />
            <source>The supplier items could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::SuppliersTab</name>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="40" />
            <source>Add item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="41" />
            <source>Edit item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="42" />
            <source>Remove item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="43" />
            <source>Add supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="44" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Lead time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Their code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Last cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Per pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Preferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="56" />
            <source>The supplier reorder suggestions buy it from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="78" />
            <source>Nothing recorded yet. Add the products you buy from this supplier, with their code and cost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="94" />
            <source>What they supply</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="143" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="144" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="144" />
            <source>No new orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="168" />
            <source>Choose a supplier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="169" />
            <source>Its contact and what it supplies show here.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="179" />
            <source>delivers in %n day(s)</source>
            <translation>
                <numerusform>delivers in %n day</numerusform>
                <numerusform>delivers in %n days</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="181" />
            <source>takes no new orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="185" />
            <source>Pays: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="189" />
            <source>Tax id %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="217" />
            <source>Reorder suggestions buy it from this supplier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="293" />
            <source>Remove %1 from what %2 supplies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="300" />
            <source>%1 no longer listed for %2; its orders and deliveries keep it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::TransferPage</name>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="38" />
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="39" />
            <source>Post transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="46" />
            <source>Scan or type a barcode or item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="47" />
            <source>A barcode, item code or name, then Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="57" />
            <source>How many each scan adds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="59" />
            <source>Note (optional), e.g. refill the shelves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <source>At source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>From → to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="97" />
            <source>New transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="102" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="105" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="111" />
            <source>×</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="132" />
            <source>Past transfers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="298" />
            <source>Scan the goods you move.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="299" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="309" />
            <source>Add at least one product to transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="313" />
            <source>Choose two different locations to transfer between.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="317" />
            <source>Transfer %n product(s) from %1 to %2</source>
            <translation>
                <numerusform>Transfer %n product from %1 to %2</numerusform>
                <numerusform>Transfer %n products from %1 to %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="327" />
            <source>Transfer %1 posted: %n product(s) from %2 to %3.</source>
            <translation>
                <numerusform>Transfer %1 posted: %n product from %2 to %3.</numerusform>
                <numerusform>Transfer %1 posted: %n products from %2 to %3.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="351" />
            <source>No transfers yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="351" />
            <source>Choose a transfer to see its lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="360" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 → %3 · %4%5%6</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::TransferService</name>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="62" />
            <source>Choose two different locations to transfer between.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="64" />
            <source>Add at least one product to transfer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="68" />
            <source>Every quantity to transfer must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="93" />
            <location filename="../../modules/inventory/transferservice.cpp" line="110" />
            <source>The transfer could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="133" />
            <location filename="../../modules/inventory/transferservice.cpp" line="141" />
            <location filename="../../modules/inventory/transferservice.cpp" line="154" />
            <source>The transfer could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="137" />
            <source>There is no transfer with id %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="158" />
            <source>There is no transfer %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="172" />
            <source>The transfers could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::purchasingui</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="61" />
            <source>Scan a barcode or type an item code or name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="82" />
            <source>Several products match "%1": choose one below or scan its barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="88" />
            <source>No product has the barcode or item code "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::Campaign</name>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="93" />
            <source>Amount off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="96" />
            <source>Percent off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="99" />
            <source>Spend and save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="102" />
            <source>Free item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="105" />
            <source>Extra points</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::CampaignService</name>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="180" />
            <source>Give the campaign a name (it is printed on the receipt).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="182" />
            <source>The name is too long (at most %1 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="186" />
            <source>Choose the products or categories the coupons apply to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="188" />
            <source>Limits cannot be negative (0 means no limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="215" />
            <location filename="../../modules/members/campaignservice.cpp" line="223" />
            <source>The campaign could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="249" />
            <source>The campaign "%1" has ended; it cannot be started again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="251" />
            <source>The campaign could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="266" />
            <location filename="../../modules/members/campaignservice.cpp" line="287" />
            <location filename="../../modules/members/campaignservice.cpp" line="467" />
            <location filename="../../modules/members/campaignservice.cpp" line="475" />
            <source>The campaign could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="270" />
            <location filename="../../modules/members/campaignservice.cpp" line="471" />
            <source>There is no campaign %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="274" />
            <source>The campaign "%1" is not running: start it again before issuing coupons.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="276" />
            <source>The campaign "%1" ended on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="278" />
            <source>Only %1 coupons of "%2" are left (%3 of %4 issued); %5 were asked for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="321" />
            <location filename="../../modules/members/campaignservice.cpp" line="330" />
            <location filename="../../modules/members/campaignservice.cpp" line="360" />
            <location filename="../../modules/members/campaignservice.cpp" line="400" />
            <location filename="../../modules/members/campaignservice.cpp" line="423" />
            <source>The coupons could not be issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="347" />
            <source>Issue between 1 and %1 codes at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="381" />
            <source>The list has an id that is no member (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="388" />
            <source>Choose between 1 and %1 members.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="413" />
            <source>Only %1 coupons of "%2" are left, for %3 members. Nothing was issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="441" />
            <location filename="../../modules/members/campaignservice.cpp" line="452" />
            <source>The campaigns could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="491" />
            <source>The campaign's figures could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="111" />
            <source>Enter %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="113" />
            <source>%1 must be in %2, the store's currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="115" />
            <source>%1 must be more than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="122" />
            <source>The minimum spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="126" />
            <location filename="../../modules/members/campaignservice.cpp" line="128" />
            <source>The amount off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="132" />
            <source>A spend-and-save coupon takes off less than its minimum spend (e.g. spend 100, save 20).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="136" />
            <source>The percentage must be between 0.01 % and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="139" />
            <source>A percent-off coupon needs a cap: the most it takes off (e.g. 20 % off, at most ¥50).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="140" />
            <source>The cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="143" />
            <source>A free-item coupon must name the products or categories it gives away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="148" />
            <source>An extra-points coupon multiplies points by more than 1 and at most 100 (200 = double points).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="159" />
            <source>Say how long the coupons are valid: an end date, or a number of days after they are issued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="161" />
            <source>Give the campaign an end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="164" />
            <source>The campaign ends (%1) before it starts (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="166" />
            <source>The end date %1 has passed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="168" />
            <source>Coupons can be valid for at most 3660 days.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::CouponService</name>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="138" />
            <source>The coupon could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="147" />
            <source>No coupon has the code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="181" />
            <source>A coupon is redeemed on a sale: the sale is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="210" />
            <source>The coupon could not be redeemed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="249" />
            <source>The sale's coupons could not be given back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="54" />
            <source>Type or scan the coupon code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="58" />
            <source>A coupon code has no "%1": check what was typed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="62" />
            <source>A coupon code has %1 letters and digits; this has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="68" />
            <source>This code has a typing mistake: compare it with the coupon, letter by letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="83" />
            <source>This coupon was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="85" />
            <source>This coupon belongs to a member: attach the member to the sale first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="87" />
            <source>This coupon belongs to another member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="90" />
            <source>This coupon was used already, on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="91" />
            <source>This coupon was used already, on receipt %1 at %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="95" />
            <source>The campaign "%1" has been stopped: its coupons cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="97" />
            <source>This coupon can be used from %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="99" />
            <source>This coupon expired on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="119" />
            <source>The coupon's discount must be zero or more, in %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::MemberService</name>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="30" />
            <source>The member's history could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="97" />
            <source>Member %1 still has stored value: refund it before erasing the member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="103" />
            <source>The member could not be erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="100" />
            <source>A mobile number has 11 digits and starts with 13 to 19.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="107" />
            <location filename="../../modules/members/memberservice.cpp" line="176" />
            <source>The members could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="117" />
            <location filename="../../modules/members/memberservice.cpp" line="377" />
            <source>This member does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="123" />
            <source>No member has the number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="128" />
            <location filename="../../modules/members/memberservice.cpp" line="133" />
            <source>This member card is not known.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="139" />
            <source>No member has the mobile number %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="144" />
            <source>This face is not bound to a member yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="151" />
            <source>Scan the member card or type the member number or mobile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="157" />
            <source>No member has the number, card or mobile %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="163" />
            <location filename="../../modules/members/memberservice.cpp" line="167" />
            <location filename="../../modules/members/memberservice.cpp" line="204" />
            <source>The member tiers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="180" />
            <source>This %1 belongs to member %2 already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="195" />
            <source>The birthday is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="196" />
            <source>mobile number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="198" />
            <source>member card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="200" />
            <source>NFC card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="208" />
            <source>This tier does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="231" />
            <location filename="../../modules/members/memberservice.cpp" line="235" />
            <location filename="../../modules/members/memberservice.cpp" line="302" />
            <location filename="../../modules/members/memberservice.cpp" line="393" />
            <source>The member could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="280" />
            <source>Member %1 was erased and cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="315" />
            <source>The face-pay device gave no identity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="329" />
            <source>Member %1 has another face bound already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="341" />
            <source>The face could not be bound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="370" />
            <source>A confirmation code has 4 to 8 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="373" />
            <source>The confirmation code could not be saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::PointsLedger</name>
        <message>
            <location filename="../../modules/members/pointsexpiry.cpp" line="33" />
            <location filename="../../modules/members/pointsexpiry.cpp" line="63" />
            <location filename="../../modules/members/pointsledger.cpp" line="78" />
            <location filename="../../modules/members/pointsledger.cpp" line="89" />
            <location filename="../../modules/members/pointsledger.cpp" line="161" />
            <location filename="../../modules/members/pointsledger.cpp" line="194" />
            <location filename="../../modules/members/pointsledger.cpp" line="233" />
            <location filename="../../modules/members/pointsledger.cpp" line="272" />
            <source>The points could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsexpiry.cpp" line="46" />
            <source>Points earned before %1 expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsexpiry.cpp" line="73" />
            <source>Member %1: the balance is %2 points, the ledger adds up to %3 (last row %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="82" />
            <location filename="../../modules/members/pointsledger.cpp" line="165" />
            <location filename="../../modules/members/pointsledger.cpp" line="198" />
            <source>This member does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="103" />
            <location filename="../../modules/members/pointsledger.cpp" line="205" />
            <location filename="../../modules/members/pointsledger.cpp" line="212" />
            <location filename="../../modules/members/pointsledger.cpp" line="311" />
            <location filename="../../modules/members/pointsledger.cpp" line="350" />
            <source>The points could not be posted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="117" />
            <location filename="../../modules/members/pointsledger.cpp" line="137" />
            <source>The points could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="124" />
            <source>Not enough points: the member has %1, this needs %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="237" />
            <source>This sale has earned its points already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="254" />
            <source>Say how much to pay with points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="358" />
            <source>No points paid for this sale are left to give back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="384" />
            <source>Say how many points to add or take away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="386" />
            <source>Say why the points change.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::PricingEngine</name>
        <message>
            <location filename="../../modules/members/pricingrefund.cpp" line="13" />
            <source>These items cannot be returned from this sale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingstate.cpp" line="25" />
            <source>The cart or a promotion cannot be priced. Ask the manager to check the promotions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="34" />
            <source>%n item(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="80" />
            <source>%1: %2 = %3, %4 % off, −%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="82" />
            <source>%1: %2 = %3, %4 off each, −%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="84" />
            <source>%1: %2 = %3 at member price %4, −%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="87" />
            <source>%1: %2 = %3 → %4, −%5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="89" />
            <source>%1: %2 after item discounts, −%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="120" />
            <source>Coupon %1: %2 = %3, −%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="130" />
            <source>Applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="130" />
            <source>Applied: −%1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="131" />
            <source>Not valid yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="132" />
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="133" />
            <source>Nothing in the cart it applies to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="134" />
            <source>Below its minimum spend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="135" />
            <source>Cannot be combined with the coupons that save more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="136" />
            <source>Presented twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="176" />
            <source>Add %n more %1 for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="191" />
            <source>Spend %1 more for %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::PromotionService</name>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="81" />
            <source>A promotion's id is 1 to 32 letters, digits, '-' or '_' (e.g. COLA-3FOR10).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="83" />
            <source>A promotion needs a name the cashier and the receipt show (at most 60 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="85" />
            <source>The limit per order is from 0 (no limit) to 10000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="87" />
            <source>The promotion ends (%1) before it starts (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="90" />
            <source>Give the hours as a start and an end (e.g. 17:00 to 19:00).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="119" />
            <location filename="../../modules/members/promotionservice.cpp" line="123" />
            <source>The promotion could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="147" />
            <source>The promotion could not be switched on or off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="166" />
            <source>There is no promotion %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="174" />
            <location filename="../../modules/members/promotionservice.cpp" line="198" />
            <source>The promotions could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="206" />
            <source>A stored promotion cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="32" />
            <source>The promotion's "%1" is not valid: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="51" />
            <source>a number from 0 to 100 with at most two decimals, e.g. "12.5"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="80" />
            <source>a list of ids (whole numbers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="113" />
            <source>a date like 2026-12-24</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="118" />
            <source>a time like 17:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="127" />
            <source>days 1 (Monday) to 7 (Sunday)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="184" />
            <source>one of percentOff, amountOff, memberPrice, buyGetFree, bundlePrice, threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="193" />
            <source>a promotion is for products or for categories, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="47" />
            <source>A percent-off promotion needs a percentage above 0 and at most 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="53" />
            <source>Say the amount (the price or the money off) in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="55" />
            <source>"N for a price" needs N from 2 to 1000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="59" />
            <source>"Buy N get M free" needs N and M of at least 1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="63" />
            <source>A spend threshold needs the amount to reach (满 X).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="65" />
            <source>A spend threshold needs the money off (减 Y) or a percentage off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="67" />
            <source>The money off cannot be more than the spend it needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="70" />
            <source>Unknown kind of promotion.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::StoredValueService</name>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="52" />
            <location filename="../../modules/members/storedvaluereversal.cpp" line="76" />
            <location filename="../../modules/members/storedvaluereversal.cpp" line="102" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="116" />
            <source>The top-up could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="56" />
            <source>This top-up does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="62" />
            <source>Top-up %1 was reversed already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="69" />
            <location filename="../../modules/members/storedvaluereversal.cpp" line="119" />
            <source>The top-up could not be reversed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="59" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="70" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="175" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="197" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="220" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="269" />
            <source>The stored value could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="63" />
            <source>This member does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="82" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="96" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="113" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="157" />
            <source>The stored value could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="103" />
            <source>Not enough stored value: the balance is %1, this needs %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="131" />
            <source>The member's confirmation code is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="132" />
            <source>Above %1 the member's confirmation code or a supervisor is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="138" />
            <source>Say how much to pay from the balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="159" />
            <source>Say how much to put on the balance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="180" />
            <source>This sale paid only %1 from the balance that was not given back yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="230" />
            <source>Member %1: the balance is %2, the ledger adds up to %3 (last row %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="48" />
            <source>The recharge rules could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="65" />
            <source>A recharge rule needs a name, a threshold above zero and a bonus that is not negative (spread over at most 36 months).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="76" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="83" />
            <source>The recharge rule could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="132" />
            <source>Say how much the member pays in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="134" />
            <source>Say how the member pays for the top-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="160" />
            <source>Member %1 was erased.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="176" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="229" />
            <source>The top-up could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="247" />
            <source>The bonus could not be released.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::TierService</name>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="69" />
            <location filename="../../modules/members/tierservice.cpp" line="81" />
            <location filename="../../modules/members/tierservice.cpp" line="100" />
            <source>The member tiers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="85" />
            <source>There is no tier %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="104" />
            <source>Another tier has this code or rank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="113" />
            <location filename="../../modules/members/tierservice.cpp" line="121" />
            <source>The tier could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="125" />
            <source>This tier does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="144" />
            <source>The member's spend could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="154" />
            <source>The member's top-ups could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="197" />
            <location filename="../../modules/members/tierservice.cpp" line="240" />
            <source>The members could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="201" />
            <source>This member does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="222" />
            <source>The member could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="48" />
            <source>A tier needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="50" />
            <source>A tier's discount is between 0 % and 100 %.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="52" />
            <source>A tier's rank, points rate and period cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="54" />
            <source>A tier's thresholds cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="56" />
            <source>The base tier (rank 0) has no rule: every member is in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="58" />
            <source>Say what earns this tier: a spend, points or a top-up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::members::VoucherService</name>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="255" />
            <source>The file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="265" />
            <source>The first row must name the columns: platform,code,sku,value,valid_until (sku or value may be left out).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="270" />
            <source>The file has %1 rows; import at most %2 at a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="103" />
            <location filename="../../modules/members/voucherservice.cpp" line="122" />
            <source>The vouchers could not be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="146" />
            <source>Type or scan the voucher code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="150" />
            <source>The voucher could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="161" />
            <source>No group-buy voucher has the code %1. Was the platform's file imported?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="187" />
            <source>This %1 voucher was used already, on receipt %2 at %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="191" />
            <source>This %1 voucher was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="194" />
            <source>This %1 voucher expired on %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="206" />
            <source>A voucher is redeemed on a sale: the sale is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="221" />
            <location filename="../../modules/members/voucherservice.cpp" line="230" />
            <location filename="../../modules/members/voucherservice.cpp" line="237" />
            <source>The voucher could not be redeemed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="256" />
            <source>The sale's vouchers could not be given back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="63" />
            <source>The file's text is neither UTF-8 nor GB18030. Save it as CSV UTF-8 and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="111" />
            <source>A quote opened on line %1 is never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="171" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="177" />
            <source>The vouchers could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="190" />
            <source>"%1" is not a date. Write it like 2026-12-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="193" />
            <source>These vouchers expired on %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="196" />
            <source>This row has more values than the header has columns: put a value with a comma in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="206" />
            <source>Name the platform (at most %1 characters), e.g. 美团.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="211" />
            <source>A voucher code has 4 to 64 letters and digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="213" />
            <source>The code %1 is also on line %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="217" />
            <source>The code %1 was imported already (%2).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="226" />
            <source>Give either the item code the voucher buys or its face value, not both.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="232" />
            <source>There is no product with the item code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="238" />
            <source>"%1" is not a face value. Write it in yuan like 50 or 49.90.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::shell::MessageBar</name>
        <message>
            <location filename="../../src/shell/messagebar.cpp" line="29" />
            <location filename="../../src/shell/messagebar.cpp" line="30" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::shell::NumericKeypad</name>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="179" />
            <source>Delete the last digit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="180" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="181" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::shell::OverrideDialog</name>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="26" />
            <source>Supervisor approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="32" />
            <source>Supervisor approval needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="37" />
            <source>%1 may not: %2. A supervisor can approve it with their number and PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="50" />
            <source>Supervisor number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="54" />
            <source>e.g. 01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="55" />
            <source>Supervisor PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="83" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="85" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="135" />
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="135" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="147" />
            <location filename="../../src/shell/overridedialog.cpp" line="169" />
            <source>Type the supervisor's operator number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="174" />
            <source>Type the supervisor's PIN.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
