// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfilesPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

ProfilesPage::ProfilesPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"profilesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"profiles"_s));
    retranslate();
}

void ProfilesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProfilesPage::retranslate()
{
    m_emptyState->setTitle(tr("No configuration profiles yet"));
    m_emptyState->setText(
        tr("Configuration profiles will appear here with the devices they are installed on. "
           "Creating and importing profiles is not available in this version yet."));
}

} // namespace Espalier
