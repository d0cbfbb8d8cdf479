// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of payloads against Espalier's built-in schemas, and the value paths it reports.
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/PayloadValuePath.h"
#include "core/profiles/ProfileValidator.h"

#include <QDateTime>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Espalier::ProfileIssue::Severity)

namespace {

QVariantMap payload(const QString &type, const QVariantMap &keys)
{
    QVariantMap map = keys;
    map.insert(u"PayloadType"_s, type);
    map.insert(u"PayloadVersion"_s, qint64(1));
    map.insert(u"PayloadIdentifier"_s, QString(u"com.example.test."_s + type));
    map.insert(u"PayloadUUID"_s, u"6E1F3E0A-54A0-4E45-8E5A-2C7A1A4C0F01"_s);
    return map;
}

QVariantMap identity()
{
    return {{u"Identifier"_s, u"com.example.agent"_s},
            {u"IdentifierType"_s, u"bundleID"_s},
            {u"CodeRequirement"_s, u"identifier \"com.example.agent\""_s},
            {u"Allowed"_s, true}};
}

QString describe(const QList<ProfileIssue> &issues)
{
    QStringList lines;
    for (const ProfileIssue &issue : issues)
        lines.append(u"%1 %2: %3"_s.arg(int(issue.severity)).arg(issue.keyPath, issue.message));
    return lines.join(u"; "_s);
}

QList<ProfileIssue> serious(const QList<ProfileIssue> &issues)
{
    QList<ProfileIssue> found;
    for (const ProfileIssue &issue : issues) {
        if (issue.severity != ProfileIssue::Severity::Info)
            found.append(issue);
    }
    return found;
}

} // namespace

class tst_ProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsOneIssue_data();
    void reportsOneIssue();
    void acceptsValidPayloads_data();
    void acceptsValidPayloads();
    void keepsUnknownKeysAsInfo();
    void unknownPayloadTypeIsInfo();
    void checksTheDocument();
    void targetDeviceTypeSetsThePlatform();
    void valuePaths();

private:
    PayloadSchemaRegistry m_registry;
};

void tst_ProfileValidator::initTestCase()
{
    m_registry = PayloadSchemaRegistry::builtIn();
    QVERIFY(!m_registry.isEmpty());
}

void tst_ProfileValidator::reportsOneIssue_data()
{
    QTest::addColumn<QVariantMap>("payload");
    QTest::addColumn<QStringList>("platforms");
    QTest::addColumn<bool>("supervised");
    QTest::addColumn<ProfileIssue::Severity>("severity");
    QTest::addColumn<QString>("keyPath");
    QTest::addColumn<QString>("message");

    const QString tcc = u"com.apple.TCC.configuration-profile-policy"_s;
    const auto error = ProfileIssue::Severity::Error;
    const auto warning = ProfileIssue::Severity::Warning;

    QTest::newRow("missing required")
        << payload(u"com.apple.webClip.managed"_s, {{u"URL"_s, u"https://example.com"_s}})
        << QStringList() << true << error << u"Label"_s << u"Required, but not set."_s;
    QVariantMap noUuid = payload(u"com.apple.font"_s, {{u"Font"_s, QByteArray("x")}});
    noUuid.remove(u"PayloadUUID"_s);
    QTest::newRow("missing common key") << noUuid << QStringList() << true << error
                                        << u"PayloadUUID"_s << u"Required, but not set."_s;
    QTest::newRow("wrong type") << payload(u"com.apple.mobiledevice.passwordpolicy"_s,
                                           {{u"minLength"_s, u"six"_s}})
                                << QStringList() << true << error << u"minLength"_s
                                << u"Should be a whole number, but is text."_s;
    QTest::newRow("bool as string")
        << payload(u"com.apple.mobiledevice.passwordpolicy"_s, {{u"forcePIN"_s, u"true"_s}})
        << QStringList() << true << error << u"forcePIN"_s
        << u"Should be true or false, but is text."_s;
    QTest::newRow("above range") << payload(u"com.apple.mobiledevice.passwordpolicy"_s,
                                            {{u"maxFailedAttempts"_s, 12}})
                                 << QStringList() << true << error << u"maxFailedAttempts"_s
                                 << u"Must be between 2 and 11."_s;
    QTest::newRow("below range") << payload(u"com.apple.mobiledevice.passwordpolicy"_s,
                                            {{u"maxFailedAttempts"_s, 1}})
                                 << QStringList() << true << error << u"maxFailedAttempts"_s
                                 << u"Must be between 2 and 11."_s;
    QTest::newRow("not allowed")
        << payload(u"com.apple.wifi.managed"_s,
                   {{u"SSID_STR"_s, u"Office"_s}, {u"EncryptionType"_s, u"WPA4"_s}})
        << QStringList() << true << error << u"EncryptionType"_s
        << u"“WPA4” is not one of the allowed values: WEP, WPA, WPA2, WPA3, Any, None."_s;
    QTest::newRow("integer not allowed")
        << payload(
               u"com.apple.security.scep"_s,
               {{u"PayloadContent"_s,
                 QVariantMap{{u"URL"_s, u"https://ca.example.com/scep"_s}, {u"Keysize"_s, 3072}}}})
        << QStringList() << true << error << u"PayloadContent.Keysize"_s
        << u"“3072” is not one of the allowed values: 1024, 2048, 4096."_s;
    QTest::newRow("nested required in array item")
        << payload(tcc,
                   {{u"Services"_s,
                     QVariantMap{{u"SystemPolicyAllFiles"_s,
                                  QVariantList{QVariantMap{{u"Identifier"_s, u"a"_s},
                                                           {u"IdentifierType"_s, u"path"_s},
                                                           {u"Allowed"_s, true}}}}}}})
        << QStringList() << true << error << u"Services.SystemPolicyAllFiles[0].CodeRequirement"_s
        << u"Required, but not set."_s;
    QTest::newRow("array item not allowed")
        << payload(u"com.apple.wifi.managed"_s,
                   {{u"SSID_STR"_s, u"Office"_s},
                    {u"SetupModes"_s, QVariantList{u"System"_s, u"Boot"_s}}})
        << QStringList() << true << error << u"SetupModes[1]"_s
        << u"“Boot” is not one of the allowed values: System, Loginwindow."_s;
    QTest::newRow("format") << payload(u"com.apple.syspolicy.kernel-extension-policy"_s,
                                       {{u"AllowedTeamIdentifiers"_s, QVariantList{u"abc"_s}}})
                            << QStringList() << true << error << u"AllowedTeamIdentifiers[0]"_s
                            << u"Does not have the expected form (^[A-Z0-9]{10}$)."_s;
    QTest::newRow("key not for this platform")
        << payload(u"com.apple.mobiledevice.passwordpolicy"_s, {{u"changeAtNextAuth"_s, true}})
        << QStringList{u"iOS"_s} << true << warning << u"changeAtNextAuth"_s
        << u"Not available on iOS."_s;
    QTest::newRow("payload not for this platform")
        << payload(u"com.apple.font"_s, {{u"Font"_s, QByteArray("x")}}) << QStringList{u"tvOS"_s}
        << true << warning << QString() << u"Not available on tvOS."_s;
    QTest::newRow("supervised only")
        << payload(u"com.apple.applicationaccess"_s, {{u"allowAirDrop"_s, false}})
        << QStringList{u"iOS"_s} << false << warning << u"allowAirDrop"_s
        << u"Works only on supervised devices."_s;
    QTest::newRow("wildcard entry wrong type")
        << payload(u"com.apple.syspolicy.kernel-extension-policy"_s,
                   {{u"AllowedKernelExtensions"_s, QVariantMap{{u"ABCDE12345"_s, u"x"_s}}}})
        << QStringList() << true << error << u"AllowedKernelExtensions.ABCDE12345"_s
        << u"Should be a list, but is text."_s;
    QVariantMap version2 = payload(u"com.apple.font"_s, {{u"Font"_s, QByteArray("x")}});
    version2.insert(u"PayloadVersion"_s, 2);
    QTest::newRow("version") << version2 << QStringList() << true << error << u"PayloadVersion"_s
                             << u"“2” is not one of the allowed values: 1."_s;
}

void tst_ProfileValidator::reportsOneIssue()
{
    QFETCH(QVariantMap, payload);
    QFETCH(QStringList, platforms);
    QFETCH(bool, supervised);
    QFETCH(ProfileIssue::Severity, severity);
    QFETCH(QString, keyPath);
    QFETCH(QString, message);

    ProfileValidationOptions options;
    options.platforms = platforms;
    options.supervised = supervised;
    const QList<ProfileIssue> issues = serious(
        ProfileValidator::validatePayload(m_registry, payload, 3, options));
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    QCOMPARE(issues.first().severity, severity);
    QCOMPARE(issues.first().payloadIndex, 3);
    QCOMPARE(issues.first().keyPath, keyPath);
    QCOMPARE(issues.first().message, message);
}

void tst_ProfileValidator::acceptsValidPayloads_data()
{
    QTest::addColumn<QVariantMap>("payload");
    QTest::newRow("passcode") << payload(
        u"com.apple.mobiledevice.passwordpolicy"_s,
        {{u"forcePIN"_s, true}, {u"minLength"_s, qint64(8)}, {u"maxFailedAttempts"_s, 11}});
    QTest::newRow("wifi") << payload(u"com.apple.wifi.managed"_s,
                                     {{u"SSID_STR"_s, u"Office"_s},
                                      {u"EncryptionType"_s, u"WPA3"_s},
                                      {u"Password"_s, u"secret"_s}});
    QTest::newRow("pppc") << payload(
        u"com.apple.TCC.configuration-profile-policy"_s,
        {{u"Services"_s,
          QVariantMap{{u"SystemPolicyAllFiles"_s, QVariantList{identity()}},
                      {u"Accessibility"_s, QVariantList{identity()}}}}});
    QTest::newRow("kext") << payload(
        u"com.apple.syspolicy.kernel-extension-policy"_s,
        {{u"AllowedKernelExtensions"_s,
          QVariantMap{{u"ABCDE12345"_s, QVariantList{u"com.example.kext"_s}}}}});
    QTest::newRow("custom settings") << payload(
        u"com.apple.ManagedClient.preferences"_s,
        {{u"PayloadContent"_s,
          QVariantMap{
              {u"com.example.app"_s,
               QVariantMap{{u"Forced"_s,
                            QVariantList{QVariantMap{{u"mcx_preference_settings"_s,
                                                      QVariantMap{{u"Anything"_s, 42}}}}}}}}}}});
    QTest::newRow("removal date") << payload(
        u"com.apple.font"_s,
        {{u"Font"_s, QByteArray("x")}, {u"PayloadDescription"_s, u"A font"_s}});
    QTest::newRow("real from integer")
        << payload(u"com.apple.wifi.managed"_s,
                   {{u"SSID_STR"_s, u"Office"_s}, {u"ProxyServerPort"_s, qint64(8080)}});
}

void tst_ProfileValidator::acceptsValidPayloads()
{
    QFETCH(QVariantMap, payload);
    ProfileValidationOptions options;
    options.supervised = true;
    const QList<ProfileIssue> issues = ProfileValidator::validatePayload(
        m_registry, payload, 0, options);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_ProfileValidator::keepsUnknownKeysAsInfo()
{
    const QVariantMap wifi = payload(
        u"com.apple.wifi.managed"_s,
        {{u"SSID_STR"_s, u"Office"_s}, {u"VendorExtension"_s, QVariantMap{{u"a"_s, 1}}}});
    const QList<ProfileIssue> issues = ProfileValidator::validatePayload(m_registry, wifi);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, ProfileIssue::Severity::Info);
    QCOMPARE(issues.first().keyPath, u"VendorExtension"_s);
    QCOMPARE(issues.first().message, u"Not in the schema; kept as it is."_s);
}

void tst_ProfileValidator::unknownPayloadTypeIsInfo()
{
    QVariantMap unknown = payload(u"com.example.vendor"_s, {{u"Anything"_s, u"goes"_s}});
    QList<ProfileIssue> issues = ProfileValidator::validatePayload(m_registry, unknown);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, ProfileIssue::Severity::Info);
    unknown.remove(u"PayloadIdentifier"_s);
    issues = serious(ProfileValidator::validatePayload(m_registry, unknown));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().keyPath, u"PayloadIdentifier"_s);
}

void tst_ProfileValidator::checksTheDocument()
{
    ProfileDocument document;
    document.topLevel = {{u"PayloadType"_s, u"Configuration"_s},
                         {u"PayloadVersion"_s, 1},
                         {u"PayloadUUID"_s, u"0D8B1A1E-8D35-4B43-9D2A-0D0C0D0C0D0C"_s},
                         {u"PayloadScope"_s, u"Everywhere"_s}};
    QVariantMap first = payload(u"com.apple.font"_s, {{u"Font"_s, QByteArray("x")}});
    QVariantMap second = first;
    document.payloads = {first, second};
    const QList<ProfileIssue> issues = serious(
        ProfileValidator::validateDocument(m_registry, document));
    QStringList found;
    for (const ProfileIssue &issue : issues)
        found.append(u"%1/%2/%3"_s.arg(issue.payloadIndex).arg(issue.keyPath, issue.message));
    found.sort();
    const QStringList expected{
        u"-1/PayloadIdentifier/Required, but not set."_s,
        u"-1/PayloadScope/“Everywhere” is not one of the allowed values: System, User."_s,
        u"1/PayloadIdentifier/Payload 1 uses the same identifier."_s,
        u"1/PayloadUUID/Payload 1 uses the same UUID."_s,
    };
    QCOMPARE(found, expected);
}

void tst_ProfileValidator::targetDeviceTypeSetsThePlatform()
{
    ProfileDocument document;
    document.topLevel = {{u"PayloadType"_s, u"Configuration"_s},
                         {u"PayloadVersion"_s, 1},
                         {u"PayloadIdentifier"_s, u"com.example.p"_s},
                         {u"PayloadUUID"_s, u"0D8B1A1E-8D35-4B43-9D2A-0D0C0D0C0D0C"_s},
                         {u"TargetDeviceType"_s, 1}};
    document.payloads = {payload(u"com.apple.loginwindow"_s, {{u"LoginwindowText"_s, u"Hi"_s}})};
    QList<ProfileIssue> issues = serious(ProfileValidator::validateDocument(m_registry, document));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().message, u"Not available on iOS."_s);
    document.topLevel.insert(u"TargetDeviceType"_s, 5);
    issues = serious(ProfileValidator::validateDocument(m_registry, document));
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void tst_ProfileValidator::valuePaths()
{
    using namespace PayloadValuePath;
    const QVariant root = QVariantMap{{u"A"_s, QVariantList{QVariantMap{{u"B"_s, 1}}}}};
    QCOMPARE(toString({u"A"_s, 0, u"B"_s}), u"A[0].B"_s);
    QCOMPARE(value(root, {u"A"_s, 0, u"B"_s}), std::optional<QVariant>(1));
    QVERIFY(!value(root, {u"A"_s, 1}));
    QVERIFY(!value(root, {u"A"_s, u"B"_s}));
    const QVariant set = withValue(root, {u"A"_s, 0, u"C"_s}, u"x"_s);
    QCOMPARE(value(set, {u"A"_s, 0, u"C"_s}), std::optional<QVariant>(u"x"_s));
    QCOMPARE(value(set, {u"A"_s, 0, u"B"_s}), std::optional<QVariant>(1));
    const QVariant appended = withValue(root, {u"A"_s, 1}, 7);
    QCOMPARE(value(appended, {u"A"_s}).value().toList().size(), 2);
    const QVariant created = withValue(QVariantMap(), {u"X"_s, u"Y"_s}, true);
    QCOMPARE(value(created, {u"X"_s, u"Y"_s}), std::optional<QVariant>(true));
    QCOMPARE(without(set, {u"A"_s, 0, u"C"_s}), root);
    QCOMPARE(value(without(root, {u"A"_s, 0}), {u"A"_s}).value().toList().size(), 0);
    // Removing what is not there changes nothing.
    QCOMPARE(without(root, {u"Z"_s, u"Q"_s}), root);
}

QTEST_GUILESS_MAIN(tst_ProfileValidator)
#include "tst_ProfileValidator.moc"
