// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceLockDialog.h"

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

DeviceLockDialog::DeviceLockDialog(const QList<DeviceActionTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_list(new DeviceTargetListWidget(this))
    , m_message(new QPlainTextEdit(this))
    , m_phone(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"deviceLockDialog"_s);
    setWindowTitle(tr("Lock %n Device(s)", nullptr, int(targets.size())));

    auto *intro = new QLabel(
        tr("The devices lock at once when they next check in. The message and phone number "
           "appear on the lock screen, so whoever finds a device can return it."),
        this);
    intro->setWordWrap(true);

    m_list->setTargets(m_targets);
    int lockable = 0;
    int macs = 0;
    for (int row = 0; row < m_targets.size(); ++row) {
        const DeviceActionTarget &target = m_targets.at(row);
        if (const std::optional<QString> reason = DeviceActionPlanner::unavailableReason(
                DeviceAction::Lock, target)) {
            m_list->setNote(row, tr("Can't be locked: %1").arg(*reason), true);
            continue;
        }
        ++lockable;
        if (target.target.platform == Platform::MacOS) {
            ++macs;
            m_list->setNote(row, tr("Gets a new six-digit PIN"));
        }
        if (target.summary.lastLock.isValid() && !isFinal(target.summary.lastLock.state))
            m_list->setNote(row, tr("A lock is already pending"));
    }

    m_message->setObjectName(u"lockMessageTextEdit"_s);
    m_message->setTabChangesFocus(true);
    m_message->setPlaceholderText(tr("For example: This device belongs to Example Ltd. Please "
                                     "call the number below."));
    m_message->setFixedHeight(m_message->fontMetrics().lineSpacing() * 4
                              + 2 * m_message->frameWidth() + 8);
    m_phone->setObjectName(u"lockPhoneLineEdit"_s);
    m_phone->setPlaceholderText(tr("For example: +1 555 0100"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Message:"), m_message);
    form->addRow(tr("&Phone number:"), m_phone);

    auto *pinNote = new QLabel(this);
    pinNote->setObjectName(u"lockPinNoteLabel"_s);
    pinNote->setWordWrap(true);
    pinNote->setVisible(macs > 0);
    pinNote->setText(tr("Each Mac gets its own six-digit PIN. Espalier shows it once the lock is "
                        "queued and keeps it, with every earlier PIN, in the Mac's lock PIN "
                        "history: the Mac opens only with it."));

    m_lockButton = m_buttons->addButton(tr("Lock %n Device(s)", nullptr, lockable),
                                        QDialogButtonBox::AcceptRole);
    m_lockButton->setObjectName(u"lockButton"_s);
    m_lockButton->setEnabled(lockable > 0);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"lockButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(pinNote);
    layout->addWidget(m_buttons);
    m_message->setFocus();
}

DeviceActionOptions DeviceLockDialog::options() const
{
    DeviceActionOptions options;
    options.message = m_message->toPlainText().trimmed();
    options.phoneNumber = m_phone->text().trimmed();
    return options;
}

} // namespace Espalier
