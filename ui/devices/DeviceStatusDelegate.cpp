// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/devices/DeviceStatusDelegate.h"

#include "core/devices/DeviceTableModel.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace Espalier {

namespace {

QIcon dot(const QColor &color)
{
    static QHash<QRgb, QIcon> s_cache;
    const auto found = s_cache.constFind(color.rgb());
    if (found != s_cache.constEnd())
        return *found;
    QIcon icon;
    for (int size : {8, 10, 12, 16, 20}) {
        // Drawn at twice the size so it stays round on high-density screens.
        QPixmap pixmap(size * 2, size * 2);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal inset = size * 0.5;
        painter.drawEllipse(QRectF(inset, inset, size, size));
        painter.end();
        pixmap.setDevicePixelRatio(2.0);
        icon.addPixmap(pixmap);
    }
    s_cache.insert(color.rgb(), icon);
    return icon;
}

} // namespace

DeviceStatusDelegate::DeviceStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor DeviceStatusDelegate::color(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::Online:
        return QColor(0x2e, 0x7d, 0x32);
    case DeviceStatus::Silent:
        return QColor(0x9e, 0x9e, 0x9e);
    case DeviceStatus::PushTokenBad:
        return QColor(0xc6, 0x28, 0x28);
    case DeviceStatus::LockPending:
    case DeviceStatus::WipePending:
        return QColor(0xe6, 0x95, 0x00);
    case DeviceStatus::Locked:
        return QColor(0x15, 0x65, 0xc0);
    case DeviceStatus::LostMode:
        return QColor(0xad, 0x14, 0x57);
    case DeviceStatus::Enrolling:
        return QColor(0x00, 0x83, 0x8f);
    case DeviceStatus::Wiped:
    case DeviceStatus::Unenrolled:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

void DeviceStatusDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != DeviceTableModel::StatusColumn)
        return;
    const QVariant status = index.data(DeviceTableModel::StatusRole);
    if (!status.isValid())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = dot(color(static_cast<DeviceStatus>(status.toInt())));
    const int size = qMax(8, option->fontMetrics.height() / 2 + 2);
    option->decorationSize = QSize(size, size);
}

} // namespace Espalier
