// SPDX-License-Identifier: GPL-3.0-or-later
// Helpdesk mode through the console's own menu and dialogs, with the admin password in a real
// keyring: the first switch asks for a password, helpdesk mode hides the admin sections, a wrong
// password is refused, the right one restores everything, and the mode survives a restart.
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/main/MainWindow.h"
#include "ui/roles/AdminPasswordDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

using Section = MainWindow::Section;

namespace {

constexpr int TimeoutMs = 30000;
const QString s_password = u"front desk 2026"_s;

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

// The console as main() builds it, on a store the (never started) engine would open.
struct Console
{
    Console(const QString &dataDir, SecretStore &secrets)
        : host(EngineConfig::storeOnly(databasePath(dataDir)), clock)
        , role(secrets)
        , window(std::make_unique<MainWindow>(host, prompter, role))
    {}

    SystemClock clock;
    EngineHost host;
    ConsoleRole role;
    RecordingPrompter prompter;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class tst_RoleSwitcher : public QObject
{
    Q_OBJECT

private:
    static AdminPasswordDialog *openDialog(const MainWindow &window)
    {
        AdminPasswordDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = window.findChild<AdminPasswordDialog *>();
                    return dialog && dialog->isVisible();
                },
                TimeoutMs)) {
            return nullptr;
        }
        return dialog;
    }

    static void submit(AdminPasswordDialog &dialog, const QList<QPair<QString, QString>> &fields)
    {
        for (const auto &[name, text] : fields) {
            auto *edit = child<QLineEdit>(dialog, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
        QTest::mouseClick(child<QDialogButtonBox>(dialog, u"adminPasswordButtonBox"_s)
                              ->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    static void verifyHelpdesk(const MainWindow &w, bool helpdesk)
    {
        auto *list = child<QListWidget>(w, u"sectionListWidget"_s);
        for (Section section :
             {Section::Enrollment, Section::Profiles, Section::Certificates, Section::Settings}) {
            QCOMPARE(list->isRowHidden(int(section)), helpdesk);
            QCOMPARE(w.isSectionAvailable(section), !helpdesk);
        }
        for (Section section : {Section::Devices, Section::Commands, Section::AuditLog}) {
            QVERIFY(!list->isRowHidden(int(section)));
            QVERIFY(w.isSectionAvailable(section));
        }
        QCOMPARE(child<QAction>(w, u"profilesSectionAction"_s)->isVisible(), !helpdesk);
        QCOMPARE(child<QAction>(w, u"settingsSectionAction"_s)->isVisible(), !helpdesk);
        QCOMPARE(child<QLabel>(w, u"helpdeskModeLabel"_s)->isVisibleTo(&w), helpdesk);
        QCOMPARE(child<QAction>(w, u"adminPasswordAction"_s)->isEnabled(), !helpdesk);
        const QString switchText = child<QAction>(w, u"helpdeskModeAction"_s)->text();
        QVERIFY2(switchText.startsWith(helpdesk ? u"Leave"_s : u"Switch"_s),
                 qPrintable(switchText));
    }

    QTemporaryDir m_dataDir;
    std::unique_ptr<SecretStore> m_secrets;

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dataDir.isValid());
        QSettings().clear();
        m_secrets = std::make_unique<SecretStore>(
            u"Espalier-tst_RoleSwitcher-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        if (m_secrets) {
            QFuture<Result<void>> removed = m_secrets->remove(ConsoleRole::passwordKey());
            QVERIFY(QTest::qWaitFor([&removed] { return removed.isFinished(); }, TimeoutMs));
        }
    }

    void firstSwitchSetsAPasswordAndHidesAdminSections()
    {
        Console console(m_dataDir.path(), *m_secrets);
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        verifyHelpdesk(w, false);
        w.showSection(Section::Settings);
        QCOMPARE(w.currentSection(), Section::Settings);

        QTest::keyClick(&w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        AdminPasswordDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->purpose(), AdminPasswordDialog::Purpose::Create);

        // The dialog itself catches what it can see.
        submit(*dialog,
               {{u"newPasswordLineEdit"_s, s_password},
                {u"repeatPasswordLineEdit"_s, u"front desk 2025"_s}});
        auto *error = child<QLabel>(*dialog, u"adminPasswordErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"differ"_s), qPrintable(error->text()));
        QVERIFY(!console.role.isHelpdesk());

        QPointer<AdminPasswordDialog> guard(dialog);
        submit(*dialog,
               {{u"newPasswordLineEdit"_s, s_password}, {u"repeatPasswordLineEdit"_s, s_password}});
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), TimeoutMs);
        QVERIFY(console.role.isHelpdesk());
        verifyHelpdesk(w, true);
        // The hidden section the admin was on gave way to Devices, and stays out of reach.
        QCOMPARE(w.currentSection(), Section::Devices);
        w.showSection(Section::Profiles);
        QCOMPARE(w.currentSection(), Section::Devices);
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(w.currentSection(), Section::Devices);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.currentSection(), Section::AuditLog);
        QVERIFY(console.prompter.errors.isEmpty());
    }

    void wrongPasswordIsRefusedAndTheRightOneRestores()
    {
        Console console(m_dataDir.path(), *m_secrets);
        MainWindow &w = *console.window;
        QVERIFY(console.role.isHelpdesk());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        verifyHelpdesk(w, true);

        child<QAction>(w, u"helpdeskModeAction"_s)->trigger();
        AdminPasswordDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->purpose(), AdminPasswordDialog::Purpose::Unlock);
        submit(*dialog, {{u"currentPasswordLineEdit"_s, u"front desk 2025"_s}});
        auto *error = child<QLabel>(*dialog, u"adminPasswordErrorLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TimeoutMs);
        QCOMPARE(error->text(), u"That is not the admin password."_s);
        QVERIFY(dialog->isVisible());
        QVERIFY(child<QLineEdit>(*dialog, u"currentPasswordLineEdit"_s)->text().isEmpty());
        QVERIFY(console.role.isHelpdesk());
        verifyHelpdesk(w, true);

        QPointer<AdminPasswordDialog> guard(dialog);
        submit(*dialog, {{u"currentPasswordLineEdit"_s, s_password}});
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), TimeoutMs);
        QVERIFY(!console.role.isHelpdesk());
        verifyHelpdesk(w, false);
        w.showSection(Section::Profiles);
        QCOMPARE(w.currentSection(), Section::Profiles);
    }

    void helpdeskModeSurvivesARestart()
    {
        {
            Console console(m_dataDir.path(), *m_secrets);
            MainWindow &w = *console.window;
            w.restoreLayout();
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showSection(Section::Certificates);
            // A password exists now: switching asks for nothing.
            QSignalSpy changed(&console.role, &ConsoleRole::modeChanged);
            child<QAction>(w, u"helpdeskModeAction"_s)->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, TimeoutMs);
            QVERIFY(!w.findChild<AdminPasswordDialog *>());
            QCOMPARE(w.currentSection(), Section::Devices);
            w.showSection(Section::AuditLog);
            w.close();
        }
        {
            QSettings settings;
            settings.setValue(u"MainWindow/section"_s, u"settings"_s);
        }
        Console console(m_dataDir.path(), *m_secrets);
        MainWindow &w = *console.window;
        QVERIFY(console.role.isHelpdesk());
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        verifyHelpdesk(w, true);
        // The remembered section is an admin one: the console opens on Devices instead.
        QCOMPARE(w.currentSection(), Section::Devices);

        child<QAction>(w, u"helpdeskModeAction"_s)->trigger();
        AdminPasswordDialog *dialog = openDialog(w);
        QVERIFY(dialog);
        QPointer<AdminPasswordDialog> guard(dialog);
        submit(*dialog, {{u"currentPasswordLineEdit"_s, s_password}});
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), TimeoutMs);
        verifyHelpdesk(w, false);
        w.close();
    }
};

QTEST_MAIN(tst_RoleSwitcher)
#include "tst_RoleSwitcher.moc"
