// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceCsvExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier::DeviceCsvExport {

QList<QStringList> snapshot(const QAbstractItemModel &model, const QList<int> &columns, int role)
{
    QList<QStringList> rows;
    rows.reserve(model.rowCount() + 1);
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    rows.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            QVariant value = model.data(index, role);
            if (!value.isValid())
                value = model.data(index, Qt::DisplayRole);
            cells.append(value.toString());
        }
        rows.append(cells);
    }
    return rows;
}

QString field(const QString &cell)
{
    QString text = cell;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            text.prepend(u'\'');
    }
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
                       || text.contains(u'\r');
    if (!quote)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QByteArray toCsv(const QList<QStringList> &rows)
{
    QString document;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &cell : row)
            fields.append(field(cell));
        document += fields.join(u',');
        document += u"\r\n"_s;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + document.toUtf8();
}

QFuture<Result<void>> write(const QString &path, const QList<QStringList> &rows)
{
    return QtConcurrent::run([path, rows]() -> Result<void> {
        const QString shown = QDir::toNativeSeparators(path);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(Error::Code::Io,
                        QCoreApplication::translate("Espalier::DeviceCsvExport", "Cannot write %1.")
                            .arg(shown),
                        file.errorString());
        }
        file.write(toCsv(rows));
        if (!file.commit()) {
            return fail(Error::Code::Io,
                        QCoreApplication::translate("Espalier::DeviceCsvExport", "Cannot write %1.")
                            .arg(shown),
                        file.errorString());
        }
        return {};
    });
}

} // namespace Espalier::DeviceCsvExport
