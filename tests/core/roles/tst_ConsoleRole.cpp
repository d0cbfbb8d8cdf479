// SPDX-License-Identifier: GPL-3.0-or-later
// Admin and helpdesk mode against a real keyring: what each mode allows, the admin password kept
// only as a hash record, wrong passwords refused, and the mode remembered across restarts.
#include "core/common/AppIdentity.h"
#include "core/roles/AdminPassword.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "tests/support/TestHelpers.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

using Action = ConsoleRole::Action;
using Mode = ConsoleRole::Mode;

namespace {

constexpr int JobTimeoutMs = 30000;

template<typename T>
[[nodiscard]] Result<T> settle(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, JobTimeoutMs))
        return fail(Error::Code::Cancelled, u"test: no answer"_s);
    return future.result();
}

} // namespace

class tst_ConsoleRole : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SecretStore> m_secrets;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        m_secrets = std::make_unique<SecretStore>(
            u"Espalier-tst_ConsoleRole-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY_RESULT(settle(m_secrets->remove(ConsoleRole::passwordKey())));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        if (m_secrets)
            QVERIFY_RESULT(settle(m_secrets->remove(ConsoleRole::passwordKey())));
    }

    void helpdeskAllowsOnlyItsFiveActions_data()
    {
        QTest::addColumn<Action>("action");
        QTest::addColumn<bool>("helpdesk");
        QTest::newRow("refresh") << Action::RefreshInventory << true;
        QTest::newRow("lock") << Action::Lock << true;
        QTest::newRow("wipe") << Action::Wipe << true;
        QTest::newRow("lost mode") << Action::LostMode << true;
        QTest::newRow("restart") << Action::Restart << true;
        QTest::newRow("shut down") << Action::ShutDown << false;
        QTest::newRow("clear passcode") << Action::ClearPasscode << false;
        QTest::newRow("other command") << Action::SendOtherCommand << false;
        QTest::newRow("cancel") << Action::CancelCommand << false;
        QTest::newRow("retry") << Action::RetryCommand << false;
        QTest::newRow("enroll") << Action::EnrollDevices << false;
        QTest::newRow("profiles") << Action::ManageProfiles << false;
        QTest::newRow("certificates") << Action::ManageCertificates << false;
        QTest::newRow("settings") << Action::ChangeSettings << false;
        QTest::newRow("password") << Action::ChangeAdminPassword << false;
    }

    void helpdeskAllowsOnlyItsFiveActions()
    {
        QFETCH(Action, action);
        QFETCH(bool, helpdesk);
        QVERIFY(ConsoleRole::allows(Mode::Admin, action));
        QCOMPARE(ConsoleRole::allows(Mode::Helpdesk, action), helpdesk);
    }

    void startsAsAdmin()
    {
        ConsoleRole role(*m_secrets);
        QCOMPARE(role.mode(), Mode::Admin);
        QVERIFY(!role.actor().isEmpty());
        QVERIFY(!role.actor().contains(u"helpdesk"_s));
        Result<bool> stored = settle(role.hasAdminPassword());
        QVERIFY_RESULT(stored);
        QVERIFY(!*stored);
    }

    void helpdeskModeNeedsAPasswordFirst()
    {
        ConsoleRole role(*m_secrets);
        QSignalSpy changed(&role, &ConsoleRole::modeChanged);
        QVERIFY_FAILS_WITH(settle(role.enterHelpdeskMode()), Error::Code::NotFound);
        QCOMPARE(role.mode(), Mode::Admin);
        QCOMPARE(changed.count(), 0);
    }

    void passwordIsKeptOnlyAsAHash()
    {
        ConsoleRole role(*m_secrets);
        QVERIFY_FAILS_WITH(settle(role.setAdminPassword({}, u"short"_s)),
                           Error::Code::InvalidInput);
        QVERIFY_RESULT(settle(role.setAdminPassword({}, u"front desk 2026"_s)));
        Result<QByteArray> record = settle(m_secrets->read(ConsoleRole::passwordKey()));
        QVERIFY_RESULT(record);
        QVERIFY(!record->contains("front desk"));
        QVERIFY(record->startsWith("pbkdf2-sha256$"));
        Result<bool> matches = AdminPassword::verify(u"front desk 2026"_s, *record);
        QVERIFY_RESULT(matches);
        QVERIFY(*matches);
        Result<bool> stored = settle(role.hasAdminPassword());
        QVERIFY_RESULT(stored);
        QVERIFY(*stored);
    }

    void wrongPasswordKeepsHelpdeskMode()
    {
        ConsoleRole role(*m_secrets);
        QVERIFY_RESULT(settle(role.setAdminPassword({}, u"front desk 2026"_s)));
        QSignalSpy changed(&role, &ConsoleRole::modeChanged);
        QVERIFY_RESULT(settle(role.enterHelpdeskMode()));
        QCOMPARE(role.mode(), Mode::Helpdesk);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Mode>(), Mode::Helpdesk);
        QVERIFY(role.actor().endsWith(u" (helpdesk)"_s));
        QVERIFY(!role.allows(Action::CancelCommand));
        QVERIFY(role.allows(Action::Lock));

        // Helpdesk staff cannot change the password that keeps them there.
        QVERIFY_FAILS_WITH(settle(role.setAdminPassword(u"front desk 2026"_s, u"mine now!"_s)),
                           Error::Code::Conflict);

        const Result<void> wrong = settle(role.leaveHelpdeskMode(u"front desk 2025"_s));
        QVERIFY_FAILS_WITH(wrong, Error::Code::InvalidInput);
        QCOMPARE(wrong.error().message, u"That is not the admin password."_s);
        QCOMPARE(role.mode(), Mode::Helpdesk);
        QCOMPARE(changed.count(), 1);

        QVERIFY_RESULT(settle(role.leaveHelpdeskMode(u"front desk 2026"_s)));
        QCOMPARE(role.mode(), Mode::Admin);
        QCOMPARE(changed.count(), 2);
        QVERIFY(role.allows(Action::CancelCommand));
    }

    void modeSurvivesARestart()
    {
        {
            ConsoleRole role(*m_secrets);
            QVERIFY_RESULT(settle(role.setAdminPassword({}, u"front desk 2026"_s)));
            QVERIFY_RESULT(settle(role.enterHelpdeskMode()));
        }
        ConsoleRole restarted(*m_secrets);
        QCOMPARE(restarted.mode(), Mode::Helpdesk);
        QVERIFY_RESULT(settle(restarted.leaveHelpdeskMode(u"front desk 2026"_s)));
        ConsoleRole again(*m_secrets);
        QCOMPARE(again.mode(), Mode::Admin);
    }

    void changingThePasswordNeedsTheCurrentOne()
    {
        ConsoleRole role(*m_secrets);
        QVERIFY_RESULT(settle(role.setAdminPassword({}, u"first password"_s)));
        QVERIFY_FAILS_WITH(settle(role.setAdminPassword(u"not it at all"_s, u"second password"_s)),
                           Error::Code::InvalidInput);
        QVERIFY_RESULT(settle(role.setAdminPassword(u"first password"_s, u"second password"_s)));
        QVERIFY_RESULT(settle(role.enterHelpdeskMode()));
        QVERIFY_FAILS_WITH(settle(role.leaveHelpdeskMode(u"first password"_s)),
                           Error::Code::InvalidInput);
        QVERIFY_RESULT(settle(role.leaveHelpdeskMode(u"second password"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_ConsoleRole)
#include "tst_ConsoleRole.moc"
