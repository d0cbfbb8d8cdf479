// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// What the tool prints after "name=", e.g. for "serial=0A1B".
QString valueOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return QString::fromUtf8(trimmed.mid(trimmed.indexOf('=') + 1));
}

// "notAfter=Dec  7 10:00:00 2026 GMT"
QDateTime cliDate(const QByteArray &line)
{
    QDateTime date = QLocale::c().toDateTime(valueOf(line).simplified(),
                                             u"MMM d HH:mm:ss yyyy 'GMT'"_s);
    date.setTimeSpec(Qt::UTC);
    return date;
}

QString cliFingerprint(const QByteArray &line)
{
    return valueOf(line).remove(u':').toLower();
}

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

} // namespace

class tst_Certificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());

        // A certificate shaped like an Apple push certificate: the topic in UID.
        m_cli->writeFile(u"leaf.cnf"_s,
                         "[req]\n"
                         "distinguished_name = dn\n"
                         "x509_extensions = ext\n"
                         "prompt = no\n"
                         "[dn]\n"
                         "C = DE\n"
                         "O = Example Org\n"
                         "OU = Devices\n"
                         "CN = APSP:7e2b\n"
                         "UID = com.apple.mgmt.External.7e2b\n"
                         "[ext]\n"
                         "basicConstraints = critical,CA:FALSE\n"
                         "keyUsage = critical,digitalSignature,keyEncipherment\n"
                         "extendedKeyUsage = serverAuth,clientAuth,emailProtection\n"
                         "subjectAltName = DNS:mdm.example.com,DNS:*.example.org,IP:127.0.0.1,"
                         "IP:2001:db8::1,email:admin@example.com,URI:https://mdm.example.com/scep\n"
                         "subjectKeyIdentifier = hash\n");
        const OpenSslCli::Output made = m_cli->run({u"req"_s,
                                                    u"-x509"_s,
                                                    u"-config"_s,
                                                    u"leaf.cnf"_s,
                                                    u"-newkey"_s,
                                                    u"ec"_s,
                                                    u"-pkeyopt"_s,
                                                    u"ec_paramgen_curve:P-256"_s,
                                                    u"-nodes"_s,
                                                    u"-keyout"_s,
                                                    u"cli.key"_s,
                                                    u"-days"_s,
                                                    u"30"_s,
                                                    u"-out"_s,
                                                    u"cli.pem"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        const Result<Certificate> cli = Certificate::fromPem(m_cli->readFile(u"cli.pem"_s));
        QVERIFY_RESULT(cli);
        m_cliCertificate = *cli;

        // A small CA and a leaf of our own for the chain tests.
        Result<PrivateKey> caKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(caKey);
        m_caKey = *caKey;
        CertificateBuilder ca;
        ca.setSubject({.commonName = u"Chain Test CA"_s})
            .setValidity(utc(2026, 1, 1), utc(2036, 1, 1));
        Result<Certificate> caCertificate = ca.issueSelfSignedCa(m_caKey);
        QVERIFY_RESULT(caCertificate);
        m_ca = *caCertificate;

        Result<PrivateKey> leafKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(leafKey);
        CertificateBuilder leaf;
        leaf.setSubject({.commonName = u"server.example"_s})
            .setValidity(utc(2026, 6, 1), utc(2027, 6, 1))
            .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth);
        Result<Certificate> leafCertificate = leaf.issue(leafKey->publicKey(), m_ca, m_caKey);
        QVERIFY_RESULT(leafCertificate);
        m_leaf = *leafCertificate;
    }

    void readsTheSubjectOfACliCertificate()
    {
        const DistinguishedName subject = m_cliCertificate.subject();
        QCOMPARE(subject.commonName, u"APSP:7e2b"_s);
        QCOMPARE(subject.organization, u"Example Org"_s);
        QCOMPARE(subject.organizationalUnit, u"Devices"_s);
        QCOMPARE(subject.country, u"DE"_s);
        QCOMPARE(subject.userId, u"com.apple.mgmt.External.7e2b"_s);
        QCOMPARE(m_cliCertificate.issuer(), subject);

        const OpenSslCli::Output printed = m_cli->run({u"x509"_s,
                                                       u"-in"_s,
                                                       u"cli.pem"_s,
                                                       u"-noout"_s,
                                                       u"-subject"_s,
                                                       u"-nameopt"_s,
                                                       u"RFC2253"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        QCOMPARE(m_cliCertificate.subjectText(), valueOf(printed.standardOutput));
        QCOMPARE(m_cliCertificate.subjectText(),
                 u"UID=com.apple.mgmt.External.7e2b,CN=APSP:7e2b,OU=Devices,O=Example Org,C=DE"_s);
        QCOMPARE(m_cliCertificate.issuerText(), m_cliCertificate.subjectText());
    }

    void readsTheExtensionsOfACliCertificate()
    {
        const SubjectAltNames names = m_cliCertificate.subjectAltNames();
        QCOMPARE(names.dnsNames, (QStringList{u"mdm.example.com"_s, u"*.example.org"_s}));
        QCOMPARE(
            names.ipAddresses,
            (QList<QHostAddress>{QHostAddress(u"127.0.0.1"_s), QHostAddress(u"2001:db8::1"_s)}));
        QCOMPARE(names.emailAddresses, QStringList{u"admin@example.com"_s});
        QCOMPARE(names.uris, QStringList{u"https://mdm.example.com/scep"_s});

        QCOMPARE(m_cliCertificate.keyUsage(),
                 KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment);
        QCOMPARE(m_cliCertificate.extendedKeyUsage(),
                 ExtendedKeyUsage::ServerAuth | ExtendedKeyUsage::ClientAuth
                     | ExtendedKeyUsage::EmailProtection);
        QVERIFY(!m_cliCertificate.isCa());
        QVERIFY(m_cliCertificate.isSelfSigned());
        QCOMPARE(m_cliCertificate.publicKey().algorithm(), KeyAlgorithm::Ec);
    }

    void serialValidityAndFingerprintsMatchTheCli()
    {
        const OpenSslCli::Output printed = m_cli->run({u"x509"_s,
                                                       u"-in"_s,
                                                       u"cli.pem"_s,
                                                       u"-noout"_s,
                                                       u"-serial"_s,
                                                       u"-startdate"_s,
                                                       u"-enddate"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        const QList<QByteArray> lines = printed.standardOutput.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(m_cliCertificate.serialNumber(), valueOf(lines.at(0)));
        QCOMPARE(m_cliCertificate.notBefore(), cliDate(lines.at(1)));
        QCOMPARE(m_cliCertificate.notAfter(), cliDate(lines.at(2)));
        QCOMPARE(m_cliCertificate.notBefore().timeSpec(), Qt::UTC);
        QCOMPARE(m_cliCertificate.notBefore().daysTo(m_cliCertificate.notAfter()), 30);

        const OpenSslCli::Output sha256 = m_cli->run(
            {u"x509"_s, u"-in"_s, u"cli.pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s});
        QVERIFY2(sha256.succeeded(), sha256.text().constData());
        QCOMPARE(m_cliCertificate.sha256Fingerprint(), cliFingerprint(sha256.standardOutput));
        QCOMPARE(m_cliCertificate.sha256Fingerprint().size(), 64);

        const OpenSslCli::Output sha1 = m_cli->run(
            {u"x509"_s, u"-in"_s, u"cli.pem"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha1"_s});
        QVERIFY2(sha1.succeeded(), sha1.text().constData());
        QCOMPARE(m_cliCertificate.sha1Fingerprint(), cliFingerprint(sha1.standardOutput));
    }

    void publicKeyMatchesTheCli()
    {
        const OpenSslCli::Output pub = m_cli->run(
            {u"x509"_s, u"-in"_s, u"cli.pem"_s, u"-noout"_s, u"-pubkey"_s});
        QVERIFY2(pub.succeeded(), pub.text().constData());
        const Result<PublicKey> key = PublicKey::fromPem(pub.standardOutput);
        QVERIFY_RESULT(key);
        QCOMPARE(m_cliCertificate.publicKey(), *key);
        const Result<PrivateKey> privateKey = PrivateKey::fromPem(m_cli->readFile(u"cli.key"_s));
        QVERIFY_RESULT(privateKey);
        QVERIFY(privateKey->matches(m_cliCertificate));
    }

    void pemAndDerRoundTrip()
    {
        QCOMPARE(m_cliCertificate.toPem(), m_cli->readFile(u"cli.pem"_s));
        const Result<Certificate> fromDer = Certificate::fromDer(m_cliCertificate.toDer());
        QVERIFY_RESULT(fromDer);
        QCOMPARE(*fromDer, m_cliCertificate);
        QVERIFY(!(m_cliCertificate == m_ca));
    }

    void chainFromPemReadsEveryCertificateInOrder()
    {
        // A key between the certificates is skipped.
        const QByteArray bundle = QByteArray(m_leaf.toPem() + m_cli->readFile(u"cli.key"_s)
                                             + m_ca.toPem());
        const Result<QList<Certificate>> chain = Certificate::chainFromPem(bundle);
        QVERIFY_RESULT(chain);
        QCOMPARE(chain->size(), 2);
        QCOMPARE(chain->at(0), m_leaf);
        QCOMPARE(chain->at(1), m_ca);
        // fromPem takes the first.
        QCOMPARE(Certificate::fromPem(bundle).value_or(Certificate()), m_leaf);
    }

    void chainFromPemRefusesADamagedBlock()
    {
        QByteArray damaged = m_ca.toPem();
        damaged.replace(40, 8, "!!!!!!!!");
        QVERIFY_FAILS_WITH(Certificate::chainFromPem(QByteArray(m_leaf.toPem() + damaged)),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Certificate::chainFromPem("no certificates here"),
                           Error::Code::InvalidInput);
    }

    void verifiesAChainAtAGivenTime()
    {
        QVERIFY_RESULT(m_leaf.verifyChain({m_ca}, utc(2026, 12, 1)));
        QVERIFY_RESULT(
            m_leaf.verifyChain({m_ca}, utc(2026, 12, 1), {}, Certificate::Purpose::TlsServer));

        const Result<void> expired = m_leaf.verifyChain({m_ca}, utc(2028, 1, 1));
        QVERIFY_FAILS_WITH(expired, Error::Code::Tls);
        QCOMPARE(expired.error().message, u"The certificate has expired."_s);

        const Result<void> early = m_leaf.verifyChain({m_ca}, utc(2026, 2, 1));
        QVERIFY_FAILS_WITH(early, Error::Code::Tls);
        QCOMPARE(early.error().message, u"The certificate is not valid yet."_s);
    }

    void refusesAChainToAnotherRoot()
    {
        const Result<void> untrusted = m_leaf.verifyChain({m_cliCertificate}, utc(2026, 12, 1));
        QVERIFY_FAILS_WITH(untrusted, Error::Code::Tls);
        QCOMPARE(untrusted.error().message,
                 u"The certificate was not issued by a trusted authority."_s);
        QVERIFY_FAILS_WITH(m_leaf.verifyChain({}, utc(2026, 12, 1)), Error::Code::Tls);
        // The CA is not offered as a root, only as an intermediate: still untrusted.
        QVERIFY_FAILS_WITH(m_leaf.verifyChain({m_cliCertificate}, utc(2026, 12, 1), {m_ca}),
                           Error::Code::Tls);
    }

    void checksThePurpose()
    {
        // serverAuth only: fine for a server, not for a client.
        const Result<void> asClient = m_leaf.verifyChain(
            {m_ca}, utc(2026, 12, 1), {}, Certificate::Purpose::TlsClient);
        QVERIFY_FAILS_WITH(asClient, Error::Code::Tls);
        QCOMPARE(asClient.error().message, u"The certificate may not be used for this purpose."_s);
    }

    void verifiesWhoSignedWhat()
    {
        QVERIFY(m_leaf.verifySignedBy(m_ca));
        QVERIFY(m_ca.verifySignedBy(m_ca));
        QVERIFY(!m_leaf.verifySignedBy(m_cliCertificate));
        QVERIFY(!m_ca.verifySignedBy(m_leaf));
        QVERIFY(!m_leaf.verifySignedBy(Certificate()));
        QVERIFY(m_ca.isSelfSigned());
        QVERIFY(!m_leaf.isSelfSigned());
    }

    void nullCertificateIsEmpty()
    {
        const Certificate null;
        QVERIFY(null.isNull());
        QVERIFY(null.toDer().isEmpty());
        QVERIFY(null.toPem().isEmpty());
        QVERIFY(null.subject().isEmpty());
        QVERIFY(null.serialNumber().isEmpty());
        QVERIFY(!null.notAfter().isValid());
        QVERIFY(null.sha256Fingerprint().isEmpty());
        QVERIFY(null.publicKey().isNull());
        QVERIFY(!null.isCa());
        QVERIFY_FAILS_WITH(null.verifyChain({m_ca}, {}), Error::Code::InvalidInput);
        QCOMPARE(null, Certificate());
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("hello");
        QTest::newRow("der header only") << QByteArray("\x30\x82\x01\x00", 4);
        QTest::newRow("armour with junk")
            << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        QTest::newRow("encrypted pem headers")
            << QByteArray("-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\n"
                          "DEK-Info: AES-256-CBC,00112233445566778899AABBCCDDEEFF\n\n"
                          "AAAA\n-----END CERTIFICATE-----\n");
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_FAILS_WITH(Certificate::fromPem(bytes), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Certificate::fromDer(bytes), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Certificate::chainFromPem(bytes), Error::Code::InvalidInput);
    }

    void refusesTrailingBytesAfterDer()
    {
        QVERIFY_FAILS_WITH(Certificate::fromDer(QByteArray(m_ca.toDer() + "x")),
                           Error::Code::InvalidInput);
    }

    void damagedDerNeverCrashes()
    {
        const QByteArray der = m_cliCertificate.toDer();
        for (qsizetype length = 0; length < der.size(); ++length)
            QVERIFY(!Certificate::fromDer(der.first(length)));
        // Flipped bytes may still parse (inside a string, say); what matters is that every
        // accessor copes with whatever came out.
        int rejected = 0;
        for (qsizetype i = 0; i < der.size(); ++i) {
            QByteArray flipped = der;
            flipped[i] = static_cast<char>(flipped.at(i) ^ 0xff);
            const Result<Certificate> parsed = Certificate::fromDer(flipped);
            if (!parsed) {
                ++rejected;
                continue;
            }
            QVERIFY(!(*parsed == m_cliCertificate));
            Q_UNUSED(parsed->subjectText());
            Q_UNUSED(parsed->subjectAltNames());
            Q_UNUSED(parsed->keyUsage());
            Q_UNUSED(parsed->extendedKeyUsage());
            Q_UNUSED(parsed->notAfter());
            Q_UNUSED(parsed->serialNumber());
            Q_UNUSED(parsed->isSelfSigned());
            Q_UNUSED(parsed->publicKey());
        }
        QVERIFY(rejected > 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    Certificate m_cliCertificate;
    PrivateKey m_caKey;
    Certificate m_ca;
    Certificate m_leaf;
};

QTEST_GUILESS_MAIN(tst_Certificate)
#include "tst_Certificate.moc"
