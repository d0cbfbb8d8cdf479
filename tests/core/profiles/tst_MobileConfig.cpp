// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"
#include "core/plist/Plist.h"
#include "core/profiles/MobileConfig.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Espalier;

namespace {

QString corpusDir()
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR") + u"/tests/data/profiles"_s;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Where two plist values first differ ("" when they are the same): types must match exactly,
// not just compare equal after a conversion.
QString difference(const QVariant &a, const QVariant &b, const QString &path = u"/"_s)
{
    if (a.typeId() != b.typeId()) {
        return u"%1: type %2 vs %3"_s.arg(
            path, QString::fromLatin1(a.typeName()), QString::fromLatin1(b.typeName()));
    }
    switch (a.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap ma = a.toMap();
        const QVariantMap mb = b.toMap();
        if (ma.keys() != mb.keys())
            return u"%1: keys %2 vs %3"_s.arg(path, ma.keys().join(u','), mb.keys().join(u','));
        for (auto it = ma.cbegin(); it != ma.cend(); ++it) {
            if (QString d = difference(it.value(), mb.value(it.key()), path + it.key() + u'/');
                !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    case QMetaType::QVariantList: {
        const QVariantList la = a.toList();
        const QVariantList lb = b.toList();
        if (la.size() != lb.size())
            return u"%1: %2 vs %3 items"_s.arg(path).arg(la.size()).arg(lb.size());
        for (qsizetype i = 0; i < la.size(); ++i) {
            if (QString d = difference(la.at(i), lb.at(i), path + QString::number(i) + u'/');
                !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    case QMetaType::Double: {
        const double da = a.toDouble();
        const double db = b.toDouble();
        if (da != db || std::signbit(da) != std::signbit(db))
            return u"%1: %2 vs %3"_s.arg(path).arg(da, 0, 'g', 17).arg(db, 0, 'g', 17);
        return {};
    }
    default:
        if (a != b)
            return u"%1: %2 vs %3"_s.arg(path, a.toString(), b.toString());
        return {};
    }
}

QStringList corpus()
{
    const QDir dir(corpusDir());
    QStringList files;
    for (const QString &name : dir.entryList({u"*.mobileconfig"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class tst_MobileConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(!OpenSslCli::program().isEmpty(), "the openssl tool is needed");
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        m_cli->writeFile(
            u"ca.ext"_s,
            "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
            "subjectKeyIdentifier=hash\n");
        m_cli->writeFile(u"leaf.ext"_s,
                         "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                         "authorityKeyIdentifier=keyid\n");
        const QList<QStringList> steps{
            {u"req"_s,
             u"-x509"_s,
             u"-newkey"_s,
             u"rsa:2048"_s,
             u"-nodes"_s,
             u"-keyout"_s,
             u"ca.key"_s,
             u"-out"_s,
             u"ca.pem"_s,
             u"-days"_s,
             u"30"_s,
             u"-subj"_s,
             u"/CN=Orchard Profile Test CA/O=Example Orchard"_s,
             u"-addext"_s,
             u"basicConstraints=critical,CA:TRUE"_s,
             u"-addext"_s,
             u"keyUsage=critical,keyCertSign,cRLSign"_s},
            {u"req"_s,
             u"-newkey"_s,
             u"rsa:2048"_s,
             u"-nodes"_s,
             u"-keyout"_s,
             u"signer.key"_s,
             u"-out"_s,
             u"signer.csr"_s,
             u"-subj"_s,
             u"/CN=Orchard Profile Signer/O=Example Orchard"_s},
            {u"x509"_s,
             u"-req"_s,
             u"-in"_s,
             u"signer.csr"_s,
             u"-CA"_s,
             u"ca.pem"_s,
             u"-CAkey"_s,
             u"ca.key"_s,
             u"-CAcreateserial"_s,
             u"-days"_s,
             u"20"_s,
             u"-extfile"_s,
             u"leaf.ext"_s,
             u"-out"_s,
             u"signer.pem"_s},
            {u"pkcs12"_s,
             u"-export"_s,
             u"-inkey"_s,
             u"signer.key"_s,
             u"-in"_s,
             u"signer.pem"_s,
             u"-certfile"_s,
             u"ca.pem"_s,
             u"-passout"_s,
             u"pass:orchard-test"_s,
             u"-out"_s,
             u"signer.p12"_s},
        };
        for (const QStringList &step : steps) {
            const OpenSslCli::Output out = m_cli->run(step);
            QVERIFY2(out.succeeded(), out.text().constData());
        }
        Result<Certificate> ca = Certificate::fromPem(m_cli->readFile(u"ca.pem"_s));
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        Result<Pkcs12::Identity> identity = Pkcs12::parse(m_cli->readFile(u"signer.p12"_s),
                                                          u"orchard-test"_s);
        QVERIFY_RESULT(identity);
        m_identity = *identity;
    }

    void corpusIsLargeAndVaried()
    {
        const QStringList files = corpus();
        QVERIFY2(files.size() >= 25, qPrintable(QString::number(files.size())));
        int binary = 0;
        int xml = 0;
        for (const QString &file : files) {
            const std::optional<Plist::Format> format = Plist::detectFormat(readAll(file));
            QVERIFY(format);
            (*format == Plist::Format::Binary ? binary : xml) += 1;
        }
        QVERIFY(binary >= 5);
        QVERIFY(xml >= 5);
    }

    void roundTripKeepsEveryKey_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("signFirst");
        QTest::addColumn<int>("exportFormat");
        for (const QString &file : corpus()) {
            const QString name = QFileInfo(file).completeBaseName();
            for (bool signFirst : {false, true}) {
                for (Plist::Format format : {Plist::Format::Xml, Plist::Format::Binary}) {
                    QTest::addRow("%s%s->%s",
                                  qPrintable(name),
                                  signFirst ? " signed" : "",
                                  format == Plist::Format::Xml ? "xml" : "binary")
                        << file << signFirst << int(format);
                }
            }
        }
    }

    // Import, export, and compare the plists structurally: every key and value, unknown ones
    // included, must come back, from bare files and from files signed by `openssl cms -sign`.
    void roundTripKeepsEveryKey()
    {
        QFETCH(QString, file);
        QFETCH(bool, signFirst);
        QFETCH(int, exportFormat);
        const QByteArray original = readAll(file);
        QVERIFY(!original.isEmpty());
        QByteArray input = original;
        if (signFirst)
            input = opensslSign(original);
        QVERIFY(!input.isEmpty());

        MobileConfig::ReadOptions options;
        options.trustedRoots = {m_ca};
        options.useSystemRoots = false;
        const MobileConfig::Imported imported = MobileConfig::read(input, options);
        QVERIFY(imported.readable);
        QVERIFY2(imported.faults.isEmpty(), qPrintable(imported.faults.value(0).message));
        QCOMPARE(imported.signature.has_value(), signFirst);
        if (signFirst) {
            QCOMPARE(imported.signature->state, ProfileSignature::State::Valid);
            QCOMPARE(imported.signature->trust, ProfileSignature::Trust::GivenRoots);
        }

        Result<QByteArray> exported = MobileConfig::write(imported.document,
                                                          Plist::Format(exportFormat));
        QVERIFY_RESULT(exported);
        QCOMPARE(Plist::detectFormat(*exported), std::optional(Plist::Format(exportFormat)));
        Result<QVariant> before = Plist::parse(original);
        Result<QVariant> after = Plist::parse(*exported);
        QVERIFY_RESULT(before);
        QVERIFY_RESULT(after);
        const QString diff = difference(*before, *after);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void exportedSignedProfilesVerifyWithOpenssl_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exportFormat");
        QTest::newRow("pppc xml") << corpusDir() + u"/04-pppc-security-agent.mobileconfig"_s
                                  << int(Plist::Format::Xml);
        QTest::newRow("unknown binary")
            << corpusDir() + u"/09-unknown-payload.mobileconfig"_s << int(Plist::Format::Binary);
        QTest::newRow("unicode xml")
            << corpusDir() + u"/23-unicode-strings.mobileconfig"_s << int(Plist::Format::Xml);
        QTest::newRow("font binary")
            << corpusDir() + u"/18-font-binary.mobileconfig"_s << int(Plist::Format::Binary);
    }

    // Signed with the identity from a .p12; the real openssl binary checks the chain to the
    // test CA and gives back exactly the plist that was signed.
    void exportedSignedProfilesVerifyWithOpenssl()
    {
        QFETCH(QString, file);
        QFETCH(int, exportFormat);
        const MobileConfig::Imported imported = MobileConfig::read(readAll(file));
        QVERIFY(imported.readable);
        Result<QByteArray> plist = MobileConfig::write(imported.document,
                                                       Plist::Format(exportFormat));
        QVERIFY_RESULT(plist);
        Result<QByteArray> signedProfile = MobileConfig::sign(
            *plist, m_identity.certificate, m_identity.key, m_identity.chain);
        QVERIFY_RESULT(signedProfile);
        m_cli->writeFile(u"exported.mobileconfig"_s, *signedProfile);
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-verify"_s,
                                                   u"-inform"_s,
                                                   u"DER"_s,
                                                   u"-binary"_s,
                                                   u"-in"_s,
                                                   u"exported.mobileconfig"_s,
                                                   u"-CAfile"_s,
                                                   u"ca.pem"_s,
                                                   u"-out"_s,
                                                   u"content.plist"_s});
        QVERIFY2(out.succeeded(), out.text().constData());
        QVERIFY(out.standardError.contains("Verification successful"));
        QCOMPARE(m_cli->readFile(u"content.plist"_s), *plist);

        // A profile signed by an unrelated CA does not verify against ours.
        const OpenSslCli::Output wrongCa = m_cli->run({u"cms"_s,
                                                       u"-verify"_s,
                                                       u"-inform"_s,
                                                       u"DER"_s,
                                                       u"-binary"_s,
                                                       u"-in"_s,
                                                       u"exported.mobileconfig"_s,
                                                       u"-CAfile"_s,
                                                       u"signer.pem"_s,
                                                       u"-out"_s,
                                                       u"content2.plist"_s});
        QVERIFY(!wrongCa.succeeded());
    }

    void opensslSignedProfileShowsSigner()
    {
        const QByteArray signedProfile = opensslSign(
            readAll(corpusDir() + u"/01-passcode-basic.mobileconfig"_s));
        MobileConfig::ReadOptions options;
        options.useSystemRoots = true;
        options.trustedRoots = {m_ca};
        const MobileConfig::Imported trusted = MobileConfig::read(signedProfile, options);
        QVERIFY(trusted.readable);
        QVERIFY(trusted.signature);
        QCOMPARE(trusted.signature->state, ProfileSignature::State::Valid);
        QCOMPARE(trusted.signature->trust, ProfileSignature::Trust::GivenRoots);
        QCOMPARE(trusted.signature->signer().subject().commonName, u"Orchard Profile Signer"_s);
        QCOMPARE(trusted.signature->signer().issuer().commonName, u"Orchard Profile Test CA"_s);
        QVERIFY(trusted.signature->signer().notAfter() > QDateTime::currentDateTimeUtc());
        QVERIFY(MobileConfig::describeSigner(trusted.signature->signer())
                    .contains(u"Orchard Profile Signer"_s));
        QCOMPARE(trusted.document.identifier(), u"org.example.orchard.passcode"_s);

        // Without our CA the signature still holds, but the signer is not trusted: the system
        // roots know nothing of it.
        options.trustedRoots.clear();
        const MobileConfig::Imported untrusted = MobileConfig::read(signedProfile, options);
        QCOMPARE(untrusted.signature->state, ProfileSignature::State::Valid);
        QCOMPARE(untrusted.signature->trust, ProfileSignature::Trust::Untrusted);
        QVERIFY(!untrusted.signature->trustProblem.isEmpty());
        QVERIFY(untrusted.faults.isEmpty());
    }

    void tamperedProfileIsFlaggedAndStillShown()
    {
        QByteArray signedProfile = opensslSign(
            readAll(corpusDir() + u"/14-login-window.mobileconfig"_s));
        const qsizetype at = signedProfile.indexOf("Property of Example Orchard");
        QVERIFY(at > 0);
        signedProfile[at] = 'p'; // "property of …": same length, different bytes
        MobileConfig::ReadOptions options;
        options.trustedRoots = {m_ca};
        const MobileConfig::Imported imported = MobileConfig::read(signedProfile, options);
        QVERIFY(imported.readable);
        QVERIFY(imported.signature);
        QCOMPARE(imported.signature->state, ProfileSignature::State::Tampered);
        QCOMPARE(imported.signature->trust, ProfileSignature::Trust::Untrusted);
        QCOMPARE(imported.signature->signer().subject().commonName, u"Orchard Profile Signer"_s);
        QVERIFY(std::any_of(imported.faults.cbegin(), imported.faults.cend(), [](const auto &f) {
            return f.kind == ProfileFault::Kind::BadSignature;
        }));
        QCOMPARE(imported.document.payloads.value(0).value(u"LoginwindowText"_s).toString().left(8),
                 u"property"_s);

        // And the real openssl agrees that it is broken.
        m_cli->writeFile(u"tampered.mobileconfig"_s, signedProfile);
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-verify"_s,
                                                   u"-inform"_s,
                                                   u"DER"_s,
                                                   u"-binary"_s,
                                                   u"-in"_s,
                                                   u"tampered.mobileconfig"_s,
                                                   u"-CAfile"_s,
                                                   u"ca.pem"_s,
                                                   u"-out"_s,
                                                   u"tampered.plist"_s});
        QVERIFY(!out.succeeded());
    }

    void faultsAreReported_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("readable");
        using Kind = ProfileFault::Kind;
        const auto row = [](const char *name, Kind kind, bool readable) {
            QTest::newRow(name) << corpusDir() + u"/faults/"_s + QString::fromLatin1(name)
                                       + u".mobileconfig"_s
                                << int(kind) << readable;
        };
        row("duplicate-uuid", Kind::DuplicateUuid, true);
        row("missing-identifier", Kind::MissingKey, true);
        row("missing-uuid", Kind::MissingKey, true);
        row("missing-type", Kind::MissingKey, true);
        row("missing-version", Kind::MissingKey, true);
        row("missing-top-identifier", Kind::MissingKey, true);
        row("payloadcontent-not-array", Kind::PayloadContentNotArray, true);
        row("payloadcontent-not-dicts", Kind::PayloadNotDictionary, true);
        row("empty", Kind::Empty, false);
        row("not-a-plist", Kind::NotPropertyList, false);
        row("truncated", Kind::NotPropertyList, false);
        row("top-level-array", Kind::NotDictionary, false);
    }

    void faultsAreReported()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(bool, readable);
        QVERIFY(QFileInfo::exists(file));
        const MobileConfig::Imported imported = MobileConfig::readFile(file);
        QCOMPARE(imported.readable, readable);
        QVERIFY(!imported.faults.isEmpty());
        const bool found = std::any_of(
            imported.faults.cbegin(), imported.faults.cend(), [kind](const auto &f) {
                return int(f.kind) == kind && !f.message.isEmpty() && !f.location.isEmpty();
            });
        QVERIFY2(found, qPrintable(imported.faults.constFirst().message));
        if (readable) {
            // A faulty profile is still kept whole: exporting it gives back what was read.
            Result<QByteArray> exported = MobileConfig::write(imported.document);
            QVERIFY_RESULT(exported);
            Result<QVariant> before = Plist::parse(readAll(file));
            Result<QVariant> after = Plist::parse(*exported);
            QVERIFY_RESULT(before);
            QVERIFY_RESULT(after);
            const QString diff = difference(*before, *after);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void missingKeyNamesKeyAndPayload()
    {
        const MobileConfig::Imported imported = MobileConfig::readFile(
            corpusDir() + u"/faults/missing-version.mobileconfig"_s);
        QCOMPARE(imported.faults.size(), 1);
        QVERIFY(imported.faults.constFirst().message.contains(u"PayloadVersion"_s));
        QVERIFY(imported.faults.constFirst().location.contains(
            u"com.apple.mobiledevice.passwordpolicy"_s));
    }

    void oversizeFileIsRefusedBeforeReading()
    {
        const QString file = corpusDir() + u"/29-many-payloads.mobileconfig"_s;
        MobileConfig::ReadOptions options;
        options.maxBytes = 1024;
        MobileConfig::Imported imported = MobileConfig::readFile(file, options);
        QVERIFY(!imported.readable);
        QCOMPARE(imported.faults.size(), 1);
        QCOMPARE(imported.faults.constFirst().kind, ProfileFault::Kind::TooLarge);
        imported = MobileConfig::read(readAll(file), options);
        QCOMPARE(imported.faults.constFirst().kind, ProfileFault::Kind::TooLarge);
    }

    void garbageSignedDataIsNotAProfile()
    {
        QByteArray signedProfile = opensslSign(
            readAll(corpusDir() + u"/01-passcode-basic.mobileconfig"_s));
        signedProfile.truncate(signedProfile.size() / 2);
        const MobileConfig::Imported imported = MobileConfig::read(signedProfile);
        QVERIFY(!imported.readable);
        QVERIFY(!imported.faults.isEmpty());
    }

private:
    QByteArray opensslSign(const QByteArray &plist)
    {
        m_cli->writeFile(u"to-sign.plist"_s, plist);
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-sign"_s,
                                                   u"-binary"_s,
                                                   u"-nodetach"_s,
                                                   u"-nosmimecap"_s,
                                                   u"-outform"_s,
                                                   u"DER"_s,
                                                   u"-in"_s,
                                                   u"to-sign.plist"_s,
                                                   u"-signer"_s,
                                                   u"signer.pem"_s,
                                                   u"-inkey"_s,
                                                   u"signer.key"_s,
                                                   u"-certfile"_s,
                                                   u"ca.pem"_s,
                                                   u"-out"_s,
                                                   u"signed.mobileconfig"_s});
        if (!out.succeeded()) {
            qWarning() << out.text();
            return {};
        }
        return m_cli->readFile(u"signed.mobileconfig"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    Certificate m_ca;
    Pkcs12::Identity m_identity;
};

QTEST_GUILESS_MAIN(tst_MobileConfig)
#include "tst_MobileConfig.moc"
