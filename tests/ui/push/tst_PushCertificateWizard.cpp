// SPDX-License-Identifier: GPL-3.0-or-later
// The push certificate wizard end to end, as an admin walks it: the real engine on 127.0.0.1, a
// vendor identity and Apple's portal played by the test (PushCertificateTestPki), the APNs
// stand-in, and a simulated iPhone that checks in whenever the stand-in delivers its push.
#include "core/certificates/CertificateService.h"
#include "core/common/AppIdentity.h"
#include "core/mdm/commands/DeviceInformationCommand.h"
#include "core/push/PushCertificate.h"
#include "core/push/PushCertificateRequest.h"
#include "core/push/VendorSigning.h"
#include "core/store/PushCertificateRecord.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/PushEngineFixture.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/push/PushCertificateWizard.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

using Page = PushCertificateWizard::PageId;

namespace {

constexpr int StepTimeoutMs = 60000;
const QString P12Password = u"vendor secret"_s;

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

CommandTarget phone()
{
    CommandTarget target;
    target.platform = Platform::IOS;
    target.osVersion = u"17.5"_s;
    return target;
}

// The push states the engine (on its own thread) reports from now on, received on this thread.
class PushStates final : public QObject
{
public:
    explicit PushStates(Engine &engine)
    {
        connect(&engine, &Engine::pushStateChanged, this, [this](bool pushing) {
            m_reported.append(pushing);
        });
    }

    // Until the newest report says the engine pushes.
    bool waitUntilPushing()
    {
        return waitUntil([this] { return !m_reported.isEmpty() && m_reported.constLast(); }, 30000);
    }

private:
    QList<bool> m_reported;
};

} // namespace

class tst_PushCertificateWizard : public QObject
{
    Q_OBJECT

private:
    // A wizard as the Certificates page opens it, with the browser and the cancel question
    // answered by the test.
    std::unique_ptr<PushCertificateWizard> openWizard()
    {
        auto wizard = std::make_unique<PushCertificateWizard>(*m_service, m_prompter);
        PushCertificateWizard::Hooks hooks;
        hooks.openUrl = [this](const QUrl &url) {
            m_openedUrls.append(url);
            return true;
        };
        hooks.chooseOpenFile = [](QWidget *, const QString &, const QString &) {
            return QString();
        };
        hooks.chooseOnCancel = [this](QWidget *) {
            ++m_cancelQuestions;
            return m_cancelChoice;
        };
        wizard->setHooks(hooks);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return {};
        if (!waitUntil([&wizard] { return wizard->isReady(); }))
            return {};
        return wizard;
    }

    // Presses the button that moves on (Next, or the commit button of a commit page) and waits
    // until the step's work is done.
    static bool moveOn(PushCertificateWizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::CommitButton);
        if (!button->isVisible())
            button = wizard.button(QWizard::NextButton);
        if (!button->isVisible() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return waitUntil([&wizard] { return !wizard.isBusy(); }, StepTimeoutMs);
    }

    static bool reach(PushCertificateWizard &wizard, Page page)
    {
        return wizard.currentId() == page || (moveOn(wizard) && wizard.currentId() == page);
    }

    // The vendor step with the admin's own .p12.
    bool signWithVendorIdentity(PushCertificateWizard &wizard)
    {
        if (wizard.currentId() != Page::VendorPage)
            return false;
        const QString p12Path = m_engine.path(u"vendor.p12"_s);
        Result<QByteArray> p12 = m_engine.vendorP12(P12Password);
        if (!p12 || !writeFile(p12Path, *p12))
            return false;
        child<QRadioButton>(wizard, u"vendorIdentityRadioButton"_s)->setChecked(true);
        QLineEdit *path = child<QLineEdit>(wizard, u"vendorP12LineEdit"_s);
        path->clear();
        QTest::keyClicks(path, p12Path);
        QLineEdit *password = child<QLineEdit>(wizard, u"vendorPasswordLineEdit"_s);
        password->clear();
        QTest::keyClicks(password, P12Password);
        return reach(wizard, Page::PortalPage);
    }

    // The portal step: saves the signed request, as the admin does before uploading it.
    QByteArray saveSignedRequest(PushCertificateWizard &wizard, const QString &name)
    {
        m_prompter.saveFileAnswer = m_engine.path(name);
        QTest::mouseClick(child<QPushButton>(wizard, u"saveSignedRequestPushButton"_s),
                          Qt::LeftButton);
        if (!waitUntil(
                [&] { return QFile::exists(m_prompter.saveFileAnswer) && !wizard.isBusy(); }))
            return {};
        return readFile(m_prompter.saveFileAnswer);
    }

    // The import step with a .pem from the portal.
    bool chooseCertificate(PushCertificateWizard &wizard,
                           const QByteArray &pem,
                           const QString &name)
    {
        const QString path = m_engine.path(name);
        if (!writeFile(path, pem))
            return false;
        QLineEdit *edit = child<QLineEdit>(wizard, u"certificateFileLineEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, path);
        return moveOn(wizard);
    }

    PushEngineFixture m_engine;
    std::unique_ptr<CertificateService> m_service;
    RecordingPrompter m_prompter;
    QList<QUrl> m_openedUrls;
    PushCertificateWizard::CancelChoice m_cancelChoice
        = PushCertificateWizard::CancelChoice::KeepForLater;
    int m_cancelQuestions = 0;
    QString m_deviceId;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY_RESULT(m_engine.start(u"tst_PushCertificateWizard"_s));
        m_service = std::make_unique<CertificateService>(m_engine.engine());
        // One iPhone, enrolled before any push certificate exists, bound to the engine's topic.
        QVERIFY_RESULT(m_engine.enroll(1));
        m_deviceId = m_engine.fleet().device(0)->udid();
    }

    void cleanupTestCase()
    {
        m_service.reset();
        m_engine.stop();
        QSettings().clear();
    }

    void createPath()
    {
        QVERIFY(!m_engine.currentCertificate());
        std::unique_ptr<PushCertificateWizard> wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->kind(), PushCertificateRequestKind::Create);
        QCOMPARE(wizard->currentId(), int(Page::StartPage));
        QVERIFY(child<QLabel>(*wizard, u"startTextLabel"_s)->text().contains(u"five steps"_s));

        // Step 1: the key goes to the keychain, the request is stored.
        QVERIFY(moveOn(*wizard));
        QCOMPARE(wizard->currentId(), int(Page::VendorPage));
        QVERIFY(wizard->request());
        QCOMPARE(wizard->request()->state, PushCertificateRequestState::CsrCreated);

        // Step 2: the admin's vendor .p12; a wrong password first.
        const QString p12Path = m_engine.path(u"vendor.p12"_s);
        Result<QByteArray> p12 = m_engine.vendorP12(P12Password);
        QVERIFY_RESULT(p12);
        QVERIFY(writeFile(p12Path, *p12));
        QTest::keyClicks(child<QLineEdit>(*wizard, u"vendorP12LineEdit"_s), p12Path);
        QTest::keyClicks(child<QLineEdit>(*wizard, u"vendorPasswordLineEdit"_s), u"guess"_s);
        QVERIFY(moveOn(*wizard));
        QCOMPARE(wizard->currentId(), int(Page::VendorPage));
        QVERIFY2(wizard->errorText(Page::VendorPage).contains(u"password"_s, Qt::CaseInsensitive),
                 qPrintable(wizard->errorText(Page::VendorPage)));
        QVERIFY(signWithVendorIdentity(*wizard));
        QCOMPARE(wizard->request()->state, PushCertificateRequestState::Signed);

        // Step 3: Apple's portal, through the injected browser; the signed request saved for it.
        const QLabel *portal = child<QLabel>(*wizard, u"portalTextLabel"_s);
        QVERIFY(portal->text().contains(u"Create a Certificate"_s));
        QTest::mouseClick(child<QPushButton>(*wizard, u"openPortalPushButton"_s), Qt::LeftButton);
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(PushCertificate::PortalUrl.toString())});
        const QByteArray upload = saveSignedRequest(*wizard, u"create-signed.txt"_s);
        QVERIFY(!upload.isEmpty());
        Result<VendorSigning::SignedRequest> signedRequest = VendorSigning::read(upload);
        QVERIFY_RESULT(signedRequest);
        QCOMPARE(signedRequest->chain.first(), m_engine.pki().vendor.certificate);
        QTest::keyClicks(child<QLineEdit>(*wizard, u"appleIdLineEdit"_s), u"mdm@example.com"_s);
        QVERIFY(reach(*wizard, Page::ImportPage));

        // Step 4: the certificate Apple's portal issues for that upload.
        Result<QByteArray> pem = m_engine.portalCertificate(upload, m_engine.topic());
        QVERIFY_RESULT(pem);
        QVERIFY(chooseCertificate(*wizard, *pem, u"MDM_Create.pem"_s));
        QCOMPARE(wizard->currentId(), int(Page::ChecksPage));
        const QString checks = child<QLabel>(*wizard, u"checksLabel"_s)->text();
        QVERIFY2(checks.contains(u"matches the key"_s), qPrintable(checks));
        QVERIFY2(checks.contains(m_engine.topic()), qPrintable(checks));
        QVERIFY2(checks.contains(u"valid until"_s), qPrintable(checks));
        QVERIFY(!child<QWidget>(*wizard, u"reenrollConfirmationLineEdit"_s)->isVisible());

        // Step 5: in use, without a restart.
        PushStates pushing(m_engine.engine());
        QSignalSpy imported(wizard.get(), &PushCertificateWizard::certificateImported);
        QVERIFY(reach(*wizard, Page::DonePage));
        QCOMPARE(imported.size(), 1);
        QVERIFY(child<QLabel>(*wizard, u"doneTextLabel"_s)->text().contains(u"in use"_s));
        QVERIFY(pushing.waitUntilPushing());
        const std::optional<PushCertificateRecord> current = m_engine.currentCertificate();
        QVERIFY(current);
        QCOMPARE(current->topic, m_engine.topic());
        QCOMPARE(current->appleId, u"mdm@example.com"_s);
        QVERIFY(current->isActive());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());

        // The device is woken with it: pushed, delivered, acknowledged.
        QCOMPARE(m_engine.deliver(m_deviceId, *DeviceInformationCommand{}.build(phone())),
                 std::optional<CommandState>(CommandState::Acknowledged));
        QCOMPARE(m_engine.apns().received().last().clientTopic, m_engine.topic());
    }

    void renewWithTheSameTopicKeepsTheDeviceWorking()
    {
        const std::optional<PushCertificateRecord> before = m_engine.currentCertificate();
        QVERIFY(before);
        std::unique_ptr<PushCertificateWizard> wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->kind(), PushCertificateRequestKind::Renew);
        QCOMPARE(wizard->renewedTopic(), m_engine.topic());
        const QString start = child<QLabel>(*wizard, u"startTextLabel"_s)->text();
        QVERIFY2(start.contains(m_engine.topic()), qPrintable(start));
        QVERIFY2(start.contains(u"mdm@example.com"_s), qPrintable(start));
        QVERIFY(reach(*wizard, Page::VendorPage));

        // This time through a CSR-signing service: the request and our encryption certificate
        // go out, the encrypted reply comes back.
        child<QRadioButton>(*wizard, u"signingServiceRadioButton"_s)->click();
        QVERIFY(child<QRadioButton>(*wizard, u"signingServiceRadioButton"_s)->isChecked());
        m_prompter.saveFileAnswer = m_engine.path(u"renew-request.csr"_s);
        QTest::mouseClick(child<QPushButton>(*wizard, u"exportServiceRequestPushButton"_s),
                          Qt::LeftButton);
        const QString certificatePath = m_engine.path(u"renew-request-encryption.pem"_s);
        QVERIFY(waitUntil([&] { return !wizard->isBusy() && QFile::exists(certificatePath); }));
        QVERIFY(child<QLabel>(*wizard, u"serviceExportedLabel"_s)
                    ->text()
                    .contains(u"renew-request-encryption.pem"_s));
        Result<QByteArray> reply = m_engine.serviceReply(readFile(m_prompter.saveFileAnswer),
                                                         readFile(certificatePath));
        QVERIFY_RESULT(reply);
        const QString replyPath = m_engine.path(u"service-reply.txt"_s);
        QVERIFY(writeFile(replyPath, *reply));
        QTest::keyClicks(child<QLineEdit>(*wizard, u"serviceReplyLineEdit"_s), replyPath);
        QVERIFY(reach(*wizard, Page::PortalPage));

        // The portal: Renew next to this topic, never Create; the Apple ID recorded last time.
        const QString portal = child<QLabel>(*wizard, u"portalTextLabel"_s)->text();
        QVERIFY2(portal.contains(u"<b>Renew</b>"_s), qPrintable(portal));
        QVERIFY2(portal.contains(u"Never press Create a Certificate"_s), qPrintable(portal));
        QVERIFY2(portal.contains(m_engine.topic()), qPrintable(portal));
        QLineEdit *appleId = child<QLineEdit>(*wizard, u"appleIdLineEdit"_s);
        QTRY_COMPARE(appleId->text(), u"mdm@example.com"_s);
        const QByteArray upload = saveSignedRequest(*wizard, u"renew-signed.txt"_s);
        QVERIFY(!upload.isEmpty());
        QVERIFY(reach(*wizard, Page::ImportPage));

        Result<QByteArray> pem = m_engine.portalCertificate(upload, m_engine.topic());
        QVERIFY_RESULT(pem);
        QVERIFY(chooseCertificate(*wizard, *pem, u"MDM_Renewed.pem"_s));
        QCOMPARE(wizard->currentId(), int(Page::ChecksPage));
        QVERIFY(child<QLabel>(*wizard, u"checksLabel"_s)
                    ->text()
                    .contains(u"the topic the enrolled devices are bound to"_s));
        const int connectionsBefore = m_engine.apns().statistics().connections;
        PushStates pushing(m_engine.engine());
        QVERIFY(reach(*wizard, Page::DonePage));
        QVERIFY(child<QLabel>(*wizard, u"doneTextLabel"_s)->text().contains(u"replaces"_s));
        QVERIFY(pushing.waitUntilPushing());

        const std::optional<PushCertificateRecord> after = m_engine.currentCertificate();
        QVERIFY(after);
        QVERIFY(after->id != before->id);
        QCOMPARE(after->topic, before->topic);
        QCOMPARE(after->appleId, u"mdm@example.com"_s);

        // The device keeps working, woken by the renewed certificate on a connection of its own.
        QCOMPARE(m_engine.deliver(m_deviceId, *DeviceInformationCommand{}.build(phone())),
                 std::optional<CommandState>(CommandState::Acknowledged));
        QVERIFY(m_engine.apns().statistics().connections > connectionsBefore);
        QCOMPARE(m_engine.apns().received().last().clientTopic, m_engine.topic());
    }

    void renewWithAnotherTopicIsRefused()
    {
        const std::optional<PushCertificateRecord> before = m_engine.currentCertificate();
        QVERIFY(before);
        std::unique_ptr<PushCertificateWizard> wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(reach(*wizard, Page::VendorPage));
        QVERIFY(signWithVendorIdentity(*wizard));
        const QByteArray upload = saveSignedRequest(*wizard, u"other-signed.txt"_s);
        QVERIFY(reach(*wizard, Page::ImportPage));

        // Create a Certificate pressed in the portal: a new topic.
        const QString otherTopic = PushCertificateTestPki::newTopic();
        Result<QByteArray> pem = m_engine.portalCertificate(upload, otherTopic);
        QVERIFY_RESULT(pem);
        QVERIFY(chooseCertificate(*wizard, *pem, u"MDM_Other.pem"_s));
        QCOMPARE(wizard->currentId(), int(Page::ChecksPage));
        const QLabel *warning = child<QLabel>(*wizard, u"topicWarningLabel"_s);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"re-enrolled"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(u"1 enrolled device"_s), qPrintable(warning->text()));
        QVERIFY2(warning->text().contains(u"press Renew next to the certificate"_s),
                 qPrintable(warning->text()));
        QVERIFY(child<QLineEdit>(*wizard, u"reenrollConfirmationLineEdit"_s)->isVisible());

        // Without the confirmation the wizard stays, and nothing changes.
        QVERIFY(moveOn(*wizard));
        QCOMPARE(wizard->currentId(), int(Page::ChecksPage));
        QVERIFY2(wizard->errorText(Page::ChecksPage).contains(u"nothing changed"_s),
                 qPrintable(wizard->errorText(Page::ChecksPage)));
        QTest::keyClicks(child<QLineEdit>(*wizard, u"reenrollConfirmationLineEdit"_s),
                         u"re-enroll some"_s);
        QVERIFY(moveOn(*wizard));
        QCOMPARE(wizard->currentId(), int(Page::ChecksPage));
        const std::optional<PushCertificateRecord> after = m_engine.currentCertificate();
        QVERIFY(after);
        QCOMPARE(after->id, before->id);
        QCOMPARE(after->topic, m_engine.topic());

        // Cancel, and discard the request: its key goes too.
        m_cancelChoice = PushCertificateWizard::CancelChoice::Discard;
        const int asked = m_cancelQuestions;
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(m_cancelQuestions, asked + 1);
        QVERIFY(waitUntil([&wizard] { return !wizard->isVisible(); }));
        QFuture<Result<std::optional<PushCertificateRequestRecord>>> open
            = m_service->openRequest();
        QVERIFY(waitFor(open));
        QVERIFY_RESULT(open.result());
        QVERIFY(!*open.result());
        QCOMPARE(m_engine.currentCertificate()->id, before->id);
    }

    void certificateForAnotherKeyIsRefused()
    {
        std::unique_ptr<PushCertificateWizard> wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(reach(*wizard, Page::VendorPage));
        QVERIFY(signWithVendorIdentity(*wizard));
        QVERIFY(reach(*wizard, Page::ImportPage));

        // A certificate of the right topic, but for a request made elsewhere.
        Result<PushCertificateRequest> stranger = PushCertificateRequest::generate();
        QVERIFY_RESULT(stranger);
        Result<QByteArray> pem = m_engine.certificateForCsr(stranger->csr(), m_engine.topic());
        QVERIFY_RESULT(pem);
        QVERIFY(chooseCertificate(*wizard, *pem, u"MDM_Stranger.pem"_s));
        QCOMPARE(wizard->currentId(), int(Page::ImportPage));
        QVERIFY2(wizard->errorText(Page::ImportPage).contains(u"issued for another key"_s),
                 qPrintable(wizard->errorText(Page::ImportPage)));

        // The wrong file altogether: the signed request instead of Apple's certificate.
        QVERIFY(chooseCertificate(*wizard, wizard->request()->signedRequest, u"wrong.pem"_s));
        QCOMPARE(wizard->currentId(), int(Page::ImportPage));
        QVERIFY(!wizard->errorText(Page::ImportPage).isEmpty());

        // Closed, and kept for later.
        m_cancelChoice = PushCertificateWizard::CancelChoice::KeepForLater;
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
    }

    void resumesWhereItStopped()
    {
        // The request signed above: a new wizard continues at Apple's portal.
        std::unique_ptr<PushCertificateWizard> wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Page::PortalPage));
        QCOMPARE(wizard->kind(), PushCertificateRequestKind::Renew);
        QTRY_COMPARE(child<QLineEdit>(*wizard, u"appleIdLineEdit"_s)->text(), u"mdm@example.com"_s);
        const QString kept = wizard->request()->id;
        m_cancelChoice = PushCertificateWizard::CancelChoice::Discard;
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(waitUntil([&wizard] { return !wizard->isVisible(); }));

        // Closed right after the key was made: it continues at the vendor step.
        wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Page::StartPage));
        QVERIFY(reach(*wizard, Page::VendorPage));
        const QString started = wizard->request()->id;
        QVERIFY(started != kept);
        m_cancelChoice = PushCertificateWizard::CancelChoice::Continue;
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(wizard->isVisible());
        m_cancelChoice = PushCertificateWizard::CancelChoice::KeepForLater;
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
        wizard.reset();

        wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Page::VendorPage));
        QCOMPARE(wizard->request()->id, started);

        // ... and can be finished from there.
        QVERIFY(signWithVendorIdentity(*wizard));
        wizard.reset();
        wizard = openWizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(Page::PortalPage));
        const QByteArray upload = saveSignedRequest(*wizard, u"resumed-signed.txt"_s);
        QVERIFY(reach(*wizard, Page::ImportPage));
        Result<QByteArray> pem = m_engine.portalCertificate(upload, m_engine.topic());
        QVERIFY_RESULT(pem);
        QVERIFY(chooseCertificate(*wizard, *pem, u"MDM_Resumed.pem"_s));
        QVERIFY(reach(*wizard, Page::DonePage));
        QCOMPARE(m_engine.deliver(m_deviceId, *DeviceInformationCommand{}.build(phone())),
                 std::optional<CommandState>(CommandState::Acknowledged));
    }
};

QTEST_MAIN(tst_PushCertificateWizard)
#include "tst_PushCertificateWizard.moc"
