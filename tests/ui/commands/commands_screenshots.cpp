// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the Commands and Audit log screenshots for docs/screenshots: the real engine on 127.0.0.1
// with a dozen simulated devices, their initial inventory acknowledged, and commands in every
// state a device can leave them in (queued, acknowledged, an error, one rejected, not now,
// expired, cancelled); then the console's main window on the Commands section with the
// failed command's details open, and on the Audit log after a verification. Needs a keyring and
// a display (with-keyring.sh clears DISPLAY, so it is handed through); from the repository root:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" sh -c 'tests/support/with-keyring.sh env
//       DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY"
//       build/dev/tests/ui/commands/commands_screenshots docs/screenshots'
#include "core/audit/AuditLogModel.h"
#include "core/commands/CommandFilterModel.h"
#include "core/commands/CommandTableModel.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/EnableLostModeCommand.h"
#include "core/mdm/commands/EraseDeviceCommand.h"
#include "core/mdm/commands/InstalledApplicationListCommand.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/mdm/commands/RestartDeviceCommand.h"
#include "core/mdm/commands/SecurityInfoCommand.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/commands/CommandDetailsPane.h"
#include "ui/commands/CommandsPage.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <cstdio>
#include <functional>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

namespace {

struct Member
{
    SimulatedHardware::Kind kind;
    bool supervised;
    QString name;
};

const Member s_members[] = {
    {SimulatedHardware::Kind::IPhone, false, u"Front desk iPhone"_s},
    {SimulatedHardware::Kind::IPad, true, u"Workshop iPad"_s},
    {SimulatedHardware::Kind::Mac, true, u"Office MacBook Pro"_s},
    {SimulatedHardware::Kind::AppleTV, true, u"Showroom Apple TV"_s},
    {SimulatedHardware::Kind::IPhone, true, u"Warehouse iPhone"_s},
    {SimulatedHardware::Kind::IPhone, true, u"Loaner iPhone"_s},
    {SimulatedHardware::Kind::Mac, true, u"Design MacBook Pro"_s},
    {SimulatedHardware::Kind::IPad, true, u"Reception iPad"_s},
    {SimulatedHardware::Kind::IPhone, true, u"Delivery van iPhone"_s},
    {SimulatedHardware::Kind::IPhone, true, u"Sales iPhone"_s},
    {SimulatedHardware::Kind::Mac, true, u"Studio MacBook Pro"_s},
    {SimulatedHardware::Kind::IPad, true, u"Kiosk iPad"_s},
};

CommandTarget target(const DeviceSimulator &device, bool supervised = true)
{
    CommandTarget target;
    target.platform = device.hardware().platform();
    target.osVersion = device.hardware().osVersion;
    target.supervised = supervised;
    target.appleSilicon = device.hardware().appleSilicon;
    return target;
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
    ManualClock clock(now.addSecs(-6 * 3600));
    ScreenshotConsole console(clock);
    if (!console.start())
        return 1;
    EngineHost &host = console.host();
    const EngineConfig &config = console.config();
    MainWindow &window = console.window();
    Engine *engine = &console.engine();

    Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
    if (!keys) {
        say(keys.error().toString());
        return 1;
    }
    const QSslConfiguration tls = console.deviceTls();
    SimulatorFleet fleet;
    fleet.addDevices(int(std::size(s_members)), [&](int index) {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(s_members[index].kind);
        options.hardware.deviceName = s_members[index].name;
        options.tls = tls;
        options.keyPool = *keys;
        options.supervised = s_members[index].supervised;
        options.userChannel = false;
        return options;
    });

    // Enrolled one after another this morning; each answers its initial inventory.
    for (int i = 0; i < fleet.size(); ++i) {
        clock.advance(7 * 60 * 1000);
        QFuture<Result<Engine::CreatedEnrollmentLink>> link = engine->createEnrollmentLink(
            {u"admin"_s, u"screenshots"_s, {}, 1});
        if (!waitFor(link) || !link.result()) {
            say(u"no enrollment link"_s);
            return 1;
        }
        QFuture<Result<void>> enrolled = fleet.device(i)->enroll(link.result()->url);
        if (!waitFor(enrolled) || !enrolled.result()) {
            say(u"device %1 did not enroll"_s.arg(i));
            return 1;
        }
        QFuture<Result<int>> inventory = fleet.device(i)->connect();
        if (!waitFor(inventory) || !inventory.result()) {
            say(u"device %1 did not report its inventory"_s.arg(i));
            return 1;
        }
    }

    const auto enqueue = [engine](const DeviceSimulator &device,
                                  const Result<MdmCommand> &command,
                                  const QString &actor = u"admin"_s) -> QString {
        if (!command) {
            say(command.error().toString());
            return {};
        }
        QFuture<Result<QStringList>> queued = engine->enqueue({device.udid()}, *command, actor);
        if (!waitFor(queued) || !queued.result()) {
            say(u"not queued: %1"_s.arg(command->requestType));
            return {};
        }
        return queued.result()->value(0);
    };
    const auto connect = [&fleet](int index) {
        QFuture<Result<int>> session = fleet.device(index)->connect();
        return waitFor(session) && session.result();
    };
    const auto step = [&clock](int minutes) { clock.advance(qint64(minutes) * 60 * 1000); };

    // A command nobody fetched for a month expired.
    clock.setNow(now.addDays(-31));
    enqueue(*fleet.device(8), SecurityInfoCommand{}.build(target(*fleet.device(8))));
    clock.setNow(now.addSecs(-2 * 3600));
    QMetaObject::invokeMethod(engine, &Engine::expireDueCommands, Qt::BlockingQueuedConnection);

    // Restarting an unsupervised iPhone fails on the device.
    step(4);
    enqueue(*fleet.device(0), RestartDeviceCommand{}.build(target(*fleet.device(0))));
    connect(0);
    // An Apple TV cannot shut down: it rejects the command as invalid.
    step(3);
    enqueue(*fleet.device(3), MdmCommand{u"ShutDownDevice"_s, {}}, u"desk (helpdesk)"_s);
    connect(3);
    // Locks and inventory that went through.
    step(6);
    enqueue(*fleet.device(2),
            DeviceLockCommand{
                u"This Mac belongs to the shop. Please call us."_s, u"+1 555 0100"_s, u"204817"_s}
                .build(target(*fleet.device(2))),
            u"desk (helpdesk)"_s);
    connect(2);
    step(5);
    enqueue(*fleet.device(7), InstalledApplicationListCommand{}.build(target(*fleet.device(7))));
    connect(7);
    step(2);
    enqueue(*fleet.device(10), RestartDeviceCommand{}.build(target(*fleet.device(10))));
    connect(10);
    // Busy devices answer "Not Now".
    step(9);
    fleet.device(1)->answerNotNow(1);
    enqueue(*fleet.device(1), SecurityInfoCommand{}.build(target(*fleet.device(1))));
    connect(1);
    step(4);
    fleet.device(9)->answerNotNowFor(u"DeviceLock"_s);
    enqueue(*fleet.device(9),
            DeviceLockCommand{u"Please return this iPhone to the front desk"_s, {}, {}}.build(
                target(*fleet.device(9))),
            u"desk (helpdesk)"_s);
    connect(9);
    // An erase that was cancelled in time.
    step(7);
    const QString erase = enqueue(*fleet.device(5),
                                  EraseDeviceCommand{}.build(target(*fleet.device(5))));
    step(2);
    if (!waitFor(engine->cancel(erase, u"admin"_s)))
        return 1;
    // Waiting for devices that have not checked in since.
    step(12);
    enqueue(*fleet.device(4),
            EnableLostModeCommand{u"Lost. Please call"_s, u"+1 555 0100"_s, {}}.build(
                target(*fleet.device(4))),
            u"desk (helpdesk)"_s);
    step(3);
    enqueue(*fleet.device(6), ProfileListCommand{}.build(target(*fleet.device(6))));
    step(1);
    enqueue(*fleet.device(11), SecurityInfoCommand{}.build(target(*fleet.device(11))));
    clock.setNow(now);

    window.resize(1200, 760);
    window.showSection(MainWindow::Section::Commands);
    window.show();

    // Every command and audit entry in the store, once the last live updates have landed.
    qsizetype stored = 0;
    qsizetype audited = 0;
    {
        Result<std::unique_ptr<Database>> reader = Database::openReader(config.databasePath);
        if (!reader) {
            say(reader.error().toString());
            return 1;
        }
        Result<QList<Command>> all = CommandRepository(**reader, clock).listAll();
        Result<QList<AuditEntry>> entries = AuditLog(**reader, clock).list();
        if (!all || !entries) {
            say(u"cannot read the store"_s);
            return 1;
        }
        stored = all->size();
        audited = entries->size();
    }
    auto *commands = window.findChild<CommandsPage *>();
    if (!waitUntil([commands, stored] {
            return commands->model().rowCount() == stored && !commands->model().isLoading();
        })) {
        say(u"the queue did not load"_s);
        return 1;
    }
    say(u"%1 commands"_s.arg(commands->model().rowCount()));
    // The failed restart, with what the device said.
    auto *view = commands->findChild<QTableView *>(u"commandsTableView"_s);
    const CommandFilterModel &filter = commands->filterModel();
    for (int row = 0; row < filter.rowCount(); ++row) {
        if (filter.index(row, 0).data(CommandTableModel::StateRole).toInt()
            == int(CommandState::Error)) {
            view->selectionModel()->setCurrentIndex(filter.index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
            break;
        }
    }
    auto *details = commands->findChild<CommandDetailsPane *>();
    bool detailsShown = false;
    QObject::connect(details, &CommandDetailsPane::detailsLoaded, &app, [&detailsShown] {
        detailsShown = true;
    });
    waitUntil([&detailsShown] { return detailsShown; }, 10000);
    bool ok = save(&window, QDir(outDir).filePath(u"command-queue.png"_s));

    window.showSection(MainWindow::Section::AuditLog);
    auto *audit = window.findChild<AuditLogPage *>();
    if (!waitUntil([audit, audited] {
            return audit->model().rowCount() == audited && !audit->model().isLoading();
        })) {
        say(u"the audit log did not load"_s);
        return 1;
    }
    audit->verifyChain();
    waitUntil([audit] { return audit->lastVerification().has_value(); });
    ok = save(&window, QDir(outDir).filePath(u"audit-log.png"_s)) && ok;

    window.close();
    host.stop();
    QSettings().clear();
    return ok ? 0 : 1;
}
