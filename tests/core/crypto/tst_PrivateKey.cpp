// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_PrivateKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        // Key generation is the slow part; every test shares these two.
        Result<PrivateKey> rsa = PrivateKey::generateRsa();
        QVERIFY_RESULT(rsa);
        m_rsa = *rsa;
        Result<PrivateKey> ec = PrivateKey::generateEcP256();
        QVERIFY_RESULT(ec);
        m_ec = *ec;
    }

    void generatesTheKindAsked()
    {
        QCOMPARE(m_rsa.algorithm(), KeyAlgorithm::Rsa);
        QCOMPARE(m_rsa.bits(), 2048);
        QCOMPARE(m_ec.algorithm(), KeyAlgorithm::Ec);
        QCOMPARE(m_ec.bits(), 256);
        QVERIFY(!m_rsa.isNull());
        QVERIFY(PrivateKey().isNull());
    }

    void generatesRsa3072()
    {
        const Result<PrivateKey> key = PrivateKey::generateRsa(3072);
        QVERIFY_RESULT(key);
        QCOMPARE(key->bits(), 3072);
    }

    void refusesOtherRsaSizes_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("1024") << 1024;
        QTest::newRow("2047") << 2047;
        QTest::newRow("8192") << 8192;
        QTest::newRow("zero") << 0;
    }

    void refusesOtherRsaSizes()
    {
        QFETCH(int, bits);
        QVERIFY_FAILS_WITH(PrivateKey::generateRsa(bits), Error::Code::InvalidInput);
    }

    void pemRoundTrip_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("rsa") << true << QString() << QByteArray("-----BEGIN PRIVATE KEY-----");
        QTest::newRow("ec") << false << QString() << QByteArray("-----BEGIN PRIVATE KEY-----");
        QTest::newRow("rsa encrypted")
            << true << u"pässwörd"_s << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        QTest::newRow("ec encrypted")
            << false << u"s3cret"_s << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    }

    void pemRoundTrip()
    {
        QFETCH(bool, rsa);
        QFETCH(QString, passphrase);
        QFETCH(QByteArray, header);
        const PrivateKey &key = rsa ? m_rsa : m_ec;
        const Result<QByteArray> pem = key.toPem(passphrase);
        QVERIFY_RESULT(pem);
        QVERIFY(pem->startsWith(header));
        const Result<PrivateKey> back = PrivateKey::fromPem(*pem, passphrase);
        QVERIFY_RESULT(back);
        QCOMPARE(back->publicKey(), key.publicKey());
        QCOMPARE(back->algorithm(), key.algorithm());
        QCOMPARE(back->bits(), key.bits());
    }

    void derRoundTrip_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("rsa") << true;
        QTest::newRow("ec") << false;
    }

    void derRoundTrip()
    {
        QFETCH(bool, rsa);
        const PrivateKey &key = rsa ? m_rsa : m_ec;
        const Result<QByteArray> der = key.toDer();
        QVERIFY_RESULT(der);
        QCOMPARE(der->at(0), '\x30');
        const Result<PrivateKey> back = PrivateKey::fromDer(*der);
        QVERIFY_RESULT(back);
        QCOMPARE(back->publicKey(), key.publicKey());
        QCOMPARE(back->toDer().value_or(QByteArray()), *der);
    }

    void encryptedPemIsAes256UnderPbkdf2AndOpenSslReadsIt()
    {
        const Result<QByteArray> pem = m_ec.toPem(u"hunter2"_s);
        QVERIFY_RESULT(pem);
        m_cli->writeFile(u"encrypted.pem"_s, *pem);
        const OpenSslCli::Output parsed = m_cli->run(
            {u"asn1parse"_s, u"-in"_s, u"encrypted.pem"_s});
        QVERIFY2(parsed.succeeded(), parsed.text().constData());
        QVERIFY2(parsed.standardOutput.contains("PBKDF2"), parsed.standardOutput.constData());
        QVERIFY2(parsed.standardOutput.contains("aes-256-cbc"), parsed.standardOutput.constData());

        const OpenSslCli::Output pub = m_cli->run({u"pkey"_s,
                                                   u"-in"_s,
                                                   u"encrypted.pem"_s,
                                                   u"-passin"_s,
                                                   u"pass:hunter2"_s,
                                                   u"-pubout"_s,
                                                   u"-outform"_s,
                                                   u"DER"_s});
        QVERIFY2(pub.succeeded(), pub.text().constData());
        QCOMPARE(pub.standardOutput, m_ec.publicKeyDer());
    }

    void readsKeysMadeByOpenSsl_data()
    {
        QTest::addColumn<QStringList>("generate");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("der");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("traditional rsa pem")
            << QStringList{u"genrsa"_s, u"-traditional"_s, u"-out"_s, u"trad.pem"_s, u"2048"_s}
            << u"trad.pem"_s << false << QString();
        QTest::newRow("traditional rsa pem, aes encrypted")
            << QStringList{u"genrsa"_s,
                           u"-traditional"_s,
                           u"-aes256"_s,
                           u"-passout"_s,
                           u"pass:open sesame"_s,
                           u"-out"_s,
                           u"trad-enc.pem"_s,
                           u"2048"_s}
            << u"trad-enc.pem"_s << false << u"open sesame"_s;
        // ecparam writes an "EC PARAMETERS" block before the key, which must be skipped.
        QTest::newRow("ec with parameters block") << QStringList{u"ecparam"_s,
                                                                 u"-name"_s,
                                                                 u"prime256v1"_s,
                                                                 u"-genkey"_s,
                                                                 u"-out"_s,
                                                                 u"ec.pem"_s}
                                                  << u"ec.pem"_s << false << QString();
        QTest::newRow("pkcs8 der") << QStringList{u"genpkey"_s,
                                                  u"-algorithm"_s,
                                                  u"EC"_s,
                                                  u"-pkeyopt"_s,
                                                  u"ec_paramgen_curve:P-256"_s,
                                                  u"-outform"_s,
                                                  u"DER"_s,
                                                  u"-out"_s,
                                                  u"key.der"_s}
                                   << u"key.der"_s << true << QString();
        QTest::newRow("encrypted pkcs8 der") << QStringList{u"genpkey"_s,
                                                            u"-algorithm"_s,
                                                            u"EC"_s,
                                                            u"-pkeyopt"_s,
                                                            u"ec_paramgen_curve:P-256"_s,
                                                            u"-aes-256-cbc"_s,
                                                            u"-pass"_s,
                                                            u"pass:der secret"_s,
                                                            u"-outform"_s,
                                                            u"DER"_s,
                                                            u"-out"_s,
                                                            u"key-enc.der"_s}
                                             << u"key-enc.der"_s << true << u"der secret"_s;
    }

    void readsKeysMadeByOpenSsl()
    {
        QFETCH(QStringList, generate);
        QFETCH(QString, file);
        QFETCH(bool, der);
        QFETCH(QString, passphrase);
        const OpenSslCli::Output made = m_cli->run(generate);
        QVERIFY2(made.succeeded(), made.text().constData());
        const QByteArray bytes = m_cli->readFile(file);
        const Result<PrivateKey> key = der ? PrivateKey::fromDer(bytes, passphrase)
                                           : PrivateKey::fromPem(bytes, passphrase);
        QVERIFY_RESULT(key);

        QStringList pubout{u"pkey"_s, u"-in"_s, file, u"-pubout"_s, u"-outform"_s, u"DER"_s};
        if (der)
            pubout << u"-inform"_s << u"DER"_s;
        if (!passphrase.isEmpty())
            pubout << u"-passin"_s << u"pass:"_s + passphrase;
        const OpenSslCli::Output pub = m_cli->run(pubout);
        QVERIFY2(pub.succeeded(), pub.text().constData());
        QCOMPARE(key->publicKeyDer(), pub.standardOutput);
    }

    void tellsAWrongPassphraseFromAMissingOne_data()
    {
        QTest::addColumn<bool>("der");
        QTest::newRow("pem") << false;
        QTest::newRow("der") << true;
    }

    void tellsAWrongPassphraseFromAMissingOne()
    {
        QFETCH(bool, der);
        QByteArray encrypted;
        if (der) {
            // Our DER is never encrypted, so take an encrypted PKCS#8 DER from the tool.
            m_cli->writeFile(u"plain.pem"_s, m_ec.toPem().value_or(QByteArray()));
            const OpenSslCli::Output out = m_cli->run({u"pkcs8"_s,
                                                       u"-topk8"_s,
                                                       u"-in"_s,
                                                       u"plain.pem"_s,
                                                       u"-v2"_s,
                                                       u"aes-256-cbc"_s,
                                                       u"-passout"_s,
                                                       u"pass:right"_s,
                                                       u"-outform"_s,
                                                       u"DER"_s});
            QVERIFY2(out.succeeded(), out.text().constData());
            encrypted = out.standardOutput;
        } else {
            encrypted = m_ec.toPem(u"right"_s).value_or(QByteArray());
        }
        const auto read = [der, &encrypted](const QString &passphrase) {
            return der ? PrivateKey::fromDer(encrypted, passphrase)
                       : PrivateKey::fromPem(encrypted, passphrase);
        };
        const Result<PrivateKey> wrong = read(u"Tr0ub4dor&3"_s);
        QVERIFY_FAILS_WITH(wrong, Error::Code::Crypto);
        QCOMPARE(wrong.error().message, u"The passphrase is wrong."_s);
        QVERIFY(!wrong.error().toString().contains(u"Tr0ub4dor"_s)); // never in the error
        const Result<PrivateKey> missing = read(QString());
        QVERIFY_FAILS_WITH(missing, Error::Code::InvalidInput);
        QCOMPARE(missing.error().message, u"The private key is protected by a passphrase."_s);
        QVERIFY_RESULT(read(u"right"_s));
    }

    void takesTheKeyFromAPemWithTheCertificateFirst()
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"bundle"_s})
            .setValidity(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                         QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        const Result<Certificate> certificate = builder.issueSelfSignedCa(m_ec);
        QVERIFY_RESULT(certificate);
        const QByteArray bundle = certificate->toPem() + m_ec.toPem().value_or(QByteArray());
        const Result<PrivateKey> key = PrivateKey::fromPem(bundle);
        QVERIFY_RESULT(key);
        QVERIFY(key->matches(*certificate));
    }

    void matchesOnlyItsOwnCertificate()
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = u"match"_s})
            .setValidity(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                         QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
        const Result<Certificate> ecCertificate = builder.issueSelfSignedCa(m_ec);
        QVERIFY_RESULT(ecCertificate);
        QVERIFY(m_ec.matches(*ecCertificate));
        QVERIFY(!m_rsa.matches(*ecCertificate));
        QVERIFY(!m_ec.matches(Certificate()));
        QVERIFY(!PrivateKey().matches(*ecCertificate));
    }

    void publicKeyCarriesNoPrivatePart()
    {
        const PublicKey pub = m_rsa.publicKey();
        QCOMPARE(pub.algorithm(), KeyAlgorithm::Rsa);
        QCOMPARE(pub.bits(), 2048);
        QCOMPARE(pub.toDer(), m_rsa.publicKeyDer());
        // The SPKI does not parse as a private key.
        QVERIFY_FAILS_WITH(PrivateKey::fromDer(pub.toDer()), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(PrivateKey::fromPem(pub.toPem()), Error::Code::InvalidInput);
        const Result<PublicKey> fromPem = PublicKey::fromPem(pub.toPem());
        QVERIFY_RESULT(fromPem);
        QCOMPARE(*fromPem, pub);
        QVERIFY(!(m_ec.publicKey() == pub));
    }

    void copiesOutliveTheOriginal()
    {
        PrivateKey copy;
        {
            const Result<PrivateKey> original = PrivateKey::fromPem(
                m_ec.toPem().value_or(QByteArray()));
            QVERIFY_RESULT(original);
            copy = *original;
        }
        QCOMPARE(copy.publicKey(), m_ec.publicKey());
    }

    void nullKeyFailsCleanly()
    {
        const PrivateKey null;
        QVERIFY_FAILS_WITH(null.toPem(), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(null.toDer(), Error::Code::InvalidInput);
        QVERIFY(null.publicKey().isNull());
        QCOMPARE(null.bits(), 0);
        QCOMPARE(null.algorithm(), KeyAlgorithm::Other);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("not a key at all");
        QTest::newRow("pem armour, bad base64")
            << QByteArray("-----BEGIN PRIVATE KEY-----\n@@@@\n-----END PRIVATE KEY-----\n");
        QTest::newRow("pem armour, no end") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIB\n");
        QTest::newRow("der sequence header") << QByteArray("\x30\x82\xff\xff", 4);
        QTest::newRow("nuls") << QByteArray(64, '\0');
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_FAILS_WITH(PrivateKey::fromPem(bytes), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(PrivateKey::fromDer(bytes), Error::Code::InvalidInput);
        QVERIFY(!PublicKey::fromPem(bytes));
        QVERIFY(!PublicKey::fromDer(bytes));
    }

    void signsSha256ThatOpenSslVerifies_data()
    {
        QTest::addColumn<bool>("rsa");
        QTest::newRow("rsa") << true;
        QTest::newRow("ec") << false;
    }

    void signsSha256ThatOpenSslVerifies()
    {
        QFETCH(bool, rsa);
        const PrivateKey &key = rsa ? m_rsa : m_ec;
        constexpr char bytes[] = "the DER of a certificate request\x00\xff";
        const QByteArray data(bytes, sizeof bytes - 1);
        const Result<QByteArray> signature = key.signSha256(data);
        QVERIFY_RESULT(signature);
        if (rsa)
            QCOMPARE(signature->size(), 256); // PKCS#1 v1.5 with a 2048-bit key
        QVERIFY(key.publicKey().verifySha256(data, *signature));
        QVERIFY(!key.publicKey().verifySha256(QByteArray(data + "!"), *signature));
        QVERIFY(!(rsa ? m_ec : m_rsa).publicKey().verifySha256(data, *signature));
        QByteArray flipped = *signature;
        flipped[10] = static_cast<char>(flipped.at(10) ^ 0x01);
        QVERIFY(!key.publicKey().verifySha256(data, flipped));
        QVERIFY(!key.publicKey().verifySha256(data, {}));
        QVERIFY(!PublicKey().verifySha256(data, *signature));

        m_cli->writeFile(u"signed.bin"_s, data);
        m_cli->writeFile(u"signature.bin"_s, *signature);
        m_cli->writeFile(u"public.pem"_s, key.publicKey().toPem());
        const OpenSslCli::Output verified = m_cli->run({u"dgst"_s,
                                                        u"-sha256"_s,
                                                        u"-verify"_s,
                                                        u"public.pem"_s,
                                                        u"-signature"_s,
                                                        u"signature.bin"_s,
                                                        u"signed.bin"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QVERIFY_FAILS_WITH(PrivateKey().signSha256(data), Error::Code::InvalidInput);
    }

    void truncatedKeysNeverParse()
    {
        const QByteArray der = m_ec.toDer().value_or(QByteArray());
        QVERIFY(!der.isEmpty());
        for (qsizetype length = 0; length < der.size(); ++length)
            QVERIFY(!PrivateKey::fromDer(der.first(length)));
        // Cut anywhere before the END line, the base64 body is incomplete.
        const QByteArray pem = m_ec.toPem().value_or(QByteArray());
        const qsizetype end = pem.indexOf("-----END");
        QVERIFY(end > 0);
        for (qsizetype length = 0; length < end; length += 3)
            QVERIFY(!PrivateKey::fromPem(pem.first(length)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    PrivateKey m_rsa;
    PrivateKey m_ec;
};

QTEST_GUILESS_MAIN(tst_PrivateKey)
#include "tst_PrivateKey.moc"
