// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the enrollment and backup screenshots for docs/screenshots: the real engine on 127.0.0.1,
// a few enrollment links (one per person, one used up, one revoked) with simulated devices
// enrolled through them, the console's main window on the Enrollment section with a new link and
// its QR code shown, and the backup dialog filled in. Needs a keyring and a display:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/support/with-keyring.sh
//       build/dev/tests/ui/enrollment/enrollment_screenshots docs/screenshots
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/enrollment/EnrollmentLinkTableModel.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/backup/BackupDialog.h"
#include "ui/enrollment/EnrollmentPage.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

namespace {

// Makes a link through the page's form, as the admin does.
bool createLink(EnrollmentPage &page, const QString &label, std::optional<int> uses, bool expires)
{
    auto *labelEdit = page.findChild<QLineEdit *>(u"linkLabelLineEdit"_s);
    labelEdit->setText(label);
    page.findChild<QCheckBox *>(u"linkExpiresCheckBox"_s)->setChecked(expires);
    page.findChild<QCheckBox *>(u"linkUsesCheckBox"_s)->setChecked(uses.has_value());
    if (uses)
        page.findChild<QSpinBox *>(u"linkUsesSpinBox"_s)->setValue(*uses);
    bool loaded = false;
    const QMetaObject::Connection watch = QObject::connect(
        &page, &EnrollmentPage::linksLoaded, &page, [&loaded] { loaded = true; });
    page.createLink();
    const bool done = waitUntil([&loaded] { return loaded; });
    QObject::disconnect(watch);
    return done;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();
    QSettings().clear();
    const QString outDir
        = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s).absolutePath();
    QDir().mkpath(outDir);
    const SystemClock clock;
    ScreenshotConsole console(clock);
    if (!console.start())
        return 1;
    EngineHost &host = console.host();
    RecordingPrompter &prompter = console.prompter();
    MainWindow &window = console.window();
    Engine *engine = &console.engine();
    const QSslConfiguration tls = console.deviceTls();

    window.resize(1280, 800);
    window.showSection(MainWindow::Section::Enrollment);
    window.show();
    auto *page = window.findChild<EnrollmentPage *>();

    // Links of earlier days: one per person, a shared one for the lab that is used up, an old
    // one revoked. Devices enroll through some of them.
    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
    if (!keys) {
        say(keys.error().toString());
        return 1;
    }
    std::vector<std::unique_ptr<DeviceSimulator>> devices;
    const auto enrollThrough = [&](const QString &label,
                                   std::optional<int> uses,
                                   SimulatedHardware::Kind kind,
                                   const QString &name) {
        if (!createLink(*page, label, uses, false))
            return false;
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(kind);
        options.hardware.deviceName = name;
        options.tls = tls;
        options.keyPool = *keys;
        options.userChannel = false;
        devices.push_back(std::make_unique<DeviceSimulator>(options));
        QFuture<Result<void>> enrolled = devices.back()->enroll(page->urlOf(page->currentLinkId()));
        if (!waitFor(enrolled) || !enrolled.result())
            return false;
        QFuture<Result<int>> connected = devices.back()->connect();
        return waitFor(connected);
    };
    bool ok = enrollThrough(u"Sam Novak"_s, 1, SimulatedHardware::Kind::IPhone, u"Sam’s iPhone"_s)
              && enrollThrough(u"Lab Macs"_s, 1, SimulatedHardware::Kind::Mac, u"Lab MacBook Pro"_s)
              && createLink(*page, u"Front desk iPads"_s, {}, false);
    if (ok) {
        page->revokeLink();
        ok = waitUntil([page] {
            return page->model().rowCount() == 3
                   && page->model().stateAt(page->model().rowOf(page->currentLinkId()))
                          == EnrollmentLinkState::Revoked;
        });
    }
    ok = ok && enrollThrough(u"Kim Rossi"_s, 3, SimulatedHardware::Kind::IPad, u"Kim’s iPad"_s);
    if (!ok) {
        say(u"could not set up the links"_s);
        return 1;
    }
    // The new link the admin is about to hand out, selected with its QR code.
    ok = createLink(*page, u"Alex Berg"_s, 2, true);
    waitUntil([] { return false; }, 1500);
    ok = save(&window, QDir(outDir).filePath(u"enrollment-links.png"_s)) && ok;

    BackupDialog backup(*engine, prompter, &window);
    backup.findChild<QLineEdit *>(u"backupPathLineEdit"_s)
        ->setText(u"/home/admin/Documents/espalier-backup-2026-11-28.espalier-backup"_s);
    backup.findChild<QLineEdit *>(u"backupPassphraseLineEdit"_s)
        ->setText(u"seven tall ferns by the river"_s);
    backup.findChild<QLineEdit *>(u"backupRepeatLineEdit"_s)
        ->setText(u"seven tall ferns by the river"_s);
    backup.show();
    waitUntil([] { return false; }, 500);
    ok = save(&backup, QDir(outDir).filePath(u"backup-dialog.png"_s)) && ok;
    backup.hide();
    host.stop();
    return ok ? 0 : 1;
}
