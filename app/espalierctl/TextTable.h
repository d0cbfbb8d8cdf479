// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Espalier {

// A plain-text table for the terminal: a header row and columns padded to their widest cell,
// two spaces apart, the last column unpadded. A value class.
class TextTable final
{
public:
    explicit TextTable(QStringList header);

    // Missing cells are empty; extra cells are dropped.
    void addRow(QStringList cells);

    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }

    // Every line ends with a newline.
    [[nodiscard]] QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace Espalier
