// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceSmartGroup.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Espalier {

// Defines a new smart group: a name and one rule with its value. Save stays disabled, with the
// reason shown, until the group is complete. Opened window-modal with open(); the caller reads
// group() on accepted. UI thread.
class DeviceSmartGroupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceSmartGroupDialog(QWidget *parent = nullptr);

    [[nodiscard]] DeviceSmartGroup group() const;

private:
    void update();

    QLineEdit *m_name = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_version = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Espalier
