// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/PrivateKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC);
}

} // namespace

class tst_CertificateBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());

        // An RSA CA, as SCEP needs, and an EC leaf key.
        Result<PrivateKey> caKey = PrivateKey::generateRsa();
        QVERIFY_RESULT(caKey);
        m_caKey = *caKey;
        Result<PrivateKey> leafKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(leafKey);
        m_leafKey = *leafKey;

        CertificateBuilder ca;
        ca.setSubject({.commonName = u"Espalier Test CA"_s,
                       .organization = u"Example Org"_s,
                       .country = u"US"_s})
            .setValidity(utc(2026, 1, 1), utc(2036, 1, 1));
        Result<Certificate> caCertificate = ca.issueSelfSignedCa(m_caKey);
        QVERIFY_RESULT(caCertificate);
        m_ca = *caCertificate;
        m_cli->writeFile(u"ca.pem"_s, m_ca.toPem());
    }

    void selfSignedCaCarriesCaExtensions()
    {
        QVERIFY(m_ca.isCa());
        QVERIFY(m_ca.isSelfSigned());
        QCOMPARE(m_ca.keyUsage(), KeyUsage::KeyCertSign | KeyUsage::CrlSign);
        QCOMPARE(m_ca.subject().commonName, u"Espalier Test CA"_s);
        QCOMPARE(m_ca.issuer(), m_ca.subject());
        QVERIFY(m_caKey.matches(m_ca));

        const OpenSslCli::Output text = m_cli->run({u"x509"_s,
                                                    u"-in"_s,
                                                    u"ca.pem"_s,
                                                    u"-noout"_s,
                                                    u"-ext"_s,
                                                    u"basicConstraints,keyUsage"_s});
        QVERIFY2(text.succeeded(), text.text().constData());
        const QByteArray simplified = text.standardOutput.simplified();
        QVERIFY2(simplified.contains("X509v3 Basic Constraints: critical CA:TRUE"),
                 simplified.constData());
        QVERIFY2(simplified.contains("X509v3 Key Usage: critical Certificate Sign, CRL Sign"),
                 simplified.constData());
        QCOMPARE(keyIdentifier(u"ca.pem"_s, u"subjectKeyIdentifier"_s),
                 keyIdentifier(u"ca.pem"_s, u"authorityKeyIdentifier"_s));
        QVERIFY(!keyIdentifier(u"ca.pem"_s, u"subjectKeyIdentifier"_s).isEmpty());

        const OpenSslCli::Output signature = m_cli->run(
            {u"x509"_s, u"-in"_s, u"ca.pem"_s, u"-noout"_s, u"-text"_s});
        QVERIFY(signature.standardOutput.contains("Signature Algorithm: sha256WithRSAEncryption"));
    }

    void leafVerifiesWithTheOpenSslCli()
    {
        CertificateBuilder builder;
        const SubjectAltNames names{
            .dnsNames = {u"mdm.example.com"_s},
            .ipAddresses = {QHostAddress(u"192.0.2.10"_s), QHostAddress(u"2001:db8::10"_s)}};
        builder.setSubject({.commonName = u"mdm.example.com"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 2, 1))
            .setSubjectAltNames(names)
            .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyAgreement)
            .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth | ExtendedKeyUsage::ClientAuth);
        const Result<Certificate> leaf = builder.issue(m_leafKey.publicKey(), m_ca, m_caKey);
        QVERIFY_RESULT(leaf);
        m_cli->writeFile(u"leaf.pem"_s, leaf->toPem());

        for (const QString &purpose : {u"sslserver"_s, u"sslclient"_s, u"any"_s}) {
            const OpenSslCli::Output verified = m_cli->run({u"verify"_s,
                                                            u"-attime"_s,
                                                            m_checkTime,
                                                            u"-CAfile"_s,
                                                            u"ca.pem"_s,
                                                            u"-purpose"_s,
                                                            purpose,
                                                            u"leaf.pem"_s});
            QVERIFY2(verified.succeeded(), verified.text().constData());
            QVERIFY(verified.standardOutput.contains("leaf.pem: OK"));
        }
        QVERIFY(!leaf->isCa());
        QCOMPARE(leaf->subjectAltNames(), names);
        QCOMPARE(leaf->keyUsage(), KeyUsage::DigitalSignature | KeyUsage::KeyAgreement);
        QCOMPARE(leaf->extendedKeyUsage(),
                 ExtendedKeyUsage::ServerAuth | ExtendedKeyUsage::ClientAuth);
        QCOMPARE(leaf->issuer(), m_ca.subject());
        QVERIFY(leaf->verifySignedBy(m_ca));
        QVERIFY(m_leafKey.matches(*leaf));
        QCOMPARE(keyIdentifier(u"leaf.pem"_s, u"authorityKeyIdentifier"_s),
                 keyIdentifier(u"ca.pem"_s, u"subjectKeyIdentifier"_s));

        const OpenSslCli::Output constraints = m_cli->run(
            {u"x509"_s, u"-in"_s, u"leaf.pem"_s, u"-noout"_s, u"-ext"_s, u"basicConstraints"_s});
        QVERIFY(constraints.standardOutput.simplified().contains("critical CA:FALSE"));
    }

    void serialsAreRandomPositiveSixteenBytes()
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"serial"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1));
        QSet<QString> serials;
        for (int i = 0; i < 8; ++i) {
            const Result<Certificate> certificate = builder.issue(
                m_leafKey.publicKey(), m_ca, m_caKey);
            QVERIFY_RESULT(certificate);
            const QString serial = certificate->serialNumber();
            QCOMPARE(serial.size(), 32);
            QVERIFY2(serial.at(0) < u'8', qPrintable(serial)); // top bit clear: positive
            QVERIFY(!serial.startsWith(u"00"_s));
            QVERIFY(!serials.contains(serial));
            serials.insert(serial);
        }
    }

    void keepsTheValidityToTheSecond()
    {
        const QDateTime from(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
        const QDateTime to(QDate(2051, 8, 9), QTime(10, 11, 12), Qt::UTC); // GeneralizedTime
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"validity"_s}).setValidity(from, to);
        const Result<Certificate> certificate = builder.issue(m_leafKey.publicKey(), m_ca, m_caKey);
        QVERIFY_RESULT(certificate);
        QCOMPARE(certificate->notBefore(), from);
        QCOMPARE(certificate->notAfter(), to);
    }

    void carriesUidAndUnicodeInTheSubject()
    {
        CertificateBuilder builder;
        const DistinguishedName subject{.commonName = u"Büro Café"_s,
                                        .organization = u"Ĉu Ŝi"_s,
                                        .organizationalUnit = u"Geräte"_s,
                                        .country = u"DE"_s,
                                        .userId = u"00008120-001A2B3C4D5E6F70"_s};
        builder.setSubject(subject)
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
            .setSubjectAltNames({.dnsNames = {u"bücher.example"_s}});
        const Result<Certificate> certificate = builder.issue(m_leafKey.publicKey(), m_ca, m_caKey);
        QVERIFY_RESULT(certificate);
        QCOMPARE(certificate->subject(), subject);
        QVERIFY(certificate->subjectText().contains(u"CN=Büro Café"_s));
        QVERIFY(certificate->subjectText().startsWith(u"UID=00008120-001A2B3C4D5E6F70,"_s));
        // Unicode DNS names go in as punycode, which is all a certificate can hold.
        QCOMPARE(certificate->subjectAltNames().dnsNames, QStringList{u"xn--bcher-kva.example"_s});

        m_cli->writeFile(u"uid.pem"_s, certificate->toPem());
        const OpenSslCli::Output printed = m_cli->run({u"x509"_s,
                                                       u"-in"_s,
                                                       u"uid.pem"_s,
                                                       u"-noout"_s,
                                                       u"-subject"_s,
                                                       u"-nameopt"_s,
                                                       u"oneline,-esc_msb"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        QVERIFY2(printed.standardOutput.contains("UID = 00008120-001A2B3C4D5E6F70"),
                 printed.standardOutput.constData());
    }

    void issuesFromARequest()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"iPad"_s, .userId = u"device-udid"_s},
             .subjectAltNames = {.dnsNames = {u"requested.example"_s}}},
            m_leafKey);
        QVERIFY_RESULT(request);

        CertificateBuilder builder;
        builder.setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
            .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
            .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
        const Result<Certificate> issued = builder.issue(*request, m_ca, m_caKey);
        QVERIFY_RESULT(issued);
        // The request's subject, the request's key, and none of its wishes unless granted.
        QCOMPARE(issued->subject(), request->subject());
        QVERIFY(m_leafKey.matches(*issued));
        QVERIFY(issued->subjectAltNames().isEmpty());
        QCOMPARE(issued->extendedKeyUsage(), ExtendedKeyUsages(ExtendedKeyUsage::ClientAuth));
        QVERIFY_RESULT(
            issued->verifyChain({m_ca}, utc(2026, 6, 1), {}, Certificate::Purpose::TlsClient));

        // A subject set on the builder wins over the request's.
        builder.setSubject({.commonName = u"granted"_s});
        const Result<Certificate> renamed = builder.issue(*request, m_ca, m_caKey);
        QVERIFY_RESULT(renamed);
        QCOMPARE(renamed->subject().commonName, u"granted"_s);
    }

    void refusesARequestWithABadSignature()
    {
        const Result<CertificateRequest> request = CertificateRequest::create(
            {.subject = {.commonName = u"honest"_s}}, m_leafKey);
        QVERIFY_RESULT(request);
        QByteArray der = request->toDer();
        const qsizetype at = der.indexOf("honest");
        QVERIFY(at > 0);
        der[at] = 'H';
        const Result<CertificateRequest> tampered = CertificateRequest::fromDer(der);
        QVERIFY_RESULT(tampered);
        CertificateBuilder builder;
        builder.setValidity(utc(2026, 1, 1), utc(2027, 1, 1));
        QVERIFY_FAILS_WITH(builder.issue(*tampered, m_ca, m_caKey), Error::Code::InvalidInput);
    }

    void anEcCaSignsAnRsaLeaf()
    {
        CertificateBuilder ca;
        ca.setSubject({.commonName = u"EC CA"_s}).setValidity(utc(2026, 1, 1), utc(2030, 1, 1));
        const Result<Certificate> ecCa = ca.issueSelfSignedCa(m_leafKey);
        QVERIFY_RESULT(ecCa);
        CertificateBuilder leaf;
        leaf.setSubject({.commonName = u"rsa leaf"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1));
        const Result<Certificate> rsaLeaf = leaf.issue(m_caKey.publicKey(), *ecCa, m_leafKey);
        QVERIFY_RESULT(rsaLeaf);
        QVERIFY_RESULT(rsaLeaf->verifyChain({*ecCa}, utc(2026, 6, 1)));
        m_cli->writeFile(u"ec-ca.pem"_s, ecCa->toPem());
        m_cli->writeFile(u"rsa-leaf.pem"_s, rsaLeaf->toPem());
        const OpenSslCli::Output verified = m_cli->run({u"verify"_s,
                                                        u"-attime"_s,
                                                        m_checkTime,
                                                        u"-CAfile"_s,
                                                        u"ec-ca.pem"_s,
                                                        u"rsa-leaf.pem"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
    }

    void refusesInvalidRequests_data()
    {
        QTest::addColumn<DistinguishedName>("subject");
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("notAfter");
        QTest::addColumn<SubjectAltNames>("names");

        const DistinguishedName ok{.commonName = u"ok"_s};
        const QDateTime from = utc(2026, 1, 1);
        const QDateTime to = utc(2027, 1, 1);
        QTest::newRow("notAfter equals notBefore") << ok << from << from << SubjectAltNames();
        QTest::newRow("notAfter before notBefore") << ok << to << from << SubjectAltNames();
        QTest::newRow("less than a second")
            << ok << from << from.addMSecs(500) << SubjectAltNames();
        QTest::newRow("no validity") << ok << QDateTime() << QDateTime() << SubjectAltNames();
        QTest::newRow("year 10000") << ok << from << utc(10000, 1, 1) << SubjectAltNames();
        QTest::newRow("empty subject") << DistinguishedName() << from << to << SubjectAltNames();
        QTest::newRow("three-letter country")
            << DistinguishedName{.commonName = u"x"_s, .country = u"USA"_s} << from << to
            << SubjectAltNames();
        QTest::newRow("common name over 64") << DistinguishedName{.commonName = QString(65, u'a')}
                                             << from << to << SubjectAltNames();
        QTest::newRow("dns with a space")
            << ok << from << to << SubjectAltNames{.dnsNames = {u"exa mple.com"_s}};
        QTest::newRow("dns with an injected entry")
            << ok << from << to << SubjectAltNames{.dnsNames = {u"a.example,IP:1.2.3.4"_s}};
        QTest::newRow("empty dns") << ok << from << to << SubjectAltNames{.dnsNames = {QString()}};
        QTest::newRow("null ip") << ok << from << to
                                 << SubjectAltNames{.ipAddresses = {QHostAddress()}};
        QTest::newRow("email without at")
            << ok << from << to << SubjectAltNames{.emailAddresses = {u"nobody"_s}};
        QTest::newRow("uri without scheme")
            << ok << from << to << SubjectAltNames{.uris = {u"just words"_s}};
    }

    void refusesInvalidRequests()
    {
        QFETCH(DistinguishedName, subject);
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, notAfter);
        QFETCH(SubjectAltNames, names);
        CertificateBuilder builder;
        builder.setSubject(subject).setValidity(notBefore, notAfter).setSubjectAltNames(names);
        QVERIFY_FAILS_WITH(builder.issue(m_leafKey.publicKey(), m_ca, m_caKey),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(builder.issueSelfSignedCa(m_leafKey), Error::Code::InvalidInput);
    }

    void refusesABadIssuer()
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"leaf"_s}).setValidity(utc(2026, 1, 1), utc(2027, 1, 1));
        const Result<Certificate> leaf = builder.issue(m_leafKey.publicKey(), m_ca, m_caKey);
        QVERIFY_RESULT(leaf);
        // A leaf cannot issue, a CA needs its own key, and nothing issues without both.
        QVERIFY_FAILS_WITH(builder.issue(m_leafKey.publicKey(), *leaf, m_leafKey),
                           Error::Code::InvalidInput);
        const Result<Certificate> wrongKey = builder.issue(m_leafKey.publicKey(), m_ca, m_leafKey);
        QVERIFY_FAILS_WITH(wrongKey, Error::Code::InvalidInput);
        QCOMPARE(wrongKey.error().message, u"The CA key does not belong to the CA certificate."_s);
        QVERIFY_FAILS_WITH(builder.issue(m_leafKey.publicKey(), Certificate(), m_caKey),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(builder.issue(PublicKey(), m_ca, m_caKey), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(builder.issueSelfSignedCa(PrivateKey()), Error::Code::InvalidInput);
    }

    void issuesASelfSignedEndEntity()
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"reply encryption"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
            .setKeyUsage(KeyUsage::KeyEncipherment);
        const Result<Certificate> certificate = builder.issueSelfSigned(m_leafKey);
        QVERIFY_RESULT(certificate);
        QVERIFY(!certificate->isCa());
        QVERIFY(certificate->isSelfSigned());
        QCOMPARE(certificate->keyUsage(), KeyUsages(KeyUsage::KeyEncipherment));
        QVERIFY(m_leafKey.matches(*certificate));
        m_cli->writeFile(u"self.pem"_s, certificate->toPem());
        const OpenSslCli::Output text = m_cli->run(
            {u"x509"_s, u"-in"_s, u"self.pem"_s, u"-noout"_s, u"-ext"_s, u"basicConstraints"_s});
        QVERIFY2(text.succeeded(), text.text().constData());
        QVERIFY2(text.standardOutput.simplified().contains("critical CA:FALSE"),
                 text.standardOutput.constData());
        QVERIFY_FAILS_WITH(builder.issueSelfSigned(PrivateKey()), Error::Code::InvalidInput);
    }

private:
    // The hex key identifier `openssl x509 -ext` prints for the extension.
    QByteArray keyIdentifier(const QString &file, const QString &extension)
    {
        const OpenSslCli::Output out = m_cli->run(
            {u"x509"_s, u"-in"_s, file, u"-noout"_s, u"-ext"_s, extension});
        const QList<QByteArray> lines = out.standardOutput.trimmed().split('\n');
        if (!out.succeeded() || lines.size() < 2)
            return {};
        QByteArray id = lines.at(1).trimmed();
        if (id.startsWith("keyid:"))
            id = id.mid(6);
        return id;
    }

    // Every certificate here is valid then; `openssl verify -attime` takes seconds since 1970.
    const QString m_checkTime = QString::number(utc(2026, 6, 1).toSecsSinceEpoch());
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    PrivateKey m_caKey;
    PrivateKey m_leafKey;
    Certificate m_ca;
};

QTEST_GUILESS_MAIN(tst_CertificateBuilder)
#include "tst_CertificateBuilder.moc"
