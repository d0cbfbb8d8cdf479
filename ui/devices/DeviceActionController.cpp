// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceActionController.h"

#include "core/devices/FutureWatch.h"
#include "core/roles/ConsoleRole.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/common/Prompter.h"
#include "ui/devices/DeviceActionResultDialog.h"
#include "ui/devices/DeviceLockDialog.h"
#include "ui/devices/DeviceLostModeDialog.h"
#include "ui/devices/DeviceTargetListWidget.h"
#include "ui/devices/DeviceWipeDialog.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceActionController::DeviceActionController(DeviceActions &actions,
                                               Prompter &prompter,
                                               ErrorPresenter &errors,
                                               QWidget *dialogParent)
    : QObject(dialogParent)
    , m_actions(actions)
    , m_prompter(prompter)
    , m_errors(errors)
    , m_dialogParent(dialogParent)
{}

namespace {

ConsoleRole::Action roleAction(DeviceAction action)
{
    switch (action) {
    case DeviceAction::RefreshInventory:
        return ConsoleRole::Action::RefreshInventory;
    case DeviceAction::Lock:
        return ConsoleRole::Action::Lock;
    case DeviceAction::Wipe:
        return ConsoleRole::Action::Wipe;
    case DeviceAction::EnableLostMode:
    case DeviceAction::PlayLostModeSound:
    case DeviceAction::Locate:
    case DeviceAction::DisableLostMode:
        return ConsoleRole::Action::LostMode;
    case DeviceAction::Restart:
        return ConsoleRole::Action::Restart;
    case DeviceAction::ShutDown:
        return ConsoleRole::Action::ShutDown;
    case DeviceAction::ClearPasscode:
        return ConsoleRole::Action::ClearPasscode;
    }
    return ConsoleRole::Action::SendOtherCommand;
}

} // namespace

void DeviceActionController::setRole(ConsoleRole *role)
{
    if (m_role)
        disconnect(m_role, nullptr, this, nullptr);
    m_role = role;
    if (m_role) {
        m_actions.setActor(m_role->actor());
        connect(m_role, &ConsoleRole::modeChanged, this, [this] {
            m_actions.setActor(m_role->actor());
            Q_EMIT permissionsChanged();
        });
    }
    Q_EMIT permissionsChanged();
}

bool DeviceActionController::allows(DeviceAction action) const
{
    return !m_role || m_role->allows(roleAction(action));
}

bool DeviceActionController::allowsCommandChanges() const
{
    return !m_role
           || (m_role->allows(ConsoleRole::Action::CancelCommand)
               && m_role->allows(ConsoleRole::Action::RetryCommand));
}

void DeviceActionController::run(DeviceAction action, const QStringList &deviceIds)
{
    if (m_busy || deviceIds.isEmpty() || !allows(action))
        return;
    m_busy = true;
    FutureWatch::onFinished(
        this,
        m_actions.loadTargets(deviceIds),
        [this, action](const Result<QList<DeviceActionTarget>> &targets) {
            if (!targets) {
                m_errors.showBlocking(
                    tr("Cannot Prepare %1").arg(DeviceActionPlanner::actionName(action)),
                    targets.error());
                abandon(action);
                return;
            }
            confirm(action, *targets);
        });
}

void DeviceActionController::confirm(DeviceAction action, const QList<DeviceActionTarget> &targets)
{
    if (!m_dialogParent) {
        abandon(action);
        return;
    }
    switch (action) {
    case DeviceAction::Lock: {
        QList<DeviceActionTarget> pending;
        for (const DeviceActionTarget &target : targets) {
            if (target.summary.lastLock.isValid() && !isFinal(target.summary.lastLock.state))
                pending.append(target);
        }
        if (!pending.isEmpty()
            && !m_prompter.confirm(
                m_dialogParent,
                tr("Lock Again?"),
                tr("A lock is already waiting for %n of these device(s):",
                   nullptr,
                   int(pending.size()))
                    + u"\n\n"_s + DeviceTargetListWidget::describe(pending) + u"\n\n"_s
                    + tr("Another lock gives a Mac a second PIN; the Mac opens only with the PIN "
                         "of the lock it runs last. Both stay in its lock PIN history."),
                tr("Lock Again"))) {
            abandon(action);
            return;
        }
        openDialog(action, new DeviceLockDialog(targets, m_dialogParent));
        return;
    }
    case DeviceAction::Wipe:
        openDialog(action, new DeviceWipeDialog(targets, m_dialogParent));
        return;
    case DeviceAction::EnableLostMode:
        openDialog(action, new DeviceLostModeDialog(targets, m_dialogParent));
        return;
    case DeviceAction::RefreshInventory:
        // Only asks the devices questions: nothing to confirm.
        submit(action, {}, targets);
        return;
    case DeviceAction::PlayLostModeSound:
    case DeviceAction::Locate:
    case DeviceAction::DisableLostMode:
    case DeviceAction::Restart:
    case DeviceAction::ShutDown:
    case DeviceAction::ClearPasscode:
        break;
    }

    QList<DeviceActionTarget> eligible;
    QStringList refusals;
    for (const DeviceActionTarget &target : targets) {
        if (const std::optional<QString> reason = DeviceActionPlanner::unavailableReason(action,
                                                                                         target))
            refusals.append(
                tr("%1: %2").arg(DeviceTargetListWidget::deviceLabel(target.summary), *reason));
        else
            eligible.append(target);
    }
    const QString name = DeviceActionPlanner::actionName(action);
    if (eligible.isEmpty()) {
        m_errors.showBlocking(tr("Cannot %1").arg(name),
                              Error{Error::Code::Unsupported,
                                    refusals.join(u'\n'),
                                    DeviceActionPlanner::actionKey(action)});
        abandon(action);
        return;
    }
    QString text = tr("%1 on %n device(s)?", nullptr, int(eligible.size())).arg(name) + u"\n\n"_s
                   + DeviceTargetListWidget::describe(eligible);
    if (!refusals.isEmpty())
        text += u"\n\n"_s + tr("Left out:") + u'\n' + refusals.join(u'\n');
    if (!m_prompter.confirm(m_dialogParent, tr("%1?").arg(name), text, name)) {
        abandon(action);
        return;
    }
    submit(action, {}, eligible);
}

void DeviceActionController::openDialog(DeviceAction action, QDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, action, dialog] {
        DeviceActionOptions options;
        QList<DeviceActionTarget> targets;
        if (auto *lock = qobject_cast<DeviceLockDialog *>(dialog)) {
            options = lock->options();
            targets = lock->targets();
        } else if (auto *wipe = qobject_cast<DeviceWipeDialog *>(dialog)) {
            options = wipe->options();
            targets = wipe->targets();
        } else if (auto *lost = qobject_cast<DeviceLostModeDialog *>(dialog)) {
            options = lost->options();
            targets = lost->targets();
        }
        submit(action, options, targets);
    });
    connect(dialog, &QDialog::rejected, this, [this, action] { abandon(action); });
    dialog->open();
}

void DeviceActionController::submit(DeviceAction action,
                                    const DeviceActionOptions &options,
                                    const QList<DeviceActionTarget> &targets)
{
    const QList<PlannedAction> plan = DeviceActionPlanner::plan(action, options, targets);
    FutureWatch::onFinished(this,
                            m_actions.submit(plan),
                            [this, action](const QList<DeviceActions::Outcome> &outcomes) {
                                finish(action, outcomes);
                            });
}

void DeviceActionController::finish(DeviceAction action,
                                    const QList<DeviceActions::Outcome> &outcomes)
{
    m_busy = false;
    const bool tellMore = std::any_of(
        outcomes.cbegin(), outcomes.cend(), [](const DeviceActions::Outcome &outcome) {
            return outcome.error || !outcome.pin.isEmpty() || !outcome.note.isEmpty();
        });
    if (tellMore && m_dialogParent) {
        auto *results = new DeviceActionResultDialog(action, outcomes, m_dialogParent);
        results->show();
    }
    Q_EMIT submitted(action, outcomes);
}

void DeviceActionController::abandon(DeviceAction action)
{
    m_busy = false;
    Q_EMIT abandoned(action);
}

} // namespace Espalier
