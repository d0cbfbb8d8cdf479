// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

namespace Espalier {

class DeviceActionController;
class DeviceActions;
class DeviceDetailWidget;
class ErrorPresenter;

// A window with one device's detail beside the device list; several can be open at once. Not
// modal; deletes itself when closed. UI thread.
class DeviceDetailDialog final : public QDialog
{
    Q_OBJECT

public:
    DeviceDetailDialog(DeviceActions &actions,
                       DeviceActionController &controller,
                       ErrorPresenter &errors,
                       const QString &udid,
                       QWidget *parent = nullptr);

    [[nodiscard]] DeviceDetailWidget *detailWidget() const { return m_detail; }

private:
    DeviceDetailWidget *m_detail = nullptr;
};

} // namespace Espalier
