// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Espalier {

// Asks for the password that seals an exported identity, twice, and says why it matters.
// OK stays off until both fields match and are long enough. UI thread.
class Pkcs12ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MinimumPasswordLength = 8;

    // what names the credential ("the device certificate authority"), path the file.
    Pkcs12ExportDialog(const QString &what, const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QString password() const;

private:
    void updateState();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Espalier
