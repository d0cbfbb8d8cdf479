// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Cms.h"
#include "core/crypto/PrivateKey.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/pki/ScepService.h"
#include "core/store/Database.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/ScepTestClient.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ScepTestClient::Cipher)
Q_DECLARE_METATYPE(ScepTestClient::Digest)

namespace {

constexpr int Success = 0;
constexpr int Failure = 2;
constexpr int BadMessageCheck = 1;
constexpr int BadRequest = 2;

ScepService::Request post(const QByteArray &body)
{
    return {.method = "POST", .operation = u"PKIOperation"_s, .message = {}, .body = body};
}

} // namespace

class tst_ScepService : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<CertificateAuthority> ca = CertificateAuthority::generate(
            {.subject = {.commonName = u"Espalier Test CA"_s, .organization = u"Example Org"_s}},
            m_clock.now());
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        Result<CertificateAuthority> other = CertificateAuthority::generate(
            {.subject = {.commonName = u"Someone Else's CA"_s}}, m_clock.now());
        QVERIFY_RESULT(other);
        m_otherCa = *other;
        if (!OpenSslCli::program().isEmpty()) {
            m_cli = std::make_unique<OpenSslCli>(m_dir.path());
            m_cli->writeFile(u"ca.pem"_s, m_ca.certificate().toPem());
        }
    }

    void init()
    {
        m_clock.setNow(m_start);
        m_service.reset();
        m_links.reset();
        m_database.reset();
        // A fresh store per test function.
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_storeCount)));
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        m_links = std::make_unique<EnrollmentLinkService>(*m_database, m_clock);
        m_service = std::make_unique<ScepService>(m_ca, *m_links, m_clock);
    }

    void cleanup()
    {
        m_service.reset();
        m_links.reset();
        m_database.reset();
    }

    void getCaCapsListsCapabilities()
    {
        const ScepService::Response response = m_service->handle(
            {.method = "GET", .operation = u"GetCACaps"_s, .message = {}, .body = {}});
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.contentType.startsWith("text/plain"));
        const QList<QByteArray> lines = response.body.trimmed().split('\n');
        for (const char *capability :
             {"POSTPKIOperation", "SHA-256", "SHA-1", "AES", "DES3", "SCEPStandard"}) {
            QVERIFY2(lines.contains(capability), capability);
        }
        // Renewal is off unless asked for: it would mint identities without a challenge.
        QVERIFY(!lines.contains("Renewal"));
        ScepService::Options renewing;
        renewing.acceptRenewal = true;
        const ScepService withRenewal(m_ca, *m_links, m_clock, renewing);
        QVERIFY(withRenewal.capabilities().split('\n').contains("Renewal"));
        const ScepService::Response posted = m_service->handle(
            {.method = "POST", .operation = u"GetCACaps"_s, .message = {}, .body = {}});
        QCOMPARE(posted.httpStatus, 405);
    }

    void getCaCertReturnsDer()
    {
        const ScepService::Response response = m_service->handle(
            {.method = "GET", .operation = u"GetCACert"_s, .message = u"Example"_s, .body = {}});
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.contentType, QByteArray("application/x-x509-ca-cert"));
        QCOMPARE(response.body, m_ca.certificate().toDer());
    }

    void pkcsReqIssuesIdentity_data()
    {
        QTest::addColumn<ScepTestClient::Cipher>("cipher");
        QTest::addColumn<ScepTestClient::Digest>("digest");
        QTest::addColumn<bool>("indefiniteLength");
        QTest::addColumn<QString>("cipherName");
        QTest::addColumn<QString>("digestName");
        QTest::newRow("aes128-sha256")
            << ScepTestClient::Cipher::Aes128Cbc << ScepTestClient::Digest::Sha256 << false
            << u"AES-128-CBC"_s << u"SHA256"_s;
        QTest::newRow("aes256-sha256")
            << ScepTestClient::Cipher::Aes256Cbc << ScepTestClient::Digest::Sha256 << false
            << u"AES-256-CBC"_s << u"SHA256"_s;
        // What a device sends when it got no capabilities.
        QTest::newRow("des3-sha1")
            << ScepTestClient::Cipher::DesEde3Cbc << ScepTestClient::Digest::Sha1 << false
            << u"DES-EDE3-CBC"_s << u"SHA1"_s;
        QTest::newRow("des3-sha256-ber")
            << ScepTestClient::Cipher::DesEde3Cbc << ScepTestClient::Digest::Sha256 << true
            << u"DES-EDE3-CBC"_s << u"SHA256"_s;
    }

    void pkcsReqIssuesIdentity()
    {
        QFETCH(ScepTestClient::Cipher, cipher);
        QFETCH(ScepTestClient::Digest, digest);
        QFETCH(bool, indefiniteLength);
        QFETCH(QString, cipherName);
        QFETCH(QString, digestName);

        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        options.cipher = cipher;
        options.digest = digest;
        options.indefiniteLength = indefiniteLength;
        const QByteArray message = client.pkcsReq(m_ca.certificate(), options);
        QVERIFY2(!message.isEmpty(), qPrintable(client.lastError()));
        if (indefiniteLength) {
            // Outer ContentInfo SEQUENCE with the indefinite length form.
            QCOMPARE(message.left(2), QByteArray("\x30\x80", 2));
        }

        const ScepService::Response response = m_service->handle(post(message));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.contentType, QByteArray("application/x-pki-message"));
        QVERIFY2(response.pkiStatus == ScepMessage::PkiStatus::Success,
                 qPrintable(response.logDetail));
        QCOMPARE(response.enrollmentLinkId, redemption.link.id);
        QCOMPARE(response.transactionId, client.transactionId());

        const ScepTestClient::Reply reply = client.readReply(response.body);
        QVERIFY2(reply.signatureValid, qPrintable(reply.error));
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.signer, m_ca.certificate());
        QCOMPARE(reply.messageType, 3);
        QCOMPARE(reply.pkiStatus, Success);
        QCOMPARE(reply.failInfo, -1);
        QCOMPARE(reply.transactionId, client.transactionId());
        QCOMPARE(reply.recipientNonce, client.senderNonce());
        QCOMPARE(reply.senderNonce.size(), 16);
        QVERIFY(reply.senderNonce != client.senderNonce());
        QCOMPARE(reply.digest, digestName);
        QCOMPARE(reply.envelopeCipher, cipherName);
        QCOMPARE(reply.certificates.size(), 1);

        const Certificate issued = reply.certificates.constFirst();
        QCOMPARE(issued, response.issuedCertificate);
        QCOMPARE(issued.subject().commonName, u"Espalier Test Device"_s);
        QCOMPARE(issued.subject().organization, u"Example Org"_s);
        QCOMPARE(issued.publicKey(), client.signingCertificate().publicKey());
        QCOMPARE(issued.extendedKeyUsage(), ExtendedKeyUsages(ExtendedKeyUsage::ClientAuth));
        QCOMPARE(issued.keyUsage(), KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
        QVERIFY(!issued.isCa());
        QVERIFY_RESULT(issued.verifyChain(
            {m_ca.certificate()}, m_clock.now(), {}, Certificate::Purpose::TlsClient));

        // The challenge was used with the issue, and the use counted on the link.
        Result<std::optional<EnrollmentLink>> link = m_links->find(redemption.link.id);
        QVERIFY_RESULT(link);
        QCOMPARE((*link)->useCount, 1);
        QCOMPARE(response.enrollmentLinkId, redemption.link.id);
        QVERIFY(!response.reissued);
    }

    void resentPkcsReqGetsTheSameCertificate()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const QByteArray message = client.pkcsReq(m_ca.certificate(), options);
        QVERIFY2(!message.isEmpty(), qPrintable(client.lastError()));
        const ScepService::Response first = m_service->handle(post(message));
        QVERIFY(first.pkiStatus == ScepMessage::PkiStatus::Success);

        // The device never saw the answer and sends the very same request again.
        const ScepService::Response again = m_service->handle(post(message));
        QVERIFY(again.pkiStatus == ScepMessage::PkiStatus::Success);
        QVERIFY(again.reissued);
        QCOMPARE(again.issuedCertificate, first.issuedCertificate);
        const ScepTestClient::Reply reply = client.readReply(again.body);
        QVERIFY2(reply.signatureValid, qPrintable(reply.error));
        QCOMPARE(reply.certificates.constFirst(), first.issuedCertificate);
        Result<std::optional<EnrollmentLink>> link = m_links->find(redemption.link.id);
        QVERIFY_RESULT(link);
        QCOMPARE((*link)->useCount, 1);

        // A new request (new transaction, new key) with the used challenge is refused.
        ScepTestClient other;
        const ScepService::Response refused = m_service->handle(
            post(other.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(refused.pkiStatus == ScepMessage::PkiStatus::Failure);
    }

    void twoDownloadsOfOneLinkBothEnroll()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_links->create(
            {.createdBy = u"admin"_s, .label = {}, .expiresAt = {}, .maxUses = 2});
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> first = m_links->redeem(created->token);
        QVERIFY_RESULT(first);
        Result<EnrollmentLinkService::Redemption> second = m_links->redeem(created->token);
        QVERIFY_RESULT(second);
        for (const QString &challenge : {first->challenge, second->challenge}) {
            ScepTestClient client;
            ScepTestClient::Options options;
            options.challenge = challenge;
            const ScepService::Response response = m_service->handle(
                post(client.pkcsReq(m_ca.certificate(), options)));
            QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Success);
        }
    }

    void certRepAndIdentityVerifyWithOpenSslCli()
    {
        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const ScepService::Response response = m_service->handle(
            post(client.pkcsReq(m_ca.certificate(), options)));
        QVERIFY2(response.pkiStatus == ScepMessage::PkiStatus::Success,
                 qPrintable(response.logDetail));

        m_cli->writeFile(u"certrep.der"_s, response.body);
        const OpenSslCli::Output verified = m_cli->run({u"cms"_s,
                                                        u"-verify"_s,
                                                        u"-inform"_s,
                                                        u"DER"_s,
                                                        u"-in"_s,
                                                        u"certrep.der"_s,
                                                        u"-noverify"_s,
                                                        u"-binary"_s,
                                                        u"-out"_s,
                                                        u"envelope.der"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QVERIFY(verified.standardError.contains("Verification successful"));
        const OpenSslCli::Output printed = m_cli->run({u"cms"_s,
                                                       u"-cmsout"_s,
                                                       u"-print"_s,
                                                       u"-inform"_s,
                                                       u"DER"_s,
                                                       u"-in"_s,
                                                       u"envelope.der"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        QVERIFY(printed.standardOutput.contains("contentType: pkcs7-envelopedData"));

        const OpenSslCli::Output pkcs7 = m_cli->run({u"smime"_s,
                                                     u"-pk7out"_s,
                                                     u"-inform"_s,
                                                     u"DER"_s,
                                                     u"-in"_s,
                                                     u"certrep.der"_s,
                                                     u"-out"_s,
                                                     u"certrep.p7"_s});
        QVERIFY2(pkcs7.succeeded(), pkcs7.text().constData());

        m_cli->writeFile(u"identity.pem"_s, response.issuedCertificate.toPem());
        const OpenSslCli::Output chain = m_cli->run({u"verify"_s,
                                                     u"-purpose"_s,
                                                     u"sslclient"_s,
                                                     u"-CAfile"_s,
                                                     u"ca.pem"_s,
                                                     u"identity.pem"_s});
        QVERIFY2(chain.succeeded(), chain.text().constData());
        QVERIFY(chain.standardOutput.contains("identity.pem: OK"));

        // A failure reply verifies the same way.
        ScepTestClient other;
        options.challenge = u"not-a-challenge"_s;
        const ScepService::Response refused = m_service->handle(
            post(other.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(refused.pkiStatus == ScepMessage::PkiStatus::Failure);
        m_cli->writeFile(u"failure.der"_s, refused.body);
        const OpenSslCli::Output failureVerified = m_cli->run({u"cms"_s,
                                                               u"-verify"_s,
                                                               u"-inform"_s,
                                                               u"DER"_s,
                                                               u"-in"_s,
                                                               u"failure.der"_s,
                                                               u"-noverify"_s,
                                                               u"-binary"_s});
        QVERIFY2(failureVerified.succeeded(), failureVerified.text().constData());
    }

    void refusedChallengesFailWithBadRequest_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::newRow("wrong") << u"wrong"_s;
        QTest::newRow("missing") << u"missing"_s;
        QTest::newRow("used") << u"used"_s;
        QTest::newRow("revoked") << u"revoked"_s;
        QTest::newRow("expired") << u"expired"_s;
        QTest::newRow("used up") << u"used up"_s;
    }

    void refusedChallengesFailWithBadRequest()
    {
        QFETCH(QString, situation);
        Result<EnrollmentLinkService::CreatedLink> created = m_links->create(
            {.createdBy = u"admin"_s, .label = {}, .expiresAt = m_start.addDays(1), .maxUses = {}});
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_links->redeem(created->token);
        QVERIFY_RESULT(redemption);
        ScepTestClient::Options options;
        options.challenge = redemption->challenge;
        if (situation == u"wrong"_s) {
            options.challenge = u"0123456789abcdef"_s;
        } else if (situation == u"missing"_s) {
            options.challenge.clear();
        } else if (situation == u"used"_s) {
            ScepTestClient first;
            const ScepService::Response response = m_service->handle(
                post(first.pkcsReq(m_ca.certificate(), options)));
            QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Success);
        } else if (situation == u"revoked"_s) {
            QVERIFY_RESULT(m_links->revoke(created->link.id));
        } else if (situation == u"expired"_s) {
            m_clock.setNow(m_start.addDays(2));
        } else if (situation == u"used up"_s) {
            // The link's one use went to another download's challenge.
            Result<EnrollmentLinkService::CreatedLink> single = m_links->create(
                {.createdBy = u"admin"_s, .label = {}, .expiresAt = {}, .maxUses = 1});
            QVERIFY_RESULT(single);
            Result<EnrollmentLinkService::Redemption> mine = m_links->redeem(single->token);
            QVERIFY_RESULT(mine);
            Result<EnrollmentLinkService::Redemption> theirs = m_links->redeem(single->token);
            QVERIFY_RESULT(theirs);
            ScepTestClient::Options other = options;
            other.challenge = theirs->challenge;
            ScepTestClient first;
            QVERIFY(m_service->handle(post(first.pkcsReq(m_ca.certificate(), other))).pkiStatus
                    == ScepMessage::PkiStatus::Success);
            options.challenge = mine->challenge;
        }

        ScepTestClient client;
        const QByteArray message = client.pkcsReq(m_ca.certificate(), options);
        QVERIFY2(!message.isEmpty(), qPrintable(client.lastError()));
        const ScepService::Response response = m_service->handle(post(message));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.contentType, QByteArray("application/x-pki-message"));
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadRequest);
        QVERIFY(response.issuedCertificate.isNull());
        QVERIFY(response.enrollmentLinkId.isEmpty());

        const ScepTestClient::Reply reply = client.readReply(response.body);
        QVERIFY2(reply.signatureValid, qPrintable(reply.error));
        QCOMPARE(reply.messageType, 3);
        QCOMPARE(reply.pkiStatus, Failure);
        QCOMPARE(reply.failInfo, BadRequest);
        QCOMPARE(reply.transactionId, client.transactionId());
        QCOMPARE(reply.recipientNonce, client.senderNonce());
        QVERIFY(reply.certificates.isEmpty());
    }

    void tamperedSignatureFailsWithBadMessageCheck()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        options.tamperSignature = true;
        const ScepService::Response response = m_service->handle(
            post(client.pkcsReq(m_ca.certificate(), options)));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadMessageCheck);
        const ScepTestClient::Reply reply = client.readReply(response.body);
        QVERIFY2(reply.signatureValid, qPrintable(reply.error));
        QCOMPARE(reply.failInfo, BadMessageCheck);

        // The challenge was not spent on the forged message.
        options.tamperSignature = false;
        ScepTestClient honest;
        const ScepService::Response accepted = m_service->handle(
            post(honest.pkcsReq(m_ca.certificate(), options)));
        QVERIFY2(accepted.pkiStatus == ScepMessage::PkiStatus::Success,
                 qPrintable(accepted.logDetail));
    }

    void envelopeForAnotherCaFailsWithBadMessageCheck()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const ScepService::Response response = m_service->handle(
            post(client.pkcsReq(m_otherCa.certificate(), options)));
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadMessageCheck);
    }

    void weakKeyIsRefusedAndKeepsTheChallenge()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient weak(1024);
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const ScepService::Response response = m_service->handle(
            post(weak.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadRequest);
        QVERIFY2(response.logDetail.contains(u"2048"_s), qPrintable(response.logDetail));

        ScepTestClient strong;
        const ScepService::Response accepted = m_service->handle(
            post(strong.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(accepted.pkiStatus == ScepMessage::PkiStatus::Success);
    }

    void unsupportedMessageTypeFails()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        options.messageType = 20; // CertPoll
        const ScepService::Response response = m_service->handle(
            post(client.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadRequest);
    }

    void getWithBase64MessageKeepsPlusAndSlash_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("raw") << u"raw"_s;
        QTest::newRow("percent") << u"percent"_s;
        QTest::newRow("form") << u"form"_s;
    }

    void getWithBase64MessageKeepsPlusAndSlash()
    {
        QFETCH(QString, encoding);
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        // Some base64 of several kilobytes without '+' or '/' is possible, if unlikely.
        std::unique_ptr<ScepTestClient> client;
        QByteArray base64;
        for (int attempt = 0; attempt < 8; ++attempt) {
            client = std::make_unique<ScepTestClient>();
            base64 = client->pkcsReq(m_ca.certificate(), options).toBase64();
            if (base64.contains('+') && base64.contains('/'))
                break;
        }
        QVERIFY(base64.contains('+') && base64.contains('/'));

        // The request target as a device sends it, decoded the way the engine's router does
        // (QUrlQuery never turns '+' into a space).
        QByteArray value = base64;
        if (encoding == u"percent"_s)
            value = base64.toPercentEncoding();
        const QUrlQuery query(QString::fromLatin1("operation=PKIOperation&message=" + value));
        QString message = query.queryItemValue(u"message"_s, QUrl::FullyDecoded);
        if (encoding == u"form"_s)
            message.replace(u'+', u' '); // what a form decoder would have made of it
        else
            QCOMPARE(message.toLatin1(), base64);

        const ScepService::Response response = m_service->handle(
            {.method = "GET",
             .operation = query.queryItemValue(u"operation"_s),
             .message = message,
             .body = {}});
        QCOMPARE(response.httpStatus, 200);
        QVERIFY2(response.pkiStatus == ScepMessage::PkiStatus::Success,
                 qPrintable(response.logDetail));
        const ScepTestClient::Reply reply = client->readReply(response.body);
        QCOMPARE(reply.pkiStatus, Success);
        QCOMPARE(reply.certificates.size(), 1);
    }

    void renewalReqRefusedByDefault()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient device;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const ScepService::Response enrolled = m_service->handle(
            post(device.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(enrolled.pkiStatus == ScepMessage::PkiStatus::Success);
        ScepTestClient renewing;
        ScepTestClient::Options renewal;
        renewal.messageType = 17;
        const ScepService::Response refused = m_service->handle(post(renewing.renewalReq(
            m_ca.certificate(), enrolled.issuedCertificate, device.keyDer(), renewal)));
        QVERIFY(refused.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(refused.failInfo == ScepMessage::FailInfo::BadRequest);
        QVERIFY(refused.issuedCertificate.isNull());
    }

    void renewalReqSignedByCurrentIdentity()
    {
        ScepService::Options acceptingRenewal;
        acceptingRenewal.acceptRenewal = true;
        m_service = std::make_unique<ScepService>(m_ca, *m_links, m_clock, acceptingRenewal);
        // Enrol first.
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient device;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const ScepService::Response enrolled = m_service->handle(
            post(device.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(enrolled.pkiStatus == ScepMessage::PkiStatus::Success);
        const Certificate identity = enrolled.issuedCertificate;

        // Renew with a new key, signed by the identity; no challenge needed.
        m_clock.advance(qint64{300} * 24 * 3600 * 1000);
        ScepTestClient renewing;
        ScepTestClient::Options renewal;
        renewal.messageType = 17;
        const QByteArray message = renewing.renewalReq(
            m_ca.certificate(), identity, device.keyDer(), renewal);
        QVERIFY2(!message.isEmpty(), qPrintable(renewing.lastError()));
        const ScepService::Response renewed = m_service->handle(post(message));
        QVERIFY2(renewed.pkiStatus == ScepMessage::PkiStatus::Success,
                 qPrintable(renewed.logDetail));
        QCOMPARE(renewed.renewedCertificate, identity);
        QVERIFY(renewed.enrollmentLinkId.isEmpty());
        const ScepTestClient::Reply reply = renewing.readReply(renewed.body);
        QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
        QCOMPARE(reply.certificates.size(), 1);
        QCOMPARE(reply.certificates.constFirst(), renewed.issuedCertificate);
        QVERIFY(renewed.issuedCertificate.notAfter() > identity.notAfter());

        // Once the old identity has expired, it renews nothing.
        m_clock.advance(qint64{100} * 24 * 3600 * 1000);
        ScepTestClient late;
        const ScepService::Response refused = m_service->handle(
            post(late.renewalReq(m_ca.certificate(), identity, device.keyDer(), renewal)));
        QVERIFY(refused.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(refused.failInfo == ScepMessage::FailInfo::BadRequest);
    }

    void renewalReqWithSelfSignedSignerFails()
    {
        ScepService::Options acceptingRenewal;
        acceptingRenewal.acceptRenewal = true;
        m_service = std::make_unique<ScepService>(m_ca, *m_links, m_clock, acceptingRenewal);
        ScepTestClient client;
        ScepTestClient::Options options;
        options.messageType = 17;
        const ScepService::Response response = m_service->handle(
            post(client.pkcsReq(m_ca.certificate(), options)));
        QVERIFY(response.pkiStatus == ScepMessage::PkiStatus::Failure);
        QVERIFY(response.failInfo == ScepMessage::FailInfo::BadRequest);
    }

    void unreadableRequestsGetHttpErrors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");

        QTest::newRow("unknown operation")
            << QByteArray("GET") << u"GetEverything"_s << QString() << QByteArray() << 400;
        QTest::newRow("no operation")
            << QByteArray("GET") << QString() << QString() << QByteArray() << 400;
        QTest::newRow("text body")
            << QByteArray("POST") << u"PKIOperation"_s << QString() << QByteArray("hello") << 400;
        QTest::newRow("no message")
            << QByteArray("GET") << u"PKIOperation"_s << QString() << QByteArray() << 400;
        QTest::newRow("not base64")
            << QByteArray("GET") << u"PKIOperation"_s << u"!!!*"_s << QByteArray() << 400;
        QTest::newRow("asn1 garbage") << QByteArray("POST") << u"PKIOperation"_s << QString()
                                      << QByteArray("\x30\x82\xff\xff\x02\x01", 6) << 400;
        QTest::newRow("put") << QByteArray("PUT") << u"PKIOperation"_s << QString() << QByteArray()
                             << 405;
        QTest::newRow("too large") << QByteArray("POST") << u"PKIOperation"_s << QString()
                                   << QByteArray(ScepService::MaxMessageSize + 1, '\x30') << 413;
    }

    void unreadableRequestsGetHttpErrors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, operation);
        QFETCH(QString, message);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const ScepService::Response response = m_service->handle(
            {.method = method, .operation = operation, .message = message, .body = body});
        QCOMPARE(response.httpStatus, status);
        QVERIFY(response.contentType.startsWith("text/plain"));
        QVERIFY(!response.pkiStatus);
    }

    void truncatedAndMutatedMessagesNeverCrash()
    {
        const EnrollmentLinkService::Redemption redemption = redeemNewLink();
        ScepTestClient client;
        ScepTestClient::Options options;
        options.challenge = redemption.challenge;
        const QByteArray message = client.pkcsReq(m_ca.certificate(), options);
        QVERIFY(!message.isEmpty());
        // Truncations are answered with an HTTP error or a signed FAILURE; single-byte changes
        // (some land where no signature covers them) with a CertRep or an HTTP error. Nothing
        // crashes.
        for (qsizetype length = 1; length < message.size(); length += 97) {
            const ScepService::Response response = m_service->handle(post(message.left(length)));
            QVERIFY(response.httpStatus == 400
                    || response.pkiStatus == ScepMessage::PkiStatus::Failure);
        }
        for (qsizetype position = 0; position < message.size(); position += 53) {
            QByteArray mutated = message;
            mutated[position] = static_cast<char>(mutated.at(position) ^ 0x5a);
            const ScepService::Response response = m_service->handle(post(mutated));
            QVERIFY(response.httpStatus == 400 || response.httpStatus == 200);
            QCOMPARE(response.pkiStatus.has_value(), response.httpStatus == 200);
        }
    }

    void signedDataWithoutScepAttributesIs400()
    {
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        QVERIFY_RESULT(key);
        Result<Certificate> certificate = CertificateBuilder()
                                              .setSubject({.commonName = u"not scep"_s})
                                              .setValidity(m_start, m_start.addDays(1))
                                              .issueSelfSignedCa(*key);
        QVERIFY_RESULT(certificate);
        Result<QByteArray> signedData = Cms::signAttached("payload", *certificate, *key);
        QVERIFY_RESULT(signedData);
        const ScepService::Response response = m_service->handle(post(*signedData));
        QCOMPARE(response.httpStatus, 400);
    }

private:
    EnrollmentLinkService::Redemption redeemNewLink()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_links->create(
            {.createdBy = u"admin"_s, .label = u"test"_s, .expiresAt = {}, .maxUses = 1});
        if (!created)
            qFatal("create link: %s", qPrintable(created.error().toString()));
        Result<EnrollmentLinkService::Redemption> redemption = m_links->redeem(created->token);
        if (!redemption)
            qFatal("redeem link: %s", qPrintable(redemption.error().toString()));
        return *redemption;
    }

    const QDateTime m_start = QDateTime::currentDateTimeUtc();
    ManualClock m_clock{m_start};
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    int m_storeCount = 0;
    CertificateAuthority m_ca;
    CertificateAuthority m_otherCa;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrollmentLinkService> m_links;
    std::unique_ptr<ScepService> m_service;
};

QTEST_GUILESS_MAIN(tst_ScepService)
#include "tst_ScepService.moc"
