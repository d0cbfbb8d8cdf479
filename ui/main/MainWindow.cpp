// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "core/certificates/CertificateService.h"
#include "core/common/Clock.h"
#include "core/engine/EngineHost.h"
#include "core/roles/ConsoleRole.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/backup/BackupDialog.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/certificates/CertificatesPage.h"
#include "ui/certificates/PushExpiryBanner.h"
#include "ui/commands/CommandsPage.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/devices/DevicesPage.h"
#include "ui/enrollment/EnrollmentPage.h"
#include "ui/main/AboutDialog.h"
#include "ui/main/EngineStateIndicator.h"
#include "ui/profiles/ProfilesPage.h"
#include "ui/roles/RoleSwitcher.h"
#include "ui/settings/SettingsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

struct SectionInfo
{
    MainWindow::Section section = MainWindow::Section::Devices;
    // The stable key, which also names the section's symbol in resources/icons/sections.
    QStringView key;
    // objectName stem for the section's View menu action.
    QStringView actionName;
};

constexpr std::array<SectionInfo, MainWindow::SectionCount> s_sections{{
    {MainWindow::Section::Devices, u"devices", u"devicesSectionAction"},
    {MainWindow::Section::Enrollment, u"enrollment", u"enrollmentSectionAction"},
    {MainWindow::Section::Commands, u"commands", u"commandsSectionAction"},
    {MainWindow::Section::Profiles, u"profiles", u"profilesSectionAction"},
    {MainWindow::Section::Certificates, u"certificates", u"certificatesSectionAction"},
    {MainWindow::Section::AuditLog, u"audit-log", u"auditLogSectionAction"},
    {MainWindow::Section::Settings, u"settings", u"settingsSectionAction"},
}};

const SectionInfo &infoFor(MainWindow::Section section)
{
    const auto index = static_cast<std::size_t>(section);
    Q_ASSERT(index < s_sections.size() && s_sections[index].section == section);
    return s_sections[index];
}

constexpr auto s_settingsGroup = "MainWindow"_L1;
constexpr auto s_geometryKey = "geometry"_L1;
constexpr auto s_windowStateKey = "windowState"_L1;
constexpr auto s_splitterKey = "splitter"_L1;
constexpr auto s_sectionKey = "section"_L1;

constexpr int s_sidebarWidth = 210;
constexpr QSize s_defaultSize(1100, 720);

} // namespace

MainWindow::MainWindow(EngineHost &engineHost,
                       Prompter &prompter,
                       ConsoleRole &role,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_role(role)
    , m_errorPresenter(new ErrorPresenter(prompter, statusBar(), this, this))
    , m_engineState(new EngineStateIndicator(this))
{
    setObjectName(u"mainWindow"_s);
    statusBar()->setObjectName(u"mainStatusBar"_s);
    m_helpdeskLabel = new QLabel(this);
    m_helpdeskLabel->setObjectName(u"helpdeskModeLabel"_s);
    QFont bold = m_helpdeskLabel->font();
    bold.setBold(true);
    m_helpdeskLabel->setFont(bold);
    statusBar()->addPermanentWidget(m_helpdeskLabel);
    statusBar()->addPermanentWidget(m_engineState);
    m_roleSwitcher = new RoleSwitcher(role, *m_errorPresenter, this, this);

    createPages(engineHost, prompter);
    QWidget *sidebar = createSidebar();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The push certificate's expiry banner sits above sidebar and pages alike.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_pushExpiryBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    retranslate();
    applyDefaultGeometry();

    // Queued from the engine thread by EngineHost; arrives here on the UI thread.
    connect(
        &engineHost, &EngineHost::stateChanged, m_engineState, &EngineStateIndicator::showState);

    // Section::Devices is already m_currentSection, so set the widgets up without a signal.
    m_sectionList->setCurrentRow(static_cast<int>(m_currentSection));
    m_pages->setCurrentIndex(static_cast<int>(m_currentSection));
    m_sectionActions->actions().at(static_cast<int>(m_currentSection))->setChecked(true);

    connect(&m_role, &ConsoleRole::modeChanged, this, &MainWindow::applyRole);
    applyRole();
}

MainWindow::~MainWindow() = default;

QString MainWindow::sectionKey(Section section)
{
    return infoFor(section).key.toString();
}

bool MainWindow::isSectionAvailable(Section section) const
{
    switch (section) {
    case Section::Enrollment:
        return m_role.allows(ConsoleRole::Action::EnrollDevices);
    case Section::Profiles:
        return m_role.allows(ConsoleRole::Action::ManageProfiles);
    case Section::Certificates:
        return m_role.allows(ConsoleRole::Action::ManageCertificates);
    case Section::Settings:
        return m_role.allows(ConsoleRole::Action::ChangeSettings);
    case Section::Devices:
    case Section::Commands:
    case Section::AuditLog:
        break;
    }
    return true;
}

std::optional<MainWindow::Section> MainWindow::sectionFromKey(QStringView key)
{
    for (const SectionInfo &info : s_sections) {
        if (info.key.compare(key, Qt::CaseInsensitive) == 0)
            return info.section;
    }
    return std::nullopt;
}

QStringList MainWindow::sectionKeys()
{
    QStringList keys;
    for (const SectionInfo &info : s_sections)
        keys.append(info.key.toString());
    return keys;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(s_settingsGroup);
    // Each restore keeps the defaults when there is nothing saved or the data is unreadable.
    restoreGeometry(settings.value(s_geometryKey).toByteArray());
    restoreState(settings.value(s_windowStateKey).toByteArray());
    m_splitter->restoreState(settings.value(s_splitterKey).toByteArray());
    if (const auto section = sectionFromKey(settings.value(s_sectionKey).toString())) {
        showSection(*section);
    }
    settings.endGroup();
    m_commandsPage->restoreLayout();
    m_auditLogPage->restoreLayout();
    m_remembersLayout = true;
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(s_settingsGroup);
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_windowStateKey, saveState());
    settings.setValue(s_splitterKey, m_splitter->saveState());
    settings.setValue(s_sectionKey, sectionKey(m_currentSection));
    settings.endGroup();
    m_commandsPage->saveLayout();
    m_auditLogPage->saveLayout();
}

void MainWindow::showSection(Section section)
{
    const int index = static_cast<int>(section);
    if (index < 0 || index >= SectionCount || !isSectionAvailable(section))
        return;
    const bool changed = section != m_currentSection;
    m_currentSection = section;
    {
        // The sidebar reports its own row changes back here; the change already happened.
        const QSignalBlocker blocker(m_sectionList);
        m_sectionList->setCurrentRow(index);
    }
    m_pages->setCurrentIndex(index);
    m_sectionActions->actions().at(index)->setChecked(true);
    setWindowTitle(sectionTitle(section));
    if (changed)
        Q_EMIT sectionChanged(section);
}

void MainWindow::showAbout()
{
    if (!m_aboutDialog) {
        m_aboutDialog = new AboutDialog(this);
        m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_aboutDialog->open();
    m_aboutDialog->raise();
    m_aboutDialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersLayout)
        saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createPages(EngineHost &engineHost, Prompter &prompter)
{
    // Built before the engine thread starts, as the pages need.
    Engine &engine = *engineHost.engine();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pageStackedWidget"_s);
    // Pages sit on the base colour, the sidebar on the window colour: the change of tone is the
    // divider, so neither needs a frame.
    m_pages->setAutoFillBackground(true);
    m_pages->setBackgroundRole(QPalette::Base);
    // In Section order.
    m_pages->addWidget(new DevicesPage(engineHost, prompter, *m_errorPresenter, &m_role, m_pages));
    m_pages->addWidget(new EnrollmentPage(engine, m_role, prompter, *m_errorPresenter, m_pages));
    m_commandsPage = new CommandsPage(engine, m_role, prompter, *m_errorPresenter, m_pages);
    m_pages->addWidget(m_commandsPage);
    auto *profilesPage = new ProfilesPage(engineHost, prompter, *m_errorPresenter, m_pages);
    // Profiles are an admin's work; the audit log names the console's actor.
    profilesPage->setActor(m_role.actor());
    connect(&m_role, &ConsoleRole::modeChanged, profilesPage, [this, profilesPage] {
        profilesPage->setActor(m_role.actor());
    });
    m_pages->addWidget(profilesPage);
    static const SystemClock s_clock;
    auto *certificateService = new CertificateService(engine, this);
    auto *certificatesPage = new CertificatesPage(
        *certificateService, prompter, *m_errorPresenter, s_clock, m_pages);
    m_pages->addWidget(certificatesPage);
    m_pushExpiryBanner = new PushExpiryBanner(*certificateService, s_clock, this);
    connect(m_pushExpiryBanner, &PushExpiryBanner::renewRequested, this, [this, certificatesPage] {
        if (!isSectionAvailable(Section::Certificates))
            return;
        showSection(Section::Certificates);
        certificatesPage->openPushWizard();
    });
    m_auditLogPage = new AuditLogPage(engine, prompter, *m_errorPresenter, m_pages);
    m_pages->addWidget(m_auditLogPage);
    m_settingsPage = new SettingsPage(engineHost, prompter, s_clock, m_pages);
    m_pages->addWidget(m_settingsPage);
    connect(m_settingsPage,
            &SettingsPage::pushCertificateSetupRequested,
            this,
            [this, certificatesPage] {
                if (!isSectionAvailable(Section::Certificates))
                    return;
                showSection(Section::Certificates);
                certificatesPage->openPushWizard();
            });
    connect(m_settingsPage, &SettingsPage::backupRequested, this, [this, &engine, &prompter] {
        auto *dialog = new BackupDialog(engine, prompter, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_settingsPage, &SettingsPage::restoreRequested, this, [this, &engine, &prompter] {
        auto *dialog = new RestoreDialog(engine, prompter, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    Q_ASSERT(m_pages->count() == SectionCount);
}

QWidget *MainWindow::createSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(u"sidebarWidget"_s);
    sidebar->setMinimumWidth(150);

    m_sectionList = new QListWidget(sidebar);
    m_sectionList->setObjectName(u"sectionListWidget"_s);
    m_sectionList->setFrameShape(QFrame::NoFrame);
    m_sectionList->viewport()->setBackgroundRole(QPalette::Window);
    m_sectionList->setIconSize(QSize(20, 20));
    m_sectionList->setUniformItemSizes(true);
    m_sectionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setTextElideMode(Qt::ElideRight);
    m_sectionList->setSpacing(1);

    auto *layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(8, 10, 8, 10);
    layout->addWidget(m_sectionList);

    const int rowHeight = fontMetrics().height() + 14;
    for (const SectionInfo &info : s_sections) {
        auto *item = new QListWidgetItem(Icons::symbol(info.key.toString()), {}, m_sectionList);
        item->setData(Qt::UserRole, static_cast<int>(info.section));
        item->setSizeHint(QSize(0, rowHeight));
    }

    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < SectionCount)
            showSection(static_cast<Section>(row));
    });
    return sidebar;
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), {}, this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Closing the last window quits, and closing is what saves the layout.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_sectionActions = new QActionGroup(this);
    m_sectionActions->setExclusive(true);
    for (const SectionInfo &info : s_sections) {
        auto *action = new QAction(Icons::symbol(info.key.toString()), {}, m_sectionActions);
        action->setObjectName(info.actionName.toString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(
            Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(info.section))));
        const Section section = info.section;
        connect(action, &QAction::triggered, this, [this, section] { showSection(section); });
    }

    m_aboutAction = new QAction(Icons::application(), {}, this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [] { QApplication::aboutQt(); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_fileMenu->addAction(m_roleSwitcher->helpdeskModeAction());
    m_fileMenu->addAction(m_roleSwitcher->adminPasswordAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions(m_sectionActions->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(u"helpMenu"_s);
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Espalier"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_sectionList->setAccessibleName(tr("Sections"));
    m_roleSwitcher->retranslate();
    m_helpdeskLabel->setText(tr("Helpdesk mode"));
    m_helpdeskLabel->setToolTip(tr("Only lock, wipe, Lost Mode, restart and refresh are "
                                   "available. File › Leave Helpdesk Mode asks for the admin "
                                   "password."));

    const QList<QAction *> actions = m_sectionActions->actions();
    for (const SectionInfo &info : s_sections) {
        const int index = static_cast<int>(info.section);
        m_sectionList->item(index)->setText(sectionTitle(info.section));
        actions.at(index)->setText(sectionTitle(info.section));
    }
    setWindowTitle(sectionTitle(m_currentSection));
}

void MainWindow::applyRole()
{
    const QList<QAction *> actions = m_sectionActions->actions();
    for (const SectionInfo &info : s_sections) {
        const int index = static_cast<int>(info.section);
        const bool available = isSectionAvailable(info.section);
        m_sectionList->setRowHidden(index, !available);
        actions.at(index)->setVisible(available);
        actions.at(index)->setEnabled(available);
    }
    if (!isSectionAvailable(m_currentSection))
        showSection(Section::Devices);
    m_helpdeskLabel->setVisible(m_role.isHelpdesk());
}

void MainWindow::applyDefaultGeometry()
{
    // The first start: a comfortable size that still fits a small laptop screen.
    QSize size = s_defaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
    m_splitter->setSizes({s_sidebarWidth, size.width() - s_sidebarWidth});
}

QString MainWindow::sectionTitle(Section section)
{
    switch (section) {
    case Section::Devices:
        return tr("Devices");
    case Section::Enrollment:
        return tr("Enrollment");
    case Section::Commands:
        return tr("Commands");
    case Section::Profiles:
        return tr("Profiles");
    case Section::Certificates:
        return tr("Certificates");
    case Section::AuditLog:
        return tr("Audit log");
    case Section::Settings:
        return tr("Settings");
    }
    return {};
}

} // namespace Espalier
