// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the Devices page on a big store: writes N devices (100,000 by default) with their
// enrollments into a store file through the engine's repositories, then, on the offscreen
// platform, times the list's first paint from the page's creation, a sort by each column, each
// keystroke of a search typed and erased, and reports the process's resident memory. Figures are
// printed; nothing is asserted.
//
//   build/release/bench/bench_inventory [--devices 100000]
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/crypto/SecretBox.h"
#include "core/devices/DeviceFilterProxyModel.h"
#include "core/devices/DeviceTableModel.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/CommandQueue.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/WaitFor.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/devices/DevicesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

qint64 statusKiB(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 1) + u" ms"_s;
}

// CPU time of the whole process (every thread), for figures that a busy machine doesn't skew.
qint64 cpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Wall clock and CPU time of one step.
struct Stopwatch
{
    QElapsedTimer wall;
    qint64 cpuStart = 0;

    void start()
    {
        cpuStart = cpuNs();
        wall.start();
    }

    [[nodiscard]] QString text() const
    {
        return ms(wall.nsecsElapsed()) + u" (CPU "_s + ms(cpuNs() - cpuStart) + u')';
    }
};

struct Catalogue
{
    const char16_t *productName;
    const char16_t *modelName;
    const char16_t *platform;
    const char16_t *versions[4];
};

constexpr Catalogue s_catalogue[] = {
    {u"iPhone15,2", u"iPhone", u"iOS", {u"16.7.8", u"17.4.1", u"17.5", u"17.6.1"}},
    {u"iPhone16,1", u"iPhone", u"iOS", {u"17.5", u"17.6.1", u"18.0", u"18.1"}},
    {u"iPad13,1", u"iPad", u"iOS", {u"16.7.8", u"17.5", u"17.6.1", u"18.1"}},
    {u"MacBookPro18,3", u"MacBook Pro", u"macOS", {u"13.6.9", u"14.5", u"14.6.1", u"15.1"}},
    {u"Mac14,2", u"MacBook Air", u"macOS", {u"14.6.1", u"14.7", u"15.0.1", u"15.1"}},
    {u"AppleTV11,1", u"Apple TV", u"tvOS", {u"17.5", u"17.6", u"18.0", u"18.1"}},
};

constexpr const char16_t *s_firstNames[] = {
    u"Alex", u"Robin", u"Sam", u"Kim", u"Jo", u"Noah", u"Mia", u"Lea", u"Ben", u"Ada"};
constexpr const char16_t *s_lastNames[] = {u"Berg",
                                           u"Klein",
                                           u"Novak",
                                           u"Rossi",
                                           u"Sato",
                                           u"Silva",
                                           u"Meyer",
                                           u"Costa",
                                           u"Weber",
                                           u"Young"};

QString serial(QRandomGenerator &random)
{
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"_s;
    QString text;
    for (int i = 0; i < 10; ++i)
        text.append(alphabet.at(random.bounded(int(alphabet.size()))));
    return text;
}

// N devices, each with a device channel that sent its push token, in batches of one
// transaction; one device in a hundred also gets a lock queued.
Result<void> fillStore(const QString &path, int count)
{
    Result<std::unique_ptr<Database>> opened = Database::openWriter(path);
    if (!opened)
        return fail(opened.error());
    Database &database = **opened;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    ManualClock clock(start);
    Result<QByteArray> key = SecretBox::generateKey();
    if (!key)
        return fail(key.error());
    const SecretBox box = SecretBox::fromKey(*key).value();
    CommandQueue queue(database, clock, box);
    QRandomGenerator random(20261128);
    constexpr int Batch = 5000;
    for (int first = 0; first < count; first += Batch) {
        Result<void> batch = database.transaction([&]() -> Result<void> {
            EnrollmentRepository enrollments(database, clock, &box);
            DeviceRepository devices(database, clock);
            for (int i = first; i < std::min(count, first + Batch); ++i) {
                const Catalogue &kind = s_catalogue[random.bounded(int(std::size(s_catalogue)))];
                const QString udid = QString::number(i, 16).rightJustified(8, u'0')
                                     + u"-0000-4000-8000-"_s
                                     + QString::number(random.generate64() & 0xFFFFFFFFFFFF, 16)
                                           .rightJustified(12, u'0');
                clock.setNow(start.addSecs(-qint64(random.bounded(730 * 24 * 3600))));
                Enrollment channel;
                channel.id = udid;
                channel.deviceId = udid;
                channel.topic = u"com.apple.mgmt.External.bench"_s;
                channel.identityCertSha256 = QString::fromLatin1(
                    QCryptographicHash::hash(udid.toUtf8(), QCryptographicHash::Sha256).toHex());
                if (Result<Enrollment> done = enrollments.recordAuthenticate(channel); !done)
                    return fail(done.error());
                channel.pushTokenHex = u"00112233445566778899aabbccddeeff"_s;
                channel.pushMagic = udid;
                if (Result<Enrollment> done = enrollments.recordTokenUpdate(channel); !done)
                    return fail(done.error());
                Device device;
                device.udid = udid;
                const QString user = QString::fromUtf16(s_firstNames[random.bounded(10)]) + u' '
                                     + QString::fromUtf16(s_lastNames[random.bounded(10)]);
                device.name = u"%1's %2 %3"_s
                                  .arg(user.section(u' ', 0, 0), QString::fromUtf16(kind.modelName))
                                  .arg(i);
                device.serialNumber = serial(random);
                device.productName = QString::fromUtf16(kind.productName);
                device.model = device.productName;
                device.modelName = QString::fromUtf16(kind.modelName);
                device.platform = QString::fromUtf16(kind.platform);
                device.osVersion = QString::fromUtf16(kind.versions[random.bounded(4)]);
                device.assignedUser = user;
                device.supervised = true;
                if (device.platform == u"macOS"_s)
                    device.fileVaultEnabled = random.bounded(10) != 0;
                if (Result<Device> done = devices.upsertInventory(device); !done)
                    return fail(done.error());
                clock.setNow(start.addSecs(-qint64(random.bounded(30 * 24 * 3600))));
                if (Result<void> done = enrollments.markSeen(udid); !done)
                    return done;
                if (i % 100 == 0) {
                    Result<QStringList> locked = queue.enqueue(
                        {udid},
                        MdmCommand{u"DeviceLock"_s, {{u"Message"_s, u"Please return"_s}}},
                        u"bench"_s);
                    if (!locked)
                        return fail(locked.error());
                }
            }
            return {};
        });
        if (!batch)
            return batch;
    }
    return {};
}

void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    setApplicationIdentity();

    QCommandLineParser parser;
    QCommandLineOption devicesOption(u"devices"_s, u"How many devices."_s, u"count"_s, u"100000"_s);
    QCommandLineOption storeOption(
        u"store"_s, u"Use this store file, filling it only when it does not exist."_s, u"file"_s);
    parser.addOption(devicesOption);
    parser.addOption(storeOption);
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(devicesOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(storeOption) ? parser.value(storeOption)
                                                   : dir.filePath(u"espalier.sqlite"_s);
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo::exists(path)) {
        if (Result<void> filled = fillStore(path, count); !filled) {
            say(u"filling the store failed: "_s + filled.error().toString());
            return 1;
        }
        say(u"store: %1 devices written in %2 s (%3 MB)"_s.arg(count)
                .arg(double(timer.elapsed()) / 1000, 0, 'f', 1)
                .arg(QFileInfo(path).size() / (1024 * 1024)));
    }

    const SystemClock clock;
    EngineHost host(EngineConfig::storeOnly(path), clock);
    bool running = false;
    QObject::connect(&host, &EngineHost::stateChanged, &app, [&running](Engine::State state) {
        running = running || state == Engine::State::Running;
    });
    host.start();
    waitUntil([&running] { return running; }, 60000);
    if (!running) {
        say(u"the engine did not start"_s);
        return 1;
    }
    const qint64 rssBefore = statusKiB("VmRSS:");

    RecordingPrompter prompter;
    QWidget window;
    window.resize(1200, 760);
    auto *errors = new ErrorPresenter(prompter, nullptr, &window, &window);

    // First paint: from creating the page to the table's viewport painting rows.
    struct PaintWatch : QObject
    {
        Stopwatch *stopwatch = nullptr;
        DeviceTableModel *model = nullptr;
        QString firstPaint;

        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && firstPaint.isEmpty() && model
                && model->rowCount() > 0)
                firstPaint = stopwatch->text();
            return false;
        }
    } watch;

    // The console's window is up before the page is made, as it is when the admin opens the
    // Devices section; starting the window system and loading fonts is not the list's cost.
    auto *layout = new QVBoxLayout(&window);
    window.show();
    settle();
    Stopwatch stopwatch;
    stopwatch.start();
    auto *page = new DevicesPage(host, prompter, *errors, nullptr, &window);
    layout->addWidget(page);
    QTableView *table = page->tableView();
    watch.stopwatch = &stopwatch;
    watch.model = page->model();
    table->viewport()->installEventFilter(&watch);
    page->show();
    const QDeadlineTimer deadline(120000);
    while (watch.firstPaint.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    say(u"list shown (page created -> first paint with %1 rows): %2"_s
            .arg(page->model()->rowCount())
            .arg(watch.firstPaint));
    // Every column but Name gets its ranks on a worker after the first paint; a sort before that
    // compares keys instead, which is slower.
    stopwatch.start();
    while (!page->model()->isRanked() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    say(u"every column ranked (after the first paint): "_s + stopwatch.text());
    settle();

    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
        const QString title = DeviceTableModel::columnTitle(
            static_cast<DeviceTableModel::Column>(column));
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            stopwatch.start();
            table->sortByColumn(column, order);
            table->viewport()->repaint();
            say(u"sort by %1 (%2): %3"_s.arg(title,
                                             order == Qt::AscendingOrder ? u"ascending"_s
                                                                         : u"descending"_s,
                                             stopwatch.text()));
            settle();
        }
    }
    table->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    settle();

    // Search as you type: each keystroke filters all rows and repaints; then erase it again.
    auto *search = page->findChild<QLineEdit *>(u"searchLineEdit"_s);
    const QString query = u"robin macbook 12"_s;
    QList<qint64> keystrokes;
    QString typed;
    const auto keystroke = [&](const QString &text) {
        stopwatch.start();
        search->setText(text);
        table->viewport()->repaint();
        keystrokes.append(stopwatch.wall.nsecsElapsed());
        say(u"keystroke -> \"%1\": %2 rows, %3"_s.arg(text)
                .arg(page->proxy()->rowCount())
                .arg(stopwatch.text()));
        settle();
    };
    for (QChar c : query) {
        typed.append(c);
        keystroke(typed);
    }
    while (!typed.isEmpty()) {
        typed.chop(1);
        keystroke(typed);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    say(u"keystrokes (wall): median %1, slowest %2"_s.arg(ms(keystrokes.at(keystrokes.size() / 2)),
                                                          ms(keystrokes.constLast())));

    say(u"RSS: %1 MB now, %2 MB peak (%3 MB before the page)"_s.arg(statusKiB("VmRSS:") / 1024)
            .arg(statusKiB("VmHWM:") / 1024)
            .arg(rssBefore / 1024));
    delete page;
    host.stop();
    return 0;
}
