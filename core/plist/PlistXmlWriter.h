// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace Espalier {

// Writes a QVariant as an XML plist in the layout Apple's tools write (header, DOCTYPE, tabs,
// sorted keys, wrapped base64). Written here rather than through libplist 2.2: its API holds
// dates only from 1933 to 2069 (32-bit seconds), it writes control characters raw (invalid XML)
// and CR raw (read back as LF), and building its dicts is quadratic in their size.
// One instance per document, caller's thread.
class PlistXmlWriter final
{
public:
    [[nodiscard]] static Result<QByteArray> write(const QVariant &value);

private:
    PlistXmlWriter() = default;

    // level is both the nesting depth and the indentation in tabs.
    [[nodiscard]] Result<void> writeValue(const QVariant &value, int level);
    [[nodiscard]] Result<void> writeText(QStringView text);
    void writeData(const QByteArray &data, int level);
    void indent(int level);

    QByteArray m_out;
};

} // namespace Espalier
