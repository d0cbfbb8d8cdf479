// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ErrorPresenter.h"

#include "core/common/Logging.h"
#include "ui/common/Prompter.h"

#include <QStatusBar>

namespace Espalier {

ErrorPresenter::ErrorPresenter(Prompter &prompter,
                               QStatusBar *statusBar,
                               QWidget *dialogParent,
                               QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_statusBar(statusBar)
    , m_dialogParent(dialogParent)
{}

void ErrorPresenter::showPassing(const Error &error)
{
    // The admin chose to cancel; telling them it failed would be wrong.
    if (error.code == Error::Code::Cancelled)
        return;
    qCWarning(lcApp).noquote() << error.toString();
    if (!m_statusBar)
        return;
    m_statusBar->showMessage(messageFor(error), StatusMessageTimeoutMs);
}

void ErrorPresenter::showBlocking(const QString &title, const Error &error)
{
    if (error.code == Error::Code::Cancelled)
        return;
    qCWarning(lcApp).noquote() << title << error.toString();
    if (!m_dialogParent)
        return;
    m_prompter.showError(m_dialogParent, title, messageFor(error), error.detail);
}

QString ErrorPresenter::messageFor(const Error &error)
{
    // core always fills message; an empty one is a bug there, but the admin still deserves a
    // sentence instead of a blank dialog.
    if (error.message.isEmpty())
        return tr("Something went wrong. The details have been written to the log.");
    return error.message;
}

} // namespace Espalier
