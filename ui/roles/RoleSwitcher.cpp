// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roles/RoleSwitcher.h"

#include "core/common/Futures.h"
#include "core/roles/ConsoleRole.h"
#include "ui/common/ErrorPresenter.h"
#include "ui/roles/AdminPasswordDialog.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Espalier {

RoleSwitcher::RoleSwitcher(ConsoleRole &role,
                           ErrorPresenter &errors,
                           QWidget *window,
                           QObject *parent)
    : QObject(parent)
    , m_role(role)
    , m_errors(errors)
    , m_window(window)
    , m_helpdeskAction(new QAction(this))
    , m_passwordAction(new QAction(this))
{
    m_helpdeskAction->setObjectName(u"helpdeskModeAction"_s);
    m_helpdeskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_helpdeskAction, &QAction::triggered, this, &RoleSwitcher::switchMode);
    m_passwordAction->setObjectName(u"adminPasswordAction"_s);
    connect(m_passwordAction, &QAction::triggered, this, &RoleSwitcher::changeAdminPassword);
    connect(&m_role, &ConsoleRole::modeChanged, this, &RoleSwitcher::updateActions);
    retranslate();
}

RoleSwitcher::~RoleSwitcher() = default;

void RoleSwitcher::retranslate()
{
    updateActions();
    m_passwordAction->setText(tr("Change Admin &Password…"));
    m_passwordAction->setToolTip(tr("The password that leaves helpdesk mode"));
}

void RoleSwitcher::updateActions()
{
    const bool helpdesk = m_role.isHelpdesk();
    m_helpdeskAction->setText(helpdesk ? tr("Leave &Helpdesk Mode…")
                                       : tr("Switch to &Helpdesk Mode"));
    m_helpdeskAction->setToolTip(
        helpdesk ? tr("Ask for the admin password and make every part of the console available")
                 : tr("Keep the console to lock, wipe, Lost Mode, restart and refresh until the "
                      "admin password is entered"));
    m_passwordAction->setEnabled(m_role.allows(ConsoleRole::Action::ChangeAdminPassword));
}

void RoleSwitcher::switchMode()
{
    if (m_dialog)
        return;
    if (m_role.isHelpdesk())
        askToLeave();
    else
        enterHelpdeskMode();
}

void RoleSwitcher::enterHelpdeskMode()
{
    m_helpdeskAction->setEnabled(false);
    Futures::then(this, m_role.hasAdminPassword(), [this](const Result<bool> &stored) {
        m_helpdeskAction->setEnabled(true);
        if (!stored) {
            m_errors.showBlocking(tr("Cannot Switch to Helpdesk Mode"), stored.error());
            return;
        }
        if (!*stored) {
            askForNewPassword();
            return;
        }
        Futures::then(this, m_role.enterHelpdeskMode(), [this](const Result<void> &entered) {
            if (!entered)
                m_errors.showBlocking(tr("Cannot Switch to Helpdesk Mode"), entered.error());
        });
    });
}

void RoleSwitcher::askForNewPassword()
{
    AdminPasswordDialog *dialog = openPasswordDialog(AdminPasswordDialog::Purpose::Create);
    connect(dialog,
            &AdminPasswordDialog::submitted,
            this,
            [this, dialog](const QString &, const QString &newPassword) {
                const QFuture<Result<void>> entered = Futures::then(
                    dialog,
                    m_role.setAdminPassword({}, newPassword),
                    [this](const Result<void> &stored) -> QFuture<Result<void>> {
                        if (!stored)
                            return QtFuture::makeReadyFuture(Result<void>(stored));
                        return m_role.enterHelpdeskMode();
                    });
                Futures::then(dialog, entered, [dialog](const Result<void> &done) {
                    if (done)
                        dialog->finish();
                    else
                        dialog->showError(done.error().message);
                });
            });
}

void RoleSwitcher::askToLeave()
{
    AdminPasswordDialog *dialog = openPasswordDialog(AdminPasswordDialog::Purpose::Unlock);
    connect(dialog, &AdminPasswordDialog::submitted, this, [this, dialog](const QString &password) {
        Futures::then(
            dialog, m_role.leaveHelpdeskMode(password), [dialog](const Result<void> &left) {
                if (left)
                    dialog->finish();
                else
                    dialog->showError(left.error().message);
            });
    });
}

void RoleSwitcher::changeAdminPassword()
{
    if (m_dialog || !m_role.allows(ConsoleRole::Action::ChangeAdminPassword))
        return;
    Futures::then(this, m_role.hasAdminPassword(), [this](const Result<bool> &stored) {
        if (!stored) {
            m_errors.showBlocking(tr("Cannot Change the Admin Password"), stored.error());
            return;
        }
        if (m_dialog)
            return;
        AdminPasswordDialog *dialog = openPasswordDialog(
            *stored ? AdminPasswordDialog::Purpose::Change : AdminPasswordDialog::Purpose::Create);
        connect(dialog,
                &AdminPasswordDialog::submitted,
                this,
                [this, dialog](const QString &current, const QString &newPassword) {
                    Futures::then(dialog,
                                  m_role.setAdminPassword(current, newPassword),
                                  [dialog](const Result<void> &changed) {
                                      if (changed)
                                          dialog->finish();
                                      else
                                          dialog->showError(changed.error().message);
                                  });
                });
    });
}

AdminPasswordDialog *RoleSwitcher::openPasswordDialog(AdminPasswordDialog::Purpose purpose)
{
    auto *dialog = new AdminPasswordDialog(purpose, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace Espalier
