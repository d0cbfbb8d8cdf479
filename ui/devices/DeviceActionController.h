// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceActions.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Espalier {

class ConsoleRole;
class ErrorPresenter;
class Prompter;

// Runs a helpdesk action on one or more devices the way the console promises: loads the
// targets off the UI thread, asks once (a dialog for Lock, Wipe and Lost Mode, the Prompter for
// the rest; a second lock while one is pending warns first), plans typed commands, queues them
// through DeviceActions in the admin's name, and shows what happened with each Mac's PIN. Never
// blocks: dialogs are window-modal and answered through signals. One action at a time. UI thread.
class DeviceActionController final : public QObject
{
    Q_OBJECT

public:
    DeviceActionController(DeviceActions &actions,
                           Prompter &prompter,
                           ErrorPresenter &errors,
                           QWidget *dialogParent);

    // Follows the console's role: what it allows, and the actor the audit log records. Without
    // a role every action is allowed. role outlives this object.
    void setRole(ConsoleRole *role);

    [[nodiscard]] bool allows(DeviceAction action) const;
    // Cancel and Retry of single commands.
    [[nodiscard]] bool allowsCommandChanges() const;

    // Starts the action; returns at once. Ignored while another action is being confirmed, and
    // when the console's role does not allow it.
    void run(DeviceAction action, const QStringList &deviceIds);

    [[nodiscard]] bool isBusy() const { return m_busy; }

    // The confirmation dialog on screen, if any (tests fill it in).
    [[nodiscard]] QDialog *openDialog() const { return m_dialog; }

Q_SIGNALS:
    // The engine has answered for every device (some may have been refused).
    void submitted(Espalier::DeviceAction action,
                   const QList<Espalier::DeviceActions::Outcome> &outcomes);
    // The action stopped before anything was queued (declined, cancelled or failed to load).
    void abandoned(Espalier::DeviceAction action);
    // What allows() answers may have changed.
    void permissionsChanged();

private:
    void confirm(DeviceAction action, const QList<DeviceActionTarget> &targets);
    void openDialog(DeviceAction action, QDialog *dialog);
    void submit(DeviceAction action,
                const DeviceActionOptions &options,
                const QList<DeviceActionTarget> &targets);
    void finish(DeviceAction action, const QList<DeviceActions::Outcome> &outcomes);
    void abandon(DeviceAction action);

    DeviceActions &m_actions;
    Prompter &m_prompter;
    ErrorPresenter &m_errors;
    QPointer<QWidget> m_dialogParent;
    QPointer<QDialog> m_dialog;
    ConsoleRole *m_role = nullptr;
    bool m_busy = false;
};

} // namespace Espalier
