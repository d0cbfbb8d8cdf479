// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/SettingsPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"settingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"settings"_s));
    retranslate();
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_emptyState->setTitle(tr("No settings yet"));
    m_emptyState->setText(
        tr("The server address devices connect to, its port and the push certificate will be set "
           "here. Until then there is nothing to set: Espalier keeps its database at the location "
           "shown in the status bar."));
}

} // namespace Espalier
