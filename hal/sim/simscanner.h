#pragma once

#include "hal/scanner.h"

namespace qtill::hal {

/// A scanner simulator (backend "sim"): the test or the simulator window "scans" a code.
class SimScanner : public Scanner
{
    Q_OBJECT

public:
    using Scanner::Scanner;

    bool reportsSymbology() const override { return true; }
    /// Delivers a scan as the real backends do; false (and nothing delivered) when not enabled.
    bool scan(const QString &code, Symbology symbology = Symbology::Unknown);
};

} // namespace qtill::hal
