// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Engine.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/store/Database.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Espalier {

Engine::Engine(EngineConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{}

Engine::~Engine() = default;

QString Engine::describe(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Engine stopped");
    case State::Starting:
        return tr("Engine starting…");
    case State::Running:
        return tr("Engine running");
    case State::Stopping:
        return tr("Engine stopping…");
    case State::Failed:
        return tr("Engine failed");
    }
    return {};
}

void Engine::start()
{
    if (m_state == State::Running || m_state == State::Starting)
        return;
    setState(State::Starting, {});
    const QFileInfo file(m_config.databasePath);
    if (!QDir().mkpath(file.absolutePath())) {
        setState(State::Failed,
                 tr("Cannot create the data folder %1. Check that it is writable.")
                     .arg(QDir::toNativeSeparators(file.absolutePath())));
        return;
    }
    Result<std::unique_ptr<Database>> database = Database::openWriter(file.absoluteFilePath());
    if (!database) {
        qCWarning(lcEngine).noquote() << database.error().toString();
        setState(
            State::Failed,
            tr("Cannot open the store %1: %2")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath()), database.error().message));
        return;
    }
    m_database = std::move(*database);
    setState(State::Running,
             tr("Store: %1").arg(QDir::toNativeSeparators(file.absoluteFilePath())));
}

void Engine::stop()
{
    if (m_state == State::Stopped)
        return;
    setState(State::Stopping, {});
    m_database.reset();
    setState(State::Stopped, {});
}

void Engine::setState(State state, const QString &detail)
{
    m_state = state;
    qCInfo(lcEngine).noquote() << "state" << describe(state) << detail;
    Q_EMIT stateChanged(state, detail);
}

} // namespace Espalier
