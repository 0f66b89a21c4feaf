#pragma once

#include "voucherservice.h"

#include <QDate>
#include <QList>
#include <QString>

namespace qtill::members::detail {

/// One good row of a voucher file, as it will be written.
struct VoucherRow
{
    int line = 0;
    QString platform;
    QString code;
    qint64 product = 0; ///< or …
    qint64 faceMinor = 0; ///< … in the store's currency
    QDate validUntil;
};

/// A checked voucher file: the report and, when it is clean, every row.
struct VoucherFile
{
    VoucherImportReport report;
    QList<VoucherRow> rows;
};

} // namespace qtill::members::detail
