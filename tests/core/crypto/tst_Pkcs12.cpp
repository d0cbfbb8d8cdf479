// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/PrivateKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

class tst_Pkcs12 : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());

        Result<PrivateKey> caKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(caKey);
        Result<PrivateKey> key = PrivateKey::generateRsa();
        QVERIFY_RESULT(key);
        m_key = *key;
        CertificateBuilder ca;
        ca.setSubject({.commonName = u"P12 CA"_s}).setValidity(utc(2026, 1, 1), utc(2036, 1, 1));
        Result<Certificate> caCertificate = ca.issueSelfSignedCa(*caKey);
        QVERIFY_RESULT(caCertificate);
        m_ca = *caCertificate;
        CertificateBuilder push;
        push.setSubject({.commonName = u"APSP:0c7e"_s, .userId = u"com.apple.mgmt.External.0c7e"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
            .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
        Result<Certificate> certificate = push.issue(m_key.publicKey(), m_ca, *caKey);
        QVERIFY_RESULT(certificate);
        m_certificate = *certificate;

        m_cli->writeFile(u"identity.pem"_s, m_certificate.toPem());
        m_cli->writeFile(u"identity.key"_s, m_key.toPem().value_or(QByteArray()));
        m_cli->writeFile(u"ca.pem"_s, m_ca.toPem());
    }

    void roundTrips()
    {
        const Result<QByteArray> p12 = Pkcs12::create(
            m_key, m_certificate, {m_ca}, u"pässword"_s, u"Push – 2026"_s);
        QVERIFY_RESULT(p12);
        const Result<Pkcs12::Identity> identity = Pkcs12::parse(*p12, u"pässword"_s);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate, m_certificate);
        QCOMPARE(identity->key.publicKey(), m_key.publicKey());
        QVERIFY(identity->key.matches(identity->certificate));
        QCOMPARE(identity->chain, QList<Certificate>{m_ca});
        QCOMPARE(identity->friendlyName, u"Push – 2026"_s);
    }

    void theOpenSslCliReadsWhatWeCreate()
    {
        const Result<QByteArray> p12 = Pkcs12::create(
            m_key, m_certificate, {m_ca}, u"export-pw"_s, u"Espalier Push"_s);
        QVERIFY_RESULT(p12);
        m_cli->writeFile(u"ours.p12"_s, *p12);

        const OpenSslCli::Output info = m_cli->run({u"pkcs12"_s,
                                                    u"-in"_s,
                                                    u"ours.p12"_s,
                                                    u"-passin"_s,
                                                    u"pass:export-pw"_s,
                                                    u"-info"_s,
                                                    u"-noout"_s});
        QVERIFY2(info.succeeded(), info.text().constData());
        const QByteArray text = info.text();
        QVERIFY2(text.contains("MAC: sha256"), text.constData());
        QVERIFY2(text.contains("PBES2, PBKDF2, AES-256-CBC"), text.constData());
        QVERIFY2(!text.contains("RC2") && !text.contains("TripleDES"), text.constData());

        const OpenSslCli::Output keyOut = m_cli->run({u"pkcs12"_s,
                                                      u"-in"_s,
                                                      u"ours.p12"_s,
                                                      u"-passin"_s,
                                                      u"pass:export-pw"_s,
                                                      u"-nocerts"_s,
                                                      u"-nodes"_s});
        QVERIFY2(keyOut.succeeded(), keyOut.text().constData());
        const Result<PrivateKey> key = PrivateKey::fromPem(keyOut.standardOutput);
        QVERIFY_RESULT(key);
        QCOMPARE(key->publicKey(), m_key.publicKey());

        const OpenSslCli::Output certificates = m_cli->run({u"pkcs12"_s,
                                                            u"-in"_s,
                                                            u"ours.p12"_s,
                                                            u"-passin"_s,
                                                            u"pass:export-pw"_s,
                                                            u"-nokeys"_s});
        QVERIFY2(certificates.succeeded(), certificates.text().constData());
        QVERIFY(certificates.standardOutput.contains("friendlyName: Espalier Push"));
        const Result<QList<Certificate>> chain = Certificate::chainFromPem(
            certificates.standardOutput);
        QVERIFY_RESULT(chain);
        QCOMPARE(chain->size(), 2);
        QVERIFY(chain->contains(m_certificate) && chain->contains(m_ca));
    }

    void tellsAWrongPasswordFromADamagedFile()
    {
        const Result<QByteArray> p12 = Pkcs12::create(m_key, m_certificate, {}, u"right"_s);
        QVERIFY_RESULT(p12);

        const Result<Pkcs12::Identity> wrong = Pkcs12::parse(*p12, u"wrong"_s);
        QVERIFY_FAILS_WITH(wrong, Error::Code::Crypto);
        QCOMPARE(wrong.error().message, u"The password is wrong."_s);
        QVERIFY_FAILS_WITH(Pkcs12::parse(*p12, QString()), Error::Code::Crypto);

        const Result<Pkcs12::Identity> garbage = Pkcs12::parse("definitely not a p12", u"right"_s);
        QVERIFY_FAILS_WITH(garbage, Error::Code::InvalidInput);
        QCOMPARE(garbage.error().message, u"The file is not a PKCS #12 file, or it is damaged."_s);
        QVERIFY_FAILS_WITH(Pkcs12::parse(QByteArray(), u"right"_s), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Pkcs12::parse(m_certificate.toDer(), u"right"_s),
                           Error::Code::InvalidInput);
    }

    void truncatedFilesNeverParse()
    {
        const Result<QByteArray> p12 = Pkcs12::create(m_key, m_certificate, {m_ca}, u"right"_s);
        QVERIFY_RESULT(p12);
        for (qsizetype length = 0; length < p12->size(); length += 5) {
            const Result<Pkcs12::Identity> parsed = Pkcs12::parse(p12->first(length), u"right"_s);
            QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
        }
    }

    void readsALegacyFile()
    {
        // What macOS Keychain exports: RC2-40 for the certificates, 3DES for the key, SHA-1 MAC.
        const OpenSslCli::Output made = m_cli->run({u"pkcs12"_s,
                                                    u"-export"_s,
                                                    u"-legacy"_s,
                                                    u"-inkey"_s,
                                                    u"identity.key"_s,
                                                    u"-in"_s,
                                                    u"identity.pem"_s,
                                                    u"-certfile"_s,
                                                    u"ca.pem"_s,
                                                    u"-name"_s,
                                                    u"Legacy Identity"_s,
                                                    u"-passout"_s,
                                                    u"pass:keychain"_s,
                                                    u"-out"_s,
                                                    u"legacy.p12"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        const OpenSslCli::Output info = m_cli->run({u"pkcs12"_s,
                                                    u"-legacy"_s,
                                                    u"-in"_s,
                                                    u"legacy.p12"_s,
                                                    u"-passin"_s,
                                                    u"pass:keychain"_s,
                                                    u"-info"_s,
                                                    u"-noout"_s});
        QVERIFY2(info.succeeded(), info.text().constData());
        QVERIFY2(info.text().contains("pbeWithSHA1And40BitRC2-CBC"), info.text().constData());
        QVERIFY2(info.text().contains("pbeWithSHA1And3-KeyTripleDES-CBC"), info.text().constData());

        // parse() loads the legacy provider itself; nothing here asked for it.
        const QByteArray legacy = m_cli->readFile(u"legacy.p12"_s);
        const Result<Pkcs12::Identity> identity = Pkcs12::parse(legacy, u"keychain"_s);
        QVERIFY_RESULT(identity);
        QVERIFY(OpenSsl::isLegacyProviderLoaded());
        QCOMPARE(identity->certificate, m_certificate);
        QVERIFY(identity->key.matches(m_certificate));
        QCOMPARE(identity->chain, QList<Certificate>{m_ca});
        QCOMPARE(identity->friendlyName, u"Legacy Identity"_s);
        QCOMPARE(identity->certificate.subject().userId, u"com.apple.mgmt.External.0c7e"_s);

        const Result<Pkcs12::Identity> wrong = Pkcs12::parse(legacy, u"keychain!"_s);
        QVERIFY_FAILS_WITH(wrong, Error::Code::Crypto);
        QCOMPARE(wrong.error().message, u"The password is wrong."_s);
    }

    void aLegacyFileWithoutTheLegacyProviderIsUnsupported()
    {
        const QByteArray legacyFile = qgetenv("ESPALIER_TEST_LEGACY_P12");
        if (!legacyFile.isEmpty()) {
            // The child run: OPENSSL_MODULES points at an empty folder, so only the built-in
            // default provider loads, as on a system without OpenSSL's legacy module.
            QVERIFY_RESULT(OpenSsl::initialize());
            QVERIFY(!OpenSsl::isLegacyProviderLoaded());
            QFile file(QString::fromLocal8Bit(legacyFile));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Result<Pkcs12::Identity> legacy = Pkcs12::parse(file.readAll(), u"keychain"_s);
            QVERIFY_FAILS_WITH(legacy, Error::Code::Unsupported);
            // Current files need nothing from the legacy module.
            const Result<QByteArray> modern = Pkcs12::create(m_key, m_certificate, {}, u"pw"_s);
            QVERIFY_RESULT(modern);
            QVERIFY_RESULT(Pkcs12::parse(*modern, u"pw"_s));
            return;
        }
        const OpenSslCli::Output made = m_cli->run({u"pkcs12"_s,
                                                    u"-export"_s,
                                                    u"-legacy"_s,
                                                    u"-inkey"_s,
                                                    u"identity.key"_s,
                                                    u"-in"_s,
                                                    u"identity.pem"_s,
                                                    u"-passout"_s,
                                                    u"pass:keychain"_s,
                                                    u"-out"_s,
                                                    u"child.p12"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        QVERIFY(QDir(m_dir.path()).mkpath(u"no-modules"_s));

        // Provider loading is once per process, so the check runs in a child of this test.
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESPALIER_TEST_LEGACY_P12"_s, m_cli->path(u"child.p12"_s));
        environment.insert(u"OPENSSL_MODULES"_s, m_cli->path(u"no-modules"_s));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"aLegacyFileWithoutTheLegacyProviderIsUnsupported"_s});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains(
                     "PASS   : tst_Pkcs12::aLegacyFileWithoutTheLegacyProviderIsUnsupported()"),
                 output.constData());
    }

    void readsAFileWithAnEmptyPassword()
    {
        const OpenSslCli::Output made = m_cli->run({u"pkcs12"_s,
                                                    u"-export"_s,
                                                    u"-inkey"_s,
                                                    u"identity.key"_s,
                                                    u"-in"_s,
                                                    u"identity.pem"_s,
                                                    u"-passout"_s,
                                                    u"pass:"_s,
                                                    u"-out"_s,
                                                    u"empty.p12"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        const Result<Pkcs12::Identity> identity = Pkcs12::parse(m_cli->readFile(u"empty.p12"_s),
                                                                QString());
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate, m_certificate);
        QVERIFY(identity->chain.isEmpty());
        QVERIFY(identity->friendlyName.isEmpty());
    }

    void refusesToCreateWhatCannotWork()
    {
        QVERIFY_FAILS_WITH(Pkcs12::create(m_key, m_certificate, {}, QString()),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Pkcs12::create(m_key, m_ca, {}, u"pw"_s), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Pkcs12::create(PrivateKey(), m_certificate, {}, u"pw"_s),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Pkcs12::create(m_key, Certificate(), {}, u"pw"_s),
                           Error::Code::InvalidInput);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    PrivateKey m_key;
    Certificate m_ca;
    Certificate m_certificate;
};

QTEST_GUILESS_MAIN(tst_Pkcs12)
#include "tst_Pkcs12.moc"
