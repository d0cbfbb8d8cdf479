// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringView>

// Checks for the free text an administrator types into a command (lock screen messages, phone
// numbers, names). A property list cannot carry some characters and a lock screen cannot show
// others, so they are refused when the command is built rather than when it is queued or shown.
namespace Espalier::CommandText {

enum class Lines {
    Single,
    Multiple, // line feeds and tabs allowed
};

// No control characters (besides line feeds and tabs for Lines::Multiple), no noncharacters
// and no unpaired surrogates.
[[nodiscard]] bool isPlainText(QStringView text, Lines lines = Lines::Single);

// An InvalidInput failure naming the field when isPlainText() is false. fieldName is a
// translated phrase that can open a sentence ("The lock screen message").
[[nodiscard]] Result<void> checkPlainText(QStringView text,
                                          const QString &fieldName,
                                          Lines lines = Lines::Single);

} // namespace Espalier::CommandText
