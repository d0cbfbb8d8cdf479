// SPDX-License-Identifier: GPL-3.0-or-later
// The Mdm-Signature header: a detached CMS signature over the body, whose signer must chain to
// the device CA. Input: two bytes (big-endian) giving the signature's length, the DER signature,
// then the body; the signature goes into the header as base64, as a device sends it.
#include "core/engine/DeviceAuthenticator.h"
#include "core/server/HttpHeaders.h"
#include "core/server/HttpRequest.h"
#include "fuzz/FuzzSupport.h"

#include <algorithm>

using namespace Espalier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    if (size < 2)
        return 0;
    const size_t signatureSize = std::min(size - 2, (size_t(data[0]) << 8) | data[1]);
    const QByteArray signature = FuzzSupport::bytes(data + 2, signatureSize);
    const QByteArray body = FuzzSupport::bytes(data + 2 + signatureSize, size - 2 - signatureSize);

    HttpHeaders headers;
    headers.add("Content-Type", "application/x-apple-aspen-mdm-checkin");
    headers.add("Mdm-Signature", signature.toBase64());
    HttpRequest request;
    request.setMethod("PUT");
    request.setHeaders(headers);
    request.setBody(body);

    // A fresh authenticator per input: it remembers identities whose chain held.
    const DeviceAuthenticator authenticator({FuzzSupport::certificateAuthority().certificate()},
                                            FuzzSupport::clock());
    if (Result<DeviceIdentity> identity = authenticator.authenticate(request)) {
        if (identity->sha256Fingerprint != identity->identity.sha256Fingerprint())
            FuzzSupport::fatal("the identity's fingerprint is not its certificate's");
    }
    return 0;
}
