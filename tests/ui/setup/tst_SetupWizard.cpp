// SPDX-License-Identifier: GPL-3.0-or-later
// The setup wizard and the Settings page against the console's real engine (its own thread,
// keys in a throw-away keyring, HTTPS on 127.0.0.1): issuing from Espalier's CA, refusing a CA
// that is not one and a certificate for another host, importing a CA and a certificate made in
// the test, each time checked from this machine and followed by a simulated iPhone enrolling;
// then the Settings page saving an interval and guarding the public URL.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/engine/ServerSettings.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ServerIdentity.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/Ports.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/SetupWizard.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    return parent.findChild<T *>(name);
}

} // namespace

class tst_SetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    RecordingPrompter m_prompter;
    std::unique_ptr<EngineHost> m_host;
    quint16 m_port = 0;
    CertificateAuthority m_testCa;
    std::vector<std::unique_ptr<DeviceSimulator>> m_devices;

    QString url() const { return u"https://127.0.0.1:%1"_s.arg(m_port); }

    Result<ServerSettings::Overview> overview()
    {
        QFuture<Result<ServerSettings::Overview>> loaded = ServerSettings::loadOverview(
            m_host->engine()->config().databasePath);
        if (!waitFor(loaded))
            return fail(Error::Code::Cancelled, u"no overview"_s);
        return loaded.result();
    }

    // A new iPhone that trusts root enrolls through a new link and fetches its first commands.
    Result<void> enrollADevice(const Certificate &root)
    {
        QFuture<Result<Engine::CreatedEnrollmentLink>> link
            = m_host->engine()->createEnrollmentLink({u"admin"_s, u"wizard"_s, {}, 1});
        if (!waitFor(link))
            return fail(Error::Code::Cancelled, u"no link"_s);
        if (!link.result())
            return fail(link.result().error());
        DeviceSimulator::Options options;
        options.tls.setCaCertificates({QSslCertificate(root.toPem())});
        options.userChannel = false;
        m_devices.push_back(std::make_unique<DeviceSimulator>(options));
        QFuture<Result<void>> enrolled = m_devices.back()->enroll(link.result()->url);
        if (!waitFor(enrolled))
            return fail(Error::Code::Cancelled, u"enrollment did not finish"_s);
        if (!enrolled.result())
            return fail(enrolled.result().error());
        QFuture<Result<int>> session = m_devices.back()->connect();
        if (!waitFor(session))
            return fail(Error::Code::Cancelled, u"session did not finish"_s);
        if (!session.result())
            return fail(session.result().error());
        return {};
    }

    // The apply page: saved, restarted, and the server answered at its address.
    void expectAppliedAndReachable(SetupWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(SetupWizard::ApplyPage));
        auto *status = child<QLabel>(wizard, u"applyStatusLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(wizard.isApplied(), qPrintable(status->text()), 120000);
        auto *reachability = child<QLabel>(wizard, u"reachabilityLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            reachability->text().contains(u"Devices that can reach this address"_s),
            qPrintable(reachability->text()),
            30000);
        QVERIFY(!reachability->text().contains(u"✗"_s));
    }

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QList<quint16> ports = portsForLater();
        QVERIFY(!ports.isEmpty());
        m_port = ports.first();
        EngineConfig config = EngineConfig::console(m_dir.filePath(u"espalier.sqlite"_s));
        config.keychainService = u"Espalier-tst_SetupWizard-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        m_host = std::make_unique<EngineHost>(config, m_clock);
        QSignalSpy states(m_host.get(), &EngineHost::stateChanged);
        m_host->start();
        QTRY_VERIFY_WITH_TIMEOUT(
            !states.isEmpty()
                && (states.constLast().at(0).value<Engine::State>() == Engine::State::Running
                    || states.constLast().at(0).value<Engine::State>() == Engine::State::Failed),
            60000);
        QCOMPARE(states.constLast().at(0).value<Engine::State>(), Engine::State::Running);

        CertificateAuthority::Options options;
        options.subject.commonName = u"Test Shop Root CA"_s;
        Result<CertificateAuthority> ca = CertificateAuthority::generate(options, m_clock.now());
        QVERIFY_RESULT(ca);
        m_testCa = *ca;
        QVERIFY(writeFile(m_dir.filePath(u"shop-ca.pem"_s), m_testCa.certificate().toPem()));
        QVERIFY(writeFile(m_dir.filePath(u"shop-ca.key"_s), *m_testCa.key().toPem()));
        const auto issue = [this](const QString &name,
                                  CertificateAuthority::ServerCertificateOptions certificate) {
            Result<ServerIdentity> server = m_testCa.issueServerIdentity(certificate,
                                                                         m_clock.now());
            return server
                   && writeFile(m_dir.filePath(name + u".pem"_s),
                                server->certificate().toPem() + m_testCa.certificate().toPem())
                   && writeFile(m_dir.filePath(name + u".key"_s), *server->key().toPem());
        };
        QVERIFY(issue(u"good"_s, {.ipAddresses = {QHostAddress(QHostAddress::LocalHost)}}));
        QVERIFY(issue(u"other-host"_s, {.dnsNames = {u"other.example"_s}}));
    }

    void cleanupTestCase()
    {
        m_devices.clear();
        m_host.reset();
    }

    void issuingFromEspaliersCa()
    {
        SetupWizard wizard(*m_host, m_prompter, m_clock);
        QSignalSpy pushRequested(&wizard, &SetupWizard::pushCertificateSetupRequested);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::AddressPage));

        // A URL typed in the host field is explained, not taken.
        auto *host = child<QLineEdit>(wizard, u"hostLineEdit"_s);
        QTest::keyClicks(host, u"https://127.0.0.1"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::AddressPage));
        QVERIFY(child<QLabel>(wizard, u"addressErrorLabel"_s)->text().contains(u"https://"_s));

        host->clear();
        QTest::keyClicks(host, u"127.0.0.1"_s);
        child<QSpinBox>(wizard, u"portSpinBox"_s)->setValue(m_port);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::AuthorityPage));
        // No CA yet: nothing to keep, a new one is offered.
        QVERIFY(child<QRadioButton>(wizard, u"keepAuthorityRadioButton"_s)->isHidden());
        QVERIFY(child<QRadioButton>(wizard, u"createAuthorityRadioButton"_s)->isChecked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CertificatePage));
        QVERIFY(child<QRadioButton>(wizard, u"issueCertificateRadioButton"_s)->isChecked());
        QVERIFY(child<QLabel>(wizard, u"issueWarningLabel"_s)
                    ->text()
                    .contains(u"will not trust this certificate by themselves"_s));
        wizard.next();
        expectAppliedAndReachable(wizard);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::PushPage));
        QTest::mouseClick(child<QPushButton>(wizard, u"pushCertificateButton"_s), Qt::LeftButton);
        QCOMPARE(pushRequested.size(), 1);

        Result<ServerSettings::Overview> stored = overview();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->settings.publicUrl, QUrl(url()));
        QCOMPARE(stored->settings.listenPort, m_port);
        QVERIFY(!stored->certificateAuthority.isNull());
        QVERIFY(stored->serverCertificate.verifySignedBy(stored->certificateAuthority));
        QVERIFY_RESULT(enrollADevice(stored->certificateAuthority));
    }

    void importingRefusesWhatDevicesWouldNotAccept()
    {
        SetupWizard wizard(*m_host, m_prompter, m_clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *keepAuthority = child<QRadioButton>(wizard, u"keepAuthorityRadioButton"_s);
        QTRY_COMPARE(child<QLineEdit>(wizard, u"hostLineEdit"_s)->text(), u"127.0.0.1"_s);
        QVERIFY(!keepAuthority->isHidden());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::AuthorityPage));
        QVERIFY(keepAuthority->isChecked());

        // A server certificate is not a CA.
        child<QRadioButton>(wizard, u"importAuthorityRadioButton"_s)->click();
        child<QLineEdit>(wizard, u"authorityFileLineEdit"_s)
            ->setText(m_dir.filePath(u"good.pem"_s));
        child<QLineEdit>(wizard, u"authorityKeyLineEdit"_s)->setText(m_dir.filePath(u"good.key"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::AuthorityPage));
        auto *authorityError = child<QLabel>(wizard, u"authorityErrorLabel"_s);
        QVERIFY2(authorityError->text().contains(u"is not a certificate authority"_s),
                 qPrintable(authorityError->text()));
        QVERIFY(!authorityError->isHidden());

        // The shop's own CA is; replacing the current one with a device enrolled asks first.
        child<QLineEdit>(wizard, u"authorityFileLineEdit"_s)
            ->setText(m_dir.filePath(u"shop-ca.pem"_s));
        child<QLineEdit>(wizard, u"authorityKeyLineEdit"_s)
            ->setText(m_dir.filePath(u"shop-ca.key"_s));
        m_prompter.confirmAnswer = false;
        const int asked = m_prompter.confirmations;
        wizard.next();
        QCOMPARE(m_prompter.confirmations, asked + 1);
        QCOMPARE(wizard.currentId(), int(SetupWizard::AuthorityPage));
        m_prompter.confirmAnswer = true;
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CertificatePage));

        // A certificate for another host is refused with the reason.
        child<QRadioButton>(wizard, u"importCertificateRadioButton"_s)->click();
        auto *file = child<QLineEdit>(wizard, u"certificateFileLineEdit"_s);
        auto *key = child<QLineEdit>(wizard, u"certificateKeyLineEdit"_s);
        file->setText(m_dir.filePath(u"other-host.pem"_s));
        key->setText(m_dir.filePath(u"other-host.key"_s));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CertificatePage));
        auto *certificateError = child<QLabel>(wizard, u"certificateErrorLabel"_s);
        QVERIFY2(certificateError->text().contains(
                     u"The server certificate is for other.example, not for 127.0.0.1"_s),
                 qPrintable(certificateError->text()));

        // The right one is taken, served and checked.
        file->setText(m_dir.filePath(u"good.pem"_s));
        key->setText(m_dir.filePath(u"good.key"_s));
        wizard.next();
        expectAppliedAndReachable(wizard);

        Result<ServerSettings::Overview> stored = overview();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->certificateAuthority, m_testCa.certificate());
        QVERIFY(stored->serverCertificate.verifySignedBy(m_testCa.certificate()));
        QVERIFY_RESULT(enrollADevice(m_testCa.certificate()));
    }

    void theSettingsPageSavesAndGuardsTheUrl()
    {
        // The simulated devices stay enrolled in the store; their simulators are done.
        m_devices.clear();
        SettingsPage page(*m_host, m_prompter, m_clock);
        QSignalSpy finished(&page, &SettingsPage::applyFinished);
        QSignalSpy loaded(&page, &SettingsPage::settingsLoaded);
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *publicUrl = child<QLineEdit>(page, u"publicUrlLineEdit"_s);
        QTRY_COMPARE(publicUrl->text(), url());
        auto *apply = child<QPushButton>(page, u"applyButton"_s);
        QVERIFY(!apply->isEnabled());

        child<QSpinBox>(page, u"repushSpinBox"_s)->setValue(45);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        const int loads = int(loaded.size());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_VERIFY2_WITH_TIMEOUT(loaded.size() > loads,
                                  qPrintable(child<QLabel>(page, u"settingsStatusLabel"_s)->text()),
                                  60000);
        QCOMPARE(child<QSpinBox>(page, u"repushSpinBox"_s)->value(), 45);
        Result<ServerSettings::Overview> stored = overview();
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->settings.repushInterval, 45min);
        QCOMPARE(stored->settings.publicUrl, QUrl(url()));

        // A bad listen address is marked next to the field.
        auto *listen = child<QLineEdit>(page, u"listenAddressLineEdit"_s);
        QVERIFY(!apply->isEnabled() && listen->isEnabled());
        listen->setText(u"everywhere"_s);
        QVERIFY(!child<QLabel>(page, u"listenAddressErrorLabel"_s)->isHidden());
        QTest::mouseClick(child<QPushButton>(page, u"revertButton"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(page, u"listenAddressErrorLabel"_s)->isHidden());

        // Two devices are enrolled: a new public URL asks first, and "no" changes nothing.
        publicUrl->setText(u"https://127.0.0.1:1"_s);
        QVERIFY(apply->isEnabled());
        m_prompter.confirmAnswer = false;
        const int asked = m_prompter.confirmations;
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, asked + 1);
        QVERIFY(m_prompter.confirmationTexts.constLast().contains(u"enroll again"_s));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(overview()->settings.publicUrl, QUrl(url()));
        QTest::mouseClick(child<QPushButton>(page, u"revertButton"_s), Qt::LeftButton);
        QCOMPARE(publicUrl->text(), url());

        QSignalSpy backup(&page, &SettingsPage::backupRequested);
        QTest::mouseClick(child<QPushButton>(page, u"backupButton"_s), Qt::LeftButton);
        QCOMPARE(backup.size(), 1);
    }
};

QTEST_MAIN(tst_SetupWizard)
#include "tst_SetupWizard.moc"
