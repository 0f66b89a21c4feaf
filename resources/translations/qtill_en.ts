<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>qtill::AuditLog</name>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="147" />
            <location filename="../../src/core/auditlog.cpp" line="173" />
            <source>The audit log could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="152" />
            <location filename="../../src/core/auditlog.cpp" line="192" />
            <location filename="../../src/core/auditlog.cpp" line="205" />
            <location filename="../../src/core/auditlog.cpp" line="213" />
            <location filename="../../src/core/auditlog.cpp" line="236" />
            <source>The audit log could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="246" />
            <source>Entries before %1 are missing: the log starts at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="249" />
            <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="254" />
            <source>Entries %1 to %2 are missing: the log jumps from %3 to %4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="262" />
            <source>Entry %1 does not follow entry %2: the chain is broken (an entry was changed, removed or inserted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="269" />
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
        <name>qtill::Money</name>
        <message>
            <location filename="../../src/core/money.cpp" line="45" />
            <source>Amounts in different currencies cannot be combined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="92" />
            <location filename="../../src/core/money.cpp" line="107" />
            <source>The amount cannot be calculated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="134" />
            <source>"%1" is not an amount. Type it like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="155" />
            <source>Enter an amount.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="171" />
            <source>An amount can have at most %n decimal place(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="207" />
            <source>Use the number keys only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="19" />
            <source>The amount is too large.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::OperatorService</name>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="94" />
            <source>Enter an operator number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="97" />
            <source>An operator number has digits only (0-9).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="101" />
            <source>An operator number has %1 to %2 digits, e.g. 01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="111" />
            <location filename="../../src/core/operatorservice.cpp" line="124" />
            <location filename="../../src/core/operatorservice.cpp" line="148" />
            <location filename="../../src/core/operatorservice.cpp" line="157" />
            <location filename="../../src/core/operatorservice.cpp" line="245" />
            <source>The operators could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="115" />
            <source>There is no such operator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="142" />
            <source>There is no operator %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="181" />
            <location filename="../../src/core/operatorservice.cpp" line="192" />
            <location filename="../../src/core/operatorservice.cpp" line="261" />
            <location filename="../../src/core/operatorservice.cpp" line="270" />
            <source>The sign-in could not be recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="204" />
            <source>Wrong PIN. Operator %1 is now locked; ask the owner to unlock it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="209" />
            <source>Wrong PIN. 1 try left before operator %1 is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="210" />
            <source>Wrong PIN. %1 tries left before operator %2 is locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="233" />
            <source>Operator %1 is no longer active. Ask a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="331" />
            <source>Only an owner may add, change or reset the PIN of an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="349" />
            <source>Operator number %1 is taken by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="357" />
            <source>The operator could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="393" />
            <source>The first operators must include an owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="397" />
            <source>Operator number %1 is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="406" />
            <source>This store has operators already. Sign in as the owner to add more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="423" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="443" />
            <location filename="../../src/core/operatorservice.cpp" line="463" />
            <source>The PIN could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="484" />
            <source>The operator could not be unlocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="508" />
            <source>%1 is the last owner. Make someone else owner first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="512" />
            <source>The role could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="539" />
            <source>%1 is the last owner and stays active. Make someone else owner first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="543" />
            <location filename="../../src/core/operatorservice.cpp" line="569" />
            <source>The operator could not be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="48" />
            <source>Enter the operator's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="50" />
            <source>A name has at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="56" />
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
            <location filename="../../modules/inventory/inventorymodule.cpp" line="8" />
            <source>View products and stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="11" />
            <source>Edit products, prices and stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::PermissionService</name>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="47" />
            <location filename="../../src/core/permissionservice.cpp" line="61" />
            <source>The permissions could not be set up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="52" />
            <location filename="../../src/core/permissionservice.cpp" line="125" />
            <location filename="../../src/core/permissionservice.cpp" line="133" />
            <location filename="../../src/core/permissionservice.cpp" line="176" />
            <source>The permissions could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="113" />
            <source>Sign in first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="114" />
            <source>You may not: %1. A supervisor can authorise it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="172" />
            <source>The owner always has every permission; that cannot be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="180" />
            <source>There is no permission called %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="185" />
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
            <location filename="../../src/core/quantity.cpp" line="41" />
            <source>"%1" is not a quantity. Type it like 2 or 0.355.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="49" />
            <source>Enter a quantity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="61" />
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
            <location filename="../../src/core/store.cpp" line="102" />
            <source>Restore your latest backup with: qtillctl restore BACKUP-FILE --db "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="103" />
            <source>Restore the latest backup with: qtillctl restore "%1" --db "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="104" />
            <source>The database file %1 is damaged and was not changed. %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="111" />
            <source>No database file was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="116" />
            <source>There is no database at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="118" />
            <location filename="../../src/core/store.cpp" line="391" />
            <source>The folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="120" />
            <source>The database file %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="124" />
            <source>%1 is a folder, not a database file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="134" />
            <source>Qtill is already running on this database (process %1). Switch to that window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="143" />
            <source>The database file %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="166" />
            <source>The database file %1 cannot be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="192" />
            <location filename="../../src/core/store.cpp" line="201" />
            <source>The database could not do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="219" />
            <source>The database is busy. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="225" />
            <source>Something went wrong; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="235" />
            <source>The change could not be saved; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="267" />
            <source>This database was written by a newer Qtill (%1 version %2). Install the newer Qtill.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="300" />
            <source>The database could not be upgraded (%1 step %2). Nothing of that step was applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="315" />
            <location filename="../../src/core/store.cpp" line="381" />
            <source>The backup folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="322" />
            <source>%1 exists already; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="324" />
            <source>The backup file %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="326" />
            <source>The backup could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="336" />
            <source>There is no backup file at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="343" />
            <source>the file is damaged or not a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="345" />
            <source>%1 is not a usable backup (%2). Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="349" />
            <source>%1 is not a Qtill backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="357" />
            <source>Qtill is still running on %1. Close it, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="374" />
            <source>Qtill is still using %1. Close it on this machine, then restore.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="384" />
            <source>The current database could not be kept at %1; nothing was restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="389" />
            <source>%1 could not be replaced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="394" />
            <source>The backup could not be copied to %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreProfile</name>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="26" />
            <source>Store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="27" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="28" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="29" />
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="30" />
            <source>Logo file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="31" />
            <source>Receipt header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="33" />
            <source>Receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="57" />
            <source>The store name is empty. Type the name printed on receipts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="60" />
            <source>%1 is too long: at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="64" />
            <source>The tax id may contain only letters, digits and '-'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="66" />
            <source>Unknown currency "%1". Use an ISO code such as CNY, HKD or USD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="68" />
            <source>The business day must start between 00:00 and 12:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="71" />
            <source>"%1" is not a register id. Use 1 to 8 capital letters or digits, such as R01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="108" />
            <source>"%1" is not a time. Type it as HH:mm, such as 04:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="111" />
            <source>There is no store profile field "%1". The fields are: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::StoreProfileService</name>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="139" />
            <source>The logo file %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="150" />
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
            <location filename="../../src/core/taxclassservice.cpp" line="211" />
            <source>The tax class could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="203" />
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
            <location filename="../../src/admin/adminuimodule.cpp" line="22" />
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="25" />
            <source>Taxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="28" />
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="31" />
            <source>Roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="34" />
            <source>Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="37" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::AuditScreen</name>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="31" />
            <source>Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="31" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="32" />
            <source>Verify chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="35" />
            <source>Audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="36" />
            <source>Who did what and when, with whose approval. Entries cannot be changed or removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="52" />
            <location filename="../../src/admin/auditscreen.cpp" line="53" />
            <source>All actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="54" />
            <source>Sign-in and operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="55" />
            <source>Supervisor approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="56" />
            <source>Permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="57" />
            <source>Store settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="58" />
            <source>Tax classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="59" />
            <source>Backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="61" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="63" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="122" />
            <source>All operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="169" />
            <source>No entries.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="170" />
            <source>Page %1 of %2 · %n entries</source>
            <translation>
                <numerusform>Page %1 of %2 · %n entry</numerusform>
                <numerusform>Page %1 of %2 · %n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="227" />
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>The audit log is intact: %n entry checked.</numerusform>
                <numerusform>The audit log is intact: %n entries checked.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="234" />
            <source>The audit log is not intact from entry %1 on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="235" />
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
            <location filename="../../src/admin/backupscreen.cpp" line="51" />
            <source>Back up now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="53" />
            <source>Copy command</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="56" />
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="57" />
            <source>A backup is a complete copy of the shop's data, taken while the tills keep working.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="75" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="75" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="75" />
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>Restoring a backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="87" />
            <source>Restoring replaces everything in the database with the backup. Qtill keeps the database open while it runs, so restore from a terminal: close Qtill on this register, then run the command below. The current data is kept in the backup folder first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="124" />
            <source>The command is copied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="149" />
            <source>No backups yet in %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/backupscreen.cpp" line="150" />
            <source>%n backup(s) in %1</source>
            <translation>
                <numerusform>%n backup in %1</numerusform>
                <numerusform>%n backups in %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="175" />
            <source>Take a backup of the shop's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="199" />
            <source>Backup written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="204" />
            <source>The backup is done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="217" />
            <source>OWNER-NUMBER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="241" />
            <source>BACKUP-FILE</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::FormDialog</name>
        <message>
            <location filename="../../src/admin/formdialog.cpp" line="18" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/formdialog.cpp" line="18" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/formdialog.cpp" line="98" />
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
            <location filename="../../src/admin/operatorsscreen.cpp" line="49" />
            <source>The two PINs are not the same. Type the new PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="57" />
            <source>Add operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="59" />
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="59" />
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <source>Reset PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="210" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="62" />
            <source>Choose an operator in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="65" />
            <source>Operators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="66" />
            <source>Who may sign in at the tills, in which role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="201" />
            <source>Added %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="203" />
            <source>Locked since %1 after too many wrong PINs.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/operatorsscreen.cpp" line="205" />
            <source>%n wrong PIN(s) since the last sign-in.</source>
            <translation>
                <numerusform>%n wrong PIN since the last sign-in.</numerusform>
                <numerusform>%n wrong PINs since the last sign-in.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="210" />
            <source>Clear wrong PINs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="420" />
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <source>Activate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="228" />
            <source>New operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="231" />
            <source>The operator signs in with this number and PIN. Tell them the PIN in person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="235" />
            <source>2 to 6 digits, e.g. 05</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="238" />
            <source>As shown on receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="242" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="355" />
            <source>4–8 digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="245" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="358" />
            <source>Once more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="247" />
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="248" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="321" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="249" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="289" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="250" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="251" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="360" />
            <source>Repeat PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="253" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="261" />
            <source>Add operator %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="263" />
            <source>Not added: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="272" />
            <source>The operator is added. They can sign in now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="284" />
            <source>Change role of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="287" />
            <source>What each role may do is set under Roles &amp; permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="296" />
            <source>Make %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="298" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="329" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="370" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="426" />
            <source>Not changed: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="305" />
            <source>The role of %1 is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="316" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="327" />
            <source>Rename %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="336" />
            <source>The name is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="348" />
            <source>New PIN for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="351" />
            <source>For a forgotten PIN. %1 is locked: unlock them as well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="352" />
            <source>For a forgotten PIN. The old PIN stops working at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="359" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="362" />
            <source>Set PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="368" />
            <source>Reset the PIN of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="374" />
            <source>The PIN of %1 is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="387" />
            <source>Unlock %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="391" />
            <source>%1 is unlocked and can sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="403" />
            <source>Activate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="408" />
            <source>%1 is active again and can sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="414" />
            <source>Deactivate %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="417" />
            <source>%1 will no longer be able to sign in. Their sales and history stay; you can activate them again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="424" />
            <source>Deactivate %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="433" />
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
            <location filename="../../src/admin/permissionsscreen.cpp" line="90" />
            <source>Roles &amp; permissions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="91" />
            <source>Tick what each role may do. Changes are saved at once; the owner may always do everything.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="108" />
            <source>Allow %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="109" />
            <source>Forbid %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="112" />
            <source>Not changed: the change was not authorised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="119" />
            <source>%1 may now: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="120" />
            <source>%1 may no longer: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::admin::StoreProfileScreen</name>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="76" />
            <source>Remove logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="79" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="79" />
            <source>Undo changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="83" />
            <source>Store profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="84" />
            <source>What receipts print and how this register counts its business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="95" />
            <source>The shop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="98" />
            <source>As printed at the top of receipts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="106" />
            <source>Unified social credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="107" />
            <source>Store name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="108" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="109" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="110" />
            <source>Tax id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="119" />
            <source>Choose image…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="134" />
            <source>Logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="140" />
            <source>Receipts and register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="142" />
            <source>Printed under the store name, e.g. opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="146" />
            <source>Printed at the end, e.g. "Thank you, please come again"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="159" />
            <source>e.g. R01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="160" />
            <source>Receipt header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="161" />
            <source>Receipt footer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="162" />
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="163" />
            <source>Sales before this time count for the previous business day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="166" />
            <source>Business day starts at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="168" />
            <source>Register id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="250" />
            <source>Save the store profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="261" />
            <source>The store profile is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="271" />
            <source>Choose the store logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="272" />
            <source>Images (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="283" />
            <source>No logo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="284" />
            <source>Receipts print the store name only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="290" />
            <source>?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="291" />
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
            <location filename="../../src/app/application.cpp" line="148" />
            <source>This build of Qtill has no demo store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="156" />
            <source>Simulated devices were asked for (--simulate-hardware), but device support is not part of this version yet. Scanners, printers and card readers will show here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="158" />
            <source>Scanners, printers, cash drawers and card readers will show here once device support is added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="159" />
            <source>No devices</source>
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
            <location filename="../../src/app/homescreen.cpp" line="55" />
            <source>What would you like to do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="61" />
            <source>No other screens are installed yet. Sales, products and reports appear here as their modules are added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="82" />
            <source>Your session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="93" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="96" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="99" />
            <source>Signed in at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="102" />
            <source>Screen lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="134" />
            <location filename="../../src/app/homescreen.cpp" line="135" />
            <source>Good evening, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="134" />
            <source>Good morning, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="135" />
            <source>Good afternoon, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="140" />
            <source>Business day %1  ·  Register %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="141" />
            <source>dddd, d MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="145" />
            <source>yyyy-MM-dd HH:mm</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../src/app/homescreen.cpp" line="147" />
            <source>Locks after %n minute(s) without use</source>
            <translation>
                <numerusform>Locks after %n minute without use</numerusform>
                <numerusform>Locks after %n minutes without use</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="148" />
            <source>Off</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::Screenshotter</name>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="59" />
            <source>The screenshot %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="102" />
            <source>The folder %1 cannot be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="125" />
            <source>The store has no owner to take screenshots as.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="161" />
            <source>Change the receipt footer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::SignInScreen</name>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="204" />
            <source>Register %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="221" />
            <source>This store has no operators yet. Set it up with "qtillctl init", or start Qtill with --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="250" />
            <source>Screen locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="250" />
            <source>Operator sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="256" />
            <source>Operator number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="257" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="258" />
            <source>e.g. 01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="259" />
            <source>Switch operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="261" />
            <source>Someone else at the register? Switch operator; %1 stays signed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="263" />
            <source>Forgot your PIN or locked out? Ask the owner or a manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="273" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="274" />
            <source>Type your operator number, then press Next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="276" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="276" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="277" />
            <source>Type your PIN to continue where you left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="278" />
            <source>Now type your PIN and press Sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="287" />
            <location filename="../../src/app/signinscreen.cpp" line="314" />
            <source>Type your operator number first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="319" />
            <source>Type your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="374" />
            <source>dddd, d MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::app::TopBar</name>
        <message>
            <location filename="../../src/app/topbar.cpp" line="59" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="60" />
            <source>Lock the screen (Ctrl+L). Sign in again with your PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="64" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="65" />
            <source>End your session so another operator can sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="101" />
            <source>Register %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="108" />
            <source>Business day %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="108" />
            <source>yyyy-MM-dd ddd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="109" />
            <source>Sales count toward this business day until the store's day start.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::cli</name>
        <message>
            <location filename="../../src/cli/args.cpp" line="55" />
            <source>The option --%1 needs a value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="64" />
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
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
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
            <location filename="../../src/cli/backupcommand.cpp" line="18" />
            <source>Use: backup [PATH]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="35" />
            <source>Backup written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="44" />
            <source>Use: restore BACKUP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="48" />
            <source>There is no backup file at %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="52" />
            <source>a user with access to the file (the store was missing or damaged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="79" />
            <source>Restored %1 from %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="81" />
            <source>The previous file is kept in %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="10" />
            <source>Usage: qtillctl [--db PATH] [--json] [--verbose] [--as NUMBER] COMMAND ...

The Qtill store without a screen. The database is --db, else $QTILL_DB, else the default file.
Commands that change something act as an operator: --as NUMBER, with the PIN from $QTILL_PIN or
typed (hidden). New PINs come from $QTILL_NEW_PIN or are asked twice.

  init [--demo]                     create or upgrade the store; first run adds operators 00, 01, 99;
                                    --demo adds the demo supermarket (profile, taxes, ~300 products)
  users list
  users add NUMBER NAME [--role ROLE]        roles: cashier, supervisor, manager, owner
  users set-pin NUMBER | unlock NUMBER | set-role NUMBER ROLE | disable NUMBER | enable NUMBER
  permissions list
  permissions grant ROLE KEY | revoke ROLE KEY
  backup [PATH]                     a consistent copy of the store (default: the backups folder)
  restore BACKUP                    replace the store with a backup (the current file is kept)
  audit verify                      check the audit log's hash chain
  audit list [--limit N] [--action PREFIX] [--operator NUMBER]
  profile show
  profile set KEY VALUE             keys: name, address, phone, tax-id, logo, receipt-header,
                                    receipt-footer, currency, day-start, register-id
  tax list
  tax add CODE NAME RATE [--default]
  tax set CODE [--name NAME] [--rate RATE] [--default]
  db status                         path, schema versions, integrity check

Exit codes: 0 done, 1 error, 2 wrong usage.
</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="48" />
            <source>Name a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="62" />
            <source>Unknown command "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="21" />
            <source>Use: db status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="30" />
            <source>Schema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="30" />
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="30" />
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="52" />
            <source>Database:     %1 (%2 KiB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="53" />
            <source>Quick check:  %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="54" />
            <source>Operators:    %1   Products: %2   Audit entries: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="18" />
            <source>init takes no arguments besides --demo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="24" />
            <source>Created the store %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="25" />
            <source>The store %1 is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="36" />
            <source>Operators (change these PINs now with: qtillctl users set-pin NUMBER --as 00):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="65" />
            <source>Demo store: %1 products in %2 categories, %3 barcodes, opening stock in %4 locations.</source>
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
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <source>Key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <source>Value</source>
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
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Name</source>
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
            <source>Number</source>
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
            <location filename="../../src/cli/userscommand.cpp" line="129" />
            <source>%1 is now %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::cli::Context</name>
        <message>
            <location filename="../../src/cli/context.cpp" line="70" />
            <source>There is no Qtill database at %1. Create it with: qtillctl init --db "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="102" />
            <source>This command acts as an operator: add --as NUMBER (the PIN comes from QTILL_PIN or is asked for).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="110" />
            <source>PIN of operator %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="123" />
            <source>New PIN for %1: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="126" />
            <source>New PIN again: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="130" />
            <source>The two PINs differ; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="138" />
            <source>No terminal to ask for the PIN: set QTILL_PIN (and QTILL_NEW_PIN for a new PIN).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="184" />
            <source>Run "qtillctl --help" for the commands.</source>
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
            <location filename="../../hal/device.cpp" line="220" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="222" />
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="224" />
            <source>Claimed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="226" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="228" />
            <source>Error</source>
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
            <location filename="../../hal/escpos/escposprinter.cpp" line="88" />
            <location filename="../../hal/escpos/escposprinter.cpp" line="96" />
            <source>The %1 is not ready: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="104" />
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
        <name>qtill::hal::PcscWorker</name>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="47" />
            <source>The smart-card service (pcscd) is not running, so the NFC reader cannot be used. Ask your IT contact to install and start pcscd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="51" />
            <source>The NFC reader service could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="79" />
            <source>No NFC reader is connected. Plug it in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="99" />
            <source>The NFC reader was disconnected. Plug it in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="124" />
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="136" />
            <source>Could not read the card. Hold it on the reader again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="143" />
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
            <location filename="../../hal/printerfactory.cpp" line="85" />
            <source>Enter the network printer's IP address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="94" />
            <source>Choose the print queue of the receipt printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="116" />
            <source>The USB vendor and product ids must be four hex digits, like 04b8:0e28.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="128" />
            <source>Unknown kind of receipt printer connection "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="144" />
            <source>The cash drawer is set to open through a receipt printer that is not configured.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="154" />
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
            <location filename="../../hal/sim/simulatedprinter.cpp" line="28" />
            <source>The simulated printer cannot write to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../hal/sim/simulatedprinter.cpp" line="40" />
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
        <name>qtill::inventory::Catalog</name>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="63" />
            <location filename="../../modules/inventory/catalog.cpp" line="177" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="76" />
            <source>Scan or type a barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="87" />
            <source>The product could not be looked up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="98" />
            <source>The barcode %1 was misread (its check digit is wrong). Scan it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="99" />
            <source>No product has the code %1. Check the code or add the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="125" />
            <source>The product no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="135" />
            <source>There is no product with item code %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="146" />
            <source>The barcodes could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="158" />
            <source>The categories could not be read.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::DemoStore</name>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="98" />
            <source>The products could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="102" />
            <source>This store has products already; the demo data only goes into an empty store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="122" />
            <source>The demo categories could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="151" />
            <location filename="../../modules/inventory/demostore.cpp" line="153" />
            <location filename="../../modules/inventory/demostore.cpp" line="188" />
            <source>The demo data is damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="158" />
            <source>The demo products could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="170" />
            <source>The demo barcodes could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="34" />
            <source>The demo data is missing from this build.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::InventoryUiModule</name>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="15" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductSearchModel</name>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="107" />
            <source>Listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="107" />
            <source>Delisted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="112" />
            <source>%1 (weighed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="156" />
            <source>On hand at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="162" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="164" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="165" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="166" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="167" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="168" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsearchmodel.cpp" line="169" />
            <source>Member price</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="98" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="104" />
            <source>Name, item code or barcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="139" />
            <source>Choose a product to see its barcodes, prices and stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="208" />
            <source>milk</source>
            <comment>a product name fragment for the screenshot</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="232" />
            <source>%n product(s) in the catalog. Read-only for now.</source>
            <translation>
                <numerusform>%n product in the catalog. Read-only for now.</numerusform>
                <numerusform>%n products in the catalog. Read-only for now.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="246" />
            <source>Type part of a name, an item code or the first digits of a barcode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="248" />
            <source>Nothing matches "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="250" />
            <source>The first %1 products. Type more to narrow the search.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="252" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n product</numerusform>
                <numerusform>%n products</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="290" />
            <source>Listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="290" />
            <source>Delisted: not for sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="297" />
            <source>%1, sold by weight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="300" />
            <source>Item code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="301" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="302" />
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="303" />
            <source>Tax class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="307" />
            <source>Prices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="308" />
            <source> per %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="309" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="310" />
            <source>Member price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="310" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="327" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="311" />
            <source>Last cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="315" />
            <source>Barcodes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="320" />
            <source>PLU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="321" />
            <source>Case of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="322" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="331" />
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="339" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="340" />
            <source>Safety stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="343" />
            <source>Low on stock: reorder soon.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockLedger</name>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="33" />
            <source>A stock movement needs a quantity other than zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="35" />
            <source>A stock movement needs a reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="43" />
            <source>The stock movement could not be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="58" />
            <location filename="../../modules/inventory/stockledger.cpp" line="67" />
            <location filename="../../modules/inventory/stockledger.cpp" line="117" />
            <source>The stock could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="76" />
            <location filename="../../modules/inventory/stockledger.cpp" line="88" />
            <source>The stock locations could not be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="92" />
            <source>There is no stock location %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="99" />
            <source>A stock location needs a code and a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="102" />
            <source>The stock location %1 could not be added; the code may be taken.</source>
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
