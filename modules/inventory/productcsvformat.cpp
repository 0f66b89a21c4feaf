#include "productcsvformat.h"

#include <initializer_list>

namespace qtill::inventory::ProductCsv {

namespace {

struct ColumnDef
{
    const char *key;
    std::initializer_list<const char *> aliases;   // UTF-8
};

const ColumnDef kColumns[kColumnCount] = {
    {"sku", {"商品编码", "货号", "编码", "item code", "item_code"}},
    {"barcode", {"条码", "条形码", "主条码", "ean"}},
    {"other_barcodes", {"其他条码", "附加条码", "箱码"}},
    {"name", {"品名", "商品名称", "名称", "商品名"}},
    {"name_en", {"英文名", "英文名称", "english name"}},
    {"category", {"分类", "类别", "商品分类"}},
    {"unit", {"单位"}},
    {"sold_by_weight", {"称重", "是否称重", "weighed"}},
    {"price", {"售价", "零售价", "价格", "retail price"}},
    {"member_price", {"会员价"}},
    {"cost", {"进价", "成本价", "成本"}},
    {"tax_class", {"税类", "税率类别", "税目"}},
    {"status", {"状态", "上下架"}},
    {"safety_stock", {"安全库存"}},
    {"max_stock", {"最高库存", "库存上限"}},
    {"brand", {"品牌"}},
    {"department", {"部门"}},
    {"serial_tracked", {"串号管理", "序列号管理"}},
};

} // namespace

QString key(Column column)
{
    return QString::fromLatin1(kColumns[column].key);
}

QStringList header()
{
    QStringList keys;
    for (int c = 0; c < kColumnCount; ++c)
        keys << key(Column(c));
    return keys;
}

bool isRequired(Column column)
{
    return column == kSku || column == kName || column == kCategory || column == kUnit || column == kPrice;
}

QList<CsvColumnSpec> columns(bool onlySkuRequired)
{
    QList<CsvColumnSpec> specs;
    for (int c = 0; c < kColumnCount; ++c) {
        CsvColumnSpec spec{key(Column(c)), {}, onlySkuRequired ? c == kSku : isRequired(Column(c))};
        for (const char *alias : kColumns[c].aliases)
            spec.aliases << QString::fromUtf8(alias);
        specs << spec;
    }
    return specs;
}

} // namespace qtill::inventory::ProductCsv
