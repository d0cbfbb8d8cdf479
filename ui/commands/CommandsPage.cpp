// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CommandsPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

CommandsPage::CommandsPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"commandsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"commands"_s));
    retranslate();
}

void CommandsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CommandsPage::retranslate()
{
    m_emptyState->setTitle(tr("No commands yet"));
    m_emptyState->setText(
        tr("Commands sent to devices, such as Lock, Restart or Erase, will appear here with "
           "whether they were delivered and what the device answered. You will send them from the "
           "Devices page once devices are enrolled."));
}

} // namespace Espalier
