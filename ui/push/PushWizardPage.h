// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QVBoxLayout;

namespace Espalier {

// A page of the push certificate wizard: its content, then a progress row for the work the page
// starts (Next stays off while it runs) and a line for what went wrong, in plain words. UI thread.
class PushWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PushWizardPage(const QString &objectName, QWidget *parent = nullptr);

    // Where the page's own widgets go, above the progress row.
    [[nodiscard]] QVBoxLayout *content() const { return m_content; }

    [[nodiscard]] bool isComplete() const override;
    void setComplete(bool complete);

    [[nodiscard]] bool isBusy() const { return m_busy; }

    // Shows the progress row with text and keeps Next off until setBusy(false).
    void setBusy(bool busy, const QString &text = {});
    void showError(const QString &text);
    void clearError();
    [[nodiscard]] QString errorText() const;

private:
    QVBoxLayout *m_content = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_error = nullptr;
    bool m_busy = false;
    bool m_complete = true;
};

} // namespace Espalier
