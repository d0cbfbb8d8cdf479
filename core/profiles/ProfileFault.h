// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Espalier {

// One thing wrong with a .mobileconfig file or a profile document, in words for the admin.
// Reading collects every fault it finds instead of stopping at the first, so the import dialog
// can list them all; a fault that makes the file unreadable leaves the document empty.
struct ProfileFault
{
    enum class Kind {
        Empty,
        TooLarge,
        NotPropertyList,
        NotDictionary,
        UnreadableSignature,
        BadSignature,
        MissingKey,
        WrongType,
        DuplicateUuid,
        PayloadContentNotArray,
        PayloadNotDictionary,
    };

    Kind kind = Kind::NotPropertyList;
    // Where: "profile" or the payload's position and type, e.g. "payload 2
    // (com.apple.wifi.managed)".
    QString location;
    QString message;

    [[nodiscard]] bool isFatal() const
    {
        return kind == Kind::Empty || kind == Kind::TooLarge || kind == Kind::NotPropertyList
               || kind == Kind::NotDictionary || kind == Kind::UnreadableSignature;
    }
};

} // namespace Espalier
