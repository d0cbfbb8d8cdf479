// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_CertificateRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        Result<PrivateKey> key = PrivateKey::generateRsa();
        QVERIFY_RESULT(key);
        m_key = *key;
    }

    void createdRequestPassesOpenSslVerify()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(m_parameters, m_key);
        QVERIFY_RESULT(request);
        QVERIFY(request->toPem().startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
        m_cli->writeFile(u"ours.csr"_s, request->toPem());

        const OpenSslCli::Output verified = m_cli->run(
            {u"req"_s, u"-in"_s, u"ours.csr"_s, u"-verify"_s, u"-noout"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QVERIFY2(verified.text().contains("verify OK"), verified.text().constData());
        QVERIFY(!verified.text().contains("verify failure"));

        const OpenSslCli::Output text = m_cli->run({u"req"_s,
                                                    u"-in"_s,
                                                    u"ours.csr"_s,
                                                    u"-noout"_s,
                                                    u"-text"_s,
                                                    u"-nameopt"_s,
                                                    u"RFC2253"_s});
        QVERIFY2(text.succeeded(), text.text().constData());
        const QByteArray out = text.standardOutput;
        QVERIFY2(out.contains("challengePassword"), out.constData());
        QVERIFY2(out.contains("7f3c9a1e-one-time"), out.constData());
        QVERIFY2(out.contains("UID=00008120-001A2B3C4D5E6F70,CN=Espalier Device,O=Example Org"),
                 out.constData());
        QVERIFY2(out.contains("DNS:device.example.com"), out.constData());
        QVERIFY2(out.contains("IP Address:10.0.0.7"), out.constData());
        QVERIFY2(out.contains("Digital Signature, Key Encipherment"), out.constData());
        QVERIFY2(out.contains("TLS Web Client Authentication"), out.constData());
        QVERIFY2(out.contains("sha256WithRSAEncryption"), out.constData());
    }

    void readsBackWhatItWrote()
    {
        const Result<CertificateRequest> created = CertificateRequest::create(m_parameters, m_key);
        QVERIFY_RESULT(created);
        for (const bool der : {false, true}) {
            const Result<CertificateRequest> request
                = der ? CertificateRequest::fromDer(created->toDer())
                      : CertificateRequest::fromPem(created->toPem());
            QVERIFY_RESULT(request);
            QCOMPARE(request->subject(), m_parameters.subject);
            QCOMPARE(request->challengePassword(), m_parameters.challengePassword);
            QCOMPARE(request->requestedSubjectAltNames(), m_parameters.subjectAltNames);
            QCOMPARE(request->requestedKeyUsage(), m_parameters.keyUsage);
            QCOMPARE(request->requestedExtendedKeyUsage(), m_parameters.extendedKeyUsage);
            QCOMPARE(request->publicKey(), m_key.publicKey());
            QVERIFY(request->verifySignature());
            QCOMPARE(request->toDer(), created->toDer());
        }
    }

    void leavesOutWhatWasNotAsked()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"APSP push request"_s}}, m_key);
        QVERIFY_RESULT(request);
        QVERIFY(request->challengePassword().isEmpty());
        QVERIFY(request->requestedSubjectAltNames().isEmpty());
        QVERIFY(!request->requestedKeyUsage());
        m_cli->writeFile(u"plain.csr"_s, request->toPem());
        const OpenSslCli::Output text = m_cli->run(
            {u"req"_s, u"-in"_s, u"plain.csr"_s, u"-noout"_s, u"-text"_s});
        QVERIFY2(text.succeeded(), text.text().constData());
        QVERIFY(!text.standardOutput.contains("challengePassword"));
        QVERIFY(!text.standardOutput.contains("X509v3"));
        QVERIFY2(text.standardOutput.simplified().contains("Attributes: (none)"),
                 text.standardOutput.constData());
    }

    void readsARequestMadeByOpenSsl()
    {
        m_cli->writeFile(u"device.key"_s, m_key.toPem().value_or(QByteArray()));
        m_cli->writeFile(
            u"device.cnf"_s,
            "[req]\n"
            "distinguished_name = dn\n"
            "attributes = attrs\n"
            "req_extensions = ext\n"
            "prompt = no\n"
            "[dn]\n"
            "O = Example Org\n"
            "CN = iPhone\n"
            "UID = 00008030-000A1B2C3D4E5F60\n"
            "[attrs]\n"
            "challengePassword = 2b8d4f60-scep-challenge\n"
            "[ext]\n"
            "subjectAltName = DNS:phone.example.com,IP:10.1.2.3,email:user@example.com\n"
            "keyUsage = critical,digitalSignature,keyEncipherment\n"
            "extendedKeyUsage = clientAuth\n");
        const OpenSslCli::Output made = m_cli->run({u"req"_s,
                                                    u"-new"_s,
                                                    u"-config"_s,
                                                    u"device.cnf"_s,
                                                    u"-key"_s,
                                                    u"device.key"_s,
                                                    u"-out"_s,
                                                    u"device.csr"_s});
        QVERIFY2(made.succeeded(), made.text().constData());

        const Result<CertificateRequest> request = CertificateRequest::fromPem(
            m_cli->readFile(u"device.csr"_s));
        QVERIFY_RESULT(request);
        QVERIFY(request->verifySignature());
        QCOMPARE(request->subject().commonName, u"iPhone"_s);
        QCOMPARE(request->subject().organization, u"Example Org"_s);
        QCOMPARE(request->subject().userId, u"00008030-000A1B2C3D4E5F60"_s);
        QCOMPARE(request->subjectText(),
                 u"UID=00008030-000A1B2C3D4E5F60,CN=iPhone,O=Example Org"_s);
        QCOMPARE(request->challengePassword(), u"2b8d4f60-scep-challenge"_s);
        const SubjectAltNames names = request->requestedSubjectAltNames();
        QCOMPARE(names.dnsNames, QStringList{u"phone.example.com"_s});
        QCOMPARE(names.ipAddresses, QList<QHostAddress>{QHostAddress(u"10.1.2.3"_s)});
        QCOMPARE(names.emailAddresses, QStringList{u"user@example.com"_s});
        QCOMPARE(request->requestedKeyUsage(),
                 KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
        QCOMPARE(request->requestedExtendedKeyUsage(),
                 ExtendedKeyUsages(ExtendedKeyUsage::ClientAuth));
        QCOMPARE(request->publicKey(), m_key.publicKey());
    }

    void detectsATamperedRequest()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(m_parameters, m_key);
        QVERIFY_RESULT(request);
        QByteArray der = request->toDer();
        const qsizetype at = der.indexOf("Espalier Device");
        QVERIFY(at > 0);
        der[at] = 'e';
        const Result<CertificateRequest> tampered = CertificateRequest::fromDer(der);
        QVERIFY_RESULT(tampered);
        QVERIFY(!tampered->verifySignature());
        m_cli->writeFile(u"tampered.csr"_s, tampered->toPem());
        // `openssl req -verify` exits with 0 either way; its words tell.
        const OpenSslCli::Output verified = m_cli->run(
            {u"req"_s, u"-in"_s, u"tampered.csr"_s, u"-verify"_s, u"-noout"_s});
        QVERIFY2(verified.text().contains("verify failure"), verified.text().constData());
    }

    void refusesInvalidParameters_data()
    {
        QTest::addColumn<CertificateRequest::Parameters>("parameters");
        QTest::newRow("no subject") << CertificateRequest::Parameters();
        QTest::newRow("challenge over 255") << CertificateRequest::Parameters{
            .subject = {.commonName = u"x"_s}, .challengePassword = QString(256, u'c')};
        QTest::newRow("bad country")
            << CertificateRequest::Parameters{.subject = {.commonName = u"x"_s, .country = u"D"_s}};
        QTest::newRow("bad dns") << CertificateRequest::Parameters{
            .subject = {.commonName = u"x"_s}, .subjectAltNames = {.dnsNames = {u"a b"_s}}};
    }

    void refusesInvalidParameters()
    {
        QFETCH(CertificateRequest::Parameters, parameters);
        QVERIFY_FAILS_WITH(CertificateRequest::create(parameters, m_key),
                           Error::Code::InvalidInput);
    }

    void refusesToSignWithoutAKey()
    {
        QVERIFY_FAILS_WITH(CertificateRequest::create(m_parameters, PrivateKey()),
                           Error::Code::InvalidInput);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("CSR please");
        QTest::newRow("armour with junk") << QByteArray(
            "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n");
        QTest::newRow("der header only") << QByteArray("\x30\x80", 2);
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_FAILS_WITH(CertificateRequest::fromPem(bytes), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(CertificateRequest::fromDer(bytes), Error::Code::InvalidInput);
    }

    void damagedDerNeverCrashes()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(m_parameters, m_key);
        QVERIFY_RESULT(request);
        const QByteArray der = request->toDer();
        for (qsizetype length = 0; length < der.size(); ++length)
            QVERIFY(!CertificateRequest::fromDer(der.first(length)));
        QVERIFY_FAILS_WITH(CertificateRequest::fromDer(QByteArray(der + QByteArray(1, '\0'))),
                           Error::Code::InvalidInput);
        for (qsizetype i = 0; i < der.size(); ++i) {
            QByteArray flipped = der;
            flipped[i] = static_cast<char>(flipped.at(i) ^ 0x5a);
            const Result<CertificateRequest> parsed = CertificateRequest::fromDer(flipped);
            if (!parsed)
                continue;
            QVERIFY(!parsed->verifySignature() || parsed->toDer() == der);
            Q_UNUSED(parsed->challengePassword());
            Q_UNUSED(parsed->requestedSubjectAltNames());
            Q_UNUSED(parsed->requestedKeyUsage());
            Q_UNUSED(parsed->subjectText());
        }
    }

private:
    const CertificateRequest::Parameters m_parameters{
        .subject = {.commonName = u"Espalier Device"_s,
                    .organization = u"Example Org"_s,
                    .userId = u"00008120-001A2B3C4D5E6F70"_s},
        .challengePassword = u"7f3c9a1e-one-time"_s,
        .subjectAltNames = {.dnsNames = {u"device.example.com"_s},
                            .ipAddresses = {QHostAddress(u"10.0.0.7"_s)}},
        .keyUsage = KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment,
        .extendedKeyUsage = ExtendedKeyUsage::ClientAuth};
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    PrivateKey m_key;
};

QTEST_GUILESS_MAIN(tst_CertificateRequest)
#include "tst_CertificateRequest.moc"
