// SPDX-License-Identifier: GPL-3.0-or-later
// Takes the Profiles page screenshot for docs/screenshots: the real engine on 127.0.0.1 with four
// simulated devices, a few stored profiles installed (one removed on a device by its user, so
// drifted), one waiting for devices that have not checked in, and one the device refused. Needs
// a keyring and a display:
//
//   xvfb-run -a -s "-screen 0 1280x800x24" tests/support/with-keyring.sh
//       build/dev/tests/ui/profiles/profiles_screenshots docs/screenshots
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceDetailLoader.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/commands/ProfileListCommand.h"
#include "core/profiles/MobileConfig.h"
#include "core/profiles/ProfileTableModel.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "tests/support/ui/ScreenshotConsole.h"
#include "ui/main/MainWindow.h"
#include "ui/profiles/ProfilesPage.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>
#include <functional>

using namespace Espalier;
using namespace Espalier::Screenshot;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
std::optional<T> settle(const QFuture<Result<T>> &future)
{
    if (!waitFor(future))
        return std::nullopt;
    const Result<T> result = future.result();
    if (!result) {
        say(result.error().toString());
        return std::nullopt;
    }
    return *result;
}

ProfileDocument corpusProfile(const QString &sourceDir, const QString &name)
{
    return MobileConfig::readFile(sourceDir + u"/tests/data/profiles/"_s + name).document;
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
    QString sourceDir = qEnvironmentVariable("ESPALIER_SOURCE_DIR");
    if (sourceDir.isEmpty())
        sourceDir = QDir::currentPath();

    ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-30));
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
    const QList<std::pair<SimulatedHardware::Kind, QString>> devices{
        {SimulatedHardware::Kind::Mac, u"Robin’s MacBook Pro"_s},
        {SimulatedHardware::Kind::Mac, u"Workshop iMac"_s},
        {SimulatedHardware::Kind::IPhone, u"Front desk iPhone"_s},
        {SimulatedHardware::Kind::IPad, u"Showroom iPad"_s},
    };
    fleet.addDevices(int(devices.size()), [&](int index) {
        DeviceSimulator::Options options;
        options.hardware = SimulatedHardware::preset(devices.at(index).first);
        options.hardware.deviceName = devices.at(index).second;
        options.tls = tls;
        options.keyPool = *keys;
        options.supervised = true;
        options.userChannel = false;
        return options;
    });
    QList<QUrl> urls;
    for (int i = 0; i < fleet.size(); ++i) {
        std::optional<Engine::CreatedEnrollmentLink> link = settle(
            engine->createEnrollmentLink({u"admin"_s, u"office"_s, {}, 1}));
        if (!link)
            return 1;
        urls.append(link->url);
    }
    if (!waitFor(fleet.enrollAll([urls](int index) { return urls.at(index); }))
        || !waitFor(fleet.connectAll())) {
        return 1;
    }
    QStringList udids;
    for (DeviceSimulator *device : fleet.devices())
        udids.append(device->udid());
    std::optional<QList<DeviceActionTarget>> targets = settle(
        DeviceDetailLoader::loadTargets(config.databasePath, udids));
    if (!targets)
        return 1;
    const auto pick = [&targets](const QList<int> &rows) {
        QList<DeviceActionTarget> picked;
        for (int row : rows)
            picked.append(targets->at(row));
        return picked;
    };

    QHash<QString, QString> ids;
    for (const QString &file : {u"04-pppc-security-agent.mobileconfig"_s,
                                u"02-wifi-enterprise.mobileconfig"_s,
                                u"14-login-window.mobileconfig"_s,
                                u"15-filevault-binary.mobileconfig"_s,
                                u"03-restrictions-binary.mobileconfig"_s,
                                u"08-multi-payload.mobileconfig"_s}) {
        std::optional<ProfileRecord> saved = settle(
            engine->saveProfile(corpusProfile(sourceDir, file), {}, u"robin"_s));
        if (!saved)
            return 1;
        ids.insert(file.left(2), saved->id);
    }
    // A second version of the Wi-Fi profile.
    ProfileDocument wifi = corpusProfile(sourceDir, u"02-wifi-enterprise.mobileconfig"_s);
    wifi.topLevel.insert(u"PayloadDescription"_s, u"Adds the second RADIUS server."_s);
    settle(engine->saveProfile(wifi, ids.value(u"02"_s), u"robin"_s));

    settle(engine->installProfile(ids.value(u"04"_s), pick({0, 1}), true, u"robin"_s));
    settle(engine->installProfile(ids.value(u"02"_s), pick({0, 1, 2, 3}), true, u"robin"_s));
    settle(engine->installProfile(ids.value(u"15"_s), pick({0}), true, u"robin"_s));
    settle(engine->installProfile(ids.value(u"08"_s), pick({2, 3}), false, u"robin"_s));
    waitFor(fleet.connectAll());
    // The iPad's user took the Wi-Fi profile off; the next profile list shows it.
    fleet.device(3)->removeProfileAsUser(u"org.example.orchard.wifi"_s);
    if (Result<MdmCommand> list = ProfileListCommand{}.build(targets->at(3).target))
        settle(engine->enqueue({targets->at(3).summary.enrollmentId}, *list, u"engine"_s));
    waitFor(fleet.device(3)->connect());
    // Queued for devices that have not checked in since.
    settle(engine->installProfile(ids.value(u"14"_s), pick({0, 1}), true, u"robin"_s));
    settle(engine->installProfile(ids.value(u"03"_s), pick({2}), true, u"robin"_s));
    // Something the iPhone refuses: a second MDM payload.
    ProfileDocument refused = corpusProfile(sourceDir, u"01-passcode-basic.mobileconfig"_s);
    refused.topLevel.insert(u"PayloadIdentifier"_s, u"org.example.orchard.migration"_s);
    refused.topLevel.insert(u"PayloadDisplayName"_s, u"Migration to the old server"_s);
    refused.topLevel.insert(u"PayloadUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    refused.payloads.append(QVariantMap{
        {u"PayloadType"_s, u"com.apple.mdm"_s},
        {u"PayloadIdentifier"_s, u"org.example.orchard.migration.mdm"_s},
        {u"PayloadUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"PayloadVersion"_s, qint64(1)},
        {u"ServerURL"_s, u"https://old-mdm.orchard.example/connect"_s},
        {u"Topic"_s, u"com.apple.mgmt.External.old"_s},
        {u"IdentityCertificateUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"AccessRights"_s, qint64(8191)}});
    if (std::optional<ProfileRecord> saved = settle(engine->saveProfile(refused, {}, u"robin"_s))) {
        settle(engine->installProfile(saved->id, pick({2}), false, u"robin"_s));
        waitFor(fleet.device(2)->connect());
    }

    window.resize(1280, 800);
    window.showSection(MainWindow::Section::Profiles);
    window.show();
    auto *page = window.findChild<ProfilesPage *>();
    page->refresh();
    if (!waitUntil([page] { return page->model()->rowCount() == 7; })) {
        say(u"the list did not load"_s);
        return 1;
    }
    bool statusLoaded = false;
    QObject::connect(
        page, &ProfilesPage::statusLoaded, &app, [&statusLoaded] { statusLoaded = true; });
    page->selectProfile(ids.value(u"02"_s));
    waitUntil([&statusLoaded] { return statusLoaded; });
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = QDir(outDir).filePath(u"profiles-page.png"_s);
    const bool saved = window.grab().save(path, "PNG");
    say((saved ? u"saved "_s : u"could not save "_s) + path);
    host.stop();
    return saved ? 0 : 1;
}
