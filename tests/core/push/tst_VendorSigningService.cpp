// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Cms.h"
#include "core/push/PushCertificateRequest.h"
#include "core/push/VendorSigning.h"
#include "core/push/VendorSigningService.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/core/push/PushCertificateTestPki.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

// Hex text wrapped at 64 characters, as the services send it by mail.
QByteArray wrappedHex(const QByteArray &der, bool upper = false)
{
    QByteArray hex = der.toHex();
    if (upper)
        hex = hex.toUpper();
    QByteArray text;
    for (qsizetype i = 0; i < hex.size(); i += 64)
        text += hex.mid(i, 64) + '\n';
    return text;
}

} // namespace

class tst_VendorSigningService : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        Result<PushCertificateTestPki> pki = PushCertificateTestPki::create(s_now);
        QVERIFY_RESULT(pki);
        m_pki = *pki;
        Result<PushCertificateRequest> request = PushCertificateRequest::generate();
        QVERIFY_RESULT(request);
        m_request = *request;
        Result<VendorSigningService::EncryptionIdentity> identity
            = VendorSigningService::createEncryptionIdentity(s_now);
        QVERIFY_RESULT(identity);
        m_identity = *identity;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (!OpenSslCli::program().isEmpty())
            m_cli = std::make_unique<OpenSslCli>(m_dir->path());
    }

    void makesAnEncryptionCertificate()
    {
        const Certificate &certificate = m_identity.certificate;
        QVERIFY(m_identity.key.matches(certificate));
        QCOMPARE(m_identity.key.algorithm(), KeyAlgorithm::Rsa);
        QVERIFY(certificate.isSelfSigned());
        QVERIFY(!certificate.isCa());
        QVERIFY(certificate.keyUsage().testFlag(KeyUsage::KeyEncipherment));
        QVERIFY(certificate.notBefore() < s_now);
        QCOMPARE(certificate.notAfter(),
                 s_now.addDays(VendorSigningService::EncryptionValidityDays));

        const VendorSigningService::Submission submission = VendorSigningService::submission(
            m_request.csr(), certificate);
        QVERIFY(submission.csrPem.startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        QVERIFY(submission.encryptionCertificatePem.startsWith("-----BEGIN CERTIFICATE-----"));
    }

    // The test is the service: it reads what we hand it, signs with its vendor identity and
    // encrypts the signed request to our certificate.
    void readsTheServicesReply_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("hex, wrapped") << 0;
        QTest::newRow("hex, upper case, CR LF") << 1;
        QTest::newRow("raw DER") << 2;
        QTest::newRow("PEM") << 3;
        QTest::newRow("base64") << 4;
    }

    void readsTheServicesReply()
    {
        QFETCH(int, form);
        const auto [upload, envelope] = serviceReply(m_request);
        QVERIFY(!upload.isEmpty());
        QByteArray reply;
        switch (form) {
        case 0:
            reply = wrappedHex(envelope);
            break;
        case 1:
            reply = "\r\n" + wrappedHex(envelope, true).replace("\n", "\r\n") + "\r\n";
            break;
        case 2:
            reply = envelope;
            break;
        case 3:
            reply = "-----BEGIN CMS-----\n" + envelope.toBase64() + "\n-----END CMS-----\n";
            break;
        case 4:
            reply = envelope.toBase64();
            break;
        }
        Result<QByteArray> read = VendorSigningService::readReply(
            reply, m_identity, m_request.csr());
        QVERIFY_RESULT(read);
        QCOMPARE(*read, upload);
        Result<VendorSigning::SignedRequest> signedRequest = VendorSigning::read(*read);
        QVERIFY_RESULT(signedRequest);
        QCOMPARE(signedRequest->csrDer, m_request.csrDer());
        QCOMPARE(signedRequest->chain.constFirst(), m_pki->vendor.certificate);
    }

    void readsARepliesEncryptedByTheOpensslTool()
    {
        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        const auto [upload, envelope] = serviceReply(m_request);
        Q_UNUSED(envelope);
        m_cli->writeFile(u"ours.pem"_s, m_identity.certificate.toPem());
        m_cli->writeFile(u"request.b64"_s, upload);
        const OpenSslCli::Output encrypted = m_cli->run({u"cms"_s,
                                                         u"-encrypt"_s,
                                                         u"-binary"_s,
                                                         u"-des3"_s,
                                                         u"-in"_s,
                                                         u"request.b64"_s,
                                                         u"-outform"_s,
                                                         u"DER"_s,
                                                         u"-out"_s,
                                                         u"reply.der"_s,
                                                         u"ours.pem"_s});
        QVERIFY2(encrypted.succeeded(), encrypted.text().constData());
        const QByteArray reply = wrappedHex(m_cli->readFile(u"reply.der"_s));
        Result<QByteArray> read = VendorSigningService::readReply(
            reply, m_identity, m_request.csr());
        QVERIFY_RESULT(read);
        QCOMPARE(*read, upload);
    }

    void refusesRepliesThatDoNotBelong()
    {
        const auto [upload, envelope] = serviceReply(m_request);
        Q_UNUSED(envelope);

        // Encrypted to another request's certificate.
        Result<VendorSigningService::EncryptionIdentity> stranger
            = VendorSigningService::createEncryptionIdentity(s_now);
        QVERIFY_RESULT(stranger);
        Result<QByteArray> elsewhere = Cms::encrypt(upload, {stranger->certificate});
        QVERIFY_RESULT(elsewhere);
        const Result<QByteArray> notOurs = VendorSigningService::readReply(
            wrappedHex(*elsewhere), m_identity, m_request.csr());
        QVERIFY_FAILS_WITH(notOurs, Error::Code::Crypto);
        QVERIFY2(notOurs.error().message.contains(u"not encrypted to this request"_s),
                 qPrintable(notOurs.error().message));

        // Signed for another CSR.
        Result<PushCertificateRequest> other = PushCertificateRequest::generate();
        QVERIFY_RESULT(other);
        const auto [otherUpload, otherEnvelope] = serviceReply(*other);
        Q_UNUSED(otherUpload);
        const Result<QByteArray> otherCsr = VendorSigningService::readReply(
            wrappedHex(otherEnvelope), m_identity, m_request.csr());
        QVERIFY_FAILS_WITH(otherCsr, Error::Code::InvalidInput);
        QVERIFY2(otherCsr.error().message.contains(u"different certificate request"_s),
                 qPrintable(otherCsr.error().message));

        // Decrypts, but holds something else.
        Result<QByteArray> hello = Cms::encrypt(QByteArray("hello"), {m_identity.certificate});
        QVERIFY_RESULT(hello);
        const Result<QByteArray> noRequest = VendorSigningService::readReply(
            wrappedHex(*hello), m_identity, m_request.csr());
        QVERIFY_FAILS_WITH(noRequest, Error::Code::InvalidInput);
        QVERIFY2(noRequest.error().message.contains(u"no usable signed request"_s),
                 qPrintable(noRequest.error().message));

        // Not a reply at all.
        for (const QByteArray &garbage : {QByteArray("Thanks for your request!\n"),
                                          QByteArray("abc"),
                                          QByteArray("00ff00ff"),
                                          QByteArray("\x30\x03\x02\x01\x01", 5),
                                          QByteArray(),
                                          wrappedHex(upload)}) {
            const Result<QByteArray> refused = VendorSigningService::readReply(
                garbage, m_identity, m_request.csr());
            QVERIFY_FAILS_WITH(refused, Error::Code::InvalidInput);
            QVERIFY2(refused.error().message.contains(u"not the reply"_s)
                         || refused.error().message.contains(u"empty"_s),
                     qPrintable(refused.error().message));
        }
        // A damaged one: a byte flipped in the middle of the ciphertext.
        const auto [goodUpload, goodEnvelope] = serviceReply(m_request);
        Q_UNUSED(goodUpload);
        QByteArray damaged = goodEnvelope;
        damaged[damaged.size() - 20] = static_cast<char>(damaged.at(damaged.size() - 20) ^ 0x55);
        QVERIFY(!VendorSigningService::readReply(wrappedHex(damaged), m_identity, m_request.csr()));
    }

private:
    // What the service does with our submission: the signed request (the upload file) and the
    // EnvelopedData it sends back.
    std::pair<QByteArray, QByteArray> serviceReply(const PushCertificateRequest &request)
    {
        const VendorSigningService::Submission submission = VendorSigningService::submission(
            request.csr(), m_identity.certificate);
        Result<CertificateRequest> csr = CertificateRequest::fromPem(submission.csrPem);
        Result<Certificate> recipient = Certificate::fromPem(submission.encryptionCertificatePem);
        if (!csr || !recipient)
            return {};
        Result<VendorSigning::Signed> made = VendorSigning::sign(
            *csr, m_pki->vendor, {m_pki->root}, s_now);
        if (!made)
            return {};
        Result<QByteArray> envelope = Cms::encrypt(made->uploadFile, {*recipient});
        if (!envelope)
            return {};
        return {made->uploadFile, *envelope};
    }

    std::optional<PushCertificateTestPki> m_pki;
    PushCertificateRequest m_request;
    VendorSigningService::EncryptionIdentity m_identity;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
};

QTEST_GUILESS_MAIN(tst_VendorSigningService)
#include "tst_VendorSigningService.moc"
