// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12.h"
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

class tst_ServerIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        // As app/ does at start-up: the providers are loaded before any other OpenSSL call.
        QVERIFY_RESULT(OpenSsl::initialize());
        QVERIFY(m_dir.isValid());
        if (!OpenSslCli::program().isEmpty())
            m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        Result<CertificateAuthority> ca = CertificateAuthority::generate(
            {.subject = {.commonName = u"Import Test Root"_s}}, m_now.addDays(-30));
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        Result<PrivateKey> key = PrivateKey::generateRsa(2048);
        QVERIFY_RESULT(key);
        m_key = *key;
    }

    void acceptsGoodCertificate()
    {
        const ServerIdentity identity(leaf(), m_key, {});
        Result<ServerIdentity::Anchor> anchor = identity.check(options());
        QVERIFY_RESULT(anchor);
        QCOMPARE(*anchor, ServerIdentity::Anchor::TrustedRoot);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing SAN") << u"missing SAN"_s << u"subject alternative name"_s;
        QTest::newRow("wrong EKU") << u"wrong EKU"_s << u"serverAuth"_s;
        QTest::newRow("no EKU") << u"no EKU"_s << u"serverAuth"_s;
        QTest::newRow("expired") << u"expired"_s << u"expired on"_s;
        QTest::newRow("not yet valid") << u"not yet valid"_s << u"not valid before"_s;
        QTest::newRow("too long") << u"too long"_s << u"825 days"_s;
        QTest::newRow("key mismatch") << u"key mismatch"_s << u"does not belong"_s;
        QTest::newRow("CA certificate") << u"CA certificate"_s << u"certificate authority"_s;
        QTest::newRow("untrusted") << u"untrusted"_s << u"issuer of"_s;
        QTest::newRow("wrong host") << u"wrong host"_s << u"not for other.example.org"_s;
    }

    void refusals()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        CertificateBuilder builder = leafBuilder();
        ServerIdentity::CheckOptions checkOptions = options();
        PrivateKey key = m_key;
        bool isCa = false;
        if (problem == u"missing SAN"_s) {
            builder.setSubjectAltNames({});
        } else if (problem == u"wrong EKU"_s) {
            builder.setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
        } else if (problem == u"no EKU"_s) {
            builder.setExtendedKeyUsage({});
        } else if (problem == u"expired"_s) {
            builder.setValidity(m_now.addDays(-20), m_now.addDays(-1));
        } else if (problem == u"not yet valid"_s) {
            builder.setValidity(m_now.addDays(1), m_now.addDays(20));
        } else if (problem == u"too long"_s) {
            builder.setValidity(m_now.addDays(-1), m_now.addDays(900));
        } else if (problem == u"key mismatch"_s) {
            Result<PrivateKey> other = PrivateKey::generateRsa(2048);
            QVERIFY_RESULT(other);
            key = *other;
        } else if (problem == u"CA certificate"_s) {
            isCa = true;
        } else if (problem == u"untrusted"_s) {
            checkOptions.trustedRoots.clear();
        } else if (problem == u"wrong host"_s) {
            checkOptions.hostName = u"other.example.org"_s;
        }
        Certificate certificate = m_ca.certificate();
        key = isCa ? m_ca.key() : key;
        if (!isCa) {
            Result<Certificate> issued = builder.issue(
                m_key.publicKey(), m_ca.certificate(), m_ca.key());
            QVERIFY_RESULT(issued);
            certificate = *issued;
        }
        const Result<ServerIdentity::Anchor> checked
            = ServerIdentity(certificate, key, {}).check(checkOptions);
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(checked.error().message));
        // The message never carries key material.
        QVERIFY(!checked.error().toString().contains(u"PRIVATE KEY"_s));
    }

    void hostNamesAndWildcards()
    {
        CertificateBuilder builder = leafBuilder();
        builder.setSubjectAltNames({.dnsNames = {u"*.example.com"_s, u"mdm.example.org"_s},
                                    .ipAddresses = {QHostAddress(u"192.0.2.1"_s)}});
        Result<Certificate> certificate = builder.issue(
            m_key.publicKey(), m_ca.certificate(), m_ca.key());
        QVERIFY_RESULT(certificate);
        const ServerIdentity identity(*certificate, m_key);
        for (const QString &host :
             {u"mdm.example.com"_s, u"MDM.Example.COM"_s, u"mdm.example.org."_s, u"192.0.2.1"_s}) {
            ServerIdentity::CheckOptions checkOptions = options();
            checkOptions.hostName = host;
            QVERIFY2(identity.check(checkOptions).has_value(), qPrintable(host));
        }
        for (const QString &host :
             {u"example.com"_s, u"a.b.example.com"_s, u"example.org"_s, u"192.0.2.2"_s}) {
            ServerIdentity::CheckOptions checkOptions = options();
            checkOptions.hostName = host;
            QVERIFY2(!identity.check(checkOptions).has_value(), qPrintable(host));
        }
    }

    void importsPemInAnyOrder()
    {
        const Certificate certificate = leaf();
        Result<QByteArray> keyPem = m_key.toPem();
        QVERIFY_RESULT(keyPem);
        // A bundle with the chain first, the key in the same file.
        const QByteArray bundle = m_ca.certificate().toPem() + certificate.toPem() + *keyPem;
        Result<ServerIdentity> identity = ServerIdentity::fromPem(bundle, bundle);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate(), certificate);
        QCOMPARE(identity->chain(), QList<Certificate>{m_ca.certificate()});
        QVERIFY_RESULT(identity->check(options()));

        Result<PrivateKey> other = PrivateKey::generateEcP256();
        QVERIFY_RESULT(other);
        Result<QByteArray> otherPem = other->toPem();
        QVERIFY_RESULT(otherPem);
        const Result<ServerIdentity> mismatched = ServerIdentity::fromPem(bundle, *otherPem);
        QVERIFY_FAILS_WITH(mismatched, Error::Code::InvalidInput);
        QVERIFY(mismatched.error().message.contains(u"does not belong"_s));
        QVERIFY_FAILS_WITH(ServerIdentity::fromPem("not pem", *keyPem), Error::Code::InvalidInput);
    }

    void importsPkcs12()
    {
        const Certificate certificate = leaf();
        Result<QByteArray> p12 = Pkcs12::create(
            m_key, certificate, {m_ca.certificate()}, u"correct horse"_s);
        QVERIFY_RESULT(p12);
        Result<ServerIdentity> identity = ServerIdentity::fromPkcs12(*p12, u"correct horse"_s);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate(), certificate);
        QVERIFY(identity->key().matches(certificate));
        ServerIdentity::CheckOptions withoutRoots = options();
        withoutRoots.trustedRoots.clear();
        // The root came in the file: accepted, but marked as a private root to warn about.
        Result<ServerIdentity::Anchor> anchor = identity->check(withoutRoots);
        QVERIFY_RESULT(anchor);
        QCOMPARE(*anchor, ServerIdentity::Anchor::IncludedRoot);
        QVERIFY_FAILS_WITH(ServerIdentity::fromPkcs12(*p12, u"wrong"_s), Error::Code::Crypto);
    }

    void missingIntermediateBreaksTheChain()
    {
        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        // root -> intermediate (made by the openssl tool, as our builder only makes roots and
        // leaves) -> leaf.
        Result<QByteArray> rootKeyPem = m_ca.key().toPem();
        QVERIFY_RESULT(rootKeyPem);
        m_cli->writeFile(u"root.pem"_s, m_ca.certificate().toPem());
        m_cli->writeFile(u"root.key"_s, *rootKeyPem);
        m_cli->writeFile(u"intermediate.ext"_s,
                         "basicConstraints=critical,CA:TRUE\n"
                         "keyUsage=critical,keyCertSign,cRLSign\n");
        for (const QStringList &arguments : {QStringList{u"req"_s,
                                                         u"-new"_s,
                                                         u"-newkey"_s,
                                                         u"rsa:2048"_s,
                                                         u"-nodes"_s,
                                                         u"-keyout"_s,
                                                         u"intermediate.key"_s,
                                                         u"-subj"_s,
                                                         u"/CN=Import Test Intermediate"_s,
                                                         u"-out"_s,
                                                         u"intermediate.csr"_s},
                                             QStringList{u"x509"_s,
                                                         u"-req"_s,
                                                         u"-in"_s,
                                                         u"intermediate.csr"_s,
                                                         u"-CA"_s,
                                                         u"root.pem"_s,
                                                         u"-CAkey"_s,
                                                         u"root.key"_s,
                                                         u"-CAcreateserial"_s,
                                                         u"-days"_s,
                                                         u"30"_s,
                                                         u"-sha256"_s,
                                                         u"-extfile"_s,
                                                         u"intermediate.ext"_s,
                                                         u"-out"_s,
                                                         u"intermediate.pem"_s}}) {
            const OpenSslCli::Output output = m_cli->run(arguments);
            QVERIFY2(output.succeeded(), output.text().constData());
        }
        Result<Certificate> intermediate = Certificate::fromPem(
            m_cli->readFile(u"intermediate.pem"_s));
        QVERIFY_RESULT(intermediate);
        Result<PrivateKey> intermediateKey = PrivateKey::fromPem(
            m_cli->readFile(u"intermediate.key"_s));
        QVERIFY_RESULT(intermediateKey);
        Result<Certificate> certificate = leafBuilder().issue(
            m_key.publicKey(), *intermediate, *intermediateKey);
        QVERIFY_RESULT(certificate);

        // The tool dates the intermediate from its own "now", later than m_now.
        ServerIdentity::CheckOptions later = options();
        later.at = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY_RESULT(ServerIdentity(*certificate, m_key, {*intermediate}).check(later));
        const Result<ServerIdentity::Anchor> missing
            = ServerIdentity(*certificate, m_key, {}).check(later);
        QVERIFY_FAILS_WITH(missing, Error::Code::Tls);
        QVERIFY2(missing.error().message.contains(u"incomplete"_s),
                 qPrintable(missing.error().message));
        QVERIFY(missing.error().message.contains(u"mdm.example.com"_s));
    }

    void refusesSha1AndWeakKeys()
    {
        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        Result<QByteArray> rootKeyPem = m_ca.key().toPem();
        QVERIFY_RESULT(rootKeyPem);
        m_cli->writeFile(u"root.pem"_s, m_ca.certificate().toPem());
        m_cli->writeFile(u"root.key"_s, *rootKeyPem);
        m_cli->writeFile(u"server.ext"_s,
                         "subjectAltName=DNS:mdm.example.com\n"
                         "extendedKeyUsage=serverAuth\n");

        struct Case
        {
            QString name;
            QString bits;
            QString digest;
            QString expected;
        };

        for (const Case &c : {Case{u"sha1"_s, u"2048"_s, u"-sha1"_s, u"SHA-2"_s},
                              Case{u"weak"_s, u"1024"_s, u"-sha256"_s, u"too weak"_s}}) {
            for (const QStringList &arguments : {QStringList{u"req"_s,
                                                             u"-new"_s,
                                                             u"-newkey"_s,
                                                             u"rsa:"_s + c.bits,
                                                             u"-nodes"_s,
                                                             u"-keyout"_s,
                                                             c.name + u".key"_s,
                                                             u"-subj"_s,
                                                             u"/CN=mdm.example.com"_s,
                                                             u"-out"_s,
                                                             c.name + u".csr"_s},
                                                 QStringList{u"x509"_s,
                                                             u"-req"_s,
                                                             u"-in"_s,
                                                             c.name + u".csr"_s,
                                                             u"-CA"_s,
                                                             u"root.pem"_s,
                                                             u"-CAkey"_s,
                                                             u"root.key"_s,
                                                             u"-CAcreateserial"_s,
                                                             u"-days"_s,
                                                             u"30"_s,
                                                             c.digest,
                                                             u"-extfile"_s,
                                                             u"server.ext"_s,
                                                             u"-out"_s,
                                                             c.name + u".pem"_s}}) {
                const OpenSslCli::Output output = m_cli->run(arguments);
                QVERIFY2(output.succeeded(), output.text().constData());
            }
            Result<ServerIdentity> identity = ServerIdentity::fromPem(
                m_cli->readFile(c.name + u".pem"_s), m_cli->readFile(c.name + u".key"_s));
            QVERIFY_RESULT(identity);
            const Result<ServerIdentity::Anchor> checked = identity->check(options());
            QVERIFY2(!checked, qPrintable(c.name));
            QVERIFY2(checked.error().message.contains(c.expected),
                     qPrintable(checked.error().message));
        }
    }

private:
    CertificateBuilder leafBuilder() const
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"mdm.example.com"_s})
            .setValidity(m_now.addDays(-1), m_now.addDays(397))
            .setSubjectAltNames({.dnsNames = {u"mdm.example.com"_s}})
            .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
            .setExtendedKeyUsage(ExtendedKeyUsage::ServerAuth);
        return builder;
    }

    Certificate leaf() const
    {
        Result<Certificate> certificate = leafBuilder().issue(
            m_key.publicKey(), m_ca.certificate(), m_ca.key());
        return certificate ? *certificate : Certificate();
    }

    ServerIdentity::CheckOptions options() const
    {
        return {
            .trustedRoots = {m_ca.certificate()}, .at = m_now, .hostName = u"mdm.example.com"_s};
    }

    const QDateTime m_now = QDateTime::currentDateTimeUtc();
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    CertificateAuthority m_ca;
    PrivateKey m_key;
};

QTEST_GUILESS_MAIN(tst_ServerIdentity)
#include "tst_ServerIdentity.moc"
