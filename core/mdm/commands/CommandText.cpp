// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/CommandText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier::CommandText {

bool isPlainText(QStringView text, Lines lines)
{
    if (!text.isValidUtf16())
        return false;
    const bool multiline = lines == Lines::Multiple;
    return std::none_of(text.begin(), text.end(), [multiline](QChar c) {
        if (multiline && (c == u'\n' || c == u'\t'))
            return false;
        return c.category() == QChar::Other_Control || c.isNonCharacter();
    });
}

Result<void> checkPlainText(QStringView text, const QString &fieldName, Lines lines)
{
    if (isPlainText(text, lines))
        return {};
    const QString message
        = lines == Lines::Multiple
              //: %1 names a field, such as "The lock screen message"
              ? QCoreApplication::translate("Espalier::CommandText",
                                            "%1 contains control characters. Remove them and try "
                                            "again.")
              //: %1 names a field, such as "The device name"
              : QCoreApplication::translate("Espalier::CommandText",
                                            "%1 must be a single line without control characters.");
    return fail(Error::Code::InvalidInput, message.arg(fieldName), u"control characters"_s);
}

} // namespace Espalier::CommandText
