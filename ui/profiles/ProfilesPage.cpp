// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfilesPage.h"

#include "core/common/AppIdentity.h"
#include "core/devices/FutureWatch.h"
#include "core/engine/Engine.h"
#include "core/engine/EngineHost.h"
#include "core/profiles/MobileConfig.h"
#include "core/profiles/PayloadSchemaRegistry.h"
#include "core/profiles/ProfileAssignmentModel.h"
#include "core/profiles/ProfileExport.h"
#include "core/profiles/ProfileLibrary.h"
#include "core/profiles/ProfileTableModel.h"
#include "core/profiles/ProfileTemplates.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompter.h"
#include "ui/profiles/ProfileDevicesDialog.h"
#include "ui/profiles/ProfileEditorDialog.h"
#include "ui/profiles/ProfileExportDialog.h"
#include "ui/profiles/ProfileImportDialog.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const QString splitterKey = u"Profiles/splitter"_s;
const QString headerKey = u"Profiles/header"_s;
const QString schemaFolderKey = u"Profiles/schemaFolder"_s;
const QString statusHeaderKey = u"Profiles/statusHeader"_s;

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QTableView *tableView(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    return view;
}

} // namespace

ProfilesPage::ProfilesPage(EngineHost &engineHost,
                           Prompter &prompter,
                           ErrorPresenter &errors,
                           QWidget *parent)
    : QWidget(parent)
    , m_engine(engineHost.engine())
    , m_databasePath(m_engine ? m_engine->config().databasePath : QString())
    , m_prompter(prompter)
    , m_errors(errors)
    , m_actor(systemAccountName())
    , m_model(new ProfileTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_statusModel(new ProfileAssignmentModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyStateWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(tableView(this))
    , m_statusTable(tableView(this))
    , m_statusTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"profilesPage"_s);
    m_model->setObjectName(u"profileTableModel"_s);
    m_statusModel->setObjectName(u"profileStatusModel"_s);
    m_table->setObjectName(u"profileTable"_s);
    m_statusTable->setObjectName(u"profileStatusTable"_s);
    m_message->setObjectName(u"messageLabel"_s);
    m_progress->setObjectName(u"progressBar"_s);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProfileTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->sortByColumn(ProfileTableModel::NameColumn, Qt::AscendingOrder);
    auto *statusProxy = new QSortFilterProxyModel(this);
    statusProxy->setSourceModel(m_statusModel);
    statusProxy->setSortRole(ProfileAssignmentModel::SortRole);
    m_statusTable->setModel(statusProxy);
    m_statusTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_statusTable->sortByColumn(ProfileAssignmentModel::DeviceColumn, Qt::AscendingOrder);

    const auto action = [this](const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction);
    connect(m_newAction, &QAction::triggered, this, [this] { newProfile(blankDocument()); });
    m_editAction = action(QKeySequence(Qt::CTRL | Qt::Key_E), &ProfilesPage::editSelected);
    m_importAction = action(QKeySequence::Open, &ProfilesPage::importProfile);
    m_exportAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                            &ProfilesPage::exportSelected);
    m_installAction = action(QKeySequence(Qt::CTRL | Qt::Key_I), &ProfilesPage::installOnDevices);
    m_removeAction = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &ProfilesPage::removeFromDevices);
    m_deleteAction = action(QKeySequence::Delete, &ProfilesPage::deleteSelected);
    m_schemaFolderAction = new QAction(this);
    m_schemaFolderAction->setObjectName(u"schemaFolderAction"_s);
    connect(m_schemaFolderAction, &QAction::triggered, this, &ProfilesPage::chooseSchemaFolder);

    m_newButton = toolButton(m_newAction, this);
    m_newButton->setObjectName(u"newButton"_s);
    m_newButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *templates = new QMenu(m_newButton);
    templates->setObjectName(u"templateMenu"_s);
    for (const ProfileTemplates::Kind kind : ProfileTemplates::all()) {
        QAction *fromTemplate = templates->addAction(ProfileTemplates::title(kind));
        fromTemplate->setToolTip(ProfileTemplates::description(kind));
        fromTemplate->setData(int(kind));
        connect(fromTemplate, &QAction::triggered, this, [this, kind] {
            newProfile(ProfileTemplates::create(kind));
        });
    }
    m_newButton->setMenu(templates);

    // A tool bar folds what doesn't fit into its extension menu, so the page stays narrow.
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"profilesToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addWidget(m_newButton);
    for (auto [a, name] : {std::pair{m_editAction, u"editButton"_s},
                           std::pair{m_importAction, u"importButton"_s},
                           std::pair{m_exportAction, u"exportButton"_s},
                           std::pair{m_installAction, u"installButton"_s},
                           std::pair{m_removeAction, u"removeButton"_s},
                           std::pair{m_deleteAction, u"deleteButton"_s},
                           std::pair{m_schemaFolderAction, u"schemaFolderButton"_s}}) {
        toolBar->addAction(a);
        toolBar->widgetForAction(a)->setObjectName(name);
    }
    // Long messages are cut, never widen the window.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *bar = new QHBoxLayout;
    bar->addWidget(toolBar, 1);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    bar->addWidget(m_message);
    bar->addWidget(m_progress);

    auto *statusPane = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(statusPane);
    statusLayout->setContentsMargins(0, 6, 0, 0);
    statusLayout->addWidget(m_statusTitle);
    statusLayout->addWidget(m_statusTable);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(statusPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_emptyState->setIcon(Icons::symbol(u"profiles"_s));
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_splitter);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    const QSettings settings;
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    // Sized to their contents once, unless the admin's own layout was kept.
    m_columnsSized = m_table->horizontalHeader()->restoreState(
        settings.value(headerKey).toByteArray());
    m_statusColumnsSized = m_statusTable->horizontalHeader()->restoreState(
        settings.value(statusHeaderKey).toByteArray());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        refreshStatus();
    });
    connect(m_table, &QTableView::doubleClicked, this, &ProfilesPage::editSelected);
    if (m_engine) {
        connect(m_engine, &Engine::profilesChanged, this, &ProfilesPage::refresh);
        connect(m_engine, &Engine::stateChanged, this, [this](Engine::State state) {
            if (state == Engine::State::Running)
                refresh();
        });
    }
    retranslate();
    updateActions();
    refresh();
}

ProfilesPage::~ProfilesPage()
{
    QSettings settings;
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(headerKey, m_table->horizontalHeader()->saveState());
    settings.setValue(statusHeaderKey, m_statusTable->horizontalHeader()->saveState());
}

void ProfilesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfilesPage::retranslate()
{
    m_emptyState->setTitle(tr("No configuration profiles yet"));
    m_emptyState->setText(tr("Create a profile from a template with New, or bring in a "
                             ".mobileconfig file with Import."));
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("A new blank profile; the arrow offers templates (%1)")
                                .arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("Edit…"));
    m_importAction->setText(tr("Import…"));
    m_exportAction->setText(tr("Export…"));
    m_installAction->setText(tr("Install on Devices…"));
    m_removeAction->setText(tr("Remove from Devices…"));
    m_deleteAction->setText(tr("Delete"));
    m_schemaFolderAction->setText(tr("Schema Folder…"));
    m_schemaFolderAction->setToolTip(
        tr("Add a folder of payload schemas, such as a copy of Apple's device-management "
           "repository, to the editor."));
    updateActions();
}

QString ProfilesPage::selectedProfileId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(ProfileTableModel::ProfileIdRole).toString();
}

const ProfileRecord *ProfilesPage::selectedProfile() const
{
    const int row = m_model->rowOf(selectedProfileId());
    return row < 0 ? nullptr : &m_model->profiles().at(row);
}

void ProfilesPage::selectProfile(const QString &profileId)
{
    const int row = m_model->rowOf(profileId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ProfilesPage::updateActions()
{
    const bool selected = selectedProfile() != nullptr;
    const bool engine = m_engine != nullptr;
    m_newAction->setEnabled(engine && !m_busy);
    m_newButton->setEnabled(engine && !m_busy);
    m_importAction->setEnabled(engine && !m_busy);
    m_editAction->setEnabled(engine && selected && !m_busy);
    m_exportAction->setEnabled(selected && !m_busy);
    m_installAction->setEnabled(engine && selected && !m_busy);
    m_removeAction->setEnabled(engine && selected && !m_busy);
    m_deleteAction->setEnabled(engine && selected && !m_busy);
    if (const ProfileRecord *profile = selectedProfile())
        m_statusTitle->setText(tr("Devices with “%1”").arg(profile->displayName));
    else
        m_statusTitle->setText(tr("Select a profile to see where it is installed."));
}

void ProfilesPage::setBusy(const QString &what)
{
    m_busy = true;
    m_message->setText(what);
    m_progress->show();
    updateActions();
}

void ProfilesPage::clearBusy(const QString &done)
{
    m_busy = false;
    m_message->setText(done);
    m_progress->hide();
    updateActions();
}

void ProfilesPage::showFailure(const QString &title, const Error &error)
{
    clearBusy();
    m_errors.showBlocking(title, error);
}

void ProfilesPage::refresh()
{
    if (m_databasePath.isEmpty())
        return;
    if (m_loading) {
        m_reloadQueued = true;
        return;
    }
    m_loading = true;
    FutureWatch::onFinished(this,
                            ProfileLibrary::loadProfiles(m_databasePath),
                            [this](const Result<QList<ProfileRecord>> &profiles) {
                                m_loading = false;
                                if (!profiles) {
                                    // A store the engine has not created yet has nothing to show.
                                    if (m_reloadQueued) {
                                        m_reloadQueued = false;
                                        refresh();
                                    }
                                    return;
                                }
                                const QString keep = m_selectAfterLoad.isEmpty()
                                                         ? selectedProfileId()
                                                         : m_selectAfterLoad;
                                m_selectAfterLoad.clear();
                                m_model->setProfiles(*profiles);
                                m_stack->setCurrentIndex(profiles->isEmpty() ? 0 : 1);
                                if (!m_columnsSized && !profiles->isEmpty()) {
                                    m_table->resizeColumnsToContents();
                                    m_columnsSized = true;
                                }
                                if (!keep.isEmpty())
                                    selectProfile(keep);
                                if (!selectedProfile() && m_model->rowCount() > 0)
                                    m_table->selectRow(0);
                                updateActions();
                                refreshStatus();
                                Q_EMIT profilesLoaded();
                                if (m_reloadQueued) {
                                    m_reloadQueued = false;
                                    refresh();
                                }
                            });
}

void ProfilesPage::refreshStatus()
{
    const QString id = selectedProfileId();
    const quint64 generation = ++m_statusGeneration;
    if (id.isEmpty()) {
        m_statusModel->setAssignments({});
        return;
    }
    FutureWatch::onFinished(this,
                            ProfileLibrary::loadAssignments(m_databasePath, id),
                            [this, generation](const Result<QList<ProfileAssignment>> &list) {
                                // A newer selection has its own load on the way.
                                if (generation != m_statusGeneration)
                                    return;
                                m_statusModel->setAssignments(list ? *list
                                                                   : QList<ProfileAssignment>());
                                if (!m_statusColumnsSized && m_statusModel->rowCount() > 0) {
                                    m_statusTable->resizeColumnsToContents();
                                    m_statusColumnsSized = true;
                                }
                                Q_EMIT statusLoaded();
                            });
}

ProfileDocument ProfilesPage::blankDocument()
{
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    ProfileDocument document;
    document.topLevel.insert(u"PayloadType"_s, u"Configuration"_s);
    document.topLevel.insert(u"PayloadVersion"_s, qint64(1));
    document.topLevel.insert(u"PayloadUUID"_s, uuid);
    document.topLevel.insert(u"PayloadIdentifier"_s,
                             QString(u"com.example.profile."_s + uuid.left(8).toLower()));
    document.topLevel.insert(u"PayloadDisplayName"_s, tr("New Profile"));
    return document;
}

QString ProfilesPage::schemaFolder()
{
    return QSettings().value(schemaFolderKey).toString();
}

void ProfilesPage::setSchemaFolder(const QString &folder)
{
    QSettings settings;
    if (folder.isEmpty())
        settings.remove(schemaFolderKey);
    else
        settings.setValue(schemaFolderKey, folder);
    // Read again, with the folder, when the editor is next opened.
    if (!m_loadingRegistry)
        m_registry.reset();
}

void ProfilesPage::chooseSchemaFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose a Folder of Payload Schemas"), schemaFolder());
    if (!folder.isEmpty())
        setSchemaFolder(folder);
}

void ProfilesPage::withRegistry(std::function<void(const PayloadSchemaRegistry &)> then)
{
    if (m_registry) {
        then(*m_registry);
        return;
    }
    m_waitingForRegistry.append(std::move(then));
    if (m_loadingRegistry)
        return;
    m_loadingRegistry = true;
    setBusy(tr("Loading payload schemas…"));

    struct Loaded
    {
        std::shared_ptr<const PayloadSchemaRegistry> registry;
        QString folder;
        PayloadSchemaRegistry::LoadReport report;
    };

    FutureWatch::onFinished(
        this,
        QtConcurrent::run([folder = schemaFolder()] {
            PayloadSchemaRegistry registry = PayloadSchemaRegistry::builtIn();
            Loaded loaded;
            loaded.folder = folder;
            if (!folder.isEmpty())
                loaded.report = registry.addFolder(folder);
            loaded.registry = std::make_shared<const PayloadSchemaRegistry>(std::move(registry));
            return loaded;
        }),
        [this](const Loaded &loaded) {
            m_loadingRegistry = false;
            m_registry = loaded.registry;
            clearBusy();
            if (!loaded.report.errors.isEmpty()) {
                QStringList lines;
                for (const Error &error : loaded.report.errors)
                    lines.append(error.toString());
                m_prompter.showError(
                    this,
                    tr("Some Payload Schemas Were Skipped"),
                    tr("%n file(s) in %1 could not be read as payload schemas; the editor works "
                       "without them. Fix or remove them, or choose another folder.",
                       nullptr,
                       int(loaded.report.errors.size()))
                        .arg(QDir::toNativeSeparators(loaded.folder)),
                    lines.join(u'\n'));
            }
            const auto waiting = std::exchange(m_waitingForRegistry, {});
            for (const auto &waiter : waiting)
                waiter(*m_registry);
        });
}

void ProfilesPage::newProfile(const ProfileDocument &document)
{
    openEditor(document, {}, tr("New Profile"));
}

void ProfilesPage::openEditor(const ProfileDocument &document,
                              const QString &profileId,
                              const QString &title)
{
    withRegistry([this, document, profileId, title](const PayloadSchemaRegistry &registry) {
        auto *dialog = new ProfileEditorDialog(registry, document, title, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, profileId] {
            save(dialog->document(), profileId);
        });
        dialog->open();
    });
}

void ProfilesPage::save(const ProfileDocument &document, const QString &profileId)
{
    if (!m_engine)
        return;
    setBusy(tr("Saving…"));
    FutureWatch::onFinished(
        this,
        m_engine->saveProfile(document, profileId, m_actor),
        [this](const Result<ProfileRecord> &saved) {
            if (!saved) {
                showFailure(tr("Cannot Save the Profile"), saved.error());
                return;
            }
            m_selectAfterLoad = saved->id;
            clearBusy(
                tr("Saved “%1” as version %2.").arg(saved->displayName).arg(saved->currentVersion));
            refresh();
        });
}

void ProfilesPage::editSelected()
{
    const ProfileRecord *profile = selectedProfile();
    if (!profile || m_busy)
        return;
    const QString id = profile->id;
    const QString title = tr("Edit “%1”").arg(profile->displayName);
    setBusy(tr("Opening…"));
    FutureWatch::onFinished(this,
                            ProfileLibrary::loadVersion(m_databasePath, id),
                            [this, id, title](const Result<ProfileVersion> &version) {
                                if (!version) {
                                    showFailure(tr("Cannot Open the Profile"), version.error());
                                    return;
                                }
                                clearBusy();
                                MobileConfig::ReadOptions options;
                                options.useSystemRoots = false;
                                const MobileConfig::Imported stored = MobileConfig::read(
                                    version->plist, options);
                                openEditor(stored.document, id, title);
                            });
}

void ProfilesPage::importProfile()
{
    if (m_busy)
        return;
    const QString path = m_prompter.chooseOpenFile(
        this,
        tr("Import a Configuration Profile"),
        tr("Configuration profiles (*.mobileconfig *.plist);;All files (*)"));
    if (path.isEmpty())
        return;
    setBusy(tr("Reading the profile…"));
    FutureWatch::onFinished(
        this,
        QtConcurrent::run([path] { return MobileConfig::readFile(path); }),
        [this, path](const MobileConfig::Imported &imported) {
            clearBusy();
            auto *dialog = new ProfileImportDialog(path, imported, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, imported] {
                if (dialog->choice() == ProfileImportDialog::Choice::Edit) {
                    newProfile(imported.document);
                    return;
                }
                // The same identifier as a stored profile: the import is its next version.
                QString existing;
                for (const ProfileRecord &profile : m_model->profiles()) {
                    if (profile.identifier == imported.document.identifier())
                        existing = profile.id;
                }
                if (!existing.isEmpty()) {
                    const ProfileRecord &profile = m_model->profiles().at(m_model->rowOf(existing));
                    if (!m_prompter.confirm(this,
                                            tr("Add as a New Version?"),
                                            tr("The library already has “%1” with the identifier "
                                               "%2. Add the imported file as its version %3?")
                                                .arg(profile.displayName, profile.identifier)
                                                .arg(profile.currentVersion + 1),
                                            tr("Add Version"))) {
                        return;
                    }
                }
                save(imported.document, existing);
            });
            dialog->open();
        });
}

void ProfilesPage::exportSelected()
{
    const ProfileRecord *selected = selectedProfile();
    if (!selected || m_busy)
        return;
    const ProfileRecord profile = *selected;
    auto *dialog = new ProfileExportDialog(m_prompter, m_engine != nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile] {
        const ProfileExportDialog::Options options = dialog->options();
        const QString path = m_prompter.chooseSaveFile(
            this,
            tr("Export “%1”").arg(profile.displayName),
            QDir::home().filePath(profile.identifier + u".mobileconfig"_s),
            tr("Configuration profiles (*.mobileconfig)"));
        if (!path.isEmpty())
            exportTo(profile.id, options, path);
    });
    dialog->open();
}

void ProfilesPage::exportTo(const QString &profileId,
                            const ProfileExportDialog::Options &options,
                            const QString &path)
{
    setBusy(tr("Exporting…"));
    const auto write = [this, path](const QByteArray &bytes) {
        FutureWatch::onFinished(
            this,
            QtConcurrent::run([path, bytes] { return ProfileExport::writeFile(path, bytes); }),
            [this, path](const Result<void> &written) {
                if (!written) {
                    showFailure(tr("Cannot Export the Profile"), written.error());
                    return;
                }
                clearBusy(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
                Q_EMIT exported(path);
            });
    };
    FutureWatch::onFinished(
        this,
        ProfileLibrary::loadVersion(m_databasePath, profileId),
        [this, options, write](const Result<ProfileVersion> &version) {
            if (!version) {
                showFailure(tr("Cannot Export the Profile"), version.error());
                return;
            }
            const QByteArray stored = version->plist;
            FutureWatch::onFinished(
                this,
                QtConcurrent::run([stored, options]() -> Result<QByteArray> {
                    Result<QByteArray> encoded = ProfileExport::encode(stored, options.format);
                    if (!encoded || options.signing != ProfileExportDialog::Signing::Pkcs12)
                        return encoded;
                    return ProfileExport::signWithPkcs12(
                        *encoded, options.p12Path, options.p12Password);
                }),
                [this, options, write](const Result<QByteArray> &encoded) {
                    if (!encoded) {
                        showFailure(tr("Cannot Export the Profile"), encoded.error());
                        return;
                    }
                    if (options.signing != ProfileExportDialog::Signing::ServerIdentity) {
                        write(*encoded);
                        return;
                    }
                    FutureWatch::onFinished(this,
                                            m_engine->signProfile(*encoded),
                                            [this, write](const Result<QByteArray> &signedBytes) {
                                                if (!signedBytes) {
                                                    showFailure(tr("Cannot Sign the Profile"),
                                                                signedBytes.error());
                                                    return;
                                                }
                                                write(*signedBytes);
                                            });
                });
        });
}

void ProfilesPage::installOnDevices()
{
    chooseDevices(true);
}

void ProfilesPage::removeFromDevices()
{
    chooseDevices(false);
}

void ProfilesPage::chooseDevices(bool install)
{
    const ProfileRecord *selected = selectedProfile();
    if (!selected || !m_engine || m_busy)
        return;
    const ProfileRecord profile = *selected;
    setBusy(tr("Loading devices…"));
    FutureWatch::onFinished(
        this,
        ProfileLibrary::loadDevices(m_databasePath),
        [this, install, profile](const Result<QList<DeviceActionTarget>> &devices) {
            if (!devices) {
                showFailure(tr("Cannot Load the Devices"), devices.error());
                return;
            }
            clearBusy();
            auto *dialog = new ProfileDevicesDialog(install ? ProfileDevicesDialog::Mode::Install
                                                            : ProfileDevicesDialog::Mode::Remove,
                                                    profile.displayName,
                                                    *devices,
                                                    m_statusModel->assignments(),
                                                    this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::accepted, this, [this, dialog, install, profile] {
                const QList<DeviceActionTarget> chosen = dialog->chosen();
                const bool sign = dialog->sign();
                const int count = int(chosen.size());
                const QString text
                    = install ? tr("Install “%1” (version %2) on %n device(s)?", nullptr, count)
                                    .arg(profile.displayName)
                                    .arg(profile.currentVersion)
                              : tr("Remove “%1” from %n device(s)? The settings it holds are "
                                   "taken off those devices.",
                                   nullptr,
                                   count)
                                    .arg(profile.displayName);
                if (!m_prompter.confirm(this,
                                        install ? tr("Install the Profile?")
                                                : tr("Remove the Profile?"),
                                        text,
                                        install ? tr("Install") : tr("Remove"))) {
                    return;
                }
                setBusy(install ? tr("Queuing the install…") : tr("Queuing the removal…"));
                QFuture<Result<QStringList>> queued
                    = install ? m_engine->installProfile(profile.id, chosen, sign, m_actor)
                              : m_engine->removeProfile(profile.id, chosen, m_actor);
                FutureWatch::onFinished(
                    this, queued, [this, install, count](const Result<QStringList> &result) {
                        if (!result) {
                            showFailure(install ? tr("Cannot Install the Profile")
                                                : tr("Cannot Remove the Profile"),
                                        result.error());
                            return;
                        }
                        clearBusy(install ? tr("Install queued for %n device(s).", nullptr, count)
                                          : tr("Removal queued for %n device(s).", nullptr, count));
                        refresh();
                    });
            });
            dialog->open();
        });
}

void ProfilesPage::deleteSelected()
{
    const ProfileRecord *selected = selectedProfile();
    if (!selected || !m_engine || m_busy)
        return;
    const ProfileRecord profile = *selected;
    const QString text
        = profile.installed + profile.pending + profile.drifted > 0
              ? tr("Delete “%1” and all its versions? It stays on the devices that have it; "
                   "remove it from them first if it should not.")
                    .arg(profile.displayName)
              : tr("Delete “%1” and all its versions?").arg(profile.displayName);
    if (!m_prompter.confirm(this, tr("Delete the Profile?"), text, tr("Delete")))
        return;
    setBusy(tr("Deleting…"));
    FutureWatch::onFinished(this,
                            m_engine->deleteProfile(profile.id, m_actor),
                            [this, profile](const Result<void> &deleted) {
                                if (!deleted) {
                                    showFailure(tr("Cannot Delete the Profile"), deleted.error());
                                    return;
                                }
                                clearBusy(tr("Deleted “%1”.").arg(profile.displayName));
                                refresh();
                            });
}

} // namespace Espalier
