// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Pkcs12.h"
#include "core/plist/Plist.h"
#include "core/push/PushCertificateRequest.h"
#include "core/push/VendorSigning.h"
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

QVariantMap decodedPlist(const QByteArray &uploadFile)
{
    const auto decoded = QByteArray::fromBase64Encoding(uploadFile,
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    Result<QVariant> parsed = Plist::parse(decoded.decoded);
    return parsed ? parsed->toMap() : QVariantMap();
}

QByteArray reencoded(QVariantMap plist)
{
    Result<QByteArray> xml = Plist::toXml(plist);
    return xml ? xml->toBase64() : QByteArray();
}

} // namespace

class tst_VendorSigning : public QObject
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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (!OpenSslCli::program().isEmpty())
            m_cli = std::make_unique<OpenSslCli>(m_dir->path());
    }

    void buildsTheRequestApplesPortalAccepts()
    {
        // The admin's .p12 holds the vendor certificate and the WWDR intermediate; the root
        // comes from Apple's .cer file.
        Result<QByteArray> p12 = Pkcs12::create(
            m_pki->vendor.key, m_pki->vendor.certificate, m_pki->vendor.chain, u"vendor-secret"_s);
        QVERIFY_RESULT(p12);
        Result<Pkcs12::Identity> identity = VendorSigning::readIdentity(*p12, u"vendor-secret"_s);
        QVERIFY_RESULT(identity);
        Result<QList<Certificate>> rootFile = VendorSigning::readCertificates(m_pki->root.toDer());
        QVERIFY_RESULT(rootFile);

        const VendorSigning::Findings findings = VendorSigning::check(*identity, *rootFile, s_now);
        QVERIFY2(findings.canSign(), qPrintable(findings.problems.join(u'\n')));
        QVERIFY2(findings.warnings.isEmpty(), qPrintable(findings.warnings.join(u'\n')));

        Result<VendorSigning::Signed> made = VendorSigning::sign(
            m_request.csr(), *identity, *rootFile, s_now);
        QVERIFY_RESULT(made);
        // The upload file is one line of base64 of an XML plist with exactly the three keys.
        QVERIFY(!made->uploadFile.contains('\n'));
        const QVariantMap plist = decodedPlist(made->uploadFile);
        QCOMPARE(
            plist.keys(),
            QStringList(
                {u"PushCertCertificateChain"_s, u"PushCertRequestCSR"_s, u"PushCertSignature"_s}));
        const QByteArray xml = QByteArray::fromBase64(made->uploadFile);
        QVERIFY(xml.startsWith("<?xml"));
        QCOMPARE(QByteArray::fromBase64(plist.value(u"PushCertRequestCSR"_s).toString().toLatin1()),
                 m_request.csrDer());

        // The chain: vendor, intermediate, root, in PEM with lines of at most 64 characters.
        const QByteArray chainPem
            = plist.value(u"PushCertCertificateChain"_s).toString().toLatin1();
        Result<QList<Certificate>> chain = Certificate::chainFromPem(chainPem);
        QVERIFY_RESULT(chain);
        QCOMPARE(*chain, QList<Certificate>({m_pki->vendor.certificate, m_pki->wwdr, m_pki->root}));
        for (const QByteArray &line : chainPem.split('\n'))
            QVERIFY(line.size() <= 64);

        // The signature: SHA-256 with RSA over the CSR's DER, by the vendor key.
        const QByteArray signature = QByteArray::fromBase64(
            plist.value(u"PushCertSignature"_s).toString().toLatin1());
        QCOMPARE(signature.size(), 256);
        QVERIFY(m_pki->vendor.certificate.publicKey().verifySha256(m_request.csrDer(), signature));
        QVERIFY(!m_pki->vendor.certificate.publicKey().verifySha256(m_request.csrPem(), signature));

        // The openssl tool agrees, as Apple's portal would.
        if (m_cli) {
            m_cli->writeFile(u"vendor.pub"_s, m_pki->vendor.certificate.publicKey().toPem());
            m_cli->writeFile(u"csr.der"_s, m_request.csrDer());
            m_cli->writeFile(u"signature.bin"_s, signature);
            const OpenSslCli::Output verified = m_cli->run({u"dgst"_s,
                                                            u"-sha256"_s,
                                                            u"-verify"_s,
                                                            u"vendor.pub"_s,
                                                            u"-signature"_s,
                                                            u"signature.bin"_s,
                                                            u"csr.der"_s});
            QVERIFY2(verified.succeeded(), verified.text().constData());
            QVERIFY(verified.standardOutput.contains("Verified OK"));
        }

        // And it reads back.
        Result<VendorSigning::SignedRequest> read = VendorSigning::read(made->uploadFile);
        QVERIFY_RESULT(read);
        QCOMPARE(read->csrDer, m_request.csrDer());
        QCOMPARE(read->chain, *chain);
        QCOMPARE(read->signature, signature);
        // With line breaks, as a mail program may wrap it, and as the bare plist.
        QByteArray wrapped;
        for (qsizetype i = 0; i < made->uploadFile.size(); i += 76)
            wrapped += made->uploadFile.mid(i, 76) + "\r\n";
        QVERIFY_RESULT(VendorSigning::read(wrapped));
        QVERIFY_RESULT(VendorSigning::read(xml));
        QCOMPARE(VendorSigning::normalizedUploadFile(wrapped), made->uploadFile);
        QCOMPARE(VendorSigning::normalizedUploadFile(xml), made->uploadFile);
    }

    void readsLegacyKeychainExports()
    {
        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        Result<QByteArray> keyPem = m_pki->vendor.key.toPem();
        QVERIFY_RESULT(keyPem);
        m_cli->writeFile(u"vendor.key"_s, *keyPem);
        m_cli->writeFile(u"vendor.pem"_s, m_pki->vendor.certificate.toPem());
        m_cli->writeFile(u"chain.pem"_s, m_pki->wwdr.toPem() + m_pki->root.toPem());
        const OpenSslCli::Output made = m_cli->run({u"pkcs12"_s,
                                                    u"-export"_s,
                                                    u"-legacy"_s,
                                                    u"-inkey"_s,
                                                    u"vendor.key"_s,
                                                    u"-in"_s,
                                                    u"vendor.pem"_s,
                                                    u"-certfile"_s,
                                                    u"chain.pem"_s,
                                                    u"-passout"_s,
                                                    u"pass:keychain"_s,
                                                    u"-out"_s,
                                                    u"legacy.p12"_s});
        QVERIFY2(made.succeeded(), made.text().constData());
        const QByteArray legacy = m_cli->readFile(u"legacy.p12"_s);
        Result<Pkcs12::Identity> identity = VendorSigning::readIdentity(legacy, u"keychain"_s);
        QVERIFY_RESULT(identity);
        QCOMPARE(identity->certificate, m_pki->vendor.certificate);
        // The whole chain came in the file: nothing to add.
        QVERIFY_RESULT(VendorSigning::sign(m_request.csr(), *identity, {}, s_now));

        const Result<Pkcs12::Identity> wrong = VendorSigning::readIdentity(legacy, u"nope"_s);
        QVERIFY_FAILS_WITH(wrong, Error::Code::Crypto);
        QVERIFY2(wrong.error().message.contains(u"password is wrong"_s),
                 qPrintable(wrong.error().message));
        QVERIFY_FAILS_WITH(VendorSigning::readIdentity(QByteArray("not a p12"), u"x"_s),
                           Error::Code::InvalidInput);
    }

    void reportsWhatIsWrongWithTheVendorCertificate()
    {
        // Expired.
        Result<Pkcs12::Identity> expired = m_pki->issueVendor(
            u"MDM Vendor: Example Shop"_s, s_now.addDays(-400), s_now.addDays(-35));
        QVERIFY_RESULT(expired);
        VendorSigning::Findings findings = VendorSigning::check(*expired, {m_pki->root}, s_now);
        QVERIFY(!findings.canSign());
        QVERIFY2(findings.problems.join(u' ').contains(u"expired on"_s),
                 qPrintable(findings.problems.join(u' ')));
        const Result<VendorSigning::Signed> refused = VendorSigning::sign(
            m_request.csr(), *expired, {m_pki->root}, s_now);
        QVERIFY_FAILS_WITH(refused, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(u"expired on"_s));

        // Valid, but soon not.
        Result<Pkcs12::Identity> soon = m_pki->issueVendor(
            u"MDM Vendor: Example Shop"_s, s_now.addDays(-300), s_now.addDays(10));
        QVERIFY_RESULT(soon);
        findings = VendorSigning::check(*soon, {m_pki->root}, s_now);
        QVERIFY(findings.canSign());
        QVERIFY(findings.warnings.join(u' ').contains(u"expires on"_s));

        // Not an MDM vendor certificate by its name: a warning, signing goes on.
        Result<Pkcs12::Identity> developer = m_pki->issueVendor(
            u"Apple Development: Sam Example"_s, s_now.addDays(-1), s_now.addDays(300));
        QVERIFY_RESULT(developer);
        findings = VendorSigning::check(*developer, {m_pki->root}, s_now);
        QVERIFY(findings.canSign());
        QVERIFY2(findings.warnings.join(u' ').contains(u"does not look like an MDM vendor"_s),
                 qPrintable(findings.warnings.join(u' ')));
        Result<VendorSigning::Signed> signedAnyway = VendorSigning::sign(
            m_request.csr(), *developer, {m_pki->root}, s_now);
        QVERIFY_RESULT(signedAnyway);
        QCOMPARE(signedAnyway->warnings, findings.warnings);

        // The root is missing: the chain stops at the intermediate.
        findings = VendorSigning::check(m_pki->vendor, {}, s_now);
        QVERIFY(!findings.canSign());
        const QString incomplete = findings.problems.join(u' ');
        QVERIFY2(incomplete.contains(u"incomplete"_s), qPrintable(incomplete));
        QVERIFY(incomplete.contains(u"Test Apple Root CA"_s));
        QVERIFY(incomplete.contains(u"AppleIncRootCertificate.cer"_s));
        // Both missing, with the .p12 holding nothing but the vendor certificate.
        Pkcs12::Identity bare = m_pki->vendor;
        bare.chain.clear();
        findings = VendorSigning::check(bare, {}, s_now);
        QVERIFY(findings.problems.join(u' ').contains(u"Test Apple Worldwide Developer"_s));
        // Handed in as one PEM file, in any order, with a stranger among them.
        const QByteArray pemFile = m_pki->root.toPem() + m_pki->pushCa.toPem()
                                   + m_pki->wwdr.toPem();
        Result<QList<Certificate>> added = VendorSigning::readCertificates(pemFile);
        QVERIFY_RESULT(added);
        QVERIFY(VendorSigning::check(bare, *added, s_now).canSign());
        Result<QList<Certificate>> ordered = VendorSigning::chain(bare.certificate, *added);
        QVERIFY_RESULT(ordered);
        QCOMPARE(*ordered, QList<Certificate>({bare.certificate, m_pki->wwdr, m_pki->root}));

        // A CA certificate as the "vendor".
        Pkcs12::Identity ca{m_pki->wwdrKey, m_pki->wwdr, {}, {}};
        findings = VendorSigning::check(ca, {m_pki->root}, s_now);
        QVERIFY(findings.problems.join(u' ').contains(u"certificate authority"_s));

        // An EC key: Apple wants RSA.
        Result<PrivateKey> ecKey = PrivateKey::generateEcP256();
        QVERIFY_RESULT(ecKey);
        Result<Pkcs12::Identity> ec = m_pki->issueVendor(
            u"MDM Vendor: Example Shop"_s, s_now.addDays(-1), s_now.addDays(300), *ecKey);
        QVERIFY_RESULT(ec);
        findings = VendorSigning::check(*ec, {m_pki->root}, s_now);
        QVERIFY(findings.problems.join(u' ').contains(u"RSA"_s));
        QVERIFY_FAILS_WITH(VendorSigning::sign(m_request.csr(), *ec, {m_pki->root}, s_now),
                           Error::Code::InvalidInput);
    }

    void readRefusesDamagedRequests()
    {
        Result<VendorSigning::Signed> made = VendorSigning::sign(
            m_request.csr(), m_pki->vendor, {m_pki->root}, s_now);
        QVERIFY_RESULT(made);
        const QVariantMap plist = decodedPlist(made->uploadFile);

        // Another CSR under the same signature.
        Result<PushCertificateRequest> other = PushCertificateRequest::generate();
        QVERIFY_RESULT(other);
        QVariantMap swapped = plist;
        swapped.insert(u"PushCertRequestCSR"_s, QString::fromLatin1(other->csrDer().toBase64()));
        QVERIFY_FAILS_WITH(VendorSigning::read(reencoded(swapped)), Error::Code::Crypto);

        // A chain out of order.
        QVariantMap reordered = plist;
        reordered.insert(u"PushCertCertificateChain"_s,
                         QString::fromLatin1(m_pki->vendor.certificate.toPem() + m_pki->root.toPem()
                                             + m_pki->wwdr.toPem()));
        const Result<VendorSigning::SignedRequest> broken = VendorSigning::read(
            reencoded(reordered));
        QVERIFY_FAILS_WITH(broken, Error::Code::InvalidInput);
        QVERIFY(broken.error().message.contains(u"out of order"_s));

        // A key missing, a key of the wrong type, garbage.
        QVariantMap missing = plist;
        missing.remove(u"PushCertSignature"_s);
        QVERIFY_FAILS_WITH(VendorSigning::read(reencoded(missing)), Error::Code::InvalidInput);
        QVariantMap wrongType = plist;
        wrongType.insert(u"PushCertSignature"_s, QByteArray("raw"));
        QVERIFY_FAILS_WITH(VendorSigning::read(reencoded(wrongType)), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(VendorSigning::read(QByteArray("%%% not base64 %%%")),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(VendorSigning::read(QByteArray("aGVsbG8=")), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(VendorSigning::read(QByteArray()), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(VendorSigning::read(made->uploadFile.left(made->uploadFile.size() / 2)),
                           Error::Code::InvalidInput);
    }

private:
    std::optional<PushCertificateTestPki> m_pki;
    PushCertificateRequest m_request;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
};

QTEST_GUILESS_MAIN(tst_VendorSigning)
#include "tst_VendorSigning.moc"
