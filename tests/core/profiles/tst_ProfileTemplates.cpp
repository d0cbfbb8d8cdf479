// SPDX-License-Identifier: GPL-3.0-or-later
// Every template validates clean against the built-in schemas, with fresh, distinct UUIDs.
#include "core/plist/Plist.h"
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/ProfileTemplates.h"
#include "core/profiles/ProfileValidator.h"

#include <QSet>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Espalier::ProfileDocument)

namespace {

QString describe(const QList<ProfileIssue> &issues)
{
    QStringList lines;
    for (const ProfileIssue &issue : issues) {
        lines.append(u"%1 #%2 %3: %4"_s.arg(int(issue.severity))
                         .arg(issue.payloadIndex)
                         .arg(issue.keyPath, issue.message));
    }
    return lines.join(u"; "_s);
}

QSet<QString> uuids(const ProfileDocument &document)
{
    QSet<QString> found{document.uuid()};
    for (const QVariantMap &payload : document.payloads)
        found.insert(payload.value(u"PayloadUUID"_s).toString());
    return found;
}

} // namespace

class tst_ProfileTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesClean_data();
    void validatesClean();
    void freshUuidsEachTime();
    void fileVaultEscrowPointsAtItsCertificate();
};

void tst_ProfileTemplates::validatesClean_data()
{
    QTest::addColumn<ProfileDocument>("document");
    QTest::addColumn<QStringList>("types");
    for (const ProfileTemplates::Kind kind : ProfileTemplates::all()) {
        const ProfileDocument document = ProfileTemplates::create(kind);
        QStringList types;
        for (const QVariantMap &payload : document.payloads)
            types.append(payload.value(u"PayloadType"_s).toString());
        QTest::newRow(qPrintable(ProfileTemplates::title(kind))) << document << types;
    }
    const ProfileDocument ios = ProfileTemplates::lockScreenMessage(u"Call 555 0100"_s, true);
    QTest::newRow("lock screen (iOS)")
        << ios << QStringList{u"com.apple.shareddeviceconfiguration"_s};
    QTest::newRow("wpa3") << ProfileTemplates::wifi(
        u"Lab"_s, u"pa55word"_s, ProfileTemplates::WiFiSecurity::Wpa3Personal)
                          << QStringList{u"com.apple.wifi.managed"_s};
    QTest::newRow("pppc by path") << ProfileTemplates::privacyForAgent(
        u"/Library/Agent/agentd"_s,
        u"identifier \"agentd\""_s,
        true,
        {u"SystemPolicyAllFiles"_s, u"Accessibility"_s})
                                  << QStringList{u"com.apple.TCC.configuration-profile-policy"_s};
    QTest::newRow("two teams") << ProfileTemplates::kernelExtensionAllowList(
        {u"ABCDE12345"_s, u"Z9Y8X7W6V5"_s})
                               << QStringList{u"com.apple.syspolicy.kernel-extension-policy"_s};
}

void tst_ProfileTemplates::validatesClean()
{
    QFETCH(ProfileDocument, document);
    QFETCH(QStringList, types);
    QVERIFY(!document.payloads.isEmpty());
    for (const QString &type : types)
        QVERIFY(!type.isEmpty());
    const PayloadSchemaRegistry registry = PayloadSchemaRegistry::builtIn();
    for (const QVariantMap &payload : document.payloads)
        QVERIFY2(registry.find(payload.value(u"PayloadType"_s).toString()),
                 qPrintable(describe({})));
    const QList<ProfileIssue> issues = ProfileValidator::validateDocument(registry, document);
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    // The lock screen footnote is for supervised devices; the template's profile says so by
    // being validated clean only when they are.
    ProfileValidationOptions supervised;
    supervised.supervised = true;
    QVERIFY(ProfileValidator::validateDocument(registry, document, supervised).isEmpty());
    QCOMPARE(uuids(document).size(), document.payloads.size() + 1);
    QVariantMap whole = document.topLevel;
    QVariantList content;
    for (const QVariantMap &payload : document.payloads)
        content.append(payload);
    whole.insert(u"PayloadContent"_s, content);
    QVERIFY(Plist::toXml(whole).has_value());
}

void tst_ProfileTemplates::freshUuidsEachTime()
{
    for (const ProfileTemplates::Kind kind : ProfileTemplates::all()) {
        const ProfileDocument a = ProfileTemplates::create(kind);
        const ProfileDocument b = ProfileTemplates::create(kind);
        QVERIFY(!a.uuid().isEmpty());
        QVERIFY(!uuids(a).intersects(uuids(b)));
        QCOMPARE(a.identifier(), b.identifier());
        QVERIFY(!ProfileTemplates::title(kind).isEmpty());
        QVERIFY(!ProfileTemplates::description(kind).isEmpty());
    }
}

void tst_ProfileTemplates::fileVaultEscrowPointsAtItsCertificate()
{
    const ProfileDocument document = ProfileTemplates::fileVaultEscrow(
        QByteArray("\x30\x82\x01\x00", 4), u"IT"_s);
    QVariantMap escrow;
    QVariantMap certificate;
    for (const QVariantMap &payload : document.payloads) {
        const QString type = payload.value(u"PayloadType"_s).toString();
        if (type == u"com.apple.security.FDERecoveryKeyEscrow"_s)
            escrow = payload;
        else if (type == u"com.apple.security.pkcs1"_s)
            certificate = payload;
    }
    QVERIFY(!escrow.isEmpty() && !certificate.isEmpty());
    QCOMPARE(escrow.value(u"EncryptCertPayloadUUID"_s), certificate.value(u"PayloadUUID"_s));
    QCOMPARE(certificate.value(u"PayloadContent"_s).toByteArray().size(), 4);
}

QTEST_GUILESS_MAIN(tst_ProfileTemplates)
#include "tst_ProfileTemplates.moc"
