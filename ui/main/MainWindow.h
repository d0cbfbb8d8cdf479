// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace Espalier {

class AboutDialog;
class AuditLogPage;
class CommandsPage;
class ConsoleRole;
class EngineHost;
class EngineStateIndicator;
class ErrorPresenter;
class Prompter;
class PushExpiryBanner;
class RoleSwitcher;
class SettingsPage;

// The console's frame: a sidebar of sections beside their pages, the menus, and a status bar
// that follows the engine. Lives on the UI thread and sees the engine only through
// EngineHost::stateChanged, so it must exist before the host is started to hear the first state.
// In helpdesk mode (ConsoleRole) the sections an admin alone may use are hidden.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // In sidebar order; the value is the sidebar row and the page index.
    enum class Section {
        Devices,
        Enrollment,
        Commands,
        Profiles,
        Certificates,
        AuditLog,
        Settings,
    };
    Q_ENUM(Section)
    static constexpr int SectionCount = 7;

    // engineHost, prompter and role outlive the window.
    MainWindow(EngineHost &engineHost,
               Prompter &prompter,
               ConsoleRole &role,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] Section currentSection() const { return m_currentSection; }

    [[nodiscard]] ErrorPresenter &errorPresenter() const { return *m_errorPresenter; }

    [[nodiscard]] SettingsPage *settingsPage() const { return m_settingsPage; }

    // False for Enrollment, Profiles, Certificates and Settings in helpdesk mode; showSection()
    // ignores a section that is not available.
    [[nodiscard]] bool isSectionAvailable(Section section) const;

    // Stable, untranslated names for the settings file and the command line: "devices",
    // "enrollment", "commands", "profiles", "certificates", "audit-log", "settings".
    [[nodiscard]] static QString sectionKey(Section section);
    [[nodiscard]] static std::optional<Section> sectionFromKey(QStringView key);
    [[nodiscard]] static QStringList sectionKeys();

    // Restores geometry, window state, sidebar width and section from QSettings, and from then on
    // writes them back when the window closes. Call before show(). A window that never restored
    // (a screenshot run) leaves the admin's settings alone.
    void restoreLayout();
    void saveLayout() const;

Q_SIGNALS:
    void sectionChanged(Espalier::MainWindow::Section section);

public Q_SLOTS:
    void showSection(Espalier::MainWindow::Section section);
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPages(EngineHost &engineHost, Prompter &prompter);
    void applyRole();
    [[nodiscard]] QWidget *createSidebar();
    void createActions();
    void createMenus();
    void retranslate();
    void applyDefaultGeometry();
    [[nodiscard]] static QString sectionTitle(Section section);

    ConsoleRole &m_role;
    ErrorPresenter *m_errorPresenter = nullptr;
    RoleSwitcher *m_roleSwitcher = nullptr;
    CommandsPage *m_commandsPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    PushExpiryBanner *m_pushExpiryBanner = nullptr;
    QLabel *m_helpdeskLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_sectionList = nullptr;
    QStackedWidget *m_pages = nullptr;
    EngineStateIndicator *m_engineState = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_sectionActions = nullptr;

    QPointer<AboutDialog> m_aboutDialog;
    Section m_currentSection = Section::Devices;
    bool m_remembersLayout = false;
};

} // namespace Espalier
