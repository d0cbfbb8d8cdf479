// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the setup wizard and Settings screenshots for docs/screenshots: the console's real
// engine on a fresh store, the wizard walked on 127.0.0.1 (a certificate for another host
// refused on the way), the server checked from this machine, and the main window on Settings.
// Needs a keyring and a display:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/support/with-keyring.sh
//       build/dev/tests/ui/setup/setup_screenshots docs/screenshots
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/pki/CertificateAuthority.h"
#include "core/pki/ServerIdentity.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsPage.h"
#include "ui/setup/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    const QString outDir
        = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s).absolutePath();
    const QDir wizards(QDir(outDir).filePath(u"wizards"_s));
    QDir().mkpath(wizards.path());

    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 1;
        port = probe.serverPort();
    }
    const SystemClock clock;
    ScreenshotConsole console(clock, ScreenshotConsole::Mode::FirstRun);
    if (!console.start())
        return 1;
    EngineHost &host = console.host();
    RecordingPrompter &prompter = console.prompter();
    MainWindow &window = console.window();

    // A certificate the shop already has, but for another host.
    CertificateAuthority::Options caOptions;
    caOptions.subject.commonName = u"Example Shop Root CA"_s;
    Result<CertificateAuthority> shopCa = CertificateAuthority::generate(caOptions, clock.now());
    if (!shopCa)
        return 1;
    Result<ServerIdentity> otherHost = shopCa->issueServerIdentity(
        {.dnsNames = {u"www.example.com"_s}}, clock.now());
    if (!otherHost
        || !writeFile(dir.filePath(u"www.pem"_s),
                      otherHost->certificate().toPem() + shopCa->certificate().toPem())
        || !writeFile(dir.filePath(u"www.key"_s), *otherHost->key().toPem()))
        return 1;

    SetupWizard wizard(host, prompter, clock);
    wizard.resize(760, 620);
    wizard.show();
    auto *hostEdit = wizard.findChild<QLineEdit *>(u"hostLineEdit"_s);
    hostEdit->setText(u"127.0.0.1"_s);
    wizard.findChild<QSpinBox *>(u"portSpinBox"_s)->setValue(port);
    bool ok = save(&wizard, wizards.filePath(u"setup-address.png"_s));
    wizard.next();
    ok = save(&wizard, wizards.filePath(u"setup-authority.png"_s)) && ok;
    wizard.next();
    ok = save(&wizard, wizards.filePath(u"setup-certificate.png"_s)) && ok;

    wizard.findChild<QRadioButton *>(u"importCertificateRadioButton"_s)->click();
    wizard.findChild<QLineEdit *>(u"certificateFileLineEdit"_s)
        ->setText(dir.filePath(u"www.pem"_s));
    wizard.findChild<QLineEdit *>(u"certificateKeyLineEdit"_s)->setText(dir.filePath(u"www.key"_s));
    wizard.next();
    ok = save(&wizard, wizards.filePath(u"setup-certificate-refused.png"_s)) && ok;
    wizard.findChild<QRadioButton *>(u"issueCertificateRadioButton"_s)->click();

    wizard.next();
    auto *reachability = wizard.findChild<QLabel *>(u"reachabilityLabel"_s);
    if (!waitUntil([&] {
            return wizard.isApplied() && reachability->text().contains(u"Devices that can reach"_s);
        })) {
        say(u"the server was not set up: "_s
            + wizard.findChild<QLabel *>(u"applyStatusLabel"_s)->text() + u' '
            + reachability->text());
        return 1;
    }
    ok = save(&wizard, wizards.filePath(u"setup-check.png"_s)) && ok;
    wizard.next();
    ok = save(&wizard, wizards.filePath(u"setup-push.png"_s)) && ok;
    wizard.accept();

    window.resize(1280, 800);
    window.showSection(MainWindow::Section::Settings);
    window.show();
    auto *publicUrl = window.settingsPage()->findChild<QLineEdit *>(u"publicUrlLineEdit"_s);
    if (!waitUntil([publicUrl] { return !publicUrl->text().isEmpty(); })) {
        say(u"the settings did not load"_s);
        return 1;
    }
    ok = save(&window, QDir(outDir).filePath(u"settings-page.png"_s)) && ok;
    return ok ? 0 : 1;
}
