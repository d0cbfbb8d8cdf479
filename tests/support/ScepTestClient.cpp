// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScepTestClient.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *pointer) const
    {
        Free(pointer);
    }
};

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

using AsnObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<&ASN1_OBJECT_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<&BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<&CMS_ContentInfo_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<&EVP_PKEY_free>>;
using NamePtr = std::unique_ptr<X509_NAME, Deleter<&X509_NAME_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, Deleter<&PKCS7_free>>;
using RequestPtr = std::unique_ptr<X509_REQ, Deleter<&X509_REQ_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<&X509_free>>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), Deleter<&freeX509Stack>>;

constexpr char MessageTypeOid[] = "2.16.840.1.113733.1.9.2";
constexpr char PkiStatusOid[] = "2.16.840.1.113733.1.9.3";
constexpr char FailInfoOid[] = "2.16.840.1.113733.1.9.4";
constexpr char SenderNonceOid[] = "2.16.840.1.113733.1.9.5";
constexpr char RecipientNonceOid[] = "2.16.840.1.113733.1.9.6";
constexpr char TransactionIdOid[] = "2.16.840.1.113733.1.9.7";

QString opensslErrors()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += QString::fromLatin1(buffer) + u"; "_s;
    }
    return text;
}

BioPtr readBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

QByteArray contents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

X509Ptr toX509(const Espalier::Certificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

Espalier::Certificate fromX509(X509 *x509)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509, &der);
    if (length <= 0)
        return {};
    auto certificate = Espalier::Certificate::fromDer(
        QByteArrayView(reinterpret_cast<const char *>(der), length));
    OPENSSL_free(der);
    return certificate ? *certificate : Espalier::Certificate();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count);
    return bytes;
}

bool addAttribute(CMS_SignerInfo *signerInfo, const char *oid, int type, const QByteArray &value)
{
    AsnObjectPtr object(OBJ_txt2obj(oid, 1));
    return object
           && CMS_signed_add1_attr_by_OBJ(
                  signerInfo, object.get(), type, value.constData(), static_cast<int>(value.size()))
                  == 1;
}

QByteArray attribute(const CMS_SignerInfo *signerInfo, const char *oid, int type)
{
    AsnObjectPtr object(OBJ_txt2obj(oid, 1));
    const auto *value = static_cast<const ASN1_STRING *>(
        CMS_signed_get0_data_by_OBJ(signerInfo, object.get(), -3, type));
    if (!value)
        return {};
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                      ASN1_STRING_length(value));
}

const EVP_CIPHER *cipherOf(ScepTestClient::Cipher cipher)
{
    switch (cipher) {
    case ScepTestClient::Cipher::Aes128Cbc:
        return EVP_aes_128_cbc();
    case ScepTestClient::Cipher::Aes256Cbc:
        return EVP_aes_256_cbc();
    case ScepTestClient::Cipher::DesEde3Cbc:
        return EVP_des_ede3_cbc();
    }
    return EVP_aes_128_cbc();
}

X509Ptr selfSigned(EVP_PKEY *key, const QString &commonName)
{
    X509Ptr x509(X509_new());
    NamePtr name(X509_NAME_new());
    const QByteArray cn = commonName.toUtf8();
    if (!x509 || !name
        || !X509_NAME_add_entry_by_NID(name.get(),
                                       NID_commonName,
                                       MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(cn.constData()),
                                       static_cast<int>(cn.size()),
                                       -1,
                                       0)
        || !X509_set_version(x509.get(), X509_VERSION_3)
        || !ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 1)
        || !X509_set_subject_name(x509.get(), name.get())
        || !X509_set_issuer_name(x509.get(), name.get())
        || !X509_gmtime_adj(X509_getm_notBefore(x509.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(x509.get()), 24 * 3600)
        || !X509_set_pubkey(x509.get(), key) || X509_sign(x509.get(), key, EVP_sha256()) <= 0) {
        return {};
    }
    return x509;
}

} // namespace

struct ScepTestClient::Private
{
    KeyPtr key;
    // The certificate and key the last request was signed with, which the reply is encrypted to.
    X509Ptr signerCertificate;
    KeyPtr signerKey;
};

ScepTestClient::ScepTestClient(int keyBits)
    : d(std::make_unique<Private>())
{
    d->key.reset(EVP_RSA_gen(static_cast<unsigned int>(keyBits)));
}

ScepTestClient::~ScepTestClient() = default;

QByteArray ScepTestClient::keyDer() const
{
    unsigned char *der = nullptr;
    const int length = i2d_PrivateKey(d->key.get(), &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_clear_free(der, static_cast<size_t>(length));
    return bytes;
}

Espalier::Certificate ScepTestClient::signingCertificate() const
{
    return d->signerCertificate ? fromX509(d->signerCertificate.get()) : Espalier::Certificate();
}

QByteArray ScepTestClient::pkcsReq(const Espalier::Certificate &ca, const Options &options)
{
    d->signerCertificate = selfSigned(d->key.get(), options.commonName);
    if (!d->signerCertificate) {
        m_lastError = u"self-signed certificate: "_s + opensslErrors();
        return {};
    }
    EVP_PKEY_up_ref(d->key.get());
    d->signerKey.reset(d->key.get());
    return buildRequest(ca, options);
}

QByteArray ScepTestClient::renewalReq(const Espalier::Certificate &ca,
                                      const Espalier::Certificate &identity,
                                      const QByteArray &identityKeyDer,
                                      const Options &options)
{
    d->signerCertificate = toX509(identity);
    const auto *cursor = reinterpret_cast<const unsigned char *>(identityKeyDer.constData());
    d->signerKey.reset(
        d2i_AutoPrivateKey(nullptr, &cursor, static_cast<long>(identityKeyDer.size())));
    if (!d->signerCertificate || !d->signerKey) {
        m_lastError = u"renewal identity: "_s + opensslErrors();
        return {};
    }
    return buildRequest(ca, options);
}

QByteArray ScepTestClient::buildRequest(const Espalier::Certificate &ca, const Options &options)
{
    // The PKCS#10 request with the challenge.
    RequestPtr request(X509_REQ_new());
    NamePtr name(X509_NAME_new());
    const QByteArray organization = options.organization.toUtf8();
    const QByteArray commonName = options.commonName.toUtf8();
    const QByteArray challenge = options.challenge.toUtf8();
    if (!request || !name
        || !X509_NAME_add_entry_by_NID(
            name.get(),
            NID_organizationName,
            MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(organization.constData()),
            static_cast<int>(organization.size()),
            -1,
            0)
        || !X509_NAME_add_entry_by_NID(
            name.get(),
            NID_commonName,
            MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(commonName.constData()),
            static_cast<int>(commonName.size()),
            -1,
            0)
        || !X509_REQ_set_version(request.get(), 0)
        || !X509_REQ_set_subject_name(request.get(), name.get())
        || !X509_REQ_set_pubkey(request.get(), d->key.get())) {
        m_lastError = u"request: "_s + opensslErrors();
        return {};
    }
    if (!challenge.isEmpty()
        && !X509_REQ_add1_attr_by_NID(
            request.get(),
            NID_pkcs9_challengePassword,
            MBSTRING_ASC,
            reinterpret_cast<const unsigned char *>(challenge.constData()),
            static_cast<int>(challenge.size()))) {
        m_lastError = u"challenge: "_s + opensslErrors();
        return {};
    }
    if (X509_REQ_sign(request.get(), d->key.get(), EVP_sha256()) <= 0) {
        m_lastError = u"request signature: "_s + opensslErrors();
        return {};
    }
    unsigned char *requestDer = nullptr;
    const int requestLength = i2d_X509_REQ(request.get(), &requestDer);
    const QByteArray csr(reinterpret_cast<const char *>(requestDer), requestLength);
    OPENSSL_free(requestDer);

    // The envelope to the CA.
    X509StackPtr recipients(sk_X509_new_null());
    X509Ptr caX509 = toX509(ca);
    if (!recipients || !caX509 || sk_X509_push(recipients.get(), caX509.get()) <= 0) {
        m_lastError = u"recipients: "_s + opensslErrors();
        return {};
    }
    caX509.release();
    BioPtr csrBio = readBio(csr);
    CmsPtr envelope(
        CMS_encrypt(recipients.get(), csrBio.get(), cipherOf(options.cipher), CMS_BINARY));
    BioPtr envelopeOut(BIO_new(BIO_s_mem()));
    if (!envelope || i2d_CMS_bio(envelopeOut.get(), envelope.get()) != 1) {
        m_lastError = u"envelope: "_s + opensslErrors();
        return {};
    }
    const QByteArray envelopeDer = contents(envelopeOut.get());

    // The signed pkiMessage.
    const bool stream = options.indefiniteLength;
    const unsigned int flags = CMS_PARTIAL | CMS_BINARY | (stream ? CMS_STREAM : 0);
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    const EVP_MD *digest = options.digest == Digest::Sha1 ? EVP_sha1() : EVP_sha256();
    CMS_SignerInfo *signerInfo = cms ? CMS_add1_signer(cms.get(),
                                                       d->signerCertificate.get(),
                                                       d->signerKey.get(),
                                                       digest,
                                                       CMS_BINARY | CMS_NOSMIMECAP)
                                     : nullptr;
    unsigned char publicKeyDigest[EVP_MAX_MD_SIZE];
    unsigned int publicKeyDigestLength = 0;
    X509_pubkey_digest(
        d->signerCertificate.get(), EVP_sha256(), publicKeyDigest, &publicKeyDigestLength);
    m_transactionId = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(publicKeyDigest),
                   static_cast<qsizetype>(publicKeyDigestLength))
            .toHex()
            .toUpper());
    m_senderNonce = randomBytes(16);
    if (!signerInfo
        || !addAttribute(signerInfo,
                         MessageTypeOid,
                         V_ASN1_PRINTABLESTRING,
                         QByteArray::number(options.messageType))
        || !addAttribute(
            signerInfo, TransactionIdOid, V_ASN1_PRINTABLESTRING, m_transactionId.toLatin1())
        || !addAttribute(signerInfo, SenderNonceOid, V_ASN1_OCTET_STRING, m_senderNonce)) {
        m_lastError = u"signed attributes: "_s + opensslErrors();
        return {};
    }
    BioPtr data = readBio(envelopeDer);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (stream) {
        // Streaming output is BER with indefinite lengths; the signature is made on the way.
        if (i2d_CMS_bio_stream(out.get(), cms.get(), data.get(), flags) != 1) {
            m_lastError = u"streamed signature: "_s + opensslErrors();
            return {};
        }
        return contents(out.get());
    }
    if (CMS_final(cms.get(), data.get(), nullptr, CMS_BINARY) != 1) {
        m_lastError = u"signature: "_s + opensslErrors();
        return {};
    }
    if (options.tamperSignature) {
        ASN1_OCTET_STRING *signature = CMS_SignerInfo_get0_signature(signerInfo);
        QByteArray bytes(reinterpret_cast<const char *>(ASN1_STRING_get0_data(signature)),
                         ASN1_STRING_length(signature));
        bytes[bytes.size() / 2] = static_cast<char>(bytes.at(bytes.size() / 2) ^ 0x01);
        ASN1_STRING_set(signature, bytes.constData(), static_cast<int>(bytes.size()));
    }
    if (i2d_CMS_bio(out.get(), cms.get()) != 1) {
        m_lastError = u"encoding: "_s + opensslErrors();
        return {};
    }
    return contents(out.get());
}

ScepTestClient::Reply ScepTestClient::readReply(const QByteArray &certRep) const
{
    Reply reply;
    BioPtr in = readBio(certRep);
    CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        reply.error = u"not a SignedData: "_s + opensslErrors();
        return reply;
    }
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1) {
        reply.error = u"not one signer"_s;
        return reply;
    }
    CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    reply.parsed = true;
    bool ok = false;
    reply.messageType = attribute(signerInfo, MessageTypeOid, V_ASN1_PRINTABLESTRING).toInt(&ok);
    if (!ok)
        reply.messageType = -1;
    reply.pkiStatus = attribute(signerInfo, PkiStatusOid, V_ASN1_PRINTABLESTRING).toInt(&ok);
    if (!ok)
        reply.pkiStatus = -1;
    reply.failInfo = attribute(signerInfo, FailInfoOid, V_ASN1_PRINTABLESTRING).toInt(&ok);
    if (!ok)
        reply.failInfo = -1;
    reply.transactionId = QString::fromLatin1(
        attribute(signerInfo, TransactionIdOid, V_ASN1_PRINTABLESTRING));
    reply.senderNonce = attribute(signerInfo, SenderNonceOid, V_ASN1_OCTET_STRING);
    reply.recipientNonce = attribute(signerInfo, RecipientNonceOid, V_ASN1_OCTET_STRING);
    X509_ALGOR *digest = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, nullptr);
    if (digest)
        reply.digest = QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(digest->algorithm)));

    BioPtr content(BIO_new(BIO_s_mem()));
    reply.signatureValid = CMS_verify(cms.get(),
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      content.get(),
                                      CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
                           == 1;
    if (!reply.signatureValid) {
        reply.error = u"signature: "_s + opensslErrors();
        return reply;
    }
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    if (signers && sk_X509_num(signers) == 1)
        reply.signer = fromX509(sk_X509_value(signers, 0));
    sk_X509_free(signers);
    if (reply.pkiStatus != 0)
        return reply;

    const QByteArray envelopeDer = contents(content.get());
    {
        BioPtr envelopeIn = readBio(envelopeDer);
        Pkcs7Ptr pkcs7(d2i_PKCS7_bio(envelopeIn.get(), nullptr));
        if (pkcs7 && PKCS7_type_is_enveloped(pkcs7.get())) {
            reply.envelopeCipher = QString::fromLatin1(
                OBJ_nid2sn(OBJ_obj2nid(pkcs7->d.enveloped->enc_data->algorithm->algorithm)));
        }
    }
    BioPtr envelopeIn = readBio(envelopeDer);
    CmsPtr envelope(d2i_CMS_bio(envelopeIn.get(), nullptr));
    BioPtr plain(BIO_new(BIO_s_mem()));
    if (!envelope
        || CMS_decrypt(envelope.get(),
                       d->signerKey.get(),
                       d->signerCertificate.get(),
                       nullptr,
                       plain.get(),
                       CMS_BINARY)
               != 1) {
        reply.error = u"envelope: "_s + opensslErrors();
        return reply;
    }
    const QByteArray degenerate = contents(plain.get());
    BioPtr degenerateIn = readBio(degenerate);
    Pkcs7Ptr certificates(d2i_PKCS7_bio(degenerateIn.get(), nullptr));
    if (!certificates || !PKCS7_type_is_signed(certificates.get())) {
        reply.error = u"no certificates-only SignedData: "_s + opensslErrors();
        return reply;
    }
    STACK_OF(X509) *stack = certificates->d.sign->cert;
    for (int i = 0; stack && i < sk_X509_num(stack); ++i)
        reply.certificates.append(fromX509(sk_X509_value(stack, i)));
    return reply;
}
