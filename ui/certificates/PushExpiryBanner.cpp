// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificates/PushExpiryBanner.h"

#include "core/certificates/CertificateService.h"
#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/push/PushCertificate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Espalier {

PushExpiryBanner::PushExpiryBanner(CertificateService &service, const Clock &clock, QWidget *parent)
    : QFrame(parent)
    , m_service(service)
    , m_clock(clock)
    , m_label(new QLabel(this))
    , m_renew(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"pushExpiryBanner"_s);
    m_label->setObjectName(u"pushExpiryBannerLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_renew->setObjectName(u"renewPushCertificatePushButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_renew);
    connect(m_renew, &QPushButton::clicked, this, &PushExpiryBanner::renewRequested);
    connect(&m_service, &CertificateService::certificatesChanged, this, &PushExpiryBanner::refresh);
    // Days pass while the console stays open.
    m_timer->setInterval(std::chrono::hours(1));
    connect(m_timer, &QTimer::timeout, this, &PushExpiryBanner::updateState);
    m_timer->start();
    retranslate();
    hide();
    refresh();
}

QString PushExpiryBanner::text() const
{
    return m_label->text();
}

void PushExpiryBanner::refresh()
{
    Futures::then(this,
                  m_service.currentPushCertificate(),
                  [this](const Result<std::optional<PushCertificateRecord>> &current) {
                      // No engine serving yet, or no certificate: nothing to warn about here;
                      // the Certificates page says what is missing.
                      m_notAfter = current && *current ? (*current)->notAfter : QDateTime();
                      updateState();
                  });
}

void PushExpiryBanner::updateState()
{
    const QDateTime now = m_clock.now();
    m_state = m_notAfter.isValid() ? Credential::expiryState(m_notAfter, now) : ExpiryState::Valid;
    if (m_state == ExpiryState::Valid) {
        hide();
        Q_EMIT updated();
        return;
    }
    m_label->setText(PushCertificate::expiryText(m_notAfter, now));
    const bool urgent = m_state != ExpiryState::Soon;
    // Fixed tints, readable on light and dark themes alike.
    setStyleSheet(urgent ? u"#pushExpiryBanner { background: #fbe3e1; border-bottom: 1px solid "
                           "#c62828; } #pushExpiryBanner QLabel { color: #7f1d1d; font-weight: "
                           "bold; }"_s
                         : u"#pushExpiryBanner { background: #fff4d6; border-bottom: 1px solid "
                           "#e0a800; } #pushExpiryBanner QLabel { color: #5c3d00; }"_s);
    setProperty("urgent", urgent);
    show();
    Q_EMIT updated();
}

void PushExpiryBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateState();
    }
    QFrame::changeEvent(event);
}

void PushExpiryBanner::retranslate()
{
    m_renew->setText(tr("Renew…"));
    m_renew->setToolTip(tr("Renew the push certificate with the same topic, so every device "
                           "keeps working."));
}

} // namespace Espalier
