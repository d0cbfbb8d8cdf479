// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Espalier {

class EmptyStateWidget;

// The Audit log section: who did what and when. Until there are actions to record it shows an
// empty state that says so. UI thread.
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EmptyStateWidget *m_emptyState = nullptr;
};

} // namespace Espalier
