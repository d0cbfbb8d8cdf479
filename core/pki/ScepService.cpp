// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/ScepService.h"

#include "core/common/Clock.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Digest.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/pki/PkiLogging.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr char PkiMessageType[] = "application/x-pki-message";
constexpr char CaCertificateType[] = "application/x-x509-ca-cert";
constexpr char TextType[] = "text/plain; charset=utf-8";

QString failInfoName(ScepMessage::FailInfo failInfo)
{
    switch (failInfo) {
    case ScepMessage::FailInfo::BadAlg:
        return u"badAlg"_s;
    case ScepMessage::FailInfo::BadMessageCheck:
        return u"badMessageCheck"_s;
    case ScepMessage::FailInfo::BadRequest:
        return u"badRequest"_s;
    case ScepMessage::FailInfo::BadTime:
        return u"badTime"_s;
    case ScepMessage::FailInfo::BadCertId:
        return u"badCertId"_s;
    }
    return {};
}

bool isSubjectFieldClean(const QString &field)
{
    for (QChar c : field) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

} // namespace

ScepService::ScepService(CertificateAuthority authority,
                         EnrollmentLinkService &links,
                         const Clock &clock,
                         Options options)
    : m_authority(std::move(authority))
    , m_links(links)
    , m_clock(clock)
    , m_options(options)
{}

ScepService::ScepService(CertificateAuthority authority,
                         EnrollmentLinkService &links,
                         const Clock &clock)
    : ScepService(std::move(authority), links, clock, Options())
{}

QByteArray ScepService::capabilities() const
{
    // POSTPKIOperation makes devices POST the binary message; SHA-256 and AES make them use
    // those (older clients fall back to SHA-1 and 3DES, which are still accepted). Renewal only
    // when RenewalReq is accepted.
    QByteArray capabilities("POSTPKIOperation\nSHA-256\nSHA-1\nAES\nDES3\nSCEPStandard\n");
    if (m_options.acceptRenewal)
        capabilities += "Renewal\n";
    return capabilities;
}

QByteArray ScepService::decodeMessageParameter(QStringView message)
{
    if (message.isEmpty() || message.size() > MaxMessageParameterLength)
        return {};
    QByteArray text;
    text.reserve(message.size());
    for (QChar c : message) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return {};
        if (u == u'\r' || u == u'\n' || u == u'\t')
            continue;
        // Base64 has no spaces: a space is a '+' that went through a form decoder.
        text.append(u == u' ' ? '+' : static_cast<char>(u));
    }
    // Nor has it '%': an escape the router left in place.
    if (text.contains('%'))
        text = QByteArray::fromPercentEncoding(text);
    for (const QByteArray::Base64Option encoding :
         {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            text, encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return std::move(decoded.decoded);
    }
    return {};
}

ScepService::Response ScepService::handle(const Request &request)
{
    const QString &operation = request.operation;
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    if (operation == u"GetCACaps"_s) {
        if (!isGet)
            return httpError(405, u"GetCACaps with %1"_s.arg(QString::fromLatin1(request.method)));
        Response response;
        response.contentType = TextType;
        response.body = capabilities();
        return response;
    }
    if (operation == u"GetCACert"_s) {
        if (!isGet)
            return httpError(405, u"GetCACert with %1"_s.arg(QString::fromLatin1(request.method)));
        // One CA and no RA: the DER certificate itself. (`message` names the CA; there is one.)
        Response response;
        response.contentType = CaCertificateType;
        response.body = m_authority.certificate().toDer();
        return response;
    }
    if (operation == u"PKIOperation"_s) {
        if (isPost && !request.body.isEmpty()) {
            if (request.body.size() > MaxMessageSize)
                return httpError(413, u"PKIOperation body of %1 bytes"_s.arg(request.body.size()));
            return pkiOperation(request.body);
        }
        if (!isGet && !isPost) {
            return httpError(405,
                             u"PKIOperation with %1"_s.arg(QString::fromLatin1(request.method)));
        }
        if (request.message.size() > MaxMessageParameterLength)
            return httpError(
                413, u"PKIOperation message of %1 characters"_s.arg(request.message.size()));
        const QByteArray message = decodeMessageParameter(request.message);
        if (message.isEmpty())
            return httpError(400, u"PKIOperation without a readable base64 message"_s);
        if (message.size() > MaxMessageSize)
            return httpError(413, u"PKIOperation message of %1 bytes"_s.arg(message.size()));
        return pkiOperation(message);
    }
    return httpError(400, u"unknown SCEP operation of %1 characters"_s.arg(operation.size()));
}

ScepService::Response ScepService::pkiOperation(const QByteArray &message)
{
    Result<ScepMessage::Request> parsed = ScepMessage::parse(message);
    if (!parsed)
        return httpError(400, parsed.error().detail);
    const ScepMessage::Request &request = *parsed;
    if (!request.signatureValid)
        return failure(request, ScepMessage::FailInfo::BadMessageCheck, request.signatureError);
    const auto type = static_cast<ScepMessage::MessageType>(request.messageType);
    if (type != ScepMessage::MessageType::PkcsReq && type != ScepMessage::MessageType::RenewalReq) {
        return failure(request,
                       ScepMessage::FailInfo::BadRequest,
                       u"unsupported messageType %1"_s.arg(request.messageType));
    }
    Result<ScepMessage::Decrypted> decrypted = ScepMessage::decrypt(
        request.envelope, m_authority.certificate(), m_authority.key());
    if (!decrypted) {
        const ScepMessage::FailInfo failInfo = decrypted.error().code == Error::Code::Unsupported
                                                   ? ScepMessage::FailInfo::BadAlg
                                                   : ScepMessage::FailInfo::BadMessageCheck;
        return failure(request, failInfo, decrypted.error().toString());
    }
    Result<CertificateRequest> csr = CertificateRequest::fromDer(decrypted->content);
    if (!csr) {
        return failure(request,
                       ScepMessage::FailInfo::BadRequest,
                       u"unreadable certificate request: "_s + csr.error().detail);
    }
    if (!csr->verifySignature()) {
        return failure(request,
                       ScepMessage::FailInfo::BadMessageCheck,
                       u"the certificate request's self-signature is wrong"_s);
    }
    if (Result<void> checked = checkRequest(*csr); !checked)
        return failure(request, ScepMessage::FailInfo::BadRequest, checked.error().toString());
    if (type == ScepMessage::MessageType::RenewalReq) {
        if (!m_options.acceptRenewal)
            return failure(request,
                           ScepMessage::FailInfo::BadRequest,
                           u"RenewalReq is not accepted; renew with a fresh enrollment profile"_s);
        return renewalReq(request, *decrypted, *csr);
    }
    return pkcsReq(request, *decrypted, *csr);
}

Result<void> ScepService::checkRequest(const CertificateRequest &csr) const
{
    const PublicKey key = csr.publicKey();
    // Devices encrypt to and decrypt with this key too (profile Key Usage 5), so RSA only.
    if (key.algorithm() != KeyAlgorithm::Rsa || key.bits() < m_options.minimumKeyBits) {
        return fail(
            Error::Code::InvalidInput,
            tr("The device's key must be RSA with at least %1 bits.").arg(m_options.minimumKeyBits),
            u"%1 bits"_s.arg(key.bits()));
    }
    const DistinguishedName subject = csr.subject();
    if (subject.commonName.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The certificate request has no common name."),
                    csr.subjectText());
    }
    // X.520's upper bound for each of these attributes.
    constexpr qsizetype MaxFieldLength = 64;
    for (const QString &field :
         {subject.commonName, subject.organization, subject.organizationalUnit, subject.userId}) {
        if (field.size() > MaxFieldLength || !isSubjectFieldClean(field)) {
            return fail(Error::Code::InvalidInput,
                        tr("The certificate request's subject is malformed."),
                        csr.subjectText());
        }
    }
    return {};
}

ScepService::Response ScepService::pkcsReq(const ScepMessage::Request &request,
                                           const ScepMessage::Decrypted &decrypted,
                                           const CertificateRequest &csr)
{
    // RFC 8894 §2.3: without an existing certificate the requester signs with a self-signed
    // one for the key it asks a certificate for.
    if (!request.signer.isSelfSigned() || !(request.signer.publicKey() == csr.publicKey())) {
        return failure(request,
                       ScepMessage::FailInfo::BadRequest,
                       u"PKCSReq not signed by a self-signed certificate for the requested key"_s);
    }
    const QString challenge = csr.challengePassword();
    if (challenge.isEmpty())
        return failure(request, ScepMessage::FailInfo::BadRequest, u"no challengePassword"_s);

    // The challenge is marked used in the same transaction that issues, so a failure to issue
    // leaves it usable; a resend of this same request gets the same certificate.
    std::optional<Error> issueError;
    EnrollmentLinkService::ChallengeRequest presented;
    presented.transactionId = request.transactionId;
    presented.requestKeySha256 = QString::fromLatin1(
        Digest::sha256(csr.publicKey().toDer()).toHex());
    Result<EnrollmentLinkService::ChallengeUse> used = m_links.useChallenge(
        challenge, presented, [&](const EnrollmentLink &) -> Result<Certificate> {
            Result<Certificate> certificate = m_authority.issueDeviceIdentity(
                csr, m_clock.now(), m_options.identityValidityDays);
            if (!certificate)
                issueError = certificate.error();
            return certificate;
        });
    if (!used) {
        if (issueError) {
            if (issueError->code == Error::Code::InvalidInput) {
                return failure(request, ScepMessage::FailInfo::BadRequest, issueError->toString());
            }
            return httpError(500, u"issuing failed: "_s + issueError->toString());
        }
        switch (used.error().code) {
        case Error::Code::NotFound:
        case Error::Code::Conflict:
        case Error::Code::InvalidInput:
            return failure(request,
                           ScepMessage::FailInfo::BadRequest,
                           u"challenge refused: "_s + used.error().toString());
        default:
            return httpError(500, u"challenge check failed: "_s + used.error().toString());
        }
    }
    const Certificate &issued = used->certificate;
    Response response = success(request,
                                decrypted,
                                issued,
                                u"%1 %2 (serial %3) through enrollment link %4"_s.arg(
                                    used->repeated ? u"issued again"_s : u"issued"_s,
                                    issued.subjectText(),
                                    issued.serialNumber(),
                                    used->link.id));
    if (response.pkiStatus == ScepMessage::PkiStatus::Success) {
        response.enrollmentLinkId = used->link.id;
        response.reissued = used->repeated;
    }
    return response;
}

ScepService::Response ScepService::renewalReq(const ScepMessage::Request &request,
                                              const ScepMessage::Decrypted &decrypted,
                                              const CertificateRequest &csr)
{
    const QDateTime now = m_clock.now();
    // The signer must be an identity of ours that is valid now.
    if (request.signer.isSelfSigned()
        || !request.signer.verifyChain(
            {m_authority.certificate()}, now, {}, Certificate::Purpose::TlsClient)) {
        return failure(request,
                       ScepMessage::FailInfo::BadRequest,
                       u"RenewalReq not signed by a current identity from this CA: "_s
                           + request.signer.subjectText());
    }
    Result<Certificate> issued = m_authority.issueDeviceIdentity(
        csr, now, m_options.identityValidityDays);
    if (!issued) {
        if (issued.error().code == Error::Code::InvalidInput) {
            return failure(request, ScepMessage::FailInfo::BadRequest, issued.error().toString());
        }
        return httpError(500, u"issuing failed: "_s + issued.error().toString());
    }
    Response response = success(
        request,
        decrypted,
        *issued,
        u"renewed %1 (serial %2 replaces %3)"_s.arg(
            issued->subjectText(), issued->serialNumber(), request.signer.serialNumber()));
    if (response.pkiStatus == ScepMessage::PkiStatus::Success)
        response.renewedCertificate = request.signer;
    return response;
}

ScepService::Response ScepService::success(const ScepMessage::Request &request,
                                           const ScepMessage::Decrypted &decrypted,
                                           const Certificate &issued,
                                           const QString &logDetail)
{
    ScepMessage::Reply answer;
    answer.status = ScepMessage::PkiStatus::Success;
    answer.issued = {issued};
    answer.recipient = request.signer;
    answer.cipher = decrypted.cipher;
    Response response = reply(request, answer, logDetail);
    if (response.pkiStatus == ScepMessage::PkiStatus::Success)
        response.issuedCertificate = issued;
    return response;
}

ScepService::Response ScepService::failure(const ScepMessage::Request &request,
                                           ScepMessage::FailInfo failInfo,
                                           const QString &logDetail)
{
    ScepMessage::Reply answer;
    answer.status = ScepMessage::PkiStatus::Failure;
    answer.failInfo = failInfo;
    return reply(request, answer, u"%1: %2"_s.arg(failInfoName(failInfo), logDetail));
}

ScepService::Response ScepService::reply(const ScepMessage::Request &request,
                                         ScepMessage::Reply reply,
                                         const QString &logDetail)
{
    reply.transactionId = request.transactionId;
    reply.recipientNonce = request.senderNonce;
    // Answer in the digest the client signed with: a client that only knows SHA-1 could not
    // check a SHA-256 reply.
    reply.digest = request.digest;
    Result<QByteArray> body = ScepMessage::certRep(
        reply, m_authority.certificate(), m_authority.key());
    if (!body)
        return httpError(500, u"CertRep could not be built: "_s + body.error().toString());
    Response response;
    response.contentType = PkiMessageType;
    response.body = *body;
    response.pkiStatus = reply.status;
    response.failInfo = reply.failInfo;
    response.transactionId = request.transactionId;
    response.logDetail = logDetail;
    if (reply.status == ScepMessage::PkiStatus::Success) {
        qCInfo(lcPki).noquote() << "SCEP transaction" << request.transactionId << logDetail;
    } else {
        qCWarning(lcPki).noquote()
            << "SCEP transaction" << request.transactionId << "refused," << logDetail;
    }
    return response;
}

ScepService::Response ScepService::httpError(int status, const QString &logDetail)
{
    Response response;
    response.httpStatus = status;
    response.contentType = TextType;
    switch (status) {
    case 405:
        response.body = QByteArrayLiteral("Method Not Allowed\n");
        break;
    case 413:
        response.body = QByteArrayLiteral("Payload Too Large\n");
        break;
    case 500:
        response.body = QByteArrayLiteral("Internal Server Error\n");
        break;
    default:
        response.body = QByteArrayLiteral("Bad Request\n");
        break;
    }
    response.logDetail = logDetail;
    qCWarning(lcPki).noquote() << "SCEP request answered" << status << ':' << logDetail;
    return response;
}

} // namespace Espalier
