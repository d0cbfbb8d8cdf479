// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/Cms.h"
#include "core/crypto/PrivateKey.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

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

// Signed bytes that MIME canonicalisation would change (bare LF, CR LF, NUL, high bytes), with
// a marker the tamper tests can find inside the DER.
constexpr char ContentBytes[]
    = "<?xml version=\"1.0\"?>\n<plist>ESPALIER-MARKER</plist>\r\n\x00\xff\x01tail";

// The length of the DER/BER element at `pos` (definite lengths only), header included;
// -1 when it runs past the end.
qsizetype elementSize(const QByteArray &der, qsizetype pos)
{
    if (pos + 2 > der.size())
        return -1;
    const auto first = static_cast<quint8>(der.at(pos + 1));
    qsizetype header = 2;
    qsizetype length = first;
    if (first >= 0x80) {
        const int octets = first & 0x7f;
        header += octets;
        if (octets == 0 || pos + header > der.size())
            return -1;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = length << 8 | static_cast<quint8>(der.at(pos + 2 + i));
    }
    return pos + header + length <= der.size() ? header + length : -1;
}

// Re-encodes the outermost `levels` constructed elements with indefinite lengths, following
// the last child down each level. For a CMS that is ContentInfo, its [0] and the SignedData
// SEQUENCE: the framing some devices give their Mdm-Signature.
QByteArray withIndefiniteLengths(const QByteArray &der, int levels)
{
    const qsizetype size = elementSize(der, 0);
    if (levels == 0 || size != der.size())
        return der;
    const auto lengthByte = static_cast<quint8>(der.at(1));
    const qsizetype header = 2 + (lengthByte >= 0x80 ? lengthByte & 0x7f : 0);
    const QByteArray content = der.mid(header);
    qsizetype last = 0;
    for (qsizetype pos = 0; pos < content.size();) {
        const qsizetype child = elementSize(content, pos);
        if (child < 0)
            return der;
        last = pos;
        pos += child;
    }
    QByteArray ber;
    ber.append(der.at(0)).append('\x80');
    ber.append(content.left(last));
    ber.append(withIndefiniteLengths(content.mid(last), levels - 1));
    ber.append(2, '\0');
    return ber;
}

} // namespace

class tst_Cms : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        if (OpenSslCli::program().isEmpty())
            QSKIP("The openssl command-line tool is not installed.");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());

        Result<PrivateKey> caKey = PrivateKey::generateRsa();
        QVERIFY_RESULT(caKey);
        Result<PrivateKey> signerKey = PrivateKey::generateRsa();
        QVERIFY_RESULT(signerKey);
        Result<PrivateKey> otherCaKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(otherCaKey);
        Result<PrivateKey> otherSignerKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(otherSignerKey);
        m_signerKey = *signerKey;
        m_otherSignerKey = *otherSignerKey;

        m_ca = makeCa(u"Device CA"_s, *caKey);
        m_otherCa = makeCa(u"Stranger CA"_s, *otherCaKey);
        QVERIFY(!m_ca.isNull() && !m_otherCa.isNull());

        // A device identity: clientAuth only, which OpenSSL's default S/MIME purpose refuses.
        CertificateBuilder device;
        device.setSubject({.commonName = u"device identity"_s, .userId = u"UDID-1"_s})
            .setValidity(utc(2026, 1, 1), utc(2027, 1, 1))
            .setKeyUsage(KeyUsage::DigitalSignature | KeyUsage::KeyEncipherment)
            .setExtendedKeyUsage(ExtendedKeyUsage::ClientAuth);
        Result<Certificate> signer = device.issue(m_signerKey.publicKey(), m_ca, *caKey);
        QVERIFY_RESULT(signer);
        m_signer = *signer;
        device.setSubject({.commonName = u"stranger"_s});
        Result<Certificate> otherSigner = device.issue(
            m_otherSignerKey.publicKey(), m_otherCa, *otherCaKey);
        QVERIFY_RESULT(otherSigner);
        m_otherSigner = *otherSigner;

        m_cli->writeFile(u"ca.pem"_s, m_ca.toPem());
        m_cli->writeFile(u"signer.pem"_s, m_signer.toPem());
        m_cli->writeFile(u"signer.key"_s, m_signerKey.toPem().value_or(QByteArray()));
        m_cli->writeFile(u"content.bin"_s, m_content);
    }

    void attachedVerifiesWithTheOpenSslCli()
    {
        const Result<QByteArray> signedData = Cms::signAttached(
            m_content, m_signer, m_signerKey, {m_ca});
        QVERIFY_RESULT(signedData);
        m_cli->writeFile(u"attached.der"_s, *signedData);
        const OpenSslCli::Output verified = m_cli->run({u"cms"_s,
                                                        u"-verify"_s,
                                                        u"-binary"_s,
                                                        u"-inform"_s,
                                                        u"DER"_s,
                                                        u"-in"_s,
                                                        u"attached.der"_s,
                                                        u"-purpose"_s,
                                                        u"any"_s,
                                                        u"-attime"_s,
                                                        m_checkTime,
                                                        u"-CAfile"_s,
                                                        u"ca.pem"_s,
                                                        u"-certsout"_s,
                                                        u"embedded.pem"_s,
                                                        u"-out"_s,
                                                        u"attached.out"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QCOMPARE(m_cli->readFile(u"attached.out"_s), m_content);
        // The chain certificate travels with the signature, and no S/MIME capabilities do.
        const Result<QList<Certificate>> embedded = Certificate::chainFromPem(
            m_cli->readFile(u"embedded.pem"_s));
        QVERIFY_RESULT(embedded);
        QCOMPARE(embedded->size(), 2);
        QVERIFY(embedded->contains(m_signer) && embedded->contains(m_ca));
        const OpenSslCli::Output printed = m_cli->run({u"cms"_s,
                                                       u"-cmsout"_s,
                                                       u"-print"_s,
                                                       u"-inform"_s,
                                                       u"DER"_s,
                                                       u"-in"_s,
                                                       u"attached.der"_s});
        QVERIFY2(printed.succeeded(), printed.text().constData());
        QVERIFY(printed.standardOutput.contains("sha256"));
        QVERIFY(!printed.standardOutput.contains("SMIME-CAPS"));
        QVERIFY(!printed.standardOutput.contains("S/MIME Capabilities"));
    }

    void detachedVerifiesWithTheOpenSslCli()
    {
        const Result<QByteArray> signature = Cms::signDetached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signature);
        QVERIFY(!signature->contains("ESPALIER-MARKER"));
        m_cli->writeFile(u"detached.der"_s, *signature);
        const OpenSslCli::Output verified = m_cli->run({u"cms"_s,
                                                        u"-verify"_s,
                                                        u"-binary"_s,
                                                        u"-inform"_s,
                                                        u"DER"_s,
                                                        u"-in"_s,
                                                        u"detached.der"_s,
                                                        u"-content"_s,
                                                        u"content.bin"_s,
                                                        u"-purpose"_s,
                                                        u"any"_s,
                                                        u"-attime"_s,
                                                        m_checkTime,
                                                        u"-CAfile"_s,
                                                        u"ca.pem"_s,
                                                        u"-out"_s,
                                                        u"detached.out"_s});
        QVERIFY2(verified.succeeded(), verified.text().constData());
        QCOMPARE(m_cli->readFile(u"detached.out"_s), m_content);

        m_cli->writeFile(u"changed.bin"_s, QByteArray(m_content + "!"));
        const OpenSslCli::Output changed = m_cli->run({u"cms"_s,
                                                       u"-verify"_s,
                                                       u"-binary"_s,
                                                       u"-inform"_s,
                                                       u"DER"_s,
                                                       u"-in"_s,
                                                       u"detached.der"_s,
                                                       u"-content"_s,
                                                       u"changed.bin"_s,
                                                       u"-noverify"_s});
        QVERIFY(!changed.succeeded());
    }

    void roundTripsHere_data()
    {
        QTest::addColumn<bool>("detached");
        QTest::addColumn<bool>("ecSigner");
        QTest::newRow("attached, rsa") << false << false;
        QTest::newRow("detached, rsa") << true << false;
        QTest::newRow("attached, ec") << false << true;
        QTest::newRow("detached, ec") << true << true;
    }

    void roundTripsHere()
    {
        QFETCH(bool, detached);
        QFETCH(bool, ecSigner);
        const Certificate &signer = ecSigner ? m_otherSigner : m_signer;
        const PrivateKey &key = ecSigner ? m_otherSignerKey : m_signerKey;
        const Certificate &root = ecSigner ? m_otherCa : m_ca;
        const Result<QByteArray> signedData = detached ? Cms::signDetached(m_content, signer, key)
                                                       : Cms::signAttached(m_content, signer, key);
        QVERIFY_RESULT(signedData);

        Cms::VerifyOptions options;
        options.trustedRoots = {root};
        options.at = utc(2026, 6, 1);
        if (detached)
            options.detachedContent = m_content;
        const Result<Cms::Verified> verified = Cms::verify(*signedData, options);
        QVERIFY_RESULT(verified);
        QCOMPARE(verified->content, m_content);
        QCOMPARE(verified->signers, QList<Certificate>{signer});
        QVERIFY(verified->trusted);
    }

    void reusingCertificatesChangesNothing_data()
    {
        QTest::addColumn<bool>("detached");
        QTest::newRow("attached") << false;
        QTest::newRow("detached") << true;
    }

    // The cached path reads the DER without its certificates; what it returns and refuses must
    // be what the ordinary path does, on the first sight of a certificate and on later ones.
    void reusingCertificatesChangesNothing()
    {
        QFETCH(bool, detached);
        const Result<QByteArray> signedData
            = detached ? Cms::signDetached(m_content, m_signer, m_signerKey, {m_ca})
                       : Cms::signAttached(m_content, m_signer, m_signerKey, {m_ca});
        QVERIFY_RESULT(signedData);
        Cms::VerifyOptions options;
        options.trustedRoots = {m_ca};
        options.at = utc(2026, 6, 1);
        if (detached)
            options.detachedContent = m_content;
        const Result<Cms::Verified> ordinary = Cms::verify(*signedData, options);
        QVERIFY_RESULT(ordinary);
        QCOMPARE(ordinary->certificates.size(), 2);
        options.reuseCertificates = true;
        for (int sight = 0; sight < 2; ++sight) {
            const Result<Cms::Verified> reused = Cms::verify(*signedData, options);
            QVERIFY_RESULT(reused);
            QCOMPARE(reused->content, ordinary->content);
            QCOMPARE(reused->signers, ordinary->signers);
            QCOMPARE(reused->certificates, ordinary->certificates);
            QVERIFY(reused->trusted);
        }

        // A changed body or signature still fails, and the same way.
        if (detached) {
            options.detachedContent = QByteArray(m_content + "x");
            QVERIFY_FAILS_WITH(Cms::verify(*signedData, options), Error::Code::Crypto);
            options.detachedContent = m_content;
        }
        QByteArray forged = *signedData;
        forged[forged.size() - 10] = char(forged.at(forged.size() - 10) ^ 0x01);
        QVERIFY_FAILS_WITH(Cms::verify(forged, options), Error::Code::Crypto);
        options.reuseCertificates = false;
        QVERIFY_FAILS_WITH(Cms::verify(forged, options), Error::Code::Crypto);

        // Truncated or trailing bytes are unreadable on both paths.
        options.reuseCertificates = true;
        QVERIFY_FAILS_WITH(Cms::verify(signedData->left(signedData->size() - 1), options),
                           Error::Code::InvalidInput);
    }

    void verifiesWhatTheOpenSslCliSigned_data()
    {
        QTest::addColumn<QStringList>("extraArguments");
        QTest::addColumn<bool>("detached");
        QTest::addColumn<bool>("indefiniteLengths");
        QTest::newRow("attached") << QStringList{u"-nodetach"_s} << false << false;
        QTest::newRow("detached") << QStringList() << true << false;
        QTest::newRow("detached, sha1 like older devices")
            << QStringList{u"-md"_s, u"sha1"_s} << true << false;
        // -stream makes the tool write BER with indefinite lengths, as some devices do. (With
        // -stream it embeds the content even without -nodetach, hence the separate test of
        // detached BER below.)
        QTest::newRow("attached ber") << QStringList{u"-nodetach"_s, u"-stream"_s} << false << true;
    }

    void verifiesWhatTheOpenSslCliSigned()
    {
        QFETCH(QStringList, extraArguments);
        QFETCH(bool, detached);
        QFETCH(bool, indefiniteLengths);
        const OpenSslCli::Output made = m_cli->run(QStringList{u"cms"_s,
                                                               u"-sign"_s,
                                                               u"-binary"_s,
                                                               u"-in"_s,
                                                               u"content.bin"_s,
                                                               u"-signer"_s,
                                                               u"signer.pem"_s,
                                                               u"-inkey"_s,
                                                               u"signer.key"_s,
                                                               u"-outform"_s,
                                                               u"DER"_s,
                                                               u"-out"_s,
                                                               u"cli.der"_s}
                                                   + extraArguments);
        QVERIFY2(made.succeeded(), made.text().constData());
        const QByteArray signedData = m_cli->readFile(u"cli.der"_s);
        QCOMPARE(signedData.contains("ESPALIER-MARKER"), !detached);

        const OpenSslCli::Output parsed = m_cli->run(
            {u"asn1parse"_s, u"-inform"_s, u"DER"_s, u"-in"_s, u"cli.der"_s});
        QVERIFY2(parsed.succeeded(), parsed.text().constData());
        QCOMPARE(parsed.standardOutput.contains("l=inf"), indefiniteLengths);

        Cms::VerifyOptions options;
        options.trustedRoots = {m_ca};
        options.at = utc(2026, 6, 1);
        if (detached)
            options.detachedContent = m_content;
        const Result<Cms::Verified> verified = Cms::verify(signedData, options);
        QVERIFY_RESULT(verified);
        QCOMPARE(verified->content, m_content);
        QCOMPARE(verified->signers, QList<Certificate>{m_signer});
        QVERIFY(verified->trusted);

        if (detached) {
            options.detachedContent = m_content.left(m_content.size() - 1);
            QVERIFY_FAILS_WITH(Cms::verify(signedData, options), Error::Code::Crypto);
        }
    }

    void verifiesDetachedSignaturesWithIndefiniteLengths()
    {
        const Result<QByteArray> der = Cms::signDetached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(der);
        const QByteArray ber = withIndefiniteLengths(*der, 3);
        QVERIFY(ber.startsWith("\x30\x80"));
        m_cli->writeFile(u"detached.ber"_s, ber);
        const OpenSslCli::Output parsed = m_cli->run(
            {u"asn1parse"_s, u"-inform"_s, u"DER"_s, u"-in"_s, u"detached.ber"_s});
        QVERIFY2(parsed.succeeded(), parsed.text().constData());
        QCOMPARE(parsed.standardOutput.count("l=inf"), 3);
        // The tool accepts it too, so this is valid BER and not just something we tolerate.
        const OpenSslCli::Output cli = m_cli->run({u"cms"_s,
                                                   u"-verify"_s,
                                                   u"-binary"_s,
                                                   u"-inform"_s,
                                                   u"DER"_s,
                                                   u"-in"_s,
                                                   u"detached.ber"_s,
                                                   u"-content"_s,
                                                   u"content.bin"_s,
                                                   u"-purpose"_s,
                                                   u"any"_s,
                                                   u"-attime"_s,
                                                   m_checkTime,
                                                   u"-CAfile"_s,
                                                   u"ca.pem"_s,
                                                   u"-out"_s,
                                                   u"ber.out"_s});
        QVERIFY2(cli.succeeded(), cli.text().constData());

        Cms::VerifyOptions options;
        options.detachedContent = m_content;
        options.trustedRoots = {m_ca};
        options.at = utc(2026, 6, 1);
        const Result<Cms::Verified> verified = Cms::verify(ber, options);
        QVERIFY_RESULT(verified);
        QCOMPARE(verified->signers, QList<Certificate>{m_signer});
        QVERIFY(verified->trusted);
        // Indefinite lengths take the ordinary path when certificates are reused.
        options.reuseCertificates = true;
        QVERIFY_RESULT(Cms::verify(ber, options));
        options.detachedContent = QByteArray(m_content + "x");
        QVERIFY_FAILS_WITH(Cms::verify(ber, options), Error::Code::Crypto);
    }

    void detectsTamperedAttachedContent()
    {
        const Result<QByteArray> signedData = Cms::signAttached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signedData);
        QByteArray tampered = *signedData;
        const qsizetype at = tampered.indexOf("ESPALIER-MARKER");
        QVERIFY(at > 0);
        tampered[at] = 'e';
        const Result<Cms::Verified> verified = Cms::verify(tampered);
        QVERIFY_FAILS_WITH(verified, Error::Code::Crypto);
        QCOMPARE(verified.error().message, u"The signature does not match the signed data."_s);
    }

    void detectsATamperedDetachedBody()
    {
        const Result<QByteArray> signature = Cms::signDetached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signature);
        QByteArray body = m_content;
        body[body.indexOf("MARKER")] = 'm';
        Cms::VerifyOptions options;
        options.detachedContent = body;
        QVERIFY_FAILS_WITH(Cms::verify(*signature, options), Error::Code::Crypto);
        options.detachedContent = QByteArray();
        QVERIFY_FAILS_WITH(Cms::verify(*signature, options), Error::Code::Crypto);
        options.detachedContent = m_content;
        QVERIFY_RESULT(Cms::verify(*signature, options));
    }

    void aStrangerFailsTrustButPassesTheSignatureCheck()
    {
        const Result<QByteArray> signature = Cms::signDetached(
            m_content, m_otherSigner, m_otherSignerKey);
        QVERIFY_RESULT(signature);
        Cms::VerifyOptions options;
        options.detachedContent = m_content;
        options.at = utc(2026, 6, 1);

        // Without a trust store: the math holds, and the caller learns who signed.
        const Result<Cms::Verified> untrusted = Cms::verify(*signature, options);
        QVERIFY_RESULT(untrusted);
        QVERIFY(!untrusted->trusted);
        QCOMPARE(untrusted->signers, QList<Certificate>{m_otherSigner});
        QCOMPARE(untrusted->content, m_content);

        options.trustedRoots = {m_ca};
        const Result<Cms::Verified> trusted = Cms::verify(*signature, options);
        QVERIFY_FAILS_WITH(trusted, Error::Code::Tls);
        QCOMPARE(trusted.error().message,
                 u"The certificate was not issued by a trusted authority."_s);
    }

    void trustHonoursTimeAndPurpose()
    {
        const Result<QByteArray> signature = Cms::signDetached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signature);
        Cms::VerifyOptions options;
        options.detachedContent = m_content;
        options.trustedRoots = {m_ca};
        options.at = utc(2027, 6, 1);
        const Result<Cms::Verified> expired = Cms::verify(*signature, options);
        QVERIFY_FAILS_WITH(expired, Error::Code::Tls);
        QCOMPARE(expired.error().message, u"The certificate has expired."_s);

        options.at = utc(2026, 6, 1);
        options.purpose = Certificate::Purpose::TlsClient;
        QVERIFY_RESULT(Cms::verify(*signature, options));
        options.purpose = Certificate::Purpose::TlsServer;
        QVERIFY_FAILS_WITH(Cms::verify(*signature, options), Error::Code::Tls);
    }

    void refusesContentThatDoesNotFitTheSignature()
    {
        const Result<QByteArray> detached = Cms::signDetached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(detached);
        QVERIFY_FAILS_WITH(Cms::verify(*detached), Error::Code::InvalidInput);

        // A body offered for a signature that carries its own content is refused, so the
        // embedded bytes can never stand in for the body that was really received.
        const Result<QByteArray> attached = Cms::signAttached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(attached);
        Cms::VerifyOptions options;
        options.detachedContent = m_content;
        QVERIFY_FAILS_WITH(Cms::verify(*attached, options), Error::Code::InvalidInput);
    }

    void refusesToSignWithTheWrongKey()
    {
        QVERIFY_FAILS_WITH(Cms::signAttached(m_content, m_signer, m_otherSignerKey),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Cms::signDetached(m_content, Certificate(), m_signerKey),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Cms::signDetached(m_content, m_signer, PrivateKey()),
                           Error::Code::InvalidInput);
    }

    void signsEmptyContent()
    {
        const Result<QByteArray> signedData = Cms::signAttached(
            QByteArray(), m_signer, m_signerKey);
        QVERIFY_RESULT(signedData);
        const Result<Cms::Verified> verified = Cms::verify(*signedData);
        QVERIFY_RESULT(verified);
        QVERIFY(verified->content.isEmpty());
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("MIAGCSqGSIb3DQEHAqCAMIACAQEx");
        QTest::newRow("indefinite header") << QByteArray("\x30\x80\x06\x09", 4);
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY_FAILS_WITH(Cms::verify(bytes), Error::Code::InvalidInput);
    }

    void rejectsDerThatIsNotCms()
    {
        QVERIFY_FAILS_WITH(Cms::verify(m_ca.toDer()), Error::Code::InvalidInput);
    }

    void damagedInputNeverCrashes()
    {
        const Result<QByteArray> signedData = Cms::signAttached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signedData);
        const QByteArray der = *signedData;
        for (qsizetype length = 0; length < der.size(); ++length)
            QVERIFY(!Cms::verify(der.first(length)));
        for (qsizetype i = 0; i < der.size(); i += 3) {
            QByteArray flipped = der;
            flipped[i] = static_cast<char>(flipped.at(i) ^ 0x24);
            const Result<Cms::Verified> verified = Cms::verify(flipped);
            if (verified) {
                // Only bytes outside what the signature covers may change without notice,
                // and then the content must still be the signed content.
                QCOMPARE(verified->content, m_content);
            }
        }
    }

    void encryptsToARecipient()
    {
        // Ours, decrypted by the openssl tool.
        const Result<QByteArray> enveloped = Cms::encrypt(m_content, {m_signer});
        QVERIFY_RESULT(enveloped);
        m_cli->writeFile(u"enveloped.der"_s, *enveloped);
        const OpenSslCli::Output decrypted = m_cli->run({u"cms"_s,
                                                         u"-decrypt"_s,
                                                         u"-binary"_s,
                                                         u"-inform"_s,
                                                         u"DER"_s,
                                                         u"-in"_s,
                                                         u"enveloped.der"_s,
                                                         u"-recip"_s,
                                                         u"signer.pem"_s,
                                                         u"-inkey"_s,
                                                         u"signer.key"_s,
                                                         u"-out"_s,
                                                         u"decrypted.bin"_s});
        QVERIFY2(decrypted.succeeded(), decrypted.text().constData());
        QCOMPARE(m_cli->readFile(u"decrypted.bin"_s), m_content);
        const Result<QByteArray> roundTrip = Cms::decrypt(*enveloped, m_signer, m_signerKey);
        QVERIFY_RESULT(roundTrip);
        QCOMPARE(*roundTrip, m_content);

        // The tool's, with another cipher, decrypted here.
        const OpenSslCli::Output made = m_cli->run({u"cms"_s,
                                                    u"-encrypt"_s,
                                                    u"-binary"_s,
                                                    u"-aes-128-cbc"_s,
                                                    u"-in"_s,
                                                    u"content.bin"_s,
                                                    u"-outform"_s,
                                                    u"DER"_s,
                                                    u"-out"_s,
                                                    u"cli-enveloped.der"_s,
                                                    u"signer.pem"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        const Result<QByteArray> fromCli = Cms::decrypt(
            m_cli->readFile(u"cli-enveloped.der"_s), m_signer, m_signerKey);
        QVERIFY_RESULT(fromCli);
        QCOMPARE(*fromCli, m_content);

        // Someone else's key, a key that is not the certificate's, signed data, no recipient.
        QVERIFY_FAILS_WITH(Cms::decrypt(*enveloped, m_otherSigner, m_otherSignerKey),
                           Error::Code::Crypto);
        QVERIFY_FAILS_WITH(Cms::decrypt(*enveloped, m_signer, m_otherSignerKey),
                           Error::Code::InvalidInput);
        const Result<QByteArray> signedData = Cms::signAttached(m_content, m_signer, m_signerKey);
        QVERIFY_RESULT(signedData);
        QVERIFY_FAILS_WITH(Cms::decrypt(*signedData, m_signer, m_signerKey),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Cms::encrypt(m_content, {}), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Cms::decrypt(QByteArray("garbage"), m_signer, m_signerKey),
                           Error::Code::InvalidInput);
        for (qsizetype length = 0; length < enveloped->size(); length += 7)
            QVERIFY(!Cms::decrypt(enveloped->first(length), m_signer, m_signerKey));
    }

private:
    static Certificate makeCa(const QString &name, const PrivateKey &key)
    {
        CertificateBuilder builder;
        builder.setSubject({.commonName = name}).setValidity(utc(2026, 1, 1), utc(2036, 1, 1));
        return builder.issueSelfSignedCa(key).value_or(Certificate());
    }

    const QByteArray m_content{ContentBytes, sizeof ContentBytes - 1};
    // Every certificate here is valid then; `openssl -attime` takes seconds since 1970.
    const QString m_checkTime = QString::number(utc(2026, 6, 1).toSecsSinceEpoch());
    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    PrivateKey m_signerKey;
    PrivateKey m_otherSignerKey;
    Certificate m_ca;
    Certificate m_otherCa;
    Certificate m_signer;
    Certificate m_otherSigner;
};

QTEST_GUILESS_MAIN(tst_Cms)
#include "tst_Cms.moc"
