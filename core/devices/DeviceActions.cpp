// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/devices/DeviceActions.h"

#include "core/devices/DeviceDetailLoader.h"
#include "core/devices/FutureWatch.h"
#include "core/engine/Engine.h"

#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceActions::DeviceActions(Engine *engine, QString databasePath, QString actor, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_databasePath(std::move(databasePath))
    , m_actor(std::move(actor))
{
    if (!m_engine)
        return;
    connect(m_engine, &Engine::devicesChanged, this, &DeviceActions::devicesChanged);
    connect(m_engine, &Engine::enrollmentsChanged, this, &DeviceActions::enrollmentsChanged);
    connect(m_engine, &Engine::commandsChanged, this, &DeviceActions::commandsChanged);
}

Error DeviceActions::noEngine() const
{
    return Error{Error::Code::Unsupported,
                 tr("The engine is not running, so nothing can be sent to devices."),
                 u"no engine"_s};
}

QFuture<Result<QList<DeviceActionTarget>>> DeviceActions::loadTargets(
    const QStringList &udids) const
{
    return DeviceDetailLoader::loadTargets(m_databasePath, udids);
}

QFuture<QList<DeviceActions::Outcome>> DeviceActions::submit(const QList<PlannedAction> &plan)
{
    struct State
    {
        QPromise<QList<Outcome>> promise;
        QList<Outcome> outcomes;
        int waiting = 0;
    };

    auto state = std::make_shared<State>();
    state->promise.start();
    QFuture<QList<Outcome>> future = state->promise.future();

    struct Pending
    {
        int device;
        int position;
        QString enrollmentId;
        MdmCommand command;
    };

    QList<Pending> pending;
    for (const PlannedAction &planned : plan) {
        Outcome outcome;
        outcome.deviceId = planned.device.summary.udid;
        outcome.deviceName = planned.device.summary.name;
        outcome.pin = planned.pin;
        outcome.note = planned.note;
        outcome.error = planned.problem;
        if (!planned.problem && !m_engine)
            outcome.error = noEngine();
        if (!outcome.error) {
            outcome.commandUuids.resize(planned.commands.size());
            for (int i = 0; i < planned.commands.size(); ++i) {
                pending.append({int(state->outcomes.size()),
                                i,
                                planned.device.summary.enrollmentId,
                                planned.commands.at(i)});
            }
        }
        state->outcomes.append(outcome);
    }

    state->waiting = int(pending.size());
    if (pending.isEmpty()) {
        state->promise.addResult(state->outcomes);
        state->promise.finish();
        return future;
    }
    for (const Pending &one : std::as_const(pending)) {
        FutureWatch::onFinished(this,
                                m_engine->enqueue({one.enrollmentId}, one.command, m_actor),
                                [state, one](const Result<QStringList> &queued) {
                                    Outcome &outcome = state->outcomes[one.device];
                                    if (!queued) {
                                        if (!outcome.error)
                                            outcome.error = queued.error();
                                    } else if (!queued->isEmpty()) {
                                        outcome.commandUuids[one.position] = queued->constFirst();
                                    }
                                    if (--state->waiting == 0) {
                                        for (Outcome &done : state->outcomes) {
                                            // A device whose command was refused did not get its
                                            // PIN.
                                            if (done.error)
                                                done.pin.clear();
                                            done.commandUuids.removeAll(QString());
                                        }
                                        state->promise.addResult(state->outcomes);
                                        state->promise.finish();
                                    }
                                });
    }
    return future;
}

QFuture<Result<void>> DeviceActions::cancel(const QString &commandUuid)
{
    if (!m_engine)
        return QtFuture::makeReadyFuture(Result<void>(fail(noEngine())));
    return m_engine->cancel(commandUuid, m_actor);
}

QFuture<Result<QString>> DeviceActions::retry(const QString &commandUuid)
{
    if (!m_engine)
        return QtFuture::makeReadyFuture(Result<QString>(fail(noEngine())));
    return m_engine->retry(commandUuid, m_actor);
}

QFuture<Result<QList<LockPinRecord>>> DeviceActions::lockPins(const QString &udid)
{
    if (!m_engine)
        return QtFuture::makeReadyFuture(Result<QList<LockPinRecord>>(fail(noEngine())));
    return m_engine->lockPins(udid, m_actor);
}

} // namespace Espalier
