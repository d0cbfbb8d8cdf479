// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Espalier {

// Asks for the admin password: a new one (typed twice) before the first switch to helpdesk mode,
// the current and a new one to change it, or the current one to leave helpdesk mode. It checks
// only what it can see (both copies match, long enough); the caller checks the password itself
// off the UI thread and answers with finish() or showError(), and the dialog stays open, busy,
// until then. Opened with open(), never exec(). UI thread.
class AdminPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose {
        Create,
        Change,
        Unlock,
    };

    explicit AdminPasswordDialog(Purpose purpose, QWidget *parent = nullptr);

    [[nodiscard]] Purpose purpose() const { return m_purpose; }

    // Shows why the last attempt failed, clears the password to type again, and lets the admin
    // try again.
    void showError(const QString &message);
    // The caller is done: closes the dialog as accepted.
    void finish();

Q_SIGNALS:
    // currentPassword is empty for Create, newPassword for Unlock.
    void submitted(const QString &currentPassword, const QString &newPassword);

public Q_SLOTS:
    void accept() override;

private:
    void showMessage(const QString &message);
    void setBusy(bool busy);
    void updateButtons();

    const Purpose m_purpose;
    QLabel *m_introLabel = nullptr;
    QLineEdit *m_currentEdit = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace Espalier
