#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace qtill::inventory {

/// What kind of code a scan or a typed code is.
enum class BarcodeKind {
    Ean13,      ///< 13-digit GTIN (China: 690–699), check digit verified
    Ean8,       ///< 8-digit GTIN for small packs
    UpcA,       ///< 12-digit North American code; the same article as "0" + code in EAN-13
    UpcE,       ///< 8-digit zero-suppressed UPC (number system 0 or 1); expands to a UPC-A
    Gtin14,     ///< 14-digit case code (ITF-14 on outer cartons)
    InStore,    ///< EAN-13 with GS1 prefix 20–29: a store's own label, e.g. printed by a scale
    Plu,        ///< 1–6 digits: a price look-up number of loose or weighed goods
    Internal,   ///< any other store-internal code: letters, digits, '-', '_', '.', '/'
};

/// A code read and checked: its kind, the text as scanned, and the forms the same article may be
/// stored under (a UPC-A label is "0" + code in EAN-13; a UPC-E expands to a UPC-A).
struct ParsedBarcode
{
    BarcodeKind kind = BarcodeKind::Internal;
    QString code;               ///< trimmed as scanned
    QString gtin13;             ///< EAN-13 form of EAN-13/UPC-A/UPC-E/in-store codes; empty otherwise
    QStringList candidates;     ///< code first, then the other forms to look it up under (no duplicates)
};

/// Barcode rules of GS1 retail codes: check digits, UPC-E expansion, and the classification a till
/// needs before it looks a code up. Pure functions; no database.
class Barcode
{
public:
    /// The GS1 mod-10 check digit (weights 3,1,3,… from the right) of an all-digit payload; -1 when
    /// the payload is empty or not all ASCII digits. Same rule for EAN-8/-13, UPC-A/E and GTIN-14.
    static int checkDigit(QStringView payload);
    /// True when `code` is all digits and its last digit is checkDigit(of the rest).
    static bool hasValidCheckDigit(QStringView code);
    static bool isAllDigits(QStringView text);

    /// The 12-digit UPC-A of an 8-digit UPC-E (number system, six digits, check digit), or of its
    /// 6-digit body (number system 0 assumed, check computed). Empty when it is not a valid UPC-E.
    static QString expandUpcE(QStringView upcE);
    /// True for 8 digits with number system 0 or 1 whose check digit matches the expanded UPC-A.
    static bool isValidUpcE(QStringView code);

    /// Reads a scanned or typed code. Errors the cashier can act on: empty input ("Scan or type a
    /// barcode."), a GS1 code whose check digit is wrong ("misread … scan it again"), characters no
    /// barcode has. An 8-digit code that is a valid EAN-8 is an EAN-8; otherwise a valid UPC-E.
    static Result<ParsedBarcode> parse(QStringView text);

    /// A short, stable name for the kind: "EAN-13", "UPC-E", "PLU", …
    static QString kindName(BarcodeKind kind);

    /// The longest store-internal code accepted.
    static constexpr qsizetype kMaxInternalLength = 32;
};

} // namespace qtill::inventory
