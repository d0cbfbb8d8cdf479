// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/push/PushWizardPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

PushWizardPage::PushWizardPage(const QString &objectName, QWidget *parent)
    : QWizardPage(parent)
    , m_content(new QVBoxLayout)
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_content);
    layout->addStretch(1);

    auto *progressRow = new QHBoxLayout;
    m_progress->setObjectName(objectName + u"ProgressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->setObjectName(objectName + u"ProgressLabel"_s);
    m_progressLabel->hide();
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressLabel, 1);
    layout->addLayout(progressRow);

    m_error->setObjectName(objectName + u"ErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
}

bool PushWizardPage::isComplete() const
{
    return !m_busy && m_complete && QWizardPage::isComplete();
}

void PushWizardPage::setComplete(bool complete)
{
    if (m_complete == complete)
        return;
    m_complete = complete;
    Q_EMIT completeChanged();
}

void PushWizardPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_progressLabel->setText(text);
    if (busy)
        clearError();
    Q_EMIT completeChanged();
}

void PushWizardPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void PushWizardPage::clearError()
{
    showError({});
}

QString PushWizardPage::errorText() const
{
    return m_error->text();
}

} // namespace Espalier
