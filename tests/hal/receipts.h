#pragma once

#include "hal/receipt/receiptdocument.h"

namespace qtill::hal::test {

/// The sample receipts the encoder, painter and printer tests share.
ReceiptDocument englishReceipt();
ReceiptDocument chineseReceipt();
ReceiptDocument barcodeReceipt();
ReceiptDocument cutAndDrawerReceipt();

} // namespace qtill::hal::test
