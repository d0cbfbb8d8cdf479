// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"

#include <QList>
#include <QString>

namespace Espalier {

// What the CMS signature of an imported profile says: whether the signed bytes still match the
// signature, who signed, and whether the signer chains to a trusted root. A plain value.
struct ProfileSignature
{
    enum class State {
        Valid,        // the signature matches the content
        Tampered,     // the content or the signature was changed after signing
        Unverifiable, // the signer's certificate is not in the file
    };

    enum class Trust {
        Untrusted,
        GivenRoots,  // chains to a root the caller passed (e.g. our own CA)
        SystemRoots, // chains to one of the operating system's trusted roots
    };

    State state = State::Valid;
    Trust trust = Trust::Untrusted;
    // Why the signer is not trusted (expired, unknown issuer…), in words; empty when trusted.
    QString trustProblem;
    QList<Certificate> signers;
    QList<Certificate> certificates; // every certificate the file carries

    [[nodiscard]] Certificate signer() const
    {
        return signers.isEmpty() ? Certificate() : signers.constFirst();
    }
};

} // namespace Espalier
