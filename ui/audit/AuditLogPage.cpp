// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/audit/AuditLogPage.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/Icons.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

AuditLogPage::AuditLogPage(QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyStateWidget(this))
{
    setObjectName(u"auditLogPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
    m_emptyState->setIcon(Icons::symbol(u"audit-log"_s));
    retranslate();
}

void AuditLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditLogPage::retranslate()
{
    m_emptyState->setTitle(tr("Nothing recorded yet"));
    m_emptyState->setText(tr("Every enrollment, command and change to profiles or certificates "
                             "will be recorded here with who did it and when. Nothing is recorded "
                             "yet, because this version cannot perform those actions."));
}

} // namespace Espalier
