// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceDetailDialog.h"

#include "ui/devices/DeviceDetailWidget.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceDetailDialog::DeviceDetailDialog(DeviceActions &actions,
                                       DeviceActionController &controller,
                                       ErrorPresenter &errors,
                                       const QString &udid,
                                       QWidget *parent)
    : QDialog(parent)
    , m_detail(new DeviceDetailWidget(actions, controller, errors, udid, this))
{
    setObjectName(u"deviceDetailDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Device"));
    setSizeGripEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"deviceDetailButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_detail, &DeviceDetailWidget::titleChanged, this, &QWidget::setWindowTitle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detail, 1);
    layout->addWidget(buttons);
    resize(920, 640);
}

} // namespace Espalier
