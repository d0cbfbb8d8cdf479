// SPDX-License-Identifier: GPL-3.0-or-later
// The Devices page against the real engine on 127.0.0.1 and simulated devices (a Mac, two
// iPhones, an iPad and an Apple TV): select -> Lock -> dialog -> queued -> the device
// acknowledges -> the row and the detail say Locked, with the Mac's PIN; a second lock warns;
// several devices in one confirmation; wipe refused until the name is typed; Clear Passcode only
// with an unlock token; every action in the audit log; CSV export of what is shown; the keyboard.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/devices/DeviceActions.h"
#include "core/devices/DeviceFilterProxyModel.h"
#include "core/devices/DeviceTableModel.h"
#include "core/engine/EngineHost.h"
#include "core/mdm/LockPinHistory.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/devices/DeviceActionController.h"
#include "ui/devices/DeviceActionResultDialog.h"
#include "ui/devices/DeviceDetailDialog.h"
#include "ui/devices/DeviceDetailWidget.h"
#include "ui/devices/DeviceLockDialog.h"
#include "ui/devices/DeviceSmartGroupDialog.h"
#include "ui/devices/DeviceWipeDialog.h"
#include "ui/devices/DevicesPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

enum Sim {
    Mac,
    FrontPhone,
    BackPhone,
    StockIpad,
    LobbyTv,
    DeviceCount
};

constexpr const char16_t *s_names[DeviceCount] = {
    u"Design MacBook", u"Front desk iPhone", u"Back office iPhone", u"Stock iPad", u"Lobby TV"};

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

} // namespace

class tst_DevicesPage : public QObject
{
    Q_OBJECT

private:
    DeviceSimulator &device(Sim which) const { return *m_fleet->device(which); }

    QString udid(Sim which) const { return device(which).udid(); }

    Result<int> connect(Sim which)
    {
        QFuture<Result<int>> session = device(which).connect();
        if (!waitFor(session))
            return fail(Error::Code::Network, u"the session did not finish"_s);
        return session.result();
    }

    int proxyRow(const QString &id) const
    {
        for (int row = 0; row < m_page->proxy()->rowCount(); ++row) {
            if (m_page->proxy()->index(row, 0).data(DeviceTableModel::DeviceIdRole).toString()
                == id)
                return row;
        }
        return -1;
    }

    QString statusText(Sim which) const
    {
        const int row = m_page->model()->rowOf(udid(which));
        return row < 0
                   ? QString()
                   : m_page->model()->index(row, DeviceTableModel::StatusColumn).data().toString();
    }

    void select(const QList<Sim> &devices)
    {
        QTableView *table = m_page->tableView();
        table->clearSelection();
        for (Sim which : devices) {
            const int row = proxyRow(udid(which));
            QVERIFY(row >= 0);
            table->selectionModel()->select(m_page->proxy()->index(row, 0),
                                            QItemSelectionModel::Select
                                                | QItemSelectionModel::Rows);
        }
        QCOMPARE(m_page->selectedDeviceIds().size(), devices.size());
    }

    void trigger(const QString &actionName)
    {
        auto *action = child<QAction>(*m_page, actionName);
        QVERIFY(action);
        QVERIFY2(action->isEnabled(), qPrintable(actionName));
        action->trigger();
    }

    // nullptr when it doesn't come.
    template<typename Dialog>
    Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            dialog = qobject_cast<Dialog *>(m_page->controller()->openDialog());
            return dialog && dialog->isVisible();
        });
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    DeviceActionResultDialog *waitForResults(int before)
    {
        (void)QTest::qWaitFor([&] {
            return m_page->findChildren<DeviceActionResultDialog *>().size() == before + 1;
        });
        const auto shown = m_page->findChildren<DeviceActionResultDialog *>();
        return shown.size() == before + 1 ? shown.constLast() : nullptr;
    }

    void closeResults()
    {
        for (DeviceActionResultDialog *dialog : m_page->findChildren<DeviceActionResultDialog *>())
            dialog->close();
        QTRY_COMPARE(m_page->findChildren<DeviceActionResultDialog *>().size(), 0);
    }

    std::optional<Command> command(const QString &uuid)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(m_databasePath);
        if (!db)
            return std::nullopt;
        Result<std::optional<Command>> found = CommandRepository(**db, m_clock).find(uuid);
        return found ? *found : std::nullopt;
    }

    QList<Command> commandsFor(Sim which, const QString &requestType)
    {
        QList<Command> found;
        Result<std::unique_ptr<Database>> db = Database::openReader(m_databasePath);
        if (!db)
            return found;
        Result<QList<Command>> all
            = CommandRepository(**db, m_clock).listForEnrollment(udid(which));
        for (const Command &c : all.value_or(QList<Command>())) {
            if (c.requestType == requestType)
                found.append(c);
        }
        return found;
    }

    QList<AuditEntry> audit(const QString &action)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(m_databasePath);
        if (!db)
            return {};
        AuditLog::Filter filter;
        filter.action = action;
        return AuditLog(**db, m_clock).list(filter).value_or(QList<AuditEntry>());
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    SystemClock m_clock;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<SimulatorFleet> m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    RecordingPrompter m_prompter;
    std::unique_ptr<QWidget> m_window;
    ErrorPresenter *m_errors = nullptr;
    DevicesPage *m_page = nullptr;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        SimulatorFleet::raiseFileDescriptorLimit();
        m_databasePath = m_dir.filePath(u"espalier.sqlite"_s);
        EngineConfig config = EngineConfig::storeOnly(m_databasePath);
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_DevicesPage-%1"_s.arg(
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
        Certificate ca;
        // The CA belongs to the engine thread: ask there.
        QMetaObject::invokeMethod(
            engine,
            [engine, &ca] { ca = engine->deviceCaCertificate(); },
            Qt::BlockingQueuedConnection);
        QVERIFY(!ca.isNull());

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(ca.toPem())});
        m_fleet = std::make_unique<SimulatorFleet>();
        m_fleet->addDevices(DeviceCount, [this, tls](int index) {
            DeviceSimulator::Options options;
            const SimulatedHardware::Kind kinds[DeviceCount] = {SimulatedHardware::Kind::Mac,
                                                                SimulatedHardware::Kind::IPhone,
                                                                SimulatedHardware::Kind::IPhone,
                                                                SimulatedHardware::Kind::IPad,
                                                                SimulatedHardware::Kind::AppleTV};
            options.hardware = SimulatedHardware::preset(kinds[index]);
            options.hardware.deviceName = QString::fromUtf16(s_names[index]);
            options.tls = tls;
            options.keyPool = m_keys;
            options.supervised = true;
            options.userChannel = index == Mac;
            return options;
        });
        QList<QUrl> urls;
        for (int i = 0; i < DeviceCount; ++i) {
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
        m_page = new DevicesPage(*m_host, m_prompter, *m_errors, nullptr, m_window.get());
        m_page->setActor(u"helpdesk-ann"_s);
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_page);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_page->model()->rowCount(), int(DeviceCount));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_fleet.reset();
        m_host->stop();
    }

    void cleanup()
    {
        closeResults();
        QTRY_VERIFY(!m_page->controller()->isBusy());
        m_page->proxy()->setSearchText({});
    }

    void fitsBesideTheSidebar()
    {
        // The console's smallest window leaves a page about 440 pixels.
        QVERIFY2(m_page->minimumSizeHint().width() <= 440,
                 qPrintable(QString::number(m_page->minimumSizeHint().width())));
    }

    void modelsPassTheTester()
    {
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        QAbstractItemModelTester source(m_page->model(), mode);
        QAbstractItemModelTester proxy(m_page->proxy(), mode);
        m_page->proxy()->setSearchText(u"iphone"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 2);
        m_page->proxy()->setSearchText({});
        QCOMPARE(m_page->proxy()->rowCount(), int(DeviceCount));
        QCOMPARE(m_page->model()
                     ->index(m_page->model()->rowOf(udid(Mac)), DeviceTableModel::NameColumn)
                     .data()
                     .toString(),
                 u"Design MacBook"_s);
    }

    void lockAMacAndReadItsPin()
    {
        select({Mac});
        trigger(u"lockAction"_s);
        auto *dialog = waitForDialog<DeviceLockDialog>();
        QVERIFY(dialog);
        auto *message = child<QPlainTextEdit>(*dialog, u"lockMessageTextEdit"_s);
        auto *phone = child<QLineEdit>(*dialog, u"lockPhoneLineEdit"_s);
        QVERIFY(message && phone);
        QTest::keyClicks(message, u"Please return to IT"_s);
        QTest::keyClicks(phone, u"+1 555 0100"_s);
        auto *lock = child<QPushButton>(*dialog, u"lockButton"_s);
        QVERIFY(lock->isEnabled());
        QTest::mouseClick(lock, Qt::LeftButton);

        // Queued: the PIN is shown at once, and the row says so.
        DeviceActionResultDialog *results = waitForResults(0);
        QVERIFY(results);
        auto *table = child<QTableWidget>(*results, u"actionResultTableWidget"_s);
        QCOMPARE(table->rowCount(), 1);
        const QString pin = table->item(0, DeviceActionResultDialog::PinColumn)->text();
        QVERIFY2(pin.size() == 6, qPrintable(pin));
        QCOMPARE(table->item(0, DeviceActionResultDialog::ResultColumn)->text(), u"Queued"_s);
        QTRY_COMPARE(statusText(Mac), u"Lock pending"_s);
        const QList<Command> locks = commandsFor(Mac, u"DeviceLock"_s);
        QCOMPARE(locks.size(), 1);
        QCOMPARE(locks.constFirst().createdBy, u"helpdesk-ann"_s);
        // Escrowed sealed, not in the clear.
        QVERIFY(!locks.constFirst().payload.contains(pin.toUtf8()));

        // The Mac checks in, locks with exactly that PIN and acknowledges.
        QVERIFY_RESULT(connect(Mac));
        QCOMPARE(device(Mac).deviceState().lastLockPin, pin);
        QCOMPARE(device(Mac).deviceState().lockCount, 1);
        QTRY_COMPARE(command(locks.constFirst().uuid)->state, CommandState::Acknowledged);
        QTRY_COMPARE(statusText(Mac), u"Locked"_s);

        // The detail says Locked and shows the PIN on request.
        DeviceDetailDialog *detail = m_page->openDevice(udid(Mac));
        QVERIFY(detail);
        DeviceDetailWidget *widget = detail->detailWidget();
        QTRY_VERIFY(widget->detail().has_value());
        auto *status = child<QLabel>(*widget, u"deviceStatusLabel"_s);
        QTRY_VERIFY(status->text().contains(u"Locked"_s));
        auto *lockState = child<QLabel>(*widget, u"lockStateLabel"_s);
        QVERIFY(lockState->text().contains(u"helpdesk-ann"_s));
        auto *showPin = child<QPushButton>(*widget, u"showCurrentPinButton"_s);
        QVERIFY(showPin->isVisible());
        QSignalSpy shown(widget, &DeviceDetailWidget::lockPinsShown);
        QTest::mouseClick(showPin, Qt::LeftButton);
        QTRY_COMPARE(shown.size(), 1);
        auto *current = child<QLabel>(*widget, u"currentPinLabel"_s);
        QCOMPARE(current->text(), u"PIN %1"_s.arg(pin));
        auto *pinTable = child<QTableView>(*widget, u"lockPinsTableView"_s);
        QCOMPARE(pinTable->model()->rowCount(), 1);
        QCOMPARE(pinTable->model()->index(0, 0).data().toString(), pin);

        // Who did what: the lock queued by the helpdesk, the PINs viewed.
        const QList<AuditEntry> queued = audit(u"command.queued"_s);
        QVERIFY(std::any_of(queued.cbegin(), queued.cend(), [this](const AuditEntry &entry) {
            return entry.actor == u"helpdesk-ann"_s && entry.target == udid(Mac)
                   && entry.detail.contains(u"DeviceLock"_s);
        }));
        const QList<AuditEntry> viewed = audit(LockPinHistory::auditAction());
        QCOMPARE(viewed.size(), 1);
        QCOMPARE(viewed.constFirst().actor, u"helpdesk-ann"_s);
        QCOMPARE(viewed.constFirst().target, udid(Mac));
        detail->close();
    }

    void aSecondLockWhilePendingWarns()
    {
        select({FrontPhone});
        trigger(u"lockAction"_s);
        DeviceLockDialog *dialog = waitForDialog<DeviceLockDialog>();
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(*dialog, u"lockButton"_s), Qt::LeftButton);
        QTRY_COMPARE(statusText(FrontPhone), u"Lock pending"_s);
        QTRY_VERIFY(!m_page->controller()->isBusy());

        // The phone hasn't checked in: another lock asks first, and "no" stops there.
        const int asked = m_prompter.confirmations;
        m_prompter.confirmAnswer = false;
        trigger(u"lockAction"_s);
        QTRY_COMPARE(m_prompter.confirmations, asked + 1);
        QTRY_VERIFY(!m_page->controller()->isBusy());
        QVERIFY(!m_page->controller()->openDialog());
        QCOMPARE(commandsFor(FrontPhone, u"DeviceLock"_s).size(), 1);
    }

    void lockSeveralDevicesWithOneConfirmation()
    {
        select({FrontPhone, BackPhone, StockIpad});
        m_prompter.confirmAnswer = true; // the front phone's lock is still pending
        trigger(u"lockAction"_s);
        DeviceLockDialog *dialog = waitForDialog<DeviceLockDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->targets().size(), 3);
        auto *list = dialog->findChild<QTreeWidget *>(u"deviceTargetListWidget"_s);
        QCOMPARE(list->topLevelItemCount(), 3);
        QTest::mouseClick(child<QPushButton>(*dialog, u"lockButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_page->controller()->isBusy());
        for (Sim which : {FrontPhone, BackPhone, StockIpad})
            QTRY_COMPARE(statusText(which), u"Lock pending"_s);
        for (Sim which : {FrontPhone, BackPhone, StockIpad})
            QVERIFY_RESULT(connect(which));
        for (Sim which : {FrontPhone, BackPhone, StockIpad}) {
            QTRY_COMPARE(statusText(which), u"Locked"_s);
            for (const Command &lock : commandsFor(which, u"DeviceLock"_s))
                QCOMPARE(lock.state, CommandState::Acknowledged);
        }
        QCOMPARE(commandsFor(FrontPhone, u"DeviceLock"_s).size(), 2);
        QCOMPARE(audit(u"command.queued"_s).size() >= 5, true);
    }

    void wipeWaitsForTheNameThenWipes()
    {
        select({StockIpad});
        trigger(u"wipeAction"_s);
        DeviceWipeDialog *dialog = waitForDialog<DeviceWipeDialog>();
        QVERIFY(dialog);
        auto *wipe = child<QPushButton>(*dialog, u"wipeButton"_s);
        auto *confirm = child<QLineEdit>(*dialog, u"wipeConfirmLineEdit"_s);
        QCOMPARE(dialog->confirmationText(), u"Stock iPad"_s);
        QVERIFY(!wipe->isEnabled());
        QTest::keyClicks(confirm, u"stock ipad"_s);
        QVERIFY(!wipe->isEnabled());
        // Enter in the field must not slip past the check either.
        QTest::keyClick(confirm, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(commandsFor(StockIpad, u"EraseDevice"_s).isEmpty());
        confirm->clear();
        QTest::keyClicks(confirm, u"Stock iPad"_s);
        QVERIFY(wipe->isEnabled());
        // The facts that catch a re-assigned device are on screen.
        auto *list = dialog->findChild<QTreeWidget *>(u"deviceTargetListWidget"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), device(StockIpad).hardware().serialNumber);
        QVERIFY(child<QCheckBox>(*dialog, u"preserveDataPlanCheckBox"_s)->isVisible());
        QTest::mouseClick(wipe, Qt::LeftButton);
        QTRY_COMPARE(statusText(StockIpad), u"Wipe pending"_s);

        QVERIFY_RESULT(connect(StockIpad));
        QCOMPARE(device(StockIpad).state(), DeviceSimulator::State::Erased);
        QTRY_COMPARE(statusText(StockIpad), u"Wiped"_s);
        QCOMPARE(commandsFor(StockIpad, u"EraseDevice"_s).constFirst().createdBy,
                 u"helpdesk-ann"_s);
    }

    void clearPasscodeOnlyWithAnUnlockToken()
    {
        // An Apple TV has no passcode to clear, and says why.
        DeviceDetailDialog *tv = m_page->openDevice(udid(LobbyTv));
        QTRY_VERIFY(tv->detailWidget()->detail().has_value());
        auto *tvClear = child<QPushButton>(*tv, u"clearPasscodeButton"_s);
        QVERIFY(!tvClear->isEnabled());
        QVERIFY(!tvClear->toolTip().isEmpty());
        tv->close();

        // The iPhone sent its unlock token: the engine adds it to the command.
        DeviceDetailDialog *phone = m_page->openDevice(udid(BackPhone));
        QTRY_VERIFY(phone->detailWidget()->detail().has_value());
        auto *clear = child<QPushButton>(*phone, u"clearPasscodeButton"_s);
        QTRY_VERIFY(clear->isEnabled());
        QVERIFY(device(BackPhone).deviceState().passcodePresent);
        m_prompter.confirmAnswer = true;
        const int asked = m_prompter.confirmations;
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(m_prompter.confirmations, asked + 1);
        QTRY_COMPARE(commandsFor(BackPhone, u"ClearPasscode"_s).size(), 1);
        QVERIFY_RESULT(connect(BackPhone));
        QVERIFY(!device(BackPhone).deviceState().passcodePresent);
        QTRY_COMPARE(commandsFor(BackPhone, u"ClearPasscode"_s).constFirst().state,
                     CommandState::Acknowledged);

        // The command shows in the detail, its raw request one click away (sealed: no token).
        auto *commands = child<QTableView>(*phone, u"commandsTableView"_s);
        QTRY_VERIFY(commands->model()->rowCount() > 0);
        commands->setCurrentIndex(commands->model()->index(0, 0));
        auto *request = child<QPlainTextEdit>(*phone, u"commandRequestTextEdit"_s);
        QVERIFY(request->toPlainText().contains(u"sealed"_s));
        auto *response = child<QPlainTextEdit>(*phone, u"commandResponseTextEdit"_s);
        // The detail reloads when the engine reports the answer.
        QTRY_VERIFY(response->toPlainText().contains(u"Acknowledged"_s));
        phone->close();
    }

    void deleteNeverDeletesADevice()
    {
        select({BackPhone});
        const int rows = m_page->model()->rowCount();
        const int asked = m_prompter.confirmations;
        m_page->tableView()->setFocus();
        QTest::keyClick(m_page->tableView(), Qt::Key_Delete);
        QTest::keyClick(m_page->tableView(), Qt::Key_Backspace);
        QCOMPARE(m_page->model()->rowCount(), rows);
        QCOMPARE(m_prompter.confirmations, asked);
        QVERIFY(!m_page->controller()->isBusy());
    }

    void keyboardFindsAndOpens()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_page->tableView()->setFocus();
        QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
        auto *search = child<QLineEdit>(*m_page, u"searchLineEdit"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"lobby"_s);
        QCOMPARE(m_page->proxy()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(m_page->tableView()->hasFocus());
        QCOMPARE(m_page->selectedDeviceIds(), QStringList({udid(LobbyTv)}));
        QTest::keyClick(m_page->tableView(), Qt::Key_Return);
        QTRY_VERIFY(m_page->detailDialog(udid(LobbyTv)));
        m_page->detailDialog(udid(LobbyTv))->close();
        search->clear();
    }

    void exportsExactlyWhatIsShown()
    {
        QHeaderView *header = m_page->tableView()->horizontalHeader();
        header->setSectionHidden(DeviceTableModel::EnrolledAtColumn, true);
        header->setSectionHidden(DeviceTableModel::LastCheckInColumn, true);
        header->setSectionHidden(DeviceTableModel::UserColumn, true);
        header->setSectionHidden(DeviceTableModel::ModelColumn, true);
        header->setSectionHidden(DeviceTableModel::StatusColumn, true);
        // Serial first, then Name, then the OS.
        header->moveSection(header->visualIndex(DeviceTableModel::SerialColumn), 0);
        m_page->proxy()->setSearchText(u"iphone"_s);
        m_page->tableView()->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);

        const QString path = m_dir.filePath(u"devices.csv"_s);
        QFuture<Result<void>> written = m_page->exportCsv(path);
        QVERIFY(waitFor(written));
        QVERIFY_RESULT(written.result());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(
            lines,
            QStringList(
                {u"Serial number,Name,OS version"_s,
                 device(BackPhone).hardware().serialNumber + u",Back office iPhone,iOS 17.5"_s,
                 device(FrontPhone).hardware().serialNumber + u",Front desk iPhone,iOS 17.5"_s}));
        m_page->proxy()->setSearchText({});
    }

    void smartGroupsAreMadeAndChosen()
    {
        auto *combo = child<QComboBox>(*m_page, u"smartGroupComboBox"_s);
        const int before = combo->count();
        trigger(u"newSmartGroupAction"_s);
        DeviceSmartGroupDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<DeviceSmartGroupDialog *>()));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(child<QLineEdit>(*dialog, u"smartGroupNameLineEdit"_s), u"Old iOS"_s);
        auto *platform = child<QComboBox>(*dialog, u"smartGroupPlatformComboBox"_s);
        platform->setCurrentIndex(platform->findData(u"iOS"_s));
        QTest::keyClicks(child<QLineEdit>(*dialog, u"smartGroupVersionLineEdit"_s), u"18"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(combo->count(), before + 1);
        QCOMPARE(combo->currentText(), u"Old iOS"_s);
        // The iPhones and the iPad run iOS 17.5; the Mac and the Apple TV are left out.
        QCOMPARE(m_page->proxy()->rowCount(), 3);
        trigger(u"removeSmartGroupAction"_s);
        QCOMPARE(combo->count(), before);
        QCOMPARE(m_page->proxy()->rowCount(), int(DeviceCount));
    }

    void columnLayoutIsRemembered()
    {
        // The previous test hid and moved columns; a new page comes back with them.
        {
            DevicesPage other(*m_host, m_prompter, *m_errors);
            QHeaderView *header = other.tableView()->horizontalHeader();
            QVERIFY(header->isSectionHidden(DeviceTableModel::UserColumn));
            QCOMPARE(header->visualIndex(DeviceTableModel::SerialColumn), 0);
            QHeaderView *shown = m_page->tableView()->horizontalHeader();
            for (int column = 0; column < DeviceTableModel::ColumnCount; ++column) {
                QCOMPARE(header->isSectionHidden(column), shown->isSectionHidden(column));
                QCOMPARE(header->visualIndex(column), shown->visualIndex(column));
            }
            QCOMPARE(header->sortIndicatorSection(), shown->sortIndicatorSection());
            header->setSectionHidden(DeviceTableModel::UserColumn, false);
        }
        DevicesPage again(*m_host, m_prompter, *m_errors);
        QVERIFY(
            !again.tableView()->horizontalHeader()->isSectionHidden(DeviceTableModel::UserColumn));
    }
};

QTEST_MAIN(tst_DevicesPage)
#include "tst_DevicesPage.moc"
