// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/devices/DeviceActionPlanner.h"
#include "core/devices/DeviceActionTarget.h"
#include "core/mdm/LockPinRecord.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Espalier {

class Engine;

// The console's way to act on devices: loads the targets of an action from the store, and sends
// every command through Engine::enqueue in the acting admin's name, which writes the audit log.
// Holds no engine state of its own. Lives on the UI thread; every answer is a QFuture whose
// continuations the caller runs with a context object.
class DeviceActions final : public QObject
{
    Q_OBJECT

public:
    // What happened to one device of a submitted action.
    struct Outcome
    {
        QString deviceId;
        QString deviceName;
        QStringList commandUuids;   // as queued, in plan order
        QString pin;                // the Mac's Find My PIN, for Lock and Wipe
        QString note;               // from the plan
        std::optional<Error> error; // the plan's problem, or the engine's refusal
    };

    // engine may be null (a console without an engine cannot act; every call then fails).
    DeviceActions(Engine *engine, QString databasePath, QString actor, QObject *parent = nullptr);

    [[nodiscard]] const QString &actor() const { return m_actor; }

    void setActor(const QString &actor) { m_actor = actor; }

    [[nodiscard]] const QString &databasePath() const { return m_databasePath; }

    [[nodiscard]] QFuture<Result<QList<DeviceActionTarget>>> loadTargets(
        const QStringList &udids) const;

    // Queues the plan: every command of every device that has no problem, one enqueue per
    // command. Finishes when the engine has answered all of them, with one outcome per device
    // in plan order; never fails as a whole.
    [[nodiscard]] QFuture<QList<Outcome>> submit(const QList<PlannedAction> &plan);

    [[nodiscard]] QFuture<Result<void>> cancel(const QString &commandUuid);
    [[nodiscard]] QFuture<Result<QString>> retry(const QString &commandUuid);
    // The device's lock PIN history; the engine audits the viewing.
    [[nodiscard]] QFuture<Result<QList<LockPinRecord>>> lockPins(const QString &udid);

Q_SIGNALS:
    // The engine's change signals, passed on (queued) for views that follow one device.
    void devicesChanged(const QStringList &deviceIds);
    void enrollmentsChanged(const QStringList &enrollmentIds);
    void commandsChanged(const QStringList &commandUuids);

private:
    [[nodiscard]] Error noEngine() const;

    Engine *m_engine = nullptr; // on its own thread; outlives this object (app/ owns both)
    QString m_databasePath;
    QString m_actor;
};

} // namespace Espalier
