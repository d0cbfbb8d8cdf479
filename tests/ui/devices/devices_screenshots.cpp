// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the Devices screenshots for docs/screenshots: the real engine on 127.0.0.1 with fifty
// simulated devices (enrolled on different days, some quiet for a while, one Mac locked, a lock
// and a wipe pending, an iPhone in Lost Mode), the console's main window on the Devices section,
// a device's detail, and the lock and wipe dialogs. Needs a keyring and a display:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/support/with-keyring.sh
//       build/dev/tests/ui/devices/devices_screenshots docs/screenshots
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceTableModel.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/EnableLostModeCommand.h"
#include "core/mdm/commands/EraseDeviceCommand.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/devices/DeviceActionController.h"
#include "ui/devices/DeviceDetailDialog.h"
#include "ui/devices/DeviceDetailWidget.h"
#include "ui/devices/DeviceLockDialog.h"
#include "ui/devices/DeviceWipeDialog.h"
#include "ui/devices/DevicesPage.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>
#include <functional>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

namespace {

constexpr int FleetSize = 50;

SimulatedHardware::Kind kindFor(int index)
{
    if (index % 10 == 0 || index % 10 == 5 || index % 10 == 7)
        return SimulatedHardware::Kind::Mac;
    if (index % 10 == 3 || index % 10 == 8)
        return SimulatedHardware::Kind::IPad;
    if (index % 10 == 9)
        return SimulatedHardware::Kind::AppleTV;
    return SimulatedHardware::Kind::IPhone;
}

const QStringList &people()
{
    static const QStringList s_people{
        u"Alex Berg"_s,
        u"Robin Klein"_s,
        u"Sam Novak"_s,
        u"Kim Rossi"_s,
        u"Jo Sato"_s,
        u"Noah Silva"_s,
        u"Mia Meyer"_s,
        u"Lea Costa"_s,
        u"Ben Weber"_s,
        u"Ada Young"_s,
        u"Ravi Patel"_s,
        u"Ines Vogel"_s,
        u"Tom Fischer"_s,
        u"Zoe Martin"_s,
        u"Ola Nowak"_s,
        u"Eli Moreau"_s,
    };
    return s_people;
}

QString deviceName(SimulatedHardware::Kind kind, int index)
{
    const QString first = people().at(index % people().size()).section(u' ', 0, 0);
    static const QStringList places{u"Front desk"_s,
                                    u"Workshop"_s,
                                    u"Warehouse"_s,
                                    u"Showroom"_s,
                                    u"Reception"_s,
                                    u"Delivery van"_s};
    switch (kind) {
    case SimulatedHardware::Kind::Mac:
        return u"%1’s MacBook Pro"_s.arg(first);
    case SimulatedHardware::Kind::IPhone:
        return index % 3 == 0 ? u"%1 iPhone"_s.arg(places.at(index % places.size()))
                              : u"%1’s iPhone"_s.arg(first);
    case SimulatedHardware::Kind::IPad:
        return u"%1 iPad"_s.arg(places.at(index % places.size()));
    case SimulatedHardware::Kind::AppleTV:
        return u"%1 Apple TV"_s.arg(places.at(index % places.size()));
    }
    return {};
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
    SimulatorFleet::raiseFileDescriptorLimit();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The engine starts, and so makes its CA and TLS certificate, before the oldest enrollment.
    ManualClock clock(now.addDays(-301));
    ScreenshotConsole console(clock);
    if (!console.start())
        return 1;
    EngineHost &host = console.host();
    MainWindow &window = console.window();
    Engine *engine = &console.engine();

    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(8);
    if (!keys) {
        say(keys.error().toString());
        return 1;
    }
    const QSslConfiguration tls = console.deviceTls();
    SimulatorFleet fleet;
    fleet.setMaxConcurrent(10);
    fleet.addDevices(FleetSize, [&](int index) {
        DeviceSimulator::Options options;
        const SimulatedHardware::Kind kind = kindFor(index);
        options.hardware = SimulatedHardware::preset(kind);
        options.hardware.deviceName = deviceName(kind, index);
        if (index % 4 == 1 && kind != SimulatedHardware::Kind::Mac)
            options.hardware.osVersion = u"16.7.8"_s;
        options.tls = tls;
        options.keyPool = *keys;
        options.supervised = index % 6 != 4;
        options.userChannel = kind == SimulatedHardware::Kind::Mac;
        const QString person = people().at(index % people().size());
        options.userLongName = person;
        options.userShortName = person.section(u' ', 0, 0).toLower();
        return options;
    });

    // Enrolled on different days over the last ten months, one device at a time.
    for (int i = 0; i < FleetSize; ++i) {
        clock.setNow(now.addDays(-(300 - i * 5)).addSecs((i * 1913) % 80000));
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = engine->createEnrollmentLink(
            {u"admin"_s, u"screenshots"_s, {}, 1});
        if (!waitFor(link) || !link.result()) {
            say(u"no enrollment link"_s);
            return 1;
        }
        QFuture<Result<void>> enrolled = fleet.device(i)->enroll(link.result()->url);
        QFuture<Result<int>> inventory;
        if (!waitFor(enrolled) || !enrolled.result()) {
            say(u"device %1 did not enroll: %2"_s.arg(i).arg(
                enrolled.isFinished() ? enrolled.result().error().toString() : u"timeout"_s));
            return 1;
        }
        inventory = fleet.device(i)->connect();
        if (!waitFor(inventory) || !inventory.result()) {
            say(u"device %1 did not report its inventory"_s.arg(i));
            return 1;
        }
    }
    // Most checked in today; a few have been quiet for days.
    for (int i = 0; i < FleetSize; ++i) {
        const bool quiet = i % 11 == 6;
        clock.setNow(quiet ? now.addDays(-(8 + i % 9)) : now.addSecs(-(i * 617) % 20000));
        QFuture<Result<int>> session = fleet.device(i)->connect();
        if (!waitFor(session) || !session.result()) {
            say(u"device %1 did not check in"_s.arg(i));
            return 1;
        }
    }
    clock.setNow(now);

    const auto enqueue = [engine](const DeviceSimulator &device, const MdmCommand &c) {
        QFuture<Result<QStringList>> queued = engine->enqueue({device.udid()}, c, u"alex"_s);
        return waitFor(queued) && queued.result();
    };
    // The first Mac: locked, with its PIN. Then a lock and a wipe waiting for devices that
    // haven't checked in since, and an iPhone in Lost Mode.
    DeviceSimulator &lockedMac = *fleet.device(0);
    CommandTarget macTarget;
    macTarget.platform = Platform::MacOS;
    macTarget.osVersion = lockedMac.hardware().osVersion;
    macTarget.appleSilicon = true;
    const QString pin = DeviceActionPlanner::generatePin().value_or(u"204817"_s);
    enqueue(lockedMac,
            *DeviceLockCommand{
                u"This Mac belongs to the shop. Please call us."_s, u"+1 555 0100"_s, pin}
                 .build(macTarget));
    waitFor(lockedMac.connect());
    CommandTarget phoneTarget;
    phoneTarget.platform = Platform::IOS;
    phoneTarget.osVersion = u"17.5"_s;
    phoneTarget.supervised = true;
    enqueue(*fleet.device(1), *DeviceLockCommand{u"Please return"_s, {}, {}}.build(phoneTarget));
    enqueue(*fleet.device(8), *EraseDeviceCommand{}.build(phoneTarget));
    enqueue(
        *fleet.device(2),
        *EnableLostModeCommand{u"Lost. Please call"_s, u"+1 555 0100"_s, {}}.build(phoneTarget));
    waitFor(fleet.device(2)->connect());

    window.resize(1280, 800);
    window.showSection(MainWindow::Section::Devices);
    window.show();
    auto *page = window.findChild<DevicesPage *>();
    if (!waitUntil([page] { return page->model()->rowCount() == FleetSize; })) {
        say(u"the list did not load"_s);
        return 1;
    }
    // The check-ins above changed nothing but their times, which the list polls for each
    // minute; read them now.
    bool reloaded = false;
    QObject::connect(
        page->model(), &DeviceTableModel::loaded, &app, [&reloaded] { reloaded = true; });
    page->model()->reload();
    waitUntil([&reloaded] { return reloaded; });
    QTableView *table = page->tableView();
    // By status: what needs attention comes first.
    table->sortByColumn(DeviceTableModel::StatusColumn, Qt::AscendingOrder);
    table->selectRow(2);
    bool ok = save(&window, QDir(outDir).filePath(u"devices-list.png"_s));

    // The locked Mac's detail, its PIN shown.
    DeviceDetailDialog *detail = page->openDevice(lockedMac.udid());
    DeviceDetailWidget *widget = detail->detailWidget();
    waitUntil([widget] { return widget->detail().has_value(); });
    detail->resize(980, 700);
    bool pinsShown = false;
    QObject::connect(
        widget, &DeviceDetailWidget::lockPinsShown, &app, [&pinsShown] { pinsShown = true; });
    widget->showLockPins();
    waitUntil([&pinsShown] { return pinsShown; });
    ok = save(detail, QDir(outDir).filePath(u"device-detail.png"_s)) && ok;
    detail->close();

    // Lock three devices at once.
    QStringList lockTargets;
    for (int index : {5, 10, 11}) // two Macs and an iPhone
        lockTargets.append(fleet.device(index)->udid());
    page->controller()->run(DeviceAction::Lock, lockTargets);
    DeviceLockDialog *lock = nullptr;
    waitUntil([&] {
        lock = qobject_cast<DeviceLockDialog *>(page->controller()->openDialog());
        return lock && lock->isVisible();
    });
    if (lock) {
        lock->findChild<QPlainTextEdit *>(u"lockMessageTextEdit"_s)
            ->setPlainText(
                u"This device belongs to the shop. Please call us so we can collect it."_s);
        lock->findChild<QLineEdit *>(u"lockPhoneLineEdit"_s)->setText(u"+1 555 0100"_s);
        lock->adjustSize();
        ok = save(lock, QDir(outDir).filePath(u"lock-dialog.png"_s)) && ok;
        lock->reject();
    }
    waitUntil([page] { return !page->controller()->isBusy(); });

    // Wipe one iPhone: the name half typed, so Wipe is still off.
    DeviceSimulator &phone = *fleet.device(4);
    page->controller()->run(DeviceAction::Wipe, {phone.udid()});
    DeviceWipeDialog *wipe = nullptr;
    waitUntil([&] {
        wipe = qobject_cast<DeviceWipeDialog *>(page->controller()->openDialog());
        return wipe && wipe->isVisible();
    });
    if (wipe) {
        wipe->findChild<QLineEdit *>(u"wipeConfirmLineEdit"_s)
            ->setText(phone.hardware().deviceName.left(8));
        wipe->adjustSize();
        ok = save(wipe, QDir(outDir).filePath(u"wipe-dialog.png"_s)) && ok;
        wipe->reject();
    }
    host.stop();
    return ok ? 0 : 1;
}
