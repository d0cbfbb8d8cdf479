// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceActionResultDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Espalier {

DeviceActionResultDialog::DeviceActionResultDialog(DeviceAction action,
                                                   const QList<DeviceActions::Outcome> &outcomes,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(outcomes.size()), ColumnCount, this))
{
    setObjectName(u"deviceActionResultDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(DeviceActionPlanner::actionName(action));

    int queued = 0;
    bool pins = false;
    for (const DeviceActions::Outcome &outcome : outcomes) {
        if (!outcome.error)
            ++queued;
        pins = pins || !outcome.pin.isEmpty();
    }
    auto *summary = new QLabel(this);
    summary->setObjectName(u"actionResultSummaryLabel"_s);
    summary->setWordWrap(true);
    QString text = tr("%1 was queued for %n of %2 device(s).", nullptr, queued)
                       .arg(DeviceActionPlanner::actionName(action))
                       .arg(outcomes.size());
    if (pins)
        text += u' '
                + tr("Write down each Mac's PIN or find it later in the Mac's lock PIN history: "
                     "the Mac opens only with it.");
    summary->setText(text);

    m_table->setObjectName(u"actionResultTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Result"), tr("PIN")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    QFont pinFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    pinFont.setPointSizeF(pinFont.pointSizeF() * 1.4);
    pinFont.setBold(true);
    for (int row = 0; row < outcomes.size(); ++row) {
        const DeviceActions::Outcome &outcome = outcomes.at(row);
        auto *device = new QTableWidgetItem(outcome.deviceName.isEmpty() ? outcome.deviceId
                                                                         : outcome.deviceName);
        device->setToolTip(outcome.deviceId);
        QString result = outcome.error ? tr("Not sent: %1").arg(outcome.error->message)
                                       : tr("Queued");
        if (!outcome.note.isEmpty())
            result += u" — "_s + outcome.note;
        auto *resultItem = new QTableWidgetItem(result);
        resultItem->setToolTip(result);
        auto *pin = new QTableWidgetItem(outcome.pin);
        pin->setFont(pinFont);
        pin->setFlags(pin->flags() | Qt::ItemIsSelectable);
        m_table->setItem(row, DeviceColumn, device);
        m_table->setItem(row, ResultColumn, resultItem);
        m_table->setItem(row, PinColumn, pin);
    }
    m_table->setColumnHidden(PinColumn, !pins);
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"actionResultButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(qMax(520, m_table->horizontalHeader()->length() + 60),
           qMin(480, 160 + int(outcomes.size()) * (fontMetrics().height() + 12)));
}

} // namespace Espalier
