// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace Espalier {

class SecretStore;

// Who the console is working for: an admin (everything), or helpdesk staff after an admin
// switched the console into helpdesk mode. Pages and the main window ask allows() before they
// offer an action and listen to modeChanged() to enable, disable or hide it again:
//
//     m_lockButton->setEnabled(m_role.allows(ConsoleRole::Action::Lock) && hasSelection);
//     connect(&m_role, &ConsoleRole::modeChanged, this, &DevicesPage::updateActions);
//
// and pass actor() as the actor of every engine call, so the audit log says who acted and in
// which role.
//
// Helpdesk mode allows Lock, Wipe, LostMode, Restart and RefreshInventory and nothing else of
// Action; the main window hides the Profiles, Certificates and Settings sections. Leaving it takes
// the admin password, which is kept only as a salted PBKDF2 hash (AdminPassword) in the system
// keyring, never as the password itself. The mode is remembered in QSettings ("Console/role"), so
// the console starts again in helpdesk mode. This keeps helpdesk staff to their tools at a shared
// workstation; it is not a wall against someone who can edit that user's settings file.
//
// Lives on the UI thread. The SecretStore may live on another thread (every SecretStore of the
// process shares one, the engine's): its answers come back here through continuations with this
// object as context. The password checks run on the QtConcurrent pool.
class ConsoleRole final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Admin,
        Helpdesk,
    };
    Q_ENUM(Mode)

    // What the console offers. The first five are helpdesk work; every other one needs an admin.
    enum class Action {
        RefreshInventory,
        Lock,     // DeviceLock, with its PIN for a Mac
        Wipe,     // EraseDevice
        LostMode, // enable and disable Lost Mode, play its sound, locate the device
        Restart,  // RestartDevice
        // Admin only:
        ShutDown,
        ClearPasscode,
        SendOtherCommand, // any command not named above (installing profiles, settings, ...)
        CancelCommand,
        RetryCommand,
        EnrollDevices,      // enrollment links
        ManageProfiles,     // the Profiles section
        ManageCertificates, // the Certificates section
        ChangeSettings,     // the Settings section
        ChangeAdminPassword,
    };
    Q_ENUM(Action)

    // The keychain entry that holds the password's hash record.
    [[nodiscard]] static QString passwordKey();

    // Starts in the mode the settings remember (Admin when none). secrets outlives this object.
    explicit ConsoleRole(SecretStore &secrets, QObject *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }

    [[nodiscard]] bool isHelpdesk() const { return m_mode == Mode::Helpdesk; }

    [[nodiscard]] bool allows(Action action) const { return allows(m_mode, action); }

    [[nodiscard]] static bool allows(Mode mode, Action action);

    // The audit actor for what is done from this console now: the account's user name, with
    // " (helpdesk)" in helpdesk mode, e.g. "alex" or "alex (helpdesk)".
    [[nodiscard]] QString actor() const;

    // Whether an admin password is stored.
    [[nodiscard]] QFuture<Result<bool>> hasAdminPassword();

    // Stores a new admin password (AdminPassword::checkAcceptable). When one is stored already,
    // currentPassword must match it (InvalidInput when it does not). Admin mode only (Conflict).
    [[nodiscard]] QFuture<Result<void>> setAdminPassword(const QString &currentPassword,
                                                         const QString &newPassword);

    // Switches to helpdesk mode; needs a stored admin password (NotFound otherwise), so that
    // someone can switch back.
    [[nodiscard]] QFuture<Result<void>> enterHelpdeskMode();

    // Back to admin mode when the password matches; a wrong one fails with InvalidInput and says
    // so, and the mode stays.
    [[nodiscard]] QFuture<Result<void>> leaveHelpdeskMode(const QString &password);

Q_SIGNALS:
    void modeChanged(Espalier::ConsoleRole::Mode mode);

private:
    // The stored record, or an empty one when there is none.
    [[nodiscard]] QFuture<Result<QByteArray>> readRecord();
    void setMode(Mode mode);

    SecretStore &m_secrets;
    Mode m_mode = Mode::Admin;
};

} // namespace Espalier
