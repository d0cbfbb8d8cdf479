// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/EngineHost.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

EngineHost::EngineHost(EngineConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_engine(new Engine(std::move(config), clock))
{
    qRegisterMetaType<Espalier::Engine::State>();
    m_thread.setObjectName(u"espalier-engine"_s);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::stateChanged, this, &EngineHost::stateChanged, Qt::QueuedConnection);
}

EngineHost::~EngineHost()
{
    stop();
    // Never started: no thread will delete it, and none runs that it belongs to.
    delete std::exchange(m_engine, nullptr);
}

void EngineHost::start()
{
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
}

void EngineHost::stop()
{
    if (!m_thread.isRunning())
        return;
    // Engine::stop runs on the engine thread before the thread's event loop ends, so the store
    // is closed on the thread that opened it.
    QMetaObject::invokeMethod(m_engine, &Engine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr;
}

} // namespace Espalier
