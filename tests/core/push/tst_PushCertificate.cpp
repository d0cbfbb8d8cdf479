// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "core/push/PushCertificate.h"
#include "core/push/PushCertificateRequest.h"
#include "core/push/VendorSigning.h"
#include "tests/core/push/PushCertificateTestPki.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

#include <optional>

using namespace Espalier;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Espalier::PushCertificate::ExpiryWarning)

namespace {

const QDateTime s_now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

} // namespace

class tst_PushCertificate : public QObject
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
        m_topic = PushCertificateTestPki::newTopic();
        Result<Certificate> push = m_pki->issuePush(
            m_request.csr(), m_topic, s_now.addDays(-1), s_now.addDays(364));
        QVERIFY_RESULT(push);
        m_push = *push;
    }

    void generatesKeyAndRequest()
    {
        QCOMPARE(m_request.key().algorithm(), KeyAlgorithm::Rsa);
        QCOMPARE(m_request.key().bits(), 2048);
        QVERIFY(m_request.csr().verifySignature());
        QVERIFY(m_request.csr().publicKey() == m_request.key().publicKey());
        QCOMPARE(m_request.csr().subject().commonName, u"Espalier MDM push certificate"_s);

        // DER and PEM both read back as the same request.
        Result<CertificateRequest> fromDer = CertificateRequest::fromDer(m_request.csrDer());
        QVERIFY_RESULT(fromDer);
        QVERIFY(m_request.csrPem().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        Result<CertificateRequest> fromPem = CertificateRequest::fromPem(m_request.csrPem());
        QVERIFY_RESULT(fromPem);
        QCOMPARE(fromPem->toDer(), m_request.csrDer());
        QVERIFY(fromDer->publicKey() == m_request.key().publicKey());

        // Every request gets its own key.
        Result<PushCertificateRequest> other = PushCertificateRequest::generate(
            PushCertificateRequest::defaultSubject(u"Example Shop"_s));
        QVERIFY_RESULT(other);
        QVERIFY(!(other->key().publicKey() == m_request.key().publicKey()));
        QCOMPARE(other->csr().subject().organization, u"Example Shop"_s);

        QVERIFY_RESULT(PushCertificateRequest::fromParts(m_request.key(), m_request.csr()));
        QVERIFY_FAILS_WITH(PushCertificateRequest::fromParts(other->key(), m_request.csr()),
                           Error::Code::InvalidInput);
        QCOMPARE(PushCertificateRequest::keyRef(u"abc"_s), u"push/request/abc/key"_s);
        QCOMPARE(PushCertificateRequest::encryptionKeyRef(u"abc"_s),
                 u"push/request/abc/encryption-key"_s);
    }

    void readsThePortalsFile_data()
    {
        QTest::addColumn<QByteArray>("file");
        const QByteArray pem = m_push.toPem();
        QTest::newRow("pem") << pem;
        QTest::newRow("der") << m_push.toDer();
        QTest::newRow("pem with BOM and CR LF")
            << QByteArray("\xEF\xBB\xBF\r\n" + QByteArray(pem).replace("\n", "\r\n"));
        // Someone saved the push CA with it, in front.
        QTest::newRow("pem with another certificate first") << m_pki->pushCa.toPem() + pem;
    }

    void readsThePortalsFile()
    {
        QFETCH(QByteArray, file);
        Result<PushCertificate> push = PushCertificate::fromFile(file);
        QVERIFY_RESULT(push);
        QCOMPARE(push->topic(), m_topic);
        QCOMPARE(push->certificate(), m_push);
        QVERIFY(push->certificate().subject().commonName.startsWith(u"APSP:"_s));
        QVERIFY_RESULT(push->checkValidity(s_now));
    }

    void explainsOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray(" \n") << u"empty"_s;
        QTest::newRow("garbage") << QByteArray("hello, this is not it\n") << u"MDM_"_s;
        QTest::newRow("binary garbage") << QByteArray("\x30\x82\x01\x00\xff\xfe", 6) << u"MDM_"_s;
        QTest::newRow("csr pem") << m_request.csrPem() << u"certificate request"_s;
        QTest::newRow("csr der") << m_request.csrDer() << u"certificate request"_s;
        Result<QByteArray> key = m_request.key().toPem();
        QVERIFY(key.has_value());
        QTest::newRow("private key") << *key << u"private key"_s;
        Result<VendorSigning::Signed> signedRequest = VendorSigning::sign(
            m_request.csr(), m_pki->vendor, {m_pki->root}, s_now);
        QVERIFY(signedRequest.has_value());
        QTest::newRow("signed request") << signedRequest->uploadFile << u"signed request"_s;
        QTest::newRow("vendor certificate")
            << m_pki->vendor.certificate.toPem() << u"not an MDM push certificate"_s;
        QByteArray truncated = m_push.toPem();
        truncated.remove(100, 200);
        QTest::newRow("damaged pem") << truncated << u"damaged"_s;
    }

    void explainsOtherFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        Result<PushCertificate> push = PushCertificate::fromFile(file);
        QVERIFY_FAILS_WITH(push, Error::Code::InvalidInput);
        QVERIFY2(push.error().message.contains(expected), qPrintable(push.error().message));
    }

    void checksValidity()
    {
        Result<PushCertificate> push = PushCertificate::fromCertificate(m_push);
        QVERIFY_RESULT(push);
        QVERIFY_RESULT(push->checkValidity(s_now));

        const Result<void> expired = push->checkValidity(s_now.addDays(400));
        QVERIFY_FAILS_WITH(expired, Error::Code::InvalidInput);
        QVERIFY2(expired.error().message.contains(u"expired on 2027-02-28"_s),
                 qPrintable(expired.error().message));
        QVERIFY(expired.error().message.contains(m_topic));
        QVERIFY(expired.error().message.contains(u"Renew"_s));

        const Result<void> early = push->checkValidity(s_now.addDays(-2));
        QVERIFY_FAILS_WITH(early, Error::Code::InvalidInput);
        QVERIFY2(early.error().message.contains(u"date and time"_s),
                 qPrintable(early.error().message));
    }

    void warnsBeforeExpiry_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<PushCertificate::ExpiryWarning>("warning");
        QTest::addColumn<qint64>("daysLeft");
        constexpr qint64 day = 24 * 60 * 60;
        using W = PushCertificate::ExpiryWarning;
        QTest::newRow("a year") << 365 * day << W::None << qint64(365);
        QTest::newRow("61 days") << 61 * day << W::None << qint64(61);
        QTest::newRow("60 days and a second") << 60 * day + 1 << W::None << qint64(60);
        QTest::newRow("60 days") << 60 * day << W::Days60 << qint64(60);
        QTest::newRow("31 days") << 31 * day << W::Days60 << qint64(31);
        QTest::newRow("30 days") << 30 * day << W::Days30 << qint64(30);
        QTest::newRow("11 days") << 11 * day << W::Days30 << qint64(11);
        QTest::newRow("10 days") << 10 * day << W::Days10 << qint64(10);
        QTest::newRow("2 days") << 2 * day << W::Days10 << qint64(2);
        QTest::newRow("1 day") << day << W::Days1 << qint64(1);
        QTest::newRow("1 hour") << qint64(3600) << W::Days1 << qint64(0);
        QTest::newRow("now") << qint64(0) << W::Expired << qint64(0);
        QTest::newRow("half a day ago") << -day / 2 << W::Expired << qint64(-1);
        QTest::newRow("3 days ago") << -3 * day << W::Expired << qint64(-3);
    }

    void warnsBeforeExpiry()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(PushCertificate::ExpiryWarning, warning);
        QFETCH(qint64, daysLeft);
        const QDateTime notAfter = m_push.notAfter();
        const QDateTime now = notAfter.addSecs(-secondsLeft);
        QCOMPARE(PushCertificate::expiryWarning(notAfter, now), warning);
        QCOMPARE(PushCertificate::daysLeft(notAfter, now), daysLeft);
        Result<PushCertificate> push = PushCertificate::fromCertificate(m_push);
        QVERIFY_RESULT(push);
        QCOMPARE(push->expiryWarning(now), warning);

        const QString text = PushCertificate::expiryText(notAfter, now);
        QCOMPARE(text.isEmpty(), warning == PushCertificate::ExpiryWarning::None);
        if (warning == PushCertificate::ExpiryWarning::Expired)
            QVERIFY2(text.contains(u"expired"_s), qPrintable(text));
        else if (warning != PushCertificate::ExpiryWarning::None && daysLeft >= 1)
            QVERIFY2(text.contains(u"in %1 day"_s.arg(daysLeft)), qPrintable(text));
    }

private:
    std::optional<PushCertificateTestPki> m_pki;
    PushCertificateRequest m_request;
    QString m_topic;
    Certificate m_push;
};

QTEST_GUILESS_MAIN(tst_PushCertificate)
#include "tst_PushCertificate.moc"
