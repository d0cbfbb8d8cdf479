// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/roles/AdminPasswordDialog.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Espalier {

class ConsoleRole;
class ErrorPresenter;

// The console's role switch: the menu actions that enter and leave helpdesk mode (Ctrl+Shift+H)
// and change the admin password, and the password dialogs behind them. Entering asks for a new
// admin password the first time; leaving always asks for it, and a wrong one is refused in the
// dialog. The mode itself lives in ConsoleRole, which everything else listens to. UI thread.
class RoleSwitcher final : public QObject
{
    Q_OBJECT

public:
    // role and errors outlive this object; dialogs open over window.
    RoleSwitcher(ConsoleRole &role, ErrorPresenter &errors, QWidget *window, QObject *parent);
    ~RoleSwitcher() override;

    [[nodiscard]] QAction *helpdeskModeAction() const { return m_helpdeskAction; }

    [[nodiscard]] QAction *adminPasswordAction() const { return m_passwordAction; }

    // The dialog open now, if any (tests answer it).
    [[nodiscard]] AdminPasswordDialog *openDialog() const { return m_dialog; }

    void retranslate();

public Q_SLOTS:
    // Enters helpdesk mode from admin mode, or asks for the password to leave it.
    void switchMode();
    void changeAdminPassword();

private:
    void enterHelpdeskMode();
    void askForNewPassword();
    void askToLeave();
    void updateActions();
    [[nodiscard]] AdminPasswordDialog *openPasswordDialog(AdminPasswordDialog::Purpose purpose);

    ConsoleRole &m_role;
    ErrorPresenter &m_errors;
    QPointer<QWidget> m_window;
    QAction *m_helpdeskAction = nullptr;
    QAction *m_passwordAction = nullptr;
    QPointer<AdminPasswordDialog> m_dialog;
};

} // namespace Espalier
