// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificates/Credential.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Espalier {

class CertificateService;
class Clock;

// The main window's strip above the pages from 60 days before the push certificate expires:
// the days left, what expiry means, and Renew…. Amber until 10 days are left, red from then on
// and after expiry; hidden otherwise. Reads the certificate through CertificateService when it
// changes, and looks at the clock again every hour. UI thread.
class PushExpiryBanner final : public QFrame
{
    Q_OBJECT

public:
    PushExpiryBanner(CertificateService &service, const Clock &clock, QWidget *parent = nullptr);

    // Valid while hidden.
    [[nodiscard]] ExpiryState state() const { return m_state; }

    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void renewRequested();
    // After each look at the certificate and the clock.
    void updated();

public Q_SLOTS:
    // Reads the current push certificate again.
    void refresh();
    // Measures against the clock again.
    void updateState();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    CertificateService &m_service;
    const Clock &m_clock;
    QDateTime m_notAfter;
    ExpiryState m_state = ExpiryState::Valid;
    QLabel *m_label = nullptr;
    QPushButton *m_renew = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Espalier
