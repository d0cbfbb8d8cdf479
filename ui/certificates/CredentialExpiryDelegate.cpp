// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/certificates/CredentialExpiryDelegate.h"

#include "core/certificates/CredentialTableModel.h"

#include <QPainter>
#include <QPixmap>

namespace Espalier {

namespace {

QIcon dot(const QColor &color)
{
    QIcon icon;
    for (int size : {8, 10, 12, 16}) {
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
    return icon;
}

} // namespace

CredentialExpiryDelegate::CredentialExpiryDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor CredentialExpiryDelegate::color(ExpiryState state)
{
    switch (state) {
    case ExpiryState::Valid:
        return {};
    case ExpiryState::Soon:
        return QColor(0xb2, 0x6a, 0x00);
    case ExpiryState::Urgent:
    case ExpiryState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

void CredentialExpiryDelegate::initStyleOption(QStyleOptionViewItem *option,
                                               const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (static_cast<CredentialTableModel::Column>(index.column())) {
    case CredentialTableModel::DaysLeftColumn:
        break;
    case CredentialTableModel::KindColumn:
    case CredentialTableModel::SubjectColumn:
    case CredentialTableModel::TopicColumn:
    case CredentialTableModel::AppleIdColumn:
    case CredentialTableModel::ExpiresColumn:
    case CredentialTableModel::ColumnCount:
        return;
    }
    const auto state = static_cast<ExpiryState>(
        index.data(CredentialTableModel::ExpiryStateRole).toInt());
    const QColor tint = color(state);
    if (!tint.isValid())
        return;
    option->palette.setColor(QPalette::Text, tint);
    option->font.setBold(state != ExpiryState::Soon);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = dot(tint);
    const int size = qMax(8, option->fontMetrics.height() / 2 + 2);
    option->decorationSize = QSize(size, size);
}

} // namespace Espalier
