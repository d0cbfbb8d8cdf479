// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceSmartGroupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceSmartGroupDialog::DeviceSmartGroupDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_rule(new QComboBox(this))
    , m_platform(new QComboBox(this))
    , m_version(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"deviceSmartGroupDialog"_s);
    setWindowTitle(tr("New Smart Group"));
    m_name->setObjectName(u"smartGroupNameLineEdit"_s);
    m_rule->setObjectName(u"smartGroupRuleComboBox"_s);
    m_rule->addItem(tr("OS older than a version"),
                    static_cast<int>(DeviceSmartGroup::Rule::OsOlderThan));
    m_rule->addItem(tr("Not seen for some days"),
                    static_cast<int>(DeviceSmartGroup::Rule::NotSeenForDays));
    m_rule->addItem(tr("Macs with FileVault off"),
                    static_cast<int>(DeviceSmartGroup::Rule::FileVaultOff));
    m_platform->setObjectName(u"smartGroupPlatformComboBox"_s);
    m_platform->addItem(tr("Any platform"), QString());
    for (const QString &platform : {u"macOS"_s, u"iOS"_s, u"tvOS"_s, u"visionOS"_s, u"watchOS"_s})
        m_platform->addItem(platform, platform);
    m_version->setObjectName(u"smartGroupVersionLineEdit"_s);
    m_version->setPlaceholderText(tr("For example 17.4"));
    m_days->setObjectName(u"smartGroupDaysSpinBox"_s);
    m_days->setRange(1, 3660);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days"));
    m_problem->setObjectName(u"smartGroupProblemLabel"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Days:"), m_days);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!group().problem())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &DeviceSmartGroupDialog::update);
    connect(m_version, &QLineEdit::textChanged, this, &DeviceSmartGroupDialog::update);
    connect(m_days, &QSpinBox::valueChanged, this, &DeviceSmartGroupDialog::update);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &DeviceSmartGroupDialog::update);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &DeviceSmartGroupDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    update();
}

DeviceSmartGroup DeviceSmartGroupDialog::group() const
{
    DeviceSmartGroup group;
    group.name = m_name->text().trimmed();
    group.rule = static_cast<DeviceSmartGroup::Rule>(m_rule->currentData().toInt());
    if (group.rule == DeviceSmartGroup::Rule::OsOlderThan) {
        group.platform = m_platform->currentData().toString();
        group.version = m_version->text().trimmed();
    }
    if (group.rule == DeviceSmartGroup::Rule::NotSeenForDays)
        group.days = m_days->value();
    return group;
}

void DeviceSmartGroupDialog::update()
{
    const DeviceSmartGroup current = group();
    const bool os = current.rule == DeviceSmartGroup::Rule::OsOlderThan;
    m_platform->setEnabled(os);
    m_version->setEnabled(os);
    m_days->setEnabled(current.rule == DeviceSmartGroup::Rule::NotSeenForDays);
    const std::optional<QString> problem = current.problem();
    m_problem->setText(problem ? *problem : tr("Shows: %1").arg(current.describe()));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!problem);
}

} // namespace Espalier
