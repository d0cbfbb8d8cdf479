// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/roles/ConsoleRole.h"
#include "core/store/SecretStore.h"
#include "tests/support/ui/RecordingPrompter.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/main/AboutDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSslSocket>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

using Section = MainWindow::Section;

namespace {

// An engine host on a throwaway data folder and a window watching it; the host is not started.
struct Console
{
    explicit Console(const QString &dataDir)
        : host(EngineConfig::storeOnly(databasePath(dataDir)), clock)
        , role(secrets)
        , window(std::make_unique<MainWindow>(host, prompter, role))
    {}

    SystemClock clock;
    EngineHost host;
    // Never asked here: these tests stay in admin mode.
    SecretStore secrets;
    ConsoleRole role;
    RecordingPrompter prompter;
    std::unique_ptr<MainWindow> window;
};

template<typename T>
T *child(const QObject &parent, const QString &objectName)
{
    auto *found = parent.findChild<T *>(objectName);
    if (!found)
        qWarning("no child %s", qPrintable(objectName));
    return found;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        // QSettings and the data folder go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        setApplicationIdentity();
        // Ctrl+Q closes the last window; the real event loop would then quit, which a test
        // process running window after window must not.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        QVERIFY(m_dataDir.isValid());
    }

    void init() { QSettings().clear(); }

    void cleanup() { QSettings().clear(); }

    void sectionKeysRoundTrip()
    {
        const QStringList keys = MainWindow::sectionKeys();
        QCOMPARE(keys.size(), MainWindow::SectionCount);
        for (int i = 0; i < MainWindow::SectionCount; ++i) {
            const auto section = static_cast<Section>(i);
            QCOMPARE(MainWindow::sectionKey(section), keys.at(i));
            QCOMPARE(MainWindow::sectionFromKey(keys.at(i)), section);
        }
        QCOMPARE(MainWindow::sectionFromKey(u"Audit-Log"), Section::AuditLog);
        QCOMPARE(MainWindow::sectionFromKey(u"inbox"), std::nullopt);
        QCOMPARE(MainWindow::sectionFromKey(u""), std::nullopt);
    }

    void startsOnDevicesWithNothingSaved()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QCOMPARE(w.currentSection(), Section::Devices);
        QCOMPARE(child<QStackedWidget>(w, u"pageStackedWidget"_s)->currentWidget()->objectName(),
                 u"devicesPage"_s);
        const QList<int> sizes = child<QSplitter>(w, u"mainSplitter"_s)->sizes();
        QCOMPARE(sizes.size(), 2);
        QVERIFY2(sizes.at(0) >= 150 && sizes.at(0) < sizes.at(1),
                 qPrintable(u"sidebar %1, pages %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
    }

    void sidebarClickShowsSection_data() { sectionRows(); }

    void sidebarClickShowsSection()
    {
        QFETCH(Section, section);
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Start elsewhere, so that the click is what changes the section.
        w.showSection(section == Section::Devices ? Section::Settings : Section::Devices);

        auto *list = child<QListWidget>(w, u"sectionListWidget"_s);
        QVERIFY(list);
        QSignalSpy changed(&w, &MainWindow::sectionChanged);
        const QRect row = list->visualItemRect(list->item(static_cast<int>(section)));
        QVERIFY(!row.isEmpty());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Section>(), section);
        verifyShowing(w, section);
    }

    void shortcutShowsSection_data() { sectionRows(); }

    void shortcutShowsSection()
    {
        QFETCH(Section, section);
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showSection(section == Section::Devices ? Section::Settings : Section::Devices);

        const auto key = static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(section));
        QTest::keyClick(&w, key, Qt::ControlModifier);

        verifyShowing(w, section);
    }

    void sidebarFollowsArrowKeys()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = child<QListWidget>(w, u"sectionListWidget"_s);
        list->setFocus();

        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(w.currentSection(), Section::Enrollment);
        QTest::keyClick(list, Qt::Key_End);
        verifyShowing(w, Section::Settings);
    }

    void quitShortcutClosesAndSaves()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showSection(Section::Profiles);

        QTest::keyClick(&w, Qt::Key_Q, Qt::ControlModifier);

        QVERIFY(!w.isVisible());
        QCOMPARE(QSettings().value(u"MainWindow/section"_s).toString(), u"profiles"_s);
    }

    void windowThatNeverRestoredSavesNothing()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSection(Section::Profiles);
        w.close();
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    void reopenRestoresLayout()
    {
        QSize size;
        QList<int> sizes;
        {
            Console console(m_dataDir.path());
            MainWindow &w = *console.window;
            w.restoreLayout();
            // Inside the offscreen platform's 800×600 screen, so nothing gets clamped.
            w.resize(700, 520);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showSection(Section::Certificates);
            auto *splitter = child<QSplitter>(w, u"mainSplitter"_s);
            splitter->setSizes({260, w.width() - 260});
            sizes = splitter->sizes();
            QCOMPARE(sizes.at(0), 260);
            size = w.size();
            QCOMPARE(size, QSize(700, 520));
            w.close();
        }

        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        QCOMPARE(w.currentSection(), Section::Devices);
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), size);
        QCOMPARE(w.currentSection(), Section::Certificates);
        verifyShowing(w, Section::Certificates);
        QTRY_COMPARE(child<QSplitter>(w, u"mainSplitter"_s)->sizes(), sizes);
    }

    void unreadableSettingsKeepDefaults()
    {
        {
            QSettings settings;
            settings.setValue(u"MainWindow/geometry"_s, QByteArray("not a geometry"));
            settings.setValue(u"MainWindow/splitter"_s, QByteArray("not a splitter"));
            settings.setValue(u"MainWindow/section"_s, u"inbox"_s);
        }
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        const QSize defaultSize = w.size();
        w.restoreLayout();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), defaultSize);
        verifyShowing(w, Section::Devices);
    }

    void statusFollowsEngineToRunningAndBack()
    {
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        Console console(dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = child<QLabel>(w, u"engineStateLabel"_s);
        QVERIFY(label);
        QCOMPARE(label->text(), Engine::describe(Engine::State::Stopped));

        QSignalSpy states(&console.host, &EngineHost::stateChanged);
        console.host.start();
        QTRY_VERIFY(label->text().startsWith(Engine::describe(Engine::State::Running)));
        const QString storePath = QDir::toNativeSeparators(databasePath(dataDir.path()));
        QVERIFY2(label->text().contains(storePath), qPrintable(label->text()));
        QCOMPARE(label->toolTip(), states.last().at(1).toString());
        QVERIFY(label->toolTip().contains(storePath));
        QVERIFY(!label->font().bold());
        QVERIFY(!child<QLabel>(w, u"engineStateIconLabel"_s)->isVisibleTo(&w));

        console.host.stop();
        QTRY_COMPARE(label->text(), Engine::describe(Engine::State::Stopped));
        QVERIFY(label->toolTip().isEmpty());
    }

    void statusShowsWhyEngineFailed()
    {
        // A data folder below a plain file can never be created, whoever runs the test.
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        QFile blocker(dataDir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Console console(dataDir.filePath(u"blocker/data"_s));
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *label = child<QLabel>(w, u"engineStateLabel"_s);

        QSignalSpy states(&console.host, &EngineHost::stateChanged);
        console.host.start();
        QTRY_VERIFY(!states.isEmpty()
                    && states.last().at(0).value<Engine::State>() == Engine::State::Failed);
        const QString reason = states.last().at(1).toString();
        QVERIFY(!reason.isEmpty());

        QVERIFY(label->text().startsWith(Engine::describe(Engine::State::Failed)));
        QVERIFY2(label->text().contains(reason), qPrintable(label->text()));
        QCOMPARE(label->toolTip(), reason);
        QVERIFY(label->font().bold());
        auto *icon = child<QLabel>(w, u"engineStateIconLabel"_s);
        QVERIFY(icon->isVisibleTo(&w));
        QVERIFY(!icon->pixmap().isNull());
    }

    void aboutOpensWithoutBlockingAndCloses()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // F1 opens it; getting past this line at all shows that nothing ran a modal loop.
        QTest::keyClick(&w, Qt::Key_F1);
        QPointer<AboutDialog> dialog = w.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        QVERIFY(child<QLabel>(*dialog, u"aboutVersionLabel"_s)
                    ->text()
                    .contains(QCoreApplication::applicationVersion()));
        QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
        QVERIFY(
            child<QLabel>(*dialog, u"aboutLicenceLabel"_s)->text().contains(u"GPL-3.0-or-later"_s));
        QVERIFY(child<QLabel>(*dialog, u"aboutQtVersionLabel"_s)
                    ->text()
                    .contains(QString::fromLatin1(qVersion())));
        const QString tls = QSslSocket::sslLibraryVersionString();
        QVERIFY(!tls.isEmpty());
        QVERIFY(child<QLabel>(*dialog, u"aboutTlsVersionLabel"_s)->text().contains(tls));
        QVERIFY(!child<QLabel>(*dialog, u"aboutDescriptionLabel"_s)->text().isEmpty());

        // The Help menu reuses the open dialog instead of stacking a second one.
        child<QAction>(w, u"aboutAction"_s)->trigger();
        QCOMPARE(w.findChildren<AboutDialog *>().size(), 1);

        auto *buttons = child<QDialogButtonBox>(*dialog, u"aboutButtonBox"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(w.isVisible());
    }

    void germanTranslationChangesVisibleText()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = child<QListWidget>(w, u"sectionListWidget"_s);
        auto *fileMenu = child<QMenu>(w, u"fileMenu"_s);
        auto *emptyState = child<QWidget>(w, u"devicesPage"_s)->findChild<EmptyStateWidget *>();
        auto *engineLabel = child<QLabel>(w, u"engineStateLabel"_s);
        QCOMPARE(list->item(0)->text(), u"Devices"_s);
        const QString englishTitle = emptyState->title();
        const QString englishState = engineLabel->text();

        // The same catalogue main() loads for a German locale.
        QTranslator german;
        QVERIFY(german.load(u":/i18n/espalier_de"_s));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QTRY_COMPARE(list->item(0)->text(), u"Geräte"_s);
        QCOMPARE(list->item(static_cast<int>(Section::AuditLog))->text(), u"Protokoll"_s);
        QCOMPARE(fileMenu->title(), u"&Datei"_s);
        QCOMPARE(w.windowTitle(), u"Geräte"_s);
        QCOMPARE(emptyState->title(), u"Noch keine Geräte"_s);
        QVERIFY(engineLabel->text() != englishState);
        QCOMPARE(engineLabel->text(), Engine::describe(Engine::State::Stopped));

        QVERIFY(QCoreApplication::removeTranslator(&german));
        QTRY_COMPARE(list->item(0)->text(), u"Devices"_s);
        QCOMPARE(emptyState->title(), englishTitle);
        QCOMPARE(engineLabel->text(), englishState);
    }

    void errorsReachThePrompterOrStatusBar()
    {
        Console console(m_dataDir.path());
        MainWindow &w = *console.window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        const Error blocking{Error::Code::Io, u"The export could not be written."_s, u"ENOSPC"_s};
        w.errorPresenter().showBlocking(u"Cannot Export"_s, blocking);
        QCOMPARE(console.prompter.errors.size(), 1);
        const RecordingPrompter::ShownError &shown = console.prompter.errors.first();
        QCOMPARE(shown.parent, &w);
        QCOMPARE(shown.title, u"Cannot Export"_s);
        QCOMPARE(shown.text, blocking.message);
        QCOMPARE(shown.detail, blocking.detail);

        const Error passing{Error::Code::Network, u"The device list is out of date."_s, {}};
        w.errorPresenter().showPassing(passing);
        QCOMPARE(w.statusBar()->currentMessage(), passing.message);
        QCOMPARE(console.prompter.errors.size(), 1);
    }

private:
    static void sectionRows()
    {
        QTest::addColumn<Section>("section");
        QTest::addColumn<QString>("pageName");
        QTest::addColumn<QString>("emptyTitle");
        QTest::newRow("devices") << Section::Devices << u"devicesPage"_s << u"No devices yet"_s;
        QTest::newRow("enrollment")
            << Section::Enrollment << u"enrollmentPage"_s << u"No enrollment links yet"_s;
        QTest::newRow("commands") << Section::Commands << u"commandsPage"_s << u"No commands yet"_s;
        QTest::newRow("profiles") << Section::Profiles << u"profilesPage"_s
                                  << u"No configuration profiles yet"_s;
        QTest::newRow("certificates")
            << Section::Certificates << u"certificatesPage"_s << u"No certificates yet"_s;
        QTest::newRow("audit-log")
            << Section::AuditLog << u"auditLogPage"_s << u"Nothing recorded yet"_s;
        QTest::newRow("settings") << Section::Settings << u"settingsPage"_s << QString();
    }

    // The section is current everywhere it shows: sidebar, View menu, page, empty state, title.
    static void verifyShowing(const MainWindow &w, Section section)
    {
        const int index = static_cast<int>(section);
        QCOMPARE(w.currentSection(), section);
        auto *list = child<QListWidget>(w, u"sectionListWidget"_s);
        QCOMPARE(list->currentRow(), index);
        const QString sectionName = list->item(index)->text();
        QCOMPARE(w.windowTitle(), sectionName);

        const auto *action = child<QAction>(
            w, MainWindow::sectionKey(section).replace(u"-log"_s, u"Log"_s) + u"SectionAction"_s);
        QVERIFY(action);
        QVERIFY(action->isChecked());
        QCOMPARE(action->text(), sectionName);

        auto *pages = child<QStackedWidget>(w, u"pageStackedWidget"_s);
        QWidget *page = pages->currentWidget();
        for (int i = 0; i < pages->count(); ++i)
            QCOMPARE(pages->widget(i)->isVisible(), i == index);
        // Settings is a form from the start; every other page opens on its empty state.
        auto *emptyState = page->findChild<EmptyStateWidget *>();
        if (section == Section::Settings) {
            QVERIFY(page->findChild<QWidget *>(u"publicUrlLineEdit"_s));
        } else {
            QVERIFY(emptyState);
            QVERIFY(emptyState->isVisible());
            QVERIFY(!emptyState->text().isEmpty());
        }

        // Only a data-driven caller knows the expected names; the others pass no data.
        if (QTest::currentDataTag()) {
            QFETCH(QString, pageName);
            QFETCH(QString, emptyTitle);
            QCOMPARE(page->objectName(), pageName);
            if (emptyState)
                QCOMPARE(emptyState->title(), emptyTitle);
        }
    }

    QTemporaryDir m_dataDir;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
