// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceLostModeDialog.h"

#include "ui/devices/DeviceTargetListWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceLostModeDialog::DeviceLostModeDialog(const QList<DeviceActionTarget> &targets,
                                           QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_list(new DeviceTargetListWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_footnote(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"deviceLostModeDialog"_s);
    setWindowTitle(tr("Enable Lost Mode on %n Device(s)", nullptr, int(targets.size())));

    auto *intro = new QLabel(tr("Lost Mode locks the device and shows your message until you "
                                "disable it. Once it is on, you can play a sound and ask for the "
                                "device's location."),
                             this);
    intro->setWordWrap(true);

    m_list->setTargets(m_targets);
    for (int row = 0; row < m_targets.size(); ++row) {
        if (const std::optional<QString> reason = DeviceActionPlanner::unavailableReason(
                DeviceAction::EnableLostMode, m_targets.at(row))) {
            m_list->setNote(row, tr("Not possible: %1").arg(*reason), true);
            continue;
        }
        ++m_eligible;
    }

    m_message->setObjectName(u"lostModeMessageTextEdit"_s);
    m_message->setTabChangesFocus(true);
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4
                              + 2 * m_message->frameWidth() + 8);
    m_phone->setObjectName(u"lostModePhoneLineEdit"_s);
    m_footnote->setObjectName(u"lostModeFootnoteLineEdit"_s);
    m_footnote->setPlaceholderText(tr("Shown instead of “Slide to unlock”"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Phone number:"), m_phone);
    form->addRow(tr("&Footnote:"), m_footnote);
    connect(m_message, &QPlainTextEdit::textChanged, this, &DeviceLostModeDialog::updateButton);
    connect(m_phone, &QLineEdit::textChanged, this, &DeviceLostModeDialog::updateButton);

    m_enableButton = m_buttons->addButton(tr("Enable Lost Mode"), QDialogButtonBox::AcceptRole);
    m_enableButton->setObjectName(u"enableLostModeButton"_s);
    m_enableButton->setToolTip(tr("Enter a message or a phone number first."));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_enableButton->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateButton();
    m_message->setFocus();
}

void DeviceLostModeDialog::updateButton()
{
    const DeviceActionOptions current = options();
    m_enableButton->setEnabled(m_eligible > 0
                               && (!current.message.isEmpty() || !current.phoneNumber.isEmpty()));
}

DeviceActionOptions DeviceLostModeDialog::options() const
{
    DeviceActionOptions options;
    options.message = m_message->toPlainText().trimmed();
    options.phoneNumber = m_phone->text().trimmed();
    options.footnote = m_footnote->text().trimmed();
    return options;
}

} // namespace Espalier
