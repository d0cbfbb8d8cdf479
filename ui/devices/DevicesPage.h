// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceSmartGroupStore.h"

#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace Espalier {

class ConsoleRole;
class DeviceActionController;
class DeviceActions;
class DeviceDetailDialog;
class DeviceFilterProxyModel;
class DeviceTableModel;
class EmptyStateWidget;
class EngineHost;
class ErrorPresenter;
class Prompter;

// The Devices section: every enrolled device in a sortable table with search as you type, smart
// groups, columns the admin picks and orders (remembered), CSV export of what is shown, and the
// helpdesk actions for the selected devices in a toolbar and a context menu. Ctrl+F searches,
// Enter opens a device's detail; Delete does nothing: devices leave the list by unenrolling,
// never by a keystroke. Reads the store off the UI thread and follows the engine's changes row
// by row. UI thread.
class DevicesPage final : public QWidget
{
    Q_OBJECT

public:
    // role (may be null: every action allowed) decides what the console offers and whose name
    // the audit log records; it outlives the page.
    DevicesPage(EngineHost &engineHost,
                Prompter &prompter,
                ErrorPresenter &errors,
                ConsoleRole *role = nullptr,
                QWidget *parent = nullptr);
    ~DevicesPage() override;

    [[nodiscard]] DeviceTableModel *model() const { return m_model; }

    [[nodiscard]] DeviceFilterProxyModel *proxy() const { return m_proxy; }

    [[nodiscard]] QTableView *tableView() const { return m_table; }

    [[nodiscard]] DeviceActions *actions() const { return m_actions; }

    [[nodiscard]] DeviceActionController *controller() const { return m_controller; }

    // The name the audit log records for this console's actions (the role's actor otherwise).
    void setActor(const QString &actor);

    [[nodiscard]] QStringList selectedDeviceIds() const;

    // Opens (or raises) the device's detail window.
    DeviceDetailDialog *openDevice(const QString &udid);
    [[nodiscard]] DeviceDetailDialog *detailDialog(const QString &udid) const;

    // Writes the rows and columns shown, in their on-screen order, to path.
    QFuture<Result<void>> exportCsv(const QString &path);

    // The QSettings key of the table's header layout.
    [[nodiscard]] static QString headerSettingsKey();

public Q_SLOTS:
    void runAction(Espalier::DeviceAction action);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void reloadSmartGroups(const QString &selectId = {});
    void chooseSmartGroup(int index);
    void newSmartGroup();
    void removeSmartGroup();
    void updateActions();
    void updateCount();
    void updateEmptyState();
    void showHeaderMenu(const QPoint &position);
    void showContextMenu(const QPoint &position);
    void chooseExportFile();
    void restoreHeader();
    void saveHeader() const;
    void showNotice(const QString &text);
    void retranslate();

    ErrorPresenter &m_errors;
    DeviceTableModel *m_model = nullptr;
    DeviceFilterProxyModel *m_proxy = nullptr;
    DeviceActions *m_actions = nullptr;
    DeviceActionController *m_controller = nullptr;
    DeviceSmartGroupStore m_smartGroups;
    bool m_reloadWhenStoreAppears = false;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_listPage = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_groupCombo = nullptr;
    QToolButton *m_groupButton = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_notice = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_lostModeButton = nullptr;
    QMenu *m_lostModeMenu = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_newGroupAction = nullptr;
    QAction *m_removeGroupAction = nullptr;
    QHash<int, QAction *> m_deviceActions; // by DeviceAction
    QHash<QString, QPointer<DeviceDetailDialog>> m_details;
};

} // namespace Espalier
