// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificates/CertificatesPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

CertificatesPage::CertificatesPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"certificatesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"certificates"_s));
    retranslate();
}

void CertificatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CertificatesPage::retranslate()
{
    m_emptyState->setTitle(tr("No certificates yet"));
    m_emptyState->setText(
        tr("The server’s TLS certificate, the certificate authority that issues device identities "
           "and the Apple push certificate will appear here with their expiry dates. Setting them "
           "up is not available in this version yet."));
}

} // namespace Espalier
