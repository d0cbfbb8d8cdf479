// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit log page over a real SQLite store that the real engine has open: entries newest
// first, the filters, "Verify Chain" before and after someone edits an entry in the file with
// the triggers dropped, and the CSV export of exactly the rows and columns shown.
#include "core/audit/AuditLogFilterModel.h"
#include "core/audit/AuditLogModel.h"
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/Engine.h"
#include "core/store/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/common/ErrorPresenter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;
constexpr int Entries = 30;
const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

// What someone with the file and the sqlite3 tool could do: drop the append-only trigger and
// edit an entry, on a connection of their own while the engine has the store open.
bool tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(u"DROP TRIGGER IF EXISTS audit_log_no_update"_s) && query.exec(sql);
            if (!ok)
                qWarning() << query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    return ok;
}

} // namespace

class tst_AuditLogPage : public QObject
{
    Q_OBJECT

private:
    qint64 sequenceAt(int viewRow) const
    {
        return m_page->filterModel()
            .index(viewRow, 0)
            .data(AuditLogModel::SequenceRole)
            .toLongLong();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Engine> m_engine;
    RecordingPrompter m_prompter;
    std::unique_ptr<QWidget> m_window;
    AuditLogPage *m_page = nullptr;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"espalier.sqlite"_s);
        {
            // What a few days of work leave behind, written before the engine opens the store.
            auto writer = Database::openWriter(path);
            QVERIFY_RESULT(writer);
            Database &db = **writer;
            Enrollment phone;
            phone.id = u"UDID-PHONE"_s;
            phone.topic = u"com.apple.mgmt.External.x"_s;
            phone.pushTokenHex = u"abcd"_s;
            phone.pushMagic = u"magic"_s;
            QVERIFY_RESULT(EnrollmentRepository(db, m_clock, &Testing::testTokenBox())
                               .recordTokenUpdate(phone));
            Device device;
            device.udid = u"UDID-PHONE"_s;
            device.name = u"Front desk iPhone"_s;
            QVERIFY_RESULT(DeviceRepository(db, m_clock).upsertInventory(device));
            AuditLog log(db, m_clock);
            for (int i = 1; i <= Entries; ++i) {
                m_clock.advance(60 * 1000);
                QString detail = u"DeviceLock C%1"_s.arg(i);
                if (i == 5)
                    detail = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
                if (i == 7)
                    detail = u"Lock, then \"wipe\""_s;
                QVERIFY_RESULT(log.append(i % 3 == 0 ? u"sam (helpdesk)"_s : u"alex"_s,
                                          i % 2 ? u"command.queued"_s : u"command.cancelled"_s,
                                          u"UDID-PHONE"_s,
                                          detail));
            }
        }
        m_engine = std::make_unique<Engine>(EngineConfig::storeOnly(path), m_clock);
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->state(), Engine::State::Running, TimeoutMs);

        m_window = std::make_unique<QWidget>();
        m_window->resize(1100, 700);
        auto *errors = new ErrorPresenter(m_prompter, nullptr, m_window.get(), m_window.get());
        m_page = new AuditLogPage(*m_engine, m_prompter, *errors, m_window.get());
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
        if (m_engine)
            m_engine->stop();
        QSettings().clear();
    }

    void showsEveryEntryNewestFirst()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model().rowCount(), Entries, TimeoutMs);
        QVERIFY(child<QWidget>(*m_page, u"auditLogTableView"_s)->isVisible());
        QVERIFY(!child<QWidget>(*m_page, u"auditLogEmptyStateWidget"_s)->isVisible());
        QCOMPARE(sequenceAt(0), qint64(Entries));
        QCOMPARE(sequenceAt(Entries - 1), qint64(1));
        const QModelIndex newest = m_page->filterModel().index(0, AuditLogModel::TargetColumn);
        QCOMPARE(newest.data().toString(), u"Front desk iPhone (UDID-PHONE)"_s);
        QCOMPARE(child<QLabel>(*m_page, u"auditLogCountLabel"_s)->text(), u"30 entries"_s);
    }

    void filtersByTextActorActionAndTime()
    {
        auto *search = child<QLineEdit>(*m_page, u"auditSearchLineEdit"_s);
        QTest::keyClicks(search, u"c1"_s);
        // C1, C10 to C19.
        QCOMPARE(m_page->filterModel().rowCount(), 11);
        search->clear();

        auto *actor = child<QComboBox>(*m_page, u"actorFilterComboBox"_s);
        actor->setCurrentIndex(actor->findData(u"sam (helpdesk)"_s));
        QCOMPARE(m_page->filterModel().rowCount(), Entries / 3);
        auto *action = child<QComboBox>(*m_page, u"actionFilterComboBox"_s);
        action->setCurrentIndex(action->findData(u"command.queued"_s));
        // Odd multiples of three up to 30: 3, 9, 15, 21, 27.
        QCOMPARE(m_page->filterModel().rowCount(), 5);
        QCOMPARE(child<QLabel>(*m_page, u"auditLogCountLabel"_s)->text(),
                 u"5 of 30 entries shown"_s);
        actor->setCurrentIndex(0);
        action->setCurrentIndex(0);

        auto *period = child<QComboBox>(*m_page, u"periodFilterComboBox"_s);
        period->setCurrentIndex(period->count() - 1);
        auto *from = child<QDateTimeEdit>(*m_page, u"fromDateTimeEdit"_s);
        auto *until = child<QDateTimeEdit>(*m_page, u"untilDateTimeEdit"_s);
        QVERIFY(from->isVisible());
        from->setDateTime(s_start.addSecs(10 * 60).toLocalTime());
        until->setDateTime(s_start.addSecs(20 * 60).toLocalTime());
        // Entries 10 to 19, one a minute.
        QCOMPARE(m_page->filterModel().rowCount(), 10);
        period->setCurrentIndex(0);
        QVERIFY(!from->isVisible());
        QCOMPARE(m_page->filterModel().rowCount(), Entries);
    }

    void exportWritesTheRowsAndColumnsShown()
    {
        auto *view = child<QTableView>(*m_page, u"auditLogTableView"_s);
        QHeaderView *header = view->horizontalHeader();
        header->hideSection(AuditLogModel::TimeColumn);
        header->moveSection(header->visualIndex(AuditLogModel::DetailColumn), 1);
        auto *action = child<QComboBox>(*m_page, u"actionFilterComboBox"_s);
        action->setCurrentIndex(action->findData(u"command.queued"_s));
        auto *search = child<QLineEdit>(*m_page, u"auditSearchLineEdit"_s);
        search->setText(u"alex"_s);
        const int shown = m_page->filterModel().rowCount();
        QVERIFY(shown > 0);

        // Cancelled in the file picker: nothing is written.
        auto *exportButton = child<QPushButton>(*m_page, u"exportCsvPushButton"_s);
        m_prompter.saveFileAnswer.clear();
        QSignalSpy finished(m_page, &AuditLogPage::exportFinished);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QCOMPARE(m_prompter.saveFileRequests, 1);
        QCOMPARE(finished.count(), 0);

        const QString path = m_dir.filePath(u"audit.csv"_s);
        m_prompter.saveFileAnswer = path;
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), TimeoutMs);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        csv.remove(0, 3);
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QByteArray> lines = csv.chopped(2).split('\n');
        QCOMPARE(lines.size(), shown + 1);
        QCOMPARE(lines.at(0), QByteArray("Entry,Details,Who,Action,Target\r"));
        // Newest first, as shown: entry 29 leads.
        QCOMPARE(lines.at(1),
                 QByteArray("29,DeviceLock C29,alex,command.queued,Front desk iPhone "
                            "(UDID-PHONE)\r"));
        QVERIFY(csv.contains("\r\n7,\"Lock, then \"\"wipe\"\"\",alex,"));
        QVERIFY(
            csv.contains("\r\n5,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",alex,"));
        QVERIFY(!csv.contains("sam (helpdesk)"));
        QVERIFY(!csv.contains("command.cancelled"));

        header->showSection(AuditLogModel::TimeColumn);
        header->moveSection(header->visualIndex(AuditLogModel::DetailColumn),
                            AuditLogModel::DetailColumn);
        search->clear();
        action->setCurrentIndex(0);
    }

    void verifyShowsTheChainHolds()
    {
        QSignalSpy verified(m_page, &AuditLogPage::verificationFinished);
        QTest::mouseClick(child<QPushButton>(*m_page, u"verifyChainPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), TimeoutMs);
        QVERIFY(m_page->lastVerification()->isIntact());
        QCOMPARE(m_page->lastVerification()->entriesChecked, qint64(Entries));
        auto *banner = child<QLabel>(*m_page, u"verificationLabel"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(u"The chain holds: all 30 entries"_s),
                 qPrintable(banner->text()));
    }

    void verifyShowsWhereATamperedChainBreaks()
    {
        QVERIFY(tamper(m_engine->config().databasePath,
                       u"UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 17"_s));
        // The broken entry is filtered out when the check starts; it is shown anyway.
        child<QLineEdit>(*m_page, u"auditSearchLineEdit"_s)->setText(u"C30"_s);
        QCOMPARE(m_page->filterModel().rowCount(), 1);

        QSignalSpy verified(m_page, &AuditLogPage::verificationFinished);
        QTest::mouseClick(child<QPushButton>(*m_page, u"verifyChainPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), TimeoutMs);
        const AuditLog::Verification result = *m_page->lastVerification();
        QCOMPARE(result.problem, AuditLog::Verification::Problem::ContentMismatch);
        QCOMPARE(result.seq, qint64(17));
        auto *banner = child<QLabel>(*m_page, u"verificationLabel"_s);
        QVERIFY2(banner->text().startsWith(u"The chain is broken at entry 17."_s),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"changed after it was written"_s),
                 qPrintable(banner->text()));

        // The entry where it breaks is selected, as it now reads in the store.
        auto *view = child<QTableView>(*m_page, u"auditLogTableView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->selectionModel()->selectedRows().size() == 1, TimeoutMs);
        const QModelIndex selected = view->selectionModel()->selectedRows().first();
        QCOMPARE(selected.data(AuditLogModel::SequenceRole).toLongLong(), qint64(17));
        QCOMPARE(selected.siblingAtColumn(AuditLogModel::DetailColumn).data().toString(),
                 u"nothing happened"_s);
        QVERIFY(child<QLineEdit>(*m_page, u"auditSearchLineEdit"_s)->text().isEmpty());
        QCOMPARE(m_page->filterModel().rowCount(), Entries);
    }
};

QTEST_MAIN(tst_AuditLogPage)
#include "tst_AuditLogPage.moc"
