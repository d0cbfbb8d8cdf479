// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/SecretBox.h"

#include <QByteArray>

namespace Espalier::Testing {

// A data key for tests that write sealed columns (push tokens) straight through the store
// repositories, as the engine does with the key from the keychain.
inline const SecretBox &testTokenBox()
{
    static const SecretBox box = SecretBox::fromKey(QByteArray(SecretBox::KeySize, 't')).value();
    return box;
}

} // namespace Espalier::Testing
