// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Digest.h"

#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"

#include <openssl/evp.h>

namespace Espalier::Digest {

namespace {

QByteArray digest(QByteArrayView data, const EVP_MD *md)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_Digest(data.data(), static_cast<size_t>(data.size()), out, &length, md, nullptr)) {
        // Only a broken OpenSSL set-up (a provider without the algorithm) gets here.
        qCWarning(lcCrypto) << "EVP_Digest failed:" << OpenSsl::takeErrors();
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

} // namespace

QByteArray sha1(QByteArrayView data)
{
    return digest(data, EVP_sha1());
}

QByteArray sha256(QByteArrayView data)
{
    return digest(data, EVP_sha256());
}

} // namespace Espalier::Digest
