// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/ProfileDevicesDialog.h"

#include "core/profiles/ProfileAssignmentModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

ProfileDevicesDialog::ProfileDevicesDialog(Mode mode,
                                           const QString &profileName,
                                           const QList<DeviceActionTarget> &devices,
                                           const QList<ProfileAssignment> &assignments,
                                           QWidget *parent)
    : QDialog(parent)
    , m_devices(devices)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"profileDevicesDialog"_s);
    const bool install = mode == Mode::Install;
    setWindowTitle(install ? tr("Install “%1”").arg(profileName)
                           : tr("Remove “%1”").arg(profileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(install ? tr("Choose the devices to install the profile on. A device "
                                          "that has it already gets the current version.")
                                     : tr("Choose the devices to remove the profile from."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree->setObjectName(u"deviceTree"_s);
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Device"), tr("Serial number"), tr("Model"), tr("This profile")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int i = 0; i < m_devices.size(); ++i) {
        const DeviceSummary &device = m_devices.at(i).summary;
        QString status;
        bool present = false;
        for (const ProfileAssignment &a : assignments) {
            if (a.deviceUdid == device.udid) {
                status = ProfileAssignmentModel::statusText(a);
                present = a.status == ProfileAssignment::Status::Installed
                          || a.status == ProfileAssignment::Status::Drifted
                          || (a.status == ProfileAssignment::Status::Pending
                              && a.action == ProfileAssignment::Action::Install);
            }
        }
        auto *item = new QTreeWidgetItem(
            m_tree,
            {device.name.isEmpty() ? device.udid : device.name,
             device.serialNumber,
             device.modelName.isEmpty() ? device.productName : device.modelName,
             status});
        item->setData(0, Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Removing starts from the devices that have it; installing from none.
        item->setCheckState(0, !install && present ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_tree, 1);

    if (install) {
        m_sign = new QCheckBox(tr("Sign with the server's identity"), this);
        m_sign->setObjectName(u"signCheckBox"_s);
        m_sign->setToolTip(tr("Devices show a signed profile as verified when they trust the "
                              "server's certificate."));
        m_sign->setChecked(true);
        layout->addWidget(m_sign);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(install ? tr("Install…") : tr("Remove…"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ProfileDevicesDialog::updateState);
    updateState();
    resize(640, 420);
}

QList<DeviceActionTarget> ProfileDevicesDialog::chosen() const
{
    QList<DeviceActionTarget> chosen;
    for (int row = 0; row < m_tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(row);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_devices.at(item->data(0, Qt::UserRole).toInt()));
    }
    return chosen;
}

bool ProfileDevicesDialog::sign() const
{
    return m_sign && m_sign->isChecked();
}

void ProfileDevicesDialog::updateState()
{
    m_ok->setEnabled(!chosen().isEmpty());
}

} // namespace Espalier
