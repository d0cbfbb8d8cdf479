// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedScepMessage.h"

#include "core/crypto/Digest.h"
#include "core/crypto/KeyUsage.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace Espalier::SimulatedScepMessage {

namespace {

using namespace SimulatedOpenSsl;

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::SimulatedScepMessage", text);
}

void freeExtensionStack(STACK_OF(X509_EXTENSION) * stack)
{
    sk_X509_EXTENSION_pop_free(stack, X509_EXTENSION_free);
}

using ExtensionStackPtr = std::unique_ptr<STACK_OF(X509_EXTENSION), Deleter<&freeExtensionStack>>;

Result<void> pushExtension(STACK_OF(X509_EXTENSION) * stack, int nid, const QByteArray &value)
{
    X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, nullptr, nid, value.constData());
    if (!extension || sk_X509_EXTENSION_push(stack, extension) <= 0) {
        X509_EXTENSION_free(extension);
        return failure(tr("The request extension could not be made."));
    }
    return {};
}

Result<void> addAttribute(CMS_SignerInfo *signerInfo,
                          const char *oid,
                          int type,
                          const QByteArray &value)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    if (!object
        || CMS_signed_add1_attr_by_OBJ(
               signerInfo, object.get(), type, value.constData(), int(value.size()))
               != 1) {
        return failure(tr("The SCEP attribute could not be added."));
    }
    return {};
}

// The attribute's single value as bytes, when it is a string type; null when absent.
QByteArray attributeBytes(CMS_SignerInfo *signerInfo, const char *oid)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    if (!object)
        return {};
    const int index = CMS_signed_get_attr_by_OBJ(signerInfo, object.get(), -1);
    if (index < 0)
        return {};
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signerInfo, index);
    ASN1_TYPE *value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value)
        return {};
    switch (ASN1_TYPE_get(value)) {
    case V_ASN1_PRINTABLESTRING:
    case V_ASN1_UTF8STRING:
    case V_ASN1_IA5STRING:
    case V_ASN1_OCTET_STRING: {
        const ASN1_STRING *string = value->value.asn1_string;
        return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(string)),
                          ASN1_STRING_length(string));
    }
    default:
        return {};
    }
}

std::optional<int> attributeNumber(CMS_SignerInfo *signerInfo, const char *oid)
{
    const QByteArray text = attributeBytes(signerInfo, oid);
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok ? std::optional<int>(number) : std::nullopt;
}

} // namespace

Result<QByteArray> createCsr(const CsrParameters &parameters,
                             const PrivateKey &key,
                             SimulatedOpenSsl::DigestAlgorithm digest)
{
    EvpPkeyPtr pkey = evpKey(key);
    X509ReqPtr request(X509_REQ_new());
    Result<X509NamePtr> name = x509Name(parameters.subject);
    if (!name)
        return fail(name.error());
    if (!pkey || !request || X509_REQ_set_version(request.get(), 0) != 1
        || X509_REQ_set_subject_name(request.get(), name->get()) != 1
        || X509_REQ_set_pubkey(request.get(), pkey.get()) != 1) {
        return failure(tr("The certificate request could not be made."));
    }
    if (!parameters.challengePassword.isEmpty()) {
        const QByteArray challenge = parameters.challengePassword.toUtf8();
        if (X509_REQ_add1_attr_by_NID(
                request.get(),
                NID_pkcs9_challengePassword,
                MBSTRING_UTF8,
                reinterpret_cast<const unsigned char *>(challenge.constData()),
                int(challenge.size()))
            != 1) {
            return failure(tr("The challenge could not be added to the request."));
        }
    }
    ExtensionStackPtr extensions(sk_X509_EXTENSION_new_null());
    if (!extensions)
        return failure(tr("The certificate request could not be made."));
    QByteArrayList usages;
    if (parameters.keyUsage & 1)
        usages.append("digitalSignature");
    if (parameters.keyUsage & 4)
        usages.append("keyEncipherment");
    if (!usages.isEmpty()) {
        if (Result<void> pushed = pushExtension(
                extensions.get(), NID_key_usage, "critical," + usages.join(','));
            !pushed) {
            return fail(pushed.error());
        }
    }
    QByteArrayList altNames;
    for (const QString &dns : parameters.dnsNames)
        altNames.append("DNS:" + dns.toUtf8());
    for (const QString &email : parameters.emailAddresses)
        altNames.append("email:" + email.toUtf8());
    for (const QString &uri : parameters.uris)
        altNames.append("URI:" + uri.toUtf8());
    if (!altNames.isEmpty()) {
        if (Result<void> pushed = pushExtension(
                extensions.get(), NID_subject_alt_name, altNames.join(','));
            !pushed) {
            return fail(pushed.error());
        }
    }
    if (sk_X509_EXTENSION_num(extensions.get()) > 0
        && X509_REQ_add_extensions(request.get(), extensions.get()) != 1) {
        return failure(tr("The request extensions could not be added."));
    }
    if (X509_REQ_sign(request.get(), pkey.get(), messageDigest(digest)) <= 0)
        return failure(tr("The certificate request could not be signed."));
    unsigned char *der = nullptr;
    const int length = i2d_X509_REQ(request.get(), &der);
    if (length <= 0)
        return failure(tr("The certificate request could not be encoded."));
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

Result<PkcsReq> createPkcsReq(QByteArrayView csrDer,
                              const PrivateKey &key,
                              const Certificate &signer,
                              const Certificate &recipient,
                              Cipher cipher,
                              SimulatedOpenSsl::DigestAlgorithm digest)
{
    EvpPkeyPtr pkey = evpKey(key);
    X509Ptr signerX509 = x509(signer);
    X509StackPtr recipients = x509Stack({recipient});
    BioPtr csr = readBio(csrDer);
    if (!pkey || !signerX509 || !recipients || !csr)
        return failure(tr("The SCEP request could not be made."));

    // The CSR, encrypted to the CA: only it can read the challenge.
    const EVP_CIPHER *evpCipher = cipher == Cipher::Aes256Cbc ? EVP_aes_256_cbc()
                                                              : EVP_des_ede3_cbc();
    CmsPtr enveloped(CMS_encrypt(recipients.get(), csr.get(), evpCipher, CMS_BINARY));
    BioPtr envelopedDer(BIO_new(BIO_s_mem()));
    if (!enveloped || !envelopedDer || i2d_CMS_bio(envelopedDer.get(), enveloped.get()) != 1)
        return failure(tr("The SCEP request could not be encrypted."));

    PkcsReq request;
    // RFC 8894: the transaction ID is derived from the key, so a retry keeps it.
    request.transactionId = QString::fromLatin1(
        Espalier::Digest::sha256(key.publicKeyDer()).toHex().toUpper());
    Result<QByteArray> nonce = Random::bytes(16);
    if (!nonce)
        return fail(nonce.error());
    request.senderNonce = *nonce;

    constexpr unsigned int flags = CMS_BINARY | CMS_NOSMIMECAP;
    CmsPtr signedData(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL));
    CMS_SignerInfo *signerInfo = signedData ? CMS_add1_signer(signedData.get(),
                                                              signerX509.get(),
                                                              pkey.get(),
                                                              messageDigest(digest),
                                                              flags)
                                            : nullptr;
    if (!signerInfo)
        return failure(tr("The SCEP request could not be signed."));
    const QByteArray messageType = QByteArray::number(int(MessageType::PkcsReq));
    for (const Result<void> &added :
         {addAttribute(signerInfo, MessageTypeOid, V_ASN1_PRINTABLESTRING, messageType),
          addAttribute(signerInfo,
                       TransactionIdOid,
                       V_ASN1_PRINTABLESTRING,
                       request.transactionId.toLatin1()),
          addAttribute(signerInfo, SenderNonceOid, V_ASN1_OCTET_STRING, request.senderNonce)}) {
        if (!added)
            return fail(added.error());
    }
    const QByteArray envelopedBytes = bioContents(envelopedDer.get());
    BioPtr content = readBio(envelopedBytes);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!content || !out || CMS_final(signedData.get(), content.get(), nullptr, flags) != 1
        || i2d_CMS_bio(out.get(), signedData.get()) != 1) {
        return failure(tr("The SCEP request could not be signed."));
    }
    request.der = bioContents(out.get());
    return request;
}

Result<Attributes> readAttributes(CMS_ContentInfo *cms)
{
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed)
        return fail(Error::Code::InvalidInput, tr("The SCEP message is not signed data."));
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms);
    if (!signerInfos || sk_CMS_SignerInfo_num(signerInfos) != 1)
        return fail(Error::Code::InvalidInput, tr("The SCEP message must have one signer."));
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    Attributes attributes;
    attributes.messageType = attributeNumber(signerInfo, MessageTypeOid);
    attributes.pkiStatus = attributeNumber(signerInfo, PkiStatusOid);
    attributes.failInfo = attributeNumber(signerInfo, FailInfoOid);
    attributes.transactionId = QString::fromLatin1(attributeBytes(signerInfo, TransactionIdOid));
    attributes.senderNonce = attributeBytes(signerInfo, SenderNonceOid);
    attributes.recipientNonce = attributeBytes(signerInfo, RecipientNonceOid);
    return attributes;
}

Result<CertRep> parseCertRep(QByteArrayView der,
                             const QList<Certificate> &caCertificates,
                             const PrivateKey &key,
                             const Certificate &selfSigned)
{
    ERR_clear_error();
    BioPtr in = readBio(der);
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms)
        return failure(tr("The SCEP answer could not be read."));
    Result<Attributes> attributes = readAttributes(cms.get());
    if (!attributes)
        return fail(attributes.error());
    CertRep reply;
    reply.attributes = *attributes;
    if (attributes->messageType != int(MessageType::CertRep))
        return fail(Error::Code::InvalidInput, tr("The SCEP answer is not a CertRep."));
    if (attributes->pkiStatus != int(PkiStatus::Success))
        return reply; // FAILURE and PENDING carry no content to decrypt

    // The signer may be embedded or be one of the certificates GetCACert returned.
    X509StackPtr known = x509Stack(caCertificates);
    BioPtr content(BIO_new(BIO_s_mem()));
    if (!known || !content
        || CMS_verify(cms.get(),
                      known.get(),
                      nullptr,
                      nullptr,
                      content.get(),
                      CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
               != 1) {
        return failure(tr("The SCEP answer's signature does not check out."));
    }
    {
        STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
        const QList<Certificate> signerList = certificates(signers);
        sk_X509_free(signers);
        bool fromCa = !signerList.isEmpty();
        for (const Certificate &signer : signerList) {
            bool recognised = false;
            for (const Certificate &ca : caCertificates)
                recognised = recognised || signer == ca || signer.verifySignedBy(ca);
            fromCa = fromCa && recognised;
        }
        if (!fromCa) {
            return fail(Error::Code::Tls,
                        tr("The SCEP answer is not signed by the certificate authority."));
        }
    }

    const QByteArray envelopedBytes = bioContents(content.get());
    BioPtr envelopedIn = readBio(envelopedBytes);
    CmsPtr enveloped(envelopedIn ? d2i_CMS_bio(envelopedIn.get(), nullptr) : nullptr);
    EvpPkeyPtr pkey = evpKey(key);
    X509Ptr certificate = x509(selfSigned);
    BioPtr decrypted(BIO_new(BIO_s_mem()));
    if (!enveloped || !pkey || !certificate || !decrypted
        || CMS_decrypt(
               enveloped.get(), pkey.get(), certificate.get(), nullptr, decrypted.get(), CMS_BINARY)
               != 1) {
        return failure(tr("The SCEP answer could not be decrypted."));
    }
    const QByteArray degenerateBytes = bioContents(decrypted.get());
    BioPtr degenerateIn = readBio(degenerateBytes);
    CmsPtr degenerate(degenerateIn ? d2i_CMS_bio(degenerateIn.get(), nullptr) : nullptr);
    if (!degenerate)
        return failure(tr("The certificates in the SCEP answer could not be read."));
    X509StackPtr issued(CMS_get1_certs(degenerate.get()));
    reply.certificates = certificates(issued.get());
    if (reply.certificates.isEmpty())
        return fail(Error::Code::InvalidInput, tr("The SCEP answer carries no certificate."));
    return reply;
}

Result<QList<Certificate>> parseCaCertificates(QByteArrayView body)
{
    if (Result<Certificate> single = Certificate::fromDer(body))
        return QList<Certificate>{*single};
    ERR_clear_error();
    BioPtr in = readBio(body);
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    X509StackPtr stack(cms ? CMS_get1_certs(cms.get()) : nullptr);
    QList<Certificate> list = certificates(stack.get());
    ERR_clear_error();
    if (list.isEmpty())
        return fail(Error::Code::InvalidInput,
                    tr("The certificate authority's certificate could not be read."));
    return list;
}

Certificate encryptionRecipient(const QList<Certificate> &certificates)
{
    for (const Certificate &certificate : certificates) {
        if (!certificate.isCa()
            && (!certificate.keyUsage()
                || certificate.keyUsage().testFlag(KeyUsage::KeyEncipherment))) {
            return certificate;
        }
    }
    for (const Certificate &certificate : certificates) {
        if (certificate.isCa())
            return certificate;
    }
    return certificates.value(0);
}

} // namespace Espalier::SimulatedScepMessage
