// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceDetail.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Espalier {

class DeviceActionController;
class DeviceActions;
class DeviceAppListModel;
class DeviceCertificateListModel;
class DeviceCommandListModel;
class DeviceProfileListModel;
class ErrorPresenter;
class LockPinListModel;

// One device in full: Overview, Security, Apps, Profiles, Certificates, Commands (raw request
// and response a click away, with Cancel and Retry) and its lock PIN history, under a row of
// helpdesk actions that are disabled, with the reason as tooltip, where the device can't take
// them. Loads off the UI thread and reloads itself when the engine reports a change to the
// device, its channels or its commands. UI thread.
class DeviceDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab {
        Overview,
        Security,
        Apps,
        Profiles,
        Certificates,
        Commands,
        LockPins,
    };
    Q_ENUM(Tab)

    DeviceDetailWidget(DeviceActions &actions,
                       DeviceActionController &controller,
                       ErrorPresenter &errors,
                       QString udid,
                       QWidget *parent = nullptr);
    ~DeviceDetailWidget() override;

    [[nodiscard]] const QString &deviceId() const { return m_udid; }

    // The last detail loaded; empty until the first load finishes.
    [[nodiscard]] const std::optional<DeviceDetail> &detail() const { return m_detail; }

    void showTab(Tab tab);

public Q_SLOTS:
    void reload();
    // Asks the engine for the lock PIN history (audited as viewed) and shows it.
    void showLockPins();

Q_SIGNALS:
    void loaded();
    void lockPinsShown();
    // The device's name, once known, for a window title.
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    [[nodiscard]] QWidget *createOverview();
    [[nodiscard]] QWidget *createSecurity();
    [[nodiscard]] QWidget *createListTab(QTableView *view,
                                         QAbstractItemModel *model,
                                         const QString &emptyText,
                                         QLabel **emptyLabel);
    [[nodiscard]] QWidget *createCommands();
    [[nodiscard]] QWidget *createLockPins();
    void createActions();
    void apply(const DeviceDetail &detail);
    void updateActions();
    void updateCommandPane();
    void updateCurrentPin();
    void run(DeviceAction action);
    void retranslate();
    void scheduleReload();

    DeviceActions &m_actions;
    DeviceActionController &m_controller;
    ErrorPresenter &m_errors;
    const QString m_udid;
    std::optional<DeviceDetail> m_detail;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_pinsLoaded = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_status = nullptr;
    QHash<int, QPushButton *> m_buttons; // by DeviceAction
    QToolButton *m_lostModeButton = nullptr;
    QHash<int, QAction *> m_lostModeActions; // by DeviceAction
    QTabWidget *m_tabs = nullptr;

    QFormLayout *m_overviewForm = nullptr;
    QLabel *m_lockState = nullptr;
    QPushButton *m_showPinButton = nullptr;
    QLabel *m_currentPin = nullptr;
    QLabel *m_location = nullptr;
    QFormLayout *m_securityForm = nullptr;

    DeviceAppListModel *m_apps = nullptr;
    DeviceProfileListModel *m_profiles = nullptr;
    DeviceCertificateListModel *m_certificates = nullptr;
    DeviceCommandListModel *m_commands = nullptr;
    LockPinListModel *m_pins = nullptr;
    QLabel *m_appsEmpty = nullptr;
    QLabel *m_profilesEmpty = nullptr;
    QLabel *m_certificatesEmpty = nullptr;
    QTableView *m_commandView = nullptr;
    QPushButton *m_cancelCommand = nullptr;
    QPushButton *m_retryCommand = nullptr;
    QLabel *m_commandExplanation = nullptr;
    QTabWidget *m_rawTabs = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
    QPushButton *m_loadPinsButton = nullptr;
    QTableView *m_pinView = nullptr;
    QLabel *m_pinNote = nullptr;
};

} // namespace Espalier
