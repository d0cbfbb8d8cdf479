// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/SimulatedOpenSsl.h"

#include "core/crypto/OpenSsl.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/x509v3.h>

#include <climits>

using namespace Qt::StringLiterals;

namespace Espalier::SimulatedOpenSsl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::SimulatedOpenSsl", text);
}

// Profiles may use the names Apple's documentation shows, which OpenSSL spells otherwise.
QByteArray attributeType(const QString &type)
{
    if (type.compare(u"E"_s, Qt::CaseInsensitive) == 0)
        return "emailAddress";
    return type.toUtf8();
}

Result<void> addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, &context, nid, value);
    if (!extension)
        return failure(tr("The certificate extension could not be made."));
    const int added = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    if (added != 1)
        return failure(tr("The certificate extension could not be added."));
    return {};
}

} // namespace

void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

EvpPkeyPtr evpKey(const PrivateKey &key)
{
    Result<QByteArray> der = key.toDer();
    if (!der)
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(der->constData());
    EvpPkeyPtr pkey(d2i_AutoPrivateKey(nullptr, &data, long(der->size())));
    OpenSsl::cleanse(*der);
    return pkey;
}

X509Ptr x509(const Certificate &certificate)
{
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

Result<Certificate> certificate(X509 *x509)
{
    unsigned char *der = nullptr;
    const int length = x509 ? i2d_X509(x509, &der) : -1;
    if (length <= 0)
        return failure(tr("The certificate could not be encoded."));
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return Certificate::fromDer(bytes);
}

X509StackPtr x509Stack(const QList<Certificate> &certificates)
{
    X509StackPtr stack(sk_X509_new_null());
    if (!stack)
        return {};
    for (const Certificate &certificate : certificates) {
        X509Ptr x = x509(certificate);
        if (!x || sk_X509_push(stack.get(), x.get()) <= 0)
            return {};
        (void)x.release(); // the stack owns it now
    }
    return stack;
}

QList<Certificate> certificates(const STACK_OF(X509) * stack)
{
    QList<Certificate> list;
    const int count = stack ? sk_X509_num(stack) : 0;
    for (int i = 0; i < count; ++i) {
        if (Result<Certificate> certificate = SimulatedOpenSsl::certificate(
                sk_X509_value(stack, i)))
            list.append(*certificate);
    }
    return list;
}

BioPtr readBio(QByteArrayView bytes)
{
    if (bytes.size() > INT_MAX)
        return {};
    return BioPtr(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    if (length <= 0 || !data)
        return {};
    return QByteArray(data, qsizetype(length));
}

const EVP_MD *messageDigest(DigestAlgorithm digest)
{
    return digest == DigestAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256();
}

QString takeErrors()
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        errors.append(QString::fromLatin1(text));
    }
    return errors.join(u"; "_s);
}

tl::unexpected<Error> failure(const QString &message)
{
    return fail(Error::Code::Crypto, message, takeErrors());
}

Result<X509NamePtr> x509Name(const Name &name)
{
    X509NamePtr x509Name(X509_NAME_new());
    if (!x509Name)
        return failure(tr("The name could not be made."));
    for (const QList<QPair<QString, QString>> &relativeName : name) {
        bool first = true;
        for (const auto &[type, value] : relativeName) {
            Asn1ObjectPtr object(OBJ_txt2obj(attributeType(type).constData(), 0));
            const QByteArray utf8 = value.toUtf8();
            if (!object) {
                return fail(Error::Code::InvalidInput,
                            tr("The name has an attribute type OpenSSL does not know."),
                            type);
            }
            // set 0 opens a new relative name; -1 adds to the one before (multi-valued RDNs).
            if (X509_NAME_add_entry_by_OBJ(
                    x509Name.get(),
                    object.get(),
                    MBSTRING_UTF8,
                    reinterpret_cast<const unsigned char *>(utf8.constData()),
                    int(utf8.size()),
                    -1,
                    first ? 0 : -1)
                != 1) {
                return fail(Error::Code::Crypto,
                            tr("The name could not be made."),
                            u"%1=%2: %3"_s.arg(type, value, takeErrors()));
            }
            first = false;
        }
    }
    return x509Name;
}

Result<QByteArray> signDetached(QByteArrayView content,
                                const Certificate &signer,
                                const PrivateKey &key,
                                DigestAlgorithm digest)
{
    X509Ptr signerX509 = x509(signer);
    EvpPkeyPtr pkey = evpKey(key);
    BioPtr data = readBio(content);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!signerX509 || !pkey || !data || !out)
        return failure(tr("The signature could not be made."));
    // CMS_BINARY: the exact bytes are signed, no MIME line-ending translation.
    constexpr unsigned int flags = CMS_BINARY | CMS_DETACHED | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL));
    if (!cms
        || !CMS_add1_signer(cms.get(), signerX509.get(), pkey.get(), messageDigest(digest), flags)
        || CMS_final(cms.get(), data.get(), nullptr, flags) != 1
        || i2d_CMS_bio(out.get(), cms.get()) != 1) {
        return failure(tr("The signature could not be made."));
    }
    return bioContents(out.get());
}

Result<Certificate> selfSignedCertificate(const PrivateKey &key,
                                          const Name &subject,
                                          DigestAlgorithm digest)
{
    EvpPkeyPtr pkey = evpKey(key);
    X509Ptr certificate(X509_new());
    Result<X509NamePtr> name = x509Name(subject);
    if (!name)
        return fail(name.error());
    Result<QByteArray> serialBytes = Random::bytes(16);
    if (!serialBytes)
        return fail(serialBytes.error());
    (*serialBytes)[0] = char(quint8(serialBytes->at(0)) & 0x7f); // positive
    std::unique_ptr<BIGNUM, Deleter<&BN_free>> serial(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(serialBytes->constData()),
                  int(serialBytes->size()),
                  nullptr));
    if (!pkey || !certificate || !serial || X509_set_version(certificate.get(), 2) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || X509_set_subject_name(certificate.get(), name->get()) != 1
        || X509_set_issuer_name(certificate.get(), name->get()) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long{7} * 24 * 3600)
        || X509_set_pubkey(certificate.get(), pkey.get()) != 1) {
        return failure(tr("The self-signed certificate could not be made."));
    }
    if (Result<void> added = addExtension(certificate.get(), NID_basic_constraints, "CA:FALSE");
        !added) {
        return fail(added.error());
    }
    if (Result<void> added = addExtension(
            certificate.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment");
        !added) {
        return fail(added.error());
    }
    if (X509_sign(certificate.get(), pkey.get(), messageDigest(digest)) <= 0)
        return failure(tr("The self-signed certificate could not be signed."));
    return SimulatedOpenSsl::certificate(certificate.get());
}

QByteArray fingerprintLike(QByteArrayView der, qsizetype fingerprintSize)
{
    const EVP_MD *md = nullptr;
    switch (fingerprintSize) {
    case 16:
        md = EVP_md5();
        break;
    case 20:
        md = EVP_sha1();
        break;
    case 32:
        md = EVP_sha256();
        break;
    case 48:
        md = EVP_sha384();
        break;
    case 64:
        md = EVP_sha512();
        break;
    default:
        return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (!md || EVP_Digest(der.data(), size_t(der.size()), digest, &length, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

} // namespace Espalier::SimulatedOpenSsl
