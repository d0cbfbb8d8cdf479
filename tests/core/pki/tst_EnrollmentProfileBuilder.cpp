// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Cms.h"
#include "core/crypto/Digest.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/EnrollmentProfileBuilder.h"
#include "core/pki/ServerIdentity.h"
#include "core/plist/Plist.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

#ifdef ESPALIER_HAVE_YAML_CPP
#include <yaml-cpp/yaml.h>
#endif

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QString s_challenge = u"5f2c0d7e9a4b1c3d5e7f90a1b2c3d4e5f6a7b8c9d0e1f2a3"_s;

#ifdef ESPALIER_HAVE_YAML_CPP

// Compares a payload dictionary with Apple's schema: every key we write must be a key of the
// schema, with the schema's type, within its rangelist and format; every required key must be
// there. Problems are collected as lines, so one run shows them all.
class SchemaChecker
{
public:
    explicit SchemaChecker(QString folder)
        : m_folder(std::move(folder))
    {}

    // The schema's payloadkeys for a payload type ("TopLevel", "com.apple.mdm", ...).
    YAML::Node payloadKeys(const QString &payloadType)
    {
        const QString file = QDir(m_folder).filePath(payloadType + u".yaml"_s);
        try {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            return root["payloadkeys"];
        } catch (const YAML::Exception &exception) {
            m_problems.append(u"%1: %2"_s.arg(file, QString::fromStdString(exception.what())));
            return {};
        }
    }

    void checkDictionary(const QVariantMap &values,
                         const QList<YAML::Node> &keySets,
                         const QString &path)
    {
        for (const YAML::Node &keys : keySets) {
            for (const YAML::Node &key : keys) {
                const QString name = text(key["key"]);
                if (text(key["presence"]) == u"required"_s && !values.contains(name))
                    m_problems.append(u"%1: required key %2 is missing"_s.arg(path, name));
            }
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            YAML::Node definition;
            // A payload's own definition of a key wins over the common one.
            for (const YAML::Node &keys : keySets) {
                for (const YAML::Node &key : keys) {
                    if (text(key["key"]) == it.key())
                        definition = key;
                }
            }
            if (!definition) {
                m_problems.append(u"%1: %2 is not a key of the schema"_s.arg(path, it.key()));
                continue;
            }
            checkValue(it.value(), definition, path + u'.' + it.key());
        }
    }

    [[nodiscard]] const QStringList &problems() const { return m_problems; }

    [[nodiscard]] int checkedValues() const { return m_checkedValues; }

private:
    static QString text(const YAML::Node &node)
    {
        return node && node.IsScalar() ? QString::fromStdString(node.as<std::string>()) : QString();
    }

    void checkValue(const QVariant &value, const YAML::Node &definition, const QString &path)
    {
        ++m_checkedValues;
        const QString type = text(definition["type"]);
        const QMetaType actual = value.metaType();
        bool typeOk = false;
        if (type == u"<string>"_s)
            typeOk = actual == QMetaType::fromType<QString>();
        else if (type == u"<integer>"_s)
            typeOk = actual == QMetaType::fromType<qint64>();
        else if (type == u"<boolean>"_s)
            typeOk = actual == QMetaType::fromType<bool>();
        else if (type == u"<data>"_s)
            typeOk = actual == QMetaType::fromType<QByteArray>();
        else if (type == u"<array>"_s)
            typeOk = actual == QMetaType::fromType<QVariantList>();
        else if (type == u"<dictionary>"_s)
            typeOk = actual == QMetaType::fromType<QVariantMap>();
        else if (type == u"<date>"_s)
            typeOk = actual == QMetaType::fromType<QDateTime>();
        else if (type == u"<real>"_s)
            typeOk = actual == QMetaType::fromType<double>();
        else if (type == u"<any>"_s)
            typeOk = true;
        if (!typeOk) {
            m_problems.append(u"%1: schema type %2, written as %3"_s.arg(
                path, type, QString::fromLatin1(actual.name())));
            return;
        }
        if (const YAML::Node range = definition["rangelist"]; range && range.IsSequence()) {
            bool inRange = false;
            for (const YAML::Node &allowed : range)
                inRange = inRange || text(allowed) == value.toString();
            if (!inRange)
                m_problems.append(u"%1: %2 is outside the rangelist"_s.arg(path, value.toString()));
        }
        if (const QString format = text(definition["format"]); !format.isEmpty()) {
            const QRegularExpression pattern(format);
            if (!pattern.match(value.toString()).hasMatch())
                m_problems.append(
                    u"%1: %2 does not match %3"_s.arg(path, value.toString(), format));
        }
        const YAML::Node subkeys = definition["subkeys"];
        if (!subkeys || !subkeys.IsSequence() || subkeys.size() == 0)
            return;
        if (type == u"<dictionary>"_s) {
            if (text(subkeys[0]["key"]) != u"ANY"_s)
                checkDictionary(value.toMap(), {subkeys}, path);
        } else if (type == u"<array>"_s) {
            const QVariantList items = value.toList();
            for (qsizetype i = 0; i < items.size(); ++i)
                checkValue(items.at(i), subkeys[0], u"%1[%2]"_s.arg(path).arg(i));
            if (const YAML::Node repetition = subkeys[0]["repetition"]; repetition) {
                const int min = repetition["min"] ? repetition["min"].as<int>() : 0;
                const int max = repetition["max"] ? repetition["max"].as<int>() : 1 << 30;
                if (items.size() < min || items.size() > max)
                    m_problems.append(u"%1: %2 items"_s.arg(path).arg(items.size()));
            }
        }
    }

    QString m_folder;
    QStringList m_problems;
    int m_checkedValues = 0;
};

#endif

} // namespace

class tst_EnrollmentProfileBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<CertificateAuthority> ca = CertificateAuthority::generate(
            {.subject = {.commonName = u"Espalier Profile CA"_s}}, QDateTime::currentDateTimeUtc());
        QVERIFY_RESULT(ca);
        m_ca = *ca;
        Result<ServerIdentity> tls = m_ca.issueServerIdentity({.dnsNames = {u"mdm.example.com"_s}},
                                                              QDateTime::currentDateTimeUtc());
        QVERIFY_RESULT(tls);
        m_tls = *tls;
        if (!OpenSslCli::program().isEmpty()) {
            m_cli = std::make_unique<OpenSslCli>(m_dir.path());
            m_cli->writeFile(u"ca.pem"_s, m_ca.certificate().toPem());
        }
    }

    void payloadCarriesTheEnrollment()
    {
        EnrollmentProfileBuilder builder(settings());
        Result<QVariantMap> profile = builder.payload(s_challenge);
        QVERIFY_RESULT(profile);
        QCOMPARE(profile->value(u"PayloadType"_s).toString(), u"Configuration"_s);
        QCOMPARE(profile->value(u"PayloadVersion"_s).toInt(), 1);
        QCOMPARE(profile->value(u"PayloadIdentifier"_s).toString(), u"com.example.mdm.enroll"_s);
        QCOMPARE(profile->value(u"PayloadDisplayName"_s).toString(), u"Example Org MDM"_s);
        QCOMPARE(profile->value(u"PayloadOrganization"_s).toString(), u"Example Org"_s);
        const QVariantList content = profile->value(u"PayloadContent"_s).toList();
        QCOMPARE(content.size(), 3);

        const QVariantMap scep = content.at(0).toMap();
        QCOMPARE(scep.value(u"PayloadType"_s).toString(), u"com.apple.security.scep"_s);
        QCOMPARE(scep.value(u"PayloadIdentifier"_s).toString(), u"com.example.mdm.enroll.scep"_s);
        const QVariantMap scepContent = scep.value(u"PayloadContent"_s).toMap();
        QCOMPARE(scepContent.value(u"URL"_s).toString(), u"https://mdm.example.com/scep"_s);
        QCOMPARE(scepContent.value(u"Name"_s).toString(), u"Espalier"_s);
        QCOMPARE(scepContent.value(u"Challenge"_s).toString(), s_challenge);
        QCOMPARE(scepContent.value(u"Keysize"_s).toInt(), 2048);
        QCOMPARE(scepContent.value(u"Key Type"_s).toString(), u"RSA"_s);
        QCOMPARE(scepContent.value(u"Key Usage"_s).toInt(), 5);
        QCOMPARE(scepContent.value(u"CAFingerprint"_s).toByteArray(),
                 Digest::sha1(m_ca.certificate().toDer()));
        const QVariantList subject = scepContent.value(u"Subject"_s).toList();
        QCOMPARE(subject.size(), 2);
        QCOMPARE(subject.at(0).toList().at(0).toList(), (QVariantList{u"O"_s, u"Example Org"_s}));
        QCOMPARE(subject.at(1).toList().at(0).toList(),
                 (QVariantList{u"CN"_s, u"Example Org Device"_s}));

        const QVariantMap mdm = content.at(1).toMap();
        QCOMPARE(mdm.value(u"PayloadType"_s).toString(), u"com.apple.mdm"_s);
        QCOMPARE(mdm.value(u"ServerURL"_s).toString(), u"https://mdm.example.com/mdm/connect"_s);
        QCOMPARE(mdm.value(u"CheckInURL"_s).toString(), u"https://mdm.example.com/mdm/checkin"_s);
        QCOMPARE(mdm.value(u"Topic"_s).toString(), u"com.apple.mgmt.External.1234abcd"_s);
        QCOMPARE(mdm.value(u"IdentityCertificateUUID"_s).toString(),
                 scep.value(u"PayloadUUID"_s).toString());
        QCOMPARE(mdm.value(u"SignMessage"_s), QVariant(true));
        QCOMPARE(mdm.value(u"CheckOutWhenRemoved"_s), QVariant(true));
        QCOMPARE(mdm.value(u"AccessRights"_s).toInt(), 8191);
        QCOMPARE(mdm.value(u"UseDevelopmentAPNS"_s), QVariant(false));
        QCOMPARE(mdm.value(u"ServerCapabilities"_s).toStringList(),
                 (QStringList{u"com.apple.mdm.per-user-connections"_s,
                              u"com.apple.mdm.bootstraptoken"_s}));

        const QVariantMap root = content.at(2).toMap();
        QCOMPARE(root.value(u"PayloadType"_s).toString(), u"com.apple.security.root"_s);
        QCOMPARE(root.value(u"PayloadContent"_s).toByteArray(), m_ca.certificate().toDer());

        // Every payload has its own UUID; identifiers are unique within the profile.
        QSet<QString> uuids{profile->value(u"PayloadUUID"_s).toString()};
        QSet<QString> identifiers{profile->value(u"PayloadIdentifier"_s).toString()};
        for (const QVariant &payload : content) {
            uuids.insert(payload.toMap().value(u"PayloadUUID"_s).toString());
            identifiers.insert(payload.toMap().value(u"PayloadIdentifier"_s).toString());
        }
        QCOMPARE(uuids.size(), 4);
        QCOMPARE(identifiers.size(), 4);
    }

    void everyDownloadIsFreshButReplacesTheSameProfile()
    {
        EnrollmentProfileBuilder builder(settings());
        Result<EnrollmentProfileBuilder::Profile> first = builder.build(s_challenge);
        Result<EnrollmentProfileBuilder::Profile> second = builder.build(s_challenge);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(second);
        QVERIFY(first->profileUuid != second->profileUuid);
        QVERIFY(!QUuid::fromString(first->profileUuid).isNull());
        const QVariantMap a = parse(first->body);
        const QVariantMap b = parse(second->body);
        QCOMPARE(a.value(u"PayloadIdentifier"_s), b.value(u"PayloadIdentifier"_s));
        QCOMPARE(a.value(u"PayloadUUID"_s).toString(), first->profileUuid);
    }

    void keysAndTypesFollowApplesSchema()
    {
#ifndef ESPALIER_HAVE_YAML_CPP
        QSKIP("yaml-cpp is not available to this build.");
#else
        const QString source = qEnvironmentVariable("ESPALIER_SOURCE_DIR");
        const QString folder = QDir(source).filePath(
            u"../shared/reference/apple-device-management/mdm/profiles"_s);
        if (source.isEmpty() || !QFileInfo(folder).isDir())
            QSKIP("Apple's schema (shared/reference/apple-device-management) is not available.");
        EnrollmentProfileBuilder builder(settings());
        Result<EnrollmentProfileBuilder::Profile> built = builder.build(s_challenge);
        QVERIFY_RESULT(built);
        // What the device reads: the signed bytes, parsed back.
        const QVariantMap profile = parse(built->body);
        QVERIFY(!profile.isEmpty());

        SchemaChecker checker(folder);
        const YAML::Node topLevel = checker.payloadKeys(u"TopLevel"_s);
        const YAML::Node common = checker.payloadKeys(u"CommonPayloadKeys"_s);
        QVERIFY2(topLevel && common, qPrintable(checker.problems().join(u'\n')));
        checker.checkDictionary(profile, {topLevel}, u"TopLevel"_s);
        QStringList types;
        for (const QVariant &item : profile.value(u"PayloadContent"_s).toList()) {
            const QVariantMap payload = item.toMap();
            const QString type = payload.value(u"PayloadType"_s).toString();
            types.append(type);
            checker.checkDictionary(payload, {common, checker.payloadKeys(type)}, type);
        }
        QCOMPARE(types,
                 (QStringList{u"com.apple.security.scep"_s,
                              u"com.apple.mdm"_s,
                              u"com.apple.security.root"_s}));
        QVERIFY2(checker.problems().isEmpty(), qPrintable(checker.problems().join(u'\n')));
        // Every key of the profile, and every nested value, went through the check.
        QVERIFY(checker.checkedValues() > 40);

        // The checker itself notices a wrong type, a stray key, a value outside the rangelist
        // and a missing required key.
        QVariantMap broken = profile.value(u"PayloadContent"_s).toList().at(1).toMap();
        broken.insert(u"AccessRights"_s, u"8191"_s);
        broken.insert(u"Bogus"_s, true);
        broken.insert(u"ServerCapabilities"_s, QVariantList{u"com.example.nothing"_s});
        broken.remove(u"Topic"_s);
        SchemaChecker control(folder);
        control.checkDictionary(
            broken,
            {control.payloadKeys(u"CommonPayloadKeys"_s), control.payloadKeys(u"com.apple.mdm"_s)},
            u"broken"_s);
        QCOMPARE(control.problems().size(), 4);
#endif
    }

    void signedProfileVerifiesWithOpenSslCli()
    {
        EnrollmentProfileBuilder builder(settings());
        Result<EnrollmentProfileBuilder::Profile> built = builder.build(s_challenge);
        QVERIFY_RESULT(built);
        QVERIFY(built->isSigned);
        QCOMPARE(built->contentType, QByteArray("application/x-apple-aspen-config"));
        Result<Cms::Verified> verified = Cms::verify(built->body,
                                                     {.trustedRoots = {m_ca.certificate()}});
        QVERIFY_RESULT(verified);
        QVERIFY(verified->trusted);
        QCOMPARE(verified->signers, QList<Certificate>{m_tls.certificate()});
        QVERIFY(verified->content.startsWith("<?xml"));

        if (!m_cli)
            QSKIP("The openssl command-line tool is not installed.");
        m_cli->writeFile(u"enroll.mobileconfig"_s, built->body);
        const OpenSslCli::Output output = m_cli->run({u"cms"_s,
                                                      u"-verify"_s,
                                                      u"-inform"_s,
                                                      u"DER"_s,
                                                      u"-binary"_s,
                                                      u"-purpose"_s,
                                                      u"any"_s,
                                                      u"-CAfile"_s,
                                                      u"ca.pem"_s,
                                                      u"-in"_s,
                                                      u"enroll.mobileconfig"_s,
                                                      u"-out"_s,
                                                      u"enroll.plist"_s});
        QVERIFY2(output.succeeded(), output.text().constData());
        QCOMPARE(m_cli->readFile(u"enroll.plist"_s), verified->content);
        const OpenSslCli::Output digest = m_cli->run({u"cms"_s,
                                                      u"-cmsout"_s,
                                                      u"-print"_s,
                                                      u"-inform"_s,
                                                      u"DER"_s,
                                                      u"-in"_s,
                                                      u"enroll.mobileconfig"_s});
        QVERIFY2(digest.standardOutput.contains("algorithm: sha256"), digest.text().constData());
    }

    void unsignedWithoutSigner()
    {
        EnrollmentProfileBuilder::Settings unsignedSettings = settings();
        unsignedSettings.signer = {};
        unsignedSettings.signerKey = {};
        unsignedSettings.includeCaRootPayload = false;
        Result<EnrollmentProfileBuilder::Profile> built
            = EnrollmentProfileBuilder(unsignedSettings).build(s_challenge);
        QVERIFY_RESULT(built);
        QVERIFY(!built->isSigned);
        Result<QVariant> parsed = Plist::parse(built->body);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->toMap().value(u"PayloadContent"_s).toList().size(), 2);
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("http server") << u"http server"_s;
        QTest::newRow("bad topic") << u"bad topic"_s;
        QTest::newRow("rights 2 without 1") << u"rights 2 without 1"_s;
        QTest::newRow("no rights") << u"no rights"_s;
        QTest::newRow("unknown capability") << u"unknown capability"_s;
        QTest::newRow("bad identifier") << u"bad identifier"_s;
        QTest::newRow("no CA") << u"no CA"_s;
        QTest::newRow("no subject") << u"no subject"_s;
        QTest::newRow("signer key mismatch") << u"signer key mismatch"_s;
        QTest::newRow("no challenge") << u"no challenge"_s;
    }

    void refusesBadSettings()
    {
        QFETCH(QString, problem);
        EnrollmentProfileBuilder::Settings s = settings();
        QString challenge = s_challenge;
        if (problem == u"http server"_s)
            s.serverUrl = QUrl(u"http://mdm.example.com/mdm"_s);
        else if (problem == u"bad topic"_s)
            s.topic = u"com.example.topic"_s;
        else if (problem == u"rights 2 without 1"_s)
            s.accessRights = 2;
        else if (problem == u"no rights"_s)
            s.accessRights = 0;
        else if (problem == u"unknown capability"_s)
            s.serverCapabilities.append(u"com.example.magic"_s);
        else if (problem == u"bad identifier"_s)
            s.profileIdentifier = u"not reverse dns"_s;
        else if (problem == u"no CA"_s)
            s.caCertificate = {};
        else if (problem == u"no subject"_s)
            s.identitySubject = {};
        else if (problem == u"signer key mismatch"_s)
            s.signerKey = m_ca.key();
        else if (problem == u"no challenge"_s)
            challenge.clear();
        QVERIFY_FAILS_WITH(EnrollmentProfileBuilder(s).build(challenge), Error::Code::InvalidInput);
    }

private:
    EnrollmentProfileBuilder::Settings settings() const
    {
        EnrollmentProfileBuilder::Settings s;
        s.profileIdentifier = u"com.example.mdm.enroll"_s;
        s.displayName = u"Example Org MDM"_s;
        s.organization = u"Example Org"_s;
        s.description = u"Lets Example Org manage this device."_s;
        s.serverUrl = QUrl(u"https://mdm.example.com/mdm/connect"_s);
        s.checkInUrl = QUrl(u"https://mdm.example.com/mdm/checkin"_s);
        s.topic = u"com.apple.mgmt.External.1234abcd"_s;
        s.scepUrl = QUrl(u"https://mdm.example.com/scep"_s);
        s.scepName = u"Espalier"_s;
        s.identitySubject = {.commonName = u"Example Org Device"_s,
                             .organization = u"Example Org"_s};
        s.caCertificate = m_ca.certificate();
        s.includeCaRootPayload = true;
        s.signer = m_tls.certificate();
        s.signerKey = m_tls.key();
        s.signerChain = m_tls.chain();
        return s;
    }

    // The plist inside a signed profile.
    static QVariantMap parse(const QByteArray &signedProfile)
    {
        Result<Cms::Verified> verified = Cms::verify(signedProfile);
        if (!verified)
            return {};
        Result<QVariant> plist = Plist::parse(verified->content);
        return plist ? plist->toMap() : QVariantMap();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OpenSslCli> m_cli;
    CertificateAuthority m_ca;
    ServerIdentity m_tls;
};

QTEST_GUILESS_MAIN(tst_EnrollmentProfileBuilder)
#include "tst_EnrollmentProfileBuilder.moc"
