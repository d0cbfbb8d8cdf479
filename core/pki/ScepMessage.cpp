// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/ScepMessage.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/Random.h"
#include "core/pki/PkiOpenSsl.h"

#include <openssl/err.h>

using namespace Qt::StringLiterals;

namespace Espalier {

using namespace PkiOpenSsl;

namespace {

// The SCEP attribute OIDs, under VeriSign's id-attributes arc (RFC 8894 §3.2.1).
constexpr char MessageTypeOid[] = "2.16.840.1.113733.1.9.2";
constexpr char PkiStatusOid[] = "2.16.840.1.113733.1.9.3";
constexpr char FailInfoOid[] = "2.16.840.1.113733.1.9.4";
constexpr char SenderNonceOid[] = "2.16.840.1.113733.1.9.5";
constexpr char RecipientNonceOid[] = "2.16.840.1.113733.1.9.6";
constexpr char TransactionIdOid[] = "2.16.840.1.113733.1.9.7";

constexpr int NonceSize = 16;
constexpr int MaxNonceSize = 64;
constexpr int MaxTransactionIdLength = 256;

tl::unexpected<Error> unreadable(const QString &detail)
{
    ERR_clear_error();
    return fail(
        Error::Code::InvalidInput, ScepMessage::tr("The SCEP message could not be read."), detail);
}

Asn1ObjectPtr object(const char *oid)
{
    return Asn1ObjectPtr(OBJ_txt2obj(oid, 1));
}

// The one value of the one signed attribute with this OID, or null when it is missing, repeated
// or has several values.
const ASN1_TYPE *signedAttribute(const CMS_SignerInfo *signerInfo, const char *oid)
{
    const Asn1ObjectPtr type = object(oid);
    if (!type)
        return nullptr;
    const int index = CMS_signed_get_attr_by_OBJ(signerInfo, type.get(), -1);
    if (index < 0 || CMS_signed_get_attr_by_OBJ(signerInfo, type.get(), index) >= 0)
        return nullptr;
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signerInfo, index);
    if (!attribute || X509_ATTRIBUTE_count(attribute) != 1)
        return nullptr;
    return X509_ATTRIBUTE_get0_type(attribute, 0);
}

QByteArray bytesOf(const ASN1_STRING *string)
{
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                      ASN1_STRING_length(string));
}

// A string attribute in printable ASCII. RFC 8894 says PrintableString; some clients use
// UTF8String or IA5String for the same characters.
std::optional<QString> printableAttribute(const CMS_SignerInfo *signerInfo,
                                          const char *oid,
                                          int maxLength)
{
    const ASN1_TYPE *value = signedAttribute(signerInfo, oid);
    if (!value)
        return std::nullopt;
    const int type = value->type;
    if (type != V_ASN1_PRINTABLESTRING && type != V_ASN1_UTF8STRING && type != V_ASN1_IA5STRING)
        return std::nullopt;
    const QByteArray bytes = bytesOf(value->value.asn1_string);
    if (bytes.isEmpty() || bytes.size() > maxLength)
        return std::nullopt;
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e)
            return std::nullopt;
    }
    return QString::fromLatin1(bytes);
}

std::optional<QByteArray> octetAttribute(const CMS_SignerInfo *signerInfo, const char *oid)
{
    const ASN1_TYPE *value = signedAttribute(signerInfo, oid);
    if (!value || value->type != V_ASN1_OCTET_STRING)
        return std::nullopt;
    const QByteArray bytes = bytesOf(value->value.octet_string);
    if (bytes.isEmpty() || bytes.size() > MaxNonceSize)
        return std::nullopt;
    return bytes;
}

std::optional<ScepMessage::DigestAlgorithm> digestFromNid(int nid)
{
    switch (nid) {
    case NID_sha1:
        return ScepMessage::DigestAlgorithm::Sha1;
    case NID_sha256:
        return ScepMessage::DigestAlgorithm::Sha256;
    case NID_sha384:
        return ScepMessage::DigestAlgorithm::Sha384;
    case NID_sha512:
        return ScepMessage::DigestAlgorithm::Sha512;
    default:
        return std::nullopt;
    }
}

const EVP_MD *evpDigest(ScepMessage::DigestAlgorithm digest)
{
    switch (digest) {
    case ScepMessage::DigestAlgorithm::Sha1:
        return EVP_sha1();
    case ScepMessage::DigestAlgorithm::Sha256:
        return EVP_sha256();
    case ScepMessage::DigestAlgorithm::Sha384:
        return EVP_sha384();
    case ScepMessage::DigestAlgorithm::Sha512:
        return EVP_sha512();
    }
    return EVP_sha256();
}

std::optional<ScepMessage::Cipher> cipherFromNid(int nid)
{
    switch (nid) {
    case NID_aes_128_cbc:
        return ScepMessage::Cipher::Aes128Cbc;
    case NID_aes_192_cbc:
        return ScepMessage::Cipher::Aes192Cbc;
    case NID_aes_256_cbc:
        return ScepMessage::Cipher::Aes256Cbc;
    case NID_des_ede3_cbc:
        return ScepMessage::Cipher::DesEde3Cbc;
    default:
        return std::nullopt;
    }
}

const EVP_CIPHER *evpCipher(ScepMessage::Cipher cipher)
{
    switch (cipher) {
    case ScepMessage::Cipher::Aes128Cbc:
        return EVP_aes_128_cbc();
    case ScepMessage::Cipher::Aes192Cbc:
        return EVP_aes_192_cbc();
    case ScepMessage::Cipher::Aes256Cbc:
        return EVP_aes_256_cbc();
    case ScepMessage::Cipher::DesEde3Cbc:
        return EVP_des_ede3_cbc();
    }
    return EVP_aes_256_cbc();
}

// The content encryption algorithm of an EnvelopedData. The CMS interface has no getter for it;
// the PKCS#7 structures, which OpenSSL still publishes, do.
int contentCipherNid(QByteArrayView envelope)
{
    BioPtr in = readBio(envelope);
    Pkcs7Ptr pkcs7(in ? d2i_PKCS7_bio(in.get(), nullptr) : nullptr);
    if (!pkcs7 || !PKCS7_type_is_enveloped(pkcs7.get()) || !pkcs7->d.enveloped
        || !pkcs7->d.enveloped->enc_data || !pkcs7->d.enveloped->enc_data->algorithm) {
        return NID_undef;
    }
    return OBJ_obj2nid(pkcs7->d.enveloped->enc_data->algorithm->algorithm);
}

bool addPrintable(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &value)
{
    const Asn1ObjectPtr type = object(oid);
    return type
           && CMS_signed_add1_attr_by_OBJ(signerInfo,
                                          type.get(),
                                          V_ASN1_PRINTABLESTRING,
                                          value.constData(),
                                          static_cast<int>(value.size()))
                  == 1;
}

bool addOctets(CMS_SignerInfo *signerInfo, const char *oid, const QByteArray &value)
{
    const Asn1ObjectPtr type = object(oid);
    return type
           && CMS_signed_add1_attr_by_OBJ(signerInfo,
                                          type.get(),
                                          V_ASN1_OCTET_STRING,
                                          value.constData(),
                                          static_cast<int>(value.size()))
                  == 1;
}

} // namespace

Result<ScepMessage::Request> ScepMessage::parse(QByteArrayView message)
{
    if (message.isEmpty() || message.size() > MaxMessageSize)
        return unreadable(u"message of %1 bytes"_s.arg(message.size()));
    ERR_clear_error();
    BioPtr in = readBio(message);
    // d2i_CMS_bio reads BER too, including indefinite lengths.
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms)
        return unreadable(u"not CMS: "_s + OpenSsl::takeErrors());
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return unreadable(u"not SignedData"_s);
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (!signerInfos || sk_CMS_SignerInfo_num(signerInfos) != 1)
        return unreadable(u"not exactly one signer"_s);
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);

    Request request;
    const std::optional<QString> type = printableAttribute(signerInfo, MessageTypeOid, 3);
    bool numeric = false;
    request.messageType = type ? type->toInt(&numeric) : 0;
    if (!numeric)
        return unreadable(u"no readable messageType"_s);
    const std::optional<QString> transaction = printableAttribute(
        signerInfo, TransactionIdOid, MaxTransactionIdLength);
    if (!transaction)
        return unreadable(u"no readable transactionID"_s);
    request.transactionId = *transaction;
    const std::optional<QByteArray> nonce = octetAttribute(signerInfo, SenderNonceOid);
    if (!nonce)
        return unreadable(u"no readable senderNonce"_s);
    request.senderNonce = *nonce;

    X509_ALGOR *digestAlgorithm = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digestAlgorithm, nullptr);
    const std::optional<DigestAlgorithm> digest = digestFromNid(
        digestAlgorithm ? OBJ_obj2nid(digestAlgorithm->algorithm) : NID_undef);

    // The signer among the embedded certificates.
    X509StackPtr certificates(CMS_get1_certs(cms.get()));
    for (int i = 0; certificates && i < sk_X509_num(certificates.get()); ++i) {
        X509 *candidate = sk_X509_value(certificates.get(), i);
        if (CMS_SignerInfo_cert_cmp(signerInfo, candidate) == 0) {
            request.signer = fromX509(candidate);
            break;
        }
    }
    if (request.signer.isNull()) {
        request.signatureError = u"the signer certificate is not in the message"_s;
        ERR_clear_error();
        return request;
    }
    if (!digest) {
        request.signatureError = u"unsupported digest algorithm"_s;
        ERR_clear_error();
        return request;
    }
    request.digest = *digest;

    // The signature alone, against the embedded signer certificate: who the signer is, and
    // whether it is trusted, is the caller's decision. CMS_BINARY keeps OpenSSL from rewriting
    // line endings of the binary content before digesting it.
    BioPtr out = writeBio();
    if (!out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The SCEP message could not be checked."));
    if (CMS_verify(
            cms.get(), nullptr, nullptr, nullptr, out.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
        != 1) {
        request.signatureError = u"signature: "_s + OpenSsl::takeErrors();
        return request;
    }
    request.signatureValid = true;
    request.envelope = contents(out.get());
    ERR_clear_error();
    return request;
}

Result<ScepMessage::Decrypted> ScepMessage::decrypt(QByteArrayView envelope,
                                                    const Certificate &recipient,
                                                    const PrivateKey &key)
{
    if (envelope.isEmpty() || envelope.size() > MaxMessageSize) {
        return fail(Error::Code::InvalidInput,
                    tr("The SCEP message carries no readable envelope."),
                    u"envelope of %1 bytes"_s.arg(envelope.size()));
    }
    ERR_clear_error();
    BioPtr in = readBio(envelope);
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_enveloped) {
        return OpenSsl::failure(Error::Code::InvalidInput,
                                tr("The SCEP message carries no readable envelope."));
    }
    const int cipherNid = contentCipherNid(envelope);
    const std::optional<Cipher> cipher = cipherFromNid(cipherNid);
    if (!cipher) {
        ERR_clear_error();
        return fail(Error::Code::Unsupported,
                    tr("The SCEP message is encrypted with an algorithm this server does not "
                       "accept."),
                    u"content encryption %1"_s.arg(QString::fromLatin1(
                        cipherNid == NID_undef ? "unknown" : OBJ_nid2sn(cipherNid))));
    }
    X509Ptr certificate = toX509(recipient);
    EvpPkeyPtr pkey = toEvpPkey(key);
    BioPtr out = writeBio();
    if (!certificate || !pkey || !out)
        return OpenSsl::failure(Error::Code::Crypto, tr("The SCEP message could not be opened."));
    if (CMS_decrypt(cms.get(), pkey.get(), certificate.get(), nullptr, out.get(), CMS_BINARY)
        != 1) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The SCEP message could not be decrypted with the CA key."));
    }
    ERR_clear_error();
    return Decrypted{contents(out.get()), *cipher};
}

Result<QByteArray> ScepMessage::degenerate(const QList<Certificate> &certificates)
{
    // As `openssl crl2pkcs7 -nocrl` writes it: SignedData version 1, no signers, id-data with
    // no content, and the certificates.
    Pkcs7Ptr pkcs7(PKCS7_new());
    if (!pkcs7 || PKCS7_set_type(pkcs7.get(), NID_pkcs7_signed) != 1 || !pkcs7->d.sign
        || !pkcs7->d.sign->contents) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The certificate list could not be built."));
    }
    pkcs7->d.sign->contents->type = OBJ_nid2obj(NID_pkcs7_data);
    for (const Certificate &certificate : certificates) {
        X509Ptr x509 = toX509(certificate);
        if (!x509 || PKCS7_add_certificate(pkcs7.get(), x509.get()) != 1) {
            return OpenSsl::failure(Error::Code::Crypto,
                                    tr("The certificate list could not be built."));
        }
    }
    BioPtr out = writeBio();
    if (!out || i2d_PKCS7_bio(out.get(), pkcs7.get()) != 1) {
        return OpenSsl::failure(Error::Code::Crypto,
                                tr("The certificate list could not be built."));
    }
    return contents(out.get());
}

Result<QByteArray> ScepMessage::certRep(const Reply &reply,
                                        const Certificate &signer,
                                        const PrivateKey &key)
{
    if (reply.transactionId.isEmpty() || reply.recipientNonce.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("A SCEP reply needs the request's transaction and nonce."));
    }
    if ((reply.status == PkiStatus::Failure) != reply.failInfo.has_value()) {
        return fail(Error::Code::InvalidInput,
                    tr("A SCEP failure needs a reason, and only a failure has one."));
    }
    ERR_clear_error();
    QByteArray content;
    if (reply.status == PkiStatus::Success) {
        if (reply.issued.isEmpty() || reply.recipient.isNull()) {
            return fail(Error::Code::InvalidInput,
                        tr("A successful SCEP reply needs the certificate and its recipient."));
        }
        Result<QByteArray> certificates = degenerate(reply.issued);
        if (!certificates)
            return fail(certificates.error());
        X509StackPtr recipients = x509Stack({reply.recipient});
        BioPtr data = readBio(*certificates);
        BioPtr out = writeBio();
        if (!recipients || !data || !out)
            return OpenSsl::failure(Error::Code::Crypto, tr("The SCEP reply could not be built."));
        // Key transport to the requester's signing certificate, named by issuer and serial as
        // SCEP clients expect, in the cipher the client used itself.
        CmsPtr envelope(
            CMS_encrypt(recipients.get(), data.get(), evpCipher(reply.cipher), CMS_BINARY));
        if (!envelope || i2d_CMS_bio(out.get(), envelope.get()) != 1) {
            return OpenSsl::failure(Error::Code::Crypto,
                                    tr("The certificate could not be encrypted to the device."));
        }
        content = contents(out.get());
    }

    Result<QByteArray> nonce = Random::bytes(NonceSize);
    if (!nonce)
        return fail(nonce.error());
    X509Ptr signerX509 = toX509(signer);
    EvpPkeyPtr pkey = toEvpPkey(key);
    if (!signerX509 || !pkey)
        return fail(Error::Code::InvalidInput, tr("The SCEP reply needs the CA and its key."));
    // CMS_PARTIAL: the signer's attributes are added before CMS_final signs them.
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_PARTIAL | CMS_BINARY));
    CMS_SignerInfo *signerInfo = cms ? CMS_add1_signer(cms.get(),
                                                       signerX509.get(),
                                                       pkey.get(),
                                                       evpDigest(reply.digest),
                                                       CMS_BINARY | CMS_NOSMIMECAP)
                                     : nullptr;
    if (!signerInfo)
        return OpenSsl::failure(Error::Code::Crypto, tr("The SCEP reply could not be signed."));
    const QByteArray messageType = QByteArray::number(static_cast<int>(MessageType::CertRep));
    const QByteArray status = QByteArray::number(static_cast<int>(reply.status));
    bool added = addPrintable(signerInfo, MessageTypeOid, messageType)
                 && addPrintable(signerInfo, PkiStatusOid, status)
                 && addPrintable(signerInfo, TransactionIdOid, reply.transactionId.toLatin1())
                 && addOctets(signerInfo, SenderNonceOid, *nonce)
                 && addOctets(signerInfo, RecipientNonceOid, reply.recipientNonce);
    if (added && reply.failInfo) {
        added = addPrintable(
            signerInfo, FailInfoOid, QByteArray::number(static_cast<int>(*reply.failInfo)));
    }
    BioPtr data = readBio(content);
    BioPtr out = writeBio();
    if (!added || !data || !out || CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY) != 1
        || i2d_CMS_bio(out.get(), cms.get()) != 1) {
        return OpenSsl::failure(Error::Code::Crypto, tr("The SCEP reply could not be signed."));
    }
    return contents(out.get());
}

} // namespace Espalier
