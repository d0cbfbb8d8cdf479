// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ServerIdentity.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_CertificateAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!OpenSslCli::program().isEmpty())
            m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        Result<CertificateAuthority> ca = CertificateAuthority::generate(
            {.subject = {.commonName = u"Espalier CA"_s,
                         .organization = u"Example Org"_s,
                         .country = u"DE"_s},
             .keyBits = 3072,
             .validityDays = 3650},
            m_now);
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        if (m_cli)
            m_cli->writeFile(u"ca.pem"_s, m_ca.certificate().toPem());
    }

    void generatesSelfSignedRsaCa()
    {
        const Certificate &certificate = m_ca.certificate();
        QVERIFY(certificate.isCa());
        QVERIFY(certificate.isSelfSigned());
        QCOMPARE(certificate.subject().commonName, u"Espalier CA"_s);
        QCOMPARE(certificate.publicKey().algorithm(), KeyAlgorithm::Rsa);
        QCOMPARE(certificate.publicKey().bits(), 3072);
        QVERIFY(m_ca.key().matches(certificate));
        QVERIFY(certificate.keyUsage().testFlag(KeyUsage::KeyCertSign));
        // It signs SCEP replies and opens SCEP requests itself.
        QVERIFY(certificate.keyUsage().testFlag(KeyUsage::DigitalSignature));
        QVERIFY(certificate.keyUsage().testFlag(KeyUsage::KeyEncipherment));
        QCOMPARE(certificate.notBefore(), m_now.addSecs(-CertificateAuthority::BackdateSeconds));
        QCOMPARE(certificate.notBefore().daysTo(certificate.notAfter()), 3650);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<int>("bits");
        QTest::addColumn<int>("days");
        QTest::newRow("no name") << QString() << 2048 << 3650;
        QTest::newRow("1024 bits") << u"CA"_s << 1024 << 3650;
        QTest::newRow("no days") << u"CA"_s << 2048 << 0;
        QTest::newRow("a century") << u"CA"_s << 2048 << 36500;
    }

    void refusesBadOptions()
    {
        QFETCH(QString, commonName);
        QFETCH(int, bits);
        QFETCH(int, days);
        QVERIFY_FAILS_WITH(
            CertificateAuthority::generate(
                {.subject = {.commonName = commonName}, .keyBits = bits, .validityDays = days},
                m_now),
            Error::Code::InvalidInput);
    }

    void fromPartsChecksTheParts()
    {
        QVERIFY_RESULT(CertificateAuthority::fromParts(m_ca.certificate(), m_ca.key()));
        Result<PrivateKey> otherKey = PrivateKey::generateRsa(2048);
        QVERIFY_RESULT(otherKey);
        QVERIFY_FAILS_WITH(CertificateAuthority::fromParts(m_ca.certificate(), *otherKey),
                           Error::Code::InvalidInput);
        Result<ServerIdentity> server = m_ca.issueServerIdentity({.dnsNames = {u"a.example"_s}},
                                                                 m_now);
        QVERIFY_RESULT(server);
        QVERIFY_FAILS_WITH(CertificateAuthority::fromParts(server->certificate(), server->key()),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(CertificateAuthority::fromParts({}, {}), Error::Code::InvalidInput);
    }

    void issuesDeviceIdentityFromRequest()
    {
        Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        QVERIFY_RESULT(key);
        Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"iPad 42"_s, .organization = u"Example Org"_s},
             .challengePassword = u"secret"_s,
             // What a request asks for is not what it gets.
             .extendedKeyUsage = ExtendedKeyUsage::ServerAuth},
            *key);
        QVERIFY_RESULT(request);
        Result<Certificate> identity = m_ca.issueDeviceIdentity(*request, m_now);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->subject().commonName, u"iPad 42"_s);
        QCOMPARE(identity->subject().organization, u"Example Org"_s);
        QCOMPARE(identity->issuer(), m_ca.certificate().subject());
        QCOMPARE(identity->extendedKeyUsage(), ExtendedKeyUsages(ExtendedKeyUsage::ClientAuth));
        QCOMPARE(identity->keyUsage(), KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
        QVERIFY(!identity->isCa());
        QVERIFY(key->matches(*identity));
        QCOMPARE(identity->notBefore().daysTo(identity->notAfter()), 365);
        QVERIFY(identity->notBefore() < m_now);

        // Serials are random: two identities for one request differ.
        Result<Certificate> again = m_ca.issueDeviceIdentity(*request, m_now);
        QVERIFY_RESULT(again);
        QVERIFY(again->serialNumber() != identity->serialNumber());
        QVERIFY(identity->serialNumber().size() >= 32);

        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        m_cli->writeFile(u"identity.pem"_s, identity->toPem());
        const OpenSslCli::Output client = verify(u"sslclient"_s, u"identity.pem"_s);
        QVERIFY2(client.succeeded(), client.text().constData());
        // Not usable as a server certificate.
        QVERIFY(!verify(u"sslserver"_s, u"identity.pem"_s).succeeded());
        const QByteArray text = x509Text(u"identity.pem"_s);
        QVERIFY2(text.contains("X509v3 Extended Key Usage: TLS Web Client Authentication"),
                 text.constData());
        QVERIFY(text.contains("X509v3 Key Usage: critical Digital Signature, Key Encipherment"));
        QVERIFY(text.contains("Signature Algorithm: sha256WithRSAEncryption"));
    }

    void identityNeverOutlivesTheCa()
    {
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        QVERIFY_RESULT(key);
        Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"Mac"_s}}, *key);
        QVERIFY_RESULT(request);
        const QDateTime nearTheEnd = m_ca.certificate().notAfter().addDays(-10);
        Result<Certificate> identity = m_ca.issueDeviceIdentity(*request, nearTheEnd);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->notAfter(), m_ca.certificate().notAfter());
        QVERIFY_FAILS_WITH(m_ca.issueDeviceIdentity(*request, m_ca.certificate().notAfter()),
                           Error::Code::Tls);
    }

    void refusesWeakDeviceKeys()
    {
        Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        QVERIFY_RESULT(key);
        Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"x"_s}}, *key);
        QVERIFY_RESULT(request);
        QVERIFY_FAILS_WITH(m_ca.issueDeviceIdentity(*request, m_now, 0), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_ca.issueDeviceIdentity(CertificateRequest(), m_now),
                           Error::Code::InvalidInput);
    }

    void issuesServerCertificate()
    {
        const CertificateAuthority::ServerCertificateOptions options{
            .dnsNames = {u"mdm.example.com"_s, u"mdm"_s},
            .ipAddresses = {QHostAddress(u"192.0.2.7"_s)},
            .commonName = {},
            .validityDays = CertificateAuthority::MaxServerValidityDays};
        Result<ServerIdentity> server = m_ca.issueServerIdentity(options, m_now);
        QVERIFY_RESULT(server);
        const Certificate &certificate = server->certificate();
        QCOMPARE(certificate.subject().commonName, u"mdm.example.com"_s);
        QCOMPARE(certificate.subjectAltNames().dnsNames, options.dnsNames);
        QCOMPARE(certificate.subjectAltNames().ipAddresses, options.ipAddresses);
        QCOMPARE(certificate.extendedKeyUsage(), ExtendedKeyUsages(ExtendedKeyUsage::ServerAuth));
        QCOMPARE(certificate.publicKey().algorithm(), KeyAlgorithm::Rsa);
        QCOMPARE(certificate.publicKey().bits(), 2048);
        QVERIFY(certificate.notBefore().secsTo(certificate.notAfter())
                <= qint64{CertificateAuthority::MaxServerValidityDays} * 24 * 3600);
        QCOMPARE(server->chain(), QList<Certificate>{m_ca.certificate()});
        // What an administrator's import would be checked against passes too.
        QVERIFY_RESULT(server->check(
            {.trustedRoots = {m_ca.certificate()}, .at = m_now, .hostName = u"mdm.example.com"_s}));

        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        m_cli->writeFile(u"server.pem"_s, certificate.toPem());
        const OpenSslCli::Output verified = verify(u"sslserver"_s, u"server.pem"_s);
        QVERIFY2(verified.succeeded(), verified.text().constData());
        const OpenSslCli::Output hostChecked = m_cli->run({u"verify"_s,
                                                           u"-purpose"_s,
                                                           u"sslserver"_s,
                                                           u"-verify_hostname"_s,
                                                           u"mdm.example.com"_s,
                                                           u"-CAfile"_s,
                                                           u"ca.pem"_s,
                                                           u"server.pem"_s});
        QVERIFY2(hostChecked.succeeded(), hostChecked.text().constData());
        const QByteArray text = x509Text(u"server.pem"_s);
        QVERIFY2(text.contains("X509v3 Extended Key Usage: TLS Web Server Authentication"),
                 text.constData());
        QVERIFY(text.contains("DNS:mdm.example.com, DNS:mdm, IP Address:192.0.2.7"));
        QVERIFY(text.contains("Signature Algorithm: sha256WithRSAEncryption"));
        QVERIFY(text.contains("Public-Key: (2048 bit)"));

        // The validity, as the tool reads it, is at most 825 days.
        const OpenSslCli::Output dates = m_cli->run(
            {u"x509"_s, u"-in"_s, u"server.pem"_s, u"-noout"_s, u"-startdate"_s, u"-enddate"_s});
        QVERIFY2(dates.succeeded(), dates.text().constData());
        const QList<QByteArray> lines = dates.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const auto parse = [](const QByteArray &line) {
            const QString value = QString::fromLatin1(line.mid(line.indexOf('=') + 1))
                                      .simplified()
                                      .remove(u" GMT"_s);
            QDateTime time = QDateTime::fromString(value, u"MMM d HH:mm:ss yyyy"_s);
            time.setTimeSpec(Qt::UTC);
            return time;
        };
        const QDateTime start = parse(lines.at(0));
        const QDateTime end = parse(lines.at(1));
        QVERIFY2(start.isValid() && end.isValid(), dates.standardOutput.constData());
        QVERIFY(start.daysTo(end) <= CertificateAuthority::MaxServerValidityDays);
        QVERIFY(start.daysTo(end) >= CertificateAuthority::MaxServerValidityDays - 1);
    }

    void refusesServerCertificatesAppleWouldRefuse()
    {
        QVERIFY_FAILS_WITH(m_ca.issueServerIdentity({}, m_now), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_ca.issueServerIdentity({.dnsNames = {u"a.example"_s},
                                                     .ipAddresses = {},
                                                     .commonName = {},
                                                     .validityDays = 826},
                                                    m_now),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_ca.issueServerIdentity({.dnsNames = {u" a.example"_s}}, m_now),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_ca.issueServerIdentity({.dnsNames = {u"a.example"_s}}, m_now, 1024),
                           Error::Code::InvalidInput);
    }

private:
    OpenSslCli::Output verify(const QString &purpose, const QString &file) const
    {
        return m_cli->run({u"verify"_s, u"-purpose"_s, purpose, u"-CAfile"_s, u"ca.pem"_s, file});
    }

    QByteArray x509Text(const QString &file) const
    {
        const OpenSslCli::Output text = m_cli->run(
            {u"x509"_s, u"-in"_s, file, u"-noout"_s, u"-text"_s});
        return text.standardOutput.simplified();
    }

    // Certificates are made relative to the real time, so the command-line checks need no
    // -attime.
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                          Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    CertificateAuthority m_ca;
};

QTEST_GUILESS_MAIN(tst_CertificateAuthority)
#include "tst_CertificateAuthority.moc"
