// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceActionPlanner.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Espalier {

class DeviceTargetListWidget;

// Asks for the Lost Mode screen (message, phone number, footnote; a message or a phone number is
// required) before putting the listed devices into Lost Mode. Opened window-modal with open();
// the caller reads options() on accepted. UI thread.
class DeviceLostModeDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeviceLostModeDialog(const QList<DeviceActionTarget> &targets,
                                  QWidget *parent = nullptr);

    [[nodiscard]] DeviceActionOptions options() const;

    [[nodiscard]] const QList<DeviceActionTarget> &targets() const { return m_targets; }

private:
    void updateButton();

    QList<DeviceActionTarget> m_targets;
    int m_eligible = 0;
    DeviceTargetListWidget *m_list = nullptr;
    QPlainTextEdit *m_message = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_footnote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_enableButton = nullptr;
};

} // namespace Espalier
