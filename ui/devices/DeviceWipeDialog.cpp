// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceWipeDialog.h"

#include "ui/devices/DeviceTargetListWidget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceWipeDialog::DeviceWipeDialog(const QList<DeviceActionTarget> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_list(new DeviceTargetListWidget(this))
    , m_preserveDataPlan(new QCheckBox(this))
    , m_disallowProximitySetup(new QCheckBox(this))
    , m_confirm(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"deviceWipeDialog"_s);
    setWindowTitle(tr("Wipe %n Device(s)", nullptr, int(targets.size())));

    auto *warning = new QLabel(this);
    warning->setObjectName(u"wipeWarningLabel"_s);
    warning->setWordWrap(true);
    warning->setText(tr("<b>Wiping erases all content and settings.</b> It can't be undone, and a "
                        "wiped device stops checking in until it is enrolled again. Check that "
                        "these are the right devices: compare the user and the enrollment date "
                        "with what you expect."));

    m_list->setTargets(m_targets);
    bool anyIos = false;
    bool anyMac = false;
    for (int row = 0; row < m_targets.size(); ++row) {
        const DeviceActionTarget &target = m_targets.at(row);
        if (const std::optional<QString> reason = DeviceActionPlanner::unavailableReason(
                DeviceAction::Wipe, target)) {
            m_list->setNote(row, tr("Can't be wiped: %1").arg(*reason), true);
            continue;
        }
        ++m_wipeable;
        if (target.target.platform == Platform::MacOS) {
            anyMac = true;
            m_list->setNote(row, tr("Gets a new six-digit PIN"));
        } else if (target.target.platform == Platform::IOS) {
            anyIos = true;
        }
        if (target.summary.lastErase.isValid() && !isFinal(target.summary.lastErase.state))
            m_list->setNote(row, tr("A wipe is already pending"));
    }

    m_preserveDataPlan->setObjectName(u"preserveDataPlanCheckBox"_s);
    m_preserveDataPlan->setText(tr("Keep the cellular data plan (iPhone and iPad)"));
    m_preserveDataPlan->setVisible(anyIos);
    m_disallowProximitySetup->setObjectName(u"disallowProximitySetupCheckBox"_s);
    m_disallowProximitySetup->setText(
        tr("Don't allow Proximity Setup afterwards (iPhone and iPad)"));
    m_disallowProximitySetup->setVisible(anyIos);

    auto *pinNote = new QLabel(this);
    pinNote->setObjectName(u"wipePinNoteLabel"_s);
    pinNote->setWordWrap(true);
    pinNote->setVisible(anyMac);
    pinNote->setText(tr("Each Mac gets its own six-digit PIN, shown once the wipe is queued and "
                        "kept in its lock PIN history. Someone may need it to set the Mac up "
                        "again."));

    const QString single = m_targets.size() == 1 ? m_targets.constFirst().summary.name : QString();
    m_confirmation = m_targets.size() == 1 && !single.isEmpty() ? single
                                                                : QString::number(m_targets.size());
    auto *prompt = new QLabel(this);
    prompt->setObjectName(u"wipeConfirmLabel"_s);
    prompt->setWordWrap(true);
    prompt->setTextFormat(Qt::RichText);
    prompt->setText(
        m_targets.size() == 1 && !single.isEmpty()
            //: %1 is the device's name, which the admin must type
            ? tr("To confirm, type the device's name: <b>%1</b>")
                  .arg(m_confirmation.toHtmlEscaped())
            //: %1 is the number of devices, which the admin must type
            : tr("To confirm, type the number of devices to wipe: <b>%1</b>").arg(m_confirmation));
    prompt->setBuddy(m_confirm);
    m_confirm->setObjectName(u"wipeConfirmLineEdit"_s);
    connect(m_confirm, &QLineEdit::textChanged, this, &DeviceWipeDialog::updateButton);

    m_wipeButton = m_buttons->addButton(tr("Wipe %n Device(s)", nullptr, m_wipeable),
                                        QDialogButtonBox::AcceptRole);
    m_wipeButton->setObjectName(u"wipeButton"_s);
    // Enter wipes only once the confirmation matches: a disabled default button does nothing.
    m_wipeButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->setObjectName(u"wipeButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        // The button is disabled until the text matches; Enter in the field must not slip by.
        if (m_wipeButton->isEnabled())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_list);
    layout->addWidget(m_preserveDataPlan);
    layout->addWidget(m_disallowProximitySetup);
    layout->addWidget(pinNote);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(m_buttons);
    updateButton();
    m_confirm->setFocus();
}

namespace {

// iOS names devices with typographic apostrophes ("Jo’s iPhone"), which few keyboards type;
// straight and curly quotes count as the same. Nothing else is forgiven.
QString plainQuotes(QString text)
{
    text.replace(u'\u2019', u'\'');
    text.replace(u'\u2018', u'\'');
    text.replace(u'\u201C', u'"');
    text.replace(u'\u201D', u'"');
    return text;
}

} // namespace

void DeviceWipeDialog::updateButton()
{
    // Exactly: no trimming and no case folding, so the name is read, not guessed.
    m_wipeButton->setEnabled(m_wipeable > 0
                             && plainQuotes(m_confirm->text()) == plainQuotes(m_confirmation));
}

DeviceActionOptions DeviceWipeDialog::options() const
{
    DeviceActionOptions options;
    options.preserveDataPlan = !m_preserveDataPlan->isHidden() && m_preserveDataPlan->isChecked();
    options.disallowProximitySetup = !m_disallowProximitySetup->isHidden()
                                     && m_disallowProximitySetup->isChecked();
    return options;
}

} // namespace Espalier
