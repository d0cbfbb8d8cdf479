// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/roles/ConsoleRole.h"

#include "core/common/AppIdentity.h"
#include "core/common/Futures.h"
#include "core/common/Logging.h"
#include "core/roles/AdminPassword.h"
#include "core/store/SecretStore.h"

#include <QSettings>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr auto SettingsKey = "Console/role"_L1;
constexpr auto HelpdeskValue = "helpdesk"_L1;
constexpr auto AdminValue = "admin"_L1;

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

} // namespace

QString ConsoleRole::passwordKey()
{
    return u"console/admin-password"_s;
}

ConsoleRole::ConsoleRole(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    if (QSettings().value(SettingsKey).toString() == HelpdeskValue)
        m_mode = Mode::Helpdesk;
}

bool ConsoleRole::allows(Mode mode, Action action)
{
    if (mode == Mode::Admin)
        return true;
    switch (action) {
    case Action::RefreshInventory:
    case Action::Lock:
    case Action::Wipe:
    case Action::LostMode:
    case Action::Restart:
        return true;
    case Action::ShutDown:
    case Action::ClearPasscode:
    case Action::SendOtherCommand:
    case Action::CancelCommand:
    case Action::RetryCommand:
    case Action::EnrollDevices:
    case Action::ManageProfiles:
    case Action::ManageCertificates:
    case Action::ChangeSettings:
    case Action::ChangeAdminPassword:
        return false;
    }
    return false;
}

QString ConsoleRole::actor() const
{
    const QString name = systemAccountName();
    return isHelpdesk() ? name + u" (helpdesk)"_s : name;
}

QFuture<Result<QByteArray>> ConsoleRole::readRecord()
{
    // Touches nothing of this object, so it may run on whichever thread the keychain answers.
    return m_secrets.read(passwordKey())
        .then(QtFuture::Launch::Sync, [](const Result<QByteArray> &record) -> Result<QByteArray> {
            if (!record && record.error().code == Error::Code::NotFound)
                return QByteArray();
            return record;
        });
}

QFuture<Result<bool>> ConsoleRole::hasAdminPassword()
{
    return readRecord().then(QtFuture::Launch::Sync,
                             [](const Result<QByteArray> &record) -> Result<bool> {
                                 if (!record)
                                     return fail(record.error());
                                 return !record->isEmpty();
                             });
}

QFuture<Result<void>> ConsoleRole::setAdminPassword(const QString &currentPassword,
                                                    const QString &newPassword)
{
    if (isHelpdesk()) {
        return ready<void>(fail(Error::Code::Conflict,
                                tr("Only an admin can change the admin password. Leave helpdesk "
                                   "mode first."),
                                u"helpdesk mode"_s));
    }
    if (Result<void> acceptable = AdminPassword::checkAcceptable(newPassword); !acceptable)
        return ready<void>(fail(acceptable.error()));
    // Nothing below touches this object: the keychain is thread-safe and outlives it.
    SecretStore *secrets = &m_secrets;
    return readRecord()
        .then(QtFuture::Launch::Sync,
              [secrets, currentPassword, newPassword](
                  const Result<QByteArray> &record) -> QFuture<Result<void>> {
                  if (!record)
                      return ready<void>(fail(record.error()));
                  const QByteArray &stored = *record;
                  return QtConcurrent::run(
                             [stored, currentPassword, newPassword]() -> Result<QByteArray> {
                                 if (!stored.isEmpty()) {
                                     Result<bool> matches = AdminPassword::verify(currentPassword,
                                                                                  stored);
                                     if (!matches)
                                         return fail(matches.error());
                                     if (!*matches) {
                                         return fail(Error::Code::InvalidInput,
                                                     tr("The current admin password is wrong."),
                                                     u"wrong current password"_s);
                                     }
                                 }
                                 return AdminPassword::hash(newPassword);
                             })
                      .then(QtFuture::Launch::Sync,
                            [secrets](const Result<QByteArray> &hashed) -> QFuture<Result<void>> {
                                if (!hashed)
                                    return ready<void>(fail(hashed.error()));
                                qCInfo(lcApp) << "storing a new admin password";
                                return secrets->write(passwordKey(), *hashed);
                            })
                      .unwrap();
              })
        .unwrap();
}

QFuture<Result<void>> ConsoleRole::enterHelpdeskMode()
{
    if (isHelpdesk())
        return ready<void>({});
    return Futures::then(
        this, hasAdminPassword(), [this](const Result<bool> &stored) -> Result<void> {
            if (!stored)
                return fail(stored.error());
            if (!*stored) {
                return fail(Error::Code::NotFound,
                            tr("Set an admin password first, so that helpdesk mode can be left "
                               "again."),
                            u"no admin password"_s);
            }
            setMode(Mode::Helpdesk);
            return {};
        });
}

QFuture<Result<void>> ConsoleRole::leaveHelpdeskMode(const QString &password)
{
    if (!isHelpdesk())
        return ready<void>({});
    return Futures::then(
        this,
        readRecord(),
        [this, password](const Result<QByteArray> &record) -> QFuture<Result<void>> {
            if (!record)
                return ready<void>(fail(record.error()));
            if (record->isEmpty()) {
                return ready<void>(
                    fail(Error::Code::NotFound,
                         tr("No admin password is stored in the system keyring, so helpdesk mode "
                            "cannot be left. If the keyring is locked, unlock it and try again."),
                         u"no admin password"_s));
            }
            const QByteArray &stored = *record;
            return Futures::then(this,
                                 QtConcurrent::run([stored, password] {
                                     return AdminPassword::verify(password, stored);
                                 }),
                                 [this](const Result<bool> &matches) -> Result<void> {
                                     if (!matches)
                                         return fail(matches.error());
                                     if (!*matches) {
                                         qCInfo(lcApp)
                                             << "wrong admin password for leaving helpdesk mode";
                                         return fail(Error::Code::InvalidInput,
                                                     tr("That is not the admin password."),
                                                     u"wrong admin password"_s);
                                     }
                                     setMode(Mode::Admin);
                                     return {};
                                 });
        });
}

void ConsoleRole::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    QSettings().setValue(SettingsKey, mode == Mode::Helpdesk ? HelpdeskValue : AdminValue);
    qCInfo(lcApp) << "console role is now" << (mode == Mode::Helpdesk ? "helpdesk" : "admin");
    Q_EMIT modeChanged(mode);
}

} // namespace Espalier
