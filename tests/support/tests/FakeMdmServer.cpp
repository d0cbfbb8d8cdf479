// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/tests/FakeMdmServer.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Cms.h"
#include "core/crypto/Digest.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/Random.h"
#include "core/plist/Plist.h"
#include "core/server/HttpServer.h"
#include "tests/support/SimulatedOpenSsl.h"
#include "tests/support/SimulatedScepMessage.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSslKey>
#include <QUuid>

#include <openssl/pkcs7.h>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using namespace SimulatedOpenSsl;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

bool addAttribute(CMS_SignerInfo *signerInfo, const char *oid, int type, const QByteArray &value)
{
    Asn1ObjectPtr object(OBJ_txt2obj(oid, 1));
    return object
           && CMS_signed_add1_attr_by_OBJ(
                  signerInfo, object.get(), type, value.constData(), int(value.size()))
                  == 1;
}

QByteArray derOf(PKCS7 *p7)
{
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(p7, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

// A certificates-only SignedData, the way SCEP servers hand out an issued certificate.
QByteArray degenerateSignedData(const Certificate &certificate)
{
    std::unique_ptr<PKCS7, Deleter<&PKCS7_free>> p7(PKCS7_new());
    X509Ptr x = x509(certificate);
    if (!p7 || !x || !PKCS7_set_type(p7.get(), NID_pkcs7_signed)
        || !PKCS7_content_new(p7.get(), NID_pkcs7_data)
        || !PKCS7_add_certificate(p7.get(), x.get())) {
        return {};
    }
    return derOf(p7.get());
}

} // namespace

Result<FakeMdmServer::Pki> FakeMdmServer::Pki::create()
{
    Pki pki;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The SCEP CA must be RSA: devices encrypt their requests to it.
    Result<PrivateKey> scepKey = PrivateKey::generateRsa(2048);
    Result<PrivateKey> tlsCaKey = PrivateKey::generateEcP256();
    Result<PrivateKey> serverKey = PrivateKey::generateEcP256();
    Result<PrivateKey> signerKey = PrivateKey::generateEcP256();
    for (const Result<PrivateKey> *key : {&scepKey, &tlsCaKey, &serverKey, &signerKey}) {
        if (!*key)
            return fail(key->error());
    }
    pki.scepCaKey = *scepKey;
    pki.tlsServerKey = *serverKey;
    pki.profileSignerKey = *signerKey;
    Result<Certificate> scepCa
        = CertificateBuilder()
              .setSubject({u"Espalier Test SCEP CA"_s, u"Espalier Test"_s, {}, u"DE"_s, {}})
              .setValidity(now.addDays(-1), now.addYears(5))
              .issueSelfSignedCa(*scepKey);
    Result<Certificate> tlsCa = CertificateBuilder()
                                    .setSubject({u"Espalier Test TLS CA"_s, u"Espalier Test"_s})
                                    .setValidity(now.addDays(-1), now.addYears(5))
                                    .issueSelfSignedCa(*tlsCaKey);
    if (!scepCa)
        return fail(scepCa.error());
    if (!tlsCa)
        return fail(tlsCa.error());
    SubjectAltNames names;
    names.dnsNames = {u"localhost"_s};
    names.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    Result<Certificate> server = CertificateBuilder()
                                     .setSubject({u"localhost"_s})
                                     .setSubjectAltNames(names)
                                     .setValidity(now.addDays(-1), now.addDays(300))
                                     .setKeyUsage(KeyUsage::DigitalSignature)
                                     .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth)
                                     .issue(serverKey->publicKey(), *tlsCa, *tlsCaKey);
    Result<Certificate> signer = CertificateBuilder()
                                     .setSubject(
                                         {u"Espalier Test Profile Signing"_s, u"Espalier Test"_s})
                                     .setValidity(now.addDays(-1), now.addDays(300))
                                     .setKeyUsage(KeyUsage::DigitalSignature)
                                     .issue(signerKey->publicKey(), *tlsCa, *tlsCaKey);
    if (!server)
        return fail(server.error());
    if (!signer)
        return fail(signer.error());
    pki.scepCa = *scepCa;
    pki.tlsCa = *tlsCa;
    pki.tlsServer = *server;
    pki.profileSigner = *signer;
    return pki;
}

FakeMdmServer::FakeMdmServer(const Pki &pki, QObject *parent)
    : QObject(parent)
    , m_pki(pki)
    , m_topic(u"com.apple.mgmt.External."_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

FakeMdmServer::~FakeMdmServer() = default;

Result<void> FakeMdmServer::start(const Options &options)
{
    m_options = options;
    m_server = std::make_unique<HttpServer>();
    m_server->addRoute(
        {"GET"},
        u"/enroll/"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            serveProfile(request, std::move(responder));
        },
        HttpRouter::Match::Prefix);
    m_server->addRoute(
        {"GET", "POST"}, u"/scep"_s, [this](const HttpRequest &request, HttpResponder responder) {
            serveScep(request, std::move(responder));
        });
    m_server->addRoute(
        {"PUT"},
        u"/mdm/checkin"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            serveDeviceMessage(request, std::move(responder), true);
        },
        HttpRouter::Match::Exact,
        options.maxBodyBytes);
    m_server->addRoute(
        {"PUT"},
        u"/mdm/connect"_s,
        [this](const HttpRequest &request, HttpResponder responder) {
            serveDeviceMessage(request, std::move(responder), false);
        },
        HttpRouter::Match::Exact,
        options.maxBodyBytes);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(m_pki.tlsServer.toDer(), QSsl::Der));
    Result<QByteArray> keyPem = m_pki.tlsServerKey.toPem();
    if (!keyPem)
        return fail(keyPem.error());
    tls.setPrivateKey(QSslKey(*keyPem, QSsl::Ec, QSsl::Pem));
    // Ask for the device's identity without requiring it (the Mdm-Signature carries it too).
    tls.setPeerVerifyMode(QSslSocket::QueryPeer);
    tls.setCaCertificates({QSslCertificate(m_pki.scepCa.toDer(), QSsl::Der)});
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, tls);
}

QUrl FakeMdmServer::url(const QString &path) const
{
    return QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path));
}

QUrl FakeMdmServer::enrollmentUrl(const QString &token) const
{
    return url(u"/enroll/"_s + token);
}

QSslConfiguration FakeMdmServer::clientTlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(m_pki.tlsCa.toDer(), QSsl::Der)});
    return tls;
}

QString FakeMdmServer::profileIdentifier()
{
    return u"com.example.espalier.enrollment"_s;
}

QByteArray FakeMdmServer::enrollmentProfile()
{
    const QString identityUuid = newUuid();
    QVariantMap identity = {{u"PayloadVersion"_s, 1},
                            {u"PayloadUUID"_s, identityUuid},
                            {u"PayloadDisplayName"_s, u"Device Identity"_s}};
    if (m_options.pkcs12Identity) {
        // A unique identity per profile, made here (EC keeps it quick).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        Result<Certificate> certificate
            = key ? CertificateBuilder()
                        .setSubject({u"PKCS12 Device"_s})
                        .setValidity(now.addSecs(-60), now.addYears(1))
                        .setKeyUsage(KeyUsage::DigitalSignature)
                        .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
                        .issue(key->publicKey(), m_pki.scepCa, m_pki.scepCaKey)
                  : Result<Certificate>(fail(key.error()));
        Result<QByteArray> p12 = certificate ? Pkcs12::create(
                                     *key, *certificate, {m_pki.scepCa}, u"secret"_s)
                                             : Result<QByteArray>(fail(certificate.error()));
        if (!p12)
            return {};
        m_issued.append(*certificate);
        identity.insert(u"PayloadType"_s, u"com.apple.security.pkcs12"_s);
        identity.insert(u"PayloadIdentifier"_s, QString(profileIdentifier() + u".pkcs12"_s));
        identity.insert(u"PayloadContent"_s, *p12);
        identity.insert(u"Password"_s, u"secret"_s);
    } else {
        const QString challenge = u"challenge-"_s + newUuid();
        m_challenges.insert(challenge);
        QVariantMap scep = {
            {u"URL"_s, url(u"/scep"_s).toString()},
            {u"Name"_s, u"EspalierTestCA"_s},
            {u"Subject"_s,
             // QVariant(...) around each inner list: clang reads QVariantList{aList} as a copy
             // of aList, g++ as a list holding it.
             QVariantList{QVariantList{QVariant(QVariantList{u"O"_s, u"Espalier Test"_s})},
                          QVariantList{QVariant(QVariantList{u"CN"_s, u"%HardwareUUID%"_s})}}},
            {u"Challenge"_s, challenge},
            {u"Keysize"_s, 2048},
            {u"Key Type"_s, u"RSA"_s},
            {u"Key Usage"_s, 5},
        };
        if (m_options.pinCaFingerprint || m_options.wrongCaFingerprint) {
            scep.insert(u"CAFingerprint"_s,
                        m_options.wrongCaFingerprint
                            ? Espalier::Digest::sha256("another CA")
                            : Espalier::Digest::sha256(m_pki.scepCa.toDer()));
        }
        identity.insert(u"PayloadType"_s, u"com.apple.security.scep"_s);
        identity.insert(u"PayloadIdentifier"_s, QString(profileIdentifier() + u".scep"_s));
        identity.insert(u"PayloadContent"_s, scep);
    }
    const QVariantMap mdm = {
        {u"PayloadType"_s, u"com.apple.mdm"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, QString(profileIdentifier() + u".mdm"_s)},
        {u"PayloadUUID"_s, newUuid()},
        {u"IdentityCertificateUUID"_s, identityUuid},
        {u"Topic"_s, m_topic},
        {u"ServerURL"_s, url(u"/mdm/connect"_s).toString()},
        {u"CheckInURL"_s, url(u"/mdm/checkin"_s).toString()},
        {u"SignMessage"_s, m_options.signMessage},
        {u"CheckOutWhenRemoved"_s, true},
        {u"AccessRights"_s, m_options.accessRights},
        {u"ServerCapabilities"_s, m_options.serverCapabilities},
    };
    const QVariantMap profile = {
        {u"PayloadType"_s, u"Configuration"_s},
        {u"PayloadVersion"_s, 1},
        {u"PayloadIdentifier"_s, profileIdentifier()},
        {u"PayloadUUID"_s, newUuid()},
        {u"PayloadDisplayName"_s, u"Espalier Test Enrollment"_s},
        {u"PayloadOrganization"_s, u"Espalier Test"_s},
        {u"PayloadContent"_s, QVariantList{identity, mdm}},
    };
    Result<QByteArray> xml = Plist::toXml(profile);
    if (!xml)
        return {};
    if (!m_options.signProfile)
        return *xml;
    Result<QByteArray> signedProfile = Cms::signAttached(
        *xml, m_pki.profileSigner, m_pki.profileSignerKey);
    return signedProfile ? *signedProfile : QByteArray();
}

void FakeMdmServer::serveProfile(const HttpRequest &, HttpResponder responder)
{
    HttpResponse response(200);
    response.setBody(enrollmentProfile(), "application/x-apple-aspen-config");
    responder.respond(std::move(response));
}

void FakeMdmServer::serveScep(const HttpRequest &request, HttpResponder responder)
{
    const QString operation = request.query().queryItemValue(u"operation"_s);
    const bool messageInQuery = request.query().hasQueryItem(u"message"_s);
    m_scepExchanges.append({request.method(), operation, messageInQuery});
    if (operation == u"GetCACaps"_s) {
        responder.respond(HttpResponse::text(m_options.scepCapabilities.join(u'\n')));
        return;
    }
    if (operation == u"GetCACert"_s) {
        HttpResponse response(200);
        response.setBody(m_pki.scepCa.toDer(), "application/x-x509-ca-cert");
        responder.respond(std::move(response));
        return;
    }
    if (operation == u"PKIOperation"_s) {
        const QByteArray message
            = request.method() == "POST"
                  ? request.body()
                  : QByteArray::fromBase64(
                      request.query().queryItemValue(u"message"_s, QUrl::FullyDecoded).toLatin1());
        const QByteArray certRep = pkiOperation(message);
        if (certRep.isEmpty()) {
            reject(responder, request.path(), 400, u"unreadable PKIOperation"_s);
            return;
        }
        HttpResponse response(200);
        response.setBody(certRep, "application/x-pki-message");
        responder.respond(std::move(response));
        return;
    }
    reject(responder, request.path(), 400, u"unknown SCEP operation"_s);
}

QByteArray FakeMdmServer::pkiOperation(const QByteArray &message)
{
    BioPtr in = readBio(message);
    CmsPtr request(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    Result<SimulatedScepMessage::Attributes> attributes = SimulatedScepMessage::readAttributes(
        request.get());
    if (!attributes || attributes->messageType != int(SimulatedScepMessage::MessageType::PkcsReq))
        return {};
    BioPtr content(BIO_new(BIO_s_mem()));
    if (CMS_verify(request.get(),
                   nullptr,
                   nullptr,
                   nullptr,
                   content.get(),
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY)
        != 1) {
        return {};
    }
    STACK_OF(X509) *signers = CMS_get0_signers(request.get());
    const QList<Certificate> signerCertificates = certificates(signers);
    sk_X509_free(signers);
    if (signerCertificates.size() != 1)
        return {};

    // Open the envelope with the CA key: only the CA can read the CSR and its challenge.
    const QByteArray envelopedBytes = bioContents(content.get());
    BioPtr envelopedIn = readBio(envelopedBytes);
    CmsPtr enveloped(d2i_CMS_bio(envelopedIn.get(), nullptr));
    EvpPkeyPtr caKey = evpKey(m_pki.scepCaKey);
    X509Ptr caCertificate = x509(m_pki.scepCa);
    BioPtr csrOut(BIO_new(BIO_s_mem()));
    if (!enveloped
        || CMS_decrypt(
               enveloped.get(), caKey.get(), caCertificate.get(), nullptr, csrOut.get(), CMS_BINARY)
               != 1) {
        return {};
    }
    Result<CertificateRequest> csr = CertificateRequest::fromDer(bioContents(csrOut.get()));
    if (!csr || !csr->verifySignature())
        return {};
    const bool granted = m_challenges.remove(csr->challengePassword());

    QByteArray replyContent;
    if (granted) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Result<Certificate> issued = CertificateBuilder()
                                         .setValidity(now.addSecs(-3600), now.addYears(1))
                                         .setKeyUsage(KeyUsage::DigitalSignature
                                                      | KeyUsage::KeyEncipherment)
                                         .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth)
                                         .issue(*csr, m_pki.scepCa, m_pki.scepCaKey);
        if (!issued)
            return {};
        m_issued.append(*issued);
        const QByteArray degenerate = degenerateSignedData(*issued);
        X509StackPtr recipient = x509Stack({signerCertificates.first()});
        BioPtr degenerateIn = readBio(degenerate);
        const EVP_CIPHER *cipher = m_options.scepCapabilities.contains(u"AES"_s)
                                       ? EVP_aes_256_cbc()
                                       : EVP_des_ede3_cbc();
        CmsPtr reply(CMS_encrypt(recipient.get(), degenerateIn.get(), cipher, CMS_BINARY));
        BioPtr replyOut(BIO_new(BIO_s_mem()));
        if (!reply || i2d_CMS_bio(replyOut.get(), reply.get()) != 1)
            return {};
        replyContent = bioContents(replyOut.get());
    }

    constexpr unsigned int flags = CMS_BINARY | CMS_NOSMIMECAP;
    CmsPtr certRep(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags | CMS_PARTIAL));
    CMS_SignerInfo *signerInfo = certRep ? CMS_add1_signer(certRep.get(),
                                                           caCertificate.get(),
                                                           caKey.get(),
                                                           EVP_sha256(),
                                                           flags)
                                         : nullptr;
    Result<QByteArray> nonce = Random::bytes(16);
    if (!signerInfo || !nonce
        || !addAttribute(
            signerInfo, SimulatedScepMessage::MessageTypeOid, V_ASN1_PRINTABLESTRING, "3")
        || !addAttribute(signerInfo,
                         SimulatedScepMessage::PkiStatusOid,
                         V_ASN1_PRINTABLESTRING,
                         granted ? "0" : "2")
        || (!granted
            && !addAttribute(
                signerInfo, SimulatedScepMessage::FailInfoOid, V_ASN1_PRINTABLESTRING, "2"))
        || !addAttribute(signerInfo,
                         SimulatedScepMessage::TransactionIdOid,
                         V_ASN1_PRINTABLESTRING,
                         attributes->transactionId.toLatin1())
        || !addAttribute(signerInfo,
                         SimulatedScepMessage::RecipientNonceOid,
                         V_ASN1_OCTET_STRING,
                         attributes->senderNonce)
        || !addAttribute(
            signerInfo, SimulatedScepMessage::SenderNonceOid, V_ASN1_OCTET_STRING, *nonce)) {
        return {};
    }
    BioPtr replyIn = readBio(replyContent);
    BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_final(certRep.get(), replyIn.get(), nullptr, flags) != 1
        || i2d_CMS_bio(out.get(), certRep.get()) != 1) {
        return {};
    }
    return bioContents(out.get());
}

Result<Certificate> FakeMdmServer::authenticateSender(const HttpRequest &request, bool &byHeader)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!request.peerCertificateChain().isEmpty())
        m_tlsClientCertificates.append(request.peerCertificateChain().first());
    const QByteArray header = request.header("Mdm-Signature");
    if (!header.isEmpty()) {
        byHeader = true;
        const QByteArray::FromBase64Result signature = QByteArray::fromBase64Encoding(
            header, QByteArray::AbortOnBase64DecodingErrors);
        if (!signature)
            return fail(Error::Code::InvalidInput, u"Mdm-Signature is not base64"_s);
        Cms::VerifyOptions options;
        options.detachedContent = request.body();
        options.trustedRoots = {m_pki.scepCa};
        options.at = now;
        options.purpose = Certificate::Purpose::TlsClient;
        Result<Cms::Verified> verified = Cms::verify(*signature, options);
        if (!verified)
            return fail(verified.error());
        return verified->signers.first();
    }
    if (m_options.signMessage)
        return fail(Error::Code::InvalidInput, u"no Mdm-Signature"_s);
    if (request.peerCertificateChain().isEmpty())
        return fail(Error::Code::InvalidInput, u"no client certificate"_s);
    Result<Certificate> certificate = Certificate::fromDer(
        request.peerCertificateChain().first().toDer());
    if (!certificate)
        return fail(certificate.error());
    if (Result<void> chained = certificate->verifyChain(
            {m_pki.scepCa}, now, {}, Certificate::Purpose::TlsClient);
        !chained) {
        return fail(chained.error());
    }
    return *certificate;
}

void FakeMdmServer::reject(HttpResponder &responder,
                           const QString &path,
                           int status,
                           const QString &reason)
{
    m_rejections.append({path, status, reason});
    Q_EMIT requestRejected(status, reason);
    responder.respond(HttpResponse::error(status));
}

void FakeMdmServer::serveDeviceMessage(const HttpRequest &request,
                                       HttpResponder responder,
                                       bool checkIn)
{
    const QString &path = request.path();
    const QByteArray contentType = request.header("Content-Type").split(';').first().trimmed();
    const QByteArray expected = checkIn ? "application/x-apple-aspen-mdm-checkin"
                                        : "application/x-apple-aspen-mdm";
    if (contentType != expected) {
        reject(responder, path, 400, u"wrong Content-Type"_s);
        return;
    }
    // Signature first, over the untouched body; only then is the body parsed.
    bool byHeader = false;
    Result<Certificate> signer = authenticateSender(request, byHeader);
    if (!signer) {
        reject(responder, path, 400, u"authentication: "_s + signer.error().toString());
        return;
    }
    Result<QVariant> parsed = Plist::parse(request.body());
    if (!parsed || parsed->typeId() != QMetaType::QVariantMap) {
        reject(responder, path, 400, u"not a property list"_s);
        return;
    }
    Message message;
    message.plist = parsed->toMap();
    message.body = request.body();
    message.signer = *signer;
    message.signedByHeader = byHeader;
    const QString udid = message.plist.value(u"UDID"_s).toString();
    if (udid.isEmpty()) {
        reject(responder, path, 400, u"no UDID"_s);
        return;
    }
    message.enrollmentId = udid;
    if (message.plist.contains(u"UserID"_s))
        message.enrollmentId += u':' + message.plist.value(u"UserID"_s).toString();

    // Certificate binding: the identity that authenticated a UDID speaks for it, and only it.
    const QByteArray binding = Espalier::Digest::sha256(signer->toDer());
    const QString messageType = message.plist.value(u"MessageType"_s).toString();
    if (checkIn && messageType == u"Authenticate"_s) {
        if (m_bindings.contains(binding) && m_bindings.value(binding) != udid) {
            reject(responder, path, 400, u"certificate bound to another device"_s);
            return;
        }
        m_bindings.insert(binding, udid);
    } else if (m_bindings.value(binding) != udid) {
        reject(responder, path, 400, u"certificate not bound to this device"_s);
        return;
    }

    if (checkIn) {
        if (messageType == u"Authenticate"_s) {
            m_queues.remove(udid);
            m_notNow.remove(udid);
        }
        m_checkIns.append(message);
        Q_EMIT checkInReceived(messageType);
        responder.respond(HttpResponse::ok());
        return;
    }
    m_reports.append(message);
    const QString status = message.plist.value(u"Status"_s).toString();
    Q_EMIT reportReceived(status);
    if (m_unauthorizedOnce) {
        m_unauthorizedOnce = false;
        responder.respond(HttpResponse::error(401));
        return;
    }
    const QString id = message.enrollmentId;
    if (status == u"Idle"_s)
        m_notNow.remove(id);
    const QString commandUuid = message.plist.value(u"CommandUUID"_s).toString();
    if (!commandUuid.isEmpty()) {
        if (status == u"NotNow"_s) {
            m_notNow[id].insert(commandUuid);
        } else {
            m_queues[id].removeIf(
                [&commandUuid](const Queued &queued) { return queued.uuid == commandUuid; });
        }
    }
    const QByteArray next = nextCommand(id);
    responder.respond(next.isEmpty() ? HttpResponse::ok() : HttpResponse::plist(next));
}

QByteArray FakeMdmServer::nextCommand(const QString &enrollmentId)
{
    const QSet<QString> skipped = m_notNow.value(enrollmentId);
    for (const Queued &queued : m_queues.value(enrollmentId)) {
        if (skipped.contains(queued.uuid))
            continue;
        Result<QByteArray> xml = Plist::toXml(
            QVariantMap{{u"CommandUUID"_s, queued.uuid}, {u"Command"_s, queued.command}});
        return xml ? *xml : QByteArray();
    }
    return {};
}

QString FakeMdmServer::queueCommand(const QString &enrollmentId, const QVariantMap &command)
{
    QString uuid = newUuid();
    m_queues[enrollmentId].append({uuid, command});
    return uuid;
}

qsizetype FakeMdmServer::pendingCommands(const QString &enrollmentId) const
{
    return m_queues.value(enrollmentId).size();
}

QList<FakeMdmServer::Message> FakeMdmServer::checkIns(const QString &messageType) const
{
    QList<Message> found;
    for (const Message &message : m_checkIns) {
        if (message.plist.value(u"MessageType"_s).toString() == messageType)
            found.append(message);
    }
    return found;
}

QVariantMap FakeMdmServer::report(const QString &commandUuid) const
{
    // The last answer wins: a NotNow'd command is answered again later.
    for (auto it = m_reports.crbegin(); it != m_reports.crend(); ++it) {
        if (it->plist.value(u"CommandUUID"_s).toString() == commandUuid)
            return it->plist;
    }
    return {};
}

} // namespace Espalier
