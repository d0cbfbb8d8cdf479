// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceTargetListWidget.h"

#include "core/devices/DeviceTableModel.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Longer lists scroll: the confirmation must still fit a laptop screen.
constexpr int MaxVisibleRows = 8;

QString when(const QDateTime &time)
{
    return time.isValid() ? DeviceTableModel::timeText(time) : DeviceTargetListWidget::tr("Never");
}

QString modelOf(const DeviceSummary &device)
{
    QString model = device.modelName.isEmpty() ? device.productName : device.modelName;
    if (!device.osVersion.isEmpty())
        model += u", "_s + device.platform + u' ' + device.osVersion;
    return model;
}

} // namespace

DeviceTargetListWidget::DeviceTargetListWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"deviceTargetListWidget"_s);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setUniformRowHeights(true);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Name"),
                     tr("Serial number"),
                     tr("Model"),
                     tr("User"),
                     tr("Last check-in"),
                     tr("Enrolled"),
                     tr("Note")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    // As tall as its rows, never taller: the dialog's fields follow right below.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void DeviceTargetListWidget::setTargets(const QList<DeviceActionTarget> &targets)
{
    clear();
    for (const DeviceActionTarget &target : targets) {
        const DeviceSummary &d = target.summary;
        auto *item = new QTreeWidgetItem(this);
        item->setText(NameColumn, d.name.isEmpty() ? tr("Unnamed device") : d.name);
        item->setText(SerialColumn, d.serialNumber);
        item->setText(ModelColumn, modelOf(d));
        item->setText(UserColumn, d.user);
        item->setText(LastCheckInColumn, when(d.lastSeenAt));
        item->setText(EnrolledColumn, when(d.enrolledAt));
        item->setToolTip(NameColumn, d.udid);
    }
    updateGeometry();
    setMinimumWidth(qMin(sizeHint().width(), 980));
}

void DeviceTargetListWidget::setNote(int row, const QString &note, bool problem)
{
    QTreeWidgetItem *item = topLevelItem(row);
    if (!item)
        return;
    item->setText(NoteColumn, note);
    item->setToolTip(NoteColumn, note);
    setMinimumWidth(qMin(sizeHint().width(), 980));
    if (problem)
        item->setForeground(NoteColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    // A device that can't take the action is greyed out all along its row.
    for (int column = 0; problem && column < NoteColumn; ++column)
        item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
}

QSize DeviceTargetListWidget::sizeHint() const
{
    const int rows = qBound(1, topLevelItemCount(), MaxVisibleRows);
    const int rowHeight = topLevelItemCount() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 6;
    int width = 0;
    for (int column = 0; column < ColumnCount; ++column)
        width += qMax(sizeHintForColumn(column), header()->sectionSizeHint(column));
    return QSize(qMin(width + 2 * frameWidth() + 8, 980),
                 header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth() + 2);
}

QString DeviceTargetListWidget::deviceLabel(const DeviceSummary &device)
{
    QString name = device.name.isEmpty() ? tr("Unnamed device") : device.name;
    if (device.serialNumber.isEmpty())
        return name;
    //: A device in a list: %1 is its name, %2 its serial number
    return tr("%1 (%2)").arg(name, device.serialNumber);
}

QString DeviceTargetListWidget::describe(const QList<DeviceActionTarget> &targets)
{
    QStringList lines;
    for (const DeviceActionTarget &target : targets) {
        const DeviceSummary &d = target.summary;
        //: One device in a confirmation: %1 name and serial, %2 model, %3 user, %4 last
        //: check-in, %5 enrollment date
        lines.append(tr("• %1 — %2; user: %3; last check-in: %4; enrolled: %5")
                         .arg(deviceLabel(d),
                              modelOf(d),
                              d.user.isEmpty() ? tr("none") : d.user,
                              when(d.lastSeenAt),
                              when(d.enrolledAt)));
    }
    return lines.join(u'\n');
}

} // namespace Espalier
