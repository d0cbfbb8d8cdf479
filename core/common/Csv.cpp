// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Csv.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier::Csv {

QString field(const QString &text)
{
    QString value = text;
    // What spreadsheets take as the start of a formula (OWASP's list for CSV injection).
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            value.prepend(u'\'');
        }
    }
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\r')
                        || value.contains(u'\n');
    if (!quoted)
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QString record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &text : fields)
        escaped.append(field(text));
    return escaped.join(u',');
}

QByteArray document(const QList<QStringList> &records)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &fields : records) {
        out.append(record(fields).toUtf8());
        out.append("\r\n");
    }
    return out;
}

QList<QStringList> fromModel(const QAbstractItemModel &model, const QList<int> &columns, int role)
{
    QList<QStringList> records;
    records.reserve(model.rowCount() + 1);
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    records.append(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        fields.reserve(columns.size());
        for (int column : columns) {
            const QModelIndex index = model.index(row, column);
            QVariant value = model.data(index, role);
            if (!value.isValid())
                value = model.data(index, Qt::DisplayRole);
            fields.append(value.toString());
        }
        records.append(fields);
    }
    return records;
}

QFuture<Result<void>> writeAsync(const QString &path, const QList<QStringList> &records)
{
    return QtConcurrent::run([path, records]() -> Result<void> {
        QSaveFile file(path);
        const QByteArray bytes = document(records);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            return fail(Error::Code::Io,
                        QCoreApplication::translate("Espalier::Csv", "Cannot write %1: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()),
                        u"QSaveFile %1: %2"_s.arg(path, file.errorString()));
        }
        return {};
    });
}

} // namespace Espalier::Csv
