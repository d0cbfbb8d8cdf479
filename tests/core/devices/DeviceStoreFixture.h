// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/crypto/SecretBox.h"
#include "core/mdm/CommandQueue.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/EnrollmentTokenRepository.h"
#include "core/store/InventoryRepository.h"
#include "tests/support/TestSecretBox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace Espalier {

// A real store file filled the way the engine fills it (the same repositories and queue), for
// tests of the device list, detail and actions without devices on the network. Header-only
// test support; lives on the test's thread, which holds the Writer.
class DeviceStoreFixture final
{
public:
    struct DeviceSpec
    {
        QString udid;
        QString name;
        QString serial;
        QString platform = QStringLiteral("iOS");
        QString osVersion = QStringLiteral("17.5");
        QString productName = QStringLiteral("iPhone15,2");
        QString modelName = QStringLiteral("iPhone");
        QString user{};
        std::optional<bool> fileVault{};
        bool supervised = true;
        bool unlockToken = true;
        QDateTime enrolledAt{};
        QDateTime lastSeenAt{};
    };

    explicit DeviceStoreFixture(const QString &path)
        : m_clock(QDateTime::currentDateTimeUtc())
    {
        Result<std::unique_ptr<Database>> opened = Database::openWriter(path);
        if (opened)
            m_database = std::move(*opened);
        else
            m_error = opened.error();
        Result<QByteArray> key = SecretBox::generateKey();
        if (key)
            m_box = SecretBox::fromKey(*key).value();
    }

    [[nodiscard]] bool isValid() const { return m_database && m_box; }

    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

    [[nodiscard]] Database &database() { return *m_database; }

    [[nodiscard]] ManualClock &clock() { return m_clock; }

    [[nodiscard]] CommandQueue commandQueue() { return CommandQueue(*m_database, m_clock, *m_box); }

    [[nodiscard]] const SecretBox &box() const { return *m_box; }

    Result<void> addDevice(const DeviceSpec &spec)
    {
        const QDateTime now = m_clock.now();
        m_clock.setNow(spec.enrolledAt.isValid() ? spec.enrolledAt : now);
        EnrollmentRepository enrollments(*m_database, m_clock, &Testing::testTokenBox());
        Enrollment channel;
        channel.id = spec.udid;
        channel.type = EnrollmentType::Device;
        channel.deviceId = spec.udid;
        channel.topic = QStringLiteral("com.apple.mgmt.External.test");
        channel.identityCertSha256 = QString::fromLatin1(
            QCryptographicHash::hash(spec.udid.toUtf8(), QCryptographicHash::Sha256).toHex());
        Result<Enrollment> authenticated = enrollments.recordAuthenticate(channel);
        if (!authenticated)
            return fail(authenticated.error());
        channel.pushTokenHex = QStringLiteral("00112233445566778899aabbccddeeff");
        channel.pushMagic = QStringLiteral("magic-") + spec.udid;
        Result<Enrollment> updated = enrollments.recordTokenUpdate(channel);
        if (!updated)
            return fail(updated.error());
        if (spec.unlockToken) {
            Result<void> stored = EnrollmentTokenRepository(*m_database, m_clock, *m_box)
                                      .storeUnlockToken(spec.udid, QByteArrayLiteral("unlock"));
            if (!stored)
                return stored;
        }
        Device device;
        device.udid = spec.udid;
        device.name = spec.name;
        device.serialNumber = spec.serial;
        device.platform = spec.platform;
        device.osVersion = spec.osVersion;
        device.productName = spec.productName;
        device.modelName = spec.modelName;
        device.assignedUser = spec.user;
        device.fileVaultEnabled = spec.fileVault;
        device.supervised = spec.supervised;
        Result<Device> inventory = DeviceRepository(*m_database, m_clock).upsertInventory(device);
        if (!inventory)
            return fail(inventory.error());
        m_clock.setNow(spec.lastSeenAt.isValid() ? spec.lastSeenAt : now);
        Result<void> seen = enrollments.markSeen(spec.udid);
        m_clock.setNow(now);
        return seen;
    }

    // Queues a command the way the engine does, sealed when it carries a secret.
    Result<QString> enqueue(const QString &udid, const MdmCommand &command, const QString &actor)
    {
        Result<QStringList> queued = commandQueue().enqueue({udid}, command, actor);
        if (!queued)
            return fail(queued.error());
        return queued->constFirst();
    }

    // The device's answer, as the queue records it.
    Result<void> finish(const QString &uuid, CommandState state)
    {
        Result<Command> moved
            = CommandRepository(*m_database, m_clock)
                  .transition(uuid,
                              {CommandState::Queued, CommandState::Pushed, CommandState::Sent},
                              state);
        if (!moved)
            return fail(moved.error());
        return {};
    }

private:
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    std::optional<SecretBox> m_box;
    std::optional<Error> m_error;
};

} // namespace Espalier
