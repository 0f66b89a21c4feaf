<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>qtill::AuditLog</name>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="146" />
            <location filename="../../src/core/auditlog.cpp" line="153" />
            <location filename="../../src/core/auditlog.cpp" line="179" />
            <source>The audit log could not be written.</source>
            <translation>审计日志无法写入。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="158" />
            <location filename="../../src/core/auditlog.cpp" line="198" />
            <location filename="../../src/core/auditlog.cpp" line="211" />
            <location filename="../../src/core/auditlog.cpp" line="219" />
            <location filename="../../src/core/auditlog.cpp" line="251" />
            <source>The audit log could not be read.</source>
            <translation>审计日志无法读取。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="248" />
            <source>The audit log check was stopped before it finished.</source>
            <translation>审计日志检查在完成前被停止。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="261" />
            <source>Entries before %1 are missing: the log starts at %1.</source>
            <translation>第 %1 条之前的记录缺失：日志从第 %1 条开始。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="264" />
            <source>Entry %1 is missing: the log jumps from %2 to %3.</source>
            <translation>第 %1 条记录缺失：日志从第 %2 条跳到第 %3 条。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="269" />
            <source>Entries %1 to %2 are missing: the log jumps from %3 to %4.</source>
            <translation>第 %1 至 %2 条记录缺失：日志从第 %3 条跳到第 %4 条。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="277" />
            <source>Entry %1 does not follow entry %2: the chain is broken (an entry was changed, removed or inserted).</source>
            <translation>第 %1 条与第 %2 条衔接不上：哈希链已断开（有记录被修改、删除或插入）。</translation>
        </message>
        <message>
            <location filename="../../src/core/auditlog.cpp" line="284" />
            <source>Entry %1 was changed after it was written: its contents do not match its hash.</source>
            <translation>第 %1 条在写入后被修改过：内容与其哈希值不符。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Authorizer</name>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="53" />
            <source>Sign in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="64" />
            <source>You may not: %1. A supervisor can authorise it.</source>
            <translation>您没有权限：%1。可请主管授权。</translation>
        </message>
        <message>
            <location filename="../../src/core/authorizer.cpp" line="76" />
            <source>%1 may not authorise: %2.</source>
            <translation>%1 无权授权：%2。</translation>
        </message>
    </context>
    <context>
        <name>qtill::BackupService</name>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="84" />
            <source>The backup was written to %1, but the audit log could not record it: %2</source>
            <translation>备份已写入 %1，但审计日志未能记录：%2</translation>
        </message>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="89" />
            <source>%1 The audit log could not record this either: %2</source>
            <translation>%1 审计日志也未能记录此事：%2</translation>
        </message>
        <message>
            <location filename="../../src/core/backupservice.cpp" line="99" />
            <source>The store was restored from %1, but the audit log could not record it: %2</source>
            <translation>已从 %1 恢复门店数据，但审计日志未能记录：%2</translation>
        </message>
    </context>
    <context>
        <name>qtill::DatabaseAddress</name>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="52" />
            <source>%1 is not a database address (postgresql://user@host:port/database).</source>
            <translation>%1 不是数据库地址（postgresql://用户@主机:端口/数据库）。</translation>
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="56" />
            <source>A database address must not contain a password. Put it in ~/.pgpass (or PGPASSFILE) instead.</source>
            <translation>数据库地址中不能包含密码，请把密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件）。</translation>
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="62" />
            <source>The database address names no database: postgresql://user@host/DATABASE.</source>
            <translation>数据库地址中没有数据库名：postgresql://用户@主机/数据库。</translation>
        </message>
        <message>
            <location filename="../../src/core/databaseaddress.cpp" line="66" />
            <source>The database address has an unknown setting "%1".</source>
            <translation>数据库地址中有未知的设置“%1”。</translation>
        </message>
    </context>
    <context>
        <name>qtill::DeviceConfigService</name>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="132" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="144" />
            <source>The device settings could not be read.</source>
            <translation>设备设置无法读取。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="148" />
            <source>The register %1 has no device "%2".</source>
            <translation>收银台 %1 没有设备“%2”。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="167" />
            <source>The register has no id. Set it under Settings → Store.</source>
            <translation>收银台没有编号。请在“设置 → 门店”中设置。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="181" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="194" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="202" />
            <location filename="../../src/core/deviceconfigservice.cpp" line="222" />
            <source>The device settings could not be saved.</source>
            <translation>设备设置无法保存。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="54" />
            <source>"%1" cannot be a device id. Use 1 to 32 lower-case letters, digits, '-' or '_', such as printer.</source>
            <translation>“%1”不能用作设备编号。请使用 1 到 32 位小写字母、数字、“-”或“_”，例如 printer。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="58" />
            <source>"%1" is not a kind of device Qtill knows.</source>
            <translation>“%1”不是 Qtill 可识别的设备类型。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="61" />
            <source>Choose how the device %1 is connected.</source>
            <translation>请选择设备 %1 的连接方式。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="66" />
            <source>The device name is too long: at most %1 characters.</source>
            <translation>设备名称太长：最多 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../src/core/deviceconfigservice.cpp" line="69" />
            <source>The settings of the device %1 could not be read.</source>
            <translation>设备 %1 的设置无法读取。</translation>
        </message>
    </context>
    <context>
        <name>qtill::DocumentNumbers</name>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="55" />
            <source>Something went wrong; nothing was changed.</source>
            <translation>出错了，未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="61" />
            <location filename="../../src/core/documentnumbers.cpp" line="71" />
            <location filename="../../src/core/documentnumbers.cpp" line="75" />
            <source>The next document number could not be taken.</source>
            <translation>无法取得下一个单据编号。</translation>
        </message>
        <message>
            <location filename="../../src/core/documentnumbers.cpp" line="84" />
            <source>The document numbers could not be read.</source>
            <translation>无法读取单据编号。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Journal</name>
        <message>
            <location filename="../../src/core/journal.cpp" line="144" />
            <location filename="../../src/core/journal.cpp" line="154" />
            <location filename="../../src/core/journal.cpp" line="183" />
            <source>The journal could not be written.</source>
            <translation>电子日志无法写入。</translation>
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="175" />
            <source>The register's grand total would overflow.</source>
            <translation>收银台的累计总额将会溢出。</translation>
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="186" />
            <source>This record is already in the journal.</source>
            <translation>此记录已在电子日志中。</translation>
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="196" />
            <location filename="../../src/core/journal.cpp" line="208" />
            <location filename="../../src/core/journal.cpp" line="222" />
            <location filename="../../src/core/journal.cpp" line="233" />
            <source>The journal could not be read.</source>
            <translation>电子日志无法读取。</translation>
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="63" />
            <source>The journal check was stopped before it finished.</source>
            <translation>电子日志检查在完成前被停止。</translation>
        </message>
        <message>
            <location filename="../../src/core/journal.cpp" line="61" />
            <location filename="../../src/core/journal.cpp" line="64" />
            <source>The journal record is incomplete.</source>
            <translation>电子日志记录不完整。</translation>
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="21" />
            <source>Register %1: record %2 is missing (the journal jumps from %3 to %4).</source>
            <translation>收银台 %1：第 %2 条记录缺失（日志从第 %3 条跳到第 %4 条）。</translation>
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="27" />
            <source>Register %1: record %2 does not follow record %3 — a record was changed, removed or inserted.</source>
            <translation>收银台 %1：第 %2 条记录与第 %3 条衔接不上——有记录被修改、删除或插入。</translation>
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="32" />
            <source>Register %1: record %2 (%3 %4) was changed after it was written.</source>
            <translation>收银台 %1：第 %2 条记录（%3 %4）在写入后被修改过。</translation>
        </message>
        <message>
            <location filename="../../src/core/journalverify.cpp" line="38" />
            <source>Register %1: record %2 has a grand total that is not the previous total plus its amount.</source>
            <translation>收银台 %1：第 %2 条记录的累计总额不等于上一条的累计总额加本条金额。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Money</name>
        <message>
            <location filename="../../src/core/money.cpp" line="62" />
            <source>Amounts in different currencies cannot be combined.</source>
            <translation>不同币种的金额不能合并计算。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="115" />
            <location filename="../../src/core/money.cpp" line="132" />
            <source>The amount cannot be calculated.</source>
            <translation>无法计算该金额。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="161" />
            <source>"%1" is not an amount. Type it like 12.50.</source>
            <translation>“%1”不是有效金额。请按 12.50 的格式输入。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="182" />
            <source>Enter an amount.</source>
            <translation>请输入金额。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="198" />
            <source>An amount can have at most %n decimal place(s).</source>
            <translation>金额最多只能有 %n 位小数。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="236" />
            <source>Use the number keys only.</source>
            <translation>请只使用数字键。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="19" />
            <source>The amount cannot be calculated: its currency is not known.</source>
            <translation>无法计算该金额：币种未知。</translation>
        </message>
        <message>
            <location filename="../../src/core/money.cpp" line="25" />
            <source>The amount is too large.</source>
            <translation>金额过大。</translation>
        </message>
    </context>
    <context>
        <name>qtill::OperatorService</name>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="98" />
            <source>Enter an operator number.</source>
            <translation>请输入操作员编号。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="101" />
            <source>An operator number has digits only (0-9).</source>
            <translation>操作员编号只能是数字（0-9）。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="105" />
            <source>An operator number has %1 to %2 digits, e.g. 01.</source>
            <translation>操作员编号为 %1 到 %2 位数字，例如 01。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="115" />
            <location filename="../../src/core/operatorservice.cpp" line="128" />
            <location filename="../../src/core/operatorservice.cpp" line="152" />
            <location filename="../../src/core/operatorservice.cpp" line="161" />
            <location filename="../../src/core/operatorservice.cpp" line="249" />
            <source>The operators could not be read.</source>
            <translation>无法读取操作员信息。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="119" />
            <source>There is no such operator.</source>
            <translation>没有这个操作员。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="146" />
            <source>There is no operator %1.</source>
            <translation>没有编号为 %1 的操作员。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="185" />
            <location filename="../../src/core/operatorservice.cpp" line="196" />
            <location filename="../../src/core/operatorservice.cpp" line="265" />
            <location filename="../../src/core/operatorservice.cpp" line="274" />
            <source>The sign-in could not be recorded.</source>
            <translation>登录记录无法保存。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="208" />
            <source>Wrong PIN. Operator %1 is now locked; ask the owner to unlock it.</source>
            <translation>密码错误。操作员 %1 已被锁定，请联系店主解锁。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="213" />
            <source>Wrong PIN. 1 try left before operator %1 is locked.</source>
            <translation>密码错误。再错 1 次，操作员 %1 将被锁定。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="214" />
            <source>Wrong PIN. %1 tries left before operator %2 is locked.</source>
            <translation>密码错误。还可尝试 %1 次，之后操作员 %2 将被锁定。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="237" />
            <source>Operator %1 is no longer active. Ask a manager.</source>
            <translation>操作员 %1 已停用，请联系店长。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="346" />
            <source>Only an owner may add, change or reset the PIN of an owner.</source>
            <translation>只有店主才能添加、修改店主或重置店主密码。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="364" />
            <source>Operator number %1 is taken by %2.</source>
            <translation>操作员编号 %1 已被 %2 使用。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="372" />
            <source>The operator could not be saved.</source>
            <translation>操作员无法保存。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="408" />
            <source>The first operators must include an owner.</source>
            <translation>首批操作员中必须有一位店主。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="412" />
            <source>Operator number %1 is given twice.</source>
            <translation>操作员编号 %1 重复。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="421" />
            <source>This store has operators already. Sign in as the owner to add more.</source>
            <translation>本店已有操作员。请以店主身份登录后再添加。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="438" />
            <source>Sign in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="458" />
            <location filename="../../src/core/operatorservice.cpp" line="478" />
            <source>The PIN could not be changed.</source>
            <translation>密码无法修改。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="499" />
            <source>The operator could not be unlocked.</source>
            <translation>操作员无法解锁。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="523" />
            <source>%1 is the last owner. Make someone else owner first.</source>
            <translation>%1 是最后一位店主。请先把其他人设为店主。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="527" />
            <source>The role could not be changed.</source>
            <translation>角色无法修改。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="554" />
            <source>%1 is the last owner and stays active. Make someone else owner first.</source>
            <translation>%1 是最后一位店主，必须保持启用。请先把其他人设为店主。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="558" />
            <location filename="../../src/core/operatorservice.cpp" line="584" />
            <source>The operator could not be changed.</source>
            <translation>操作员无法修改。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="50" />
            <source>Enter the operator's name.</source>
            <translation>请输入操作员姓名。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="52" />
            <source>A name has at most %1 characters.</source>
            <translation>姓名最多 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../src/core/operatorservice.cpp" line="58" />
            <source>Operator %1 is locked after %2 wrong PINs. Ask the owner to unlock it.</source>
            <translation>操作员 %1 因连续 %2 次密码错误已被锁定。请联系店主解锁。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Permission</name>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="30" />
            <source>Add and edit operators, reset PINs</source>
            <translation>添加和编辑操作员、重置密码</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="32" />
            <source>Unlock locked-out operators</source>
            <translation>解锁被锁定的操作员</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="33" />
            <source>Change what each role may do</source>
            <translation>修改各角色的权限</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="34" />
            <source>Change store settings</source>
            <translation>修改门店设置</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="35" />
            <source>View and check the audit log</source>
            <translation>查看和校验审计日志</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="37" />
            <source>Take a backup</source>
            <translation>备份数据</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="38" />
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="39" />
            <source>Set up scanners, printers and other devices</source>
            <translation>设置扫码枪、打印机等设备</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="10" />
            <source>Ring up sales and take payment</source>
            <translation>收银结账</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="12" />
            <source>Give line and order discounts</source>
            <translation>给予单品折扣和整单折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="14" />
            <source>Sell at another price</source>
            <translation>改价销售</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="16" />
            <source>Void a sale of today</source>
            <translation>撤销当日交易</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="18" />
            <source>Take goods back and refund</source>
            <translation>退货退款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="21" />
            <source>Refund card, QR and face payments in cash</source>
            <translation>以现金退还银行卡、扫码和刷脸支付的款项</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="24" />
            <source>Pay cash in or out and open the drawer without a sale</source>
            <translation>现金存入、取出及无交易开钱箱</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="27" />
            <source>Unlock a self-checkout as its attendant</source>
            <translation>以服务员身份解锁自助收银机</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/checkoutmodule.cpp" line="30" />
            <source>Replay sales from a file as the operators it names</source>
            <translation>按文件中指定的操作员回放销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="17" />
            <source>View products and stock</source>
            <translation>查看商品和库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="20" />
            <source>Edit products, prices and stock</source>
            <translation>编辑商品、价格和库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="22" />
            <source>Adjust stock by hand (damage, loss, corrections)</source>
            <translation>手工调整库存（报损、丢失、更正）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="25" />
            <source>Manage suppliers and purchase orders</source>
            <translation>管理供应商和采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="27" />
            <source>Receive deliveries and return goods to suppliers</source>
            <translation>收货入库及退货给供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="30" />
            <source>Transfer stock between locations and departments</source>
            <translation>在库位和部门之间调拨库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="33" />
            <source>Import products from a file</source>
            <translation>从文件导入商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="35" />
            <source>Export products with costs to a file</source>
            <translation>将商品（含进价）导出到文件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="36" />
            <source>Count goods in a stocktake</source>
            <translation>在盘点中清点商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="38" />
            <source>Start and cancel stocktakes</source>
            <translation>开始和取消盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="41" />
            <source>Approve stocktakes (book the differences into stock)</source>
            <translation>审核盘点（将盈亏计入库存）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/inventorymodule.cpp" line="44" />
            <source>Register serial numbers by hand</source>
            <translation>手工登记串号</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="14" />
            <source>Add, change and switch off promotions</source>
            <translation>新增、修改和停用促销</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="16" />
            <source>Create, pause and end coupon campaigns</source>
            <translation>创建、暂停和结束优惠券活动</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="18" />
            <source>Issue coupons to members or as codes</source>
            <translation>向会员发放优惠券或生成券码</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="20" />
            <source>Redeem coupons and group-buy vouchers at the till</source>
            <translation>在收银台核销优惠券和团购券</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="23" />
            <source>Import group-buy vouchers from a platform's file</source>
            <translation>从平台文件导入团购券</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="25" />
            <source>Register members and edit their details</source>
            <translation>注册会员并编辑会员资料</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="28" />
            <source>See, export and erase members' personal data</source>
            <translation>查看、导出和删除会员个人信息</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="29" />
            <source>Top up members' stored value</source>
            <translation>为会员储值充值</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="31" />
            <source>Reverse a stored-value top-up</source>
            <translation>冲正储值充值</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="34" />
            <source>Approve large stored-value payments and reversals</source>
            <translation>授权大额储值支付和冲正</translation>
        </message>
        <message>
            <location filename="../../modules/members/membersmodule.cpp" line="36" />
            <source>Adjust members' points by hand</source>
            <translation>手工调整会员积分</translation>
        </message>
    </context>
    <context>
        <name>qtill::PermissionService</name>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="49" />
            <location filename="../../src/core/permissionservice.cpp" line="63" />
            <source>The permissions could not be set up.</source>
            <translation>权限无法初始化。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="54" />
            <location filename="../../src/core/permissionservice.cpp" line="131" />
            <location filename="../../src/core/permissionservice.cpp" line="139" />
            <location filename="../../src/core/permissionservice.cpp" line="182" />
            <source>The permissions could not be read.</source>
            <translation>权限无法读取。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="119" />
            <source>Sign in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="120" />
            <source>You may not: %1. A supervisor can authorise it.</source>
            <translation>您没有权限：%1。可请主管授权。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="178" />
            <source>The owner always has every permission; that cannot be changed.</source>
            <translation>店主始终拥有全部权限，不能更改。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="186" />
            <source>There is no permission called %1.</source>
            <translation>没有名为 %1 的权限。</translation>
        </message>
        <message>
            <location filename="../../src/core/permissionservice.cpp" line="191" />
            <source>The permission could not be changed.</source>
            <translation>权限无法修改。</translation>
        </message>
    </context>
    <context>
        <name>qtill::PinHasher</name>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="43" />
            <source>Enter a PIN.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="46" />
            <source>A PIN has digits only (0-9).</source>
            <translation>密码只能是数字（0-9）。</translation>
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="49" />
            <source>A PIN has %1 to %2 digits.</source>
            <translation>密码为 %1 到 %2 位数字。</translation>
        </message>
        <message>
            <location filename="../../src/core/pinhasher.cpp" line="58" />
            <location filename="../../src/core/pinhasher.cpp" line="65" />
            <source>The PIN could not be saved.</source>
            <translation>密码无法保存。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Quantity</name>
        <message>
            <location filename="../../src/core/quantity.cpp" line="57" />
            <source>"%1" is not a quantity. Type it like 2 or 0.355.</source>
            <translation>“%1”不是有效数量。请按 2 或 0.355 的格式输入。</translation>
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="65" />
            <source>Enter a quantity.</source>
            <translation>请输入数量。</translation>
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="77" />
            <source>A quantity can have at most three decimal places.</source>
            <translation>数量最多只能有三位小数。</translation>
        </message>
        <message>
            <location filename="../../src/core/quantity.cpp" line="18" />
            <source>The quantity is too large.</source>
            <translation>数量过大。</translation>
        </message>
    </context>
    <context>
        <name>qtill::Role</name>
        <message>
            <location filename="../../src/core/role.cpp" line="36" />
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="38" />
            <source>Supervisor</source>
            <translation>主管</translation>
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="40" />
            <source>Manager</source>
            <translation>店长</translation>
        </message>
        <message>
            <location filename="../../src/core/role.cpp" line="42" />
            <source>Owner</source>
            <translation>店主</translation>
        </message>
    </context>
    <context>
        <name>qtill::Store</name>
        <message>
            <location filename="../../src/core/store.cpp" line="203" />
            <source>Restore your latest backup with: qtillctl restore BACKUP-FILE --db "%1"</source>
            <translation>请用以下命令恢复最近的备份：qtillctl restore 备份文件 --db "%1"</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="204" />
            <source>Restore the latest backup with: qtillctl restore "%1" --db "%2"</source>
            <translation>请用以下命令恢复最近的备份：qtillctl restore "%1" --db "%2"</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="205" />
            <source>The database file %1 is damaged and was not changed. %2</source>
            <translation>数据库文件 %1 已损坏，未做任何改动。%2</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="212" />
            <source>No database file was given.</source>
            <translation>没有指定数据库文件。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="226" />
            <source>There is no database at %1.</source>
            <translation>%1 处没有数据库。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="228" />
            <location filename="../../src/core/store.cpp" line="716" />
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="230" />
            <source>The database file %1 cannot be created.</source>
            <translation>无法创建数据库文件 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="234" />
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="244" />
            <source>Qtill is already running on this database (process %1). Switch to that window.</source>
            <translation>Qtill 已在使用这个数据库（进程 %1）。请切换到那个窗口。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="253" />
            <source>The database file %1 cannot be opened.</source>
            <translation>无法打开数据库文件 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="276" />
            <source>The database file %1 cannot be used.</source>
            <translation>无法使用数据库文件 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="291" />
            <source>This Qtill cannot reach PostgreSQL: its database driver is not installed (libqt6sql6-psql).</source>
            <translation>本机 Qtill 无法连接 PostgreSQL：未安装数据库驱动（libqt6sql6-psql）。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="296" />
            <source>There is no database %1 on the server. Create it first (see the README, "Many lanes or stores").</source>
            <translation>服务器上没有数据库 %1。请先创建（见 README “多收银台或多门店”）。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="301" />
            <source>The server %1 wants a password for %2. Put it in ~/.pgpass (or the file PGPASSFILE names); Qtill never takes it on the command line.</source>
            <translation>服务器 %1 需要 %2 的密码。请把密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件）；Qtill 从不在命令行中接收密码。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="305" />
            <source>The database server for %1 cannot be reached.</source>
            <translation>无法连接 %1 的数据库服务器。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="325" />
            <source>The database %1 cannot be used.</source>
            <translation>数据库 %1 无法使用。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="330" />
            <source>The database %1 cannot be read.</source>
            <translation>无法读取数据库 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="396" />
            <location filename="../../src/core/store.cpp" line="401" />
            <location filename="../../src/core/store.cpp" line="421" />
            <source>The database could not do this.</source>
            <translation>数据库无法完成此操作。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="470" />
            <source>The database is busy. Try again.</source>
            <translation>数据库正忙，请重试。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="476" />
            <source>Something went wrong; nothing was changed.</source>
            <translation>出错了，未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="487" />
            <source>The change could not be saved; nothing was changed.</source>
            <translation>修改无法保存，未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="516" />
            <source>Another lane is upgrading the database; try again in a moment.</source>
            <translation>另一台收银机正在升级数据库，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="543" />
            <source>This database was written by a newer Qtill (%1 version %2). Install the newer Qtill.</source>
            <translation>此数据库由更新版本的 Qtill 写入（%1 版本 %2）。请安装新版 Qtill。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="585" />
            <source>The database could not be upgraded (%1 step %2). Nothing of that step was applied.</source>
            <translation>数据库无法升级（%1 第 %2 步），该步骤未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="598" />
            <location filename="../../src/core/store.cpp" line="706" />
            <source>The backup folder %1 cannot be created.</source>
            <translation>无法创建备份文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="617" />
            <source>%1 exists already; choose another name.</source>
            <translation>%1 已存在，请换一个名称。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="621" />
            <location filename="../../src/core/store.cpp" line="637" />
            <source>The backup file %1 cannot be created.</source>
            <translation>无法创建备份文件 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="623" />
            <location filename="../../src/core/store.cpp" line="647" />
            <source>The backup could not be written.</source>
            <translation>备份无法写入。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="656" />
            <source>There is no backup file at %1.</source>
            <translation>%1 处没有备份文件。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="668" />
            <source>the file is damaged or not a database</source>
            <translation>文件已损坏或不是数据库</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="670" />
            <source>%1 is not a usable backup (%2). Nothing was changed.</source>
            <translation>%1 不是可用的备份（%2）。未做任何改动。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="674" />
            <location filename="../../src/core/store.cpp" line="755" />
            <source>%1 is not a Qtill backup.</source>
            <translation>%1 不是 Qtill 备份。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="682" />
            <source>Qtill is still running on %1. Close it, then restore.</source>
            <translation>Qtill 仍在使用 %1。请先关闭它，再恢复。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="699" />
            <source>Qtill is still using %1. Close it on this machine, then restore.</source>
            <translation>Qtill 仍在使用 %1。请先在本机关闭它，再恢复。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="709" />
            <source>The current database could not be kept at %1; nothing was restored.</source>
            <translation>当前数据库无法保存到 %1，未恢复任何内容。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="714" />
            <source>%1 could not be replaced.</source>
            <translation>%1 无法替换。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="719" />
            <source>The backup could not be copied to %1.</source>
            <translation>备份无法复制到 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="750" />
            <source>%1 is not a usable backup for a PostgreSQL store (qtillctl backup writes one there, in pg_dump's custom format). Nothing was changed.</source>
            <translation>%1 不是 PostgreSQL 门店可用的备份（请用 qtillctl backup 生成 pg_dump 自定义格式的备份）。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="769" />
            <source>%1 other connections (lanes, the app) use %2. Close them, then restore.</source>
            <translation>有 %1 个其他连接（收银台或程序）正在使用 %2。请先关闭它们再恢复。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="775" />
            <source>The current database could not be kept; nothing was restored.</source>
            <translation>当前数据库无法保留，未进行恢复。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="782" />
            <source>The backup could not be restored into %1; the database is as it was.</source>
            <translation>备份无法恢复到 %1；数据库保持原样。</translation>
        </message>
        <message>
            <location filename="../../src/core/store.cpp" line="790" />
            <source>The database could not be read.</source>
            <translation>无法读取数据库。</translation>
        </message>
        <message>
            <location filename="../../src/core/utctimesmigration.cpp" line="54" />
            <location filename="../../src/core/utctimesmigration.cpp" line="62" />
            <location filename="../../src/core/utctimesmigration.cpp" line="83" />
            <location filename="../../src/core/utctimesmigration.cpp" line="98" />
            <location filename="../../src/core/utctimesmigration.cpp" line="110" />
            <source>The database could not be upgraded.</source>
            <translation>数据库无法升级。</translation>
        </message>
    </context>
    <context>
        <name>qtill::StoreCopier</name>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="453" />
            <source>%1 exists already: a copy goes into a new file or an empty PostgreSQL database. Nothing was changed.</source>
            <translation>%1 已存在：只能复制到新文件或空的 PostgreSQL 数据库。未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="457" />
            <source>%1 is not up to date (%2 version %3); open it with this Qtill first.</source>
            <translation>%1 不是最新版本（%2 版本 %3），请先用本版 Qtill 打开它。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="467" />
            <source>The database %1 is not empty: a copy goes only into an empty database. Nothing was changed there.</source>
            <translation>数据库 %1 不是空的：只能复制到空数据库。该数据库未做任何更改。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="48" />
            <source>The database %1 could not be read.</source>
            <translation>无法读取数据库 %1。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="133" />
            <source>The copied ids could not be set on %1.</source>
            <translation>无法在 %1 上设置已复制的编号序列。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="167" />
            <source>The tables refer to each other in a circle; the store cannot be copied.</source>
            <translation>数据表之间存在循环引用，无法复制门店数据。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="359" />
            <source>The copy of %1 is incomplete; nothing was copied.</source>
            <translation>%1 的复制不完整，未复制任何数据。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="373" />
            <source>The copied audit log does not verify (%1); nothing was copied.</source>
            <translation>复制后的审计日志校验失败（%1），未复制任何数据。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="427" />
            <source>The copy %1 was written but does not read back as copied (%2). Do not use it: remove it and copy again.</source>
            <translation>副本 %1 已写入，但读回的内容与复制的不一致（%2）。请勿使用：删除后重新复制。</translation>
        </message>
        <message>
            <location filename="../../src/core/storecopier.cpp" line="234" />
            <source>The rows of %1 could not be copied to %2.</source>
            <translation>%1 的数据无法复制到 %2。</translation>
        </message>
    </context>
    <context>
        <name>qtill::StoreInfo</name>
        <message>
            <location filename="../../src/core/storeinfo.cpp" line="15" />
            <source>The size of the database could not be read.</source>
            <translation>无法读取数据库大小。</translation>
        </message>
    </context>
    <context>
        <name>qtill::StoreProfile</name>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="27" />
            <source>Store name</source>
            <translation>门店名称</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="28" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="29" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="30" />
            <source>Tax id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="31" />
            <source>Logo file</source>
            <translation>标志图片</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="32" />
            <source>Receipt header</source>
            <translation>小票抬头</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="34" />
            <source>Receipt footer</source>
            <translation>小票页脚</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="64" />
            <source>The store name is empty. Type the name printed on receipts.</source>
            <translation>门店名称为空。请输入小票上打印的名称。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="67" />
            <source>%1 is too long: at most %2 characters.</source>
            <translation>%1 太长：最多 %2 个字符。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="71" />
            <source>The tax id may contain only letters, digits and '-'.</source>
            <translation>纳税人识别号只能包含字母、数字和“-”。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="73" />
            <source>Unknown currency "%1". Use an ISO code such as CNY, HKD or USD.</source>
            <translation>未知币种“%1”。请使用 ISO 代码，例如 CNY、HKD 或 USD。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="75" />
            <source>The business day must start between 00:00 and 12:00.</source>
            <translation>营业日的开始时间必须在 00:00 到 12:00 之间。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="78" />
            <source>Unknown time zone "%1". Use a name such as Asia/Shanghai or Europe/Berlin.</source>
            <translation>未知时区“%1”。请使用如 Asia/Shanghai 或 Europe/Berlin 的名称。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="81" />
            <source>"%1" is not a register id. Use 1 to 8 capital letters or digits, such as R01.</source>
            <translation>“%1”不是有效的收银台编号。请使用 1 到 8 位大写字母或数字，例如 R01。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="83" />
            <source>The screen lock must come after 0 to %1 minutes (0: never).</source>
            <translation>自动锁屏时间必须在 0 到 %1 分钟之间（0 表示从不锁屏）。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="129" />
            <source>"%1" is not a number of minutes.</source>
            <translation>“%1”不是有效的分钟数。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="134" />
            <source>"%1" is not a time. Type it as HH:mm, such as 04:00.</source>
            <translation>“%1”不是有效时间。请按 HH:mm 格式输入，例如 04:00。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofile.cpp" line="137" />
            <source>There is no store profile field "%1". The fields are: %2.</source>
            <translation>门店资料中没有“%1”这一项。可用的项为：%2。</translation>
        </message>
    </context>
    <context>
        <name>qtill::StoreProfileService</name>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="166" />
            <source>The logo file %1 does not exist.</source>
            <translation>标志图片 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../../src/core/storeprofileservice.cpp" line="179" />
            <source>The store profile could not be saved.</source>
            <translation>门店资料无法保存。</translation>
        </message>
    </context>
    <context>
        <name>qtill::TaxClass</name>
        <message>
            <location filename="../../src/core/taxclass.cpp" line="14" />
            <source>"%1" is not a tax rate. Type a percentage such as 13%.</source>
            <translation>“%1”不是有效税率。请输入百分比，例如 13%。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclass.cpp" line="22" />
            <source>A tax rate must be between 0% and 100%.</source>
            <translation>税率必须在 0% 到 100% 之间。</translation>
        </message>
    </context>
    <context>
        <name>qtill::TaxClassService</name>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="88" />
            <location filename="../../src/core/taxclassservice.cpp" line="99" />
            <location filename="../../src/core/taxclassservice.cpp" line="109" />
            <source>The tax classes could not be read.</source>
            <translation>无法读取税目。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="103" />
            <source>There is no tax class "%1".</source>
            <translation>没有税目“%1”。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="113" />
            <source>The store has no tax classes yet. Add them under Settings → Taxes.</source>
            <translation>本店还没有税目。请在“设置 → 税目”中添加。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="130" />
            <source>The tax classes could not be saved.</source>
            <translation>税目无法保存。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="149" />
            <source>The tax class code %1 is given twice.</source>
            <translation>税目代码 %1 重复。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="154" />
            <source>Only one tax class can be the default.</source>
            <translation>只能有一个默认税目。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="162" />
            <source>There is a tax class %1 already (%2).</source>
            <translation>已有税目 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="175" />
            <location filename="../../src/core/taxclassservice.cpp" line="230" />
            <source>The tax class could not be saved.</source>
            <translation>税目无法保存。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="222" />
            <source>%1 is the default tax class. Make another class the default instead.</source>
            <translation>%1 是默认税目。请先把其他税目设为默认。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="38" />
            <source>"%1" is not a tax class code. Use 1 to 16 lower-case letters, digits, '-' or '_', such as standard.</source>
            <translation>“%1”不是有效的税目代码。请使用 1 到 16 位小写字母、数字、“-”或“_”，例如 standard。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="42" />
            <source>The tax class %1 has no name.</source>
            <translation>税目 %1 没有名称。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="44" />
            <source>The tax class name is too long: at most %1 characters.</source>
            <translation>税目名称太长：最多 %1 个字符。</translation>
        </message>
        <message>
            <location filename="../../src/core/taxclassservice.cpp" line="46" />
            <source>A tax rate must be between 0% and 100%.</source>
            <translation>税率必须在 0% 到 100% 之间。</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::AdminUiModule</name>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="23" />
            <source>Store</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="26" />
            <source>Name, address, register and the receipt's header and footer</source>
            <translation>名称、地址、收银台以及小票抬头和页脚</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="27" />
            <source>Taxes</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="30" />
            <source>Tax classes and rates for products and receipts</source>
            <translation>商品和小票使用的税目与税率</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="31" />
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="34" />
            <source>Staff who sign in: numbers, PINs, roles, locking</source>
            <translation>登录员工：编号、密码、角色、锁定</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="35" />
            <source>Roles</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="38" />
            <source>What each role may do and what needs a supervisor</source>
            <translation>各角色的权限，以及哪些操作需要主管授权</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="39" />
            <source>Audit</source>
            <translation>审计</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="42" />
            <source>Every sign-in and change, in a tamper-evident log</source>
            <translation>每次登录和修改都记入防篡改日志</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="43" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/adminuimodule.cpp" line="46" />
            <source>Back up the store's data and restore it</source>
            <translation>备份和恢复门店数据</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::AuditScreen</name>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="33" />
            <source>Previous</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="33" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="34" />
            <source>Verify chain</source>
            <translation>校验日志</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="37" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="38" />
            <source>Who did what and when, with whose approval. Entries cannot be changed or removed.</source>
            <translation>谁在何时做了什么、经谁授权。记录不能修改或删除。</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="54" />
            <location filename="../../src/admin/auditscreen.cpp" line="55" />
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="56" />
            <source>Sign-in and operators</source>
            <translation>登录和操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="57" />
            <source>Supervisor approvals</source>
            <translation>主管授权</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="58" />
            <source>Permissions</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="59" />
            <source>Store settings</source>
            <translation>门店设置</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="60" />
            <source>Tax classes</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="61" />
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="63" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="65" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="124" />
            <source>All operators</source>
            <translation>全部操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="171" />
            <source>No entries.</source>
            <translation>没有记录。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="172" />
            <source>Page %1 of %2 · %n entries</source>
            <translation>
                <numerusform>第 %1/%2 页 · 共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="226" />
            <source>Checking the chain… %1 of %2 entries</source>
            <translation>正在检查哈希链… 第 %1 / %2 条</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="239" />
            <source>Checking the chain…</source>
            <translation>正在检查哈希链…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/auditscreen.cpp" line="257" />
            <source>The audit log is intact: %n entries checked.</source>
            <translation>
                <numerusform>审计日志完好：已校验 %n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="264" />
            <source>The audit log is not intact from entry %1 on.</source>
            <translation>审计日志从第 %1 条起不完整。</translation>
        </message>
        <message>
            <location filename="../../src/admin/auditscreen.cpp" line="265" />
            <source>The audit log is not intact. %1</source>
            <translation>审计日志不完整。%1</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::AuditTableModel</name>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="19" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="20" />
            <source>Sign out</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="21" />
            <source>Locked out</source>
            <translation>被锁定</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="22" />
            <source>Add operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="23" />
            <source>Change own PIN</source>
            <translation>修改本人密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="24" />
            <source>Reset PIN</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="25" />
            <source>Unlock operator</source>
            <translation>解锁操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="26" />
            <source>Change role</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="27" />
            <source>Activate or deactivate</source>
            <translation>启用或停用</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="28" />
            <source>Rename operator</source>
            <translation>修改操作员姓名</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="29" />
            <source>Grant permission</source>
            <translation>授予权限</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="30" />
            <source>Revoke permission</source>
            <translation>收回权限</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="31" />
            <source>Permission check</source>
            <translation>权限检查</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="32" />
            <source>Store profile</source>
            <translation>门店资料</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="33" />
            <source>Add tax class</source>
            <translation>添加税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="34" />
            <source>Change tax class</source>
            <translation>修改税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="35" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="36" />
            <source>Restore backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="48" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="50" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="52" />
            <source>Refused</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="54" />
            <source>Allowed</source>
            <translation>允许</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="56" />
            <source>Supervisor approved</source>
            <translation>主管已授权</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="64" />
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="89" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="99" />
            <source>Entry %1</source>
            <translation>第 %1 条</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="125" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="126" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="127" />
            <source>Approved by</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="128" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="129" />
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="130" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../src/admin/audittablemodel.cpp" line="131" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::BackupScreen</name>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="54" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="56" />
            <source>Copy command</source>
            <translation>复制命令</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="60" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="61" />
            <source>A backup is a complete copy of the shop's data, taken while the tills keep working.</source>
            <translation>备份是门店数据的完整副本，备份时收银不受影响。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="84" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="93" />
            <source>Restoring a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="96" />
            <source>Restoring replaces everything in the database with the backup. Qtill keeps the database open while it runs, so restore from a terminal: close Qtill on this register, then run the command below. The current data is kept in the backup folder first.</source>
            <translation>恢复会用备份替换数据库中的全部内容。Qtill 运行时会占用数据库，所以请在终端中恢复：先关闭本收银台上的 Qtill，再运行下面的命令。当前数据会先保存到备份文件夹。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="134" />
            <source>The command is copied.</source>
            <translation>命令已复制。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="173" />
            <source>No backups yet in %1.</source>
            <translation>%1 中还没有备份。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/backupscreen.cpp" line="174" />
            <source>%n backup(s) in %1</source>
            <translation>
                <numerusform>%1 中有 %n 个备份</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="201" />
            <source>Take a backup of the shop's data</source>
            <translation>备份门店数据</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="231" />
            <source>The backup stopped unexpectedly.</source>
            <translation>备份意外中止。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="241" />
            <source>Backup written to %1</source>
            <translation>备份已写入 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="242" />
            <source>The backup is done.</source>
            <translation>备份完成。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="252" />
            <source>Writing the backup… The tills keep working; this page tells you when it is done.</source>
            <translation>正在写入备份… 收银台可照常使用；完成后本页会告诉您。</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="276" />
            <source>OWNER-NUMBER</source>
            <translation>店主编号</translation>
        </message>
        <message>
            <location filename="../../src/admin/backupscreen.cpp" line="300" />
            <source>BACKUP-FILE</source>
            <translation>备份文件</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::FormDialog</name>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="22" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="23" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/shell/formdialog.cpp" line="103" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::OperatorTableModel</name>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="28" />
            <source>Inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="30" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="31" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="78" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="79" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="80" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatortablemodel.cpp" line="81" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::OperatorsScreen</name>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="50" />
            <source>The two PINs are not the same. Type the new PIN twice.</source>
            <translation>两次输入的密码不一致。请把新密码输入两遍。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="58" />
            <source>Add operator</source>
            <translation>添加操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <source>Change role</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="60" />
            <source>Rename</source>
            <translation>改名</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="61" />
            <source>Reset PIN</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="61" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="63" />
            <source>Choose an operator in the list.</source>
            <translation>请在列表中选择一位操作员。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="66" />
            <source>Operators</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="67" />
            <source>Who may sign in at the tills, in which role.</source>
            <translation>谁可以登录收银台，以什么角色。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="202" />
            <source>Added %1</source>
            <translation>添加于 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="204" />
            <source>Locked since %1 after too many wrong PINs.</source>
            <translation>自 %1 起因密码错误次数过多被锁定。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/admin/operatorsscreen.cpp" line="206" />
            <source>%n wrong PIN(s) since the last sign-in.</source>
            <translation>
                <numerusform>上次登录后密码输错 %n 次。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="211" />
            <source>Clear wrong PINs</source>
            <translation>清除密码错误次数</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="212" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="421" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="212" />
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="229" />
            <source>New operator</source>
            <translation>新操作员</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="232" />
            <source>The operator signs in with this number and PIN. Tell them the PIN in person.</source>
            <translation>操作员用这个编号和密码登录。请当面告知密码。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="236" />
            <source>2 to 6 digits, e.g. 05</source>
            <translation>2 到 6 位数字，例如 05</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="239" />
            <source>As shown on receipts</source>
            <translation>与小票上显示的一致</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="243" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="356" />
            <source>4–8 digits</source>
            <translation>4–8 位数字</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="246" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="359" />
            <source>Once more</source>
            <translation>再输一次</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="248" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="249" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="322" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="250" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="290" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="251" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="252" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="361" />
            <source>Repeat PIN</source>
            <translation>确认密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="254" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="262" />
            <source>Add operator %1</source>
            <translation>添加操作员 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="264" />
            <source>Not added: the change was not authorised.</source>
            <translation>未添加：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="273" />
            <source>The operator is added. They can sign in now.</source>
            <translation>操作员已添加，现在可以登录了。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="285" />
            <source>Change role of %1</source>
            <translation>修改 %1 的角色</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="288" />
            <source>What each role may do is set under Roles &amp; permissions.</source>
            <translation>各角色能做什么，在“角色和权限”中设置。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="297" />
            <source>Make %1 %2</source>
            <translation>将 %1 设为%2</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="299" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="330" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="371" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="427" />
            <source>Not changed: the change was not authorised.</source>
            <translation>未修改：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="306" />
            <source>The role of %1 is changed.</source>
            <translation>%1 的角色已修改。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="317" />
            <location filename="../../src/admin/operatorsscreen.cpp" line="328" />
            <source>Rename %1</source>
            <translation>修改 %1 的姓名</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="337" />
            <source>The name is changed.</source>
            <translation>姓名已修改。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="349" />
            <source>New PIN for %1</source>
            <translation>%1 的新密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="352" />
            <source>For a forgotten PIN. %1 is locked: unlock them as well.</source>
            <translation>用于忘记密码的情况。%1 已被锁定，请同时解锁。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="353" />
            <source>For a forgotten PIN. The old PIN stops working at once.</source>
            <translation>用于忘记密码的情况。旧密码立即失效。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="360" />
            <source>New PIN</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="363" />
            <source>Set PIN</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="369" />
            <source>Reset the PIN of %1</source>
            <translation>重置 %1 的密码</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="375" />
            <source>The PIN of %1 is changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="388" />
            <source>Unlock %1</source>
            <translation>解锁 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="392" />
            <source>%1 is unlocked and can sign in again.</source>
            <translation>%1 已解锁，可以重新登录。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="404" />
            <source>Activate %1</source>
            <translation>启用 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="409" />
            <source>%1 is active again and can sign in.</source>
            <translation>%1 已重新启用，可以登录。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="415" />
            <source>Deactivate %1?</source>
            <translation>停用 %1？</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="418" />
            <source>%1 will no longer be able to sign in. Their sales and history stay; you can activate them again later.</source>
            <translation>%1 将不能再登录。其销售和历史记录会保留，以后可以重新启用。</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="425" />
            <source>Deactivate %1</source>
            <translation>停用 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/operatorsscreen.cpp" line="434" />
            <source>%1 is deactivated.</source>
            <translation>%1 已停用。</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::PermissionMatrixModel</name>
        <message>
            <location filename="../../src/admin/permissionmatrixmodel.cpp" line="52" />
            <source>The owner always has every permission.</source>
            <translation>店主始终拥有全部权限。</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionmatrixmodel.cpp" line="103" />
            <source>Permission</source>
            <translation>权限</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::PermissionsScreen</name>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="91" />
            <source>Roles &amp; permissions</source>
            <translation>角色和权限</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="92" />
            <source>Tick what each role may do. Changes are saved at once; the owner may always do everything.</source>
            <translation>勾选每个角色可以做的事。修改立即保存；店主始终拥有全部权限。</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="109" />
            <source>Allow %1: %2</source>
            <translation>允许%1：%2</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="110" />
            <source>Forbid %1: %2</source>
            <translation>禁止%1：%2</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="113" />
            <source>Not changed: the change was not authorised.</source>
            <translation>未修改：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="120" />
            <source>%1 may now: %2</source>
            <translation>%1 现在可以：%2</translation>
        </message>
        <message>
            <location filename="../../src/admin/permissionsscreen.cpp" line="121" />
            <source>%1 may no longer: %2</source>
            <translation>%1 不再可以：%2</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::StoreProfileScreen</name>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="78" />
            <source>Remove logo</source>
            <translation>移除标志</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="81" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="81" />
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="85" />
            <source>Store profile</source>
            <translation>门店资料</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="86" />
            <source>What receipts print and how this register counts its business day.</source>
            <translation>小票上打印的内容，以及本收银台如何划分营业日。</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="97" />
            <source>The shop</source>
            <translation>门店</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="100" />
            <source>As printed at the top of receipts</source>
            <translation>打印在小票顶部</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="108" />
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="109" />
            <source>Store name</source>
            <translation>门店名称</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="110" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="111" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="112" />
            <source>Tax id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="121" />
            <source>Choose image…</source>
            <translation>选择图片…</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="136" />
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="142" />
            <source>Receipts and register</source>
            <translation>小票和收银台</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="144" />
            <source>Printed under the store name, e.g. opening hours</source>
            <translation>打印在门店名称下方，例如营业时间</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="148" />
            <source>Printed at the end, e.g. "Thank you, please come again"</source>
            <translation>打印在小票末尾，例如“谢谢惠顾，欢迎再来”</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="168" />
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="169" />
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="172" />
            <source>e.g. R01</source>
            <translation>例如 R01</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="173" />
            <source>Receipt header</source>
            <translation>小票抬头</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="174" />
            <source>Receipt footer</source>
            <translation>小票页脚</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="175" />
            <source>Currency</source>
            <translation>币种</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="176" />
            <source>Sales before this time count for the previous business day.</source>
            <translation>此时间之前的销售计入前一个营业日。</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="179" />
            <source>Business day starts at</source>
            <translation>营业日开始时间</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="181" />
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="182" />
            <source>Register id</source>
            <translation>收银台编号</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="183" />
            <source>Lock the screen after</source>
            <translation>自动锁屏时间</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="269" />
            <source>Save the store profile</source>
            <translation>保存门店资料</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="280" />
            <source>The store profile is saved.</source>
            <translation>门店资料已保存。</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="290" />
            <source>Choose the store logo</source>
            <translation>选择门店标志</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="291" />
            <source>Images (%1)</source>
            <translation>图片 (%1)</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="302" />
            <source>No logo</source>
            <translation>无标志</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="303" />
            <source>Receipts print the store name only.</source>
            <translation>小票上只打印门店名称。</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="309" />
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <location filename="../../src/admin/storeprofilescreen.cpp" line="310" />
            <source>%1 cannot be read as an image.</source>
            <translation>%1 无法作为图片读取。</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::TaxClassModel</name>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="53" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="66" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="67" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="68" />
            <source>Rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="69" />
            <source>New products</source>
            <translation>新商品</translation>
        </message>
    </context>
    <context>
        <name>qtill::admin::TaxClassesScreen</name>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="78" />
            <source>Add tax class</source>
            <translation>添加税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="78" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="81" />
            <source>Tax classes</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="82" />
            <source>Prices include tax; the rate says how much of each sale is VAT.</source>
            <translation>价格含税；税率决定每笔销售中增值税所占的部分。</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="148" />
            <source>Edit tax class</source>
            <translation>编辑税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="148" />
            <source>New tax class</source>
            <translation>新税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="156" />
            <source>e.g. standard</source>
            <translation>例如 standard</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="159" />
            <source>As printed on receipts, e.g. VAT 13%</source>
            <translation>与小票上一致，例如 增值税 13%</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="162" />
            <source>e.g. 13%</source>
            <translation>例如 13%</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="164" />
            <source>New products get this tax class</source>
            <translation>新商品默认使用此税目</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="175" />
            <source>A sale keeps the rate it was sold at; a new rate applies to later sales.</source>
            <translation>已售出的销售保留当时的税率；新税率只用于之后的销售。</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="177" />
            <source>The code is what products refer to and cannot be changed later.</source>
            <translation>商品通过代码引用税目，代码以后不能修改。</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="180" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="181" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="182" />
            <source>Rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="197" />
            <source>Add tax class %1</source>
            <translation>添加税目 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="197" />
            <source>Change tax class %1</source>
            <translation>修改税目 %1</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="199" />
            <source>Not saved: the change was not authorised.</source>
            <translation>未保存：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="205" />
            <source>The tax class is added.</source>
            <translation>税目已添加。</translation>
        </message>
        <message>
            <location filename="../../src/admin/taxclassesscreen.cpp" line="205" />
            <source>The tax class is saved.</source>
            <translation>税目已保存。</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::Application</name>
        <message>
            <location filename="../../src/app/application.cpp" line="188" />
            <source>The database check stopped unexpectedly.</source>
            <translation>数据库检查意外中止。</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="259" />
            <source>Every receipt has printed.</source>
            <translation>所有小票均已打印。</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="276" />
            <source>This build of Qtill has no demo store.</source>
            <translation>此版本的 Qtill 不含演示门店。</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="300" />
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="302" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="317" />
            <source>%1 works again.</source>
            <translation>%1 已恢复正常。</translation>
        </message>
        <message>
            <location filename="../../src/app/application.cpp" line="421" />
            <source>The self-checkout operator %1 does not exist or is locked: starting on sign-in.</source>
            <translation>自助收银操作员 %1 不存在或已被锁定：改为从登录界面启动。</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::CustomerWindow</name>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="31" />
            <source>Qtill customer display</source>
            <translation>Qtill 客显</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="104" />
            <source>Welcome</source>
            <translation>欢迎光临</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="116" />
            <location filename="../../src/app/customerwindow.cpp" line="187" />
            <source>Discount %1</source>
            <translation>优惠 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="117" />
            <location filename="../../src/app/customerwindow.cpp" line="121" />
            <location filename="../../src/app/customerwindow.cpp" line="191" />
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="121" />
            <source>Paid %1</source>
            <translation>实收 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="122" />
            <source>Change %1</source>
            <translation>找零 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/customerwindow.cpp" line="159" />
            <source>Thank you for shopping with us</source>
            <translation>谢谢惠顾，欢迎下次光临</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::DeviceHub</name>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="85" />
            <source>Simulated receipt printer</source>
            <translation>模拟小票打印机</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="87" />
            <source>Simulated cash drawer</source>
            <translation>模拟钱箱</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="88" />
            <source>Simulated scanner</source>
            <translation>模拟扫码枪</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="89" />
            <source>Simulated card reader</source>
            <translation>模拟刷卡器</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="90" />
            <source>Simulated scale</source>
            <translation>模拟电子秤</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="91" />
            <source>Simulated customer screen</source>
            <translation>模拟客显</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="93" />
            <source>Simulated payment terminal</source>
            <translation>模拟支付终端</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="116" />
            <source>Scanner</source>
            <translation>扫码枪</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="117" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="118" />
            <source>Drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="119" />
            <source>Card reader</source>
            <translation>刷卡器</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="120" />
            <source>NFC reader</source>
            <translation>NFC 读卡器</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="121" />
            <source>Scale</source>
            <translation>电子秤</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="122" />
            <source>Customer display</source>
            <translation>客显</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="123" />
            <source>Payment terminal</source>
            <translation>支付终端</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="160" />
            <source>Qtill does not know the kind of device "%1".</source>
            <translation>Qtill 无法识别设备类型“%1”。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="178" />
            <source>USB scanner (keyboard mode)</source>
            <translation>USB 扫码枪（键盘模式）</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="277" />
            <source>%1: out of paper. Load a new roll.</source>
            <translation>%1：缺纸。请装入新纸卷。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="282" />
            <source>%1: the paper is running low.</source>
            <translation>%1：纸张即将用完。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="290" />
            <source>%1: the cover is open. Close it.</source>
            <translation>%1：机盖未关。请关好机盖。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="323" />
            <source>Ready after sign-in</source>
            <translation>登录后就绪</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="347" />
            <source>Simulated devices (--simulate-hardware).</source>
            <translation>模拟设备（--simulate-hardware）。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="358" />
            <location filename="../../src/app/devicehub.cpp" line="369" />
            <source>out of paper</source>
            <translation>缺纸</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="359" />
            <location filename="../../src/app/devicehub.cpp" line="372" />
            <source>cover open</source>
            <translation>机盖未关</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="360" />
            <location filename="../../src/app/devicehub.cpp" line="375" />
            <source>offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="361" />
            <source>not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="362" />
            <source>no access</source>
            <translation>无访问权限</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="363" />
            <source>busy</source>
            <translation>被占用</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="364" />
            <source>not answering</source>
            <translation>无响应</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="366" />
            <source>error</source>
            <translation>故障</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="378" />
            <source>not ready</source>
            <translation>未就绪</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="381" />
            <source>paper low</source>
            <translation>纸将用完</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="384" />
            <source>over capacity</source>
            <translation>超出量程</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="398" />
            <source>Devices: not read</source>
            <translation>设备：未读取</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="398" />
            <source>not set up</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="406" />
            <source> +%1</source>
            <translation> +%1</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="411" />
            <source>No devices configured</source>
            <translation>未配置设备</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="412" />
            <source>A USB barcode scanner in keyboard mode works without setup. Set up printers, drawers and other devices under Devices.</source>
            <translation>键盘模式的 USB 扫码枪无需设置即可使用。打印机、钱箱等其他设备请在“设备”中设置。</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="417" />
            <source>Simulated OK %1/%2</source>
            <translation>模拟设备正常 %1/%2</translation>
        </message>
        <message>
            <location filename="../../src/app/devicehub.cpp" line="418" />
            <source>Devices OK %1/%2</source>
            <translation>设备正常 %1/%2</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::HomeModule</name>
        <message>
            <location filename="../../src/app/homemodule.cpp" line="13" />
            <source>Home</source>
            <translation>首页</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::HomeScreen</name>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="59" />
            <source>No other screens are installed yet. Sales, products and reports appear here as their modules are added.</source>
            <translation>暂时没有其他功能。收银、商品和报表等模块安装后会显示在这里。</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="79" />
            <source>Your session</source>
            <translation>当前登录</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="90" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="93" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="96" />
            <source>Signed in at</source>
            <translation>登录时间</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="99" />
            <source>Screen lock</source>
            <translation>自动锁屏</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="167" />
            <location filename="../../src/app/homescreen.cpp" line="168" />
            <source>Good evening, %1</source>
            <translation>晚上好，%1</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="167" />
            <source>Good morning, %1</source>
            <translation>早上好，%1</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="168" />
            <source>Good afternoon, %1</source>
            <translation>下午好，%1</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="173" />
            <source>Business day %1  ·  Register %2</source>
            <translation>营业日 %1  ·  收银台 %2</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="174" />
            <source>dddd, d MMMM yyyy</source>
            <translation>yyyy年M月d日 dddd</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="178" />
            <source>yyyy-MM-dd HH:mm</source>
            <translation>yyyy-MM-dd HH:mm</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/app/homescreen.cpp" line="180" />
            <source>Locks after %n minute(s) without use</source>
            <translation>
                <numerusform>无操作 %n 分钟后锁屏</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="181" />
            <source>Off</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="203" />
            <source>At the counter</source>
            <translation>前台收银</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="205" />
            <source>Selling is not part of this version yet: the till arrives with the checkout module. Here you can look up products and prices and check a serial number's sale and warranty.</source>
            <translation>本版本尚不包含收银功能：收银台将随结账模块推出。在这里可以查询商品和价格，并查看串号的销售与保修情况。</translation>
        </message>
        <message>
            <location filename="../../src/app/homescreen.cpp" line="216" />
            <source>Back office</source>
            <translation>后台管理</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::Screenshotter</name>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="68" />
            <source>The screenshot %1 could not be written.</source>
            <translation>截图 %1 无法写入。</translation>
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="113" />
            <source>The folder %1 cannot be created.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="136" />
            <source>The store has no owner to take screenshots as.</source>
            <translation>本店没有店主账号，无法截图。</translation>
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="195" />
            <source>Scan to pay %1</source>
            <translation>扫码支付 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/screenshotter.cpp" line="213" />
            <source>Change the receipt footer.</source>
            <translation>修改小票页脚。</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::SettingsHub</name>
        <message>
            <location filename="../../src/app/settingshub.cpp" line="73" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../src/app/settingshub.cpp" line="74" />
            <source>The store, its staff, this register's devices and the data. Choose what to set up.</source>
            <translation>门店、员工、本收银台的设备以及数据。请选择要设置的项目。</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::SignInScreen</name>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="211" />
            <source>Register %1</source>
            <translation>收银台 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="228" />
            <source>This store has no operators yet. Set it up with "qtillctl init", or start Qtill with --demo.</source>
            <translation>本店还没有操作员。请先运行“qtillctl init”初始化，或用 --demo 启动 Qtill。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="257" />
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="257" />
            <source>Operator sign-in</source>
            <translation>操作员登录</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="263" />
            <source>Operator number</source>
            <translation>操作员编号</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="264" />
            <source>PIN</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="265" />
            <source>e.g. 01</source>
            <translation>例如 01</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="266" />
            <source>Switch operator</source>
            <translation>切换操作员</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="268" />
            <source>Someone else at the register? Switch operator; %1 stays signed out.</source>
            <translation>换人收银？点“切换操作员”，%1 将被登出。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="270" />
            <source>Forgot your PIN or locked out? Ask the owner or a manager.</source>
            <translation>忘记密码或被锁定？请联系店主或店长。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="280" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="281" />
            <source>Type your operator number, then press Next.</source>
            <translation>请输入操作员编号，然后按“下一步”。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="283" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="283" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="284" />
            <source>Type your PIN to continue where you left off.</source>
            <translation>输入密码，继续刚才的工作。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="285" />
            <source>Now type your PIN and press Sign in.</source>
            <translation>请输入密码，然后按“登录”。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="294" />
            <location filename="../../src/app/signinscreen.cpp" line="323" />
            <source>Type your operator number first.</source>
            <translation>请先输入操作员编号。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="328" />
            <source>Type your PIN.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="334" />
            <source>Checking the store… You are signed in as soon as it is done.</source>
            <translation>正在检查门店数据… 检查完成后立即为您登录。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="359" />
            <source>Checking the store… Signing in opens in a moment.</source>
            <translation>正在检查门店数据… 稍后即可登录。</translation>
        </message>
        <message>
            <location filename="../../src/app/signinscreen.cpp" line="433" />
            <source>dddd, d MMMM yyyy</source>
            <translation>yyyy年M月d日 dddd</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::TopBar</name>
        <message>
            <location filename="../../src/app/topbar.cpp" line="69" />
            <source>Lock</source>
            <translation>锁屏</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="70" />
            <source>Lock the screen (Ctrl+L). Sign in again with your PIN.</source>
            <translation>锁定屏幕（Ctrl+L），输入密码即可解锁。</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="74" />
            <source>Sign out</source>
            <translation>退出</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="75" />
            <source>End your session so another operator can sign in.</source>
            <translation>退出登录，让其他操作员登录。</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="112" />
            <source>Register %1</source>
            <translation>收银台 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="119" />
            <source>Database: %1 (shared with the other lanes)</source>
            <translation>数据库：%1（与其他收银台共用）</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="126" />
            <source>Business day %1</source>
            <translation>营业日 %1</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="126" />
            <source>yyyy-MM-dd ddd</source>
            <translation>yyyy-MM-dd ddd</translation>
        </message>
        <message>
            <location filename="../../src/app/topbar.cpp" line="127" />
            <source>Sales count toward this business day until the store's day start.</source>
            <translation>在门店设定的营业日开始时间之前，销售都计入这个营业日。</translation>
        </message>
    </context>
    <context>
        <name>qtill::app::Workspace</name>
        <message>
            <location filename="../../src/app/workspace.cpp" line="45" />
            <source>Back to settings</source>
            <translation>返回设置</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="123" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="126" />
            <source>Store, staff, devices and data</source>
            <translation>门店、员工、设备和数据</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="264" />
            <source>New serial scanner found: %1</source>
            <translation>发现新的串口扫码枪：%1</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="265" />
            <source>New barcode scanner found: %1</source>
            <translation>发现新的扫码枪：%1</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="267" />
            <source>New receipt printer found: %1</source>
            <translation>发现新的小票打印机：%1</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="268" />
            <source>New serial device found: %1</source>
            <translation>发现新的串口设备：%1</translation>
        </message>
        <message>
            <location filename="../../src/app/workspace.cpp" line="272" />
            <source>Use it</source>
            <translation>使用</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::Cart</name>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="51" />
            <source>That line is not on the ticket.</source>
            <translation>本单中没有这一行。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="58" />
            <source>The quantity must be more than zero.</source>
            <translation>数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="61" />
            <source>%1 kg of %2 is too much for one line.</source>
            <translation>%2 %1 kg 超出单行上限。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="66" />
            <source>%1 is sold by the piece: type a whole number.</source>
            <translation>%1 按件销售：请输入整数。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="68" />
            <source>%1 × %2 is too many for one line.</source>
            <translation>%2 × %1 超出单行上限。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="76" />
            <source>%1 has no price in this store's currency.</source>
            <translation>%1 没有本店币种的售价。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="78" />
            <source>%1 is delisted and cannot be sold.</source>
            <translation>%1 已下架，不能销售。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="102" />
            <source>Put %1 on the scale and wait for a steady weight.</source>
            <translation>请将 %1 放到电子秤上，等待重量稳定。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="135" />
            <source>%1 is priced by its scale label: scan each label.</source>
            <translation>%1 按条码秤标签计价：请逐个扫描标签。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="137" />
            <source>%1 has a serial number per unit: scan each unit.</source>
            <translation>%1 每件都有串号：请逐件扫描。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="145" />
            <source>The line's discount is more than the new amount: change the discount first.</source>
            <translation>该行的折扣超过新金额：请先修改折扣。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="161" />
            <source>Type a price of zero or more.</source>
            <translation>请输入零或以上的价格。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="163" />
            <source>%1 is priced by its scale label.</source>
            <translation>%1 按条码秤标签计价。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="165" />
            <source>Say why the price changes.</source>
            <translation>请说明改价原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="172" />
            <source>The line's discount is more than the new amount.</source>
            <translation>该行的折扣超过新金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="188" />
            <location filename="../../modules/checkout/cart.cpp" line="225" />
            <source>Type a discount of zero or more.</source>
            <translation>请输入零或以上的折扣。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="193" />
            <source>The discount is more than the line's amount.</source>
            <translation>折扣超过该行金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="195" />
            <source>Say why the line is discounted.</source>
            <translation>请说明单品折扣原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="212" />
            <location filename="../../modules/checkout/cart.cpp" line="232" />
            <source>A discount is between 0% and 100%.</source>
            <translation>折扣须在 0% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="240" />
            <source>Say why the order is discounted.</source>
            <translation>请说明整单折扣原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="245" />
            <source>The discount is more than the order comes to.</source>
            <translation>折扣超过整单金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="258" />
            <source>%1 has no serial numbers.</source>
            <translation>%1 没有串号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cart.cpp" line="263" />
            <source>Serial %1 is on the ticket already.</source>
            <translation>串号 %1 已在本单中。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartjson.cpp" line="95" />
            <location filename="../../modules/checkout/cartjson.cpp" line="106" />
            <source>The saved ticket could not be read.</source>
            <translation>无法读取保存的单据。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartpricing.cpp" line="30" />
            <source>The ticket changed while it was being priced: try again.</source>
            <translation>计价期间单据有变动：请重试。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartpricing.cpp" line="37" />
            <source>A promotion takes more off a line than it costs.</source>
            <translation>促销优惠金额超过了商品行金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/carttotals.cpp" line="65" />
            <source>The ticket comes to too much.</source>
            <translation>本单金额过大。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/carttotals.cpp" line="71" />
            <source>The order discount is more than the order comes to: change the discount.</source>
            <translation>整单折扣超过整单金额：请修改折扣。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::CartStore</name>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="56" />
            <source>The ticket has no id.</source>
            <translation>单据没有编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="60" />
            <location filename="../../modules/checkout/cartstore.cpp" line="71" />
            <source>The ticket could not be saved.</source>
            <translation>单据无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="74" />
            <source>Another ticket is open at this register: hold it or finish it first.</source>
            <translation>本收银台已有未完成的单据：请先挂单或结账。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="79" />
            <source>This ticket is held: recall it first.</source>
            <translation>此单已挂起：请先取单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="86" />
            <location filename="../../modules/checkout/cartstore.cpp" line="101" />
            <source>The ticket could not be read.</source>
            <translation>单据无法读取。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="118" />
            <source>There is no open ticket to hold.</source>
            <translation>当前没有可挂起的单据。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="120" />
            <source>The ticket is empty: nothing to hold.</source>
            <translation>单据为空：无需挂单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="123" />
            <source>The ticket could not be held.</source>
            <translation>无法挂单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="131" />
            <source>The held tickets could not be read.</source>
            <translation>无法读取挂单列表。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="152" />
            <source>Another ticket is open: hold it or finish it first.</source>
            <translation>已有未完成的单据：请先挂单或结账。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="157" />
            <source>That held ticket is gone: it was recalled or discarded.</source>
            <translation>该挂单已不存在：已被取单或作废。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="160" />
            <source>The ticket could not be recalled.</source>
            <translation>无法取单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="179" />
            <source>That ticket is gone already.</source>
            <translation>该单据已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="181" />
            <source>The ticket could not be discarded.</source>
            <translation>无法作废该单据。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/cartstore.cpp" line="191" />
            <source>%n line(s), %1</source>
            <translation>
                <numerusform>%n 行，%1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cartstore.cpp" line="199" />
            <source>The ticket could not be closed.</source>
            <translation>无法关闭该单据。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::CashDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="64" />
            <source>Cash drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="80" />
            <source>Close  Esc</source>
            <translation>关闭  Esc</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="85" />
            <source>Book  Enter</source>
            <translation>登记  Enter</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="115" />
            <source>Opening float</source>
            <translation>备用金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="117" />
            <source>Paid in</source>
            <translation>收入现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="119" />
            <source>Paid out</source>
            <translation>支出现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="121" />
            <source>No sale</source>
            <translation>开钱箱</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="128" />
            <source>Change from safe</source>
            <translation>从保险柜换零钱</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="128" />
            <source>Float top-up</source>
            <translation>补充备用金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Delivery paid</source>
            <translation>支付送货款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Supplies bought</source>
            <translation>购买耗材</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="130" />
            <source>Cash to safe</source>
            <translation>现金存入保险柜</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Give change</source>
            <translation>兑换零钱</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Check a banknote</source>
            <translation>验钞</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="132" />
            <source>Fix a wrong change</source>
            <translation>更正找零错误</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="154" />
            <source>No sale (open drawer)</source>
            <translation>开钱箱（无交易）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="180" />
            <source>Book</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="203" />
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="227" />
            <source>Booked today at this register</source>
            <translation>本收银台今日记录</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="238" />
            <source>Approved by</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="306" />
            <source>Note (optional)</source>
            <translation>备注（选填）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="307" />
            <source>Other reason: type it</source>
            <translation>其他原因：请输入</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="321" />
            <source>No money moves</source>
            <translation>不涉及金额</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="333" />
            <source>Choose what to book: opening float, paid in, paid out or no sale.</source>
            <translation>请选择登记类型：备用金、收入现金、支出现金或开钱箱。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="337" />
            <source>Type the amount on the number pad first (5000 is 50.00).</source>
            <translation>请先用数字键盘输入金额（5000 即 50.00）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="341" />
            <source>Say why: tap a reason or type one.</source>
            <translation>请说明原因：点选或输入原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="356" />
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="389" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="357" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="364" />
            <source>Not booked: no supervisor approved it.</source>
            <translation>未登记：没有主管授权。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="390" />
            <source>Booked already: %1.</source>
            <translation>已登记过：%1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="390" />
            <source>Booked: %1.</source>
            <translation>已登记：%1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="392" />
            <source>Approved by %1.</source>
            <translation>授权人：%1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="401" />
            <source>The drawer is open.</source>
            <translation>钱箱已打开。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="415" />
            <source>No cash drawer is connected: open it with its key.</source>
            <translation>未连接钱箱：请用钥匙打开。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="418" />
            <source>The drawer did not open: %1 Open it with its key.</source>
            <translation>钱箱未打开：%1 请用钥匙打开。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="440" />
            <source>Cash drawer · register %1 · %2</source>
            <translation>钱箱 · 收银台 %1 · %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/cashdialog.cpp" line="473" />
            <source>Float %1 · Paid in %2 · Paid out %3 · No sale %4</source>
            <translation>备用金 %1 · 收入现金 %2 · 支出现金 %3 · 开钱箱 %4 次</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::CashService</name>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="58" />
            <source>Unknown cash movement.</source>
            <translation>未知的现金操作。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="65" />
            <source>Type an amount of zero or more.</source>
            <translation>请输入零或以上的金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="67" />
            <source>Opening the drawer without a sale moves no money.</source>
            <translation>无交易开钱箱不涉及金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="69" />
            <source>Type the amount paid in or out.</source>
            <translation>请输入存入或取出的金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="71" />
            <source>Say why.</source>
            <translation>请说明原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="110" />
            <source>The cash movement could not be saved.</source>
            <translation>现金操作无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="117" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/cashservice.cpp" line="129" />
            <source>The cash movements could not be read.</source>
            <translation>无法读取现金操作记录。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::CheckoutUiModule</name>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="17" />
            <source>Sell</source>
            <translation>收银</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="23" />
            <source>Ring up sales: scan, search, quantities, discounts, hold and recall, pay</source>
            <translation>收银：扫码、搜索、数量、折扣、挂单和取单、付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="29" />
            <source>Self-checkout</source>
            <translation>自助收银</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/checkoutuimodule.cpp" line="34" />
            <source>The shopper scans and pays alone: face, payment code or card</source>
            <translation>顾客自助扫码并付款：刷脸、付款码或银行卡</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::CustomerDisplayFeed</name>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="80" />
            <source>%1 kg</source>
            <translation>%1 kg</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="123" />
            <source>To pay %1</source>
            <translation>应付 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="128" />
            <source>Show your payment code</source>
            <translation>请出示付款码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="135" />
            <source>Change %1</source>
            <translation>找零 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/customerdisplayfeed.cpp" line="137" />
            <source>Thank you</source>
            <translation>谢谢惠顾</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::HeldTicketsDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="15" />
            <source>Recall a ticket</source>
            <translation>取单</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="21" />
            <source>Held tickets: pick one to continue it</source>
            <translation>挂单：选择一张继续收银</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="34" />
            <source>Cancel  Esc</source>
            <translation>取消  Esc</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="37" />
            <source>Recall  Enter</source>
            <translation>取单  Enter</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="71" />
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="72" />
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="72" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/heldticketsdialog.cpp" line="73" />
            <source>%1 · %n line(s) · %2 · %3</source>
            <translation>
                <numerusform>%1 · %n 行 · %2 · %3</numerusform>
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
            <translation>无法读取销售数据。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="67" />
            <source>The sale %1 is not in the tables.</source>
            <translation>数据表中没有销售 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="149" />
            <source>The journal check was stopped before it finished.</source>
            <translation>电子日志检查在完成前被停止。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="164" />
            <source>Sale %1 is in the journal (register %2, record %3) but not in the tables.</source>
            <translation>销售 %1 在电子日志中（收银台 %2，第 %3 条记录），但不在数据表中。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="187" />
            <source>The void of %1</source>
            <translation>%1 的撤销记录</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="188" />
            <source>Refund %1</source>
            <translation>退货单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="189" />
            <source>Cash movement %1 (register %2, record %3)</source>
            <translation>现金收支 %1（收银台 %2，第 %3 条记录）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="194" />
            <source>%1 is in the journal (register %2, record %3) but not in the tables.</source>
            <translation>%1 在电子日志中（收银台 %2，第 %3 条记录），但不在数据表中。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="224" />
            <source>The void %1 is not in the tables.</source>
            <translation>数据表中没有撤销 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="241" />
            <source>The refund %1 is not in the tables.</source>
            <translation>数据表中没有退货 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="283" />
            <source>The cash movement %1 is not in the tables.</source>
            <translation>数据表中没有现金收支 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="299" />
            <source>Sale %1 is in the tables but not in the journal.</source>
            <translation>销售 %1 在数据表中，但不在电子日志中。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="308" />
            <source>%1 was voided or refunded in the tables but not in the journal.</source>
            <translation>%1 在数据表中已撤销或退货，但电子日志中没有记录。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="316" />
            <source>Cash movement %1 of register %2 at %3 is in the tables but not in the journal.</source>
            <translation>收银台 %2 在 %3 的现金收支 %1 在数据表中，但不在电子日志中。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="42" />
            <source>%1: %2 %3 in the tables, %4 in the journal.</source>
            <translation>%1：%2 在数据表中有 %3 项，在电子日志中有 %4 项。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="46" />
            <source>%1 %2 %3</source>
            <translation>%1 %2 第 %3 项</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/journalverifier.cpp" line="49" />
            <source>%1: %2 is %3 in the tables, %4 in the journal.</source>
            <translation>%1：%2 在数据表中为 %3，在电子日志中为 %4。</translation>
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
            <translation>正在等待顾客付款——请勿重复扫码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="128" />
            <source>Insert, tap or swipe the card</source>
            <translation>请插卡、挥卡或刷卡</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="217" />
            <source>Due %1</source>
            <translation>应收 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="232" />
            <source>Cash rounding %1</source>
            <translation>抹零 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="234" />
            <source>Still to pay %1</source>
            <translation>还需支付 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="238" />
            <source>Change %1</source>
            <translation>找零 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="270" />
            <source>Exact %1</source>
            <translation>刚好 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="327" />
            <source>Nothing is left to pay.</source>
            <translation>已无需支付。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="336" />
            <source>Scan the customer's payment code.</source>
            <translation>请扫描顾客的付款码。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="404" />
            <source>%1 approved: %2</source>
            <translation>%1 支付成功：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="406" />
            <source>not paid</source>
            <translation>未付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="407" />
            <source>%1 not paid: %2. The sale is still open.</source>
            <translation>%1 未付款：%2。本单仍未结账。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="430" />
            <source>Press Enter to try again.</source>
            <translation>按 Enter 重试。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="438" />
            <source>Paid. Change %1</source>
            <translation>已付款。找零 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanel.cpp" line="438" />
            <source>Paid.</source>
            <translation>已付款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="80" />
            <source>Approved payments stay with this ticket. They are returned to the customer only when the ticket is cleared.</source>
            <translation>已成功的付款保留在本单中，只有清空本单时才会退还给顾客。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="95" />
            <source>Amount (empty: all that is due)</source>
            <translation>金额（留空：支付全部应收）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="110" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="128" />
            <source>Scan or type the customer's payment code</source>
            <translation>扫描或输入顾客的付款码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="140" />
            <source>Back to sale  Esc</source>
            <translation>返回收银  Esc</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="141" />
            <source>Cancel payment  Esc</source>
            <translation>取消付款  Esc</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="142" />
            <source>Face pay  F11</source>
            <translation>刷脸支付  F11</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="143" />
            <source>QR code  F10</source>
            <translation>付款码  F10</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="144" />
            <source>Bank card  F9</source>
            <translation>银行卡  F9</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/paymentpanellayout.cpp" line="145" />
            <source>Cash  Enter</source>
            <translation>现金  Enter</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::PaymentService</name>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="56" />
            <source>The payment could not be started.</source>
            <translation>无法发起支付。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="76" />
            <location filename="../../modules/checkout/paymentintents.cpp" line="85" />
            <source>The payment could not be recorded.</source>
            <translation>无法记录支付。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="111" />
            <location filename="../../modules/checkout/paymentservice.cpp" line="247" />
            <source>The payments could not be read.</source>
            <translation>无法读取支付记录。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentintents.cpp" line="126" />
            <source>No payment has the id %1.</source>
            <translation>没有编号为 %1 的支付。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="40" />
            <source>%1 pays at most %2 here.</source>
            <translation>%1 在此最多支付 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="74" />
            <source>No payment terminal is ready: take cash, or check the terminal.</source>
            <translation>没有就绪的支付终端：请收现金，或检查终端。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="76" />
            <source>This payment does not go through the terminal.</source>
            <translation>此支付方式不经过支付终端。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="78" />
            <source>A payment must be more than zero.</source>
            <translation>支付金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="80" />
            <source>The sale has no id.</source>
            <translation>销售没有编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="215" />
            <source>Waiting for the customer — do not scan again.</source>
            <translation>等待顾客付款——请勿重复扫码。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="239" />
            <source>Cancelled before the terminal was asked.</source>
            <translation>在发送到支付终端前已取消。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="251" />
            <source>The sale is booked: void it or refund it instead.</source>
            <translation>该销售已入账：请改为撤销或退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="252" />
            <source>The sale was given up: the payment is being returned.</source>
            <translation>该销售已放弃：正在退回支付款项。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="257" />
            <source>The sale is being voided: the payment is being returned.</source>
            <translation>该销售正在撤销：正在退回支付款项。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/paymentservice.cpp" line="290" />
            <source>Nobody booked this payment: it is being returned.</source>
            <translation>此笔支付未对应任何已入账的销售：正在退回。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="67" />
            <source>The refund could not be started.</source>
            <translation>无法发起退款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="107" />
            <source>The refund could not be recorded.</source>
            <translation>无法记录退款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="119" />
            <source>No answer about the refund yet — asking the terminal again.</source>
            <translation>暂未收到退款结果，正在重新查询支付终端。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="132" />
            <location filename="../../modules/checkout/refundintents.cpp" line="162" />
            <source>The refunds could not be read.</source>
            <translation>无法读取退款记录。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundintents.cpp" line="147" />
            <source>No refund has the id %1.</source>
            <translation>没有 ID 为 %1 的退款。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::PricingStep</name>
        <message>
            <location filename="../../modules/checkout/pricingstep.cpp" line="53" />
            <source>Member price</source>
            <translation>会员价</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::PrintQueue</name>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="128" />
            <source>There is nothing to print.</source>
            <translation>没有可打印的内容。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="151" />
            <source>The receipt could not be queued for printing.</source>
            <translation>小票无法加入打印队列。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="258" />
            <location filename="../../modules/checkout/printqueue.cpp" line="269" />
            <location filename="../../modules/checkout/printqueue.cpp" line="282" />
            <location filename="../../modules/checkout/printqueue.cpp" line="296" />
            <source>The print queue could not be read.</source>
            <translation>无法读取打印队列。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="273" />
            <location filename="../../modules/checkout/printqueue.cpp" line="320" />
            <source>This print job does not exist.</source>
            <translation>此打印任务不存在。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/printqueue.cpp" line="306" />
            <source>%n receipt(s) waiting for the printer</source>
            <translation>
                <numerusform>%n 张小票等待打印</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="316" />
            <location filename="../../modules/checkout/printqueue.cpp" line="348" />
            <source>The print queue could not be updated.</source>
            <translation>无法更新打印队列。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printqueue.cpp" line="366" />
            <source>The print queue could not be cleaned up.</source>
            <translation>无法清理打印队列。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::PrintSpooler</name>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="75" />
            <source>The receipt's print data is missing.</source>
            <translation>小票的打印数据缺失。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="128" />
            <source>The receipt was cleared at the printer; it prints again when the printer is ready.</source>
            <translation>小票已在打印机上被清除；打印机就绪后会重新打印。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/printspooler.cpp" line="141" />
            <source>The receipt printer is not ready.</source>
            <translation>小票打印机未就绪。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::ProductPicker</name>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="49" />
            <source>Search: name, pinyin initials, item code</source>
            <translation>搜索：名称、拼音首字母、货号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="100" />
            <source>★ Favourites</source>
            <translation>★ 常用</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="151" />
            <source>No favourites yet.</source>
            <translation>还没有常用商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="162" />
            <source>No products in this category.</source>
            <translation>此分类下没有商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="185" />
            <source>Nothing matches "%1".</source>
            <translation>没有与“%1”匹配的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/productpicker.cpp" line="234" />
            <source>%1/kg</source>
            <translation>%1/kg</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::QrRouting</name>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="44" />
            <source>QR routing line %1 is not WALLET:FIRST-LAST:MIN-MAX: %2</source>
            <translation>二维码路由第 %1 行不符合 WALLET:FIRST-LAST:MIN-MAX 格式：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="50" />
            <source>The QR routing table has no rules.</source>
            <translation>二维码路由表中没有任何规则。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/qrrouting.cpp" line="74" />
            <source>That is not a payment code: ask the customer to show the payment code again.</source>
            <translation>这不是付款码：请让顾客重新出示付款码。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReasonDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="23" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="48" />
            <source>Other reason: type it and press Enter</source>
            <translation>其他原因：输入后按 Enter</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/reasondialog.cpp" line="54" />
            <source>Cancel  Esc</source>
            <translation>取消  Esc</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReceiptBuilder</name>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="120" />
            <source>Receipt</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="121" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="36" />
            <source>Date</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="122" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="37" />
            <source>Register / cashier</source>
            <translation>收银机/收银员</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="132" />
            <source>Tel: %1</source>
            <translation>电话：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="134" />
            <source>Tax ID: %1</source>
            <translation>税号：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="138" />
            <source>*** REPRINT ***</source>
            <translation>*** 重印 ***</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="140" />
            <source>MERCHANT COPY</source>
            <translation>商户存根</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="152" />
            <source>Price changed from %1</source>
            <translation>原价 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="156" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="157" />
            <source>Discount: %1</source>
            <translation>折扣：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="168" />
            <source>Coupon %1</source>
            <translation>优惠券 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="172" />
            <source>Order discount</source>
            <translation>整单折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="173" />
            <source>Order discount: %1</source>
            <translation>整单折扣：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="176" />
            <source>Subtotal</source>
            <translation>小计</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="178" />
            <source>Discounts</source>
            <translation>优惠</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="180" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="49" />
            <source>Cash rounding</source>
            <translation>抹零</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="181" />
            <source>TOTAL</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Tax rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Net</source>
            <translation>不含税</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="195" />
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="209" />
            <source>Tendered</source>
            <translation>实收</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="211" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="75" />
            <source>Card: %1</source>
            <translation>卡号：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="213" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="77" />
            <source>Approval code: %1</source>
            <translation>授权码：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="215" />
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="79" />
            <source>Reference: %1</source>
            <translation>参考号：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="218" />
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="225" />
            <source>Signature:</source>
            <translation>持卡人签名：</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilder.cpp" line="228" />
            <source>I agree to pay the above total.</source>
            <translation>本人确认以上交易。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="34" />
            <source>Refund</source>
            <translation>退货单号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="35" />
            <source>Original receipt</source>
            <translation>原单号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="39" />
            <source>Approved by</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="45" />
            <source>Not restocked</source>
            <translation>不重新入库</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="50" />
            <source>TOTAL BACK</source>
            <translation>退款合计</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="54" />
            <source>Reason: %1</source>
            <translation>退货原因：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="71" />
            <source>Back to %1</source>
            <translation>退回 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/receiptbuilderrefund.cpp" line="73" />
            <source>Paid by %1</source>
            <translation>原支付方式：%1</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReceiptView</name>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="41" />
            <source>Save PNG</source>
            <translation>保存 PNG</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="42" />
            <source>Save PDF</source>
            <translation>保存 PDF</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="43" />
            <source>Reprint</source>
            <translation>重印</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="85" />
            <source>Choose a sale to see its receipt.</source>
            <translation>请选择一笔销售以查看其小票。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="120" />
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="135" />
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="124" />
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="139" />
            <source>Receipt %1 saved as %2</source>
            <translation>小票 %1 已保存为 %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="152" />
            <source>Receipt %1 sent to the printer again, marked REPRINT.</source>
            <translation>小票 %1 已重新发送到打印机，并标记为“重印”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="161" />
            <source>Save the receipt as PDF</source>
            <translation>将小票保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="161" />
            <source>Save the receipt as PNG</source>
            <translation>将小票保存为 PNG</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="162" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/receiptview.cpp" line="162" />
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::RefundDialog</name>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="67" />
            <source>All in cash</source>
            <translation>全部退现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="69" />
            <source>Whole sale</source>
            <translation>整单退货</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="70" />
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Refund</source>
            <translation>退款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="71" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="74" />
            <source>Refund %1</source>
            <translation>退货单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="79" />
            <source>Take goods back from %1</source>
            <translation>单号 %1 退货</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Customer does not want it</source>
            <translation>顾客不想要了</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Damaged or faulty</source>
            <translation>破损或故障</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="83" />
            <source>Wrong item</source>
            <translation>商品拿错</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="97" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Taken back</source>
            <translation>已退</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Left</source>
            <translation>可退</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="135" />
            <source>Take back</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Restock</source>
            <translation>重新入库</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="136" />
            <source>Serial number</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="160" />
            <source>Take goods back from %1 (%2, paid %3)</source>
            <translation>单号 %1 退货（%2，实付 %3）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="187" />
            <source>Back on the shelf</source>
            <translation>放回货架</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="195" />
            <source>Scan the serial number</source>
            <translation>请扫描串号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="248" />
            <source>%1 was not sold on %2.</source>
            <translation>%1 不是在 %2 中售出的。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="271" />
            <source>Scan the serial number of %1.</source>
            <translation>请扫描 %1 的串号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="273" />
            <source>%1 is not the serial number sold on this receipt for %2.</source>
            <translation>%1 不是本小票中 %2 售出的串号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="290" />
            <source>Choose what the customer brings back, or take back the whole sale.</source>
            <translation>请选择顾客退回的商品，或整单退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="307" />
            <source>Goods %1</source>
            <translation>商品 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="309" />
            <source>Cash rounding %1</source>
            <translation>抹零 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="312" />
            <source>%1 back to %2</source>
            <translation>%1 退回 %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="315" />
            <source>Give back %1</source>
            <translation>应退 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="331" />
            <source>Refund %1 of %2</source>
            <translation>退款 %1（单号 %2）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="335" />
            <source>Not refunded: no supervisor approved it.</source>
            <translation>未退货：主管未授权。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="346" />
            <source>Giving %1 back through the payment terminal — waiting for it…</source>
            <translation>正在通过支付终端退还 %1，等待终端响应…</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/refunddialog.cpp" line="402" />
            <source>Refund %1 booked: give back %2 (%3).</source>
            <translation>退货单 %1 已入账：退还 %2（%3）。</translation>
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
            <translation>无法读取退货记录。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="73" />
            <source>Choose what the customer brings back.</source>
            <translation>请选择顾客退回的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="97" />
            <source>%1 has no line %2.</source>
            <translation>%1 中没有第 %2 行。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="101" />
            <source>Line %1 is chosen twice.</source>
            <translation>第 %1 行被重复选择。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="103" />
            <source>%1 has been taken back already.</source>
            <translation>%1 已全部退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="105" />
            <source>%1: at most %2 can be taken back.</source>
            <translation>%1：最多可退 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundservice.cpp" line="211" />
            <source>%1: the refund is more than what is left of its payments.</source>
            <translation>%1：退款金额超过该单剩余可退的付款金额。</translation>
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
            <translation>退货单无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="86" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="79" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="110" />
            <location filename="../../modules/checkout/refundwrite.cpp" line="121" />
            <source>The refund could not be read.</source>
            <translation>无法读取退货单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="134" />
            <source>Another refund of %1 is not finished: finish that one first.</source>
            <translation>单号 %1 还有一笔退款未完成：请先完成该笔退款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="143" />
            <source>No payment terminal is ready: refund to cash needs a supervisor.</source>
            <translation>支付终端未就绪：改为退现金需主管授权。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="193" />
            <source>No refund has the id %1.</source>
            <translation>没有 ID 为 %1 的退款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundterminal.cpp" line="227" />
            <source>The %1 refund was declined: %2; refund to cash needs a supervisor.</source>
            <translation>%1 退款被拒：%2；改为退现金需主管授权。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="68" />
            <source>No refund has the number %1.</source>
            <translation>没有单号为 %1 的退货单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="147" />
            <source>The refund has no id.</source>
            <translation>退货单没有编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="164" />
            <source>Say why the goods come back.</source>
            <translation>请说明退货原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="225" />
            <source>%1 was voided: there is nothing to take back.</source>
            <translation>%1 已撤销：没有可退的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="234" />
            <source>The %1 refund has not gone through yet.</source>
            <translation>%1 退款尚未完成。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/refundwrite.cpp" line="314" />
            <source>%1 back (%2)</source>
            <translation>退款 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::ReplayTerminal</name>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="27" />
            <source>The payment terminal is not ready.</source>
            <translation>支付终端未就绪。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="84" />
            <source>Refund declined (replayed)</source>
            <translation>退款被拒（回放）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="96" />
            <source>No answer (replayed)</source>
            <translation>无响应（回放）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="126" />
            <source>Declined (replayed)</source>
            <translation>交易被拒（回放）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayterminal.cpp" line="130" />
            <source>Cancelled by the customer (replayed)</source>
            <translation>顾客已取消（回放）</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::SaleReplay</name>
        <message>
            <location filename="../../modules/checkout/demosales.cpp" line="187" />
            <source>The demo goods could not be read.</source>
            <translation>无法读取演示商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/demosales.cpp" line="204" />
            <source>The demo store has no goods to sell.</source>
            <translation>演示门店没有可销售的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="62" />
            <location filename="../../modules/checkout/salereplay.cpp" line="64" />
            <source>The replay's payment terminal could not start.</source>
            <translation>回放用的支付终端无法启动。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="76" />
            <source>The file %1 could not be read.</source>
            <translation>无法读取文件 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="105" />
            <location filename="../../modules/checkout/salereplay.cpp" line="141" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="134" />
            <source>the id %1 is used by an earlier line.</source>
            <translation>ID %1 已被前面的行使用。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="154" />
            <source>register %1 is not this lane's (%2).</source>
            <translation>收银台 %1 不是本收银台（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="174" />
            <source>unknown operator %1.</source>
            <translation>未知操作员 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="176" />
            <source>operator %1 is not active.</source>
            <translation>操作员 %1 未启用。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="199" />
            <source>unknown product %1 (%2)</source>
            <translation>未知商品 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="203" />
            <location filename="../../modules/checkout/salereplay.cpp" line="212" />
            <location filename="../../modules/checkout/salereplay.cpp" line="218" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="237" />
            <source>QR code %1: %2</source>
            <translation>付款码 %1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="240" />
            <source>a %1 tender must be more than zero.</source>
            <translation>%1 支付金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="248" />
            <source>the tenders (%1) do not pay the sale (%2).</source>
            <translation>支付金额（%1）不足以支付该销售（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="267" />
            <source>sale %1 is not paid in this file (its payment fails).</source>
            <translation>销售 %1 在此文件中未付款（其支付失败）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="270" />
            <source>sale %1 has no line %2.</source>
            <translation>销售 %1 没有第 %2 行。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="278" />
            <source>the void names sale %1, which is neither booked nor earlier in the file.</source>
            <translation>撤销指向的销售 %1 既未入账，也不在文件前面。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplay.cpp" line="279" />
            <source>the refund names sale %1, which is neither booked nor earlier in the file.</source>
            <translation>退货指向的销售 %1 既未入账，也不在文件前面。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="72" />
            <source>The payment of sale %1 was not decided.</source>
            <translation>销售 %1 的支付结果未确定。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="96" />
            <source>The refund %1 was not decided.</source>
            <translation>退款 %1 的结果未确定。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="173" />
            <source>Sale %1 is not booked.</source>
            <translation>销售 %1 未入账。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereplayapply.cpp" line="228" />
            <source>Sale %1 has no line %2.</source>
            <translation>销售 %1 没有第 %2 行。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="40" />
            <source>"%1" is missing (a UUID).</source>
            <translation>缺少“%1”（UUID）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="45" />
            <source>"%1" is not a UUID: %2</source>
            <translation>“%1”不是 UUID：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="53" />
            <source>"%1" must be an amount as text, like "20.00".</source>
            <translation>“%1”必须是文本形式的金额，例如“20.00”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="56" />
            <source>"%1" is not an amount: %2</source>
            <translation>“%1”不是有效金额：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="58" />
            <source>"%1" must not be negative.</source>
            <translation>“%1”不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="68" />
            <source>"%1" must be a quantity as text, like "2" or "0.355".</source>
            <translation>“%1”必须是文本形式的数量，例如“2”或“0.355”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="71" />
            <source>"%1" is not a quantity above zero: %2</source>
            <translation>“%1”不是大于零的数量：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="86" />
            <source>Unknown outcome "%1" (approve, decline, cancel, reply_lost, timeout).</source>
            <translation>未知结果“%1”（approve、decline、cancel、reply_lost、timeout）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="93" />
            <source>A sale needs "lines".</source>
            <translation>销售需要“lines”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="99" />
            <source>A sale line needs a "code" (barcode, PLU or SKU).</source>
            <translation>销售行需要“code”（条码、PLU 或 SKU）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="108" />
            <source>A sale needs "tenders".</source>
            <translation>销售需要“tenders”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="115" />
            <source>Unknown tender type "%1" (cash, card, qr, face).</source>
            <translation>未知支付方式“%1”（cash、card、qr、face）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="122" />
            <source>A QR tender needs the scanned "code".</source>
            <translation>付款码支付需要扫描到的“code”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="127" />
            <source>A cash tender has no outcome.</source>
            <translation>现金支付没有结果（outcome）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="142" />
            <source>A refund line needs the sale's "line" number or a "code".</source>
            <translation>退货行需要销售的“line”行号或“code”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="153" />
            <source>A refund goes back to "card", "qr", "face" (the sale's own payments) or "cash".</source>
            <translation>退款只能退回“card”“qr”“face”（原销售的付款方式）或“cash”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="158" />
            <source>A cash refund has no outcome.</source>
            <translation>现金退款不能指定结果（outcome）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="184" />
            <source>Not a JSON object: %1</source>
            <translation>不是 JSON 对象：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="196" />
            <source>Unknown operation "%1".</source>
            <translation>未知操作“%1”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="201" />
            <source>"at" must be a time with its UTC offset, like 2026-12-07T19:45:00+08:00: %1</source>
            <translation>“at”必须是带 UTC 偏移的时间，例如 2026-12-07T19:45:00+08:00：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="205" />
            <source>"operator" is missing (an operator number like "01").</source>
            <translation>缺少“operator”（操作员编号，例如“01”）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/replayoperation.cpp" line="248" />
            <source>Replayed</source>
            <translation>已回放</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::SaleScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="117" />
            <source>Scan or type a code</source>
            <translation>扫描或输入编码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="127" />
            <source>Percent: 10 % then F3 or F5 takes 10% off</source>
            <translation>百分比：输入 10 % 再按 F3 或 F5，即优惠 10%</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="148" />
            <source>Enter</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="151" />
            <source>Pay 去付款</source>
            <translation>去付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="205" />
            <source>TOTAL</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="225" />
            <source>Qty ×</source>
            <translation>数量 ×</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="226" />
            <source>Line discount</source>
            <translation>单品折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="227" />
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="228" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="229" />
            <source>Order discount</source>
            <translation>整单折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="230" />
            <source>Hold</source>
            <translation>挂单</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="231" />
            <source>Recall</source>
            <translation>取单</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="232" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="233" />
            <source>Void ticket</source>
            <translation>撤销本单</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="247" />
            <source>Key: %1</source>
            <translation>按键：%1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="280" />
            <source>The open ticket is back: %n line(s).</source>
            <translation>
                <numerusform>未完成的单据已恢复：%n 行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="289" />
            <source>No opening float booked today: Cash (F9) books it.</source>
            <translation>今日尚未登记备用金：按“现金”（F9）登记。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="330" />
            <source>Finish the open window first, then scan %1 again.</source>
            <translation>请先完成当前窗口，再重新扫描 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="374" />
            <source>Put the item on the scale: %1 is sold by weight.</source>
            <translation>请将商品放到电子秤上：%1 为称重商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="394" />
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="422" />
            <source>Items: %1</source>
            <translation>件数：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="423" />
            <source>Gross: %1</source>
            <translation>原价合计：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="425" />
            <source>Discounts: %1</source>
            <translation>优惠：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="438" />
            <source>%1 off</source>
            <translation>优惠 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreen.cpp" line="541" />
            <source>A percentage goes with Line discount (F3) or Order discount (F5).</source>
            <translation>百分比须配合单品折扣（F3）或整单折扣（F5）使用。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Damaged packaging</source>
            <translation>包装破损</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Near expiry</source>
            <translation>临近保质期</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Customer complaint</source>
            <translation>顾客投诉</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="37" />
            <source>Regular customer</source>
            <translation>老顾客</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="38" />
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Price match</source>
            <translation>价格匹配</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Shelf price differs</source>
            <translation>与货架价格不符</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Wrong price in the system</source>
            <translation>系统价格错误</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="43" />
            <source>Damaged item</source>
            <translation>商品破损</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="50" />
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="324" />
            <source>The ticket is empty: scan an item first.</source>
            <translation>单据为空：请先扫描商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="50" />
            <source>Select a line first (↑ ↓).</source>
            <translation>请先选择一行（↑ ↓）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="57" />
            <source>%1 takes an amount, not a percentage.</source>
            <translation>%1 需输入金额，不能输入百分比。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="62" />
            <source>Type the amount on the keypad first, then %1 (1000 is 10.00).</source>
            <translation>请先在小键盘输入金额，再按 %1（1000 即 10.00）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="82" />
            <source>Type the percentage first, then %: 10% = 10 %.</source>
            <translation>请先输入数字，再按 %：10% 即输入 10 %。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="109" />
            <source>A discount is between 0% and 100%: type 10 % for 10% off.</source>
            <translation>折扣须在 0% 到 100% 之间：优惠 10% 请输入 10 %。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="127" />
            <source>Now scan the serial number (IMEI) of %1.</source>
            <translation>请扫描 %1 的串号（IMEI）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="149" />
            <source>%1 is not a serial number of %2: scan the serial number on the box.</source>
            <translation>%1 不是 %2 的串号：请扫描包装盒上的串号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="153" />
            <source>Serial %1 cannot be sold: it is %2.</source>
            <translation>串号 %1 不能销售：状态为“%2”。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="162" />
            <source>%1, serial number %2</source>
            <translation>%1，串号 %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="172" />
            <source>Scan the serial number (IMEI) of %1 first.</source>
            <translation>请先扫描 %1 的串号（IMEI）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="183" />
            <source>Not allowed without a supervisor: %1</source>
            <translation>需要主管授权：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="196" />
            <source>Type the quantity first, then × (F2 or *).</source>
            <translation>请先输入数量，再按 ×（F2 或 *）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="215" />
            <source>Quantity of %1: %2</source>
            <translation>%1 的数量：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="240" />
            <source>Why %1 off %2?</source>
            <translation>%2 优惠 %1 的原因？</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="245" />
            <source>%1 off %2: %3</source>
            <translation>%2 优惠 %1：%3</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="254" />
            <source>Discount removed from %1.</source>
            <translation>已取消 %1 的折扣。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="255" />
            <source>%1 off %2 (%3).</source>
            <translation>%2 优惠 %1（%3）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="273" />
            <source>Why sell %1 at %2?</source>
            <translation>%1 按 %2 销售的原因？</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="277" />
            <source>%1 at %2 instead of %3: %4</source>
            <translation>%1 改价为 %2，原价 %3：%4</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="287" />
            <source>%1 now sells at %2 (%3).</source>
            <translation>%1 现售价 %2（%3）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="304" />
            <source>Removed: %1 × %2</source>
            <translation>已删除：%1 × %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="342" />
            <source>Why %1 off the whole ticket?</source>
            <translation>整单优惠 %1 的原因？</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="347" />
            <source>%1 off the ticket: %2</source>
            <translation>整单优惠 %1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="359" />
            <source>Order discount removed.</source>
            <translation>已取消整单折扣。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="359" />
            <source>%1 off the ticket (%2).</source>
            <translation>整单优惠 %1（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="366" />
            <source>%1 +%2</source>
            <translation>%1 +%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="367" />
            <source>No. %1: %2</source>
            <translation>%1 号：%2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="374" />
            <source>Nothing to hold: the ticket is empty.</source>
            <translation>单据为空：无需挂单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="380" />
            <source>A held ticket is named by a number of up to 6 digits (12 F6), or by nothing.</source>
            <translation>挂单编号最多 6 位数字（如 12 F6），也可不编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="393" />
            <source>Ticket held: %1. Recall it with F7.</source>
            <translation>已挂单：%1。按 F7 取单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="400" />
            <source>Hold (F6) or finish this ticket before recalling another.</source>
            <translation>请先挂单（F6）或结束本单，再取其他单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="409" />
            <source>No ticket is on hold.</source>
            <translation>没有挂单。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="426" />
            <source>Recalled: %1.</source>
            <translation>已取单：%1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="426" />
            <source>ticket</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="433" />
            <source>The ticket is already empty.</source>
            <translation>单据已经为空。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="438" />
            <source>Press F8 again to void this ticket: %n line(s), %1.</source>
            <translation>
                <numerusform>再按一次 F8 撤销本单：%n 行，%1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="455" />
            <source>Ticket voided.</source>
            <translation>本单已撤销。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="482" />
            <source>Nothing to pay: scan an item first.</source>
            <translation>无需付款：请先扫描商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="487" />
            <source>To pay: %1</source>
            <translation>应收：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salescreenactions.cpp" line="496" />
            <source>Change %1 · Receipt %2</source>
            <translation>找零 %1 · 小票 %2</translation>
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
            <translation>无法读取该销售。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereader.cpp" line="109" />
            <source>No sale has the receipt number %1.</source>
            <translation>没有单号为 %1 的销售。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salereader.cpp" line="177" />
            <source>The sales could not be read.</source>
            <translation>无法读取销售数据。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="55" />
            <source>The store has no shop floor to sell from: add a location of the kind Store.</source>
            <translation>门店没有可供销售的卖场库位：请添加一个类型为 Store（卖场）的库位。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="83" />
            <source>The sale has no id.</source>
            <translation>销售没有编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="85" />
            <source>The ticket is empty: scan something first.</source>
            <translation>本单为空：请先扫码。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="87" />
            <source>The ticket is not in the store's currency.</source>
            <translation>本单的币种不是本店币种。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="96" />
            <source>Scan the serial number of %1.</source>
            <translation>请扫描 %1 的串号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="113" />
            <source>%1 is still to pay.</source>
            <translation>还需支付 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="117" />
            <source>A payment has no id of its own.</source>
            <translation>有一笔支付没有独立编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/saleservice.cpp" line="151" />
            <source>The receipt cannot be printed.</source>
            <translation>小票无法打印。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="193" />
            <location filename="../../modules/checkout/salewrite.cpp" line="197" />
            <location filename="../../modules/checkout/salewrite.cpp" line="234" />
            <location filename="../../modules/checkout/salewrite.cpp" line="265" />
            <location filename="../../modules/checkout/salewrite.cpp" line="314" />
            <location filename="../../modules/checkout/salewrite.cpp" line="344" />
            <source>The sale could not be saved.</source>
            <translation>销售无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="276" />
            <source>%1 %2: %3 instead of %4 (%5)</source>
            <translation>%1 %2：改价 %3，原价 %4（%5）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="280" />
            <source>%1 %2: %3 off (%4)</source>
            <translation>%1 %2：优惠 %3（%4）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="295" />
            <source>%1% off the order = %2</source>
            <translation>整单优惠 %1% = %2</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="297" />
            <source>%1 off the order</source>
            <translation>整单优惠 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="319" />
            <source>The %1 payment has not been approved.</source>
            <translation>%1：该笔支付尚未成功。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/salewrite.cpp" line="322" />
            <source>The %1 payment took %2, not %3.</source>
            <translation>%1：该笔支付实扣 %2，而不是 %3。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="50" />
            <source>%1 is out of stock.</source>
            <translation>%1 缺货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="51" />
            <source>Only %1 of %2 in stock.</source>
            <translation>%2 库存仅剩 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tillqueries.cpp" line="59" />
            <source>The best sellers could not be read.</source>
            <translation>无法读取畅销商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::SalesJournalScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="87" />
            <source>Void</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="88" />
            <source>Refund</source>
            <translation>退货</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="91" />
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="92" />
            <source>This register's receipts. Scan a receipt to open it, then reprint, void or take goods back.</source>
            <translation>本收银台的小票。扫描小票打开，然后可重印、撤销或退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="133" />
            <source>Receipt number: scan the receipt or type it</source>
            <translation>小票单号：扫描小票或输入单号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Receipt</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="142" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Rung up by mistake</source>
            <translation>误收银</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Customer changed their mind</source>
            <translation>顾客改变主意</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="154" />
            <source>Wrong payment method</source>
            <translation>支付方式错误</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="156" />
            <source>Why the sale is voided</source>
            <translation>撤销原因</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="247" />
            <source>Voided</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="250" />
            <source>Paid</source>
            <translation>已付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="251" />
            <source>Goods taken back</source>
            <translation>已退货</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="274" />
            <source>No sale has the receipt number %1.</source>
            <translation>没有单号为 %1 的销售。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="307" />
            <source>%1 is voided already.</source>
            <translation>%1 已撤销。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="310" />
            <source>%1 is from %2: only today's sales can be voided. Use Refund.</source>
            <translation>%1 是 %2 的销售：只能撤销当日销售。请使用退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="313" />
            <source>Goods of %1 were taken back already: refund the rest instead.</source>
            <translation>%1 已有商品退货：请改为退还其余商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="329" />
            <source>Void %1 (%2)</source>
            <translation>撤销 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="332" />
            <source>Not voided: no supervisor approved it.</source>
            <translation>未撤销：主管未授权。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="358" />
            <source>Returning the payment of %1 on the terminal: the void books when it is back.</source>
            <translation>正在支付终端上退回 %1 的款项：退回后撤销入账。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="368" />
            <source>%1 voided: %2 taken off, goods back in stock.</source>
            <translation>%1 已撤销：已扣除 %2，商品已退回库存。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/salesjournalscreen.cpp" line="79" />
            <source>Today's receipts: preview, reprint, void and refund</source>
            <translation>当日小票：预览、重印、撤销和退货</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::SelfCheckoutScreen</name>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="151" />
            <source>To add more, go back to your items first.</source>
            <translation>如需继续添加商品，请先返回商品列表。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="170" />
            <source>%1 is sold by weight and the scale shows no steady weight.</source>
            <translation>%1 为称重商品，电子秤读数尚未稳定。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="174" />
            <source>%1 is sold by weight: an attendant checks it.</source>
            <translation>%1 为称重商品：需由服务员核对。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="186" />
            <source>%1 is age-restricted: an attendant checks the buyer's age.</source>
            <translation>%1 为限龄商品：需由服务员核验购买者年龄。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="200" />
            <source>Put %1 on the scale and scan it again.</source>
            <translation>请将 %1 放到电子秤上，再扫描一次。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="204" />
            <source>%1 has a serial number: please pay for it at a staffed till.</source>
            <translation>%1 带有串号：请到人工收银台付款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="219" />
            <source>Added: %1</source>
            <translation>已添加：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="250" />
            <source>Waiting for an attendant: %1</source>
            <translation>等待服务员：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="266" />
            <source>Self-checkout %1 needs an attendant.</source>
            <translation>自助收银机 %1 需要服务员协助。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="272" />
            <source>Attendant at the self-checkout</source>
            <translation>服务员操作自助收银机</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="280" />
            <source>Touch the item to remove first.</source>
            <translation>请先点选要移除的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="284" />
            <source>Remove %1 from the self-checkout ticket</source>
            <translation>从自助收银单中移除 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="301" />
            <source>Removed: %1</source>
            <translation>已移除：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="333" />
            <source>A payment was made: an attendant finishes this purchase.</source>
            <translation>已有付款：请由服务员完成本次购物。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutflow.cpp" line="337" />
            <source>Cancel the self-checkout purchase of %1</source>
            <translation>取消金额为 %1 的自助收银交易</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="53" />
            <source>Part is paid already: please pay the rest.</source>
            <translation>已支付部分款项：请支付剩余金额。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="74" />
            <source>Show your payment code</source>
            <translation>请出示付款码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="99" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="430" />
            <source>Look at the camera</source>
            <translation>请看摄像头</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="100" />
            <source>Insert or tap your card</source>
            <translation>请插卡或挥卡</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="101" />
            <source>Paying with your payment code</source>
            <translation>正在使用付款码支付</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="147" />
            <source>%1 paid. Please pay the rest, %2.</source>
            <translation>已支付 %1，请支付剩余的 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="150" />
            <source>not paid</source>
            <translation>未付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="151" />
            <source>%1 not paid: %2. Please choose how to pay.</source>
            <translation>%1 支付失败：%2。请重新选择支付方式。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="178" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="436" />
            <source>Receipt %1</source>
            <translation>小票 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="179" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="437" />
            <source>Please take your receipt</source>
            <translation>请取走您的小票</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutpay.cpp" line="180" />
            <source>No receipt printed</source>
            <translation>未打印小票</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="141" />
            <source>Self-checkout</source>
            <translation>自助收银</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="144" />
            <source>An attendant is on the way</source>
            <translation>服务员马上就到</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="147" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="377" />
            <source>Call attendant</source>
            <translation>呼叫服务员</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="159" />
            <source>Welcome</source>
            <translation>欢迎光临</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="166" />
            <source>Start</source>
            <translation>开始结账</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="171" />
            <source>Or simply scan your first item</source>
            <translation>或直接扫描第一件商品</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="184" />
            <source>Scan each item's barcode</source>
            <translation>请扫描每件商品的条码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="211" />
            <source>Pay</source>
            <translation>去付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="215" />
            <source>Remove item</source>
            <translation>移除商品</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="218" />
            <source>Cancel purchase</source>
            <translation>取消购物</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="233" />
            <source>How would you like to pay?</source>
            <translation>请选择支付方式</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="238" />
            <source>Face pay</source>
            <translation>刷脸支付</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="239" />
            <source>Payment code</source>
            <translation>付款码</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="240" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="250" />
            <source>Back to my items</source>
            <translation>返回商品列表</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="254" />
            <source>No receipt, thanks</source>
            <translation>不要小票，谢谢</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="274" />
            <source>Please wait — do not pay twice</source>
            <translation>请稍候，请勿重复付款</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="277" />
            <source>Cancel payment</source>
            <translation>取消支付</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="290" />
            <source>Payment successful</source>
            <translation>支付成功</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="295" />
            <source>Finish</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="340" />
            <source>%1 kg</source>
            <translation>%1 kg</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="356" />
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="360" />
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="364" />
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="365" />
            <source>To pay %1</source>
            <translation>应付 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/selfcheckoutscreen.cpp" line="377" />
            <source>Attendant: unlock</source>
            <translation>服务员：解锁</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::TenderSplit</name>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="39" />
            <source>Nothing to round: the amount is negative.</source>
            <translation>无需抹零：金额为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="71" />
            <source>A payment is in another currency than the sale.</source>
            <translation>有一笔支付的币种与销售不同。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="73" />
            <source>A payment must be more than zero.</source>
            <translation>支付金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="90" />
            <source>The card and QR payments are more than the sale: take %1 off them.</source>
            <translation>银行卡和扫码支付的金额超过应收：请从中减去 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="20" />
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="22" />
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="24" />
            <source>QR payment</source>
            <translation>扫码支付</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="26" />
            <source>Face pay</source>
            <translation>刷脸支付</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="28" />
            <source>Member balance</source>
            <translation>会员余额</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="30" />
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/tendersplit.cpp" line="32" />
            <source>Coupon</source>
            <translation>优惠券</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::TicketModel</name>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="29" />
            <source>%1 kg</source>
            <translation>%1 kg</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="55" />
            <source>Serial number: scan it</source>
            <translation>串号：请扫描</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="55" />
            <source>SN %1</source>
            <translation>串号 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="57" />
            <source>Price: %1</source>
            <translation>售价：%1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="92" />
            <source>List price %1</source>
            <translation>原价 %1</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="106" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="108" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="110" />
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="112" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/ui/ticketmodel.cpp" line="114" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>qtill::checkout::VoidService</name>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="50" />
            <location filename="../../modules/checkout/voidservice.cpp" line="68" />
            <source>The void could not be read.</source>
            <translation>无法读取撤销记录。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="79" />
            <source>Say why the sale is voided.</source>
            <translation>请说明撤销原因。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="82" />
            <source>%1 is from %2: only today's sales can be voided. Take the goods back as a refund.</source>
            <translation>%1 是 %2 的交易：只能撤销当日交易，请改为退货。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="88" />
            <source>The sale could not be read.</source>
            <translation>无法读取该销售。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="92" />
            <source>The %1 payment of %2 has not been returned yet: return it on the terminal first.</source>
            <translation>%2 中的%1款项尚未退回：请先在支付终端上退款。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="101" />
            <source>The void has no id.</source>
            <translation>撤销记录没有编号。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="126" />
            <location filename="../../modules/checkout/voidservice.cpp" line="135" />
            <location filename="../../modules/checkout/voidservice.cpp" line="160" />
            <source>The sale could not be voided.</source>
            <translation>该销售无法撤销。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="133" />
            <source>%1 was voided already.</source>
            <translation>%1 已撤销。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="139" />
            <source>Goods of %1 were taken back already: refund the rest instead.</source>
            <translation>%1 已有商品退货：请改为退还其余商品。</translation>
        </message>
        <message>
            <location filename="../../modules/checkout/voidservice.cpp" line="176" />
            <source>%1 voided (%2)</source>
            <translation>已撤销 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>qtill::cli</name>
        <message>
            <location filename="../../src/cli/args.cpp" line="73" />
            <source>The option --%1 needs a value.</source>
            <translation>选项 --%1 需要一个值。</translation>
        </message>
        <message>
            <location filename="../../src/cli/args.cpp" line="82" />
            <source>Unknown option %1.</source>
            <translation>未知选项 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="31" />
            <source>The audit log is broken: %1</source>
            <translation>审计日志已损坏：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="32" />
            <source>The audit log is intact: %1 entries checked.</source>
            <translation>审计日志完整：已检查 %1 条记录。</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="43" />
            <location filename="../../src/cli/productscommand.cpp" line="68" />
            <location filename="../../src/cli/salescommand.cpp" line="56" />
            <source>--limit needs a positive number.</source>
            <translation>--limit 需要一个正数。</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Seq</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Operator</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Approver</source>
            <translation>授权人</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="63" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="64" />
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../../src/cli/auditcommand.cpp" line="91" />
            <source>Use: audit verify | audit list [--limit N] [--action PREFIX] [--operator NUMBER]</source>
            <translation>用法：audit verify | audit list [--limit N] [--action PREFIX] [--operator NUMBER]</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="19" />
            <source>Use: backup [PATH]</source>
            <translation>用法：backup [PATH]</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="31" />
            <source>Backup written: %1</source>
            <translation>备份已写入：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="40" />
            <source>Use: restore BACKUP</source>
            <translation>用法：restore BACKUP</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="44" />
            <source>There is no backup file at %1.</source>
            <translation>%1 处没有备份文件。</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="51" />
            <source>a user with access to the file (the store was missing or damaged)</source>
            <translation>有该文件访问权限的用户（门店数据缺失或已损坏）</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="81" />
            <source>Restored %1 from %2.</source>
            <translation>已从 %2 恢复 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/backupcommand.cpp" line="83" />
            <source>The previous file is kept in %1.</source>
            <translation>原文件已保留在 %1。</translation>
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
            <translation>用法：qtillctl [--db PATH|postgresql://USER@HOST/DATABASE] [--json] [--verbose] [--as NUMBER] COMMAND ...

无界面的 Qtill 门店管理工具。数据库取自 --db，其次是 $QTILL_DB，否则使用默认文件：可以是
SQLite 文件，也可以是多台收银台共用的 PostgreSQL 数据库（postgresql://USER@HOST:PORT/DATABASE，
或 ?host=/socket/folder）。数据库密码不在命令行中给出：请写入 ~/.pgpass（权限 0600）。
会修改数据的命令需以操作员身份执行：--as NUMBER，密码取自 $QTILL_PIN，
否则需手动输入（不显示）。新密码取自 $QTILL_NEW_PIN，否则会要求输入两次。

  init [--demo]                     创建或升级门店；首次运行会添加操作员 00、01、99；
                                    --demo 添加演示超市（门店资料、税目、约 300 个商品）
  users list
  users add NUMBER NAME [--role ROLE]        角色：cashier、supervisor、manager、owner
  users set-pin NUMBER | unlock NUMBER | set-role NUMBER ROLE | disable NUMBER | enable NUMBER
  permissions list
  permissions grant ROLE KEY | revoke ROLE KEY
  backup [PATH]                     生成门店数据的一致性副本（默认存入备份文件夹）；
                                    PostgreSQL 上为 pg_dump 自定义格式文件
  restore BACKUP                    用备份替换门店数据（保留当前数据；PostgreSQL 上
                                    用 pg_restore 恢复，须在没有收银台连接时进行）
  audit verify                      校验审计日志的哈希链
  audit list [--limit N] [--action PREFIX] [--operator NUMBER]
  profile show
  profile set KEY VALUE             键：name、address、phone、tax-id、logo、receipt-header、
                                    receipt-footer、currency、day-start、time-zone（IANA 时区，
                                    如 Asia/Shanghai）、register-id、idle-lock
  tax list
  tax add CODE NAME RATE [--default]
  tax set CODE [--name NAME] [--rate RATE] [--default]
  db status                         存储位置、数据库引擎及版本、大小、数据结构版本、
                                    完整性检查
  db copy --to ADDRESS              将整个门店数据复制到一个空的 PostgreSQL 数据库或新文件，
                                    在一个事务中完成并校验（行数、审计哈希链、库存
                                    流水）；请先关闭各收银台
  stocktake start LOCATION [CATEGORY] [--note TEXT]
                                    盘点一个库位（或其中的一个分类）；账面库存将被冻结
  stocktake count ID CODE [QTY] [--replace]
                                    扫码计数一个条码（扫一次计一件），或按条码/货号录入数量 QTY；
                                    --replace 重盘：替换您本人对该商品的盘点数
  stocktake variance ID [--all] [--zero-uncounted]
                                    数量和金额的差异（已计入盘点期间的销售）
  stocktake approve ID [--zero-uncounted] | cancel ID | list
                                    approve 将盈亏计入库存；--zero-uncounted
                                    将无人盘点的商品清零
  reorder alerts                    低于安全库存的商品
  reorder suggest [--days N] [--supplier CODE] [--create-po]
                                    建议订货量：日均销量（最近 N 天，默认 28）× 到货天数
                                    + 安全库存 − 现存 − 在途，按整包装取整；
                                    --create-po 将建议生成采购单草稿
  serial show SERIAL                售后查询：商品、小票、销售、顾客、保修截止日期
  serial add ITEMCODE SERIAL... [--note DOCUMENT]   手工登记串号
  products import FILE [--update] [--create-missing] [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run]
                                    从 CSV 添加商品；先检查每一行，报告会列出每个有问题的行；
                                    除非所有行都正确或指定了 --good-rows-only，否则不导入任何数据；
                                    --update 允许用文件中的行修改对应的商品（价格表：只需 sku,price）；
                                    --create-missing 添加文件中提到而本店没有的分类和部门（其他门店的导出）
  products export FILE [--encoding utf-8|gb18030] [--no-bom]
                                    按导入所用的列将商品资料导出为 CSV
  products list [TEXT] [--limit N]  按货号排列；带 TEXT 时即输即搜（名称、拼音首字母、
                                    货号或条码前缀）
  products show CODE                按货号、条码、PLU 或条码秤标签显示一个商品
  stock show CODE                   各库位的现存及平均成本（CODE：货号或条码）
  stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N]
                                    库存流水，最新的在前，附滚动结存
  stock adjust CODE LOCATION QTY --reason adjustment|damage|loss|opening --note TEXT
                                    手工调整库存；需要 inventory.adjust 权限。damage 和 loss
                                    会减去 QTY；负数调整量须放在 -- 之后：-- -2
  stock verify                      验证每个现存数量都等于其库存流水之和
  stock import FILE [--good-rows-only] [--dry-run]
                                    按盘点清单设置现存（sku 或 barcode、location、
                                    on_hand）；差异记为库存流水
  stock export FILE                 按导入所用的列导出所有非零库存余额
  suppliers import FILE [--good-rows-only] [--dry-run]
                                    导入供应商（code、name、contact、phone、lead_time_days、active），
                                    或在有 sku 列时导入其供货商品（supplier、sku、
                                    supplier_item_code、cost、pack_size、preferred）
  suppliers export FILE [--items]   导出供应商，或加 --items 导出其供货商品
  sales list [--day DATE] [--register ID] [--limit N]
                                    已入账的销售，最新的在前
  sales show RECEIPT                一笔销售：商品行、折扣、支付方式、找零
  sales replay FILE                 通过收银服务入账 JSON Lines 文件中的收银操作（销售、撤销、
                                    退货、现金）；详见 docs/replay.md
  journal verify                    重新计算每台收银台的电子日志（序号、哈希、累计
                                    总额），并逐一核对每笔销售、商品行和支付
  sales history import FILE [--good-rows-only] [--dry-run]
                                    导入启用 Qtill 前所用收银系统的各商品日销量（date、
                                    sku 或 barcode、quantity、value），用于畅销排行和补货；
                                    仅限首笔 Qtill 销售之前的日期；不改变库存
  sales history export FILE         按导入所用的列导出已导入的销售历史
  sales history batches             已导入的批次（SH-…），含日期与行数
  sales history remove BATCH        撤回误导入的批次（记入审计日志）
  po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers
  po create SUPPLIER ITEM... [--location LOC] [--note TEXT]
                                    创建采购单草稿；ITEM 格式为 CODE[xCOUNT][@COST]，箱条码
                                    按整箱计数（6924808883587x2 = 2 箱）
  po send|cancel|close NUMBER       发送草稿；到货前取消；关闭未足量到货的采购单
  po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over]
                                    收货入库（- ：无采购单，需指定 --supplier 和 --location）；
                                    同时更新库存和移动平均成本；串号商品每件给一个串号：
                                    CODEx2:SERIAL1,SERIAL2
  po return SUPPLIER ITEM... --location LOC [--reason TEXT]
                                    退货给供应商（RT-…）；串号商品须逐件指明退回的串号：
                                    CODEx2:SERIAL1,SERIAL2
  promotions list [--all]           正在进行的促销（--all：包括已停用的）
  promotions set FILE.json          新增或修改促销（单个对象或数组；见 docs/pricing.md），
                                    商品用 "skus" 指定，分类用 "categoryCodes" 指定
  promotions on|off ID              启用或停用促销（停用后仍保留）
  promotions explain CART.json [--tier T] [--at TIME]
                                    为购物车计价（{"lines":[{"code":…,"qty":"3"}]}）并说明原因
  coupons campaign create --name NAME [--kind amount_off|percent_off|threshold|free_item|points_multiplier]
         [--amount YUAN] [--percent P --cap YUAN] [--min-spend YUAN] [--multiplier 200]
         (--days N | [--from DATE] --until DATE) [--categories ID,… | --products ID,…]
         [--per-member N] [--total N] [--exclusive]
                                    创建优惠券活动（见 docs/coupons.md）
  coupons campaign issue ID --count N | --members ID,ID,…
                                    生成匿名券码，或给每位会员发一张优惠券（遵守每人限额）
  coupons campaign list | report ID 已发放、已核销、未使用、已过期、优惠金额、销售笔数
  vouchers import FILE              导入团购平台的团购券（platform、code、sku 或 value、
                                    valid_until）；列出每个有问题的行，除非所有行都正确，
                                    否则不导入任何数据
  members add MOBILE [--name NAME]  注册会员（手机号：11 位，不可重复）
  members find TEXT | show MEMBER   按会员号、卡号或手机号查找；脱敏显示（138****1234），
                                    除非 --as 指定的操作员有权查看个人信息
  members topup MEMBER AMOUNT [TENDER]
                                    储值充值（TENDER：cash、wechat、alipay、card …），
                                    按充值规则赠送；记入电子日志
  members export MEMBER [FILE]      以 JSON 导出该会员的全部数据
  members erase MEMBER --reason TEXT
                                    应会员要求删除个人信息（保留历史记录，匿名化处理）

退出码：0 成功，1 出错，2 用法错误。
</translation>
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="154" />
            <source>Name a command.</source>
            <translation>请指定一个命令。</translation>
        </message>
        <message>
            <location filename="../../src/cli/cli.cpp" line="178" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="100" />
            <source>--kind is amount_off, percent_off, threshold, free_item or points_multiplier.</source>
            <translation>--kind 可选 amount_off、percent_off、threshold、free_item 或 points_multiplier。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="107" />
            <source>--%1 needs an amount in yuan, like 10 or 9.90.</source>
            <translation>--%1 需要以元为单位的金额，例如 10 或 9.90。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="114" />
            <source>--percent needs a number, like 20 for 20 %.</source>
            <translation>--percent 需要一个数字，例如 20 表示 20%。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="121" />
            <source>--multiplier, --days, --per-member and --total need whole numbers.</source>
            <translation>--multiplier、--days、--per-member 和 --total 需要整数。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="124" />
            <source>--from and --until need a date like 2026-12-31.</source>
            <translation>--from 和 --until 需要日期，例如 2026-12-31。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="129" />
            <source>--products and --categories need ids separated by commas, like 3,7.</source>
            <translation>--products 和 --categories 需要以逗号分隔的编号，例如 3,7。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="154" />
            <source>Campaign %1 created: %2.</source>
            <translation>已创建优惠券活动 %1：%2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="173" />
            <source>coupons campaign issue ID --count N | --members ID,ID,…</source>
            <translation>coupons campaign issue ID --count N | --members ID,ID,…</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="209" />
            <source>%1 coupons issued.</source>
            <translation>已发放 %1 张优惠券。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="211" />
            <source>%1 members hold the per-member limit already and got none.</source>
            <translation>%1 位会员已达每人限额，未获发放。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Id</source>
            <translation>编号</translation>
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
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="148" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Issued</source>
            <translation>已发放</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="221" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="228" />
            <source>%1 days from issue</source>
            <translation>发放后 %1 天</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="242" />
            <source>coupons campaign report ID</source>
            <translation>coupons campaign report ID</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="261" />
            <source>%1 (%2)
Issued %3, redeemed %4, open %5, expired %6
Discount given %7 on %8 sales</source>
            <translation>%1（%2）
已发放 %3，已核销 %4，未使用 %5，已过期 %6
共优惠 %7，涉及 %8 笔销售</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="278" />
            <source>coupons campaign create|issue|list|report</source>
            <translation>coupons campaign create|issue|list|report</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="290" />
            <source>Unknown subcommand "%1".</source>
            <translation>未知的子命令“%1”。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="297" />
            <source>vouchers import FILE</source>
            <translation>vouchers import FILE</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="300" />
            <source>The file %1 could not be opened.</source>
            <translation>无法打开文件 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <source>Line</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="312" />
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="324" />
            <source>%1 of %2 rows have problems, so nothing was imported. Fix them and import the file again.</source>
            <translation>%2 行中有 %1 行存在问题，因此未导入任何数据。请修正后重新导入该文件。</translation>
        </message>
        <message>
            <location filename="../../src/cli/couponscommand.cpp" line="328" />
            <source>%1 vouchers imported (batch %2).</source>
            <translation>已导入 %1 张团购券（批次 %2）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Schema</source>
            <translation>数据结构</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="40" />
            <source>Latest</source>
            <translation>最新版本</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="64" />
            <source>Database:     %1 (%2 KiB)</source>
            <translation>数据库：      %1（%2 KiB）</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="65" />
            <source>Engine:       %1 %2</source>
            <translation>数据库引擎： %1 %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="66" />
            <source>Quick check:  %1</source>
            <translation>快速检查：    %1</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="67" />
            <source>Operators:    %1   Products: %2   Audit entries: %3</source>
            <translation>操作员：      %1   商品：%2   审计记录：%3</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="84" />
            <source>The stock ledger of the copy %1 does not add up: %2 (run "qtillctl stock verify" on the source too).</source>
            <translation>副本 %1 的库存台账对不上：%2（请也在源库上运行“qtillctl stock verify”）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="94" />
            <source>Use: db copy --to postgresql://USER@HOST/DATABASE | --to NEW-FILE</source>
            <translation>用法：db copy --to postgresql://用户@主机/数据库 | --to 新文件</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="115" />
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="115" />
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="120" />
            <source>Copied %1 to %2: %3 rows in %4 tables, the same counts as the source.</source>
            <translation>已将 %1 复制到 %2：%4 张表共 %3 行，与源库行数一致。</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="124" />
            <source>Audit chain verified on the copy: %1 entries. Stock ledger verified: %2 balances, %3 movements.</source>
            <translation>副本审计链校验通过：%1 条。库存台账校验通过：%2 个结存，%3 条流水。</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="129" />
            <source>Rebuilt on the copy instead of copied: %1.</source>
            <translation>在副本上重建（未直接复制）：%1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/dbcommand.cpp" line="153" />
            <source>Use: db status | db copy --to ADDRESS</source>
            <translation>用法：db status | db copy --to 地址</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="104" />
            <source>Imported %1 new products and updated %2 (%3 new prices) with %4 barcodes; %5 rows skipped.</source>
            <translation>已导入 %1 个新商品，更新 %2 个（%3 个新价格），共 %4 个条码；跳过 %5 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="111" />
            <source>Created %1 categories, %2 departments and %3 brands the file named.</source>
            <translation>已创建文件中提到的 %1 个分类、%2 个部门和 %3 个品牌。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="137" />
            <source>Booked %1 stock movements; %2 rows matched the stock already; %3 rows skipped.</source>
            <translation>已记入 %1 条库存流水；%2 行与现有库存一致；跳过 %3 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="157" />
            <source>Added %1 suppliers, updated %2, set %3 supplier items; %4 rows skipped.</source>
            <translation>已新增 %1 个供应商，更新 %2 个，设置 %3 条供货商品；跳过 %4 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="179" />
            <source>Imported %1 rows of daily sales (%2 to %3) as batch %4; %5 rows skipped.</source>
            <translation>已导入 %1 行日销售数据（%2 至 %3），批次号 %4；跳过 %5 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="199" />
            <location filename="../../src/cli/importcommand.cpp" line="276" />
            <source>Unknown encoding "%1"; use utf-8 or gb18030.</source>
            <translation>未知编码“%1”；请使用 utf-8 或 gb18030。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="231" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="236" />
            <source>%1 (%2): %3 rows, %4 good, %5 with problems.</source>
            <translation>%1（%2）：共 %3 行，%4 行正确，%5 行有问题。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="244" />
            <source>Dry run: nothing was imported.</source>
            <translation>试运行：未导入任何数据。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="248" />
            <source>Nothing was imported. Fix the rows above, or run again with --good-rows-only to import the %1 good rows.</source>
            <translation>未导入任何数据。请修正上述行，或加上 --good-rows-only 重新运行，导入 %1 个正确的行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="294" />
            <source>Exported %1 products to %2.</source>
            <translation>已将 %1 个商品导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="299" />
            <source>Exported %1 rows of daily sales to %2.</source>
            <translation>已将 %1 行日销售数据导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="302" />
            <source>Exported %1 stock balances to %2.</source>
            <translation>已将 %1 条库存余额导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="305" />
            <source>Exported %1 supplier items to %2.</source>
            <translation>已将 %1 条供货商品导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="308" />
            <source>Exported %1 suppliers to %2.</source>
            <translation>已将 %1 个供应商导出到 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="337" />
            <source>Removed batch %1: %2 rows of daily sales.</source>
            <translation>已撤回批次 %1：%2 条商品日销量。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Batch</source>
            <translation>批次号</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>From</source>
            <translation>起</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>To</source>
            <translation>止</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="346" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="360" />
            <source>No sales history has been imported.</source>
            <translation>尚未导入历史销售。</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="378" />
            <source>Use: sales history import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | sales history export FILE [--encoding utf-8|gb18030] [--no-bom] | sales history batches | sales history remove BATCH</source>
            <translation>用法：sales history import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | sales history export FILE [--encoding utf-8|gb18030] [--no-bom] | sales history batches | sales history remove BATCH</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="386" />
            <source>Use: %1 import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | %1 export FILE [--encoding utf-8|gb18030] [--no-bom]</source>
            <translation>用法：%1 import FILE [--encoding utf-8|gb18030] [--good-rows-only] [--dry-run] | %1 export FILE [--encoding utf-8|gb18030] [--no-bom]</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="44" />
            <source>init takes no arguments besides --demo.</source>
            <translation>init 除 --demo 外不接受其他参数。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="51" />
            <source>Created the store %1.</source>
            <translation>已创建门店 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="51" />
            <source>The store %1 is up to date.</source>
            <translation>门店 %1 已是最新版本。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="62" />
            <source>Operators (change these PINs now with: qtillctl users set-pin NUMBER --as 00):</source>
            <translation>操作员（请立即用以下命令修改这些密码：qtillctl users set-pin NUMBER --as 00）：</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="78" />
            <source>Tax classes: %1 (see qtillctl tax list).</source>
            <translation>税率类别：%1（见 qtillctl tax list）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="112" />
            <source>Demo store: %1 products in %2 categories, %3 barcodes, opening stock in %4 locations.</source>
            <translation>演示门店：%2 个分类共 %1 个商品，%3 个条码，%4 个库位有期初库存。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="117" />
            <source>A week of sales: %1 sales, %2 voids, %3 refunds, %4 failed card payments.</source>
            <translation>一周销售：%1 笔销售，%2 笔撤销，%3 笔退货，%4 笔银行卡支付失败。</translation>
        </message>
        <message>
            <location filename="../../src/cli/initcommand.cpp" line="122" />
            <source>Promotions running: %1 added (see qtillctl promotions list).</source>
            <translation>进行中的促销：已添加 %1 个（见 qtillctl promotions list）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="43" />
            <source>Member %1  %2  %3  (%4)</source>
            <translation>会员 %1  %2  %3  （%4）</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="43" />
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="44" />
            <source>  Points %1   stored value %2</source>
            <translation>  积分 %1   储值余额 %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="46" />
            <source>  Personal data erased on request.</source>
            <translation>  已应要求删除个人信息。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="76" />
            <source>Registered member %1.</source>
            <translation>已注册会员 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="105" />
            <source>Top-up %1: %2 paid by %3, bonus %4 and %5 points; the balance is %6.</source>
            <translation>充值 %1：%3 支付 %2，赠送 %4 和 %5 积分；余额 %6。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="123" />
            <source>The personal data of member %1 was erased; its points and stored-value history are kept.</source>
            <translation>会员 %1 的个人信息已删除；其积分和储值记录仍保留。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="138" />
            <source>%1 could not be written.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="139" />
            <source>Wrote the data of member %1 to %2.</source>
            <translation>已将会员 %1 的数据写入 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="156" />
            <source>Use: members add MOBILE [--name NAME] | find TEXT | show MEMBER | topup MEMBER AMOUNT [TENDER] | export MEMBER [FILE] | erase MEMBER --reason TEXT</source>
            <translation>用法：members add MOBILE [--name NAME] | find TEXT | show MEMBER | topup MEMBER AMOUNT [TENDER] | export MEMBER [FILE] | erase MEMBER --reason TEXT</translation>
        </message>
        <message>
            <location filename="../../src/cli/memberscommand.cpp" line="159" />
            <source>Say why with --reason (for example "the customer asked").</source>
            <translation>请用 --reason 说明原因（例如“顾客要求”）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="19" />
            <source>Permission</source>
            <translation>权限</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="19" />
            <source>Title</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="52" />
            <source>Use: permissions list | permissions grant ROLE KEY | permissions revoke ROLE KEY</source>
            <translation>用法：permissions list | permissions grant ROLE KEY | permissions revoke ROLE KEY</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="64" />
            <location filename="../../src/cli/userscommand.cpp" line="52" />
            <source>"%1" is not a role. Use cashier, supervisor, manager or owner.</source>
            <translation>“%1”不是有效角色。请使用 cashier（收银员）、supervisor（主管）、manager（店长）或 owner（店主）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="72" />
            <source>%1 may now: %2.</source>
            <translation>%1 现在可以：%2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/permissionscommand.cpp" line="73" />
            <source>%1 may no longer: %2.</source>
            <translation>%1 不再可以：%2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="66" />
            <source>A count must be more than zero: %1</source>
            <translation>数量必须大于零：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="121" />
            <source>%1  %2  %3  created %4</source>
            <translation>%1  %2  %3  创建于 %4</translation>
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
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Supplier code</source>
            <translation>供应商货号</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Ordered</source>
            <translation>订货数</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Received</source>
            <translation>已收货</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="126" />
            <source>Outstanding</source>
            <translation>未到货</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="127" />
            <location filename="../../src/cli/pocommand.cpp" line="272" />
            <source>Unit cost</source>
            <translation>单位进价</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="133" />
            <source>Order value: %1</source>
            <translation>订单金额：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="145" />
            <source>Statuses: draft, sent, partly_received, received, closed, cancelled.</source>
            <translation>状态：draft（草稿）、sent（已发送）、partly_received（部分收货）、received（已收货）、closed（已关闭）、cancelled（已取消）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="161" />
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="176" />
            <source>No purchase orders match.</source>
            <translation>没有符合条件的采购单。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Lead time (days)</source>
            <translation>到货天数</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="186" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="200" />
            <source>No suppliers yet.</source>
            <translation>暂无供应商。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="216" />
            <source>Serial numbers are taken when the goods arrive: give them to po receive, not here.</source>
            <translation>串号在到货时录入：请在 po receive 中提供，而不是在这里。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="233" />
            <source>Draft purchase order %1 created. Send it with: qtillctl po send %1</source>
            <translation>已创建采购单草稿 %1。发送命令：qtillctl po send %1</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="272" />
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="293" />
            <source>Received as %1 (value %2). %3 is now %4.</source>
            <translation>已收货入库，单号 %1（金额 %2）。%3 现为：%4。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="297" />
            <source>Received as %1 (value %2).</source>
            <translation>已收货入库，单号 %1（金额 %2）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="311" />
            <source>Say where the goods are taken from: --location LOC.</source>
            <translation>请指定退货商品从哪个库位出库：--location LOC。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="331" />
            <source>Returned to %1 as %2.</source>
            <translation>已退货给 %1，单号 %2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="348" />
            <source>Use: po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers | po create SUPPLIER ITEM... [--location LOC] [--note TEXT] | po send|cancel|close NUMBER [--note TEXT] | po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over] | po return SUPPLIER ITEM... --location LOC [--reason TEXT]   (ITEM: CODE[xCOUNT][@COST][:SERIAL,SERIAL])</source>
            <translation>用法：po list [--status S[,S]] [--supplier CODE] | po show NUMBER | po suppliers | po create SUPPLIER ITEM... [--location LOC] [--note TEXT] | po send|cancel|close NUMBER [--note TEXT] | po receive NUMBER|- ITEM... [--supplier CODE] [--location LOC] [--note DELIVERY-NOTE] [--accept-over] | po return SUPPLIER ITEM... --location LOC [--reason TEXT]   （ITEM：CODE[xCOUNT][@COST][:SERIAL,SERIAL]）</translation>
        </message>
        <message>
            <location filename="../../src/cli/pocommand.cpp" line="397" />
            <location filename="../../src/cli/userscommand.cpp" line="129" />
            <source>%1 is now %2.</source>
            <translation>%1 现为：%2。</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="58" />
            <source>listed</source>
            <translation>上架</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="58" />
            <source>delisted</source>
            <translation>下架</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="82" />
            <source>No products yet. Add the demo store with: qtillctl init --demo</source>
            <translation>暂无商品。可用以下命令添加演示门店：qtillctl init --demo</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="83" />
            <source>No listed product matches "%1".</source>
            <translation>没有与“%1”匹配的上架商品。</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="142" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <location filename="../../src/cli/productscommand.cpp" line="143" />
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="86" />
            <source>Member</source>
            <translation>会员价</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="95" />
            <source>%1 of %2 products; --limit N shows more, a search text narrows.</source>
            <translation>显示 %1 个商品，共 %2 个；用 --limit N 可显示更多，输入搜索文字可缩小范围。</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="140" />
            <source>Pinyin</source>
            <translation>拼音</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="141" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="142" />
            <source> (sold by weight)</source>
            <translation>（称重销售）</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="145" />
            <source>Member price</source>
            <translation>会员价</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="146" />
            <source>Cost</source>
            <translation>进价</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="147" />
            <source>Tax class</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="149" />
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="151" />
            <source>Max stock</source>
            <translation>库存上限</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="153" />
            <source>Serials</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="153" />
            <source>each unit has a serial number</source>
            <translation>每件商品都有串号</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="155" />
            <source>Label amount</source>
            <translation>标签金额</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="157" />
            <source>Label weight</source>
            <translation>标签重量</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="158" />
            <source>Pack</source>
            <translation>包装</translation>
        </message>
        <message>
            <location filename="../../src/cli/productscommand.cpp" line="173" />
            <source>Use: products list [TEXT] [--limit N] | products show CODE | products import FILE | products export FILE</source>
            <translation>用法：products list [TEXT] [--limit N] | products show CODE | products import FILE | products export FILE</translation>
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="17" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="38" />
            <source>Use: profile show | profile set KEY VALUE (keys: %1)</source>
            <translation>用法：profile show | profile set KEY VALUE（键：%1）</translation>
        </message>
        <message>
            <location filename="../../src/cli/profilecommand.cpp" line="55" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="35" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="39" />
            <source>%1 is not JSON: %2 (at byte %3)</source>
            <translation>%1 不是有效的 JSON：%2（位于第 %3 字节）</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="50" />
            <source>Promotion %1: no product with SKU %2.</source>
            <translation>促销 %1：没有 SKU 为 %2 的商品。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="66" />
            <source>Promotion %1: no category with code %2.</source>
            <translation>促销 %1：没有编码为 %2 的分类。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="94" />
            <source>Saved promotion %1 "%2" (revision %3).</source>
            <translation>已保存促销 %1“%2”（版本 %3）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="111" />
            <source>on</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="111" />
            <source>off</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="114" />
            <source>No promotions.</source>
            <translation>没有促销。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="131" />
            <location filename="../../src/cli/promotionscommand.cpp" line="139" />
            <location filename="../../src/cli/promotionscommand.cpp" line="142" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="145" />
            <source>The cart file has no lines: {"lines":[{"code":"…","qty":"2"}]}</source>
            <translation>购物车文件中没有商品行：{"lines":[{"code":"…","qty":"2"}]}</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="161" />
            <source>  %1: −%2  %3</source>
            <translation>  %1：−%2  %3</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="163" />
            <source>  coupon %1: %2</source>
            <translation>  优惠券 %1：%2</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="164" />
            <source>Total %1 (before %2, discounts %3)%4</source>
            <translation>合计 %1（原价 %2，优惠 %3）%4</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="166" />
            <source> — best found within the search bound</source>
            <translation> —— 搜索范围内找到的最优结果</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="168" />
            <source>  Nearly: %1</source>
            <translation>  凑单提示：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="186" />
            <source>--at takes a time like 2026-12-24T18:30:00+08:00.</source>
            <translation>--at 需要时间，例如 2026-12-24T18:30:00+08:00。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="207" />
            <source>Use: promotions list [--all] | set FILE.json | on ID | off ID | explain CART.json</source>
            <translation>用法：promotions list [--all] | set FILE.json | on ID | off ID | explain CART.json</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="223" />
            <source>Promotion %1 is on.</source>
            <translation>促销 %1 已启用。</translation>
        </message>
        <message>
            <location filename="../../src/cli/promotionscommand.cpp" line="223" />
            <source>Promotion %1 is off.</source>
            <translation>促销 %1 已停用。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <location filename="../../src/cli/stockcommand.cpp" line="61" />
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <source>Short</source>
            <translation>缺口</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="36" />
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <source>On order</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="47" />
            <source> (enough)</source>
            <translation>（充足）</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="52" />
            <source>Nothing is below its safety stock.</source>
            <translation>没有低于安全库存的商品。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="63" />
            <source>Use: reorder alerts | reorder suggest [--days N] [--supplier CODE] [--create-po]</source>
            <translation>用法：reorder alerts | reorder suggest [--days N] [--supplier CODE] [--create-po]</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="80" />
            <source>--days needs a number of days.</source>
            <translation>--days 需要一个天数。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Sold/day</source>
            <translation>日均销量</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Lead</source>
            <translation>到货天数</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="94" />
            <source>Safety</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="95" />
            <source>Order</source>
            <translation>订货量</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="116" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="117" />
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="125" />
            <source>Nothing needs ordering.</source>
            <translation>无需补货。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="128" />
            <source>%1 suggestions, %2 in all (sales of the last %3 days).</source>
            <translation>共 %1 条建议，合计 %2（按最近 %3 天的销量）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="143" />
            <source>Created %1 draft purchase orders with %2 lines.</source>
            <translation>已创建 %1 张采购单草稿，共 %2 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/reordercommand.cpp" line="145" />
            <source>Not ordered (no supplier): %1</source>
            <translation>未订货（无供应商）：%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="48" />
            <source>--day needs a date like 2026-12-07.</source>
            <translation>--day 需要日期，例如 2026-12-07。</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Receipt</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Business day</source>
            <translation>营业日</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="63" />
            <source>Change</source>
            <translation>找零</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Item</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="83" />
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="108" />
            <source>%1  %2  register %3</source>
            <translation>%1  %2  收银台 %3</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="112" />
            <source>Total %1 (tax %2), paid: %3, change %4</source>
            <translation>合计 %1（税额 %2），支付：%3，找零 %4</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="133" />
            <source>Reprint of %1 queued as print job %2 (%3 copies, %4 paper) for register %5's receipt printer: it prints when the till is running and its printer is ready.</source>
            <translation>%1 的重印已加入打印任务 %2（%3 份，%4 纸张），由收银机 %5 的小票打印机打印：收银机运行且打印机就绪时即会打印。</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="165" />
            <source>Replayed %1 operations: %2 sales, %3 voids, %4 refunds, %5 cash operations, %6 failed payments, %7 skipped as already booked (%8 sales/s).</source>
            <translation>已回放 %1 个操作：%2 笔销售，%3 笔撤销，%4 笔退货，%5 笔现金操作，%6 笔支付失败，%7 个已入账而跳过（每秒 %8 笔销售）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="188" />
            <source>Use: sales list [--day DATE] [--register ID] [--limit N] | sales show RECEIPT | sales reprint RECEIPT | sales replay FILE</source>
            <translation>用法：sales list [--day DATE] [--register ID] [--limit N] | sales show RECEIPT | sales reprint RECEIPT | sales replay FILE</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="212" />
            <source>Use: journal verify</source>
            <translation>用法：journal verify</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="234" />
            <source>The journal does not prove the sales:
%1</source>
            <translation>电子日志无法证实这些销售：
%1</translation>
        </message>
        <message>
            <location filename="../../src/cli/salescommand.cpp" line="236" />
            <source>The journal is intact: %1 records checked, %2 sales match their records.</source>
            <translation>电子日志完好：已检查 %1 条记录，%2 笔销售与记录一致。</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="58" />
            <source>Use: serial show SERIAL | serial add ITEMCODE SERIAL... [--note DOCUMENT]</source>
            <translation>用法：serial show SERIAL | serial add ITEMCODE SERIAL... [--note DOCUMENT]</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="80" />
            <source>Recorded %1 serial numbers of %2 %3.</source>
            <translation>已登记 %2 %3 的 %1 个串号。</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="91" />
            <source>Serial number %1: %2 %3 — %4</source>
            <translation>串号 %1：%2 %3 — %4</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="92" />
            <source>  Received  %1  %2</source>
            <translation>  入库      %1  %2</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="94" />
            <source>  Sold      %1  %2  customer %3</source>
            <translation>  销售      %1  %2  顾客 %3</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="95" />
            <source>(not given)</source>
            <translation>（未提供）</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="97" />
            <source>  Warranty  %1 months, until %2 (%3)</source>
            <translation>  保修      %1 个月，至 %2（%3）</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="100" />
            <source>still under warranty</source>
            <translation>在保修期内</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="100" />
            <source>expired</source>
            <translation>已过保</translation>
        </message>
        <message>
            <location filename="../../src/cli/serialcommand.cpp" line="101" />
            <source>  Warranty  none</source>
            <translation>  保修      无</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="61" />
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="91" />
            <source>Total on hand: %1   safety stock: %2   average cost: %3</source>
            <translation>库存合计：%1   安全库存：%2   平均成本：%3</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="124" />
            <source>%1 %2 at %3: %4 (%5). Now on hand: %6.</source>
            <translation>%1 %2 在 %3：%4（%5）。现存：%6。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="128" />
            <source>Warning: the stock is now below zero.</source>
            <translation>警告：库存现已为负数。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="151" />
            <source>--from takes a date such as 2026-11-21.</source>
            <translation>--from 需要一个日期，例如 2026-11-21。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="153" />
            <source>--to takes a date such as 2026-11-22.</source>
            <translation>--to 需要一个日期，例如 2026-11-22。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Balance</source>
            <translation>结存</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="160" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="179" />
            <source>No stock movements of %1 %2 match.</source>
            <translation>%1 %2 没有符合条件的库存流水。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="183" />
            <source>Movements %1–%2 of %3.</source>
            <translation>第 %1–%2 条流水，共 %3 条。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="199" />
            <source>The stock ledger adds up: %1 balances, %2 movements checked.</source>
            <translation>库存账目核对无误：已检查 %1 条余额、%2 条流水。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stockcommand.cpp" line="217" />
            <source>Use: stock show CODE | stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N] | stock adjust CODE LOCATION QTY --reason REASON --note TEXT | stock verify</source>
            <translation>用法：stock show CODE | stock history CODE [--location LOC] [--from DATE] [--to DATE] [--limit N] [--offset N] | stock adjust CODE LOCATION QTY --reason REASON --note TEXT | stock verify</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Book</source>
            <translation>账面数</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Moved</source>
            <translation>期间变动</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="72" />
            <source>Variance</source>
            <translation>盈亏</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="76" />
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="79" />
            <source>%1 at %2%3 — %4, started %5</source>
            <translation>%1 · %2%3 — %4，开始于 %5</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="85" />
            <source>Counted %1 lines, not counted %2, with a difference %3.</source>
            <translation>已盘 %1 行，未盘 %2 行，有差异 %3 行。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="89" />
            <source>Surplus %1, shortage %2, net %3.</source>
            <translation>盘盈 %1，盘亏 %2，净额 %3。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="101" />
            <source>"%1" is not a stocktake number (e.g. ST-R01-00000012 or 12).</source>
            <translation>“%1”不是有效的盘点单号（例如 ST-R01-00000012 或 12）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="118" />
            <source>Use: stocktake start LOCATION [CATEGORY] | count ID CODE [QTY] [--replace] | variance ID [--all] [--zero-uncounted] | approve ID [--zero-uncounted] | cancel ID | list</source>
            <translation>用法：stocktake start LOCATION [CATEGORY] | count ID CODE [QTY] [--replace] | variance ID [--all] [--zero-uncounted] | approve ID [--zero-uncounted] | cancel ID | list</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="133" />
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="142" />
            <source>No stocktakes yet.</source>
            <translation>暂无盘点。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="154" />
            <source>Started %1 at %2. Count with: qtillctl stocktake count %1 CODE [QTY]</source>
            <translation>已在 %2 开始盘点 %1。盘点命令：qtillctl stocktake count %1 CODE [QTY]</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="192" />
            <source>%1 %2: counted %3 %4 in all (%5 people).</source>
            <translation>%1 %2：共盘点 %3 %4（%5 人）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="211" />
            <source>Cancelled; stock is unchanged.</source>
            <translation>已取消，库存未变。</translation>
        </message>
        <message>
            <location filename="../../src/cli/stocktakecommand.cpp" line="223" />
            <source>Approved: %1 stock corrections booked.</source>
            <translation>已审核：记入 %1 笔库存调整。</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="30" />
            <source>Default</source>
            <translation>默认</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="38" />
            <source>No tax classes yet. Add one with: qtillctl tax add CODE NAME RATE --as NUMBER</source>
            <translation>暂无税目。可用以下命令添加：qtillctl tax add CODE NAME RATE --as NUMBER</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="54" />
            <source>Use: tax list | tax add CODE NAME RATE [--default] | tax set CODE [--name NAME] [--rate RATE] [--default]</source>
            <translation>用法：tax list | tax add CODE NAME RATE [--default] | tax set CODE [--name NAME] [--rate RATE] [--default]</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="94" />
            <source>Saved tax class %1: %2 %3%4.</source>
            <translation>已保存税目 %1：%2 %3%4。</translation>
        </message>
        <message>
            <location filename="../../src/cli/taxcommand.cpp" line="95" />
            <source> (default)</source>
            <translation>（默认）</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="39" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <location filename="../../src/cli/userscommand.cpp" line="130" />
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="41" />
            <location filename="../../src/cli/userscommand.cpp" line="130" />
            <source>active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="68" />
            <source>users needs one of: list, add, set-pin, unlock, set-role, disable, enable.</source>
            <translation>users 需要以下子命令之一：list、add、set-pin、unlock、set-role、disable、enable。</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="70" />
            <source>Wrong arguments for users %1; see qtillctl --help.</source>
            <translation>users %1 的参数有误，请参阅 qtillctl --help。</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="95" />
            <source>Added operator %1.</source>
            <translation>已添加操作员 %1。</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="113" />
            <source>The PIN of %1 is changed.</source>
            <translation>%1 的密码已修改。</translation>
        </message>
        <message>
            <location filename="../../src/cli/userscommand.cpp" line="117" />
            <source>%1 is unlocked.</source>
            <translation>%1 已解锁。</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="109" />
            <source>There is no Qtill database at %1. Create it with: qtillctl init --db "%1"</source>
            <translation>%1 处没有 Qtill 数据库。请用以下命令创建：qtillctl init --db "%1"</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="125" />
            <source>Password of %1 for %2: </source>
            <translation>%2 上用户 %1 的密码：</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="160" />
            <source>This command acts as an operator: add --as NUMBER (the PIN comes from QTILL_PIN or is asked for).</source>
            <translation>此命令需以操作员身份执行：请加上 --as NUMBER（密码取自 QTILL_PIN，否则会提示输入）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="168" />
            <source>PIN of operator %1: </source>
            <translation>操作员 %1 的密码：</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="181" />
            <source>New PIN for %1: </source>
            <translation>%1 的新密码：</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="184" />
            <source>New PIN again: </source>
            <translation>再次输入新密码：</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="188" />
            <source>The two PINs differ; nothing was changed.</source>
            <translation>两次输入的密码不一致，未做任何修改。</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="196" />
            <source>No terminal to ask for the PIN: set QTILL_PIN (and QTILL_NEW_PIN for a new PIN).</source>
            <translation>没有可输入密码的终端：请设置 QTILL_PIN（新密码请设置 QTILL_NEW_PIN）。</translation>
        </message>
        <message>
            <location filename="../../src/cli/context.cpp" line="242" />
            <source>Run "qtillctl --help" for the commands.</source>
            <translation>运行“qtillctl --help”查看命令列表。</translation>
        </message>
    </context>
    <context>
        <name>qtill::cli::ProgressLine</name>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="40" />
            <source>Checking</source>
            <translation>检查中</translation>
        </message>
        <message>
            <location filename="../../src/cli/importcommand.cpp" line="40" />
            <source>Writing</source>
            <translation>写入中</translation>
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DeviceDialog</name>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="56" />
            <source>IP address</source>
            <translation>IP 地址</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="58" />
            <source>TCP port</source>
            <translation>TCP 端口</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="60" />
            <source>Print queue</source>
            <translation>打印队列</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="62" />
            <source>CUPS server</source>
            <translation>CUPS 服务器</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="63" />
            <source>empty: this computer</source>
            <translation>留空表示本机</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="64" />
            <source>Printer port</source>
            <translation>打印机端口</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="66" />
            <source>Input device</source>
            <translation>输入设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="68" />
            <source>USB vendor id</source>
            <translation>USB 厂商 ID</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="70" />
            <source>USB product id</source>
            <translation>USB 产品 ID</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="72" />
            <location filename="../../src/devicesui/devicedialog.cpp" line="130" />
            <source>Serial port</source>
            <translation>串口</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="74" />
            <source>Baud rate</source>
            <translation>波特率</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="78" />
            <source>Paper width</source>
            <translation>纸宽</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="80" />
            <source>Printer (device id)</source>
            <translation>打印机（设备编号）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="82" />
            <source>Drawer connector pin</source>
            <translation>钱箱接口引脚</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="85" />
            <source>Bytes that open it</source>
            <translation>开箱指令（字节）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="87" />
            <source>Receipt pictures folder</source>
            <translation>小票图片文件夹</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="89" />
            <location filename="../../src/devicesui/devicedialog.cpp" line="140" />
            <source>Camera</source>
            <translation>摄像头</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="91" />
            <source>Reader name</source>
            <translation>读卡器名称</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="93" />
            <source>Promotion images folder</source>
            <translation>促销图片文件夹</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="122" />
            <source>Network (TCP port 9100)</source>
            <translation>网络（TCP 端口 9100）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="124" />
            <source>CUPS print queue</source>
            <translation>CUPS 打印队列</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="126" />
            <source>USB, direct</source>
            <translation>USB 直连</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="128" />
            <source>USB printer port (/dev/usb/lp)</source>
            <translation>USB 打印机端口（/dev/usb/lp）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="132" />
            <source>Simulator</source>
            <translation>模拟器</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="134" />
            <source>Through the receipt printer</source>
            <translation>通过小票打印机</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="136" />
            <source>USB keyboard mode (no setup)</source>
            <translation>USB 键盘模式（无需设置）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="138" />
            <source>USB input device (exclusive)</source>
            <translation>USB 输入设备（独占）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="142" />
            <source>PC/SC reader</source>
            <translation>PC/SC 读卡器</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="144" />
            <source>Second screen</source>
            <translation>副屏</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="237" />
            <source>Edit device</source>
            <translation>编辑设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="237" />
            <source>New device</source>
            <translation>新增设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="240" />
            <source>Changes take effect at once: the register's devices are restarted.</source>
            <translation>修改立即生效：本收银台的设备将重新启动。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="248" />
            <source>e.g. Front counter printer</source>
            <translation>例如：前台打印机</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="264" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="265" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="266" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="267" />
            <source>Connection</source>
            <translation>连接方式</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="276" />
            <source>Look again</source>
            <translation>重新查找</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="282" />
            <source>Found here</source>
            <translation>本机已发现</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="333" />
            <source>Looking for devices…</source>
            <translation>正在查找设备…</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="335" />
            <source>Nothing found: check the cable and power, or type the settings below</source>
            <translation>未找到设备：请检查线缆和电源，或在下方手动填写设置</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/devicesui/devicedialog.cpp" line="337" />
            <source>Choose one of %n found…</source>
            <translation>
                <numerusform>从找到的 %n 个设备中选择…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicedialog.cpp" line="481" />
            <source>%1 must be a number.</source>
            <translation>%1 必须是数字。</translation>
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DevicesScreen</name>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="89" />
            <source>Detect</source>
            <translation>检测</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="89" />
            <source>Add device</source>
            <translation>添加设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="90" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="90" />
            <location filename="../../src/devicesui/devicesscreen.cpp" line="498" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="91" />
            <source>Print a test page</source>
            <translation>打印测试页</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="92" />
            <source>Open the drawer</source>
            <translation>打开钱箱</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="93" />
            <source>Scan a test code</source>
            <translation>测试扫码</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="94" />
            <source>Read the scale</source>
            <translation>读秤</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="97" />
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="98" />
            <source>Scanners, receipt printers, cash drawers, card readers, scales and displays of register %1.</source>
            <translation>收银台 %1 的扫码枪、小票打印机、钱箱、刷卡器、电子秤和客显。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Connection</source>
            <translation>连接方式</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="110" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="133" />
            <source>In use now</source>
            <translation>当前使用</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="196" />
            <source>Scanned %1 (from %2).</source>
            <translation>已扫描 %1（来自 %2）。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="270" />
            <source>Devices are not running in this window.</source>
            <translation>设备未在此窗口中运行。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="272" />
            <source>Simulated hardware is in use (--simulate-hardware): the tests use the simulators. The devices below take over when Qtill starts without it.</source>
            <translation>正在使用模拟硬件（--simulate-hardware）：测试将使用模拟器。不带此参数启动 Qtill 时，将改用下列设备。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="280" />
            <source>Not in use (simulated)</source>
            <translation>未使用（模拟中）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="292" />
            <source>No devices are running.</source>
            <translation>没有正在运行的设备。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="362" />
            <source>No receipt printer is running.</source>
            <translation>没有正在运行的小票打印机。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="373" />
            <source>The printer did not take the page.</source>
            <translation>打印机未接收该页。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="376" />
            <source>Test page sent to %1.</source>
            <translation>测试页已发送到 %1。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="384" />
            <source>%1 printed the test page.</source>
            <translation>%1 已打印测试页。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="392" />
            <source>No cash drawer is running.</source>
            <translation>没有正在运行的钱箱。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="400" />
            <source>%1: open signal sent.</source>
            <translation>%1：已发送开箱信号。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="407" />
            <source>No scanner is running.</source>
            <translation>没有正在运行的扫码枪。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="411" />
            <source>Scan any barcode now…</source>
            <translation>请扫描任意条码…</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="421" />
            <source>No scale is running.</source>
            <translation>没有正在运行的电子秤。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="425" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="427" />
            <source>, over capacity</source>
            <translation>，超出量程</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="429" />
            <source>, stable</source>
            <translation>，已稳定</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="429" />
            <source>, settling</source>
            <translation>，等待稳定</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="431" />
            <source> (tare %1)</source>
            <translation>（皮重 %1）</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="440" />
            <source>There is a device "%1" already. Choose another id.</source>
            <translation>已存在设备“%1”。请换一个编号。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="444" />
            <source>Add device %1</source>
            <translation>添加设备 %1</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="444" />
            <source>Change device %1</source>
            <translation>修改设备 %1</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="446" />
            <source>Not saved: the change was not authorised.</source>
            <translation>未保存：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="453" />
            <source>Saved. The devices were restarted.</source>
            <translation>已保存。设备已重新启动。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="492" />
            <source>Remove device</source>
            <translation>移除设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="495" />
            <source>Remove %1 (%2) from register %3? Qtill stops using it at once.</source>
            <translation>要从收银台 %3 移除 %1（%2）吗？Qtill 将立即停止使用该设备。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="501" />
            <source>Remove device %1</source>
            <translation>移除设备 %1</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="503" />
            <source>Not removed: the change was not authorised.</source>
            <translation>未移除：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="509" />
            <source>Removed %1.</source>
            <translation>已移除 %1。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="518" />
            <source>Attached devices</source>
            <translation>已连接的设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="524" />
            <source>Looking for printers, scanners, serial ports, cameras and card readers…</source>
            <translation>正在查找打印机、扫码枪、串口、摄像头和读卡器…</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="526" />
            <source>Looking… CUPS, USB and serial ports are asked in the background.</source>
            <translation>正在查找…正在后台查询 CUPS、USB 和串口。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="528" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="533" />
            <source>Choose a device first.</source>
            <translation>请先选择设备。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="553" />
            <source>Nothing found. Check cables and power; a printer on the network can be added by its address with Add device. A scanner in keyboard mode needs no setup.</source>
            <translation>未找到设备。请检查线缆和电源；网络打印机可通过“添加设备”按地址添加。键盘模式的扫码枪无需设置。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="556" />
            <source>Choose a device to add it. A serial port can be a scanner, a scale, a display or a drawer: change the kind in the next step.</source>
            <translation>选择要添加的设备。串口可以连接扫码枪、电子秤、客显或钱箱：可在下一步更改设备类型。</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesscreen.cpp" line="559" />
            <source>Nothing found.</source>
            <translation>未找到设备。</translation>
        </message>
    </context>
    <context>
        <name>qtill::devicesui::DevicesUiModule</name>
        <message>
            <location filename="../../src/devicesui/devicesuimodule.cpp" line="13" />
            <source>Devices</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/devicesuimodule.cpp" line="17" />
            <source>Scanners, printers, cash drawers, scales, displays</source>
            <translation>扫码枪、打印机、钱箱、电子秤、客显</translation>
        </message>
    </context>
    <context>
        <name>qtill::devicesui::TestPage</name>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="22" />
            <source>Printer test page</source>
            <translation>打印机测试页</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="24" />
            <source>Register</source>
            <translation>收银台</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="25" />
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="26" />
            <source>Paper</source>
            <translation>纸张</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="27" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="35" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../src/devicesui/testpage.cpp" line="39" />
            <source>If you can read this page, the printer works.</source>
            <translation>能看清此页，说明打印机工作正常。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::BarcodeData</name>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="52" />
            <source>An EAN-13 barcode needs 12 or 13 digits.</source>
            <translation>EAN-13 条码需要 12 或 13 位数字。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="56" />
            <source>The EAN-13 check digit is wrong.</source>
            <translation>EAN-13 条码的校验位不正确。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="61" />
            <source>The Code 128 barcode is empty.</source>
            <translation>Code 128 条码为空。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="65" />
            <source>A Code 128 barcode can hold only plain letters, digits and signs.</source>
            <translation>Code 128 条码只能包含普通字母、数字和符号。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="69" />
            <source>The Code 128 barcode is too long.</source>
            <translation>Code 128 条码太长。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="74" />
            <source>The barcode size is out of range.</source>
            <translation>条码尺寸超出范围。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="82" />
            <source>The QR code is empty.</source>
            <translation>二维码内容为空。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="85" />
            <source>The QR code holds too much text.</source>
            <translation>二维码内容太多。</translation>
        </message>
        <message>
            <location filename="../../hal/receipt/barcodedata.cpp" line="88" />
            <source>The QR code size is out of range.</source>
            <translation>二维码尺寸超出范围。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::CameraScanner</name>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="70" />
            <source>No camera was found for scanning. Connect a camera.</source>
            <translation>没有找到可用于扫码的摄像头。请连接摄像头。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="96" />
            <source>The camera is not connected.</source>
            <translation>摄像头未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/camera/camerascanner.cpp" line="104" />
            <source>The camera stopped working. Check its cable.</source>
            <translation>摄像头停止工作。请检查连接线。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::CupsTransport</name>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="54" />
            <source>No print queue is chosen for the receipt printer.</source>
            <translation>小票打印机还没有选择打印队列。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="59" />
            <source>The printing service (CUPS) is not running. Restart the computer or ask your IT support.</source>
            <translation>打印服务（CUPS）没有运行。请重启电脑或联系技术支持。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="87" />
            <source>There is no print queue called "%1". Choose the receipt printer again in the device settings.</source>
            <translation>没有名为“%1”的打印队列。请在设备设置中重新选择小票打印机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="94" />
            <source>The printing service (CUPS) did not answer.</source>
            <translation>打印服务（CUPS）没有响应。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="107" />
            <source>The print queue "%1" is paused. Resume it in the printer settings.</source>
            <translation>打印队列“%1”已暂停。请在打印机设置中恢复。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/cups/cupstransport.cpp" line="134" />
            <source>The receipt could not be handed to the print queue "%1".</source>
            <translation>小票无法发送到打印队列“%1”。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::Device</name>
        <message>
            <location filename="../../hal/device.cpp" line="232" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="234" />
            <source>Opened</source>
            <translation>已打开</translation>
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="236" />
            <source>Claimed</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="238" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location filename="../../hal/device.cpp" line="240" />
            <source>Error</source>
            <translation>故障</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::DeviceDetector</name>
        <message>
            <location filename="../../hal/devicedetector.cpp" line="121" />
            <source>Serial port</source>
            <translation>串口</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::DeviceManager</name>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="31" />
            <source>The device has no id.</source>
            <translation>设备没有编号。</translation>
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="35" />
            <source>A device called "%1" is already configured.</source>
            <translation>已配置了名为“%1”的设备。</translation>
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="102" />
            <source>The %1 is not claimed.</source>
            <translation>%1尚未被占用。</translation>
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="105" />
            <source>The %1 is in use by %2.</source>
            <translation>%1正被 %2 使用。</translation>
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="126" />
            <source>A claim needs the name of who claims.</source>
            <translation>占用设备时需要说明占用者。</translation>
        </message>
        <message>
            <location filename="../../hal/devicemanager.cpp" line="132" />
            <source>The %1 is not open.</source>
            <translation>%1尚未打开。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::EscPosPrinter</name>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="27" />
            <source>The %1 is not configured.</source>
            <translation>%1尚未配置。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="91" />
            <location filename="../../hal/escpos/escposprinter.cpp" line="99" />
            <source>The %1 is not ready: %2.</source>
            <translation>%1未就绪：%2。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/escposprinter.cpp" line="107" />
            <source>The %1 is not connected.</source>
            <translation>%1未连接。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevCardReader</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevcardreader.cpp" line="27" />
            <source>The card reader's keyboard layout "%1" is not supported.</source>
            <translation>不支持读卡器的键盘布局“%1”。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevcardreader.cpp" line="31" />
            <source>Choose which card reader to use (device path or USB id).</source>
            <translation>请选择要使用的读卡器（设备路径或 USB 编号）。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevReader</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="47" />
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="59" />
            <source>The scanner is not connected. Check its cable.</source>
            <translation>扫码枪未连接。请检查连接线。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="56" />
            <source>Qtill may not read the scanner. Install Qtill's udev rules and plug the scanner in again.</source>
            <translation>Qtill 无权读取扫码枪。请安装 Qtill 的 udev 规则，然后重新插上扫码枪。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="68" />
            <source>Another program is using the scanner. Close it and press Retry.</source>
            <translation>另一个程序正在使用扫码枪。请关闭该程序后按“重试”。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="71" />
            <source>The configured scanner device is not an input device.</source>
            <translation>所配置的扫码枪设备不是输入设备。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevreader.cpp" line="120" />
            <source>The scanner was disconnected. Plug it in again.</source>
            <translation>扫码枪已断开。请重新插上。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::EvdevScanner</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevscanner.cpp" line="33" />
            <source>The scanner's keyboard layout "%1" is not supported. Choose one of: %2.</source>
            <translation>不支持扫码枪的键盘布局“%1”。请从以下选择：%2。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/evdev/evdevscanner.cpp" line="38" />
            <source>Choose which scanner to use (device path or USB id).</source>
            <translation>请选择要使用的扫码枪（设备路径或 USB 编号）。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::HotplugWatcher</name>
        <message>
            <location filename="../../hal/hotplugwatcher.cpp" line="133" />
            <source>USB printer (%1)</source>
            <translation>USB 打印机（%1）</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::InputDeviceFactory</name>
        <message>
            <location filename="../../hal/inputdevicefactory.cpp" line="104" />
            <source>"%1" is not a known kind of %2.</source>
            <translation>“%1”不是已知的%2类型。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::LibUsbTransport</name>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="124" />
            <source>USB devices cannot be used on this computer.</source>
            <translation>这台电脑无法使用 USB 设备。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="133" />
            <source>The USB receipt printer (%1) is not connected. Check the cable and that it is switched on.</source>
            <translation>USB 小票打印机（%1）未连接。请检查连接线并确认已开机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="149" />
            <source>Qtill may not use the USB printer. Install the udev rules that come with Qtill (installer/udev) and plug the printer in again.</source>
            <translation>Qtill 无权使用 USB 打印机。请安装 Qtill 自带的 udev 规则（installer/udev），然后重新插上打印机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="152" />
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="170" />
            <source>The USB receipt printer cannot be opened.</source>
            <translation>无法打开 USB 小票打印机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="167" />
            <source>The USB printer is in use by another program (for example the printing service). Remove it there or choose the CUPS queue instead.</source>
            <translation>USB 打印机正被其他程序（例如打印服务）使用。请在那边移除它，或改用 CUPS 打印队列。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="205" />
            <source>The USB receipt printer is not connected.</source>
            <translation>USB 小票打印机未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="226" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation>小票打印机停止接收数据。请检查纸张和上盖。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="228" />
            <source>The USB receipt printer was unplugged or switched off.</source>
            <translation>USB 小票打印机已拔出或关机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usb/libusbtransport.cpp" line="292" />
            <source>USB printer</source>
            <translation>USB 打印机</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PaymentScenario</name>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="55" />
            <source>Insert, tap or swipe the card</source>
            <translation>请插卡、挥卡或刷卡</translation>
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="57" />
            <source>Confirming the payment code…</source>
            <translation>正在确认付款码…</translation>
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="59" />
            <source>Waiting for the customer to scan and pay</source>
            <translation>等待顾客扫码支付</translation>
        </message>
        <message>
            <location filename="../../hal/payment/paymentscenario.cpp" line="61" />
            <source>Customer: look at the camera</source>
            <translation>请顾客看向摄像头</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PcscWorker</name>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="64" />
            <source>The smart-card service (pcscd) is not running, so the NFC reader cannot be used. Ask your IT contact to install and start pcscd.</source>
            <translation>智能卡服务（pcscd）没有运行，无法使用 NFC 读卡器。请联系技术支持安装并启动 pcscd。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="68" />
            <source>The NFC reader service could not be reached.</source>
            <translation>无法连接 NFC 读卡器服务。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="96" />
            <source>No NFC reader is connected. Plug it in.</source>
            <translation>没有连接 NFC 读卡器。请插上。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="116" />
            <source>The NFC reader was disconnected. Plug it in again.</source>
            <translation>NFC 读卡器已断开。请重新插上。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="141" />
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="153" />
            <source>Could not read the card. Hold it on the reader again.</source>
            <translation>无法读取卡片。请重新把卡放到读卡器上。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/pcsc/pcscworker.cpp" line="160" />
            <source>This card cannot be read by the NFC reader.</source>
            <translation>NFC 读卡器无法读取这张卡。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PoleDisplayLayout</name>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="29" />
            <location filename="../../hal/display/poledisplaylayout.cpp" line="89" />
            <source>Welcome</source>
            <translation>欢迎光临</translation>
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="34" />
            <location filename="../../hal/display/poledisplaylayout.cpp" line="42" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="43" />
            <source>Paid</source>
            <translation>实收</translation>
        </message>
        <message>
            <location filename="../../hal/display/poledisplaylayout.cpp" line="43" />
            <source>Change</source>
            <translation>找零</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterCashDrawer</name>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="19" />
            <source>The cash drawer is set to open through a receipt printer that is not configured.</source>
            <translation>钱箱设置为通过小票打印机打开，但该打印机尚未配置。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="49" />
            <source>The cash drawer is not ready.</source>
            <translation>钱箱未就绪。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="52" />
            <source>The receipt printer is not configured.</source>
            <translation>小票打印机尚未配置。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printercashdrawer.cpp" line="55" />
            <source>The cash drawer opens through the receipt printer: %1</source>
            <translation>钱箱通过小票打印机打开：%1</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterFactory</name>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="91" />
            <source>Enter the network printer's IP address.</source>
            <translation>请输入网络打印机的 IP 地址。</translation>
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="100" />
            <source>Choose the print queue of the receipt printer.</source>
            <translation>请选择小票打印机的打印队列。</translation>
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="122" />
            <source>The USB vendor and product ids must be four hex digits, like 04b8:0e28.</source>
            <translation>USB 厂商和产品编号必须是四位十六进制数，例如 04b8:0e28。</translation>
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="134" />
            <source>Unknown kind of receipt printer connection "%1".</source>
            <translation>未知的小票打印机连接方式“%1”。</translation>
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="153" />
            <source>The cash drawer is set to open through a receipt printer that is not configured.</source>
            <translation>钱箱设置为通过小票打印机打开，但该打印机尚未配置。</translation>
        </message>
        <message>
            <location filename="../../hal/printerfactory.cpp" line="163" />
            <source>Unknown kind of cash drawer connection "%1".</source>
            <translation>未知的钱箱连接方式“%1”。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::PrinterWorker</name>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="229" />
            <source>The receipt printer is out of paper. Load a new roll; the receipt prints when paper is back.</source>
            <translation>小票打印机缺纸。请装上新纸卷，装好后会继续打印。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="233" />
            <source>The receipt printer's cover is open. Close it to go on printing.</source>
            <translation>小票打印机上盖已打开。请合上后继续打印。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="238" />
            <source>The receipt printer reports an error (for example paper stuck in the cutter). Clear it, then press Retry.</source>
            <translation>小票打印机报错（例如切刀卡纸）。请排除后按“重试”。</translation>
        </message>
        <message>
            <location filename="../../hal/escpos/printerworker.cpp" line="243" />
            <source>The receipt printer is offline. Check the printer.</source>
            <translation>小票打印机离线。请检查打印机。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::ScanFramer</name>
        <message>
            <location filename="../../hal/wedge/scanframer.cpp" line="24" />
            <source>The barcode could not be read. Scan it again.</source>
            <translation>条码无法识读。请重新扫描。</translation>
        </message>
        <message>
            <location filename="../../hal/wedge/scanframer.cpp" line="27" />
            <source>The scanner sent data in an unexpected format. Check the scanner's prefix setting.</source>
            <translation>扫码枪发送的数据格式不对。请检查扫码枪的前缀设置。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialCardReader</name>
        <message>
            <location filename="../../hal/backends/serial/serialcardreader.cpp" line="17" />
            <source>Choose the card reader's serial port.</source>
            <translation>请选择读卡器的串口。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialCashDrawer</name>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="20" />
            <source>cash drawer</source>
            <translation>钱箱</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="40" />
            <source>The cash drawer is not ready.</source>
            <translation>钱箱未就绪。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="53" />
            <source>Choose the cash drawer's serial port.</source>
            <translation>请选择钱箱的串口。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialcashdrawer.cpp" line="56" />
            <source>Enter the bytes that open the cash drawer.</source>
            <translation>请输入打开钱箱的指令字节。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialPoleDisplay</name>
        <message>
            <location filename="../../hal/backends/serial/serialpoledisplay.cpp" line="20" />
            <source>customer display</source>
            <translation>顾客显示屏</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialpoledisplay.cpp" line="96" />
            <source>Choose the customer display's serial port.</source>
            <translation>请选择顾客显示屏的串口。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialPrinterTransport</name>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="54" />
            <source>Qtill may not use the serial port %1, or another program has it open. Install the udev rules that come with Qtill (installer/udev).</source>
            <translation>Qtill 无权使用串口 %1，或有其他程序占用。请安装 Qtill 自带的 udev 规则（installer/udev）。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="60" />
            <source>The printer on %1 is not connected. Check the cable and that it is switched on.</source>
            <translation>%1 上的打印机未连接。请检查连接线并确认已开机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="76" />
            <source>The serial printer is not connected.</source>
            <translation>串口打印机未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="82" />
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="93" />
            <source>The serial printer was disconnected.</source>
            <translation>串口打印机已断开。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialprintertransport.cpp" line="91" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation>小票打印机停止接收数据。请检查纸张和上盖。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScale</name>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="37" />
            <location filename="../../hal/backends/serial/serialscale.cpp" line="47" />
            <source>The scale is not ready.</source>
            <translation>电子秤未就绪。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="57" />
            <source>The scale is not connected.</source>
            <translation>电子秤未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscale.cpp" line="66" />
            <source>Choose the scale's serial port.</source>
            <translation>请选择电子秤的串口。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScaleWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialscaleworker.cpp" line="18" />
            <source>The scale sends no weight. Check that it is on and connected.</source>
            <translation>电子秤没有发送重量。请检查是否开机并已连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialscaleworker.cpp" line="33" />
            <source>scale</source>
            <translation>电子秤</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScanWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialscanworker.cpp" line="35" />
            <source>scanner</source>
            <translation>扫码枪</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialScanner</name>
        <message>
            <location filename="../../hal/backends/serial/serialscanner.cpp" line="23" />
            <source>Choose the scanner's serial port.</source>
            <translation>请选择扫码枪的串口。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialStreamWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="76" />
            <source>device</source>
            <translation>设备</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="101" />
            <source>Qtill may not use the serial port of the %1. Install Qtill's udev rules, or another program is using the port.</source>
            <translation>Qtill 无权使用%1的串口。请安装 Qtill 的 udev 规则，或检查是否有其他程序占用该串口。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="105" />
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="161" />
            <source>The %1 is not connected. Check its cable.</source>
            <translation>%1未连接。请检查连接线。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="107" />
            <source>The %1's serial port could not be opened.</source>
            <translation>无法打开%1的串口。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="155" />
            <source>The %1 was disconnected. Plug it in again.</source>
            <translation>%1已断开。请重新连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/serial/serialstreamworker.cpp" line="166" />
            <source>The %1 did not accept the data.</source>
            <translation>%1没有接收数据。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SerialSwipeWorker</name>
        <message>
            <location filename="../../hal/backends/serial/serialswipeworker.cpp" line="17" />
            <source>card reader</source>
            <translation>读卡器</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SimPaymentTerminal</name>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="104" />
            <source>The payment terminal is not ready.</source>
            <translation>支付终端未就绪。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="106" />
            <source>The payment has no reference.</source>
            <translation>该笔支付没有交易参考号。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="109" />
            <source>This terminal does not take this kind of payment.</source>
            <translation>此终端不支持该支付方式。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="119" />
            <source>The payment terminal is busy with another payment.</source>
            <translation>支付终端正在处理另一笔支付。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="122" />
            <source>Enter an amount above zero.</source>
            <translation>请输入大于零的金额。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="159" />
            <source>Payment cancelled.</source>
            <translation>支付已取消。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="191" />
            <source>The payment terminal is not connected. Check its cable.</source>
            <translation>支付终端未连接，请检查连接线。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="200" />
            <source>The payment provider cannot be reached.</source>
            <translation>无法连接支付机构。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="215" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="318" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="415" />
            <source>No answer from the payment provider.</source>
            <translation>支付机构无响应。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="237" />
            <source>No answer from the payment provider. Check the payment before charging again.</source>
            <translation>支付机构无响应。请先核实该笔支付，再重新收款。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="241" />
            <source>Declined: the payment code is not valid.</source>
            <translation>交易被拒：付款码无效。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="247" />
            <source>Declined: insufficient funds.</source>
            <translation>交易被拒：余额不足。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="249" />
            <source>The customer cancelled the payment.</source>
            <translation>顾客已取消支付。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="251" />
            <source>The terminal did not answer in time.</source>
            <translation>终端响应超时。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="254" />
            <source>The payment terminal is not connected.</source>
            <translation>支付终端未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="262" />
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="299" />
            <source>Waiting for the customer to confirm on the phone.</source>
            <translation>等待顾客在手机上确认。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="288" />
            <source>The payment provider has no record of this payment.</source>
            <translation>支付机构没有该笔支付的记录。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="305" />
            <source>Declined: the customer did not pay.</source>
            <translation>交易被拒：顾客未支付。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="314" />
            <source>This payment was reversed; nothing stays charged.</source>
            <translation>该笔支付已冲正，不会产生扣款。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="324" />
            <source>Only part of the amount was approved.</source>
            <translation>仅部分金额支付成功。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="326" />
            <source>Approved.</source>
            <translation>交易成功。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="343" />
            <source>Nothing was charged; the payment is closed.</source>
            <translation>未扣款，该笔支付已关闭。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="348" />
            <source>The reversal did not go through. Try again.</source>
            <translation>冲正未成功，请重试。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="355" />
            <source>The payment is closed; the customer can no longer pay it.</source>
            <translation>该笔支付已关闭，顾客无法再支付。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="358" />
            <source>Nothing was charged.</source>
            <translation>未扣款。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="367" />
            <source>Payment reversed.</source>
            <translation>支付已冲正。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="380" />
            <source>Declined: the original payment was not found.</source>
            <translation>交易被拒：未找到原支付记录。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="383" />
            <source>Declined: this payment was already voided.</source>
            <translation>交易被拒：该笔支付已撤销。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="388" />
            <source>Declined: this payment was partly refunded; refund the rest instead.</source>
            <translation>交易被拒：该笔支付已部分退款，请改为退还剩余金额。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="392" />
            <source>Payment voided.</source>
            <translation>支付已撤销。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="398" />
            <source>Declined: the refund is more than was paid.</source>
            <translation>交易被拒：退款金额超过原支付金额。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="403" />
            <source>Declined by the card issuer.</source>
            <translation>发卡行拒绝交易。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simpaymentterminal.cpp" line="406" />
            <source>Refund approved.</source>
            <translation>退款成功。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SimScale</name>
        <message>
            <location filename="../../hal/sim/simscale.cpp" line="24" />
            <location filename="../../hal/sim/simscale.cpp" line="31" />
            <source>The scale is not ready.</source>
            <translation>电子秤未就绪。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SimTransport</name>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="72" />
            <source>The simulated printer is unplugged. Plug it back in to go on printing.</source>
            <translation>模拟打印机已拔出。重新插上即可继续打印。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="84" />
            <source>The simulated printer was unplugged.</source>
            <translation>模拟打印机已拔出。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simtransport.cpp" line="115" />
            <source>The simulated printer does not take data (paper out or cover open).</source>
            <translation>模拟打印机不接收数据（缺纸或上盖打开）。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SimulatedCashDrawer</name>
        <message>
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="10" />
            <source>The cash drawer is not ready.</source>
            <translation>钱箱未就绪。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="13" />
            <location filename="../../hal/sim/simulatedcashdrawer.cpp" line="39" />
            <source>The cash drawer does not respond. Check its cable.</source>
            <translation>钱箱没有响应。请检查连接线。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::SimulatedPrinter</name>
        <message>
            <location filename="../../hal/sim/simulatedprinter.cpp" line="40" />
            <source>The simulated printer cannot write to %1.</source>
            <translation>模拟打印机无法写入 %1。</translation>
        </message>
        <message>
            <location filename="../../hal/sim/simulatedprinter.cpp" line="53" />
            <source>The simulated printer could not save the receipt picture.</source>
            <translation>模拟打印机无法保存小票图片。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::TcpTransport</name>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="41" />
            <source>The network printer has no address. Enter its IP address in the device settings.</source>
            <translation>网络打印机没有地址。请在设备设置中输入其 IP 地址。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="54" />
            <source>The printer address %1 is unknown. Check the address in the device settings.</source>
            <translation>打印机地址 %1 无法识别。请在设备设置中检查地址。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="59" />
            <source>The receipt printer at %1 does not answer. Check that it is switched on and connected to the network.</source>
            <translation>%1 的小票打印机没有响应。请确认已开机并已连接网络。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="84" />
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="90" />
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="101" />
            <source>The connection to the receipt printer was lost.</source>
            <translation>与小票打印机的连接已断开。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/tcp/tcptransport.cpp" line="99" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation>小票打印机停止接收数据。请检查纸张和上盖。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::TrackParser</name>
        <message>
            <location filename="../../hal/backends/evdev/evdevswipereader.cpp" line="45" />
            <location filename="../../hal/backends/serial/serialswipeworker.cpp" line="47" />
            <source>Could not read the card. Swipe the card again.</source>
            <translation>无法读取卡片。请重新刷卡。</translation>
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="187" />
            <source>No card data was read. Swipe the card again.</source>
            <translation>没有读到卡片数据。请重新刷卡。</translation>
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="188" />
            <source>The card number is not valid. Swipe again or use another card.</source>
            <translation>卡号无效。请重新刷卡或换一张卡。</translation>
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="189" />
            <source>Could not read the card's expiry date. Swipe the card again.</source>
            <translation>无法读取卡片有效期。请重新刷卡。</translation>
        </message>
        <message>
            <location filename="../../hal/msr/trackparser.cpp" line="190" />
            <source>The card was read inconsistently. Swipe the card again.</source>
            <translation>卡片读取不一致。请重新刷卡。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::UsbLpTransport</name>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="80" />
            <source>Qtill may not use the USB printer %1. Install the udev rules that come with Qtill (installer/udev) and plug the printer in again.</source>
            <translation>Qtill 无权使用 USB 打印机 %1。请安装 Qtill 自带的 udev 规则（installer/udev），然后重新插上打印机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="86" />
            <source>The USB printer is in use by another program.</source>
            <translation>USB 打印机正被其他程序使用。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="89" />
            <source>The USB receipt printer is not connected. Check the cable and that it is switched on.</source>
            <translation>USB 小票打印机未连接。请检查连接线并确认已开机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="104" />
            <source>The USB receipt printer is not connected.</source>
            <translation>USB 小票打印机未连接。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="115" />
            <source>The receipt printer stopped taking data. Check paper and cover.</source>
            <translation>小票打印机停止接收数据。请检查纸张和上盖。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="126" />
            <source>The USB receipt printer was unplugged or switched off.</source>
            <translation>USB 小票打印机已拔出或关机。</translation>
        </message>
        <message>
            <location filename="../../hal/backends/usblp/usblptransport.cpp" line="164" />
            <source>USB printer</source>
            <translation>USB 打印机</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeCardReader</name>
        <message>
            <location filename="../../hal/wedge/wedgecardreader.cpp" line="22" />
            <location filename="../../hal/wedge/wedgecardreader.cpp" line="29" />
            <source>Keyboard card readers need the application to be running.</source>
            <translation>键盘式读卡器需要应用程序正在运行。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeFilter</name>
        <message>
            <location filename="../../hal/wedge/wedgefilter.cpp" line="240" />
            <source>Card swipes are not accepted right now.</source>
            <translation>现在不接受刷卡。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::WedgeScanner</name>
        <message>
            <location filename="../../hal/wedge/wedgescanner.cpp" line="22" />
            <location filename="../../hal/wedge/wedgescanner.cpp" line="30" />
            <source>Keyboard scanners need the application to be running.</source>
            <translation>键盘式扫码枪需要应用程序正在运行。</translation>
        </message>
    </context>
    <context>
        <name>qtill::hal::WeightTracker</name>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="93" />
            <source>Wait until the weight is stable, then tare again.</source>
            <translation>请等重量稳定后再去皮。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="95" />
            <source>The scale is overloaded. Remove weight, then tare.</source>
            <translation>电子秤超载。请减轻重量后再去皮。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="97" />
            <source>This scale tares itself. Use the scale's tare key.</source>
            <translation>这台秤自行去皮。请使用秤上的去皮键。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="99" />
            <source>Put the container on the scale, then tare.</source>
            <translation>请先把容器放到秤上，再去皮。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="120" />
            <source>Wait until the weight is stable, then zero again.</source>
            <translation>请等重量稳定后再置零。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="122" />
            <source>This scale zeroes itself. Use the scale's zero key.</source>
            <translation>这台秤自行置零。请使用秤上的置零键。</translation>
        </message>
        <message>
            <location filename="../../hal/scale/weighttracker.cpp" line="126" />
            <source>Empty the scale before zeroing it.</source>
            <translation>置零前请清空秤盘。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::Barcode</name>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="116" />
            <source>Scan or type a barcode.</source>
            <translation>请扫描或输入条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="123" />
            <location filename="../../modules/inventory/barcode.cpp" line="193" />
            <source>The code %1… is too long for a barcode or item code.</source>
            <translation>编码 %1… 太长，不是有效的条码或货号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="127" />
            <source>"%1" is not a barcode: it holds the character "%2".</source>
            <translation>“%1”不是条码：其中含有字符“%2”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/barcode.cpp" line="30" />
            <source>The barcode %1 was misread (its %2 check digit is wrong). Scan it again.</source>
            <translation>条码 %1 读取有误（%2 校验位不正确），请重新扫描。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::BarcodeSymbol</name>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="51" />
            <source>There is no code to print as a barcode.</source>
            <translation>没有可打印为条码的编码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="54" />
            <source>%1 is not a valid EAN code (digits or check digit); print it as Code 128 instead.</source>
            <translation>%1 不是有效的 EAN 码（数字或校验位有误），请改用 Code 128 打印。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="64" />
            <location filename="../../modules/inventory/labels/barcodesymbol.cpp" line="68" />
            <source>The code %1 cannot be printed in this barcode type.</source>
            <translation>编码 %1 无法以此条码类型打印。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::Catalog</name>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="101" />
            <location filename="../../modules/inventory/catalog.cpp" line="404" />
            <location filename="../../modules/inventory/catalog.cpp" line="451" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="130" />
            <source>The product could not be looked up.</source>
            <translation>无法查询该商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="134" />
            <location filename="../../modules/inventory/catalog.cpp" line="150" />
            <source>No product has the code %1. Check the code or add the product.</source>
            <translation>没有条码为 %1 的商品。请核对条码或新增商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="146" />
            <source>The scale label layouts could not be read.</source>
            <translation>无法读取条码秤标签格式。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="164" />
            <source>The scale label %1 is for item %2, which no product has. Check the PLU on the scale.</source>
            <translation>条码秤标签 %1 对应的商品编号 %2 不存在，请检查电子秤上的 PLU。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="188" />
            <source>%1 (%2) is delisted and cannot be sold. A manager can list it again.</source>
            <translation>%1（%2）已下架，不能销售。店长可将其重新上架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="298" />
            <source>The product no longer exists.</source>
            <translation>该商品已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="308" />
            <source>There is no product with item code %1.</source>
            <translation>没有货号为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="319" />
            <location filename="../../modules/inventory/catalog.cpp" line="332" />
            <source>The barcodes could not be read.</source>
            <translation>无法读取条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="344" />
            <source>The categories could not be read.</source>
            <translation>无法读取商品分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="371" />
            <source>The departments could not be read.</source>
            <translation>无法读取部门。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="382" />
            <source>The brands could not be read.</source>
            <translation>无法读取品牌。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="475" />
            <source>The stock could not be read.</source>
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalog.cpp" line="541" />
            <source>The products could not be counted.</source>
            <translation>无法统计商品数量。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::CatalogDemo</name>
        <message>
            <location filename="../../modules/inventory/catalogdemo.cpp" line="49" />
            <source>The demo departments could not be saved.</source>
            <translation>演示部门无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/catalogdemo.cpp" line="55" />
            <source>The demo barcodes could not be saved.</source>
            <translation>演示条码无法保存。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvReader</name>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="83" />
            <source>The file is not valid UTF-8. If it was saved by Chinese Excel or WPS, choose the encoding GB18030.</source>
            <translation>文件不是有效的 UTF-8 编码。如果文件由中文版 Excel 或 WPS 保存，请选择 GB18030 编码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="89" />
            <source>This build cannot read GB18030 files. Save the file as UTF-8 and try again.</source>
            <translation>此版本无法读取 GB18030 文件。请将文件另存为 UTF-8 后重试。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="91" />
            <source>The file is not valid GB18030 text. Check the encoding it was saved in.</source>
            <translation>文件不是有效的 GB18030 文本。请检查文件保存时使用的编码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="100" />
            <source>The file's text encoding was not recognised (neither UTF-8 nor GB18030). Save it as "CSV UTF-8" and try again.</source>
            <translation>无法识别文件的文本编码（既不是 UTF-8，也不是 GB18030）。请另存为“CSV UTF-8”后重试。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="196" />
            <source>Line %1: a quote (") opens a field that is never closed, so the rest of the file cannot be read. Add the closing quote or remove the stray one.</source>
            <translation>第 %1 行：某个字段以引号（"）开头但没有闭合，文件其余部分无法读取。请补上闭合引号，或删除多余的引号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="203" />
            <source>Text follows a closing quote in field %1; quotes inside a quoted field must be written twice ("").</source>
            <translation>第 %1 个字段的闭合引号后还有文字；带引号的字段内如含引号，须连写两个（""）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="256" />
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="264" />
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvreader.cpp" line="266" />
            <source>The file %1 could not be opened.</source>
            <translation>无法打开文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvSheet</name>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="31" />
            <source>The columns "%1" and "%2" both mean %3. Remove one of them.</source>
            <translation>列“%1”和“%2”都表示%3，请删除其中一列。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="44" />
            <source>The file has no column for: %1. The first row must name the columns, e.g. %2.</source>
            <translation>文件缺少以下列：%1。第一行须为列名，例如 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="71" />
            <source>This row has %1 values but the header has %2 columns. A value that contains a comma must be put in double quotes.</source>
            <translation>此行有 %1 个值，但表头有 %2 列。含逗号的值须用英文双引号括起来。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="102" />
            <source>Check the file before importing it.</source>
            <translation>导入前请先检查文件。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/csvsheet.cpp" line="104" />
            <source>%n row(s) have problems, so nothing was imported. Fix them or import only the good rows.</source>
            <translation>
                <numerusform>%n 行有问题，因此未导入任何内容。请修正这些行，或只导入无误的行。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvsheet.cpp" line="110" />
            <source>The file has no rows that can be imported.</source>
            <translation>文件中没有可导入的行。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::CsvWriter</name>
        <message>
            <location filename="../../modules/inventory/csvwriter.cpp" line="66" />
            <location filename="../../modules/inventory/csvwriter.cpp" line="69" />
            <source>The file %1 could not be written.</source>
            <translation>无法写入文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::DemoPurchasing</name>
        <message>
            <location filename="../../modules/inventory/demopurchasing.cpp" line="82" />
            <source>The demo products could not be read.</source>
            <translation>无法读取演示商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demopurchasing.cpp" line="183" />
            <source>The demo data is damaged.</source>
            <translation>演示数据已损坏。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::DemoStore</name>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="104" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="108" />
            <source>This store has products already; the demo data only goes into an empty store.</source>
            <translation>本店已有商品；演示数据只能导入空门店。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="128" />
            <source>The demo categories could not be saved.</source>
            <translation>演示分类无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="157" />
            <location filename="../../modules/inventory/demostore.cpp" line="159" />
            <location filename="../../modules/inventory/demostore.cpp" line="194" />
            <source>The demo data is damaged.</source>
            <translation>演示数据已损坏。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="164" />
            <source>The demo products could not be saved.</source>
            <translation>演示商品无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="176" />
            <source>The demo barcodes could not be saved.</source>
            <translation>演示条码无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/demostore.cpp" line="40" />
            <source>The demo data is missing from this build.</source>
            <translation>此版本缺少演示数据。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::EmbeddedBarcodeLayouts</name>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="62" />
            <source>A scale label prefix is two digits from 20 to 29, not "%1".</source>
            <translation>条码秤标签前缀应为 20 到 29 之间的两位数字，而不是“%1”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="64" />
            <source>The item number on a scale label has 4 to 6 digits.</source>
            <translation>条码秤标签中的商品编号为 4 到 6 位数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="66" />
            <source>The price or weight on a scale label has 4 to 6 digits.</source>
            <translation>条码秤标签中的金额或重量为 4 到 6 位数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="70" />
            <source>The fields of a scale label must lie between the prefix and the check digit.</source>
            <translation>条码秤标签的各字段必须位于前缀和校验位之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="72" />
            <source>The item number and the price or weight overlap on this scale label.</source>
            <translation>此条码秤标签中的商品编号与金额或重量位置重叠。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="80" />
            <source>%1 is not a scale label.</source>
            <translation>%1 不是条码秤标签。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="82" />
            <source>The scale label %1 was misread (its check digit is wrong). Scan it again.</source>
            <translation>条码秤标签 %1 读取有误（校验位不正确），请重新扫描。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="102" />
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="164" />
            <source>No scale label layout is set for prefix %1.</source>
            <translation>前缀 %1 未设置条码秤标签格式。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="109" />
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="131" />
            <source>The scale label layouts could not be read.</source>
            <translation>无法读取条码秤标签格式。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="142" />
            <source>The scale label layout could not be saved.</source>
            <translation>条码秤标签格式无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/embeddedbarcodelayout.cpp" line="160" />
            <source>The scale label layout could not be removed.</source>
            <translation>条码秤标签格式无法删除。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ExportDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="34" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="35" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="35" />
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="38" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="42" />
            <source>Export to a CSV file</source>
            <translation>导出为 CSV 文件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="46" />
            <source>Products: item codes, barcodes, names, prices, costs, stock limits</source>
            <translation>商品：货号、条码、品名、价格、成本、库存上下限</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="47" />
            <source>Sales history before Qtill: sold per product and day</source>
            <translation>启用 Qtill 前的销售历史：各商品每日销量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="49" />
            <source>UTF-8 with BOM (opens in Excel and WPS)</source>
            <translation>UTF-8 带 BOM（可直接用 Excel 和 WPS 打开）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="50" />
            <source>UTF-8 without BOM</source>
            <translation>UTF-8 不带 BOM</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="51" />
            <source>GB18030 (older Chinese software)</source>
            <translation>GB18030（适用于较旧的中文软件）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="64" />
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="65" />
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="66" />
            <source>Save to</source>
            <translation>保存到</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="72" />
            <source>The file holds costs: keep it safe. It imports back with Import.</source>
            <translation>文件中含有成本信息，请妥善保管。可通过“导入”重新导入。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="143" />
            <source>Save the export as</source>
            <translation>导出文件另存为</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="144" />
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="153" />
            <source>Choose where to save the file.</source>
            <translation>请选择文件的保存位置。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="159" />
            <source>Export the sales history</source>
            <translation>导出销售历史</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="159" />
            <source>Export the product catalog with costs</source>
            <translation>导出含成本的商品资料</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="183" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="231" />
            <source>Saved %n day(s) of product sales to %1.</source>
            <translation>
                <numerusform>已将 %n 条商品日销量保存到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/exportdialog.cpp" line="232" />
            <source>Saved %n product(s) to %1.</source>
            <translation>
                <numerusform>已将 %n 种商品保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::Exporter</name>
        <message>
            <location filename="../../modules/inventory/exporter.cpp" line="49" />
            <location filename="../../modules/inventory/exporter.cpp" line="72" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/exporter.cpp" line="59" />
            <source>The barcodes could not be read.</source>
            <translation>无法读取条码。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ImportDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="56" />
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="58" />
            <source>Create the categories and departments the file names that this store lacks</source>
            <translation>创建文件中提到但本店没有的分类和部门</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="60" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="287" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="290" />
            <source>Import nothing</source>
            <translation>无可导入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="61" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="64" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="168" />
            <source>Import products</source>
            <translation>导入商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="68" />
            <source>Import from a CSV file</source>
            <translation>从 CSV 文件导入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="70" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="172" />
            <source>The first row names the columns (sku, barcode, name, price, … or 商品编码, 条码, 品名, 售价). Every row is checked first; nothing is added until you choose.</source>
            <translation>第一行为列名（sku, barcode, name, price, … 或 商品编码, 条码, 品名, 售价）。系统会先检查每一行，在您确认之前不会添加任何内容。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="77" />
            <source>Products: item codes, barcodes, names, prices</source>
            <translation>商品：货号、条码、品名、价格</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="78" />
            <source>Sales history before Qtill: sold per product and day (date, sku, quantity)</source>
            <translation>启用 Qtill 前的销售历史：各商品每日销量（日期、货号、数量）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="81" />
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="85" />
            <source>Encoding: automatic</source>
            <translation>编码：自动识别</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="86" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="87" />
            <source>GB18030 (Chinese Excel)</source>
            <translation>GB18030（中文版 Excel）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="89" />
            <source>New products only: item codes already in the store are problems</source>
            <translation>仅新增商品：店内已有的货号视为问题</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="90" />
            <source>Also update products whose item code is in the store (price lists)</source>
            <translation>同时更新店内已有货号的商品（价目表）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="92" />
            <source>For a catalog exported from another store: each one is created with the code the file gives (rename it later) and recorded in the audit log.</source>
            <translation>用于从其他门店导出的商品目录：每个新分类/部门以文件中的编码创建（之后可改名），并记入审计日志。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="114" />
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="131" />
            <source>Imported batches…</source>
            <translation>已导入批次…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="168" />
            <source>Import sales history</source>
            <translation>导入销售历史</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="169" />
            <source>The first row names the columns: date, sku (or barcode), quantity and optionally value (or 日期, 商品编码, 销量, 销售额): what each product sold on each day before Qtill. Every row is checked first; nothing is added until you choose.</source>
            <translation>第一行为列名：date、sku（或 barcode）、quantity，以及可选的 value（或 日期、商品编码、销量、销售额），即启用 Qtill 之前每个商品每天的销量。系统会先检查每一行，在您确认之前不会添加任何内容。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="206" />
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="207" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="283" />
            <source>Choose a CSV file to check.</source>
            <translation>请选择要检查的 CSV 文件。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="284" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="291" />
            <source>Import all %n row(s)</source>
            <translation>
                <numerusform>导入全部 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="292" />
            <source>Import %n good row(s)</source>
            <translation>
                <numerusform>导入 %n 行有效数据</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="297" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="301" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="392" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="313" />
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="315" />
            <source>Checking %1…</source>
            <translation>正在检查 %1…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="377" />
            <source>Checking row %1 of %2</source>
            <translation>正在检查第 %1 行，共 %2 行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="378" />
            <source>Importing row %1 of %2</source>
            <translation>正在导入第 %1 行，共 %2 行</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="403" />
            <source>%n row(s) checked (%1): </source>
            <translation>
                <numerusform>已检查 %n 行（%1）：</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="405" />
            <source>The file has no rows to import.</source>
            <translation>文件中没有可导入的行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="407" />
            <source>all good.</source>
            <translation>全部无误。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="409" />
            <source>%n good, </source>
            <translation>
                <numerusform>%n 行无误，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="409" />
            <source>%n with problems.</source>
            <translation>
                <numerusform>%n 行有问题。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="417" />
            <source>(whole row)</source>
            <translation>（整行）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="439" />
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="460" />
            <source>Import %n day(s) of product sales from %1</source>
            <translation>
                <numerusform>从 %1 导入 %n 条商品日销量</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="461" />
            <source>Import %n product(s) from %1</source>
            <translation>
                <numerusform>从 %1 导入 %n 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="469" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="472" />
            <source>Importing %n row(s)… Nothing is saved until the last one is in.</source>
            <translation>
                <numerusform>正在导入 %n 行…全部导入完成前不会保存任何内容。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="480" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="490" />
            <source>The import could not start.</source>
            <translation>导入无法开始。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="499" />
            <source>Nothing was imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="515" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="536" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="516" />
            <source>Imported %n day(s) of product sales</source>
            <translation>
                <numerusform>已导入 %n 条商品日销量</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="517" />
            <source> from %1 to %2 as %3.</source>
            <translation>（%1 至 %2），批次号 %3。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="521" />
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="543" />
            <source>%n row(s) with problems left out.</source>
            <translation>
                <numerusform>%n 行有问题，未导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="537" />
            <source>Added %n product(s)</source>
            <translation>
                <numerusform>已新增 %n 种商品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="538" />
            <source> with %n barcode(s).</source>
            <translation>
                <numerusform> 及 %n 个条码。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="540" />
            <source>Updated %n product(s)</source>
            <translation>
                <numerusform>已更新 %n 种商品</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="541" />
            <source>, %n with a new price.</source>
            <translation>
                <numerusform>，其中 %n 种售价有变。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="545" />
            <source>%n new brand(s).</source>
            <translation>
                <numerusform>新增 %n 个品牌。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="547" />
            <source>%n new categor(y/ies).</source>
            <translation>
                <numerusform>%n 个新分类。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/importdialog.cpp" line="549" />
            <source>%n new department(s).</source>
            <translation>
                <numerusform>%n 个新部门。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::InventoryUiModule</name>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="24" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="29" />
            <source>The catalog: search, filters, new products, prices, barcodes, listing and delisting</source>
            <translation>商品资料：搜索、筛选、新增商品、价格、条码、上架与下架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="35" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="39" />
            <source>Stock per location, movements, adjustments, damage and transfers</source>
            <translation>各库位库存、库存流水、库存调整、报损与调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="45" />
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="49" />
            <source>Count sessions, scan to count, differences and approval</source>
            <translation>盘点任务、扫码盘点、盈亏差异与审核</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="55" />
            <source>Purchasing</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="61" />
            <source>Suppliers, purchase orders, receiving deliveries by scanning, returns to suppliers</source>
            <translation>供应商、采购单、扫码收货、采购退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="67" />
            <source>Reorder</source>
            <translation>补货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="71" />
            <source>Low-stock alerts, reorder suggestions to draft orders, best sellers and slow movers</source>
            <translation>低库存预警、补货建议转为草稿采购单、畅销商品与滞销商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="77" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="81" />
            <source>Shelf and barcode labels on A4 sheets or rolls: print or save as PDF</source>
            <translation>货架标签和条码标签，支持 A4 标签纸或卷装标签：打印或保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="87" />
            <source>Serials</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="92" />
            <source>After-sales: a serial number's sale, customer and warranty</source>
            <translation>售后：查询串号的销售、顾客和保修信息</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="98" />
            <source>Scale labels</source>
            <translation>条码秤</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/inventoryuimodule.cpp" line="103" />
            <source>How the till reads the price and weight labels your scales print</source>
            <translation>设置收银台如何识别电子秤打印的金额与重量标签</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelLayout</name>
        <message>
            <location filename="../../modules/inventory/labels/labellayout.cpp" line="60" />
            <source>%1 × %2 labels do not fit this page with these margins; a label needs at least 15 × 10 mm.</source>
            <translation>按当前页边距，此页放不下 %1 × %2 张标签；每张标签至少需要 15 × 10 mm。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelPreset</name>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="19" />
            <source>A4 sheet 3 × 8, 70 × 37 mm</source>
            <translation>A4 标签纸 3 × 8，70 × 37 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="20" />
            <source>A4 sheet 3 × 7, 70 × 42.4 mm</source>
            <translation>A4 标签纸 3 × 7，70 × 42.4 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="21" />
            <source>A4 sheet 2 × 7, 99.1 × 38.1 mm</source>
            <translation>A4 标签纸 2 × 7，99.1 × 38.1 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="23" />
            <source>A4 sheet 4 × 10, 48.5 × 25.4 mm</source>
            <translation>A4 标签纸 4 × 10，48.5 × 25.4 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="25" />
            <source>A4 sheet 2 × 4, 105 × 74 mm</source>
            <translation>A4 标签纸 2 × 4，105 × 74 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="26" />
            <source>Label roll, 40 × 30 mm</source>
            <translation>卷装标签，40 × 30 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="27" />
            <source>Label roll, 50 × 30 mm</source>
            <translation>卷装标签，50 × 30 mm</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelpresets.cpp" line="28" />
            <source>Label roll, 60 × 40 mm</source>
            <translation>卷装标签，60 × 40 mm</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelRenderer</name>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="68" />
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="173" />
            <source>The label of %1 cannot be printed: %2</source>
            <translation>%1 的标签无法打印：%2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="169" />
            <source>Choose at least one product to print labels for.</source>
            <translation>请至少选择一种要打印标签的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="178" />
            <source>The page size could not be set for the labels.</source>
            <translation>无法设置标签的纸张尺寸。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="181" />
            <source>The labels could not be drawn (the output could not be opened).</source>
            <translation>无法生成标签（无法打开输出）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="189" />
            <source>The labels could not be drawn (a new page could not be started).</source>
            <translation>无法生成标签（无法新建页面）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="205" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/labels/labelrenderer.cpp" line="210" />
            <source>The PDF %1 could not be written.</source>
            <translation>无法写入 PDF 文件 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LabelsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="56" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="585" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="618" />
            <source>Labels</source>
            <translation>标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="59" />
            <source>Cut lines</source>
            <translation>裁切线</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="60" />
            <source>Save as PDF…</source>
            <translation>存为 PDF…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="61" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="64" />
            <source>Shelf labels and barcode labels on A4 label sheets or label rolls.</source>
            <translation>使用 A4 标签纸或卷装标签打印货架标签和条码标签。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="71" />
            <source>Name, item code or scan a barcode</source>
            <translation>品名、货号或扫描条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="78" />
            <source>All low-stock</source>
            <translation>全部低库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="82" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="91" />
            <source>Product and code</source>
            <translation>商品及编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="91" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="99" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="101" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="112" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="121" />
            <source>Shelf label</source>
            <translation>货架标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="122" />
            <source>Barcode label</source>
            <translation>条码标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="144" />
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="145" />
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="227" />
            <source>%n product(s) below safety stock added.</source>
            <translation>
                <numerusform>已添加 %n 种低于安全库存的商品。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="228" />
            <source>No product is below its safety stock.</source>
            <translation>没有低于安全库存的商品。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="235" />
            <source>%n product(s) of %1 added.</source>
            <translation>
                <numerusform>已添加“%1”中的 %n 种商品。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="285" />
            <source>Add every product of a category</source>
            <translation>添加某分类下的全部商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="328" />
            <source>%1   %2   %3</source>
            <translation>%1   %2   %3</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="333" />
            <source>Nothing matches "%1".</source>
            <translation>没有与“%1”匹配的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="468" />
            <source>No products yet</source>
            <translation>尚未添加商品</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="469" />
            <source>%n product(s), </source>
            <translation>
                <numerusform>%n 种商品，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="470" />
            <source>%n label(s)</source>
            <translation>
                <numerusform>%n 张标签</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="534" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="556" />
            <source>Search or scan products on the left, or add all low-stock products or a category. The labels appear here as they will print.</source>
            <translation>请在左侧搜索或扫描商品，或添加全部低库存商品或整个分类。标签将按实际打印效果显示在这里。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="568" />
            <source>The labels cannot be shown.</source>
            <translation>无法显示标签。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="584" />
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="591" />
            <source>Choose the products to print labels for first.</source>
            <translation>请先选择要打印标签的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="600" />
            <source>Save the labels as PDF</source>
            <translation>将标签保存为 PDF</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="600" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="610" />
            <source>%n label(s) saved</source>
            <translation>
                <numerusform>已保存 %n 张标签</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="611" />
            <source> on %n page(s) to %1.</source>
            <translation>
                <numerusform> 共 %n 页，文件为 %1。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="620" />
            <source>Print labels</source>
            <translation>打印标签</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="628" />
            <source>%n label(s) sent to the printer</source>
            <translation>
                <numerusform>已将 %n 张标签发送到打印机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/labelsscreen.cpp" line="629" />
            <source> (%n page(s)).</source>
            <translation>
                <numerusform>（共 %n 页）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::LowStockCard</name>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="20" />
            <source>Stock alerts</source>
            <translation>库存预警</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="48" />
            <source>Every product is above its safety stock.</source>
            <translation>所有商品库存均高于安全库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="55" />
            <source>%1 product(s) below safety stock</source>
            <translation>%1 种商品低于安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="67" />
            <source>On hand / safety stock, all locations</source>
            <translation>现存 / 安全库存（全部库位）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="75" />
            <source>Reorder…</source>
            <translation>补货…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/lowstockcard.cpp" line="75" />
            <source>Show products</source>
            <translation>查看商品</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductEditorDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="81" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="81" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="84" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="374" />
            <source>New product</source>
            <translation>新增商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="84" />
            <source>Edit product</source>
            <translation>编辑商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="157" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="162" />
            <source>The shop's own item code, e.g. 140031</source>
            <translation>本店自编货号，例如 140031</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="166" />
            <source>As printed on the receipt, e.g. 可乐 330ml</source>
            <translation>小票上打印的名称，例如 可乐 330ml</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="170" />
            <source>Optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="184" />
            <source>Sold by weight (price per kg, weight from the scale)</source>
            <translation>称重销售（按 kg 计价，重量取自电子秤）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="192" />
            <source>Serial numbers (taken at receipt and sale)</source>
            <translation>串号管理（收货和销售时录入）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="194" />
            <source>Listed: can be sold (上架)</source>
            <translation>上架（可销售）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="200" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="201" />
            <source>Name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="202" />
            <source>English name</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="203" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="204" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="205" />
            <source>Brand</source>
            <translation>品牌</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="206" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="219" />
            <source>Price and stock</source>
            <translation>价格与库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="228" />
            <source>Yuan, e.g. 3.50</source>
            <translation>单位：元，例如 3.50</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="229" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="350" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="356" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="230" />
            <source>No alert</source>
            <translation>不预警</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="231" />
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="249" />
            <source>Member</source>
            <translation>会员价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="250" />
            <source>Max</source>
            <translation>上限</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="251" />
            <source>Retail price ¥</source>
            <translation>售价 ¥</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="252" />
            <source>Tax class</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="253" />
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="577" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="265" />
            <source>Barcodes and PLUs</source>
            <translation>条码与 PLU</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="269" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="269" />
            <source>What one scan is</source>
            <translation>每次扫码代表</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="285" />
            <source>Barcode or PLU</source>
            <translation>条码或 PLU</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="290" />
            <source>Units one scan of this code means: 1 for the item, 24 for a case of 24</source>
            <translation>扫一次此编码代表的数量：单件填 1，24 件装整箱填 24</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="293" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="296" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="300" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="321" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="344" />
            <source>Choose a category</source>
            <translation>请选择分类</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="375" />
            <source>Fill in the item code, name, category and price; add its barcode by scanning it into the code field. A new product is listed at once.</source>
            <translation>请填写货号、品名、分类和售价；在编码栏中扫描条码即可添加条码。新商品保存后立即上架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="379" />
            <source>Suppliers are linked on the Purchasing screen once the product exists.</source>
            <translation>商品创建后，可在“采购”界面关联供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="392" />
            <source>Edit %1</source>
            <translation>编辑 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="393" />
            <source>Item code %1. Changes are saved together when you press Save; the cost is kept by purchasing.</source>
            <translation>货号 %1。点击“保存”后所有修改一并保存；进价由采购自动维护。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="421" />
            <source>%1 — their item code %2</source>
            <translation>%1 — 供应商货号 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="422" />
            <source>, last cost %1</source>
            <translation>，最近进价 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="424" />
            <source> (preferred)</source>
            <translation>（首选）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="428" />
            <source>No supplier yet. Link suppliers on the Purchasing screen.</source>
            <translation>暂无供应商。请在“采购”界面关联供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="437" />
            <source>Case of %1</source>
            <translation>%1 件装</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="439" />
            <source>PLU (weighed or loose goods)</source>
            <translation>PLU（称重或散装商品）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="441" />
            <source>Store code</source>
            <translation>店内码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="442" />
            <source>One item</source>
            <translation>单件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="475" />
            <source>Scan or type the code to add.</source>
            <translation>请扫描或输入要添加的编码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="481" />
            <source>%1 is not a valid barcode: its check digit (the last digit) should be %2. Check the number under the bars and type it again.</source>
            <translation>%1 不是有效条码：校验位（最后一位）应为 %2。请核对条码下方的数字后重新输入。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="490" />
            <source>The pack quantity is how many units one scan means: a whole number, 1 or more.</source>
            <translation>包装数量即扫一次代表的件数，须为 1 或以上的整数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="495" />
            <source>The code %1 is in the list already.</source>
            <translation>编码 %1 已在列表中。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="555" />
            <source>Choose a category for the product.</source>
            <translation>请为商品选择分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="557" />
            <source>Type the retail price in yuan, e.g. 3.50.</source>
            <translation>请输入售价（元），例如 3.50。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="560" />
            <source>Retail price: %1</source>
            <translation>售价：%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="566" />
            <source>Member price: %1</source>
            <translation>会员价：%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="574" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/producteditordialog.cpp" line="580" />
            <source>Maximum stock</source>
            <translation>库存上限</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductImporter</name>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="30" />
            <source>The categories could not be read.</source>
            <translation>无法读取商品分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="42" />
            <source>The departments could not be read.</source>
            <translation>无法读取部门。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="55" />
            <source>The scale label settings could not be read.</source>
            <translation>无法读取条码秤标签设置。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="97" />
            <source>The item code %1 is also on row %2.</source>
            <translation>货号 %1 在第 %2 行也出现了。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="106" />
            <source>The barcode %1 is given twice for this product.</source>
            <translation>此商品的条码 %1 重复填写。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="117" />
            <source>The barcode %1 is also on row %2.</source>
            <translation>条码 %1 在第 %2 行也出现了。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="165" />
            <location filename="../../modules/inventory/productimportlookups.cpp" line="173" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="179" />
            <source>The item code %1 is already used by %2 in the store. Changing existing products by import is not supported; remove the row or change the code.</source>
            <translation>货号 %1 已被店内商品 %2 使用。不支持通过导入修改已有商品；请删除该行或更换货号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportlookups.cpp" line="205" />
            <source>The barcode %1 already belongs to %2 (item code %3).</source>
            <translation>条码 %1 已属于商品 %2（货号 %3）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="80" />
            <source>The products could not be saved.</source>
            <translation>商品无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="68" />
            <source>The barcode %1 has a wrong check digit: for this %2 the last digit must be %3. Check the digits against the label.</source>
            <translation>条码 %1 的校验位有误：此 %2 条码的最后一位应为 %3。请对照标签核对数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="78" />
            <source>Codes starting with %1 are read as scale labels; give the product another code or change the scale label settings.</source>
            <translation>以 %1 开头的编码会被识别为条码秤标签；请为商品更换编码，或修改条码秤标签设置。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="100" />
            <source>"%1" is not an amount. Write it like 3.50 (yuan, up to two decimals).</source>
            <translation>“%1”不是有效金额。请按 3.50 的格式填写（单位为元，最多两位小数）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="104" />
            <source>The amount %1 is negative; prices and costs cannot be below zero.</source>
            <translation>金额 %1 为负数；价格和成本不能小于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="108" />
            <source>The amount %1 is more than 1,000,000.00; check for a missing decimal point.</source>
            <translation>金额 %1 超过 1,000,000.00，请检查是否漏了小数点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="128" />
            <source>The product name is empty.</source>
            <translation>品名为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="130" />
            <source>The name is too long (at most %1 characters).</source>
            <translation>品名太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="140" />
            <source>The category is empty. Give its code or name.</source>
            <translation>分类为空。请填写分类编码或名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="145" />
            <source>Several categories are called "%1"; give the category code instead.</source>
            <translation>有多个名为“%1”的分类，请改填分类编码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="152" />
            <source>There is no category "%1". Add it first or use an existing category code or name.</source>
            <translation>没有分类“%1”。请先添加该分类，或使用已有的分类编码或名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="160" />
            <source>The unit is empty (e.g. 瓶, 袋, kg).</source>
            <translation>单位为空（例如 瓶、袋、kg）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="162" />
            <source>The unit is too long (at most 10 characters).</source>
            <translation>单位太长（最多 10 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="173" />
            <source>Write 1 for goods sold by weight and 0 for others.</source>
            <translation>称重商品填 1，其他商品填 0。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="183" />
            <source>The price is empty.</source>
            <translation>售价为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="187" />
            <source>The price is zero; a product needs a selling price.</source>
            <translation>售价为零；商品必须有售价。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="193" />
            <source>The new price is below the member price %1; give a member_price column too.</source>
            <translation>新售价低于会员价 %1；请同时提供 member_price 列。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="199" />
            <source>The member price is higher than the retail price %1.</source>
            <translation>会员价高于售价 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="222" />
            <source>The store has no tax classes yet; add them before importing products.</source>
            <translation>本店尚未设置税目；请先添加税目，再导入商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="228" />
            <source>There is no tax class "%1": the store has no tax classes yet. Add them under Settings → Taxes (or with qtillctl tax add), then check the file again.</source>
            <translation>没有税率类别“%1”：本店尚未设置任何税率类别。请在 设置 → 税率 中添加（或用 qtillctl tax add），然后重新检查文件。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="233" />
            <source>There is no tax class "%1". Use one of: %2.</source>
            <translation>没有税目“%1”。请使用以下税目之一：%2。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="245" />
            <source>Write "listed" (上架) or "delisted" (下架).</source>
            <translation>请填写“listed”（上架）或“delisted”（下架）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="256" />
            <source>"%1" is not a quantity. Write it like 12 or 0.5.</source>
            <translation>“%1”不是有效数量。请按 12 或 0.5 的格式填写。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="258" />
            <source>The safety stock cannot be negative.</source>
            <translation>安全库存不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="273" />
            <source>"%1" is not a quantity. Write it like 48 or 12.5.</source>
            <translation>“%1”不是有效数量。请按 48 或 12.5 的格式填写。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="275" />
            <source>The maximum stock is below the safety stock.</source>
            <translation>库存上限低于安全库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="285" />
            <source>The brand is too long (at most %1 characters).</source>
            <translation>品牌名称太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="301" />
            <source>There is no department "%1". Add it first or leave the cell empty.</source>
            <translation>没有部门“%1”。请先添加该部门，或将此单元格留空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="313" />
            <source>Write 1 for goods with serial numbers (phones, laptops) and 0 for others.</source>
            <translation>需管理串号的商品（如手机、笔记本电脑）填 1，其他商品填 0。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="341" />
            <source>"%1": write a pack barcode as CODE*QUANTITY, e.g. 16901234567899*24.</source>
            <translation>“%1”：包装条码请按“条码*数量”的格式填写，例如 16901234567899*24。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="367" />
            <source>The item code is empty.</source>
            <translation>货号为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="369" />
            <source>The item code is too long (at most %1 characters).</source>
            <translation>货号太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productrowcheck.cpp" line="375" />
            <source>The item code %1 is not in the store; a new product needs the columns %2 as well.</source>
            <translation>店内没有货号 %1；新增商品还需要填写 %2 列。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="123" />
            <source>The brands could not be read.</source>
            <translation>无法读取品牌。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productimportwriter.cpp" line="165" />
            <source>Row %1 could not be saved, so nothing was imported. Check the file again: the store may have changed since it was checked.</source>
            <translation>第 %1 行无法保存，因此未导入任何内容。请重新检查文件：上次检查后店内数据可能已有变动。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductListModel</name>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="193" />
            <source>%1 (weighed)</source>
            <translation>%1（称重）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="197" />
            <source>Listed</source>
            <translation>已上架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="197" />
            <source>Delisted</source>
            <translation>已下架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="204" />
            <source>Below the safety stock of %1</source>
            <translation>低于安全库存 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="242" />
            <source>On hand in all locations together</source>
            <translation>所有库位的库存合计</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="246" />
            <source>Code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="247" />
            <source>Name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="248" />
            <source>Barcode</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="249" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="250" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="251" />
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="252" />
            <source>Member</source>
            <translation>会员价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="253" />
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productlistmodel.cpp" line="254" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductSearchIndex</name>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="390" />
            <location filename="../../modules/inventory/productsearchindex.cpp" line="397" />
            <source>The product's search keys could not be saved.</source>
            <translation>商品检索信息无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="447" />
            <source>The products could not be searched.</source>
            <translation>无法搜索商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productsearchindex.cpp" line="409" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="245" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductService</name>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="107" />
            <source>Give the product an item code (SKU).</source>
            <translation>请为商品填写货号（SKU）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="109" />
            <source>The item code %1 is too long (at most %2 characters).</source>
            <translation>货号 %1 太长（最多 %2 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="112" />
            <source>The item code %1 may hold only letters, digits, '-', '_', '.' and '/'.</source>
            <translation>货号 %1 只能包含字母、数字和“-”“_”“.”“/”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="115" />
            <source>Give the product a name.</source>
            <translation>请填写品名。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="117" />
            <source>The name is too long (at most %1 characters).</source>
            <translation>品名太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="119" />
            <source>Give the selling unit (瓶, 袋, kg, …).</source>
            <translation>请填写销售单位（瓶、袋、kg…）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="124" />
            <source>Prices and costs must be in the store's currency (%1).</source>
            <translation>价格和成本必须使用本店币种（%1）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="129" />
            <source>The price cannot be negative.</source>
            <translation>售价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="131" />
            <source>The price %1 is too high; check the decimal point.</source>
            <translation>售价 %1 过高，请检查小数点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="134" />
            <source>The member price cannot be negative.</source>
            <translation>会员价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="136" />
            <source>The member price %1 is higher than the retail price %2.</source>
            <translation>会员价 %1 高于售价 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="141" />
            <source>The cost cannot be negative.</source>
            <translation>成本不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="143" />
            <source>The cost %1 is too high; check the decimal point.</source>
            <translation>成本 %1 过高，请检查小数点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="145" />
            <source>Safety stock and maximum stock cannot be negative.</source>
            <translation>安全库存和库存上限不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="147" />
            <source>The maximum stock is below the safety stock.</source>
            <translation>库存上限低于安全库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="149" />
            <source>Goods sold by weight have no serial numbers.</source>
            <translation>称重商品不能管理串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="153" />
            <location filename="../../modules/inventory/productservice.cpp" line="185" />
            <source>The product could not be checked.</source>
            <translation>无法校验商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="167" />
            <source>Choose a category for the product.</source>
            <translation>请为商品选择分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="169" />
            <source>The tax class "%1" does not exist. Choose one of the store's tax classes.</source>
            <translation>税目“%1”不存在。请从本店的税目中选择。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="171" />
            <source>The brand no longer exists.</source>
            <translation>该品牌已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="173" />
            <source>The department no longer exists.</source>
            <translation>该部门已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="189" />
            <source>The item code %1 is already used by %2.</source>
            <translation>货号 %1 已被 %2 使用。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="201" />
            <source>The pack quantity of code %1 must be more than zero.</source>
            <translation>条码 %1 的包装数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="210" />
            <source>%1 is not a maker's barcode (EAN-13, EAN-8, UPC or GTIN-14). Save it as a store code.</source>
            <translation>%1 不是厂商条码（EAN-13、EAN-8、UPC 或 GTIN-14）。请将其保存为店内码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="213" />
            <source>A PLU has 1 to 6 digits; %1 is not one.</source>
            <translation>PLU 为 1 到 6 位数字，%1 不符合要求。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="215" />
            <source>Unknown code type "%1".</source>
            <translation>未知的条码类型“%1”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="218" />
            <location filename="../../modules/inventory/productservice.cpp" line="233" />
            <source>The barcode could not be checked.</source>
            <translation>无法校验条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="222" />
            <source>Codes starting with %1 are read as scale labels; give the product another code or change the scale label settings.</source>
            <translation>以 %1 开头的条码会被识别为条码秤标签。请给商品换一个条码，或修改条码秤标签设置。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="239" />
            <source>The product already has the code %1.</source>
            <translation>该商品已有条码 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="240" />
            <source>The barcode %1 already belongs to %2 (item code %3).</source>
            <translation>条码 %1 已属于 %2（货号 %3）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="251" />
            <source>The barcode could not be saved.</source>
            <translation>条码无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="275" />
            <source>The code %1 is listed twice.</source>
            <translation>条码 %1 重复出现。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="290" />
            <location filename="../../modules/inventory/productservice.cpp" line="339" />
            <source>The product could not be saved.</source>
            <translation>商品无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="367" />
            <source>The price could not be saved.</source>
            <translation>价格无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="384" />
            <source>%1 is delisted already.</source>
            <translation>%1 已经下架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="386" />
            <source>The product could not be delisted.</source>
            <translation>商品无法下架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="400" />
            <source>%1 is listed already.</source>
            <translation>%1 已经上架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="402" />
            <source>The product could not be listed.</source>
            <translation>商品无法上架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="416" />
            <location filename="../../modules/inventory/productservice.cpp" line="465" />
            <source>The barcode could not be read.</source>
            <translation>无法读取条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="420" />
            <source>The product has no code %1.</source>
            <translation>该商品没有条码 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="469" />
            <source>No product has the code %1.</source>
            <translation>没有商品使用条码 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="472" />
            <source>The barcode could not be removed.</source>
            <translation>条码无法删除。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="486" />
            <location filename="../../modules/inventory/productservice.cpp" line="519" />
            <source>A category needs a code and a name.</source>
            <translation>分类需要填写编码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="489" />
            <location filename="../../modules/inventory/productservice.cpp" line="496" />
            <location filename="../../modules/inventory/productservice.cpp" line="525" />
            <location filename="../../modules/inventory/productservice.cpp" line="533" />
            <source>The category could not be checked.</source>
            <translation>无法校验分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="493" />
            <location filename="../../modules/inventory/productservice.cpp" line="529" />
            <source>The parent category no longer exists.</source>
            <translation>上级分类已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="500" />
            <location filename="../../modules/inventory/productservice.cpp" line="537" />
            <source>The category code %1 is already used by %2.</source>
            <translation>分类编码 %1 已被 %2 使用。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="503" />
            <location filename="../../modules/inventory/productservice.cpp" line="541" />
            <source>The category could not be saved.</source>
            <translation>分类无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="523" />
            <source>A category cannot be placed under itself or one of its subcategories.</source>
            <translation>分类不能放在自身或其下级分类之下。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="545" />
            <source>The category no longer exists.</source>
            <translation>该分类已不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="557" />
            <source>A department needs a code and a name.</source>
            <translation>部门需要填写编码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="559" />
            <source>The department could not be checked.</source>
            <translation>无法校验部门。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="563" />
            <source>The department code %1 is already used by %2.</source>
            <translation>部门编码 %1 已被 %2 使用。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="565" />
            <source>The department could not be saved.</source>
            <translation>部门无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="582" />
            <source>Give the brand a name.</source>
            <translation>请输入品牌名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="584" />
            <source>The brand could not be checked.</source>
            <translation>无法校验品牌。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="588" />
            <source>The brand %1 exists already.</source>
            <translation>品牌 %1 已存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/productservice.cpp" line="590" />
            <source>The brand could not be saved.</source>
            <translation>品牌无法保存。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ProductsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="109" />
            <source>Low stock</source>
            <translation>库存不足</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="109" />
            <source>Sold by weight</source>
            <translation>称重商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="112" />
            <source>New product</source>
            <translation>新增商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="113" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="113" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="527" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="533" />
            <source>Delist</source>
            <translation>下架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="114" />
            <source>Products</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="119" />
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="121" />
            <source>Add or change products from a CSV file; every row is checked first</source>
            <translation>从 CSV 文件新增或修改商品，每一行都会先经过校验</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="133" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="148" />
            <source>Name, pinyin initials, item code or barcode</source>
            <translation>名称、拼音首字母、货号或条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="158" />
            <source>Listed and delisted</source>
            <translation>全部（含下架）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="159" />
            <source>Listed only</source>
            <translation>仅上架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="160" />
            <source>Delisted only</source>
            <translation>仅下架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="162" />
            <source>Only products whose stock is below their safety stock</source>
            <translation>只显示库存低于安全库存的商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="165" />
            <source>By item code</source>
            <translation>按货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="166" />
            <source>By name</source>
            <translation>按名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="167" />
            <source>By price, lowest first</source>
            <translation>按价格从低到高</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="168" />
            <source>By price, highest first</source>
            <translation>按价格从高到低</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="217" />
            <source>Choose a product to see its barcodes, prices and stock.</source>
            <translation>选择商品，查看其条码、价格和库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="301" />
            <source>All categories</source>
            <translation>全部分类</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="394" />
            <source>%Ln product(s) in the catalog</source>
            <translation>
                <numerusform>商品资料共 %Ln 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="418" />
            <source>No product matches these filters.</source>
            <translation>没有符合筛选条件的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="418" />
            <source>The catalog is empty: add a product.</source>
            <translation>商品资料为空，请新增商品。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="420" />
            <source>%Ln product(s) match the filters</source>
            <translation>
                <numerusform>%Ln 种商品符合筛选条件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="422" />
            <source>%Ln product(s)</source>
            <translation>
                <numerusform>%Ln 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="424" />
            <source>Nothing matches "%1" with these filters.</source>
            <translation>在当前筛选条件下，没有与“%1”匹配的结果。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="425" />
            <source>Nothing matches "%1".</source>
            <translation>没有与“%1”匹配的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="427" />
            <source>The first %1 matches for "%2". Type more to narrow the search.</source>
            <translation>仅显示与“%2”匹配的前 %1 条结果。请继续输入以缩小范围。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="429" />
            <source>%Ln product(s) match "%1"</source>
            <translation>
                <numerusform>%Ln 种商品与“%1”匹配</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="445" />
            <source>Add a product</source>
            <translation>新增商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="463" />
            <source>Edit %1 (%2)</source>
            <translation>编辑 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="482" />
            <source>%1 is added and can be sold.</source>
            <translation>%1 已添加，可以销售了。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="489" />
            <source>Saved %1.</source>
            <translation>已保存 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="498" />
            <source>Delist %1 (%2)</source>
            <translation>下架 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="498" />
            <source>List %1 (%2) again</source>
            <translation>重新上架 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="503" />
            <source>Delisted on the Products screen</source>
            <translation>在商品页面下架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="512" />
            <source>%1 is delisted: it can no longer be sold. List it again at any time.</source>
            <translation>%1 已下架，不能再销售。您可以随时重新上架。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="513" />
            <source>%1 is listed again and can be sold.</source>
            <translation>%1 已重新上架，可以销售了。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="533" />
            <source>List again</source>
            <translation>重新上架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="546" />
            <source>Listed</source>
            <translation>在售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="546" />
            <source>Delisted: not for sale</source>
            <translation>已下架：不可销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="553" />
            <source>%1, sold by weight</source>
            <translation>%1，称重销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="555" />
            <source>, serial numbers</source>
            <translation>，串号管理</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="558" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="559" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="560" />
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="561" />
            <source>Tax class</source>
            <translation>税目</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="565" />
            <source>Prices</source>
            <translation>价格</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="566" />
            <source> per %1</source>
            <translation> /%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="567" />
            <source>Price</source>
            <translation>售价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="568" />
            <source>Member price</source>
            <translation>会员价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="568" />
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="586" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="569" />
            <source>Last cost</source>
            <translation>最近进价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="573" />
            <source>Barcodes</source>
            <translation>条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="578" />
            <source>PLU</source>
            <translation>PLU</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="579" />
            <source>Case of %1</source>
            <translation>整箱 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="580" />
            <source>Store code</source>
            <translation>店内码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="581" />
            <source>Item</source>
            <translation>单品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="590" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="596" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="597" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="599" />
            <source>Maximum</source>
            <translation>库存上限</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/productsscreen.cpp" line="602" />
            <source>Low on stock: reorder soon.</source>
            <translation>库存不足：请尽快补货。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrder</name>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="42" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="45" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="48" />
            <source>Partly received</source>
            <translation>部分收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="51" />
            <source>Received</source>
            <translation>已收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="54" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorder.cpp" line="57" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrderEditor</name>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="44" />
            <source>Back to orders</source>
            <translation>返回采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="45" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="46" />
            <source>Save draft</source>
            <translation>存草稿</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="47" />
            <source>Send to supplier</source>
            <translation>发送给供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="48" />
            <source>Cancel order</source>
            <translation>取消采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="49" />
            <source>Close: expect no more</source>
            <translation>关闭（不再到货）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="50" />
            <source>Receive goods</source>
            <translation>收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="59" />
            <source>Note for the supplier or the team (optional)</source>
            <translation>给供应商或同事的备注（选填）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Their code</source>
            <translation>供应商货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Ordered</source>
            <translation>订购数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Received</source>
            <translation>已收数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Cost (¥)</source>
            <translation>进价（¥）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="76" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="98" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="99" />
            <source>Deliver to</source>
            <translation>收货库位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="100" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="219" />
            <source>%1 is %2: its lines cannot change.</source>
            <translation>%1 当前为“%2”状态，明细不能再修改。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="224" />
            <source>Choose the supplier first.</source>
            <translation>请先选择供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="272" />
            <source>Enter a quantity of more than zero for %1.</source>
            <translation>请为 %1 输入大于零的数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="281" />
            <source>A cost cannot be negative.</source>
            <translation>进价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="320" />
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="321" />
            <source>Tap twice to change</source>
            <translation>双击可修改</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="326" />
            <source>%1 (%2 to come)</source>
            <translation>%1（待收 %2）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="332" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n 行 · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="341" />
            <source>Purchase order %1</source>
            <translation>采购单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="341" />
            <source>New purchase order</source>
            <translation>新建采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="377" />
            <source>Add at least one product before saving.</source>
            <translation>保存前请至少添加一种商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="381" />
            <source>Change purchase order %1</source>
            <translation>修改采购单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="381" />
            <source>Make a purchase order</source>
            <translation>新建采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="403" />
            <source>%1 saved as a draft.</source>
            <translation>%1 已保存为草稿。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="417" />
            <source>Send purchase order %1</source>
            <translation>发送采购单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="425" />
            <source>%1 sent to %2.</source>
            <translation>%1 已发送给 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="435" />
            <source>Cancel purchase order %1</source>
            <translation>取消采购单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="443" />
            <source>%1 cancelled.</source>
            <translation>%1 已取消。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="453" />
            <source>Close purchase order %1</source>
            <translation>关闭采购单 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseordereditor.cpp" line="461" />
            <source>%1 closed: nothing more is expected.</source>
            <translation>%1 已关闭，不再等待到货。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrderService</name>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="128" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="187" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="229" />
            <source>A purchase order needs at least one product.</source>
            <translation>采购单至少需要一种商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="140" />
            <source>%1 is no longer an active supplier.</source>
            <translation>%1 已不是启用状态的供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="147" />
            <source>Add a stock location before ordering.</source>
            <translation>下单前请先添加库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="158" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="244" />
            <source>The purchase order could not be saved; check the delivery location.</source>
            <translation>采购单无法保存，请检查收货库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="199" />
            <source>No supplier is known for %1 (%2). Add one before ordering it.</source>
            <translation>%1（%2）没有对应的供应商。请先添加供应商再订购。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="240" />
            <source>%1 is %2; only a draft can be changed.</source>
            <translation>%1 当前为“%2”状态，只有草稿可以修改。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="248" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="275" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="302" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="325" />
            <source>The purchase order could not be saved.</source>
            <translation>采购单无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="270" />
            <source>%1 is %2; only a draft can be sent.</source>
            <translation>%1 当前为“%2”状态，只有草稿可以发送。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="272" />
            <source>%1 has no products yet.</source>
            <translation>%1 还没有商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="295" />
            <source>%1 is %2 and cannot be cancelled.</source>
            <translation>%1 当前为“%2”状态，不能取消。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="298" />
            <source>Goods were received on %1; close it instead.</source>
            <translation>%1 已有收货，不能取消，请改为关闭。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="322" />
            <source>%1 is %2 and cannot be closed.</source>
            <translation>%1 当前为“%2”状态，不能关闭。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="343" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="356" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="379" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="401" />
            <source>The purchase order could not be read.</source>
            <translation>无法读取采购单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="360" />
            <source>There is no purchase order with id %1.</source>
            <translation>没有 ID 为 %1 的采购单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="405" />
            <source>There is no purchase order %1.</source>
            <translation>没有采购单 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="432" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="454" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="479" />
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="492" />
            <source>The purchase orders could not be read.</source>
            <translation>无法读取采购单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="463" />
            <source>The value of %1 cannot be shown: %2</source>
            <translation>无法显示 %1 的金额：%2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchaseorderservice.cpp" line="60" />
            <source>Every quantity ordered must be more than zero.</source>
            <translation>每种商品的订购数量都必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="38" />
            <source>The product could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="42" />
            <source>There is no product with id %1.</source>
            <translation>没有 ID 为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="51" />
            <source>The supplier items could not be read.</source>
            <translation>无法读取供应商商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="81" />
            <source>A cost must be in the store's currency (%1).</source>
            <translation>成本必须使用本店币种（%1）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="85" />
            <source>A cost cannot be negative.</source>
            <translation>进价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="92" />
            <source>Add at least one product.</source>
            <translation>请至少添加一种商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="96" />
            <source>Every quantity must be more than zero.</source>
            <translation>每种商品的数量都必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="112" />
            <source>%1 (%2) does not take serial numbers.</source>
            <translation>%1（%2）不使用串号管理。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="119" />
            <source>%1 (%2) needs one serial number per unit: %3 received, %4 serial numbers scanned.</source>
            <translation>%1（%2）每件需要一个串号：已收 %3 件，已扫描 %4 个串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/purchasinglines.cpp" line="120" />
            <source>%1 (%2) needs one serial number per unit: %3 going back, %4 serial numbers scanned.</source>
            <translation>%1（%2）每件需要一个串号：退回 %3 件，已扫描 %4 个串号。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseOrdersTab</name>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="60" />
            <source>New order</source>
            <translation>新建采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="61" />
            <source>Show order</source>
            <translation>查看</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="74" />
            <source>Open orders</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="74" />
            <source>Drafts</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Partly received</source>
            <translation>部分收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="75" />
            <source>Received/closed</source>
            <translation>已收货/已关闭</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="76" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="76" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="95" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="161" />
            <source>No orders in this view.</source>
            <translation>此视图中没有采购单。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/purchaseorderstab.cpp" line="162" />
            <source>%n order(s) · ordered value %1</source>
            <translation>
                <numerusform>%n 张采购单 · 订购金额 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchaseScanBar</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="31" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="38" />
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="116" />
            <source>Scan, or type a code or name</source>
            <translation>扫码，或输入条码、货号或名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="54" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="55" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="62" />
            <source>as ordered</source>
            <translation>按订购价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="66" />
            <source>Cost per unit (¥)</source>
            <translation>单件进价（¥）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="85" />
            <source>Scan each item, or type its code and press Enter. A case barcode counts the whole case.</source>
            <translation>逐件扫码，或输入条码后按回车。扫箱码会计入整箱数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="116" />
            <source>Scan or type the serial number</source>
            <translation>扫描或输入串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="146" />
            <source>Scan or type the serial number.</source>
            <translation>请扫描或输入串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="174" />
            <source>The quantity "%1" is not a number.</source>
            <translation>数量“%1”不是数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="178" />
            <source>Enter a quantity of more than zero.</source>
            <translation>请输入大于零的数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="182" />
            <source>%1 is counted in whole %2: enter a whole number.</source>
            <translation>%1 以整%2计数，请输入整数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="193" />
            <source>A cost cannot be negative.</source>
            <translation>进价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasescanbar.cpp" line="213" />
            <source>Added %1 %2 %3.</source>
            <translation>已添加 %1 %2 %3。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::PurchasingScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="30" />
            <source>Purchasing</source>
            <translation>采购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="40" />
            <source>Purchase orders</source>
            <translation>采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="41" />
            <source>Receiving</source>
            <translation>收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="42" />
            <source>Returns to suppliers</source>
            <translation>采购退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="43" />
            <source>Suppliers</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingscreen.cpp" line="106" />
            <source>Awaiting delivery: %1 · partly received: %2 · drafts: %3 · active suppliers: %4</source>
            <translation>待到货：%1 · 部分收货：%2 · 草稿：%3 · 启用的供应商：%4</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReceivingService</name>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="85" />
            <source>A received quantity must be more than zero.</source>
            <translation>收货数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="89" />
            <source>The average cost cannot be calculated from amounts in different currencies.</source>
            <translation>不同币种的金额无法计算平均成本。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="95" />
            <source>The average cost is too large.</source>
            <translation>平均成本过大。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="102" />
            <source>Scan at least once.</source>
            <translation>扫描次数至少为 1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="167" />
            <source>The purchase order could not be read.</source>
            <translation>无法读取采购单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="175" />
            <source>%1 is %2; nothing more can be received on it.</source>
            <translation>%1 当前为“%2”状态，不能再收货。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="184" />
            <source>Choose the supplier who delivered the goods.</source>
            <translation>请选择送货的供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="186" />
            <source>Choose where the goods are received.</source>
            <translation>请选择收货库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="204" />
            <source>The delivery could not be saved; check the location.</source>
            <translation>收货单无法保存，请检查库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="256" />
            <source>%1 (%2) is not on purchase order %3. A manager can accept it anyway.</source>
            <translation>%1（%2）不在采购单 %3 中。店长可以授权接收。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="262" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="289" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="368" />
            <source>The purchase order could not be saved.</source>
            <translation>采购单无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="282" />
            <source>Too much %1 (%2) for %3: %4 ordered, %5 received before, %6 now. A manager can accept it.</source>
            <translation>%1（%2）超出 %3 的订购数：订购 %4，此前已收 %5，本次 %6。店长可以授权接收。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="327" />
            <source>The product's cost could not be saved.</source>
            <translation>商品进价无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="332" />
            <source>The supplier's cost could not be saved.</source>
            <translation>供应商进价无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="340" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="354" />
            <source>The delivery could not be saved.</source>
            <translation>收货单无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/receivingservice.cpp" line="391" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="409" />
            <location filename="../../modules/inventory/receivingservice.cpp" line="428" />
            <source>The deliveries could not be read.</source>
            <translation>无法读取收货记录。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReceivingTab</name>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="57" />
            <source>Accept more than ordered (manager)</source>
            <translation>接收超订数量（需店长）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="59" />
            <source>Stop scanning serials</source>
            <translation>停止扫描串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="60" />
            <source>Start over</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="61" />
            <source>Book in</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="68" />
            <source>Their note number</source>
            <translation>供应商送货单号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Ordered</source>
            <translation>订购数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Received before</source>
            <translation>此前已收</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>This delivery</source>
            <translation>本次到货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="89" />
            <source>Cost</source>
            <translation>进价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="90" />
            <source>Serial numbers</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="98" />
            <source>Purchase order</source>
            <translation>采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="99" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="100" />
            <source>Receive into</source>
            <translation>收货库位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="101" />
            <source>Delivery note</source>
            <translation>送货单号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="147" />
            <source>No purchase order</source>
            <translation>无采购单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="230" />
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="409" />
            <source>Finish the serial numbers first, or tap Stop scanning serials.</source>
            <translation>请先扫完串号，或点按“停止扫描串号”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="253" />
            <source>%1 (%2) is not on %3. Put it aside, or tick "Accept more than ordered" if a manager agrees to keep it.</source>
            <translation>%1（%2）不在 %3 中。请把它放到一边；如果店长同意留下，请勾选“接收超订数量”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="263" />
            <source>Too many %1: %2 ordered, %3 received before, %4 in this delivery would be over the order. Count again, or tick "Accept more than ordered" if a manager agrees.</source>
            <translation>%1 数量过多：订购 %2，此前已收 %3，本次到货 %4 将超出订购数。请重新清点；如果店长同意，请勾选“接收超订数量”。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="306" />
            <source>%1 is serial-tracked: scan the serial number of the next unit (%n more to scan).</source>
            <translation>
                <numerusform>%1 需要串号管理：请扫描下一件的串号（还需扫描 %n 个）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="317" />
            <source>Serial number %1 was scanned already in this delivery.</source>
            <translation>本次到货中已扫描过串号 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="328" />
            <source>Serial numbers of %1 taken.</source>
            <translation>%1 的串号已全部录入。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="348" />
            <source>not ordered</source>
            <translation>未订购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="352" />
            <source>all received</source>
            <translation>已全部收货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="370" />
            <source>scan at receipt</source>
            <translation>收货时扫描</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="374" />
            <source>Nothing scanned yet</source>
            <translation>尚未扫描任何商品</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="375" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n 行 · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="404" />
            <source>Scan the delivered goods first.</source>
            <translation>请先扫描到货商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="413" />
            <source>Book in a delivery for %1</source>
            <translation>为 %1 收货入库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="413" />
            <source>Book in a delivery without an order</source>
            <translation>无采购单收货入库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="416" />
            <source>, with more than ordered</source>
            <translation>，且超出订购数量</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="426" />
            <source>%1 booked in: %n line(s), %2.</source>
            <translation>
                <numerusform>%1 已入库：%n 行，%2。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/receivingtab.cpp" line="430" />
            <source>%1 is now %2.</source>
            <translation>%1 状态已变为“%2”。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReorderScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="135" />
            <source>Reorder</source>
            <translation>补货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="139" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="215" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="495" />
            <source>Low stock</source>
            <translation>库存不足</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="232" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="345" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="234" />
            <source>Create draft PO</source>
            <translation>生成采购草稿</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="240" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="243" />
            <source>Average of the last</source>
            <translation>日均销量取最近</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>Per day</source>
            <translation>日均</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>× Days</source>
            <translation>× 天数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>= Demand</source>
            <translation>= 需求</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="249" />
            <source>+ Safety</source>
            <translation>+ 安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>− Stock</source>
            <translation>− 现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>− Ordered</source>
            <translation>− 在途</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>= Need</source>
            <translation>= 需补</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>Pack</source>
            <translation>每包</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <source>Order</source>
            <translation>订购量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="250" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="253" />
            <source>Average sold a day over the sales window</source>
            <translation>统计期内平均每天的销量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="254" />
            <source>The supplier's lead time in days</source>
            <translation>供应商的到货天数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="255" />
            <source>Expected sales over the lead time: per day × days, rounded up</source>
            <translation>到货期内的预计销量：日均 × 天数，向上取整</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="256" />
            <source>Safety stock: what should always be left</source>
            <translation>安全库存：始终应保留的数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="257" />
            <source>On hand now, all locations</source>
            <translation>当前现存数量，所有库位合计</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="258" />
            <source>Already ordered and not yet received (drafts included)</source>
            <translation>已订购但尚未收货的数量（含草稿）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="259" />
            <source>Demand + safety − stock − ordered</source>
            <translation>需求 + 安全库存 − 现存 − 在途</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="260" />
            <source>Units per order pack: the need is rounded up to whole packs</source>
            <translation>每个订货包装的数量：需补量向上取整为整包</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="266" />
            <source>Tap to change the quantity to order.</source>
            <translation>点按可修改订购数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="289" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="549" />
            <source>Reorder suggestions</source>
            <translation>补货建议</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="302" />
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="448" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="448" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Safety stock</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="306" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>Last sale</source>
            <translation>最后销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="309" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="471" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="793" />
            <source>Out of stock</source>
            <translation>缺货</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="319" />
            <source>Last %n day(s)</source>
            <translation>
                <numerusform>最近 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="323" />
            <source>By quantity</source>
            <translation>按数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="324" />
            <source>By value</source>
            <translation>按金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="330" />
            <source>Sold</source>
            <translation>销量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="333" />
            <source>Best sellers</source>
            <translation>畅销商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="350" />
            <source>No sale in the last</source>
            <translation>连续无销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="355" />
            <source>Stock value</source>
            <translation>库存金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="358" />
            <source>Slow movers</source>
            <translation>滞销商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="371" />
            <source>All locations</source>
            <translation>全部库位</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="410" />
            <source>Calculating what to reorder from the sales of the last %n day(s)…</source>
            <translation>
                <numerusform>正在根据最近 %n 天的销售计算补货…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="412" />
            <source>Calculating…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>On order</source>
            <translation>在途</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="451" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="471" />
            <source>Out of stock, on order</source>
            <translation>缺货，已订购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="475" />
            <source>Low, on order</source>
            <translation>库存不足，已订购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="478" />
            <source>Low: %1 short</source>
            <translation>库存不足：缺 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="491" />
            <source>Every product is at or above its safety stock.</source>
            <translation>所有商品都达到或高于安全库存。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="492" />
            <source>%n product(s) below safety stock: </source>
            <translation>
                <numerusform>%n 种商品低于安全库存：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="493" />
            <source>%n out of stock, </source>
            <translation>
                <numerusform>其中 %n 种缺货，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="494" />
            <source>%n not yet on order.</source>
            <translation>
                <numerusform>%n 种尚未订购。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="495" />
            <source>Low stock (%1)</source>
            <translation>库存不足（%1）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="512" />
            <source>Nothing to reorder: stock and orders cover the expected sales.</source>
            <translation>无需补货：现有库存和在途订单足以满足预计销量。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="513" />
            <source>%n product(s) to reorder</source>
            <translation>
                <numerusform>%n 种商品需要补货</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="514" />
            <source> from %n supplier(s). </source>
            <translation>
                <numerusform> · 涉及 %n 家供应商。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="515" />
            <source>Need = sold a day × lead time + safety stock − on hand − on order.</source>
            <translation>需补量 = 日均销量 × 到货天数 + 安全库存 − 现存 − 在途。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="541" />
            <source>%1 · %n line(s), %2</source>
            <translation>
                <numerusform>%1 · %n 行，%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="544" />
            <source>No supplier · %n product(s)</source>
            <translation>
                <numerusform>无供应商 · %n 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="550" />
            <source>Reorder suggestions (%1)</source>
            <translation>补货建议（%1）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="595" />
            <source>Tap to change</source>
            <translation>点按可修改</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="608" />
            <source>Needs a manager: you will be asked for an override.</source>
            <translation>需要店长授权：操作时会要求授权。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="621" />
            <source>These products have no supplier, so no order can be made for them. Give them a supplier in Purchasing.</source>
            <translation>这些商品没有供应商，无法为其下单。请在“采购”中为它们设置供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="624" />
            <source>Nothing to reorder.</source>
            <translation>无需补货。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="630" />
            <source>%1 (%2): sold %3 %4 in the last %5 days = %6 a day. </source>
            <translation>%1（%2）：最近 %5 天售出 %3 %4，日均 %6。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="632" />
            <source>Over the lead time of %1 days that is %2 (rounded up). </source>
            <translation>到货期 %1 天内的预计销量为 %2（向上取整）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="634" />
            <source>%1 + safety stock %2 − on hand %3 − on order %4 = need %5</source>
            <translation>%1 + 安全库存 %2 − 现存 %3 − 在途 %4 = 需补 %5</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="637" />
            <source>, rounded up to whole packs of %1</source>
            <translation>，按每包 %1 向上取整为整包</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="638" />
            <source>: order %1 × %2 = %3.</source>
            <translation>：订购 %1 × %2 = %3。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="640" />
            <source>No supplier: give it one in Purchasing to order it.</source>
            <translation>无供应商：请在“采购”中为其设置供应商后再订购。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="657" />
            <source>%n line(s)</source>
            <translation>
                <numerusform>%n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="675" />
            <source>"%1" is not a quantity: type a number such as 12 or 2.5.</source>
            <translation>“%1”不是有效数量：请输入数字，例如 12 或 2.5。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="742" />
            <source>Wait a moment: the suggestions are still being calculated.</source>
            <translation>请稍候：补货建议仍在计算中。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="747" />
            <source>There is nothing to order from this supplier.</source>
            <translation>该供应商没有需要订购的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="751" />
            <source>Create a draft purchase order for %1</source>
            <translation>为 %1 生成采购单草稿</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="765" />
            <source>Draft purchase order %1 for %2 with %n line(s) created. Check and send it in Purchasing.</source>
            <translation>
                <numerusform>已为 %2 生成采购单草稿 %1，共 %n 行。请在“采购”中核对后发送。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="790" />
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="841" />
            <source>Never sold</source>
            <translation>从未售出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="793" />
            <source>Out of stock (%1)</source>
            <translation>缺货（%1）</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="844" />
            <source>Everything in stock sold in the last %n day(s).</source>
            <translation>
                <numerusform>所有有库存的商品在最近 %n 天内都有销售。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="845" />
            <source>%n product(s) with stock and no sale, </source>
            <translation>
                <numerusform>%n 种商品有库存但无销售，</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/reorderscreen.cpp" line="846" />
            <source>%1 tied up at cost.</source>
            <translation>按成本计占用资金 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ReorderService</name>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="68" />
            <source>The stock could not be read.</source>
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="93" />
            <source>The sales period must be between 1 and 365 days.</source>
            <translation>统计天数必须在 1 到 365 天之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="95" />
            <source>The lead time must be between 0 and 365 days.</source>
            <translation>到货天数必须在 0 到 365 天之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="122" />
            <source>The suppliers could not be read.</source>
            <translation>无法读取供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="149" />
            <source>The sales could not be read.</source>
            <translation>无法读取销售数据。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="183" />
            <source>The quantity to order of %1 is too large.</source>
            <translation>%1 的订货数量过大。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="220" />
            <source>There is nothing to order.</source>
            <translation>没有需要订购的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="221" />
            <source>Nothing can be ordered: none of the products has a supplier.</source>
            <translation>无法下单：这些商品都没有供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="224" />
            <source>Reorder suggestion of %1</source>
            <translation>%1 的补货建议</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/reorderservice.cpp" line="40" />
            <source>The purchase orders could not be read.</source>
            <translation>无法读取采购单。</translation>
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
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="141" />
            <source>The period must be between 1 and 3650 days.</source>
            <translation>统计天数必须在 1 到 3650 天之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="167" />
            <source>Choose a period whose end comes after its start.</source>
            <translation>请选择结束时间晚于开始时间的时段。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="187" />
            <source>The sales could not be read.</source>
            <translation>无法读取销售数据。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="231" />
            <source>The suppliers could not be read.</source>
            <translation>无法读取供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="265" />
            <source>No supplier</source>
            <translation>无供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="273" />
            <source>The stock value is too large to show.</source>
            <translation>库存金额过大，无法显示。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/salesanalysis.cpp" line="59" />
            <source>The stock value of %1 is too large to show.</source>
            <translation>%1 的库存金额过大，无法显示。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistory</name>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="366" />
            <source>The sales could not be read.</source>
            <translation>无法读取销售数据。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="391" />
            <source>The file needs a column "sku" (item code) or "barcode" to name the products.</source>
            <translation>文件需要包含“sku”（货号）或“barcode”（条码）列，用于识别商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="496" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="515" />
            <source>The sales history could not be saved.</source>
            <translation>无法保存销售历史。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="533" />
            <source>Entry %1 (%2): %3</source>
            <translation>第 %1 条（%2）：%3</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="538" />
            <source>%1 (%2 of %3 entries have problems.) Nothing was imported.</source>
            <translation>%1（共 %3 条记录，其中 %2 条有问题。）未导入任何数据。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="560" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="591" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="619" />
            <source>The sales history could not be read.</source>
            <translation>无法读取销售历史。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="623" />
            <source>There is no sales history batch %1.</source>
            <translation>没有历史销售批次 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="628" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="633" />
            <source>The sales history could not be removed.</source>
            <translation>无法撤回历史销售。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="104" />
            <source>%1 is in the future. Sales history can only be for days before today.</source>
            <translation>%1 是未来日期。销售历史只能是今天之前的日期。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="106" />
            <source>%1 is today: today's sales come from the tills. Sales history can only be for days before today.</source>
            <translation>%1 是今天：今天的销售来自收银台。销售历史只能是今天之前的日期。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="109" />
            <source>%1 is more than ten years ago; check the date.</source>
            <translation>%1 已是十年以前，请检查日期。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="111" />
            <source>Qtill has recorded sales since %1, so history can only be for days before that (no sale may be counted twice).</source>
            <translation>Qtill 自 %1 起已有销售记录，因此销售历史只能是此日期之前的（同一笔销售不能重复计算）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="122" />
            <source>The quantity cannot be negative: give what was sold that day, net of customer returns.</source>
            <translation>数量不能为负数：请填写当天的销量（扣除顾客退货后的净数）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="124" />
            <source>%1 a day is more than a store sells; check the number.</source>
            <translation>日销量 %1 超出了门店可能的销量，请检查数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="126" />
            <source>%1 is sold by the piece; give whole units.</source>
            <translation>%1 按件销售，请填写整数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="133" />
            <source>The sales value cannot be negative.</source>
            <translation>销售额不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="135" />
            <source>The sales value is too large for one product and day; check the number.</source>
            <translation>单个商品单日的销售额过大，请检查数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="162" />
            <source>The date is empty. Write it as year-month-day, e.g. 2026-10-31.</source>
            <translation>日期为空。请按“年-月-日”格式填写，例如 2026-10-31。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="164" />
            <source>"%1" is not a date. Write it as year-month-day, e.g. 2026-10-31.</source>
            <translation>“%1”不是有效日期。请按“年-月-日”格式填写，例如 2026-10-31。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="177" />
            <source>The quantity is empty; write 0 for a day without sales.</source>
            <translation>数量为空；当天无销售请填 0。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="179" />
            <location filename="../../modules/inventory/stockimporter.cpp" line="98" />
            <source>"%1" is not a quantity. Write it like 12 or 0.5.</source>
            <translation>“%1”不是有效数量。请按 12 或 0.5 的格式填写。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="196" />
            <source>"%1" is not an amount. Write it like 125.50, or leave it empty.</source>
            <translation>“%1”不是有效金额。请按 125.50 的格式填写，或留空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="210" />
            <location filename="../../modules/inventory/saleshistory.cpp" line="277" />
            <source>The sales of %1 on %2 were imported already (batch %3).</source>
            <translation>%1 在 %2 的销量已导入过（批次 %3）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="213" />
            <source>%1 on %2 is also on row %3.</source>
            <translation>%1 在 %2 的记录也出现在第 %3 行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="259" />
            <source>There is no such product.</source>
            <translation>没有该商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="266" />
            <source>The date is missing.</source>
            <translation>缺少日期。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="274" />
            <source>The value is not in the store's currency (%1).</source>
            <translation>该金额不是本店币种（%1）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="279" />
            <source>%1 on %2 is also in entry %3.</source>
            <translation>%1 在 %2 的记录也出现在第 %3 条。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="440" />
            <source>There is no sales history to import.</source>
            <translation>没有可导入的销售历史。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/saleshistory.cpp" line="476" />
            <source>Some of these days were imported at the same time by someone else. Nothing was imported.</source>
            <translation>其中部分日期已被他人同时导入，因此未导入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistoryBatchesDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="23" />
            <source>Take back</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="26" />
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="28" />
            <source>Imported sales history</source>
            <translation>已导入的历史销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="30" />
            <source>Each import is one batch. A batch imported by mistake (the wrong file, another shop's export) is taken back whole; then the right file can be imported.</source>
            <translation>每次导入为一个批次。误导入的批次（文件选错、导入了别家门店的数据）可整批撤回，之后再导入正确的文件。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Batch</source>
            <translation>批次号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Days</source>
            <translation>日期范围</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="38" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="48" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="82" />
            <source>No sales history has been imported.</source>
            <translation>尚未导入历史销售。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="83" />
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n 个批次</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="90" />
            <source>%1 – %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="110" />
            <source>Take back %1</source>
            <translation>撤回 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="111" />
            <source>Remove the %1 rows of batch %2 (%3 to %4, from %5)? Best sellers and reorder suggestions no longer count them. Stock is not changed.</source>
            <translation>删除批次 %2 的 %1 条记录（%3 至 %4，来源 %5）？畅销排行和补货建议将不再计入这些数据。库存不受影响。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="119" />
            <source>Take back sales history %1</source>
            <translation>撤回历史销售 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/saleshistorybatchesdialog.cpp" line="129" />
            <source>Batch %1 taken back: %2 rows removed.</source>
            <translation>已撤回批次 %1：删除 %2 条记录。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SalesHistoryDemo</name>
        <message>
            <location filename="../../modules/inventory/saleshistorydemo.cpp" line="73" />
            <source>The demo products could not be read.</source>
            <translation>无法读取演示商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::ScaleLabelsScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="35" />
            <source>Amount (fen)</source>
            <translation>金额（分）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="35" />
            <source>Weight (g)</source>
            <translation>重量（克）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="83" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="83" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="87" />
            <source>Scale labels</source>
            <translation>条码秤标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="88" />
            <source>How the till reads the labels your scales print (codes starting 20–29).</source>
            <translation>设置收银台如何识别电子秤打印的标签（以 20–29 开头的条码）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="89" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="273" />
            <source>New layout</source>
            <translation>新建格式</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="142" />
            <source>Prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="143" />
            <source>Holds</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="144" />
            <source>Item number</source>
            <translation>商品码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="145" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="97" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="146" />
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="117" />
            <source>e.g. 大华秤 金额码</source>
            <translation>例如：大华秤 金额码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="131" />
            <source>The digit it starts at, counting the first digit of the label as 1</source>
            <translation>从第几位开始（标签第一位数字记为第 1 位）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="132" />
            <source>How many digits it has</source>
            <translation>共有几位数字</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="133" />
            <source>from</source>
            <translation>起始位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="135" />
            <source>digits</source>
            <translation>位数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="166" />
            <source>Test a label</source>
            <translation>测试标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="170" />
            <source>Scan or type a label printed by the scale</source>
            <translation>扫描或输入电子秤打印的标签</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="175" />
            <source>The till reads it the same way.</source>
            <translation>收银台会按同样的方式识别。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="240" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="241" />
            <source>digits %1–%2</source>
            <translation>第 %1–%2 位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="273" />
            <source>Prefix %1</source>
            <translation>前缀 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="316" />
            <source>F prefix · I item number · V %1 · C check digit</source>
            <translation>F 前缀 · I 商品码 · V %1 · C 校验位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="333" />
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="358" />
            <source>Change how scale labels are read</source>
            <translation>修改条码秤标签的识别方式</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="342" />
            <source>Labels starting %1 are now read as %2.</source>
            <translation>以 %1 开头的标签现按“%2”识别。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="352" />
            <source>Remove layout</source>
            <translation>删除格式</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="353" />
            <source>Labels starting %1 will then be read as ordinary barcodes. Remove the layout?</source>
            <translation>删除后，以 %1 开头的标签将按普通条码识别。确定删除该格式吗？</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="367" />
            <source>Labels starting %1 are now read as ordinary barcodes.</source>
            <translation>以 %1 开头的标签现按普通条码识别。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="383" />
            <source>Prefix %1 · item number %2</source>
            <translation>前缀 %1 · 商品码 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="385" />
            <source>Amount %1</source>
            <translation>金额 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="387" />
            <source>Weight %1 kg</source>
            <translation>重量 %1 kg</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="393" />
            <source>Not a scale label here: read as an ordinary barcode.</source>
            <translation>此处不是条码秤标签：按普通条码识别。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/scalelabelsscreen.cpp" line="397" />
            <source>Product: %1 (%2), %3 per %4</source>
            <translation>商品：%1（%2），%3/%4</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SerialLookupScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="47" />
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="148" />
            <source>Received</source>
            <translation>收货入库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="49" />
            <source>Sold</source>
            <translation>已售出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="51" />
            <source>Returned by the customer</source>
            <translation>顾客退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="53" />
            <source>Returned to the supplier</source>
            <translation>退回供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="83" />
            <source>Serial numbers</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="84" />
            <source>After-sales: scan a serial number (IMEI) to see the sale, the customer and the warranty. Scan a product to list its units.</source>
            <translation>售后：扫描串号（IMEI）可查看销售记录、顾客和保修信息；扫描商品条码可列出该商品的所有串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="90" />
            <source>Serial number, IMEI or product barcode</source>
            <translation>串号、IMEI 或商品条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="91" />
            <source>Look up</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Serial number</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="108" />
            <source>Warranty</source>
            <translation>保修截止</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="146" />
            <source>Sale</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="147" />
            <source>Customer</source>
            <translation>顾客</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>What</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="152" />
            <source>By</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="157" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="195" />
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="216" />
            <source>Scan the serial number on the box or the device.</source>
            <translation>请扫描包装盒或设备上的串号。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="221" />
            <source>%n unit(s) with serial number %1</source>
            <translation>
                <numerusform>串号为 %1 的商品共 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="237" />
            <source>%1 is not a serial-numbered product.</source>
            <translation>%1 不是串号管理商品。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="249" />
            <source>%1: %n unit(s) known, %2 in stock</source>
            <translation>
                <numerusform>%1：已登记 %n 件，在库 %2 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="252" />
            <source>Nothing has the serial number %1. Check the number on the device (for a phone: *#06#).</source>
            <translation>没有串号为 %1 的商品。请核对设备上的号码（手机可拨 *#06# 查看）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="267" />
            <source>%1 (ended)</source>
            <translation>%1（已过保）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="285" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="296" />
            <source>Under warranty until %1 (%n day(s) left)</source>
            <translation>
                <numerusform>保修期至 %1（剩余 %n 天）</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="299" />
            <source>Warranty ended on %1</source>
            <translation>保修已于 %1 到期</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="301" />
            <source>Sold without warranty</source>
            <translation>售出时无保修</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="303" />
            <source>Warranty starts when sold</source>
            <translation>售出后开始保修</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="306" />
            <source>%1 on receipt %2</source>
            <translation>%1，小票号 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="307" />
            <source>Not sold</source>
            <translation>未售出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="309" />
            <source>Not recorded at the sale</source>
            <translation>销售时未登记</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="311" />
            <source>%1 with %2</source>
            <translation>%1，单号 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="313" />
            <source>, at %1</source>
            <translation>，库位：%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/seriallookupscreen.cpp" line="332" />
            <source>No unit selected</source>
            <translation>未选择商品</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SerialNumberService</name>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="193" />
            <source>A serial number is empty.</source>
            <translation>有串号为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="195" />
            <source>Serial number %1 is given twice.</source>
            <translation>串号 %1 重复输入。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="206" />
            <source>Scan or type at least one serial number.</source>
            <translation>请至少扫描或输入一个串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="213" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="438" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="217" />
            <source>This product does not exist.</source>
            <translation>该商品不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="220" />
            <source>%1 does not take serial numbers. Mark it as serial-tracked in the product first.</source>
            <translation>%1 不管理串号。请先在商品资料中启用串号管理。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="227" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="302" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="469" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="480" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="502" />
            <source>The serial numbers could not be read.</source>
            <translation>无法读取串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="236" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="249" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="264" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="270" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="327" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="336" />
            <source>The serial number %1 could not be saved.</source>
            <translation>无法保存串号 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="242" />
            <source>%1 with serial number %2 was received again just now (another lane).</source>
            <translation>%1（串号 %2）刚刚被另一台收银台重新入库。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="255" />
            <source>%1 with serial number %2 is recorded already (%3, received with %4).</source>
            <translation>串号为 %2 的 %1 已登记（%3，随 %4 入库）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="295" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="467" />
            <source>Scan or type a serial number.</source>
            <translation>请扫描或输入串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="309" />
            <source>Serial number %1 is not known. Was it received?</source>
            <translation>串号 %1 不存在，是否已收货入库？</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="311" />
            <source>Serial number %1 belongs to %2 products; choose the product.</source>
            <translation>串号 %1 对应 %2 个商品，请选择商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="331" />
            <source>Serial number %1 was changed by someone else just now.</source>
            <translation>串号 %1 刚刚已被他人修改。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="352" />
            <source>The warranty must be between 0 and 240 months.</source>
            <translation>保修期必须在 0 到 240 个月之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="354" />
            <source>A sale of a serial-numbered item needs its receipt number.</source>
            <translation>销售串号商品需要提供小票号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="361" />
            <source>%1 with serial number %2 went back to the supplier; it cannot be sold.</source>
            <translation>串号为 %2 的 %1 已退回供应商，不能销售。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="365" />
            <source>%1 with serial number %2 was sold already on %3 (%4).</source>
            <translation>串号为 %2 的 %1 已于 %3 售出（%4）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="390" />
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="420" />
            <source>The serial number could not be read back.</source>
            <translation>串号保存后无法读回。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="403" />
            <source>%1 with serial number %2 is %3, not sold; it cannot be returned.</source>
            <translation>串号为 %2 的 %1 当前状态为“%3”，并未售出，不能退货。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="427" />
            <source>Scan or type the serial numbers of the units going back.</source>
            <translation>请扫描或输入要退回商品的串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="440" />
            <source>%1 has no unit with serial number %2.</source>
            <translation>找不到串号为 %2 的 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="445" />
            <source>%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.</source>
            <translation>串号为 %2 的 %1 已于 %3 售出（%4），不能退回供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="450" />
            <source>%1 with serial number %2 went back to the supplier already.</source>
            <translation>串号为 %2 的 %1 此前已退回供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="476" />
            <source>No product has serial number %1.</source>
            <translation>没有商品使用串号 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="87" />
            <source>In stock</source>
            <translation>在库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="89" />
            <source>Sold</source>
            <translation>已售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="91" />
            <source>Returned</source>
            <translation>已退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/serialnumberservice.cpp" line="93" />
            <source>Returned to supplier</source>
            <translation>已退供应商</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockImporter</name>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="36" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="64" />
            <source>There is no product with the item code %1.</source>
            <translation>没有货号为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="74" />
            <source>No product has the barcode %1.</source>
            <translation>没有条码为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/csvproductkeys.cpp" line="79" />
            <source>The row names no product: give its item code or barcode.</source>
            <translation>该行未指定商品：请填写货号或条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="211" />
            <source>The file needs a column "sku" (item code) or "barcode" to name the products.</source>
            <translation>文件需要包含“sku”（货号）或“barcode”（条码）列，用于识别商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="289" />
            <source>The stock could not be read.</source>
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="84" />
            <source>The location is empty. Give its code or name (e.g. FLOOR or 卖场).</source>
            <translation>库位为空。请填写库位编码或名称（例如 FLOOR 或 卖场）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="88" />
            <source>There is no active location "%1".</source>
            <translation>没有启用中的库位“%1”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="96" />
            <source>The quantity is empty.</source>
            <translation>数量为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="100" />
            <source>Stock on hand cannot be negative.</source>
            <translation>现存数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="102" />
            <source>%1 is more than a store can hold; check the number.</source>
            <translation>%1 超出了门店可能的存量，请检查数字。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="104" />
            <source>%1 is sold by the piece; count whole units.</source>
            <translation>%1 按件销售，请填写整数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="116" />
            <source>%1 at this location is also on row %2.</source>
            <translation>%1 在该库位的记录也出现在第 %2 行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockimporter.cpp" line="249" />
            <source>Row %1 (%2): %3 Nothing was imported.</source>
            <translation>第 %1 行（%2）：%3 未导入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockLedger</name>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="51" />
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="52" />
            <source>Sale</source>
            <translation>销售</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="53" />
            <source>Customer return</source>
            <translation>顾客退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="54" />
            <source>Sale voided</source>
            <translation>销售撤销</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="55" />
            <source>Goods received</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="56" />
            <source>Return to supplier</source>
            <translation>退货给供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="57" />
            <source>Transfer out</source>
            <translation>调出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="58" />
            <source>Transfer in</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="59" />
            <source>Transfer</source>
            <translation>调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="60" />
            <source>Stocktake adjustment</source>
            <translation>盘点调整</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="61" />
            <source>Damaged</source>
            <translation>报损</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="62" />
            <source>Lost</source>
            <translation>丢失</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="63" />
            <source>Manual adjustment</source>
            <translation>手工调整</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="119" />
            <source>Stock can be changed by hand only as an adjustment, damage, loss or opening stock.</source>
            <translation>手工修改库存只能通过库存调整、报损、丢失或期初库存进行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="122" />
            <source>Say why the stock changes (for example "broken in the back room").</source>
            <translation>请说明库存变动原因（例如“在仓库摔坏”）。</translation>
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
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="195" />
            <location filename="../../modules/inventory/stockledger.cpp" line="206" />
            <location filename="../../modules/inventory/stockledger.cpp" line="236" />
            <source>The stock history could not be read.</source>
            <translation>无法读取库存流水。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="252" />
            <location filename="../../modules/inventory/stockledger.cpp" line="267" />
            <location filename="../../modules/inventory/stockledger.cpp" line="282" />
            <location filename="../../modules/inventory/stockledger.cpp" line="293" />
            <location filename="../../modules/inventory/stockledger.cpp" line="308" />
            <source>The stock locations could not be read.</source>
            <translation>无法读取库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="286" />
            <source>There is no stock location %1.</source>
            <translation>没有库位 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="297" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="204" />
            <source>There is no stock location with id %1.</source>
            <translation>没有 ID 为 %1 的库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="304" />
            <source>A stock location needs a code and a name.</source>
            <translation>库位需要代码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="312" />
            <source>There is already a stock location %1.</source>
            <translation>库位 %1 已存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="315" />
            <location filename="../../modules/inventory/stockledger.cpp" line="321" />
            <source>The stock location %1 could not be added.</source>
            <translation>无法添加库位 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="358" />
            <source>A stock location needs a name.</source>
            <translation>请填写库位名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="364" />
            <location filename="../../modules/inventory/stockledger.cpp" line="369" />
            <location filename="../../modules/inventory/stockledger.cpp" line="375" />
            <location filename="../../modules/inventory/stockledger.cpp" line="411" />
            <location filename="../../modules/inventory/stockledger.cpp" line="416" />
            <source>The stock location could not be saved.</source>
            <translation>无法保存库位。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/stockledger.cpp" line="404" />
            <source>%1 still holds stock of %n product(s). Transfer it elsewhere first.</source>
            <translation>
                <numerusform>%1 仍有 %n 种商品的库存，请先调拨到其他库位。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledger.cpp" line="481" />
            <location filename="../../modules/inventory/stockledger.cpp" line="510" />
            <source>The stock's value is too large.</source>
            <translation>库存金额过大。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="136" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="152" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="270" />
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="278" />
            <source>The stock movement could not be saved.</source>
            <translation>库存变动无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="144" />
            <source>The stock of product %1 would be out of range.</source>
            <translation>商品 %1 的库存将超出范围。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="202" />
            <source>There is no product with id %1.</source>
            <translation>没有 ID 为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="206" />
            <source>The location %1 is closed; it takes no stock movements.</source>
            <translation>库位 %1 已关闭，不能再记库存流水。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="246" />
            <source>Not enough stock of %1 at %2: %3 on hand, %4 needed. This store does not allow negative stock.</source>
            <translation>%1 在 %2 库存不足：现存 %3，需要 %4。本店不允许负库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="59" />
            <source>A stock movement needs a quantity other than zero.</source>
            <translation>库存变动的数量不能为零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="61" />
            <source>A stock movement needs a reason.</source>
            <translation>库存变动需要填写原因。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="63" />
            <source>"%1" is not a reason for a stock movement.</source>
            <translation>“%1”不是有效的库存变动原因。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="66" />
            <source>A stock movement of type "%1" cannot %2 stock.</source>
            <translation>“%1”类型的库存流水不能%2库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="67" />
            <source>add</source>
            <translation>增加</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerpost.cpp" line="67" />
            <source>remove</source>
            <translation>减少</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="45" />
            <source>Product %1 at %2: the stock shown is %3 but its movements add up to %4.</source>
            <translation>商品 %1 在 %2：显示库存为 %3，但流水合计为 %4。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="82" />
            <source>The stock check was stopped before it finished.</source>
            <translation>库存检查在完成前被停止。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="118" />
            <source>Product id %1 at location id %2 has movements adding up to %3 but no stock balance.</source>
            <translation>商品 ID %1 在库位 ID %2 的流水合计为 %3，但没有库存余额记录。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stockledgerverify.cpp" line="138" />
            <source>Transfer %1: what left and what arrived of product id %2 differ by %3.</source>
            <translation>调拨单 %1：商品 ID %2 的调出与调入数量相差 %3。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="54" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="56" />
            <source>Only low stock</source>
            <translation>仅看低库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="57" />
            <source>Show more</source>
            <translation>显示更多</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="59" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="538" />
            <source>Adjust</source>
            <translation>调整</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="59" />
            <source>Damage / loss</source>
            <translation>报损</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="60" />
            <source>Newer</source>
            <translation>上一页</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="61" />
            <source>Older</source>
            <translation>下一页</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="61" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="601" />
            <source>Check stock</source>
            <translation>库存核对</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="66" />
            <source>Proves that every stock figure is the sum of its movements.</source>
            <translation>核对每个库存数量是否等于其库存流水之和。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="74" />
            <source>Name, item code or barcode</source>
            <translation>品名、货号或条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="172" />
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Safety</source>
            <translation>安全库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="86" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="119" />
            <source>Choose a product to see its movements and to adjust its stock.</source>
            <translation>选择商品，查看其库存流水并调整库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="534" />
            <source>Change</source>
            <translation>变动</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Balance</source>
            <translation>结存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>By</source>
            <translation>操作员</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="128" />
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="157" />
            <source>Movements here</source>
            <translation>本库位流水</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="173" />
            <source>Transfers</source>
            <translation>调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="290" />
            <source>%1 has no stock at %2.</source>
            <translation>%1 在 %2 没有库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="334" />
            <source>Nothing at %1 matches "%2".</source>
            <translation>%1 中没有与“%2”匹配的商品。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="336" />
            <source>%n product(s) at %1 below safety stock</source>
            <translation>
                <numerusform>%1 有 %n 种商品低于安全库存</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="338" />
            <source>%n product(s) at %1</source>
            <translation>
                <numerusform>%1 共 %n 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="340" />
            <source> · %1 at cost</source>
            <translation> · 成本金额 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="343" />
            <source>Only low stock (%1)</source>
            <translation>仅看低库存（%1）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="345" />
            <source>Stock on hand per location, its movements, adjustments and transfers.</source>
            <translation>各库位现存、库存流水、库存调整和调拨。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="378" />
            <source>Low on stock: %1 in all locations, safety stock %2.</source>
            <translation>库存不足：所有库位共 %1，安全库存 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="434" />
            <source>%1 · on hand here &lt;b&gt;%2&lt;/b&gt; · all locations %3</source>
            <translation>%1 · 本库位现存 &lt;b&gt;%2&lt;/b&gt; · 所有库位 %3</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="437" />
            <source> · safety stock %1</source>
            <translation> · 安全库存 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="438" />
            <source>&lt;br&gt;Cost %1 · value here %2</source>
            <translation>&lt;br&gt;成本 %1 · 本库位金额 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="441" />
            <source>Below safety stock: reorder soon.</source>
            <translation>低于安全库存：请尽快补货。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="468" />
            <source>System</source>
            <translation>系统</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="474" />
            <source>No movements here yet.</source>
            <translation>本库位暂无库存流水。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="476" />
            <source>%1–%2 of %n movement(s)</source>
            <translation>
                <numerusform>第 %1–%2 条，共 %n 条流水</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="512" />
            <source>Damage or loss</source>
            <translation>报损</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="512" />
            <source>Adjust stock</source>
            <translation>库存调整</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="515" />
            <source>%1 at %2: %3 on hand now.</source>
            <translation>%1 在 %2：当前现存 %3。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="519" />
            <source>Damaged, spoiled or expired</source>
            <translation>破损、变质或过期</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="520" />
            <source>Lost or stolen</source>
            <translation>丢失或被盗</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="522" />
            <source>Add to stock</source>
            <translation>增加库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="523" />
            <source>Take from stock</source>
            <translation>减少库存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="533" />
            <source>e.g. dropped in the aisle</source>
            <translation>例如：在过道摔落</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="533" />
            <source>e.g. found on a wrong shelf</source>
            <translation>例如：在错误的货架上找到</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="534" />
            <source>What happened</source>
            <translation>情况</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="535" />
            <source>Quantity (%1)</source>
            <translation>数量（%1）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="536" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="538" />
            <source>Write off</source>
            <translation>报损</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="545" />
            <source>Say why the stock changes.</source>
            <translation>请说明库存变动原因。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="549" />
            <source>%1 %2 of %3 at %4</source>
            <translation>%1 %3 %2（%4）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="555" />
            <source>Stock not changed: a manager must approve this.</source>
            <translation>库存未修改：需要店长授权。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="559" />
            <source>%1: %2 %3. Now %4 at %5.</source>
            <translation>%1：%2 %3。%5 现存 %4。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="563" />
            <source>The stock is below zero: count it soon.</source>
            <translation>库存已低于零：请尽快盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="587" />
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="595" />
            <source>Checking… %1 %</source>
            <translation>正在检查… %1 %</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="610" />
            <source>Stock adds up: all %1 stock figures equal the sum of their %2 movements.</source>
            <translation>库存核对无误：全部 %1 个库存数量均与其 %2 条流水合计一致。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stockscreen.cpp" line="614" />
            <source>Stock does NOT add up (%n problem(s)): </source>
            <translation>
                <numerusform>库存核对不符（%n 个问题）：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StockUiSupport</name>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="17" />
            <source>Scan a barcode or type an item code or name.</source>
            <translation>请扫描条码，或输入货号或品名。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="30" />
            <source>More than one product matches "%1". Scan its barcode or type its item code.</source>
            <translation>有多个商品与“%1”匹配。请扫描其条码或输入货号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="38" />
            <source>Enter a quantity.</source>
            <translation>请输入数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="43" />
            <source>"%1" is not a quantity.</source>
            <translation>“%1”不是有效数量。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stockuisupport.cpp" line="45" />
            <source>Enter a quantity greater than zero.</source>
            <translation>请输入大于零的数量。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::StocktakeScreen</name>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="51" />
            <source>Stocktake</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="51" />
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="475" />
            <source>New count</source>
            <translation>新建盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="54" />
            <source>Recount</source>
            <translation>复盘</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="56" />
            <source>Write off goods nobody counted</source>
            <translation>未盘商品按盘亏处理</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="57" />
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="536" />
            <source>Cancel count</source>
            <translation>取消盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="57" />
            <source>Approve</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="60" />
            <source>Count the goods, compare with the books, approve the differences.</source>
            <translation>清点商品，与账面核对，审核盈亏差异。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>Count</source>
            <translation>盘点单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>Where</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="67" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="79" />
            <source>Counts</source>
            <translation>盘点单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="87" />
            <source>Choose a count on the left, or start a new one.</source>
            <translation>请在左侧选择盘点单，或新建盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="93" />
            <source>Scan a barcode</source>
            <translation>扫描条码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="94" />
            <source>Scan or type a barcode or item code, then Enter</source>
            <translation>扫描或输入条码、货号，然后按回车</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="105" />
            <source>How many each scan counts; −1 takes back a mis-scan</source>
            <translation>每次扫码计入的数量；输入 −1 可撤回误扫</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="107" />
            <source>Replace what you counted of the product (others' counts stay)</source>
            <translation>用本次数量替换您对该商品的盘点数（他人的盘点数保留）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Expected</source>
            <translation>账面数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Difference</source>
            <translation>差异</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="113" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="131" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="195" />
            <source>Monthly count</source>
            <comment>note of the screenshot's stocktake</comment>
            <translation>月度盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="239" />
            <source>%1, started %2</source>
            <translation>%1，开始于 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="327" />
            <source>Book quantities frozen %1</source>
            <translation>账面数量冻结于 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="329" />
            <source> by %1</source>
            <translation> · 操作员 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="347" />
            <source>Book %1, %2 moved while counting</source>
            <translation>账面 %1，盘点期间变动 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="351" />
            <source>not counted</source>
            <translation>未盘</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="355" />
            <source>Counted by %n people</source>
            <translation>
                <numerusform>由 %n 人盘点</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="374" />
            <source>Counted &lt;b&gt;%1&lt;/b&gt; of %2 products · %n with a difference</source>
            <translation>
                <numerusform>已盘 &lt;b&gt;%1&lt;/b&gt; / %2 种商品 · %n 种有差异</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="378" />
            <source>Surplus &lt;span style="color:#067647"&gt;%1&lt;/span&gt; · shortage &lt;span style="color:#D92D20"&gt;%2&lt;/span&gt; · net &lt;b&gt;%3&lt;/b&gt; at cost</source>
            <translation>盘盈 &lt;span style="color:#067647"&gt;%1&lt;/span&gt; · 盘亏 &lt;span style="color:#D92D20"&gt;%2&lt;/span&gt; · 净额 &lt;b&gt;%3&lt;/b&gt;（按成本）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="383" />
            <source>Booked into stock %1.</source>
            <translation>已于 %1 记入库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="401" />
            <source>Count at least one.</source>
            <translation>数量至少为 1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="410" />
            <source>Count %1 in %2</source>
            <translation>盘点 %1（%2）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="426" />
            <source>%1: recounted %2</source>
            <translation>%1：复盘 %2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="427" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="430" />
            <source> · counted %1 %2 in all, expected %3</source>
            <translation> · 共盘得 %1 %2，账面 %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="452" />
            <source>Approve %1: book %n difference(s), net %2</source>
            <translation>
                <numerusform>审核 %1：记入 %n 项差异，净额 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="464" />
            <source>%1 approved: %n stock adjustment(s) booked, net %2.</source>
            <translation>
                <numerusform>%1 已审核：已记入 %n 笔库存调整，净额 %2。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="466" />
            <source>Stock check: every counted product's figure equals the sum of its movements.</source>
            <translation>库存检查：每个已盘点商品的数量都等于其出入库记录之和。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="478" />
            <source>The stock on the books is frozen now. Count everything at the location, or one category.</source>
            <translation>账面库存现已冻结。可盘点该库位的全部商品，或只盘点一个分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="489" />
            <source>Everything there</source>
            <translation>全部商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="497" />
            <source>e.g. monthly count</source>
            <translation>例如：月度盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="498" />
            <source>Location</source>
            <translation>库位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="499" />
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="500" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="501" />
            <source>Start counting</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="504" />
            <source>Choose where to count.</source>
            <translation>请选择盘点库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="506" />
            <source>Start a count at %1</source>
            <translation>在 %1 开始盘点</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="508" />
            <source>No count started: a supervisor must start it.</source>
            <translation>未开始盘点：需由主管发起。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="513" />
            <source>%1 started: scan the goods at %2.</source>
            <translation>%1 已开始：请扫描 %2 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="529" />
            <source>Cancel %1?</source>
            <translation>取消 %1？</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="532" />
            <source>The count is closed without changing any stock. What was counted stays on record.</source>
            <translation>盘点将关闭，不会改动任何库存。已盘点的记录会保留。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="535" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="539" />
            <source>Cancel %1</source>
            <translation>取消 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="541" />
            <source>Not cancelled: a supervisor must cancel the count.</source>
            <translation>未取消：需由主管取消盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/stocktakescreen.cpp" line="544" />
            <source>%1 cancelled. No stock was changed.</source>
            <translation>%1 已取消，库存未做任何改动。</translation>
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
            <translation>无法读取盘点单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="151" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="325" />
            <source>There is no stocktake %1.</source>
            <translation>没有盘点单 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="209" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="376" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="522" />
            <source>The stock could not be read.</source>
            <translation>无法读取库存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="226" />
            <source>The categories could not be read.</source>
            <translation>无法读取商品分类。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="230" />
            <source>There is no category %1.</source>
            <translation>没有分类 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="248" />
            <source>%1 is being counted already (%2). Approve or cancel that count first.</source>
            <translation>%1 正在盘点中（%2）。请先审核或取消该盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="265" />
            <source>The stocktake could not be started.</source>
            <translation>无法开始盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="288" />
            <source>The stock could not be frozen for counting.</source>
            <translation>无法冻结库存以进行盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="351" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="421" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="468" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="509" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="534" />
            <source>The stocktake could not be read.</source>
            <translation>无法读取盘点单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="358" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="362" />
            <source>This product does not exist.</source>
            <translation>该商品不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="369" />
            <source>%1 is not in %2, the category being counted. Put it aside for its own count.</source>
            <translation>%1 不属于正在盘点的分类 %2。请放到一边，单独盘点。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="383" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="439" />
            <source>The count could not be saved.</source>
            <translation>无法保存盘点数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="401" />
            <source>A recount cannot be less than zero.</source>
            <translation>复盘数量不能小于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="403" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="454" />
            <source>Count at least one.</source>
            <translation>数量至少为 1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="410" />
            <source>Stocktake %1 is %2; it takes no more counts.</source>
            <translation>盘点单 %1 %2，不能再录入盘点数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="428" />
            <source>You have counted fewer than that of this product; the correction would go below zero.</source>
            <translation>您对该商品的盘点数少于这个数量，更正后会小于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="579" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="584" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="595" />
            <source>The stocktake's amounts are too large.</source>
            <translation>盘点单金额过大。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="618" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="694" />
            <source>Stocktake %1 is %2 already.</source>
            <translation>盘点单 %1 已处于“%2”状态。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="638" />
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="661" />
            <source>The stocktake could not be approved.</source>
            <translation>无法审核盘点单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="654" />
            <source>Stocktake %1 was not approved: %2 Run the stock check and call for help.</source>
            <translation>盘点单 %1 未审核通过：%2 请运行库存检查并寻求帮助。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="665" />
            <source>Stocktake %1 was closed by someone else just now.</source>
            <translation>盘点单 %1 刚刚已被他人关闭。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="700" />
            <source>The stocktake could not be cancelled.</source>
            <translation>无法取消盘点单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="120" />
            <source>Counting</source>
            <translation>盘点中</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="122" />
            <source>Approved</source>
            <translation>已审核</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/stocktakeservice.cpp" line="124" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="142" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="147" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="34" />
            <source>Takes new orders</source>
            <translation>接受新订单</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="47" />
            <source>Edit supplier</source>
            <translation>编辑供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="47" />
            <source>New supplier</source>
            <translation>新增供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="51" />
            <source>Orders and deliveries keep the supplier they were made with.</source>
            <translation>采购单和收货单会保留当时的供应商信息。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="52" />
            <source>The code is short and cannot be changed later, e.g. S006.</source>
            <translation>编码应简短，保存后不能修改，例如 S006。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="59" />
            <source>e.g. S006</source>
            <translation>例如 S006</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="61" />
            <source>Company name as on the invoice</source>
            <translation>发票上的公司名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="63" />
            <source>Who to call about orders</source>
            <translation>订货联系人</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="68" />
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="74" />
            <source>Street, district, city</source>
            <translation>城市、区县、街道门牌</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Cash on delivery</source>
            <translation>货到付款</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 15 days</source>
            <translation>账期 15 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 30 days</source>
            <translation>账期 30 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="77" />
            <source>Net 60 days</source>
            <translation>账期 60 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="78" />
            <source>Prepayment</source>
            <translation>预付款</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="80" />
            <source>Choose or type, e.g. net 30 days</source>
            <translation>可选择或输入，例如：账期 30 天</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="83" />
            <source>18-character unified social credit code</source>
            <translation>18 位统一社会信用代码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="86" />
            <source>Bank and branch</source>
            <translation>开户银行及支行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="90" />
            <source>Account number</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="93" />
            <source>Anything the buyer should know</source>
            <translation>采购人员需要了解的信息</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="114" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="115" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="116" />
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="117" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="118" />
            <source>Lead time</source>
            <translation>到货天数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="126" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="127" />
            <source>Payment terms</source>
            <translation>付款条件</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="128" />
            <source>Tax id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="129" />
            <source>Bank</source>
            <translation>开户行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="130" />
            <source>Account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="131" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="184" />
            <source>Enter the supplier's code and name.</source>
            <translation>请输入供应商编码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="193" />
            <source>Change supplier %1</source>
            <translation>修改供应商 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="193" />
            <source>Add supplier %1</source>
            <translation>新增供应商 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="195" />
            <source>Not saved: the change was not authorised.</source>
            <translation>未保存：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="213" />
            <source>Supplier %1 saved.</source>
            <translation>供应商 %1 已保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierdialog.cpp" line="213" />
            <source>Supplier %1 added.</source>
            <translation>供应商 %1 已添加。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierImporter</name>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="389" />
            <source>The suppliers could not be read.</source>
            <translation>无法读取供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="109" />
            <source>Too long (at most %1 characters).</source>
            <translation>内容过长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="121" />
            <location filename="../../modules/inventory/supplierimporter.cpp" line="187" />
            <source>The supplier code is empty.</source>
            <translation>供应商编码为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="123" />
            <source>The supplier code is too long (at most 16 characters).</source>
            <translation>供应商编码过长（最多 16 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="133" />
            <source>A new supplier needs a name.</source>
            <translation>新供应商需要填写名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="157" />
            <source>Say which bank the account %1 is with.</source>
            <translation>请填写账号 %1 的开户行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="167" />
            <source>Write the lead time as whole days from 0 to 365.</source>
            <translation>到货天数请填写 0 到 365 之间的整数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="176" />
            <source>Write 1 for an active supplier and 0 for one you no longer order from.</source>
            <translation>正常合作的供应商填 1，不再订货的填 0。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="188" />
            <source>There is no supplier with the code %1.</source>
            <translation>没有编码为 %1 的供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="192" />
            <source>The item code is empty.</source>
            <translation>货号为空。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="193" />
            <source>There is no product with the item code %1.</source>
            <translation>没有货号为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="204" />
            <source>"%1" is not an amount. Write it like 3.50 (yuan, up to two decimals).</source>
            <translation>“%1”不是有效金额。请按 3.50 的格式填写（单位：元，最多两位小数）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="206" />
            <source>The cost %1 cannot be used: it must be between 0 and 1,000,000.00.</source>
            <translation>进价 %1 无效：必须在 0 到 1,000,000.00 之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="214" />
            <source>The pack size must be a number above zero, e.g. 24.</source>
            <translation>包装数量必须是大于零的数字，例如 24。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="222" />
            <source>Write 1 for the supplier to reorder from and 0 for others.</source>
            <translation>补货时选用的供应商填 1，其他填 0。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>The same %1 is also on row %2.</source>
            <translation>第 %2 行也有相同的%1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>supplier and item</source>
            <translation>供应商和商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="233" />
            <source>supplier code</source>
            <translation>供应商编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="302" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierimporter.cpp" line="350" />
            <source>Row %1: %2 Nothing was imported.</source>
            <translation>第 %1 行：%2 未导入任何数据。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierItemDialog</name>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="40" />
            <source>Preferred: reorder suggestions buy it from this supplier</source>
            <translation>首选：补货建议从该供应商采购</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="47" />
            <source>Edit item of %1</source>
            <translation>编辑 %1 的供货商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="47" />
            <source>New item from %1</source>
            <translation>新增 %1 的供货商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="55" />
            <source>Scan a barcode, or type the item code or name, then Enter</source>
            <translation>扫描条码，或输入货号或商品名称后按回车</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="61" />
            <source>Their code on the delivery note</source>
            <translation>送货单上的供应商货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="64" />
            <source>per selling unit, e.g. 2.50</source>
            <translation>按销售单位计，如 2.50</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="80" />
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="151" />
            <source>No product chosen yet.</source>
            <translation>尚未选择商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="87" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="89" />
            <source>Their code</source>
            <translation>供应商货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="90" />
            <source>Last cost (¥)</source>
            <translation>最近进价（¥）</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="91" />
            <source>Units per pack</source>
            <translation>每包装数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="138" />
            <source>Scan or type the product first.</source>
            <translation>请先扫描或输入商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="189" />
            <source>"%1" is not a cost. Write it like 2.50 (yuan per selling unit).</source>
            <translation>“%1”不是有效的进价。请按 2.50 的格式填写（元/销售单位）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="198" />
            <source>Units per pack must be a number above zero, e.g. 24 for a case of 24.</source>
            <translation>每包装数量必须是大于零的数字，例如一箱 24 个就填 24。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="206" />
            <source>%1 supplies this product already: edit that line instead.</source>
            <translation>%1 已在供应此商品：请改为编辑该条记录。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="212" />
            <source>Change what %1 supplies</source>
            <translation>修改 %1 的供货商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="214" />
            <source>Not saved: the change was not authorised.</source>
            <translation>未保存：此操作未获授权。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplieritemdialog.cpp" line="221" />
            <source>%1 saved for %2.</source>
            <translation>已为 %2 保存 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierReturnService</name>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="67" />
            <source>Choose where the goods are taken from.</source>
            <translation>请选择出货库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="87" />
            <source>The supplier return could not be saved; check the location.</source>
            <translation>采购退货单无法保存，请检查库位。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="97" />
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="137" />
            <source>The supplier return could not be saved.</source>
            <translation>采购退货单无法保存。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierreturnservice.cpp" line="158" />
            <source>The supplier returns could not be read.</source>
            <translation>无法读取采购退货记录。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierReturnsTab</name>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="45" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="46" />
            <source>Post return</source>
            <translation>确认退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="47" />
            <source>Stop scanning serials</source>
            <translation>停止扫描串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Damaged</source>
            <translation>破损</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Expired</source>
            <translation>过期</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Quality problem</source>
            <translation>质量问题</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Wrong goods delivered</source>
            <translation>送错货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="55" />
            <source>Overstock</source>
            <translation>库存积压</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="56" />
            <source>current cost</source>
            <translation>当前进价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>On hand</source>
            <translation>现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Return</source>
            <translation>退货数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <source>Cost</source>
            <translation>进价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="71" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Value</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="72" />
            <source>Serial numbers</source>
            <translation>串号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="79" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="92" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="90" />
            <source>Return to supplier</source>
            <translation>退货给供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="91" />
            <source>Take from</source>
            <translation>出库库位</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="119" />
            <source>Recent returns</source>
            <translation>最近退货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="121" />
            <source>No goods have gone back to a supplier yet.</source>
            <translation>暂无退货给供应商的记录。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="187" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="373" />
            <source>Finish the serial numbers first, or tap Stop scanning serials.</source>
            <translation>请先扫完串号，或点按“停止扫描串号”。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="191" />
            <source>%1 goes back in whole units, each with its serial number.</source>
            <translation>%1 只能按整件退回，每件须附其串号。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="224" />
            <source>Only %1 %2 of %3 are on hand here; check the count before returning %4.</source>
            <translation>本库位 %3 现存只有 %1 %2；退货 %4 前请先核对数量。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="243" />
            <source>%1 is serial-tracked: scan the serial number of the next unit going back (%n more to scan).</source>
            <translation>
                <numerusform>%1 按串号管理：请扫描下一件退回商品的串号（还需扫描 %n 件）。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="259" />
            <source>Serial number %1 is on this return already.</source>
            <translation>串号 %1 已在此退货单中。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="272" />
            <source>%1 has no unit with serial number %2. Check the number on the box.</source>
            <translation>%1 没有串号为 %2 的单品。请核对包装盒上的号码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="276" />
            <source>%1 with serial number %2 was sold on %3 (%4); it cannot go back to the supplier.</source>
            <translation>串号为 %2 的 %1 已于 %3 售出（%4），不能退回供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="281" />
            <source>%1 with serial number %2 went back to the supplier already.</source>
            <translation>串号为 %2 的 %1 已退回供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="290" />
            <source>Serial numbers of %1 taken.</source>
            <translation>%1 的串号已全部录入。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="316" />
            <source>%n to scan</source>
            <translation>
                <numerusform>待扫 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="324" />
            <source>Nothing to return yet</source>
            <translation>暂无退货商品</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="325" />
            <source>%n line(s) · %1</source>
            <translation>
                <numerusform>%n 行 · %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="369" />
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="384" />
            <source>Scan the goods to return first.</source>
            <translation>请先扫描要退的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="388" />
            <source>Choose the supplier.</source>
            <translation>请选择供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="393" />
            <source>Say why the goods go back.</source>
            <translation>请说明退货原因。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="403" />
            <source>Return goods to %1</source>
            <translation>退货给 %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="412" />
            <source>Return %1 posted: %n line(s) taken out of stock.</source>
            <translation>
                <numerusform>退货单 %1 已确认：%n 行商品已出库。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierreturnstab.cpp" line="413" />
            <source>Return %1 posted.</source>
            <translation>退货单 %1 已确认。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SupplierService</name>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="75" />
            <source>A supplier needs a code and a name.</source>
            <translation>供应商需要编码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="77" />
            <source>The lead time must be between 0 and 365 days.</source>
            <translation>到货天数必须在 0 到 365 天之间。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="80" />
            <source>A supplier's name, contact, phone, address, payment terms or bank is too long.</source>
            <translation>供应商的名称、联系人、电话、地址、付款条件或开户行过长。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="82" />
            <source>The note is too long (at most 1000 characters).</source>
            <translation>备注过长（最多 1000 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="87" />
            <source>The tax id "%1" is not valid: it has 15 to 20 letters and digits (统一社会信用代码: 18).</source>
            <translation>纳税人识别号“%1”无效：应为 15 至 20 位字母和数字（统一社会信用代码为 18 位）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="96" />
            <source>The bank account "%1" is not valid: 8 to 34 digits (spaces and dashes allowed).</source>
            <translation>银行账号“%1”无效：应为 8 至 34 位数字（可含空格和短横线）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="99" />
            <source>Say which bank the account %1 is with.</source>
            <translation>请填写账号 %1 的开户行。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="120" />
            <source>There is already a supplier %1 (%2).</source>
            <translation>供应商 %1（%2）已存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="130" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="162" />
            <source>The supplier could not be saved.</source>
            <translation>无法保存供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="194" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="207" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="219" />
            <source>The suppliers could not be read.</source>
            <translation>无法读取供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="211" />
            <source>There is no supplier with id %1.</source>
            <translation>没有 ID 为 %1 的供应商。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="223" />
            <source>There is no supplier %1.</source>
            <translation>没有供应商 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="271" />
            <source>A cost must be in the store's currency (%1).</source>
            <translation>成本必须使用本店币种（%1）。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="275" />
            <source>A cost cannot be negative.</source>
            <translation>进价不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="277" />
            <source>A pack holds at least some of the product.</source>
            <translation>每包数量必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="281" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="290" />
            <source>The supplier item could not be saved.</source>
            <translation>无法保存供应商商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="299" />
            <source>The supplier item could not be saved; check that the supplier and the product exist.</source>
            <translation>无法保存供应商商品，请确认供应商和商品均存在。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="314" />
            <source>The supplier item could not be removed.</source>
            <translation>无法删除供应商商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="318" />
            <source>This supplier does not supply that product.</source>
            <translation>该供应商不供应此商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/supplierservice.cpp" line="332" />
            <location filename="../../modules/inventory/supplierservice.cpp" line="348" />
            <source>The supplier items could not be read.</source>
            <translation>无法读取供应商商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::SuppliersTab</name>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="40" />
            <source>Add item</source>
            <translation>添加商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="41" />
            <source>Edit item</source>
            <translation>编辑商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="42" />
            <source>Remove item</source>
            <translation>移除商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="43" />
            <source>Add supplier</source>
            <translation>新增供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="44" />
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Lead time</source>
            <translation>到货天数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="48" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Product</source>
            <translation>商品</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Their code</source>
            <translation>供应商货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Last cost</source>
            <translation>最近进价</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Per pack</source>
            <translation>每包数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="55" />
            <source>Preferred</source>
            <translation>首选</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="56" />
            <source>The supplier reorder suggestions buy it from</source>
            <translation>补货建议所采用的供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="78" />
            <source>Nothing recorded yet. Add the products you buy from this supplier, with their code and cost.</source>
            <translation>尚无记录。请添加从该供应商采购的商品，以及供应商货号和进价。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="94" />
            <source>What they supply</source>
            <translation>供货商品</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="143" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="144" />
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="144" />
            <source>No new orders</source>
            <translation>停止订货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="168" />
            <source>Choose a supplier</source>
            <translation>请选择供应商</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="169" />
            <source>Its contact and what it supplies show here.</source>
            <translation>供应商的联系方式和供货商品会显示在这里。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="179" />
            <source>delivers in %n day(s)</source>
            <translation>
                <numerusform>%n 天到货</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="181" />
            <source>takes no new orders</source>
            <translation>停止订货</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="185" />
            <source>Pays: %1</source>
            <translation>付款条件：%1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="189" />
            <source>Tax id %1</source>
            <translation>税号 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="217" />
            <source>Reorder suggestions buy it from this supplier.</source>
            <translation>补货建议从该供应商采购此商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="293" />
            <source>Remove %1 from what %2 supplies</source>
            <translation>从 %2 的供货商品中移除 %1</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/supplierstab.cpp" line="300" />
            <source>%1 no longer listed for %2; its orders and deliveries keep it.</source>
            <translation>%1 已不再列为 %2 的供货商品；相关采购单和收货记录仍保留该商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::TransferPage</name>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="38" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="39" />
            <source>Post transfer</source>
            <translation>确认调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="46" />
            <source>Scan or type a barcode or item code</source>
            <translation>扫描或输入条码、货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="47" />
            <source>A barcode, item code or name, then Enter</source>
            <translation>输入条码、货号或品名，然后按回车</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="57" />
            <source>How many each scan adds</source>
            <translation>每次扫码增加的数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="59" />
            <source>Note (optional), e.g. refill the shelves</source>
            <translation>备注（可选），例如：补货上架</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Item code</source>
            <translation>货号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="85" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="62" />
            <source>At source</source>
            <translation>调出方现存</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>From → to</source>
            <translation>调出 → 调入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="75" />
            <source>Lines</source>
            <translation>行数</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="97" />
            <source>New transfer</source>
            <translation>新建调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="102" />
            <source>From</source>
            <translation>调出</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="105" />
            <source>To</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="111" />
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="132" />
            <source>Past transfers</source>
            <translation>历史调拨</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="298" />
            <source>Scan the goods you move.</source>
            <translation>请扫描要调拨的商品。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="299" />
            <source>%n product(s)</source>
            <translation>
                <numerusform>%n 种商品</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="309" />
            <source>Add at least one product to transfer.</source>
            <translation>请至少添加一种要调拨的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="313" />
            <source>Choose two different locations to transfer between.</source>
            <translation>请选择两个不同的库位进行调拨。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="317" />
            <source>Transfer %n product(s) from %1 to %2</source>
            <translation>
                <numerusform>将 %n 种商品从 %1 调拨到 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="327" />
            <source>Transfer %1 posted: %n product(s) from %2 to %3.</source>
            <translation>
                <numerusform>调拨单 %1 已确认：%n 种商品从 %2 调到 %3。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="351" />
            <source>No transfers yet.</source>
            <translation>暂无调拨记录。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="351" />
            <source>Choose a transfer to see its lines.</source>
            <translation>选择调拨单以查看明细。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/transferpage.cpp" line="360" />
            <source>&lt;b&gt;%1&lt;/b&gt; · %2 → %3 · %4%5%6</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; · %2 → %3 · %4%5%6</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::TransferService</name>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="62" />
            <source>Choose two different locations to transfer between.</source>
            <translation>请选择两个不同的库位进行调拨。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="64" />
            <source>Add at least one product to transfer.</source>
            <translation>请至少添加一种要调拨的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="68" />
            <source>Every quantity to transfer must be more than zero.</source>
            <translation>每项调拨数量都必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="93" />
            <location filename="../../modules/inventory/transferservice.cpp" line="110" />
            <source>The transfer could not be saved.</source>
            <translation>无法保存调拨单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="133" />
            <location filename="../../modules/inventory/transferservice.cpp" line="141" />
            <location filename="../../modules/inventory/transferservice.cpp" line="154" />
            <source>The transfer could not be read.</source>
            <translation>无法读取调拨单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="137" />
            <source>There is no transfer with id %1.</source>
            <translation>没有 ID 为 %1 的调拨单。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="158" />
            <source>There is no transfer %1.</source>
            <translation>没有调拨单 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/transferservice.cpp" line="172" />
            <source>The transfers could not be read.</source>
            <translation>无法读取调拨单。</translation>
        </message>
    </context>
    <context>
        <name>qtill::inventory::purchasingui</name>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="61" />
            <source>Scan a barcode or type an item code or name.</source>
            <translation>请扫描条码，或输入货号或名称。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="82" />
            <source>Several products match "%1": choose one below or scan its barcode.</source>
            <translation>有多种商品与“%1”匹配：请在下方选择，或扫描其条码。</translation>
        </message>
        <message>
            <location filename="../../modules/inventory/ui/purchasingsupport.cpp" line="88" />
            <source>No product has the barcode or item code "%1".</source>
            <translation>没有条码或货号为“%1”的商品。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::Campaign</name>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="93" />
            <source>Amount off</source>
            <translation>代金券</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="96" />
            <source>Percent off</source>
            <translation>折扣券</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="99" />
            <source>Spend and save</source>
            <translation>满减券</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="102" />
            <source>Free item</source>
            <translation>赠品券</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaign.cpp" line="105" />
            <source>Extra points</source>
            <translation>积分加倍券</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::CampaignService</name>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="180" />
            <source>Give the campaign a name (it is printed on the receipt).</source>
            <translation>请为优惠券活动命名（名称会打印在小票上）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="182" />
            <source>The name is too long (at most %1 characters).</source>
            <translation>名称太长（最多 %1 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="186" />
            <source>Choose the products or categories the coupons apply to.</source>
            <translation>请选择优惠券适用的商品或分类。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="188" />
            <source>Limits cannot be negative (0 means no limit).</source>
            <translation>限额不能为负数（0 表示不限）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="215" />
            <location filename="../../modules/members/campaignservice.cpp" line="223" />
            <source>The campaign could not be saved.</source>
            <translation>无法保存优惠券活动。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="249" />
            <source>The campaign "%1" has ended; it cannot be started again.</source>
            <translation>优惠券活动“%1”已结束，不能重新开始。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="251" />
            <source>The campaign could not be changed.</source>
            <translation>无法修改优惠券活动。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="266" />
            <location filename="../../modules/members/campaignservice.cpp" line="287" />
            <location filename="../../modules/members/campaignservice.cpp" line="467" />
            <location filename="../../modules/members/campaignservice.cpp" line="475" />
            <source>The campaign could not be read.</source>
            <translation>无法读取优惠券活动。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="270" />
            <location filename="../../modules/members/campaignservice.cpp" line="471" />
            <source>There is no campaign %1.</source>
            <translation>没有优惠券活动 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="274" />
            <source>The campaign "%1" is not running: start it again before issuing coupons.</source>
            <translation>优惠券活动“%1”未在进行中：请先重新开始，再发放优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="276" />
            <source>The campaign "%1" ended on %2.</source>
            <translation>优惠券活动“%1”已于 %2 结束。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="278" />
            <source>Only %1 coupons of "%2" are left (%3 of %4 issued); %5 were asked for.</source>
            <translation>“%2”仅剩 %1 张优惠券（已发放 %3 张，共 %4 张），本次要发放 %5 张。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="321" />
            <location filename="../../modules/members/campaignservice.cpp" line="330" />
            <location filename="../../modules/members/campaignservice.cpp" line="360" />
            <location filename="../../modules/members/campaignservice.cpp" line="400" />
            <location filename="../../modules/members/campaignservice.cpp" line="423" />
            <source>The coupons could not be issued.</source>
            <translation>无法发放优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="347" />
            <source>Issue between 1 and %1 codes at a time.</source>
            <translation>每次发放 1 到 %1 个券码。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="381" />
            <source>The list has an id that is no member (%1).</source>
            <translation>列表中的编号 %1 不是会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="388" />
            <source>Choose between 1 and %1 members.</source>
            <translation>请选择 1 到 %1 位会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="413" />
            <source>Only %1 coupons of "%2" are left, for %3 members. Nothing was issued.</source>
            <translation>“%2”仅剩 %1 张优惠券，不够发给 %3 位会员。未发放任何优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="441" />
            <location filename="../../modules/members/campaignservice.cpp" line="452" />
            <source>The campaigns could not be read.</source>
            <translation>无法读取优惠券活动列表。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="491" />
            <source>The campaign's figures could not be read.</source>
            <translation>无法读取优惠券活动的统计数据。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="111" />
            <source>Enter %1.</source>
            <translation>请输入%1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="113" />
            <source>%1 must be in %2, the store's currency.</source>
            <translation>%1必须使用本店币种 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="115" />
            <source>%1 must be more than zero.</source>
            <translation>%1必须大于零。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="122" />
            <source>The minimum spend</source>
            <translation>最低消费金额</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="126" />
            <location filename="../../modules/members/campaignservice.cpp" line="128" />
            <source>The amount off</source>
            <translation>减免金额</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="132" />
            <source>A spend-and-save coupon takes off less than its minimum spend (e.g. spend 100, save 20).</source>
            <translation>满减券的减免金额须小于最低消费金额（例如满 100 减 20）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="136" />
            <source>The percentage must be between 0.01 % and 100 %.</source>
            <translation>折扣比例须在 0.01% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="139" />
            <source>A percent-off coupon needs a cap: the most it takes off (e.g. 20 % off, at most ¥50).</source>
            <translation>折扣券需要设置优惠上限，即最多减免的金额（例如打 8 折，最多减 ¥50）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="140" />
            <source>The cap</source>
            <translation>优惠上限</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="143" />
            <source>A free-item coupon must name the products or categories it gives away.</source>
            <translation>赠品券必须指定赠送的商品或分类。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="148" />
            <source>An extra-points coupon multiplies points by more than 1 and at most 100 (200 = double points).</source>
            <translation>积分加倍券的倍数须大于 1 倍、最多 100 倍（200 = 双倍积分）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="159" />
            <source>Say how long the coupons are valid: an end date, or a number of days after they are issued.</source>
            <translation>请设置优惠券有效期：截止日期，或发放后的有效天数。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="161" />
            <source>Give the campaign an end date.</source>
            <translation>请为优惠券活动设置结束日期。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="164" />
            <source>The campaign ends (%1) before it starts (%2).</source>
            <translation>优惠券活动的结束时间（%1）早于开始时间（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="166" />
            <source>The end date %1 has passed already.</source>
            <translation>结束日期 %1 已过。</translation>
        </message>
        <message>
            <location filename="../../modules/members/campaignservice.cpp" line="168" />
            <source>Coupons can be valid for at most 3660 days.</source>
            <translation>优惠券最长有效期为 3660 天。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::CouponService</name>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="138" />
            <source>The coupon could not be read.</source>
            <translation>无法读取优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="147" />
            <source>No coupon has the code %1.</source>
            <translation>没有券码为 %1 的优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="181" />
            <source>A coupon is redeemed on a sale: the sale is missing.</source>
            <translation>优惠券须在销售中核销：缺少销售单。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="210" />
            <source>The coupon could not be redeemed.</source>
            <translation>无法核销优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="249" />
            <source>The sale's coupons could not be given back.</source>
            <translation>无法退回本单使用的优惠券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="54" />
            <source>Type or scan the coupon code.</source>
            <translation>请输入或扫描优惠券码。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="58" />
            <source>A coupon code has no "%1": check what was typed.</source>
            <translation>优惠券码不含“%1”：请检查输入内容。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="62" />
            <source>A coupon code has %1 letters and digits; this has %2.</source>
            <translation>优惠券码为 %1 位字母和数字，当前输入为 %2 位。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="68" />
            <source>This code has a typing mistake: compare it with the coupon, letter by letter.</source>
            <translation>券码输入有误：请与优惠券逐字核对。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="83" />
            <source>This coupon was cancelled.</source>
            <translation>此优惠券已作废。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="85" />
            <source>This coupon belongs to a member: attach the member to the sale first.</source>
            <translation>此优惠券为会员专属：请先为本单添加该会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="87" />
            <source>This coupon belongs to another member.</source>
            <translation>此优惠券属于其他会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="90" />
            <source>This coupon was used already, on %1.</source>
            <translation>此优惠券已于 %1 使用。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="91" />
            <source>This coupon was used already, on receipt %1 at %2.</source>
            <translation>此优惠券已于 %2 在小票 %1 上使用。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="95" />
            <source>The campaign "%1" has been stopped: its coupons cannot be used.</source>
            <translation>优惠券活动“%1”已停止：其优惠券不能使用。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="97" />
            <source>This coupon can be used from %1.</source>
            <translation>此优惠券从 %1 起可用。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="99" />
            <source>This coupon expired on %1.</source>
            <translation>此优惠券已于 %1 过期。</translation>
        </message>
        <message>
            <location filename="../../modules/members/couponservice.cpp" line="119" />
            <source>The coupon's discount must be zero or more, in %1.</source>
            <translation>优惠券的优惠金额不能为负数，且须使用 %1。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::MemberService</name>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="30" />
            <source>The member's history could not be read.</source>
            <translation>无法读取会员历史记录。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="97" />
            <source>Member %1 still has stored value: refund it before erasing the member.</source>
            <translation>会员 %1 仍有储值余额：请先退款，再删除该会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberexport.cpp" line="103" />
            <source>The member could not be erased.</source>
            <translation>无法删除会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="100" />
            <source>A mobile number has 11 digits and starts with 13 to 19.</source>
            <translation>手机号为 11 位数字，以 13 至 19 开头。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="107" />
            <location filename="../../modules/members/memberservice.cpp" line="176" />
            <source>The members could not be read.</source>
            <translation>无法读取会员信息。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="117" />
            <location filename="../../modules/members/memberservice.cpp" line="377" />
            <source>This member does not exist.</source>
            <translation>该会员不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="123" />
            <source>No member has the number %1.</source>
            <translation>没有会员号为 %1 的会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="128" />
            <location filename="../../modules/members/memberservice.cpp" line="133" />
            <source>This member card is not known.</source>
            <translation>无法识别此会员卡。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="139" />
            <source>No member has the mobile number %1.</source>
            <translation>没有手机号为 %1 的会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="144" />
            <source>This face is not bound to a member yet.</source>
            <translation>此人脸尚未绑定会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="151" />
            <source>Scan the member card or type the member number or mobile.</source>
            <translation>请刷会员卡，或输入会员号或手机号。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="157" />
            <source>No member has the number, card or mobile %1.</source>
            <translation>没有会员号、卡号或手机号为 %1 的会员。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="163" />
            <location filename="../../modules/members/memberservice.cpp" line="167" />
            <location filename="../../modules/members/memberservice.cpp" line="204" />
            <source>The member tiers could not be read.</source>
            <translation>无法读取会员等级。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="180" />
            <source>This %1 belongs to member %2 already.</source>
            <translation>该%1已属于会员 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="195" />
            <source>The birthday is in the future.</source>
            <translation>生日不能是将来的日期。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="196" />
            <source>mobile number</source>
            <translation>手机号</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="198" />
            <source>member card</source>
            <translation>会员卡</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="200" />
            <source>NFC card</source>
            <translation>NFC 卡</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="208" />
            <source>This tier does not exist.</source>
            <translation>该会员等级不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="231" />
            <location filename="../../modules/members/memberservice.cpp" line="235" />
            <location filename="../../modules/members/memberservice.cpp" line="302" />
            <location filename="../../modules/members/memberservice.cpp" line="393" />
            <source>The member could not be saved.</source>
            <translation>无法保存会员信息。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="280" />
            <source>Member %1 was erased and cannot be changed.</source>
            <translation>会员 %1 已删除，无法修改。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="315" />
            <source>The face-pay device gave no identity.</source>
            <translation>刷脸设备未返回身份信息。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="329" />
            <source>Member %1 has another face bound already.</source>
            <translation>会员 %1 已绑定其他人脸。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="341" />
            <source>The face could not be bound.</source>
            <translation>无法绑定人脸。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="370" />
            <source>A confirmation code has 4 to 8 digits.</source>
            <translation>会员确认码为 4 到 8 位数字。</translation>
        </message>
        <message>
            <location filename="../../modules/members/memberservice.cpp" line="373" />
            <source>The confirmation code could not be saved.</source>
            <translation>无法保存会员确认码。</translation>
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
            <translation>无法读取积分。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsexpiry.cpp" line="46" />
            <source>Points earned before %1 expired</source>
            <translation>%1 前获得的积分已过期</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsexpiry.cpp" line="73" />
            <source>Member %1: the balance is %2 points, the ledger adds up to %3 (last row %4).</source>
            <translation>会员 %1：积分余额为 %2，积分流水合计为 %3（最后一行 %4）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="82" />
            <location filename="../../modules/members/pointsledger.cpp" line="165" />
            <location filename="../../modules/members/pointsledger.cpp" line="198" />
            <source>This member does not exist.</source>
            <translation>该会员不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="103" />
            <location filename="../../modules/members/pointsledger.cpp" line="205" />
            <location filename="../../modules/members/pointsledger.cpp" line="212" />
            <location filename="../../modules/members/pointsledger.cpp" line="311" />
            <location filename="../../modules/members/pointsledger.cpp" line="350" />
            <source>The points could not be posted.</source>
            <translation>无法记入积分。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="117" />
            <location filename="../../modules/members/pointsledger.cpp" line="137" />
            <source>The points could not be saved.</source>
            <translation>无法保存积分。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="124" />
            <source>Not enough points: the member has %1, this needs %2.</source>
            <translation>积分不足：会员有 %1 积分，需要 %2 积分。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="237" />
            <source>This sale has earned its points already.</source>
            <translation>本单已获得过积分。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="254" />
            <source>Say how much to pay with points.</source>
            <translation>请输入用积分支付的金额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="358" />
            <source>No points paid for this sale are left to give back.</source>
            <translation>本单没有可退回的积分支付。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="384" />
            <source>Say how many points to add or take away.</source>
            <translation>请输入要增加或扣减的积分数。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pointsledger.cpp" line="386" />
            <source>Say why the points change.</source>
            <translation>请说明积分变动的原因。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::PricingEngine</name>
        <message>
            <location filename="../../modules/members/pricingrefund.cpp" line="13" />
            <source>These items cannot be returned from this sale.</source>
            <translation>这些商品不能从本单退货。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingstate.cpp" line="25" />
            <source>The cart or a promotion cannot be priced. Ask the manager to check the promotions.</source>
            <translation>无法计算购物车或促销的价格。请联系店长检查促销设置。</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="34" />
            <source>%n item(s)</source>
            <translation>%n 件</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="80" />
            <source>%1: %2 = %3, %4 % off, −%5</source>
            <translation>%1：%2 = %3，优惠 %4%，−%5</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="82" />
            <source>%1: %2 = %3, %4 off each, −%5</source>
            <translation>%1：%2 = %3，每件减 %4，−%5</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="84" />
            <source>%1: %2 = %3 at member price %4, −%5</source>
            <translation>%1：%2 = %3，会员价 %4，−%5</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="87" />
            <source>%1: %2 = %3 → %4, −%5</source>
            <translation>%1：%2 = %3 → %4，−%5</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="89" />
            <source>%1: %2 after item discounts, −%3</source>
            <translation>%1：单品优惠后 %2，−%3</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="120" />
            <source>Coupon %1: %2 = %3, −%4</source>
            <translation>优惠券 %1：%2 = %3，−%4</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="130" />
            <source>Applied</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="130" />
            <source>Applied: −%1</source>
            <translation>已使用：−%1</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="131" />
            <source>Not valid yet</source>
            <translation>尚未生效</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="132" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="133" />
            <source>Nothing in the cart it applies to</source>
            <translation>购物车中没有适用的商品</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="134" />
            <source>Below its minimum spend</source>
            <translation>未达到最低消费金额</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="135" />
            <source>Cannot be combined with the coupons that save more</source>
            <translation>不能与更优惠的优惠券同时使用</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="136" />
            <source>Presented twice</source>
            <translation>重复出示</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="176" />
            <source>Add %n more %1 for %2</source>
            <translation>再买 %n 件%1即可享受%2</translation>
        </message>
        <message>
            <location filename="../../modules/members/pricingtext.cpp" line="191" />
            <source>Spend %1 more for %2</source>
            <translation>再消费 %1 即可享受%2</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::PromotionService</name>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="81" />
            <source>A promotion's id is 1 to 32 letters, digits, '-' or '_' (e.g. COLA-3FOR10).</source>
            <translation>促销编号为 1 到 32 位字母、数字、'-' 或 '_'（例如 COLA-3FOR10）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="83" />
            <source>A promotion needs a name the cashier and the receipt show (at most 60 characters).</source>
            <translation>促销需要名称，用于显示给收银员并打印在小票上（最多 60 个字符）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="85" />
            <source>The limit per order is from 0 (no limit) to 10000.</source>
            <translation>每单限购数量须在 0（不限）到 10000 之间。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="87" />
            <source>The promotion ends (%1) before it starts (%2).</source>
            <translation>促销的结束时间（%1）早于开始时间（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="90" />
            <source>Give the hours as a start and an end (e.g. 17:00 to 19:00).</source>
            <translation>请设置时段的开始和结束时间（例如 17:00 到 19:00）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="119" />
            <location filename="../../modules/members/promotionservice.cpp" line="123" />
            <source>The promotion could not be saved.</source>
            <translation>无法保存促销。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="147" />
            <source>The promotion could not be switched on or off.</source>
            <translation>无法启用或停用促销。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="166" />
            <source>There is no promotion %1.</source>
            <translation>没有促销 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="174" />
            <location filename="../../modules/members/promotionservice.cpp" line="198" />
            <source>The promotions could not be read.</source>
            <translation>无法读取促销。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="206" />
            <source>A stored promotion cannot be read.</source>
            <translation>无法读取一项已保存的促销。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="32" />
            <source>The promotion's "%1" is not valid: %2</source>
            <translation>促销字段“%1”无效：%2</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="51" />
            <source>a number from 0 to 100 with at most two decimals, e.g. "12.5"</source>
            <translation>0 到 100 之间、最多两位小数的数字，例如“12.5”</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="80" />
            <source>a list of ids (whole numbers)</source>
            <translation>编号列表（整数）</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="113" />
            <source>a date like 2026-12-24</source>
            <translation>日期，例如 2026-12-24</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="118" />
            <source>a time like 17:00</source>
            <translation>时间，例如 17:00</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="127" />
            <source>days 1 (Monday) to 7 (Sunday)</source>
            <translation>星期 1（周一）到 7（周日）</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="184" />
            <source>one of percentOff, amountOff, memberPrice, buyGetFree, bundlePrice, threshold</source>
            <translation>percentOff、amountOff、memberPrice、buyGetFree、bundlePrice、threshold 之一</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionjson.cpp" line="193" />
            <source>a promotion is for products or for categories, not both</source>
            <translation>促销只能针对商品或分类，不能同时针对两者</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="47" />
            <source>A percent-off promotion needs a percentage above 0 and at most 100.</source>
            <translation>折扣促销的折扣比例须大于 0 且不超过 100。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="53" />
            <source>Say the amount (the price or the money off) in %1.</source>
            <translation>请以 %1 填写金额（价格或减免金额）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="55" />
            <source>"N for a price" needs N from 2 to 1000.</source>
            <translation>“N 件特价”要求 N 为 2 到 1000。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="59" />
            <source>"Buy N get M free" needs N and M of at least 1.</source>
            <translation>“买 N 送 M”要求 N 和 M 至少为 1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="63" />
            <source>A spend threshold needs the amount to reach (满 X).</source>
            <translation>满减促销需要设置满额（满 X）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="65" />
            <source>A spend threshold needs the money off (减 Y) or a percentage off.</source>
            <translation>满减促销需要设置减免金额（减 Y）或折扣比例。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="67" />
            <source>The money off cannot be more than the spend it needs.</source>
            <translation>减免金额不能大于满额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/promotionservice.cpp" line="70" />
            <source>Unknown kind of promotion.</source>
            <translation>未知的促销类型。</translation>
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
            <translation>无法读取充值记录。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="56" />
            <source>This top-up does not exist.</source>
            <translation>该充值记录不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="62" />
            <source>Top-up %1 was reversed already.</source>
            <translation>充值 %1 已冲正。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluereversal.cpp" line="69" />
            <location filename="../../modules/members/storedvaluereversal.cpp" line="119" />
            <source>The top-up could not be reversed.</source>
            <translation>无法冲正该笔充值。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="59" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="70" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="175" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="197" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="220" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="269" />
            <source>The stored value could not be read.</source>
            <translation>无法读取储值。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="63" />
            <source>This member does not exist.</source>
            <translation>该会员不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="82" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="96" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="113" />
            <location filename="../../modules/members/storedvalueservice.cpp" line="157" />
            <source>The stored value could not be saved.</source>
            <translation>无法保存储值。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="103" />
            <source>Not enough stored value: the balance is %1, this needs %2.</source>
            <translation>储值余额不足：余额为 %1，需要 %2。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="131" />
            <source>The member's confirmation code is wrong.</source>
            <translation>会员确认码错误。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="132" />
            <source>Above %1 the member's confirmation code or a supervisor is needed.</source>
            <translation>超过 %1 需要会员确认码或主管授权。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="138" />
            <source>Say how much to pay from the balance.</source>
            <translation>请输入用余额支付的金额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="159" />
            <source>Say how much to put on the balance.</source>
            <translation>请输入充值金额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="180" />
            <source>This sale paid only %1 from the balance that was not given back yet.</source>
            <translation>本单用余额支付且尚未退回的金额只有 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvalueservice.cpp" line="230" />
            <source>Member %1: the balance is %2, the ledger adds up to %3 (last row %4).</source>
            <translation>会员 %1：余额为 %2，储值流水合计为 %3（最后一行 %4）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="48" />
            <source>The recharge rules could not be read.</source>
            <translation>无法读取充值赠送规则。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="65" />
            <source>A recharge rule needs a name, a threshold above zero and a bonus that is not negative (spread over at most 36 months).</source>
            <translation>充值赠送规则需要名称、大于零的充值门槛和不为负数的赠送金额（最多分 36 个月发放）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="76" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="83" />
            <source>The recharge rule could not be saved.</source>
            <translation>无法保存充值赠送规则。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="132" />
            <source>Say how much the member pays in.</source>
            <translation>请输入会员实付金额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="134" />
            <source>Say how the member pays for the top-up.</source>
            <translation>请选择会员充值的支付方式。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="160" />
            <source>Member %1 was erased.</source>
            <translation>会员 %1 已删除。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="176" />
            <location filename="../../modules/members/storedvaluetopup.cpp" line="229" />
            <source>The top-up could not be saved.</source>
            <translation>无法保存充值记录。</translation>
        </message>
        <message>
            <location filename="../../modules/members/storedvaluetopup.cpp" line="247" />
            <source>The bonus could not be released.</source>
            <translation>无法发放赠送金额。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::TierService</name>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="69" />
            <location filename="../../modules/members/tierservice.cpp" line="81" />
            <location filename="../../modules/members/tierservice.cpp" line="100" />
            <source>The member tiers could not be read.</source>
            <translation>无法读取会员等级。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="85" />
            <source>There is no tier %1.</source>
            <translation>没有会员等级 %1。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="104" />
            <source>Another tier has this code or rank.</source>
            <translation>已有其他会员等级使用此编码或级别。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="113" />
            <location filename="../../modules/members/tierservice.cpp" line="121" />
            <source>The tier could not be saved.</source>
            <translation>无法保存会员等级。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="125" />
            <source>This tier does not exist.</source>
            <translation>该会员等级不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="144" />
            <source>The member's spend could not be read.</source>
            <translation>无法读取会员的消费金额。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="154" />
            <source>The member's top-ups could not be read.</source>
            <translation>无法读取会员的充值记录。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="197" />
            <location filename="../../modules/members/tierservice.cpp" line="240" />
            <source>The members could not be read.</source>
            <translation>无法读取会员信息。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="201" />
            <source>This member does not exist.</source>
            <translation>该会员不存在。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="222" />
            <source>The member could not be saved.</source>
            <translation>无法保存会员信息。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="48" />
            <source>A tier needs a code and a name.</source>
            <translation>会员等级需要编码和名称。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="50" />
            <source>A tier's discount is between 0 % and 100 %.</source>
            <translation>会员等级的折扣须在 0% 到 100% 之间。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="52" />
            <source>A tier's rank, points rate and period cannot be negative.</source>
            <translation>会员等级的级别、积分倍率和周期不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="54" />
            <source>A tier's thresholds cannot be negative.</source>
            <translation>会员等级的升级门槛不能为负数。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="56" />
            <source>The base tier (rank 0) has no rule: every member is in it.</source>
            <translation>基础等级（级别 0）没有升级规则：所有会员都属于该等级。</translation>
        </message>
        <message>
            <location filename="../../modules/members/tierservice.cpp" line="58" />
            <source>Say what earns this tier: a spend, points or a top-up.</source>
            <translation>请设置达到此等级的条件：消费金额、积分或充值金额。</translation>
        </message>
    </context>
    <context>
        <name>qtill::members::VoucherService</name>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="255" />
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="265" />
            <source>The first row must name the columns: platform,code,sku,value,valid_until (sku or value may be left out).</source>
            <translation>第一行必须是列名：platform,code,sku,value,valid_until（sku 或 value 可省略）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="270" />
            <source>The file has %1 rows; import at most %2 at a time.</source>
            <translation>文件有 %1 行；每次最多导入 %2 行。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="103" />
            <location filename="../../modules/members/voucherservice.cpp" line="122" />
            <source>The vouchers could not be imported.</source>
            <translation>无法导入团购券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="146" />
            <source>Type or scan the voucher code.</source>
            <translation>请输入或扫描团购券码。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="150" />
            <source>The voucher could not be read.</source>
            <translation>无法读取团购券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="161" />
            <source>No group-buy voucher has the code %1. Was the platform's file imported?</source>
            <translation>没有券码为 %1 的团购券。是否已导入平台文件？</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="187" />
            <source>This %1 voucher was used already, on receipt %2 at %3.</source>
            <translation>此%1团购券已于 %3 在小票 %2 上使用。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="191" />
            <source>This %1 voucher was cancelled.</source>
            <translation>此%1团购券已作废。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="194" />
            <source>This %1 voucher expired on %2.</source>
            <translation>此%1团购券已于 %2 过期。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="206" />
            <source>A voucher is redeemed on a sale: the sale is missing.</source>
            <translation>团购券须在销售中核销：缺少销售单。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="221" />
            <location filename="../../modules/members/voucherservice.cpp" line="230" />
            <location filename="../../modules/members/voucherservice.cpp" line="237" />
            <source>The voucher could not be redeemed.</source>
            <translation>无法核销团购券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherservice.cpp" line="256" />
            <source>The sale's vouchers could not be given back.</source>
            <translation>无法退回本单使用的团购券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="63" />
            <source>The file's text is neither UTF-8 nor GB18030. Save it as CSV UTF-8 and try again.</source>
            <translation>文件的文本编码既不是 UTF-8 也不是 GB18030。请另存为“CSV UTF-8”后重试。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="111" />
            <source>A quote opened on line %1 is never closed.</source>
            <translation>第 %1 行的引号没有闭合。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="171" />
            <source>The products could not be read.</source>
            <translation>无法读取商品。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="177" />
            <source>The vouchers could not be read.</source>
            <translation>无法读取团购券。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="190" />
            <source>"%1" is not a date. Write it like 2026-12-31.</source>
            <translation>“%1”不是日期。请写成 2026-12-31 这样的格式。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="193" />
            <source>These vouchers expired on %1.</source>
            <translation>这些团购券已于 %1 过期。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="196" />
            <source>This row has more values than the header has columns: put a value with a comma in quotes.</source>
            <translation>此行的值比表头的列多：含逗号的值须用英文双引号括起来。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="206" />
            <source>Name the platform (at most %1 characters), e.g. 美团.</source>
            <translation>请填写平台名称（最多 %1 个字符），例如美团。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="211" />
            <source>A voucher code has 4 to 64 letters and digits.</source>
            <translation>团购券码为 4 到 64 位字母和数字。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="213" />
            <source>The code %1 is also on line %2.</source>
            <translation>券码 %1 与第 %2 行重复。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="217" />
            <source>The code %1 was imported already (%2).</source>
            <translation>券码 %1 已导入过（%2）。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="226" />
            <source>Give either the item code the voucher buys or its face value, not both.</source>
            <translation>请填写团购券对应的货号或面值，二者只填其一。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="232" />
            <source>There is no product with the item code %1.</source>
            <translation>没有货号为 %1 的商品。</translation>
        </message>
        <message>
            <location filename="../../modules/members/voucherimport.cpp" line="238" />
            <source>"%1" is not a face value. Write it in yuan like 50 or 49.90.</source>
            <translation>“%1”不是有效的面值。请以元为单位填写，例如 50 或 49.90。</translation>
        </message>
    </context>
    <context>
        <name>qtill::shell::MessageBar</name>
        <message>
            <location filename="../../src/shell/messagebar.cpp" line="29" />
            <location filename="../../src/shell/messagebar.cpp" line="30" />
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>qtill::shell::NumericKeypad</name>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="179" />
            <source>Delete the last digit</source>
            <translation>删除最后一位</translation>
        </message>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="180" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location filename="../../src/shell/numerickeypad.cpp" line="181" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>qtill::shell::OverrideDialog</name>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="26" />
            <source>Supervisor approval</source>
            <translation>主管授权</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="32" />
            <source>Supervisor approval needed</source>
            <translation>需要主管授权</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="37" />
            <source>%1 may not: %2. A supervisor can approve it with their number and PIN.</source>
            <translation>%1 没有权限：%2。主管输入编号和密码即可授权。</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="50" />
            <source>Supervisor number</source>
            <translation>主管编号</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="54" />
            <source>e.g. 01</source>
            <translation>例如 01</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="55" />
            <source>Supervisor PIN</source>
            <translation>主管密码</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="83" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="85" />
            <source>Approve</source>
            <translation>授权</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="135" />
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="135" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="147" />
            <location filename="../../src/shell/overridedialog.cpp" line="169" />
            <source>Type the supervisor's operator number.</source>
            <translation>请输入主管的操作员编号。</translation>
        </message>
        <message>
            <location filename="../../src/shell/overridedialog.cpp" line="174" />
            <source>Type the supervisor's PIN.</source>
            <translation>请输入主管密码。</translation>
        </message>
    </context>
</TS>
