// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DevicesPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DevicesPage::DevicesPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"devicesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"devices"_s));
    retranslate();
}

void DevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    m_emptyState->setTitle(tr("No devices yet"));
    m_emptyState->setText(
        tr("Enrolled iPhones, iPads and Macs will appear here with their inventory. Enrolling a "
           "device needs the server, its certificates and an Apple push certificate, which this "
           "version of Espalier cannot set up yet."));
}

} // namespace Espalier
