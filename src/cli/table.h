#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace qtill::cli {

/// A plain-text table for the terminal, aligned by display width (a Chinese character takes two
/// columns, as terminals draw it).
class Table
{
public:
    explicit Table(QStringList headers) : m_headers(std::move(headers)) {}

    void addRow(QStringList cells) { m_rows << std::move(cells); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    /// The table as text lines: the header, a rule, then the rows; ends with a newline.
    QString toString() const;

    /// Terminal columns `text` occupies: 2 for East Asian wide characters, 1 for others.
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace qtill::cli
