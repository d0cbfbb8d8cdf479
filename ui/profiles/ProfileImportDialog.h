// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/MobileConfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Espalier {

// What an imported .mobileconfig holds before it goes into the library: its name and payloads,
// the signature (valid or tampered, the signer, whether it is trusted) and every fault found.
// Accepting adds it as it is; "Edit First" opens it in the editor. UI thread.
class ProfileImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice {
        Cancel,
        Add,
        Edit,
    };

    ProfileImportDialog(const QString &fileName,
                        const MobileConfig::Imported &imported,
                        QWidget *parent = nullptr);

    [[nodiscard]] Choice choice() const { return m_choice; }

    // The signature in one paragraph for people; empty for an unsigned profile.
    [[nodiscard]] static QString describeSignature(const ProfileSignature &signature);

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace Espalier
