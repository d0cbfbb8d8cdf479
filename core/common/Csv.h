// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// Comma-separated values as RFC 4180 writes them (CRLF line ends; a field holding a comma, quote,
// CR or LF is quoted, with quotes doubled), made safe to open in a spreadsheet: a cell that
// starts with = + - @, a tab or a CR gets a leading apostrophe, so it is read as text and never
// run as a formula (CSV injection). Stateless; any thread.
namespace Espalier::Csv {

// One field, neutralised and quoted as needed.
[[nodiscard]] QString field(const QString &text);

// One record, without the line end.
[[nodiscard]] QString record(const QStringList &fields);

// The whole file: a UTF-8 byte order mark (so spreadsheet programs pick UTF-8), then every record
// followed by CRLF.
[[nodiscard]] QByteArray document(const QList<QStringList> &records);

// The model's rows in model order: a header record with the columns' horizontal header text, then
// the data of each row for those columns and role (the display text where the role gives
// nothing). Flat (table) models only; read it on the model's thread.
[[nodiscard]] QList<QStringList> fromModel(const QAbstractItemModel &model,
                                           const QList<int> &columns,
                                           int role = Qt::DisplayRole);

// Writes document(records) to path on the QtConcurrent pool, replacing the file only once all of
// it is written (QSaveFile).
[[nodiscard]] QFuture<Result<void>> writeAsync(const QString &path,
                                               const QList<QStringList> &records);

} // namespace Espalier::Csv
