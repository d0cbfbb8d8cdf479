// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DevicesPage.h"

#include "core/common/AppIdentity.h"
#include "core/common/Clock.h"
#include "core/common/Csv.h"
#include "core/devices/DeviceActions.h"
#include "core/devices/DeviceFilterProxyModel.h"
#include "core/devices/DeviceTableModel.h"
#include "core/devices/FutureWatch.h"
#include "core/engine/EngineHost.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Icons.h"
#include "ui/devices/DeviceActionController.h"
#include "ui/devices/DeviceDetailDialog.h"
#include "ui/devices/DeviceSmartGroupDialog.h"
#include "ui/devices/DeviceStatusDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

const SystemClock &pageClock()
{
    static const SystemClock s_clock;
    return s_clock;
}

// The actions that act on selected devices, in toolbar order, with their objectNames. Lost
// Mode's four sit in a menu of their own.
struct ActionInfo
{
    DeviceAction action = DeviceAction::RefreshInventory;
    QStringView objectName;
    bool inLostModeMenu = false;
};

constexpr ActionInfo s_actionInfo[] = {
    {DeviceAction::RefreshInventory, u"refreshInventoryAction", false},
    {DeviceAction::Lock, u"lockAction", false},
    {DeviceAction::Wipe, u"wipeAction", false},
    {DeviceAction::EnableLostMode, u"enableLostModeAction", true},
    {DeviceAction::PlayLostModeSound, u"playLostModeSoundAction", true},
    {DeviceAction::Locate, u"locateAction", true},
    {DeviceAction::DisableLostMode, u"disableLostModeAction", true},
    {DeviceAction::Restart, u"restartAction", false},
    {DeviceAction::ShutDown, u"shutDownAction", false},
    {DeviceAction::ClearPasscode, u"clearPasscodeAction", false},
};

// Together narrower than the list in a 1280-pixel window, so Status shows without scrolling.
constexpr int s_defaultWidths[DeviceTableModel::ColumnCount] = {
    190, 115, 110, 95, 120, 130, 130, 120};

bool asksFirst(DeviceAction action)
{
    return action != DeviceAction::RefreshInventory;
}

} // namespace

DevicesPage::DevicesPage(EngineHost &engineHost,
                         Prompter &prompter,
                         ErrorPresenter &errors,
                         ConsoleRole *role,
                         QWidget *parent)
    : QWidget(parent)
    , m_errors(errors)
{
    setObjectName(u"devicesPage"_s);
    Engine *engine = engineHost.engine();
    const QString databasePath = engine ? engine->config().databasePath : QString();
    m_model = new DeviceTableModel(databasePath, pageClock(), this);
    m_model->setObjectName(u"deviceTableModel"_s);
    if (engine)
        m_model->attach(engine);
    m_proxy = new DeviceFilterProxyModel(pageClock(), this);
    m_proxy->setObjectName(u"deviceFilterProxyModel"_s);
    m_proxy->setSourceModel(m_model);
    m_actions = new DeviceActions(engine, databasePath, systemAccountName(), this);
    m_controller = new DeviceActionController(*m_actions, prompter, errors, this);
    m_controller->setRole(role);

    createActions();
    createWidgets();
    restoreHeader();
    reloadSmartGroups();
    retranslate();

    connect(m_model, &DeviceTableModel::loaded, this, [this] {
        updateEmptyState();
        updateCount();
        updateActions();
        if (m_reloadWhenStoreAppears && !m_model->hasReadStore()) {
            m_reloadWhenStoreAppears = false;
            m_model->reload();
        }
    });
    connect(m_model, &DeviceTableModel::loadFailed, this, [this](const Error &error) {
        // A store the engine has not created or migrated yet is not worth a word; the engine's
        // Running state brings a reload.
        if (m_model->hasReadStore())
            m_errors.showPassing(error);
        if (m_reloadWhenStoreAppears) {
            m_reloadWhenStoreAppears = false;
            m_model->reload();
        }
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DevicesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DevicesPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DevicesPage::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DevicesPage::updateActions);
    // The engine opens and migrates the store when it starts; read it then if it wasn't there.
    connect(&engineHost, &EngineHost::stateChanged, this, [this](Engine::State state) {
        if (state != Engine::State::Running || m_model->hasReadStore())
            return;
        if (m_model->isLoading())
            m_reloadWhenStoreAppears = true;
        else
            m_model->reload();
    });
    connect(m_controller,
            &DeviceActionController::submitted,
            this,
            [this](DeviceAction action, const QList<DeviceActions::Outcome> &outcomes) {
                int queued = 0;
                for (const DeviceActions::Outcome &outcome : outcomes)
                    queued += outcome.error ? 0 : 1;
                showNotice(tr("%1: queued for %n of %2 device(s).", nullptr, queued)
                               .arg(DeviceActionPlanner::actionName(action))
                               .arg(outcomes.size()));
                updateActions();
            });
    connect(m_controller, &DeviceActionController::abandoned, this, &DevicesPage::updateActions);
    connect(m_controller,
            &DeviceActionController::permissionsChanged,
            this,
            &DevicesPage::updateActions);

    updateEmptyState();
    updateActions();
    m_model->reload();
}

DevicesPage::~DevicesPage()
{
    saveHeader();
}

QString DevicesPage::headerSettingsKey()
{
    return u"Devices/header"_s;
}

void DevicesPage::setActor(const QString &actor)
{
    m_actions->setActor(actor);
}

void DevicesPage::createActions()
{
    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_findAction);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(u"openDeviceAction"_s);
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QStringList ids = selectedDeviceIds();
        for (const QString &id : ids)
            openDevice(id);
    });

    for (const ActionInfo &info : s_actionInfo) {
        auto *action = new QAction(this);
        action->setObjectName(info.objectName.toString());
        const DeviceAction which = info.action;
        connect(action, &QAction::triggered, this, [this, which] { runAction(which); });
        m_deviceActions.insert(static_cast<int>(info.action), action);
    }

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportCsvAction"_s);
    connect(m_exportAction, &QAction::triggered, this, &DevicesPage::chooseExportFile);
    m_newGroupAction = new QAction(this);
    m_newGroupAction->setObjectName(u"newSmartGroupAction"_s);
    connect(m_newGroupAction, &QAction::triggered, this, &DevicesPage::newSmartGroup);
    m_removeGroupAction = new QAction(this);
    m_removeGroupAction->setObjectName(u"removeSmartGroupAction"_s);
    connect(m_removeGroupAction, &QAction::triggered, this, &DevicesPage::removeSmartGroup);
}

void DevicesPage::createWidgets()
{
    m_emptyState = new EmptyStateWidget(this);
    m_emptyState->setIcon(Icons::symbol(u"devices"_s));

    m_listPage = new QWidget(this);
    m_listPage->setObjectName(u"deviceListWidget"_s);

    m_search = new QLineEdit(m_listPage);
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DeviceFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::OtherFocusReason);
        if (m_table->selectionModel()->hasSelection() || m_proxy->rowCount() == 0)
            return;
        const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
        m_table->setCurrentIndex(m_proxy->index(row, 0));
        m_table->selectRow(row);
    });

    m_groupCombo = new QComboBox(m_listPage);
    m_groupCombo->setObjectName(u"smartGroupComboBox"_s);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupCombo->setMinimumContentsLength(14);
    connect(m_groupCombo, &QComboBox::activated, this, &DevicesPage::chooseSmartGroup);
    m_groupButton = new QToolButton(m_listPage);
    m_groupButton->setObjectName(u"smartGroupMenuButton"_s);
    m_groupButton->setPopupMode(QToolButton::InstantPopup);
    m_groupButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *groupMenu = new QMenu(m_groupButton);
    groupMenu->addAction(m_newGroupAction);
    groupMenu->addAction(m_removeGroupAction);
    m_groupButton->setMenu(groupMenu);

    m_count = new QLabel(m_listPage);
    m_count->setObjectName(u"deviceCountLabel"_s);
    m_notice = new QLabel(m_listPage);
    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long notice is cut off rather than widening the page.
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_groupCombo);
    searchRow->addWidget(m_groupButton);

    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(12);
    statusRow->addWidget(m_count);
    statusRow->addWidget(m_notice, 1);

    m_toolBar = new QToolBar(m_listPage);
    m_toolBar->setObjectName(u"deviceActionsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_lostModeMenu = new QMenu(this);
    m_lostModeMenu->setObjectName(u"lostModeMenu"_s);
    m_lostModeMenu->setToolTipsVisible(true);
    for (const ActionInfo &info : s_actionInfo) {
        QAction *action = m_deviceActions.value(static_cast<int>(info.action));
        if (info.inLostModeMenu) {
            m_lostModeMenu->addAction(action);
            if (info.action == DeviceAction::EnableLostMode) {
                m_lostModeButton = new QToolButton(m_toolBar);
                m_lostModeButton->setObjectName(u"lostModeToolButton"_s);
                m_lostModeButton->setMenu(m_lostModeMenu);
                m_lostModeButton->setPopupMode(QToolButton::InstantPopup);
                m_lostModeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
                m_toolBar->addWidget(m_lostModeButton);
            }
            continue;
        }
        m_toolBar->addAction(action);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);

    m_table = new QTableView(m_listPage);
    m_table->setObjectName(u"deviceTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new DeviceStatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights keep a list of 100,000 devices cheap to scroll and lay out.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column)
        header->resizeSection(column, s_defaultWidths[column]);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DevicesPage::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, [this] { saveHeader(); });
    connect(header, &QHeaderView::sectionResized, this, [this] { saveHeader(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { saveHeader(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, &DevicesPage::showContextMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        openDevice(index.siblingAtColumn(0).data(DeviceTableModel::DeviceIdRole).toString());
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &DevicesPage::updateActions);

    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(12, 10, 12, 6);
    listLayout->setSpacing(6);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_toolBar);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(statusRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"devicesStackedWidget"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QStringList DevicesPage::selectedDeviceIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    return m_proxy->deviceIds(rows);
}

DeviceDetailDialog *DevicesPage::detailDialog(const QString &udid) const
{
    return m_details.value(udid);
}

DeviceDetailDialog *DevicesPage::openDevice(const QString &udid)
{
    if (udid.isEmpty())
        return nullptr;
    QPointer<DeviceDetailDialog> dialog = m_details.value(udid);
    if (!dialog) {
        dialog = new DeviceDetailDialog(*m_actions, *m_controller, m_errors, udid, window());
        m_details.insert(udid, dialog);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void DevicesPage::runAction(DeviceAction action)
{
    const QStringList ids = selectedDeviceIds();
    if (ids.isEmpty())
        return;
    m_controller->run(action, ids);
    updateActions();
}

void DevicesPage::updateActions()
{
    const QStringList ids = selectedDeviceIds();
    const bool selected = !ids.isEmpty();
    const bool idle = !m_controller->isBusy();
    m_openAction->setEnabled(selected);
    bool lostMode = false;
    for (auto it = m_deviceActions.cbegin(); it != m_deviceActions.cend(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        // What the console's role doesn't allow isn't offered at all.
        const bool allowed = m_controller->allows(action);
        it.value()->setVisible(allowed);
        it.value()->setEnabled(allowed && selected && idle);
        if (m_lostModeMenu->actions().contains(it.value()))
            lostMode = lostMode || allowed;
    }
    m_lostModeButton->setVisible(lostMode);
    m_lostModeButton->setEnabled(lostMode && selected && idle);

    // What the list itself knows is enough to say why Clear Passcode can't work; the other
    // actions are checked per device in their confirmation.
    QAction *clear = m_deviceActions.value(static_cast<int>(DeviceAction::ClearPasscode));
    QString reason;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const DeviceSummary &device = m_model->summary(row);
        if (!device.hasUnlockToken) {
            reason = tr("Clear Passcode needs the unlock token a device sends when it enrolls; "
                        "%1 never sent one.")
                         .arg(device.name.isEmpty() ? device.udid : device.name);
            break;
        }
    }
    clear->setEnabled(clear->isEnabled() && reason.isEmpty());
    clear->setToolTip(reason.isEmpty() ? tr("Removes the passcode of the selected iPhones and "
                                            "iPads, so their users can set a new one.")
                                       : reason);
}

void DevicesPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n device(s)", nullptr, total)
                                    : tr("%1 of %n device(s)", nullptr, total).arg(shown));
    updateEmptyState();
}

void DevicesPage::updateEmptyState()
{
    // The list stays once there are devices, even while a search hides them all.
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyState)
                                                       : m_listPage);
}

void DevicesPage::reloadSmartGroups(const QString &selectId)
{
    const QString current = selectId.isEmpty() ? m_groupCombo->currentData().toString() : selectId;
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All devices"), QString());
    const QList<DeviceSmartGroup> groups = m_smartGroups.load();
    for (const DeviceSmartGroup &group : groups) {
        m_groupCombo->addItem(group.name, group.id);
        m_groupCombo->setItemData(m_groupCombo->count() - 1, group.describe(), Qt::ToolTipRole);
    }
    const int index = qMax(0, m_groupCombo->findData(current));
    m_groupCombo->setCurrentIndex(index);
    chooseSmartGroup(index);
}

void DevicesPage::chooseSmartGroup(int index)
{
    const QString id = m_groupCombo->itemData(index).toString();
    std::optional<DeviceSmartGroup> chosen;
    for (const DeviceSmartGroup &group : m_smartGroups.load()) {
        if (group.id == id)
            chosen = group;
    }
    m_removeGroupAction->setEnabled(chosen.has_value());
    m_proxy->setSmartGroup(chosen);
}

void DevicesPage::newSmartGroup()
{
    auto *dialog = new DeviceSmartGroupDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DeviceSmartGroup added = m_smartGroups.add(dialog->group());
        reloadSmartGroups(added.id);
    });
    dialog->open();
}

void DevicesPage::removeSmartGroup()
{
    const QString id = m_groupCombo->currentData().toString();
    if (id.isEmpty())
        return;
    m_smartGroups.remove(id);
    m_groupCombo->setCurrentIndex(0);
    reloadSmartGroups();
}

void DevicesPage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnsMenu"_s);
    int visible = 0;
    for (int column = 0; column < DeviceTableModel::ColumnCount; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *toggle = menu.addAction(
            DeviceTableModel::columnTitle(static_cast<DeviceTableModel::Column>(column)));
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns shows nothing to bring it back.
        toggle->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(toggle, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveHeader();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void DevicesPage::showContextMenu(const QPoint &position)
{
    if (selectedDeviceIds().isEmpty())
        return;
    QMenu menu(this);
    menu.setObjectName(u"deviceContextMenu"_s);
    menu.setToolTipsVisible(true);
    menu.addAction(m_openAction);
    menu.addSeparator();
    for (const ActionInfo &info : s_actionInfo) {
        if (!info.inLostModeMenu)
            menu.addAction(m_deviceActions.value(static_cast<int>(info.action)));
    }
    QMenu *lost = menu.addMenu(tr("Lost Mode"));
    lost->addActions(m_lostModeMenu->actions());
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void DevicesPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this,
                                   tr("Export Devices"),
                                   QDir(folder).filePath(tr("devices.csv")),
                                   tr("CSV files (*.csv)"));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        (void)exportCsv(path);
    });
    dialog->open();
}

QFuture<Result<void>> DevicesPage::exportCsv(const QString &path)
{
    QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    // Read here, in the order on screen; written on a worker.
    const QList<QStringList> rows = Csv::fromModel(*m_proxy, columns, DeviceTableModel::ExportRole);
    const int devices = int(rows.size()) - 1;
    QFuture<Result<void>> written = Csv::writeAsync(path, rows);
    FutureWatch::onFinished(this, written, [this, path, devices](const Result<void> &done) {
        if (!done) {
            m_errors.showBlocking(tr("Cannot Export the Devices"), done.error());
            return;
        }
        showNotice(tr("Exported %n device(s) to %1.", nullptr, devices)
                       .arg(QDir::toNativeSeparators(path)));
    });
    return written;
}

void DevicesPage::restoreHeader()
{
    QSettings settings;
    const QByteArray state = settings.value(headerSettingsKey()).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void DevicesPage::saveHeader() const
{
    QSettings settings;
    settings.setValue(headerSettingsKey(), m_table->horizontalHeader()->saveState());
}

void DevicesPage::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
}

bool DevicesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the list, as it does in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_table->setFocus(Qt::OtherFocusReason);
            if (!m_table->selectionModel()->hasSelection()) {
                const int row = qMax(0, m_table->currentIndex().row());
                m_table->setCurrentIndex(m_proxy->index(row, 0));
                m_table->selectRow(row);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    m_emptyState->setTitle(tr("No devices yet"));
    m_emptyState->setText(
        tr("Enrolled iPhones, iPads and Macs will appear here with their inventory. Enrolling a "
           "device needs the server, its certificates and an Apple push certificate, which this "
           "version of Espalier cannot set up yet."));
    m_search->setPlaceholderText(tr("Search name, serial number, UDID, user or model (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search devices"));
    m_groupCombo->setToolTip(tr("Smart groups: saved searches"));
    m_groupCombo->setItemText(0, tr("All devices"));
    m_groupButton->setText(tr("Smart Groups"));
    m_newGroupAction->setText(tr("New Smart Group…"));
    m_removeGroupAction->setText(tr("Remove This Smart Group"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Saves the devices shown, with the columns shown, as a CSV "
                                  "file."));
    m_findAction->setText(tr("Find Device"));
    m_openAction->setText(tr("Open"));
    m_openAction->setToolTip(tr("Shows the selected device's detail (Enter)."));
    for (auto it = m_deviceActions.begin(); it != m_deviceActions.end(); ++it) {
        const auto action = static_cast<DeviceAction>(it.key());
        const QString name = DeviceActionPlanner::actionName(action);
        it.value()->setText(asksFirst(action) ? name + u'…' : name);
    }
    m_lostModeButton->setText(tr("Lost Mode"));
    m_table->setAccessibleName(tr("Devices"));
    updateCount();
    updateActions();
}

} // namespace Espalier
