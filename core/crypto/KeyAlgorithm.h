// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Espalier {

// The family of an asymmetric key. We create RSA and EC (P-256) keys; a certificate from
// elsewhere may carry another kind, which reads as Other.
enum class KeyAlgorithm {
    Rsa,
    Ec,
    Other,
};

} // namespace Espalier
