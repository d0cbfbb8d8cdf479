// SPDX-License-Identifier: GPL-3.0-or-later
// The schema-driven profile editor: a form for every schema (Apple's and Espalier's), lossless
// round trips, undoable edits, live validation next to the field, and a PPPC payload built
// through the widgets alone.
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/ProfileTemplates.h"
#include "tests/support/TestHelpers.h"
#include "ui/profiles/PayloadForm.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/RawValueView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Tcc = "com.apple.TCC.configuration-profile-policy";

QString appleProfilesDir()
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR")
           + u"/../shared/reference/apple-device-management/mdm/profiles"_s;
}

ProfileDocument emptyProfile()
{
    ProfileDocument document;
    document.topLevel = {{u"PayloadType"_s, u"Configuration"_s},
                         {u"PayloadVersion"_s, qint64(1)},
                         {u"PayloadIdentifier"_s, u"com.example.test"_s},
                         {u"PayloadUUID"_s, u"3C4D8C3E-6D0B-4F57-8B8F-5A0E0D7C9A11"_s}};
    return document;
}

QVariantMap payload(const QString &type, int n, const QVariantMap &keys = {})
{
    QVariantMap map = keys;
    map.insert(u"PayloadType"_s, type);
    map.insert(u"PayloadVersion"_s, qint64(1));
    map.insert(u"PayloadIdentifier"_s, u"com.example.test.%1"_s.arg(n));
    map.insert(u"PayloadUUID"_s,
               u"3C4D8C3E-6D0B-4F57-8B8F-5A0E0D7C%1"_s.arg(n, 4, 10, QChar(u'0')));
    return map;
}

// A plausible value for every key, so a form shows each editor filled in.
QVariant sample(const PayloadKey &key, int depth)
{
    if (!key.allowedValues.isEmpty())
        return key.allowedValues.first();
    switch (key.type) {
    case PayloadValueType::String:
        return QString(u"text for "_s + key.name);
    case PayloadValueType::Integer:
        return qint64(key.minimum ? *key.minimum : 3);
    case PayloadValueType::Real:
        return key.minimum ? *key.minimum + 0.5 : 2.5;
    case PayloadValueType::Boolean:
        return true;
    case PayloadValueType::Date:
        return QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    case PayloadValueType::Data:
        return QByteArray("\x01\x02\x03", 3);
    case PayloadValueType::Array:
        if (key.subkeys.size() == 1 && !key.recursive && depth < 4)
            return QVariantList{sample(key.subkeys.first(), depth + 1)};
        return QVariantList{u"raw item"_s};
    case PayloadValueType::Dictionary: {
        QVariantMap map;
        if (depth < 4 && !key.recursive) {
            for (const PayloadKey &sub : key.subkeys) {
                map.insert(sub.isWildcard() ? u"com.example.entry"_s : sub.name,
                           sample(sub, depth + 1));
            }
        }
        if (map.isEmpty())
            map.insert(u"free"_s, u"form"_s);
        return map;
    }
    case PayloadValueType::Any:
        return QVariantMap{{u"any"_s, qint64(1)}};
    }
    return {};
}

QVariantMap filled(const PayloadSchema &schema, int n)
{
    QVariantMap keys;
    for (const PayloadKey &key : schema.keys) {
        if (!key.isWildcard())
            keys.insert(key.name, sample(key, 0));
    }
    return payload(schema.payloadType, n, keys);
}

bool hasSerious(const QList<ProfileIssue> &issues, QString *text)
{
    for (const ProfileIssue &issue : issues) {
        if (issue.severity != ProfileIssue::Severity::Info)
            text->append(
                u"#%1 %2: %3\n"_s.arg(issue.payloadIndex).arg(issue.keyPath, issue.message));
    }
    return !text->isEmpty();
}

} // namespace

class tst_ProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildsAFormForEverySchema_data();
    void buildsAFormForEverySchema();
    void roundTripKeepsUnknownKeys();
    void editingChangesTheDocumentAndUndoRestoresIt();
    void notSetRemovesTheKey();
    void showsValidationNextToTheField();
    void managesPayloads();
    void picksACertificateFile();
    void buildsAPppcPayloadInTheForm();

private:
    PayloadSchemaRegistry m_builtIn;
    PayloadSchemaRegistry m_apple;
    std::unique_ptr<ProfileEditor> m_builtInEditor;
    std::unique_ptr<ProfileEditor> m_appleEditor;
};

void tst_ProfileEditor::initTestCase()
{
    PayloadSchemaRegistry::LoadReport report;
    m_builtIn = PayloadSchemaRegistry::builtIn(&report);
    QVERIFY(report.errors.isEmpty());
    report = m_apple.addFolder(appleProfilesDir());
    QVERIFY2(report.errors.isEmpty() && report.loaded > 100, qPrintable(appleProfilesDir()));
}

void tst_ProfileEditor::buildsAFormForEverySchema_data()
{
    QTest::addColumn<bool>("apple");
    QTest::addColumn<QString>("type");
    for (const QString &type : m_builtIn.payloadTypes())
        QTest::newRow(qPrintable(u"ours "_s + type)) << false << type;
    for (const QString &type : m_apple.payloadTypes())
        QTest::newRow(qPrintable(u"Apple "_s + type)) << true << type;
}

void tst_ProfileEditor::buildsAFormForEverySchema()
{
    QFETCH(bool, apple);
    QFETCH(QString, type);
    const PayloadSchemaRegistry &registry = apple ? m_apple : m_builtIn;
    const PayloadSchema *schema = registry.find(type);
    QVERIFY(schema);
    // One editor per registry for all rows: setDocument() replaces everything it shows.
    std::unique_ptr<ProfileEditor> &shared = apple ? m_appleEditor : m_builtInEditor;
    if (!shared) {
        shared = std::make_unique<ProfileEditor>(registry);
        shared->resize(1000, 700);
        shared->show();
        QVERIFY(QTest::qWaitForWindowExposed(shared.get()));
    }
    ProfileEditor &editor = *shared;

    ProfileDocument document = emptyProfile();
    document.payloads = {payload(type, 1), filled(*schema, 2)};
    editor.setDocument(document);
    for (int index : {0, 1}) {
        editor.selectPayload(index);
        auto *form = editor.findChild<PayloadForm *>(u"payloadForm"_s);
        QVERIFY(form);
        QVERIFY(form->findChildren<QWidget *>().size() > 3);
    }
    // Showing the form changed nothing.
    QCOMPARE(editor.document(), document);
    QVERIFY(editor.undoStack()->count() == 0);
}

void tst_ProfileEditor::roundTripKeepsUnknownKeys()
{
    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ProfileDocument document = emptyProfile();
    document.topLevel.insert(u"ConsentText"_s, QVariantMap{{u"default"_s, u"Please accept"_s}});
    document.topLevel.insert(u"RemovalDate"_s,
                             QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC));
    document.topLevel.insert(u"com.example.vendor"_s, QVariantList{1, u"two"_s, 3.5});
    document.topLevel.insert(u"PayloadDisplayName"_s, QString());
    document.payloads = {
        payload(u"com.apple.wifi.managed"_s,
                1,
                {{u"SSID_STR"_s, u"Office"_s},
                 {u"VendorKey"_s, QVariantMap{{u"Nested"_s, QByteArray("\x00\x01", 2)}}},
                 {u"EncryptionType"_s, u"WPA9"_s},
                 {u"ProxyServerPort"_s, qint64(123456)}}),
        payload(u"com.example.unknown"_s,
                2,
                {{u"Anything"_s, QVariantMap{{u"deep"_s, QVariantList{true, false}}}}}),
        payload(u"com.apple.mobiledevice.passwordpolicy"_s, 3, {{u"maxFailedAttempts"_s, u"x"_s}}),
    };
    editor.setDocument(document);
    QCOMPARE(editor.document(), document);
    for (int index : {0, 1, 2, -1}) {
        editor.selectPayload(index);
        QCOMPARE(editor.selectedPayload(), index);
        QCOMPARE(editor.document(), document);
    }
    editor.selectPayload(0);
    auto *unknown = editor.findChild<RawValueView *>(u"unknownKeysTreeWidget"_s);
    QVERIFY(unknown);
    QCOMPARE(unknown->findItems(u"VendorKey"_s, Qt::MatchExactly).size(), 1);
    auto *encryption = editor.findChild<QComboBox *>(u"EncryptionTypeComboBox"_s);
    QVERIFY(encryption->currentText().contains(u"WPA9"_s));
    editor.selectPayload(1);
    auto *raw = editor.findChild<RawValueView *>(u"unknownKeysTreeWidget"_s);
    QVERIFY(raw);
    QCOMPARE(raw->findItems(u"Anything"_s, Qt::MatchExactly).size(), 1);
    editor.selectPayload(-1);
    auto *others = editor.findChild<RawValueView *>(u"otherKeysTreeWidget"_s);
    QCOMPARE(others->topLevelItemCount(), 3);
    auto *xml = editor.findChild<QPlainTextEdit *>(u"xmlPlainTextEdit"_s);
    QVERIFY(xml->toPlainText().contains(u"<key>VendorKey</key>"_s));
    QVERIFY(xml->toPlainText().contains(u"<string>Please accept</string>"_s));
}

void tst_ProfileEditor::editingChangesTheDocumentAndUndoRestoresIt()
{
    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ProfileDocument document = emptyProfile();
    document.payloads = {payload(u"com.apple.wifi.managed"_s, 1, {{u"SSID_STR"_s, u"Office"_s}})};
    editor.setDocument(document);
    QSignalSpy changed(&editor, &ProfileEditor::documentChanged);

    auto *ssid = editor.findChild<QLineEdit *>(u"SSID_STRLineEdit"_s);
    QVERIFY(ssid);
    QCOMPARE(ssid->text(), u"Office"_s);
    ssid->setFocus();
    ssid->end(false);
    QTest::keyClicks(ssid, u" Lab"_s);
    QCOMPARE(editor.document().payloads.first().value(u"SSID_STR"_s), QVariant(u"Office Lab"_s));
    QCOMPARE(editor.undoStack()->count(), 1); // typing merges into one step
    QCOMPARE(changed.size(), 4);
    // The field kept its focus: nothing was rebuilt under the cursor.
    QCOMPARE(editor.findChild<QLineEdit *>(u"SSID_STRLineEdit"_s), ssid);

    auto *autoJoin = editor.findChild<QCheckBox *>(u"AutoJoinCheckBox"_s);
    QCOMPARE(autoJoin->checkState(), Qt::PartiallyChecked);
    QTest::mouseClick(autoJoin, Qt::LeftButton, {}, QPoint(8, autoJoin->height() / 2));
    QCOMPARE(editor.document().payloads.first().value(u"AutoJoin"_s), QVariant(true));
    QCOMPARE(editor.undoStack()->count(), 2);

    auto *list = editor.findChild<QListWidget *>(u"payloadListWidget"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!editor.document().payloads.first().contains(u"AutoJoin"_s));
    editor.undoStack()->undo();
    QCOMPARE(editor.document(), document);
    QCOMPARE(editor.findChild<QLineEdit *>(u"SSID_STRLineEdit"_s)->text(), u"Office"_s);
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor.document().payloads.first().value(u"SSID_STR"_s), QVariant(u"Office Lab"_s));
    QCOMPARE(editor.findChild<QLineEdit *>(u"SSID_STRLineEdit"_s)->text(), u"Office Lab"_s);

    // General settings are edits too.
    editor.selectPayload(-1);
    auto *name = editor.findChild<QLineEdit *>(u"displayNameLineEdit"_s);
    QTest::keyClicks(name, u"Wi-Fi"_s);
    QCOMPARE(editor.document().displayName(), u"Wi-Fi"_s);
    editor.undoStack()->undo();
    QVERIFY(!editor.document().topLevel.contains(u"PayloadDisplayName"_s));
}

void tst_ProfileEditor::notSetRemovesTheKey()
{
    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ProfileDocument document = emptyProfile();
    document.payloads = {payload(u"com.apple.mobiledevice.passwordpolicy"_s,
                                 1,
                                 {{u"minLength"_s, qint64(6)}, {u"forcePIN"_s, true}})};
    editor.setDocument(document);

    // A key the admin never set stays out, defaults included.
    auto *attempts = editor.findChild<QSpinBox *>(u"maxFailedAttemptsSpinBox"_s);
    QVERIFY(attempts);
    QCOMPARE(attempts->text(), u"Not set (default: 11)"_s);
    attempts->stepUp();
    QCOMPARE(editor.document().payloads.first().value(u"maxFailedAttempts"_s), QVariant(qint64(2)));
    attempts->stepDown();
    QVERIFY(!editor.document().payloads.first().contains(u"maxFailedAttempts"_s));

    auto *minLength = editor.findChild<QSpinBox *>(u"minLengthSpinBox"_s);
    QCOMPARE(minLength->value(), 6);
    minLength->setValue(minLength->minimum());
    QVERIFY(!editor.document().payloads.first().contains(u"minLength"_s));

    auto *reset = editor.findChild<QToolButton *>(u"forcePINResetButton"_s);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!editor.document().payloads.first().contains(u"forcePIN"_s));
    QCOMPARE(editor.findChild<QCheckBox *>(u"forcePINCheckBox"_s)->checkState(),
             Qt::PartiallyChecked);
    editor.undoStack()->undo();
    QCOMPARE(editor.document().payloads.first().value(u"forcePIN"_s), QVariant(true));
}

void tst_ProfileEditor::showsValidationNextToTheField()
{
    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    ProfileDocument document = emptyProfile();
    document.payloads = {
        payload(
            u"com.apple.mobiledevice.passwordpolicy"_s, 1, {{u"maxFailedAttempts"_s, qint64(20)}}),
        payload(u"com.apple.syspolicy.kernel-extension-policy"_s, 2),
    };
    editor.setDocument(document);
    auto *label = editor.findChild<QLabel *>(u"maxFailedAttemptsIssueLabel"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Must be between 2 and 11."_s);
    QCOMPARE(editor.findChild<QSpinBox *>(u"maxFailedAttemptsSpinBox"_s)->value(), 20);
    auto *summary = editor.findChild<QLabel *>(u"issueSummaryLabel"_s);
    QVERIFY(summary->text().startsWith(u"1 error"_s));

    // Fixing the value clears the message at once.
    editor.findChild<QSpinBox *>(u"maxFailedAttemptsSpinBox"_s)->setValue(10);
    QVERIFY(!editor.findChild<QLabel *>(u"maxFailedAttemptsIssueLabel"_s)->isVisible());

    editor.selectPayload(1);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"AllowedTeamIdentifiersAddButton"_s),
                      Qt::LeftButton);
    auto *team = editor.findChild<QLineEdit *>(u"AllowedTeamIdentifiers[0]LineEdit"_s);
    QVERIFY(team);
    QTest::keyClicks(team, u"abc"_s);
    auto *teamIssue = editor.findChild<QLabel *>(u"AllowedTeamIdentifiers[0]IssueLabel"_s);
    QVERIFY(teamIssue->isVisible());
    QVERIFY(teamIssue->text().startsWith(u"Does not have the expected form"_s));
    team->clear();
    QTest::keyClicks(team, u"ABCDE12345"_s);
    QVERIFY(!teamIssue->isVisible());
    QCOMPARE(editor.document().payloads.at(1).value(u"AllowedTeamIdentifiers"_s),
             QVariant(QVariantList{u"ABCDE12345"_s}));

    // A required key left out shows on the key's own line.
    editor.selectPayload(-1);
    auto *identifier = editor.findChild<QLineEdit *>(u"identifierLineEdit"_s);
    identifier->selectAll();
    QTest::keyClick(identifier, Qt::Key_Delete);
    QVERIFY(!editor.document().topLevel.contains(u"PayloadIdentifier"_s));
    auto *general = editor.findChild<QLabel *>(u"generalIssueLabel"_s);
    QVERIFY(general->isVisible());
    QVERIFY(general->text().contains(u"PayloadIdentifier: Required, but not set."_s));
}

void tst_ProfileEditor::managesPayloads()
{
    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const ProfileDocument document = emptyProfile();
    editor.setDocument(document);
    editor.addPayload(u"com.apple.font"_s);
    editor.addPayload(u"com.apple.wifi.managed"_s);
    QCOMPARE(editor.document().payloads.size(), 2);
    QCOMPARE(editor.selectedPayload(), 1);
    const QVariantMap wifi = editor.document().payloads.at(1);
    QCOMPARE(wifi.value(u"PayloadType"_s), QVariant(u"com.apple.wifi.managed"_s));
    QVERIFY(wifi.value(u"PayloadIdentifier"_s).toString().startsWith(u"com.example.test."_s));
    // Only the payload's own bookkeeping is written; no defaults.
    QCOMPARE(wifi.size(), 5);
    QTest::mouseClick(editor.findChild<QToolButton *>(u"moveUpPayloadButton"_s), Qt::LeftButton);
    QCOMPARE(editor.document().payloads.first(), wifi);
    QCOMPARE(editor.selectedPayload(), 0);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"removePayloadButton"_s), Qt::LeftButton);
    QCOMPARE(editor.document().payloads.size(), 1);
    QCOMPARE(editor.document().payloads.first().value(u"PayloadType"_s),
             QVariant(u"com.apple.font"_s));
    QCOMPARE(editor.undoStack()->count(), 4);
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    QCOMPARE(editor.document(), document);
    QCOMPARE(editor.findChild<QListWidget *>(u"payloadListWidget"_s)->count(), 1);
}

void tst_ProfileEditor::picksACertificateFile()
{
    const Result<PrivateKey> key = PrivateKey::generateEcP256();
    QVERIFY_RESULT(key);
    const Result<Certificate> certificate
        = CertificateBuilder()
              .setSubject(DistinguishedName{.commonName = u"Example Root"_s})
              .setValidity(QDateTime::currentDateTimeUtc(),
                           QDateTime::currentDateTimeUtc().addYears(2))
              .issueSelfSignedCa(*key);
    QVERIFY_RESULT(certificate);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"root.cer"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(certificate->toDer());
    file.close();

    ProfileEditor editor(m_builtIn);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QString asked;
    editor.setFileChooser([&asked, path](QWidget *, const QString &title) {
        asked = title;
        return path;
    });
    ProfileDocument document = emptyProfile();
    document.payloads = {payload(u"com.apple.security.root"_s, 1)};
    editor.setDocument(document);
    QVERIFY(editor.findChild<QLabel *>(u"PayloadContentIssueLabel"_s)->isVisible());
    QTest::mouseClick(editor.findChild<QPushButton *>(u"PayloadContentDataButton"_s),
                      Qt::LeftButton);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(editor.document().payloads.first().value(u"PayloadContent"_s).toByteArray(),
             certificate->toDer());
    auto *summary = editor.findChild<QLabel *>(u"PayloadContentSummaryLabel"_s);
    QVERIFY2(summary->text().contains(u"Example Root"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().startsWith(u"Certificate (DER)"_s));
    QVERIFY(!editor.findChild<QLabel *>(u"PayloadContentIssueLabel"_s)->isVisible());
}

void tst_ProfileEditor::buildsAPppcPayloadInTheForm()
{
    ProfileEditor editor(m_builtIn);
    editor.resize(1100, 800);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setDocument(emptyProfile());
    const auto find = [&editor](const QString &name) {
        QWidget *widget = editor.findChild<QWidget *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    };

    QTest::keyClicks(qobject_cast<QLineEdit *>(find(u"displayNameLineEdit"_s)), u"Agent access"_s);
    auto *target = qobject_cast<QComboBox *>(find(u"targetDeviceComboBox"_s));
    QVERIFY(target);
    target->setFocus();
    QTest::keyClicks(target, u"Mac"_s);
    QCOMPARE(editor.document().topLevel.value(u"TargetDeviceType"_s), QVariant(qint64(5)));

    editor.addPayload(QString::fromLatin1(Tcc));
    QVERIFY(editor.findChild<QLabel *>(u"ServicesIssueLabel"_s)->isVisible());
    QTest::mouseClick(
        qobject_cast<QPushButton *>(find(u"Services.SystemPolicyAllFilesAddButton"_s)),
        Qt::LeftButton);
    const QString item = u"Services.SystemPolicyAllFiles[0]."_s;
    auto *identifier = qobject_cast<QLineEdit *>(find(item + u"IdentifierLineEdit"_s));
    QVERIFY(identifier);
    QTest::keyClicks(identifier, u"com.example.agent"_s);
    auto *type = qobject_cast<QComboBox *>(find(item + u"IdentifierTypeComboBox"_s));
    QVERIFY(type);
    type->setFocus();
    QTest::keyClicks(type, u"bundleID"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(find(item + u"CodeRequirementLineEdit"_s)),
                     u"identifier \"com.example.agent\" and anchor apple generic"_s);
    auto *allowed = qobject_cast<QCheckBox *>(find(item + u"AllowedCheckBox"_s));
    QVERIFY(allowed);
    QTest::mouseClick(allowed, Qt::LeftButton, {}, QPoint(8, allowed->height() / 2));
    QCOMPARE(allowed->checkState(), Qt::Checked);

    const ProfileDocument document = editor.document();
    QCOMPARE(document.payloads.size(), 1);
    const QVariantMap expected{
        {u"Identifier"_s, u"com.example.agent"_s},
        {u"IdentifierType"_s, u"bundleID"_s},
        {u"CodeRequirement"_s, u"identifier \"com.example.agent\" and anchor apple generic"_s},
        {u"Allowed"_s, true},
    };
    QCOMPARE(document.payloads.first().value(u"Services"_s),
             QVariant(QVariantMap{{u"SystemPolicyAllFiles"_s, QVariantList{expected}}}));
    QString problems;
    QVERIFY2(!hasSerious(editor.issues(), &problems), qPrintable(problems));
    QCOMPARE(editor.findChild<QLabel *>(u"issueSummaryLabel"_s)->text(), u"No problems found."_s);
    QVERIFY(editor.findChild<QPlainTextEdit *>(u"xmlPlainTextEdit"_s)
                ->toPlainText()
                .contains(u"<key>SystemPolicyAllFiles</key>"_s));
}

QTEST_MAIN(tst_ProfileEditor)
#include "tst_ProfileEditor.moc"
