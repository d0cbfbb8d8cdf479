// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

// CSV export of a table as the admin sees it: the rows of the (filtered, sorted) model and the
// visible columns in their on-screen order. RFC 4180: comma separated, CRLF line ends, a field
// quoted when it holds a comma, quote or line break, quotes doubled. A cell that a spreadsheet
// would run as a formula (one starting with = + - @, a tab or a carriage return) gets a leading
// apostrophe, so a device named "=HYPERLINK(…)" stays text. UTF-8 with a byte order mark, which
// spreadsheets need to read anything beyond ASCII.
namespace Espalier::DeviceCsvExport {

// Header row, then one row per model row; cells come from role (ExportRole of the device model,
// or any role whose value converts to text), falling back to the display text. Reads the model,
// so call it on the model's thread; it is quick even for 100,000 rows.
[[nodiscard]] QList<QStringList> snapshot(const QAbstractItemModel &model,
                                          const QList<int> &columns,
                                          int role);

// One field, neutralised and quoted as needed.
[[nodiscard]] QString field(const QString &cell);

// The whole document.
[[nodiscard]] QByteArray toCsv(const QList<QStringList> &rows);

// Writes toCsv(rows) to path atomically on a worker thread.
[[nodiscard]] QFuture<Result<void>> write(const QString &path, const QList<QStringList> &rows);

} // namespace Espalier::DeviceCsvExport
