// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/EngineConfig.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Espalier {

class Clock;
class Database;

// The MDM engine: owns the store writer (and, later, the HTTPS server and APNs sender).
// Lives on the engine thread that EngineHost owns; every other thread talks to it through
// queued calls and its signals.
class Engine final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Stopped,
        Starting,
        Running,
        Stopping,
        Failed,
    };
    Q_ENUM(State)

    Engine(EngineConfig config, const Clock &clock, QObject *parent = nullptr);
    ~Engine() override;

    [[nodiscard]] State state() const { return m_state; }

    [[nodiscard]] const EngineConfig &config() const { return m_config; }

    // Text for people, e.g. in the console's status bar.
    [[nodiscard]] static QString describe(State state);

public Q_SLOTS:
    // Opens (and migrates) the store; ends in Running or Failed.
    void start();
    // Closes the store; ends in Stopped.
    void stop();

Q_SIGNALS:
    // detail says why for Failed, and what is served for Running.
    void stateChanged(Espalier::Engine::State state, const QString &detail);

private:
    void setState(State state, const QString &detail);

    EngineConfig m_config;
    const Clock &m_clock;
    State m_state = State::Stopped;
    std::unique_ptr<Database> m_database; // the single writer; opened and closed on this thread
};

} // namespace Espalier
