#pragma once

#include <QString>

namespace qtill {

/// An ISO 4217 currency: its code, how many minor digits it has, and its symbol.
class Currency
{
public:
    /// Renminbi, the default of every Qtill store.
    static Currency cny();
    /// A known ISO code (CNY, HKD, MOP, TWD, USD, EUR, GBP, JPY, KRW, SGD); nullopt-like invalid otherwise.
    static Currency fromCode(const QString &code);

    bool isValid() const { return !m_code.isEmpty(); }
    const QString &code() const { return m_code; }
    int minorDigits() const { return m_minorDigits; }
    /// 10^minorDigits: how many minor units make one major unit (100 fen = 1 yuan).
    qint64 minorPerMajor() const;
    const QString &symbol() const { return m_symbol; }

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    friend class Money; // an unset Money holds an invalid (default) Currency
    Currency(QString code, int minorDigits, QString symbol);
    Currency() = default;
    QString m_code;
    int m_minorDigits = 2;
    QString m_symbol;
};

} // namespace qtill
