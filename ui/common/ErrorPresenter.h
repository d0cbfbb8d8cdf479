// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QObject>
#include <QPointer>

class QStatusBar;
class QWidget;

namespace Espalier {

class Prompter;

// Turns an Error into something the admin sees: a status bar message for a failure they can work
// past, a dialog for one that stops what they were doing. The one place in the console that does
// so, and every error it shows is also logged with its detail. UI thread only.
class ErrorPresenter final : public QObject
{
    Q_OBJECT

public:
    // How long a passing failure stays in the status bar.
    static constexpr int StatusMessageTimeoutMs = 10'000;

    // statusBar and dialogParent usually belong to the main window, which outlives this object;
    // both are watched, so a late error during shutdown is logged rather than shown.
    ErrorPresenter(Prompter &prompter,
                   QStatusBar *statusBar,
                   QWidget *dialogParent,
                   QObject *parent = nullptr);

    // The status bar shows error.message for a while; nothing waits for the admin.
    void showPassing(const Error &error);
    // A dialog titled with what failed, e.g. "Cannot Import the Certificate"; the detail sits
    // behind "Show Details…".
    void showBlocking(const QString &title, const Error &error);

private:
    [[nodiscard]] static QString messageFor(const Error &error);

    Prompter &m_prompter;
    QPointer<QStatusBar> m_statusBar;
    QPointer<QWidget> m_dialogParent;
};

} // namespace Espalier
