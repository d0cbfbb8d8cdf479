// SPDX-License-Identifier: GPL-3.0-or-later
// The Commands page against the real engine on 127.0.0.1 with simulated devices: commands show as
// queued and then acknowledged when the device answers, NotNow is counted and explained, an error
// shows the device's error chain, Cancel (several at once, one confirmation) and Retry go through
// the engine and the audit log, and helpdesk mode disables both.
#include "core/commands/CommandFilterModel.h"
#include "core/commands/CommandTableModel.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/mdm/commands/DeviceLockCommand.h"
#include "core/mdm/commands/RestartDeviceCommand.h"
#include "core/mdm/commands/SecurityInfoCommand.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/AuditLog.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"
#include "tests/support/DeviceSimulator.h"
#include "tests/support/SimulatedKeyPool.h"
#include "tests/support/SimulatorFleet.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/commands/CommandDetailsPane.h"
#include "ui/commands/CommandsPage.h"
#include "ui/common/ErrorPresenter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 60000;

CommandTarget target(Platform platform, const QString &osVersion, bool supervised = true)
{
    CommandTarget target;
    target.platform = platform;
    target.osVersion = osVersion;
    target.supervised = supervised;
    return target;
}

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

// The fleet: what each simulated device is and is called.
struct Member
{
    SimulatedHardware::Kind kind;
    bool supervised;
    QString name;
};

const Member s_members[] = {
    {SimulatedHardware::Kind::IPhone, false, u"Front desk iPhone"_s},
    {SimulatedHardware::Kind::IPhone, true, u"Warehouse iPhone"_s},
    {SimulatedHardware::Kind::Mac, true, u"Studio Mac"_s},
    {SimulatedHardware::Kind::IPad, true, u"Kiosk iPad"_s},
};
constexpr int FrontDesk = 0;
constexpr int Warehouse = 1;
constexpr int Studio = 2;
constexpr int Kiosk = 3;

} // namespace

class tst_CommandsPage : public QObject
{
    Q_OBJECT

private:
    QStringList enqueue(int device, const Result<MdmCommand> &built)
    {
        if (!built) {
            qWarning() << built.error().toString();
            return {};
        }
        QFuture<Result<QStringList>> queued = m_engine->enqueue(
            {m_fleet.device(device)->udid()}, *built, u"alex"_s);
        if (!waitFor(queued) || !queued.result()) {
            if (queued.isFinished())
                qWarning() << queued.result().error().toString();
            return {};
        }
        return *queued.result();
    }

    bool connectDevice(int device)
    {
        QFuture<Result<int>> session = m_fleet.device(device)->connect();
        return waitFor(session) && session.result();
    }

    // The page's state word for the command, as the view shows it.
    QString shownState(const QString &uuid) const
    {
        const CommandTableModel &model = m_page->model();
        const int row = model.rowOf(uuid);
        if (row < 0)
            return {};
        return model.index(row, CommandTableModel::StateColumn).data().toString();
    }

    void select(const QStringList &uuids)
    {
        QTableView *view = child<QTableView>(*m_page, u"commandsTableView"_s);
        const CommandFilterModel &filter = m_page->filterModel();
        view->clearSelection();
        for (int row = 0; row < filter.rowCount(); ++row) {
            const QModelIndex index = filter.index(row, 0);
            if (uuids.contains(index.data(CommandTableModel::UuidRole).toString())) {
                view->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

    Result<QList<AuditEntry>> auditEntries(const QString &action)
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        if (!db)
            return fail(db.error());
        AuditLog::Filter filter;
        filter.action = action;
        return AuditLog(**db, m_clock).list(filter);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<Engine> m_engine;
    SimulatorFleet m_fleet;
    std::shared_ptr<SimulatedKeyPool> m_keys;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConsoleRole> m_role;
    RecordingPrompter m_prompter;
    std::unique_ptr<QWidget> m_window;
    ErrorPresenter *m_errors = nullptr;
    CommandsPage *m_page = nullptr;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        SimulatorFleet::raiseFileDescriptorLimit();
        EngineConfig config = EngineConfig::storeOnly(m_dir.filePath(u"espalier.sqlite"_s));
        config.listenAddress = QHostAddress(QHostAddress::LocalHost);
        config.listenPort = 0;
        config.publicUrl = QUrl(u"https://127.0.0.1"_s);
        config.pushTopic = u"com.apple.mgmt.External.%1"_s.arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces));
        config.keychainService = u"Espalier-tst_CommandsPage-%1"_s.arg(
            QUuid::createUuid().toString(QUuid::Id128));
        // The engine stays on this thread, as the SecretStores must (one thread for all).
        m_engine = std::make_unique<Engine>(config, m_clock);
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->state() == Engine::State::Running
                                     || m_engine->state() == Engine::State::Failed,
                                 30000);
        QCOMPARE(m_engine->state(), Engine::State::Running);
        m_secrets = std::make_unique<SecretStore>(config.keychainService);
        m_role = std::make_unique<ConsoleRole>(*m_secrets);

        Result<std::shared_ptr<SimulatedKeyPool>> keys = SimulatedKeyPool::generate(4);
        QVERIFY_RESULT(keys);
        m_keys = *keys;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_engine->deviceCaCertificate().toPem())});
        m_fleet.addDevices(int(std::size(s_members)), [this, tls](int index) {
            DeviceSimulator::Options options;
            options.hardware = SimulatedHardware::preset(s_members[index].kind);
            options.hardware.deviceName = s_members[index].name;
            options.tls = tls;
            options.keyPool = m_keys;
            options.supervised = s_members[index].supervised;
            options.userChannel = false;
            return options;
        });
        QList<QUrl> urls;
        for (int i = 0; i < m_fleet.size(); ++i) {
            QFuture<Result<Engine::CreatedEnrollmentLink>> link = m_engine->createEnrollmentLink(
                {u"alex"_s, u"fleet"_s, {}, 1});
            QVERIFY(waitFor(link));
            QVERIFY_RESULT(link.result());
            urls.append(link.result()->url);
        }
        QFuture<SimulatorFleet::Report> enrolled = m_fleet.enrollAll(
            [urls](int index) { return urls.at(index); });
        QVERIFY(waitFor(enrolled));
        QVERIFY2(enrolled.result().failed() == 0, qPrintable(enrolled.result().summary()));
        QFuture<SimulatorFleet::Report> inventory = m_fleet.connectAll();
        QVERIFY(waitFor(inventory));
        QVERIFY2(inventory.result().failed() == 0, qPrintable(inventory.result().summary()));

        m_window = std::make_unique<QWidget>();
        m_window->resize(1100, 700);
        m_errors = new ErrorPresenter(m_prompter, nullptr, m_window.get(), m_window.get());
        m_page = new CommandsPage(*m_engine, *m_role, m_prompter, *m_errors, m_window.get());
        new QAbstractItemModelTester(
            &m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(
            &m_page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        m_page->resize(m_window->size());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_role && m_role->isHelpdesk())
            (void)m_role->leaveHelpdeskMode(u"front desk 2026"_s);
        if (m_secrets)
            (void)waitFor(m_secrets->remove(ConsoleRole::passwordKey()));
        if (m_engine)
            m_engine->stop();
        QSettings().clear();
    }

    void showsTheInitialInventoryAcknowledged()
    {
        Result<std::unique_ptr<Database>> db = Database::openReader(
            m_engine->config().databasePath);
        QVERIFY_RESULT(db);
        Result<QList<Command>> stored = CommandRepository(**db, m_clock).listAll();
        QVERIFY_RESULT(stored);
        QVERIFY(!stored->isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), int(stored->size()), TimeoutMs);
        QCOMPARE(m_page->model().count(CommandState::Acknowledged), int(stored->size()));
        QVERIFY(child<QWidget>(*m_page, u"commandsTableView"_s)->isVisible());
        QVERIFY(!child<QWidget>(*m_page, u"commandsEmptyStateWidget"_s)->isVisible());
        QCOMPARE(m_page->model().devices().size(), int(std::size(s_members)));

        // The counts name every state with commands, and always NotNow and Expired.
        const QString summary = child<QLabel>(*m_page, u"commandSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"%1 acknowledged"_s.arg(stored->size())), qPrintable(summary));
        QVERIFY2(summary.contains(u"0 not now"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"0 expired"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u"pending"_s, Qt::CaseInsensitive), qPrintable(summary));
    }

    void queuedThenAcknowledgedWhenTheDeviceAnswers()
    {
        const QStringList lock = enqueue(
            Warehouse,
            DeviceLockCommand{u"Return to the front desk"_s, u"+49 30 1234567"_s, {}}.build(
                target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(lock.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(lock.first()), u"Queued"_s, TimeoutMs);
        const int row = m_page->model().rowOf(lock.first());
        QCOMPARE(m_page->model().index(row, CommandTableModel::DeviceColumn).data().toString(),
                 u"Warehouse iPhone"_s);
        QCOMPARE(m_page->model().index(row, CommandTableModel::TypeColumn).data().toString(),
                 u"Device Lock"_s);
        QCOMPARE(m_page->model().index(row, CommandTableModel::RequestedByColumn).data(),
                 QVariant(u"alex"_s));

        // The device's answer updates that row alone: no reload of the queue.
        QSignalSpy reset(&m_page->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_page->model(), &QAbstractItemModel::dataChanged);
        QVERIFY(connectDevice(Warehouse));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(lock.first()), u"Acknowledged"_s, TimeoutMs);
        QCOMPARE(reset.count(), 0);
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            QCOMPARE(arguments.at(0).toModelIndex().row(), row);
            QCOMPARE(arguments.at(1).toModelIndex().row(), row);
        }
        QCOMPARE(m_page->model().index(row, CommandTableModel::AttemptsColumn).data().toInt(), 1);

        // Its details: what it means, and the raw request and answer one click away.
        auto *details = child<CommandDetailsPane>(*m_page, u"commandDetailsPane"_s);
        QSignalSpy detailsLoaded(details, &CommandDetailsPane::detailsLoaded);
        select({lock.first()});
        QCOMPARE(details->shownUuid(), lock.first());
        QTRY_VERIFY_WITH_TIMEOUT(!detailsLoaded.isEmpty(), TimeoutMs);
        QCOMPARE(detailsLoaded.constLast().at(0).toString(), lock.first());
        const QString overview
            = child<QTextBrowser>(*m_page, u"commandOverviewTextBrowser"_s)->toPlainText();
        QVERIFY2(overview.contains(u"carried the command out"_s), qPrintable(overview));
        QVERIFY2(overview.contains(lock.first()), qPrintable(overview));
        const QString request
            = child<QPlainTextEdit>(*m_page, u"commandRequestPlainTextEdit"_s)->toPlainText();
        QVERIFY2(request.contains(u"<string>DeviceLock</string>"_s), qPrintable(request));
        QVERIFY2(request.contains(u"Return to the front desk"_s), qPrintable(request));
        const QString response
            = child<QPlainTextEdit>(*m_page, u"commandResponsePlainTextEdit"_s)->toPlainText();
        QVERIFY2(response.contains(u"<string>Acknowledged</string>"_s), qPrintable(response));
    }

    void notNowIsCountedAndExplained()
    {
        m_fleet.device(Kiosk)->answerNotNow(1);
        const QStringList info = enqueue(
            Kiosk, SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(info.size(), 1);
        QVERIFY(connectDevice(Kiosk));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(info.first()), u"Not now"_s, TimeoutMs);
        QCOMPARE(m_page->model().count(CommandState::NotNow), 1);
        const QString summary = child<QLabel>(*m_page, u"commandSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"1 not now"_s), qPrintable(summary));
        const QString why = m_page->model()
                                .index(m_page->model().rowOf(info.first()),
                                       CommandTableModel::StateColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(why.contains(u"answered “Not Now” 1 time"_s), qPrintable(why));
        QVERIFY2(why.contains(u"hands it out again"_s), qPrintable(why));

        // Clicking the count shows just those.
        auto *label = child<QLabel>(*m_page, u"commandSummaryLabel"_s);
        Q_EMIT label->linkActivated(QString::number(int(CommandState::NotNow)));
        QCOMPARE(m_page->filterModel().rowCount(), 1);
        QCOMPARE(child<QComboBox>(*m_page, u"stateFilterComboBox"_s)->currentText(), u"Not now"_s);
        child<QPushButton>(*m_page, u"clearFiltersPushButton"_s)->click();
        QCOMPARE(m_page->filterModel().rowCount(), m_page->model().rowCount());

        // After the backoff the device takes it.
        m_clock.advance(20 * 1000);
        QVERIFY(connectDevice(Kiosk));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(info.first()), u"Acknowledged"_s, TimeoutMs);
        QCOMPARE(m_page->model().count(CommandState::NotNow), 0);
    }

    void anErrorShowsTheDevicesErrorChain()
    {
        // An unsupervised iPhone cannot be restarted remotely; the device says so.
        const QStringList restart = enqueue(
            FrontDesk, RestartDeviceCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(restart.size(), 1);
        QVERIFY(connectDevice(FrontDesk));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(restart.first()), u"Error"_s, TimeoutMs);

        auto *details = child<CommandDetailsPane>(*m_page, u"commandDetailsPane"_s);
        QSignalSpy detailsLoaded(details, &CommandDetailsPane::detailsLoaded);
        select({restart.first()});
        QTRY_VERIFY_WITH_TIMEOUT(!detailsLoaded.isEmpty(), TimeoutMs);
        const QString overview
            = child<QTextBrowser>(*m_page, u"commandOverviewTextBrowser"_s)->toPlainText();
        QVERIFY2(overview.contains(u"could not carry the command out"_s), qPrintable(overview));
        QVERIFY2(overview.contains(u"The device said:"_s), qPrintable(overview));
        QVERIFY2(overview.contains(u"requires a supervised device"_s), qPrintable(overview));
        const QString response
            = child<QPlainTextEdit>(*m_page, u"commandResponsePlainTextEdit"_s)->toPlainText();
        QVERIFY2(response.contains(u"<key>ErrorChain</key>"_s), qPrintable(response));

        // Only what failed, expired or was cancelled can be retried; nothing unfinished here.
        QVERIFY(child<QPushButton>(*m_page, u"retryCommandPushButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(*m_page, u"cancelCommandPushButton"_s)->isEnabled());
    }

    void cancelSeveralWithOneConfirmation()
    {
        const QStringList mac = enqueue(
            Studio, SecurityInfoCommand{}.build(target(Platform::MacOS, u"14.6"_s)));
        const QStringList phone = enqueue(
            Warehouse, SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(mac.size(), 1);
        QCOMPARE(phone.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(mac.first()), u"Queued"_s, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(phone.first()), u"Queued"_s, TimeoutMs);
        select({mac.first(), phone.first()});
        auto *cancel = child<QPushButton>(*m_page, u"cancelCommandPushButton"_s);
        QVERIFY(cancel->isEnabled());

        // Saying no changes nothing.
        m_prompter.confirmAnswer = false;
        const int asked = m_prompter.confirmations;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, asked + 1);
        QCOMPARE(shownState(mac.first()), u"Queued"_s);

        m_prompter.confirmAnswer = true;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_prompter.confirmations, asked + 2);
        const QString text = m_prompter.confirmationTexts.constLast();
        QVERIFY2(text.contains(u"Cancel 2 command(s)?"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Security Info for Studio Mac (Queued)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Security Info for Warehouse iPhone (Queued)"_s), qPrintable(text));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(mac.first()), u"Cancelled"_s, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(phone.first()), u"Cancelled"_s, TimeoutMs);
        QVERIFY(m_prompter.errors.isEmpty());

        // The audit log says who cancelled what.
        Result<QList<AuditEntry>> audited = auditEntries(u"command.cancelled"_s);
        QVERIFY_RESULT(audited);
        QStringList cancelled;
        for (const AuditEntry &entry : *audited) {
            QCOMPARE(entry.actor, m_role->actor());
            cancelled.append(entry.detail);
        }
        QVERIFY(cancelled.contains(u"SecurityInfo "_s + mac.first()));
        QVERIFY(cancelled.contains(u"SecurityInfo "_s + phone.first()));

        // And the device never gets it.
        const qsizetype before = m_fleet.device(Studio)->commandLog().size();
        QVERIFY(connectDevice(Studio));
        QCOMPARE(m_fleet.device(Studio)->commandLog().size(), before);
    }

    void retryQueuesItAgain()
    {
        QString cancelled;
        for (int row = 0; row < m_page->model().rowCount(); ++row) {
            const CommandQueueEntry &entry = m_page->model().entryAt(row);
            if (entry.command.state == CommandState::Cancelled
                && entry.deviceName == u"Studio Mac"_s) {
                cancelled = entry.command.uuid;
            }
        }
        QVERIFY(!cancelled.isEmpty());
        const int rows = m_page->model().rowCount();
        select({cancelled});
        auto *retry = child<QPushButton>(*m_page, u"retryCommandPushButton"_s);
        QVERIFY(retry->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), rows + 1, TimeoutMs);
        const CommandQueueEntry &again = m_page->model().entryAt(rows);
        QCOMPARE(again.command.requestType, u"SecurityInfo"_s);
        QCOMPARE(again.deviceName, u"Studio Mac"_s);
        QCOMPARE(again.command.createdBy, m_role->actor());
        QCOMPARE(shownState(again.command.uuid), u"Queued"_s);
        QCOMPARE(shownState(cancelled), u"Cancelled"_s);
        Result<QList<AuditEntry>> audited = auditEntries(u"command.retried"_s);
        QVERIFY_RESULT(audited);
        QCOMPARE(audited->size(), 1);

        const QString uuid = again.command.uuid;
        QVERIFY(connectDevice(Studio));
        QTRY_COMPARE_WITH_TIMEOUT(shownState(uuid), u"Acknowledged"_s, TimeoutMs);
    }

    void filtersByStateCommandAndDevice()
    {
        auto *state = child<QComboBox>(*m_page, u"stateFilterComboBox"_s);
        auto *type = child<QComboBox>(*m_page, u"typeFilterComboBox"_s);
        auto *device = child<QComboBox>(*m_page, u"deviceFilterComboBox"_s);
        state->setCurrentIndex(state->findData(int(CommandState::Cancelled)));
        QCOMPARE(m_page->filterModel().rowCount(), 2);
        device->setCurrentIndex(device->findText(u"Studio Mac"_s));
        QCOMPARE(m_page->filterModel().rowCount(), 1);
        state->setCurrentIndex(0);
        type->setCurrentIndex(type->findData(u"SecurityInfo"_s));
        for (int row = 0; row < m_page->filterModel().rowCount(); ++row) {
            const QModelIndex index = m_page->filterModel().index(row, 0);
            QCOMPARE(index.data(CommandTableModel::RequestTypeRole).toString(), u"SecurityInfo"_s);
            QCOMPARE(index.data().toString(), u"Studio Mac"_s);
        }
        QVERIFY(m_page->filterModel().rowCount() >= 2);
        m_page->showDevice({});
        child<QPushButton>(*m_page, u"clearFiltersPushButton"_s)->click();
        QCOMPARE(m_page->filterModel().rowCount(), m_page->model().rowCount());
    }

    void helpdeskModeDisablesCancelAndRetry()
    {
        const QStringList queued = enqueue(
            Kiosk, SecurityInfoCommand{}.build(target(Platform::IOS, u"17.5"_s)));
        QCOMPARE(queued.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownState(queued.first()), u"Queued"_s, TimeoutMs);
        select({queued.first()});
        auto *cancel = child<QPushButton>(*m_page, u"cancelCommandPushButton"_s);
        QVERIFY(cancel->isEnabled());

        QFuture<Result<void>> set = m_role->setAdminPassword({}, u"front desk 2026"_s);
        QVERIFY(waitFor(set));
        QVERIFY_RESULT(set.result());
        QFuture<Result<void>> entered = m_role->enterHelpdeskMode();
        QVERIFY(waitFor(entered));
        QVERIFY_RESULT(entered.result());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(u"helpdesk mode"_s));
        // Not even the slot does it.
        m_prompter.confirmAnswer = true;
        const int asked = m_prompter.confirmations;
        m_page->cancelSelected();
        QCOMPARE(m_prompter.confirmations, asked);
        QCOMPARE(shownState(queued.first()), u"Queued"_s);

        QFuture<Result<void>> left = m_role->leaveHelpdeskMode(u"front desk 2026"_s);
        QVERIFY(waitFor(left));
        QVERIFY_RESULT(left.result());
        QVERIFY(cancel->isEnabled());
    }

    void remembersColumnWidthsAndOrder()
    {
        auto *view = child<QTableView>(*m_page, u"commandsTableView"_s);
        QHeaderView *header = view->horizontalHeader();
        header->moveSection(header->visualIndex(CommandTableModel::StateColumn), 0);
        header->resizeSection(CommandTableModel::DeviceColumn, 321);
        m_page->saveLayout();

        QWidget other;
        ErrorPresenter errors(m_prompter, nullptr, &other);
        CommandsPage again(*m_engine, *m_role, m_prompter, errors, &other);
        again.restoreLayout();
        QHeaderView *restored
            = child<QTableView>(again, u"commandsTableView"_s)->horizontalHeader();
        QCOMPARE(restored->logicalIndex(0), int(CommandTableModel::StateColumn));
        QCOMPARE(restored->sectionSize(CommandTableModel::DeviceColumn), 321);
    }
};

QTEST_MAIN(tst_CommandsPage)
#include "tst_CommandsPage.moc"
