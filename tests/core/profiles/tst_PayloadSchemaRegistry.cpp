// SPDX-License-Identifier: GPL-3.0-or-later
// The schema loader and registry: every profile schema of Apple's device-management repository,
// Espalier's own schemas, bad files, folders that override built-ins.
#include "core/profiles/PayloadSchemaLoader.h"
#include "core/profiles/PayloadSchemaRegistry.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QString appleProfilesDir()
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR")
           + u"/../shared/reference/apple-device-management/mdm/profiles"_s;
}

// Files of Apple's snapshot that may fail to load, with why. None does today; a file listed
// here must fail with a clear Error, never crash.
const QSet<QString> KnownAppleFailures{};

const PayloadKey *find(const QList<PayloadKey> &keys, const QString &name)
{
    for (const PayloadKey &key : keys) {
        if (key.name == name)
            return &key;
    }
    return nullptr;
}

int countKeys(const QList<PayloadKey> &keys)
{
    int count = 0;
    for (const PayloadKey &key : keys)
        count += 1 + countKeys(key.subkeys);
    return count;
}

void collectDescriptions(const QList<PayloadKey> &keys,
                         const QString &prefix,
                         QHash<QString, QString> &into)
{
    for (const PayloadKey &key : keys) {
        into.insert(prefix + key.name, key.description);
        collectDescriptions(key.subkeys, prefix + key.name + u'.', into);
    }
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class tst_PayloadSchemaRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEveryAppleProfileSchema();
    void readsAppleFacts();
    void marksRecursiveSchemas();
    void mergesFilesOfOneTypeInAFolder();
    void loadsTheBuiltInSchemas();
    void builtInsUseTheirOwnWords();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void skipsBadFilesInAFolder();
    void laterFoldersOverrideBuiltIns();
    void reportsAMissingFolder();
};

void tst_PayloadSchemaRegistry::loadsEveryAppleProfileSchema()
{
    const QDir dir(appleProfilesDir());
    QVERIFY2(dir.exists(), qPrintable(u"Apple's schemas are not at "_s + dir.path()));
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 120);
    int loaded = 0;
    int keys = 0;
    for (const QString &name : files) {
        const Result<PayloadSchema> schema = PayloadSchemaLoader::loadFile(dir.filePath(name));
        if (!schema) {
            QVERIFY2(KnownAppleFailures.contains(name), qPrintable(schema.error().toString()));
            QCOMPARE(schema.error().code, Error::Code::InvalidInput);
            QVERIFY(schema.error().message.contains(dir.filePath(name)));
            continue;
        }
        QVERIFY2(!schema->payloadType.isEmpty(), qPrintable(name));
        ++loaded;
        keys += countKeys(schema->keys);
    }
    QVERIFY(loaded >= files.size() - KnownAppleFailures.size());
    QVERIFY2(keys > 2000, qPrintable(QString::number(keys)));
    qInfo("%d of %d Apple profile schemas loaded, %d keys in all", loaded, int(files.size()), keys);
}

void tst_PayloadSchemaRegistry::readsAppleFacts()
{
    const QString dir = appleProfilesDir();
    const Result<PayloadSchema> passcode = PayloadSchemaLoader::loadFile(
        dir + u"/com.apple.mobiledevice.passwordpolicy.yaml"_s);
    QVERIFY_RESULT(passcode);
    const PayloadKey *attempts = passcode->key(u"maxFailedAttempts"_s);
    QVERIFY(attempts);
    QCOMPARE(attempts->type, PayloadValueType::Integer);
    QCOMPARE(attempts->minimum, 2.0);
    QCOMPARE(attempts->maximum, 11.0);
    QCOMPARE(attempts->defaultValue, QVariant(qint64(11)));
    QCOMPARE(passcode->key(u"allowSimple"_s)->defaultValue, QVariant(true));

    const Result<PayloadSchema> tcc = PayloadSchemaLoader::loadFile(
        dir + u"/com.apple.TCC.configuration-profile-policy.yaml"_s);
    QVERIFY_RESULT(tcc);
    QVERIFY(!findPlatform(tcc->platforms, u"iOS"_s)->isAvailable());
    QCOMPARE(findPlatform(tcc->platforms, u"macOS"_s)->introduced, u"10.14"_s);
    const PayloadKey *services = tcc->key(u"Services"_s);
    QVERIFY(services && services->required);
    QCOMPARE(services->type, PayloadValueType::Dictionary);
    const PayloadKey *allFiles = find(services->subkeys, u"SystemPolicyAllFiles"_s);
    QVERIFY(allFiles);
    QCOMPARE(allFiles->type, PayloadValueType::Array);
    QCOMPARE(allFiles->subkeys.size(), 1);
    const PayloadKey &identity = allFiles->subkeys.first();
    QCOMPARE(identity.type, PayloadValueType::Dictionary);
    const PayloadKey *identifierType = find(identity.subkeys, u"IdentifierType"_s);
    QVERIFY(identifierType && identifierType->required);
    QCOMPARE(identifierType->allowedValues, (QVariantList{u"bundleID"_s, u"path"_s}));
    const PayloadKey *authorization = find(identity.subkeys, u"Authorization"_s);
    QCOMPARE(findPlatform(authorization->platforms, u"macOS"_s)->introduced, u"11.0"_s);
    // Inherited from the payload: not on iOS.
    QVERIFY(!findPlatform(authorization->platforms, u"iOS"_s)->isAvailable());

    const Result<PayloadSchema> restrictions = PayloadSchemaLoader::loadFile(
        dir + u"/com.apple.applicationaccess.yaml"_s);
    QVERIFY_RESULT(restrictions);
    const PayloadKey *airDrop = restrictions->key(u"allowAirDrop"_s);
    QVERIFY(airDrop->isSupervisedOnly(u"iOS"_s));
    QVERIFY(!airDrop->isSupervisedOnly(u"macOS"_s));

    const Result<PayloadSchema> custom = PayloadSchemaLoader::loadFile(
        dir + u"/com.apple.ManagedClient.preferences.yaml"_s);
    QVERIFY_RESULT(custom);
    QVERIFY(custom->key(u"PayloadContent"_s)->subkeys.first().isWildcard());
}

void tst_PayloadSchemaRegistry::marksRecursiveSchemas()
{
    // Home Screen folders hold pages of icons that may be folders again.
    const Result<PayloadSchema> layout = PayloadSchemaLoader::loadFile(
        appleProfilesDir() + u"/com.apple.homescreenlayout.yaml"_s);
    QVERIFY_RESULT(layout);
    const PayloadKey *dock = layout->key(u"Dock"_s);
    QVERIFY(dock);
    const PayloadKey *pages = find(dock->subkeys.first().subkeys, u"Pages"_s);
    QVERIFY(pages);
    QVERIFY(!pages->recursive);
    QCOMPARE(pages->subkeys.size(), 1);
    QVERIFY(pages->subkeys.first().recursive);
}

void tst_PayloadSchemaRegistry::mergesFilesOfOneTypeInAFolder()
{
    PayloadSchemaRegistry registry;
    const PayloadSchemaRegistry::LoadReport report = registry.addFolder(appleProfilesDir());
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QVERIFY(report.loaded >= 120);
    // com.apple.MCX is spread over several files.
    const PayloadSchema *mcx = registry.find(u"com.apple.MCX"_s);
    QVERIFY(mcx);
    QVERIFY(mcx->key(u"dontAllowFDEDisable"_s));
    QVERIFY(mcx->key(u"timeServer"_s) || mcx->key(u"com.apple.mcxwifi"_s) || mcx->keys.size() > 5);
    QVERIFY(registry.topLevel());
    QVERIFY(!registry.commonKeys().isEmpty());
    QVERIFY(!registry.payloadTypes().contains(u"TopLevel"_s));
    QVERIFY(registry.payloadTypes().contains(u"com.apple.wifi.managed"_s));
}

void tst_PayloadSchemaRegistry::loadsTheBuiltInSchemas()
{
    PayloadSchemaRegistry::LoadReport report;
    const PayloadSchemaRegistry registry = PayloadSchemaRegistry::builtIn(&report);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.value(0).toString()));
    QVERIFY(report.loaded >= 25);
    const QStringList required{
        u"com.apple.mobiledevice.passwordpolicy"_s,
        u"com.apple.applicationaccess"_s,
        u"com.apple.wifi.managed"_s,
        u"com.apple.security.root"_s,
        u"com.apple.security.pem"_s,
        u"com.apple.security.pkcs1"_s,
        u"com.apple.security.pkcs12"_s,
        u"com.apple.security.scep"_s,
        u"com.apple.vpn.managed"_s,
        u"com.apple.mail.managed"_s,
        u"com.apple.webClip.managed"_s,
        u"com.apple.notificationsettings"_s,
        u"com.apple.loginwindow"_s,
        u"com.apple.MCX.FileVault2"_s,
        u"com.apple.security.FDERecoveryKeyEscrow"_s,
        u"com.apple.SoftwareUpdate"_s,
        u"com.apple.dnsSettings.managed"_s,
        u"com.apple.TCC.configuration-profile-policy"_s,
        u"com.apple.system-extension-policy"_s,
        u"com.apple.syspolicy.kernel-extension-policy"_s,
        u"com.apple.servicemanagement"_s,
        u"com.apple.font"_s,
        u"com.apple.ManagedClient.preferences"_s,
    };
    for (const QString &type : required)
        QVERIFY2(registry.find(type), qPrintable(type));
    QVERIFY(registry.topLevel());
    QCOMPARE(registry.commonKeys().size(), 7);
    const PayloadSchema *vpn = registry.find(u"com.apple.vpn.managed"_s);
    const PayloadKey *ikev2 = vpn->key(u"IKEv2"_s);
    QVERIFY(ikev2);
    QVERIFY(find(ikev2->subkeys, u"RemoteAddress"_s)->required);
    const PayloadKey *mtu = find(ikev2->subkeys, u"MTU"_s);
    QCOMPARE(mtu->minimum, 1280.0);
    QCOMPARE(mtu->maximum, 1400.0);
    const PayloadKey *notifications
        = registry.find(u"com.apple.notificationsettings"_s)->key(u"NotificationSettings"_s);
    QVERIFY(notifications->isSupervisedOnly(u"iOS"_s));
}

void tst_PayloadSchemaRegistry::builtInsUseTheirOwnWords()
{
    const PayloadSchemaRegistry ours = PayloadSchemaRegistry::builtIn();
    PayloadSchemaRegistry apple;
    apple.addFolder(appleProfilesDir());
    int compared = 0;
    for (const QString &type : ours.payloadTypes() + QStringList{u"TopLevel"_s}) {
        const PayloadSchema *theirs = apple.find(type);
        if (!theirs)
            continue;
        QHash<QString, QString> mine;
        QHash<QString, QString> original;
        collectDescriptions(ours.find(type)->keys, {}, mine);
        collectDescriptions(theirs->keys, {}, original);
        for (const PayloadKey &key : ours.find(type)->keys)
            QVERIFY2(!key.description.isEmpty(), qPrintable(type + u' ' + key.name));
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            const QString other = original.value(it.key());
            if (other.isEmpty())
                continue;
            ++compared;
            QVERIFY2(it.value().simplified() != other.simplified(),
                     qPrintable(type + u' ' + it.key()));
        }
    }
    QVERIFY(compared > 200);
}

void tst_PayloadSchemaRegistry::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("detail");
    QTest::newRow("empty") << QByteArray() << u"not a mapping"_s;
    QTest::newRow("not yaml") << QByteArray("payload: [unclosed") << u"bad.yaml"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01garbage", 11) << u"bad.yaml"_s;
    QTest::newRow("list root") << QByteArray("- a\n- b\n") << u"not a mapping"_s;
    QTest::newRow("no payload") << QByteArray("title: x\n") << u"no 'payload'"_s;
    QTest::newRow("no type") << QByteArray("payload:\n  supportedOS: {}\n") << u"payloadtype"_s;
    QTest::newRow("unknown key type")
        << QByteArray("payload:\n  payloadtype: x\npayloadkeys:\n- key: A\n  type: <number>\n")
        << u"unknown type '<number>'"_s;
    QTest::newRow("key without name")
        << QByteArray("payload:\n  payloadtype: x\npayloadkeys:\n- type: <string>\n")
        << u"no 'key'"_s;
    QTest::newRow("keys not a list")
        << QByteArray("payload:\n  payloadtype: x\npayloadkeys:\n  a: b\n") << u"not a list"_s;
    QTest::newRow("rangelist not a list")
        << QByteArray("payload:\n  payloadtype: x\npayloadkeys:\n- key: A\n  type: <string>\n"
                      "  rangelist: a\n")
        << u"'rangelist'"_s;
    QByteArray deep("payload:\n  payloadtype: x\npayloadkeys:\n");
    QByteArray indent;
    for (int i = 0; i < 40; ++i) {
        deep += indent + "- key: K\n" + indent + "  type: <dictionary>\n" + indent + "  subkeys:\n";
        indent += "  ";
    }
    deep += indent + "- key: Leaf\n" + indent + "  type: <string>\n";
    QTest::newRow("too deep") << deep << u"nested too deeply"_s;
}

void tst_PayloadSchemaRegistry::rejectsBadFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, detail);
    const Result<PayloadSchema> schema = PayloadSchemaLoader::parse(yaml, u"bad.yaml"_s);
    QVERIFY(!schema);
    QCOMPARE(schema.error().code, Error::Code::InvalidInput);
    QVERIFY(schema.error().message.contains(u"bad.yaml"_s));
    QVERIFY2(schema.error().detail.contains(detail), qPrintable(schema.error().detail));
}

void tst_PayloadSchemaRegistry::skipsBadFilesInAFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(u"a-good.yaml"_s),
                      "title: Good\npayload:\n  payloadtype: com.example.good\npayloadkeys:\n"
                      "- key: Name\n  type: <string>\n  presence: required\n"));
    QVERIFY(writeFile(dir.filePath(u"b-bad.yaml"_s), "payload: [unclosed"));
    QVERIFY(writeFile(dir.filePath(u"notes.txt"_s), "not a schema"));
    PayloadSchemaRegistry registry;
    const PayloadSchemaRegistry::LoadReport report = registry.addFolder(dir.path());
    QCOMPARE(report.loaded, 1);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors.first().message.contains(u"b-bad.yaml"_s));
    QVERIFY(registry.find(u"com.example.good"_s));
    QVERIFY(registry.find(u"com.example.good"_s)->key(u"Name"_s)->required);
}

void tst_PayloadSchemaRegistry::laterFoldersOverrideBuiltIns()
{
    PayloadSchemaRegistry registry = PayloadSchemaRegistry::builtIn();
    QVERIFY(!registry.find(u"com.apple.font"_s)->key(u"Extra"_s));
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"font.yaml"_s),
                      "title: Site font\npayload:\n  payloadtype: com.apple.font\npayloadkeys:\n"
                      "- key: Extra\n  type: <integer>\n"));
    const PayloadSchemaRegistry::LoadReport report = registry.addFolder(dir.path());
    QCOMPARE(report.loaded, 1);
    const PayloadSchema *font = registry.find(u"com.apple.font"_s);
    QCOMPARE(font->title, u"Site font"_s);
    QVERIFY(font->key(u"Extra"_s));
    QVERIFY(!font->key(u"Font"_s));
    QVERIFY(registry.find(u"com.apple.wifi.managed"_s));
}

void tst_PayloadSchemaRegistry::reportsAMissingFolder()
{
    PayloadSchemaRegistry registry;
    const PayloadSchemaRegistry::LoadReport report = registry.addFolder(u"/nonexistent/schemas"_s);
    QCOMPARE(report.loaded, 0);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.first().code, Error::Code::NotFound);
    QVERIFY(registry.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PayloadSchemaRegistry)
#include "tst_PayloadSchemaRegistry.moc"
