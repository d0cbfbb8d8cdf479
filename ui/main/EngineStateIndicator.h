// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Engine.h"

#include <QWidget>

class QLabel;

namespace Espalier {

// The status bar's account of the engine: its state, and what it serves or why it failed. Fed
// by EngineHost::stateChanged, which arrives queued on the UI thread; this widget lives there.
class EngineStateIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit EngineStateIndicator(QWidget *parent = nullptr);

    [[nodiscard]] Engine::State state() const { return m_state; }

    [[nodiscard]] QString detail() const { return m_detail; }

public Q_SLOTS:
    void showState(Espalier::Engine::State state, const QString &detail);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    // Nothing has been heard from the engine until the first stateChanged: it has not started.
    Engine::State m_state = Engine::State::Stopped;
    QString m_detail;
    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
};

} // namespace Espalier
