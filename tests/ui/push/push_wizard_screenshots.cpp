// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the screenshots of the push certificate wizard (each page, first certificate and
// renewal) and of the Certificates section: the real engine on 127.0.0.1 with one simulated
// device, the APNs stand-in, and Apple's side played as in the tests. Needs a keyring and a
// display:
//
//   xvfb-run -a -s "-screen 0 1400x900x24" sh -c 'tests/support/with-keyring.sh
//       env DISPLAY="$DISPLAY" build/dev/tests/ui/push/push_wizard_screenshots
//       docs/screenshots/wizards'
//
// The wizard pages land in the folder given (push-*.png), certificates-page.png in its parent.
#include "core/certificates/CertificateService.h"
#include "core/common/AppIdentity.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "tests/support/ui/PushEngineFixture.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/main/MainWindow.h"
#include "ui/push/PushCertificateWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

#include <memory>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

namespace {

using Page = PushCertificateWizard::PageId;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool moveOn(PushCertificateWizard &wizard)
{
    QAbstractButton *button = wizard.button(QWizard::CommitButton);
    if (!button->isVisible())
        button = wizard.button(QWizard::NextButton);
    button->click();
    return waitUntil([&wizard] { return !wizard.isBusy(); });
}

void type(QWidget &wizard, const QString &name, const QString &text)
{
    if (auto *edit = wizard.findChild<QLineEdit *>(name))
        edit->setText(text);
    else
        say(u"no "_s + name);
}

std::unique_ptr<PushCertificateWizard> openWizard(CertificateService &service,
                                                  RecordingPrompter &prompter)
{
    auto wizard = std::make_unique<PushCertificateWizard>(service, prompter);
    PushCertificateWizard::Hooks hooks;
    hooks.openUrl = [](const QUrl &) { return true; };
    hooks.chooseOnCancel = [](QWidget *) { return PushCertificateWizard::CancelChoice::Discard; };
    wizard->setHooks(hooks);
    wizard->resize(760, 600);
    wizard->show();
    waitUntil([&wizard] { return wizard->isReady(); });
    return wizard;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    const QDir out(QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots/wizards"_s)
                       .absolutePath());
    QDir().mkpath(out.path());
    QDir parent = out;
    parent.cdUp();
    const auto shot = [&out](const QString &name) { return out.filePath(name); };

    PushEngineFixture engine;
    if (Result<void> started = engine.start(u"screenshots"_s); !started) {
        say(started.error().toString());
        return 1;
    }
    if (Result<void> enrolled = engine.enroll(1); !enrolled) {
        say(enrolled.error().toString());
        return 1;
    }
    CertificateService service(engine.engine());
    RecordingPrompter prompter;
    bool ok = true;

    // The first certificate.
    {
        std::unique_ptr<PushCertificateWizard> wizard = openWizard(service, prompter);
        ok = save(wizard.get(), shot(u"push-create-start.png"_s)) && ok;
        moveOn(*wizard);
        const QString p12 = engine.path(u"vendor.p12"_s);
        writeFile(p12, engine.vendorP12(u"secret"_s).value_or(QByteArray()));
        type(*wizard, u"vendorP12LineEdit"_s, QDir::home().filePath(u"Documents/MDM Vendor.p12"_s));
        type(*wizard, u"vendorPasswordLineEdit"_s, u"secret"_s);
        ok = save(wizard.get(), shot(u"push-create-vendor.png"_s)) && ok;
        type(*wizard, u"vendorP12LineEdit"_s, p12);
        moveOn(*wizard);
        prompter.saveFileAnswer = engine.path(u"signed.txt"_s);
        wizard->findChild<QPushButton *>(u"saveSignedRequestPushButton"_s)->click();
        waitUntil([&] { return QFile::exists(prompter.saveFileAnswer) && !wizard->isBusy(); });
        type(*wizard, u"appleIdLineEdit"_s, u"mdm@example.com"_s);
        ok = save(wizard.get(), shot(u"push-create-portal.png"_s)) && ok;
        moveOn(*wizard);
        // Apple's certificate, valid for 25 days, so the banner shows below.
        const QString pem = engine.path(u"MDM_Example.pem"_s);
        writeFile(pem,
                  engine.portalCertificate(readFile(prompter.saveFileAnswer), engine.topic(), 25)
                      .value_or(QByteArray()));
        type(*wizard, u"certificateFileLineEdit"_s, pem);
        ok = save(wizard.get(), shot(u"push-create-import.png"_s)) && ok;
        moveOn(*wizard);
        ok = save(wizard.get(), shot(u"push-create-checks.png"_s)) && ok;
        moveOn(*wizard);
        ok = save(wizard.get(), shot(u"push-create-done.png"_s)) && ok;
        ok = wizard->currentId() == Page::DonePage && ok;
    }

    // The Certificates section in the console, with the expiry banner.
    {
        auto *consoleSecrets = new SecretStore(engine.engine().config().keychainService);
        QThread *engineThread = engine.engine().thread();
        consoleSecrets->moveToThread(engineThread);
        QObject::connect(engineThread, &QThread::finished, consoleSecrets, &QObject::deleteLater);
        ConsoleRole role(*consoleSecrets);
        MainWindow window(engine.host(), prompter, role);
        window.resize(1280, 640);
        window.showSection(MainWindow::Section::Certificates);
        window.show();
        auto *page = window.findChild<CertificatesPage *>();
        waitUntil([page] { return page->tableView()->model()->rowCount() == 3; });
        waitUntil([&window] {
            auto *banner = window.findChild<QWidget *>(u"pushExpiryBanner"_s);
            return banner && banner->isVisible();
        });
        ok = save(&window, parent.filePath(u"certificates-page.png"_s)) && ok;
    }

    // The renewal, through a CSR-signing service, and a certificate with another topic refused.
    {
        std::unique_ptr<PushCertificateWizard> wizard = openWizard(service, prompter);
        ok = save(wizard.get(), shot(u"push-renew-start.png"_s)) && ok;
        moveOn(*wizard);
        wizard->findChild<QRadioButton *>(u"signingServiceRadioButton"_s)->setChecked(true);
        prompter.saveFileAnswer = engine.path(u"request.csr"_s);
        wizard->findChild<QPushButton *>(u"exportServiceRequestPushButton"_s)->click();
        waitUntil([&wizard] { return !wizard->isBusy(); });
        const QString reply = engine.path(u"reply.txt"_s);
        writeFile(reply,
                  engine
                      .serviceReply(readFile(prompter.saveFileAnswer),
                                    readFile(engine.path(u"request-encryption.pem"_s)))
                      .value_or(QByteArray()));
        type(*wizard, u"serviceReplyLineEdit"_s, reply);
        ok = save(wizard.get(), shot(u"push-renew-vendor-service.png"_s)) && ok;
        moveOn(*wizard);
        waitUntil([&wizard] {
            return !wizard->findChild<QLineEdit *>(u"appleIdLineEdit"_s)->text().isEmpty();
        });
        prompter.saveFileAnswer = engine.path(u"renew-signed.txt"_s);
        wizard->findChild<QPushButton *>(u"saveSignedRequestPushButton"_s)->click();
        waitUntil([&] { return QFile::exists(prompter.saveFileAnswer) && !wizard->isBusy(); });
        ok = save(wizard.get(), shot(u"push-renew-portal.png"_s)) && ok;
        moveOn(*wizard);
        const QString pem = engine.path(u"MDM_Other.pem"_s);
        writeFile(pem,
                  engine
                      .portalCertificate(readFile(prompter.saveFileAnswer),
                                         PushCertificateTestPki::newTopic())
                      .value_or(QByteArray()));
        type(*wizard, u"certificateFileLineEdit"_s, pem);
        moveOn(*wizard);
        moveOn(*wizard);
        ok = save(wizard.get(), shot(u"push-renew-topic-refused.png"_s)) && ok;
        ok = wizard->currentId() == Page::ChecksPage && ok;
        wizard->reject();
        waitUntil([&wizard] { return !wizard->isVisible(); });
    }
    engine.stop();
    return ok ? 0 : 1;
}
