// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ScepClient.h"

#include "core/crypto/PublicKey.h"

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool hasCapability(const QStringList &capabilities, const QString &name)
{
    return capabilities.contains(name, Qt::CaseInsensitive);
}

QString failInfoName(int failInfo)
{
    switch (failInfo) {
    case 0:
        return u"badAlg"_s;
    case 1:
        return u"badMessageCheck"_s;
    case 2:
        return u"badRequest"_s;
    case 3:
        return u"badTime"_s;
    case 4:
        return u"badCertId"_s;
    default:
        return QString::number(failInfo);
    }
}

} // namespace

ScepClient::ScepClient(SimulatedHttpClient &http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{}

void ScepClient::enroll(Request request, Callback done)
{
    Q_ASSERT(!m_done);
    m_request = std::move(request);
    m_outcome = Outcome();
    m_selfSigned = Certificate();
    m_senderNonce.clear();
    m_done = std::move(done);
    fetchCapabilities();
}

QUrl ScepClient::operationUrl(const QString &operation, const QByteArray &message) const
{
    QUrl url = m_request.url;
    QString query = url.query(QUrl::FullyEncoded);
    if (!query.isEmpty())
        query += u'&';
    query += u"operation="_s + operation;
    // Base64 carries '+', '/' and '=': escape them, as iOS does (macOS has been seen not to).
    if (!message.isEmpty())
        query += u"&message="_s
                 + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(message)));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

void ScepClient::get(const QString &operation,
                     const QByteArray &message,
                     std::function<void(const SimulatedHttpClient::Reply &)> next)
{
    SimulatedHttpClient::Request request;
    request.url = operationUrl(operation, message);
    request.headers.set("User-Agent", "profiled/1.0");
    request.headers.set("Accept", "*/*");
    m_http.send(
        std::move(request),
        [this, operation, next = std::move(next)](const Result<SimulatedHttpClient::Reply> &reply) {
            Q_EMIT requestFinished(
                operation, reply ? reply->latencyNs : 0, reply ? reply->status : 0);
            if (!reply) {
                finish(fail(reply.error()));
                return;
            }
            next(*reply);
        });
}

void ScepClient::fetchCapabilities()
{
    get(u"GetCACaps"_s,
        m_request.caIdentifier.toUtf8(),
        [this](const SimulatedHttpClient::Reply &reply) {
            // No capabilities (any failure) means the RFC's defaults: GET, SHA-1 and 3DES.
            if (reply.status == 200) {
                for (const QByteArray &line : reply.body.split('\n')) {
                    const QString capability = QString::fromUtf8(line).trimmed();
                    if (!capability.isEmpty())
                        m_outcome.capabilities.append(capability);
                }
            }
            const QStringList &caps = m_outcome.capabilities;
            const bool standard = hasCapability(caps, u"SCEPStandard"_s);
            m_outcome.usedPost = standard || hasCapability(caps, u"POSTPKIOperation"_s);
            m_outcome.cipher = standard || hasCapability(caps, u"AES"_s)
                                   ? SimulatedScepMessage::Cipher::Aes256Cbc
                                   : SimulatedScepMessage::Cipher::TripleDesCbc;
            m_outcome.digest = standard || hasCapability(caps, u"SHA-256"_s)
                                       || hasCapability(caps, u"SHA-512"_s)
                                   ? SimulatedOpenSsl::DigestAlgorithm::Sha256
                                   : SimulatedOpenSsl::DigestAlgorithm::Sha1;
            fetchCaCertificates();
        });
}

void ScepClient::fetchCaCertificates()
{
    get(u"GetCACert"_s,
        m_request.caIdentifier.toUtf8(),
        [this](const SimulatedHttpClient::Reply &reply) {
            if (reply.status != 200) {
                finish(fail(Error::Code::Network,
                            tr("The SCEP server did not hand out its CA certificate."),
                            u"GetCACert answered %1"_s.arg(reply.status)));
                return;
            }
            Result<QList<Certificate>> certificates = SimulatedScepMessage::parseCaCertificates(
                reply.body);
            if (!certificates) {
                finish(fail(certificates.error()));
                return;
            }
            if (!m_request.caFingerprint.isEmpty()) {
                bool pinned = false;
                for (const Certificate &certificate : std::as_const(*certificates)) {
                    pinned = pinned
                             || SimulatedOpenSsl::fingerprintLike(certificate.toDer(),
                                                                  m_request.caFingerprint.size())
                                    == m_request.caFingerprint;
                }
                if (!pinned) {
                    finish(fail(Error::Code::Tls,
                                tr("The SCEP server's CA certificate does not match the "
                                   "profile's CAFingerprint.")));
                    return;
                }
            }
            m_outcome.caCertificates = *certificates;
            sendPkiOperation();
        });
}

void ScepClient::sendPkiOperation()
{
    Result<QByteArray> csr = SimulatedScepMessage::createCsr(
        m_request.csr, m_request.key, m_outcome.digest);
    if (!csr) {
        finish(fail(csr.error()));
        return;
    }
    SimulatedOpenSsl::Name signerName = m_request.csr.subject;
    if (signerName.isEmpty())
        signerName = {{{u"CN"_s, u"SCEP Requester"_s}}};
    Result<Certificate> selfSigned = SimulatedOpenSsl::selfSignedCertificate(
        m_request.key, signerName, m_outcome.digest);
    if (!selfSigned) {
        finish(fail(selfSigned.error()));
        return;
    }
    m_selfSigned = *selfSigned;
    Result<SimulatedScepMessage::PkcsReq> pkcsReq = SimulatedScepMessage::createPkcsReq(
        *csr,
        m_request.key,
        m_selfSigned,
        SimulatedScepMessage::encryptionRecipient(m_outcome.caCertificates),
        m_outcome.cipher,
        m_outcome.digest);
    if (!pkcsReq) {
        finish(fail(pkcsReq.error()));
        return;
    }
    m_outcome.pkiMessage = pkcsReq->der;
    m_outcome.transactionId = pkcsReq->transactionId;
    m_senderNonce = pkcsReq->senderNonce;

    const auto readReply = [this](const SimulatedHttpClient::Reply &reply) { readCertRep(reply); };
    if (!m_outcome.usedPost) {
        get(u"PKIOperation"_s, pkcsReq->der.toBase64(), readReply);
        return;
    }
    SimulatedHttpClient::Request request;
    request.method = "POST";
    request.url = operationUrl(u"PKIOperation"_s, {});
    request.headers.set("User-Agent", "profiled/1.0");
    request.headers.set("Content-Type", "application/x-pki-message");
    request.body = pkcsReq->der;
    m_http.send(std::move(request),
                [this, readReply](const Result<SimulatedHttpClient::Reply> &reply) {
                    Q_EMIT requestFinished(
                        u"PKIOperation"_s, reply ? reply->latencyNs : 0, reply ? reply->status : 0);
                    if (!reply) {
                        finish(fail(reply.error()));
                        return;
                    }
                    readReply(*reply);
                });
}

void ScepClient::readCertRep(const SimulatedHttpClient::Reply &reply)
{
    if (reply.status != 200) {
        finish(fail(Error::Code::Network,
                    tr("The SCEP server refused the certificate request."),
                    u"PKIOperation answered %1"_s.arg(reply.status)));
        return;
    }
    Result<SimulatedScepMessage::CertRep> certRep = SimulatedScepMessage::parseCertRep(
        reply.body, m_outcome.caCertificates, m_request.key, m_selfSigned);
    if (!certRep) {
        finish(fail(certRep.error()));
        return;
    }
    const SimulatedScepMessage::Attributes &attributes = certRep->attributes;
    if (attributes.transactionId != m_outcome.transactionId) {
        finish(
            fail(Error::Code::InvalidInput, tr("The SCEP answer belongs to another transaction.")));
        return;
    }
    if (attributes.recipientNonce != m_senderNonce) {
        finish(fail(Error::Code::InvalidInput,
                    tr("The SCEP answer does not echo this request's nonce.")));
        return;
    }
    if (attributes.pkiStatus == int(SimulatedScepMessage::PkiStatus::Pending)) {
        finish(fail(Error::Code::Unsupported,
                    tr("The SCEP server left the request pending; the simulator does not poll.")));
        return;
    }
    if (attributes.pkiStatus != int(SimulatedScepMessage::PkiStatus::Success)) {
        finish(fail(Error::Code::Conflict,
                    tr("The SCEP server refused the certificate request."),
                    u"failInfo %1"_s.arg(failInfoName(attributes.failInfo.value_or(-1)))));
        return;
    }
    const PublicKey publicKey = m_request.key.publicKey();
    for (const Certificate &certificate : std::as_const(certRep->certificates)) {
        if (certificate.publicKey() == publicKey) {
            m_outcome.certificate = certificate;
            finish(m_outcome);
            return;
        }
    }
    finish(fail(Error::Code::InvalidInput,
                tr("The SCEP answer does not contain a certificate for this device's key.")));
}

void ScepClient::finish(const Result<Outcome> &result)
{
    Callback done = std::move(m_done);
    m_done = nullptr;
    m_request.key = PrivateKey();
    if (done)
        done(result);
}

} // namespace Espalier
