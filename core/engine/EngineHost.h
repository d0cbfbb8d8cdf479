// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Engine.h"

#include <QObject>
#include <QThread>

namespace Espalier {

// Owns the engine thread and the Engine on it. Lives on the thread that made it (the UI thread
// in the console, the main thread in espalierd); start() and stop() never block on engine work
// except stop(), which waits for the thread to finish after the engine has closed the store.
class EngineHost final : public QObject
{
    Q_OBJECT

public:
    EngineHost(EngineConfig config, const Clock &clock, QObject *parent = nullptr);
    ~EngineHost() override;

    // The engine, for connecting to its signals with queued connections only.
    [[nodiscard]] Engine *engine() const { return m_engine; }

    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(Espalier::Engine::State state, const QString &detail);

private:
    QThread m_thread;
    Engine *m_engine = nullptr; // owned by m_thread's lifetime: deleted on finished
};

} // namespace Espalier
