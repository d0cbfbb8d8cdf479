// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/push/VendorSigningService.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Cms.h"
#include "core/crypto/OpenSsl.h"
#include "core/push/VendorSigning.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A reply is a few KB of hex.
constexpr qsizetype MaxReplySize = qsizetype{1024} * 1024;

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

tl::unexpected<Error> notAReply(const QString &detail)
{
    return fail(Error::Code::InvalidInput,
                VendorSigningService::tr("This file is not the reply of a CSR-signing service. "
                                         "Pick the file the service sent back: hex text of "
                                         "encrypted data."),
                detail);
}

} // namespace

Result<VendorSigningService::EncryptionIdentity> VendorSigningService::createEncryptionIdentity(
    const QDateTime &now)
{
    Result<PrivateKey> key = PrivateKey::generateRsa(2048);
    if (!key)
        return fail(key.error());
    // Backdated an hour, so a service whose clock runs a little behind still accepts it.
    Result<Certificate> certificate
        = CertificateBuilder()
              .setSubject(DistinguishedName{
                  .commonName = u"Espalier push certificate request encryption"_s,
                  .organization = {},
                  .organizationalUnit = {},
                  .country = {},
                  .userId = {},
              })
              .setValidity(now.addSecs(-3600), now.addDays(EncryptionValidityDays))
              .setKeyUsage(KeyUsage::KeyEncipherment | KeyUsage::DataEncipherment)
              .issueSelfSigned(*key);
    if (!certificate)
        return fail(certificate.error());
    return EncryptionIdentity{*key, *certificate};
}

VendorSigningService::Submission VendorSigningService::submission(
    const CertificateRequest &csr, const Certificate &encryptionCertificate)
{
    return Submission{csr.toPem(), encryptionCertificate.toPem()};
}

Result<QByteArray> VendorSigningService::envelope(QByteArrayView reply)
{
    if (reply.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput, tr("The file is empty."));
    if (reply.size() > MaxReplySize)
        return notAReply(u"%1 bytes"_s.arg(reply.size()));
    // Raw DER: an ASN.1 SEQUENCE. Hex or base64 text never starts with byte 0x30 ('0' is 0x30,
    // but then the whole file is text and is read as such below).
    QByteArrayView text = reply.trimmed();
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3).trimmed();

    QByteArray compact;
    compact.reserve(text.size());
    bool hex = true;
    for (char c : text) {
        if (isSpace(c))
            continue;
        hex = hex && isHexDigit(c);
        compact.append(c);
    }
    QByteArray der;
    if (text.startsWith("-----BEGIN")) {
        // PEM: the base64 between the armour lines.
        const qsizetype begin = text.indexOf('\n');
        const qsizetype end = text.lastIndexOf("-----END");
        if (begin < 0 || end <= begin)
            return notAReply(u"PEM without a body"_s);
        const auto decoded = QByteArray::fromBase64Encoding(
            text.sliced(begin, end - begin).toByteArray().simplified().replace(' ', ""),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return notAReply(u"PEM body is not base64"_s);
        der = decoded.decoded;
    } else if (hex && compact.size() % 2 == 0 && !compact.isEmpty()) {
        der = QByteArray::fromHex(compact);
    } else if (!reply.isEmpty() && reply.front() == '\x30' && !hex) {
        der = reply.toByteArray();
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(
            compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return notAReply(u"neither hex, PEM, base64 nor DER"_s);
        der = decoded.decoded;
    }
    if (der.isEmpty() || der.front() != '\x30')
        return notAReply(u"decoded data is not DER"_s);
    return der;
}

Result<QByteArray> VendorSigningService::readReply(QByteArrayView reply,
                                                   const EncryptionIdentity &identity,
                                                   const CertificateRequest &csr)
{
    Result<QByteArray> der = envelope(reply);
    if (!der)
        return fail(der.error());
    Result<QByteArray> content = Cms::decrypt(*der, identity.certificate, identity.key);
    if (!content) {
        if (content.error().code == Error::Code::Crypto) {
            return fail(Error::Code::Crypto,
                        tr("This reply is not encrypted to this request: it belongs to another "
                           "request, or the file was changed on the way. Send this request's "
                           "CSR and certificate to the service again, and import the reply to "
                           "that."),
                        content.error().detail);
        }
        return notAReply(content.error().detail);
    }
    Result<VendorSigning::SignedRequest> signedRequest = VendorSigning::read(*content);
    if (!signedRequest) {
        Error error = signedRequest.error();
        error.message = tr("The reply decrypted, but it holds no usable signed request: %1")
                            .arg(error.message);
        OpenSsl::cleanse(*content);
        return fail(std::move(error));
    }
    if (signedRequest->csrDer != csr.toDer()) {
        OpenSsl::cleanse(*content);
        return fail(Error::Code::InvalidInput,
                    tr("The service signed a different certificate request, not this one. "
                       "Import the reply that belongs to this request, or send this request's "
                       "CSR to the service again."),
                    u"reply CSR subject %1"_s.arg(signedRequest->csr.subjectText()));
    }
    QByteArray upload = VendorSigning::normalizedUploadFile(*content);
    OpenSsl::cleanse(*content);
    return upload;
}

} // namespace Espalier
