// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Espalier {

class EmptyStateWidget;

// The Certificates section: the server's TLS certificate, the device CA and the push certificate.
// Until they can be set up it shows an empty state that says so. UI thread.
class CertificatesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace Espalier
