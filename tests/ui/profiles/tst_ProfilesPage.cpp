// SPDX-License-Identifier: GPL-3.0-or-later
// The Profiles page against the real engine on 127.0.0.1 and simulated devices: a PPPC profile
// built in the editor's form, validated, saved, signed and installed on a Mac until the status
// says installed; imports (plain, signed by openssl, tampered, broken), exports signed with a
// .p12 and with the server identity that the real openssl verifies, removal, and delete.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Cms.h"
#include "core/engine/EngineHost.h"
#include "core/profiles/MobileConfig.h"
#include "core/profiles/ProfileAssignmentModel.h"
#include "core/profiles/ProfileIssue.h"
#include "core/profiles/ProfileTableModel.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/profiles/ProfileDevicesDialog.h"
#include "ui/profiles/ProfileEditor.h"
#include "ui/profiles/ProfileEditorDialog.h"
#include "ui/profiles/ProfileExportDialog.h"
#include "ui/profiles/ProfileImportDialog.h"
#include "ui/profiles/ProfilesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QString corpus(const QString &name)
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR") + u"/tests/data/profiles/"_s + name;
}

} // namespace

class tst_ProfilesPage final : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *dialog()
    {
        const QList<T *> all = m_page->findChildren<T *>();
        for (T *d : all) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    void click(const QString &buttonName)
    {
        auto *button = m_page->findChild<QToolButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    int rowOf(const QString &identifier) const
    {
        const QList<ProfileRecord> &profiles = m_page->model()->profiles();
        for (int row = 0; row < profiles.size(); ++row) {
            if (profiles.at(row).identifier == identifier)
                return row;
        }
        return -1;
    }

    QString idOf(const QString &identifier) const
    {
        const int row = rowOf(identifier);
        return row < 0 ? QString() : m_page->model()->profiles().at(row).id;
    }

    QString statusOn(const QString &udid) const
    {
        for (const ProfileAssignment &a : m_page->statusModel()->assignments()) {
            if (a.deviceUdid == udid)
                return ProfileAssignmentModel::statusText(a);
        }
        return {};
    }

    QString signedCopy(const QString &file, const QString &name)
    {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        m_cli->writeFile(u"in.plist"_s, in.readAll());
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-sign"_s,
                                                   u"-binary"_s,
                                                   u"-nodetach"_s,
                                                   u"-nosmimecap"_s,
                                                   u"-outform"_s,
                                                   u"DER"_s,
                                                   u"-in"_s,
                                                   u"in.plist"_s,
                                                   u"-signer"_s,
                                                   u"signer.pem"_s,
                                                   u"-inkey"_s,
                                                   u"signer.key"_s,
                                                   u"-out"_s,
                                                   name});
        return out.succeeded() ? m_cli->path(name) : QString();
    }

    // Runs the import of path until its dialog is showing.
    ProfileImportDialog *startImport(const QString &path)
    {
        m_prompter.openFileAnswer = path;
        click(u"importButton"_s);
        waitUntil([this] { return dialog<ProfileImportDialog>() != nullptr; }, 30000);
        return dialog<ProfileImportDialog>();
    }

    void installOn(DeviceSimulator &device, bool sign)
    {
        click(u"installButton"_s);
        QTRY_VERIFY(dialog<ProfileDevicesDialog>());
        ProfileDevicesDialog *devices = dialog<ProfileDevicesDialog>();
        auto *tree = devices->findChild<QTreeWidget *>(u"deviceTree"_s);
        QVERIFY(tree);
        QTreeWidgetItem *item = nullptr;
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            if (tree->topLevelItem(row)->text(1) == device.hardware().serialNumber)
                item = tree->topLevelItem(row);
        }
        QVERIFY(item);
        item->setCheckState(0, Qt::Checked);
        devices->findChild<QCheckBox *>(u"signCheckBox"_s)->setChecked(sign);
        m_prompter.confirmAnswer = true;
        const int confirmations = m_prompter.confirmations;
        QTest::mouseClick(devices->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, confirmations + 1);
        QVERIFY(m_prompter.confirmationTexts.constLast().contains(u"1 device"_s));
    }

    Result<int> connect(DeviceSimulator &device)
    {
        QFuture<Result<int>> session = device.connect();
        if (!waitFor(session))
            return fail(Error::Code::Network, u"the session did not finish"_s);
        return session.result();
    }

    QString exportWith(int signing, const QString &fileName, const QString &p12 = {})
    {
        click(u"exportButton"_s);
        waitUntil([this] { return dialog<ProfileExportDialog>() != nullptr; }, 10000);
        ProfileExportDialog *exportDialog = dialog<ProfileExportDialog>();
        if (!exportDialog)
            return {};
        exportDialog->findChild<QComboBox *>(u"signingComboBox"_s)->setCurrentIndex(signing);
        if (!p12.isEmpty()) {
            QTest::keyClicks(exportDialog->findChild<QLineEdit *>(u"p12PathLineEdit"_s), p12);
            QTest::keyClicks(exportDialog->findChild<QLineEdit *>(u"p12PasswordLineEdit"_s),
                             u"orchard-test"_s);
        }
        m_prompter.saveFileAnswer = m_cli->path(fileName);
        QSignalSpy exported(m_page, &ProfilesPage::exported);
        QTest::mouseClick(exportDialog->findChild<QPushButton *>(u"exportButton"_s),
                          Qt::LeftButton);
        if (!exported.wait(60000))
            return {};
        return exported.constFirst().at(0).toString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<SimulatorFleet> m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    std::unique_ptr<OpenSslCli> m_cli;
    Certificate m_ca;
    RecordingPrompter m_prompter;
    std::unique_ptr<QWidget> m_window;
    ErrorPresenter *m_errors = nullptr;
    ProfilesPage *m_page = nullptr;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<OpenSslCli>(m_dir.path());
        m_cli->writeFile(
            u"leaf.ext"_s,
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n");
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
             u"/CN=Orchard Profile Test CA"_s},
            {u"req"_s,
             u"-newkey"_s,
             u"rsa:2048"_s,
             u"-nodes"_s,
             u"-keyout"_s,
             u"signer.key"_s,
             u"-out"_s,
             u"signer.csr"_s,
             u"-subj"_s,
             u"/CN=Orchard Profile Signer"_s},
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

        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_ProfilesPage-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        m_host = std::make_unique<EngineHost>(config, m_clock);
        QSignalSpy states(m_host.get(), &EngineHost::stateChanged);
        m_host->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(states.cbegin(),
                        states.cend(),
                        [](const QList<QVariant> &args) {
                            const auto state = args.at(0).value<Engine::State>();
                            return state == Engine::State::Running
                                   || state == Engine::State::Failed;
                        }),
            60000);
        QCOMPARE(states.constLast().at(0).value<Engine::State>(), Engine::State::Running);
        Engine *engine = m_host->engine();
        QMetaObject::invokeMethod(
            engine,
            [engine, this] { m_ca = engine->deviceCaCertificate(); },
            Qt::BlockingQueuedConnection);
        QVERIFY(!m_ca.isNull());
        m_cli->writeFile(u"engine-ca.pem"_s, m_ca.toPem());

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(2);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_ca.toPem())});
        m_fleet = std::make_unique<SimulatorFleet>();
        m_fleet->addDevices(2, [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(
                index == 0 ? SimulatedHardware::Kind::Mac : SimulatedHardware::Kind::IPhone);
            options.hardware.deviceName = index == 0 ? u"Robin’s MacBook Pro"_s
                                                     : u"Front desk iPhone"_s;
            options.tls = tls;
            options.keyPool = m_keys;
            options.userChannel = false;
            return options;
        });
        QList<QUrl> urls;
        for (int i = 0; i < 2; ++i) {
            QFuture<Result<Engine::CreatedEnrollmentLink>> link = engine->createEnrollmentLink(
                {u"admin"_s, u"test"_s, {}, 1});
            QVERIFY(waitFor(link));
            QVERIFY_RESULT(link.result());
            urls.append(link.result()->url);
        }
        QFuture<SimulatorFleet::Report> enrolled = m_fleet->enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        QFuture<SimulatorFleet::Report> inventory = m_fleet->connectAll();
        QVERIFY(waitFor(inventory));
        QVERIFY2(inventory.result().failed() == 0, qPrintable(inventory.result().summary()));

        m_window = std::make_unique<QWidget>();
        m_window->resize(1200, 760);
        m_errors = new ErrorPresenter(m_prompter, nullptr, m_window.get(), m_window.get());
        m_page = new ProfilesPage(*m_host, m_prompter, *m_errors, m_window.get());
        m_page->setActor(u"mac-admin"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_page);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fleet.reset();
        m_host->stop();
    }

    void startsEmpty()
    {
        QTRY_VERIFY(m_page->findChild<EmptyStateWidget *>()->isVisible());
        QCOMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(!m_page->findChild<QToolButton *>(u"installButton"_s)->isEnabled());
    }

    void importsAPlainProfile()
    {
        ProfileImportDialog *import = startImport(corpus(u"09-unknown-payload.mobileconfig"_s));
        QVERIFY(import);
        QCOMPARE(import->findChild<QLabel *>(u"signatureLabel"_s)->text(), u"Not signed."_s);
        QVERIFY(!import->findChild<QListWidget *>(u"faultList"_s)->isVisible());
        QTest::mouseClick(import->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(rowOf(u"org.example.orchard.unknown"_s) >= 0);
        QVERIFY(m_page->findChild<QTableView *>(u"profileTable"_s)->isVisible());
        QVERIFY(m_prompter.errors.isEmpty());
    }

    void importsAnOpensslSignedProfileWithItsSigner()
    {
        const QString path = signedCopy(corpus(u"14-login-window.mobileconfig"_s),
                                        u"signed-login.mobileconfig"_s);
        QVERIFY(!path.isEmpty());
        ProfileImportDialog *import = startImport(path);
        QVERIFY(import);
        const QString signature = import->findChild<QLabel *>(u"signatureLabel"_s)->text();
        QVERIFY2(signature.contains(u"Orchard Profile Signer"_s), qPrintable(signature));
        QVERIFY2(signature.contains(u"Orchard Profile Test CA"_s), qPrintable(signature));
        QVERIFY2(signature.contains(u"not trusted"_s), qPrintable(signature));
        QTest::mouseClick(import->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QTRY_VERIFY(rowOf(u"org.example.orchard.loginwindow"_s) >= 0);
    }

    void flagsATamperedProfile()
    {
        const QString path = signedCopy(corpus(u"01-passcode-basic.mobileconfig"_s),
                                        u"tampered.mobileconfig"_s);
        QByteArray bytes = m_cli->readFile(u"tampered.mobileconfig"_s);
        const qsizetype at = bytes.indexOf("Passcode for staff");
        QVERIFY(at > 0);
        bytes[at] = 'p';
        m_cli->writeFile(u"tampered.mobileconfig"_s, bytes);
        ProfileImportDialog *import = startImport(path);
        QVERIFY(import);
        const QString signature = import->findChild<QLabel *>(u"signatureLabel"_s)->text();
        QVERIFY2(signature.contains(u"changed after it was signed"_s), qPrintable(signature));
        QVERIFY(!import->findChild<QPushButton *>(u"addButton"_s)->isEnabled());
        QVERIFY(import->findChild<QListWidget *>(u"faultList"_s)->count() >= 1);
        import->reject();
        QCOMPARE(rowOf(u"org.example.orchard.passcode"_s), -1);
    }

    void reportsFaultsOfABrokenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::newRow("not a plist") << corpus(u"faults/not-a-plist.mobileconfig"_s) << false;
        QTest::newRow("empty") << corpus(u"faults/empty.mobileconfig"_s) << false;
        QTest::newRow("duplicate UUIDs") << corpus(u"faults/duplicate-uuid.mobileconfig"_s) << true;
    }

    void reportsFaultsOfABrokenFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        const int rows = m_page->model()->rowCount();
        ProfileImportDialog *import = startImport(file);
        QVERIFY(import);
        QVERIFY(import->findChild<QListWidget *>(u"faultList"_s)->count() >= 1);
        auto *add = import->findChild<QPushButton *>(u"addButton"_s);
        QCOMPARE(add != nullptr, readable);
        if (add)
            QVERIFY(!add->isEnabled());
        import->reject();
        QCOMPARE(m_page->model()->rowCount(), rows);
    }

    void buildsPppcInTheFormAndInstallsItSigned()
    {
        buildPppcInEditor();
        QTRY_VERIFY(rowOf(u"org.example.orchard.sentinel"_s) >= 0);
        m_page->selectProfile(idOf(u"org.example.orchard.sentinel"_s));
        DeviceSimulator &mac = *m_fleet->device(0);
        installOn(mac, true);
        QTRY_COMPARE(statusOn(mac.udid()), u"Pending"_s);
        QVERIFY_RESULT(connect(mac));
        QTRY_COMPARE_WITH_TIMEOUT(statusOn(mac.udid()), u"Installed"_s, 30000);
        QTRY_COMPARE(
            m_page->model()->profiles().at(rowOf(u"org.example.orchard.sentinel"_s)).installed, 1);
        QVERIFY(mac.installedProfileIdentifiers().contains(u"org.example.orchard.sentinel"_s));

        // The device got the profile signed by the server identity, with the form's values.
        QByteArray payload;
        for (const DeviceSimulator::CommandRecord &record : mac.commandLog()) {
            if (record.requestType == u"InstallProfile"_s)
                payload = record.command.value(u"Payload"_s).toByteArray();
        }
        Result<Cms::Verified> verified = Cms::verify(payload, {{}, {m_ca}, {}, {}});
        QVERIFY_RESULT(verified);
        const MobileConfig::Imported sent = MobileConfig::read(verified->content);
        QVERIFY(sent.faults.isEmpty());
        QCOMPARE(MobileConfig::payloadTypes(sent.document),
                 QStringList({u"com.apple.TCC.configuration-profile-policy"_s}));
        checkPppcPayload(sent.document.payloads.constFirst());
    }

    void exportSignedWithAP12VerifiesWithOpenssl()
    {
        m_page->selectProfile(idOf(u"org.example.orchard.sentinel"_s));
        const QString path = exportWith(
            2, u"sentinel-p12.mobileconfig"_s, m_cli->path(u"signer.p12"_s));
        QVERIFY(!path.isEmpty());
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-verify"_s,
                                                   u"-inform"_s,
                                                   u"DER"_s,
                                                   u"-binary"_s,
                                                   u"-in"_s,
                                                   path,
                                                   u"-CAfile"_s,
                                                   u"ca.pem"_s,
                                                   u"-out"_s,
                                                   u"p12-content.plist"_s});
        QVERIFY2(out.succeeded(), out.text().constData());
        const MobileConfig::Imported content = MobileConfig::read(
            m_cli->readFile(u"p12-content.plist"_s));
        QCOMPARE(content.document.identifier(), u"org.example.orchard.sentinel"_s);
    }

    void exportSignedWithTheServerIdentityVerifiesWithOpenssl()
    {
        m_page->selectProfile(idOf(u"org.example.orchard.unknown"_s));
        const QString path = exportWith(1, u"unknown-server.mobileconfig"_s);
        QVERIFY(!path.isEmpty());
        // The server's certificate is for TLS, so any purpose is accepted; the chain still has
        // to reach the engine's CA.
        const OpenSslCli::Output out = m_cli->run({u"cms"_s,
                                                   u"-verify"_s,
                                                   u"-inform"_s,
                                                   u"DER"_s,
                                                   u"-binary"_s,
                                                   u"-purpose"_s,
                                                   u"any"_s,
                                                   u"-in"_s,
                                                   path,
                                                   u"-CAfile"_s,
                                                   u"engine-ca.pem"_s,
                                                   u"-out"_s,
                                                   u"server-content.plist"_s});
        QVERIFY2(out.succeeded(), out.text().constData());
        // Lossless: the unknown payload's keys are all there.
        Result<QVariant> exported = Plist::parse(m_cli->readFile(u"server-content.plist"_s));
        QVERIFY_RESULT(exported);
        QFile original(corpus(u"09-unknown-payload.mobileconfig"_s));
        QVERIFY(original.open(QIODevice::ReadOnly));
        Result<QVariant> before = Plist::parse(original.readAll());
        QVERIFY_RESULT(before);
        QCOMPARE(*exported, *before);
    }

    void removesFromTheDevice()
    {
        m_page->selectProfile(idOf(u"org.example.orchard.sentinel"_s));
        DeviceSimulator &mac = *m_fleet->device(0);
        click(u"removeButton"_s);
        QTRY_VERIFY(dialog<ProfileDevicesDialog>());
        ProfileDevicesDialog *devices = dialog<ProfileDevicesDialog>();
        // The Mac that has it comes checked.
        QCOMPARE(devices->chosen().size(), 1);
        QCOMPARE(devices->chosen().constFirst().summary.udid, mac.udid());
        m_prompter.confirmAnswer = true;
        QTest::mouseClick(devices->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(statusOn(mac.udid()), u"Removal pending"_s);
        QVERIFY_RESULT(connect(mac));
        QTRY_COMPARE_WITH_TIMEOUT(statusOn(mac.udid()), u"Removed"_s, 30000);
        QVERIFY(!mac.installedProfileIdentifiers().contains(u"org.example.orchard.sentinel"_s));
    }

    void deletesAfterConfirmation()
    {
        m_page->selectProfile(idOf(u"org.example.orchard.loginwindow"_s));
        m_prompter.confirmAnswer = false;
        click(u"deleteButton"_s);
        QVERIFY(rowOf(u"org.example.orchard.loginwindow"_s) >= 0);
        m_prompter.confirmAnswer = true;
        click(u"deleteButton"_s);
        QTRY_COMPARE(rowOf(u"org.example.orchard.loginwindow"_s), -1);
        QVERIFY(m_prompter.confirmationTexts.constLast().contains(u"Delete"_s));
        QVERIFY(m_prompter.errors.isEmpty());
    }

    // A folder of further schemas (Apple's YAML format) joins the editor's payload types; a file
    // in it that is no schema is skipped and named to the admin.
    void loadsAFolderOfFurtherSchemas()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile schema(folder.filePath(u"org.example.orchard.bell.yaml"_s));
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write("title: Orchard bell\n"
                     "description: Rings the orchard's bell.\n"
                     "payload:\n"
                     "  payloadtype: org.example.orchard.bell\n"
                     "  supportedOS:\n"
                     "    macOS:\n"
                     "      introduced: '13.0'\n"
                     "payloadkeys:\n"
                     "- key: Chime\n"
                     "  title: Chime\n"
                     "  type: <string>\n"
                     "  presence: required\n"
                     "  content: Which chime rings.\n");
        schema.close();
        QFile broken(folder.filePath(u"broken.yaml"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("title: [unclosed\n");
        broken.close();

        m_page->setSchemaFolder(folder.path());
        QCOMPARE(ProfilesPage::schemaFolder(), folder.path());
        m_prompter.errors.clear();
        click(u"newButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog<ProfileEditorDialog>(), 30000);
        ProfileEditorDialog *editorDialog = dialog<ProfileEditorDialog>();
        const auto about = [this](const QString &file) {
            return std::count_if(
                m_prompter.errors.cbegin(), m_prompter.errors.cend(), [&file](const auto &error) {
                    return error.detail.contains(file);
                });
        };
        QTRY_COMPARE(about(u"broken.yaml"_s), 1);
        QCOMPARE(about(u"org.example.orchard.bell"_s), 0);
        ProfileEditor *editor = editorDialog->editor();
        editor->addPayload(u"org.example.orchard.bell"_s);
        // The form comes from the folder's schema: its one key, required.
        QVERIFY(editor->findChild<QLineEdit *>(u"ChimeLineEdit"_s));
        const QList<ProfileIssue> issues = editor->issues();
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const ProfileIssue &issue) {
            return issue.severity == ProfileIssue::Severity::Error
                   && issue.keyPath.contains(u"Chime"_s);
        }));
        m_prompter.confirmAnswer = true;
        editorDialog->reject();
        QTRY_VERIFY(!dialog<ProfileEditorDialog>());
        m_page->setSchemaFolder({});
        QVERIFY(ProfilesPage::schemaFolder().isEmpty());
    }

private:
    void buildPppcInEditor();
    void checkPppcPayload(const QVariantMap &payload);
};

// New (blank), then the general settings and a PPPC payload for a security agent filled in
// through the editor's widgets; the editor's own validation finds nothing serious, and Save
// sends it to the engine as version 1.
void tst_ProfilesPage::buildPppcInEditor()
{
    click(u"newButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(dialog<ProfileEditorDialog>(), 30000);
    ProfileEditorDialog *editorDialog = dialog<ProfileEditorDialog>();
    ProfileEditor *editor = editorDialog->editor();
    const auto find = [editor](const QString &name) {
        QWidget *widget = editor->findChild<QWidget *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    };
    auto *name = qobject_cast<QLineEdit *>(find(u"displayNameLineEdit"_s));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, u"Orchard Sentinel access"_s);
    auto *identifier = qobject_cast<QLineEdit *>(find(u"identifierLineEdit"_s));
    QVERIFY(identifier);
    identifier->selectAll();
    QTest::keyClicks(identifier, u"org.example.orchard.sentinel"_s);
    auto *target = qobject_cast<QComboBox *>(find(u"targetDeviceComboBox"_s));
    QVERIFY(target);
    target->setFocus();
    QTest::keyClicks(target, u"Mac"_s);

    // Without a payload the profile has nothing to install: saving waits for one.
    editor->addPayload(u"com.apple.TCC.configuration-profile-policy"_s);
    QTest::mouseClick(
        qobject_cast<QPushButton *>(find(u"Services.SystemPolicyAllFilesAddButton"_s)),
        Qt::LeftButton);
    const QString item = u"Services.SystemPolicyAllFiles[0]."_s;
    auto *agent = qobject_cast<QLineEdit *>(find(item + u"IdentifierLineEdit"_s));
    QVERIFY(agent);
    QTest::keyClicks(agent, u"org.example.sentinel.agent"_s);
    auto *type = qobject_cast<QComboBox *>(find(item + u"IdentifierTypeComboBox"_s));
    QVERIFY(type);
    type->setFocus();
    QTest::keyClicks(type, u"bundleID"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(find(item + u"CodeRequirementLineEdit"_s)),
                     u"identifier \"org.example.sentinel.agent\" and anchor apple generic"_s);
    auto *allowed = qobject_cast<QCheckBox *>(find(item + u"AllowedCheckBox"_s));
    QVERIFY(allowed);
    QTest::mouseClick(allowed, Qt::LeftButton);

    // Validate: the schema's checks and the profile's structure.
    for (const ProfileIssue &issue : editor->issues())
        QVERIFY2(issue.severity != ProfileIssue::Severity::Error, qPrintable(issue.message));
    QVERIFY(MobileConfig::check(editor->document()).isEmpty());
    auto *save = editorDialog->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

void tst_ProfilesPage::checkPppcPayload(const QVariantMap &payload)
{
    const QVariantMap expected{
        {u"Identifier"_s, u"org.example.sentinel.agent"_s},
        {u"IdentifierType"_s, u"bundleID"_s},
        {u"CodeRequirement"_s,
         u"identifier \"org.example.sentinel.agent\" and anchor apple generic"_s},
        {u"Allowed"_s, true},
    };
    QCOMPARE(payload.value(u"Services"_s),
             QVariant(QVariantMap{{u"SystemPolicyAllFiles"_s, QVariantList{expected}}}));
}

QTEST_MAIN(tst_ProfilesPage)
#include "tst_ProfilesPage.moc"
