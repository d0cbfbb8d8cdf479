// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/espalierctl/TextTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_header.size());
    // One line per row, whatever the server sent.
    for (QString &cell : cells)
        cell.replace(u'\n', u' ').replace(u'\t', u' ');
    m_rows.append(std::move(cells));
}

QString TextTable::toString() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths.at(column), row.at(column).size());
    }
    QString text;
    auto line = [&](const QStringList &cells) {
        QString out;
        for (qsizetype column = 0; column < cells.size(); ++column) {
            if (column + 1 < cells.size())
                out += cells.at(column).leftJustified(widths.at(column)) + u"  "_s;
            else
                out += cells.at(column);
        }
        while (out.endsWith(u' '))
            out.chop(1);
        text += out + u'\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
    return text;
}

} // namespace Espalier
