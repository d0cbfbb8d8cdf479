// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Message digests through OpenSSL's EVP interface, for fingerprints and certificate binding.
// Thread-safe.
namespace Espalier::Digest {

// The raw 20-byte SHA-1 digest. For fingerprints only, never for new signatures.
[[nodiscard]] QByteArray sha1(QByteArrayView data);

// The raw 32-byte SHA-256 digest.
[[nodiscard]] QByteArray sha256(QByteArrayView data);

} // namespace Espalier::Digest
