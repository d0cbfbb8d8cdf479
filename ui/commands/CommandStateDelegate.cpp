// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/CommandStateDelegate.h"

#include "core/commands/CommandTableModel.h"

#include <QApplication>
#include <QPainter>

namespace Espalier {

namespace {

int dotSize(const QStyleOptionViewItem &option)
{
    return qMax(6, option.fontMetrics.height() / 2);
}

int dotGap(const QStyleOptionViewItem &option)
{
    return dotSize(option) + option.fontMetrics.height() / 2;
}

} // namespace

CommandStateDelegate::CommandStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor CommandStateDelegate::colorFor(CommandState state)
{
    switch (state) {
    case CommandState::Queued:
    case CommandState::Pushed:
    case CommandState::Sent:
        return QColor(0x3b, 0x82, 0xd6);
    case CommandState::Acknowledged:
        return QColor(0x2f, 0x9e, 0x5b);
    case CommandState::Error:
    case CommandState::CommandFormatError:
        return QColor(0xd6, 0x45, 0x45);
    case CommandState::NotNow:
        return QColor(0xd9, 0x96, 0x1a);
    case CommandState::Expired:
    case CommandState::Cancelled:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return QColor(0x8a, 0x8f, 0x98);
}

void CommandStateDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Room for the dot: the text starts after it.
    option->rect.adjust(dotGap(*option), 0, 0, 0);
}

void CommandStateDelegate::paint(QPainter *painter,
                                 const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    // The selection and focus background covers the whole cell, the text starts after the dot.
    QStyleOptionViewItem background = option;
    QStyledItemDelegate::initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionViewItem text = option;
    initStyleOption(&text, index);
    text.backgroundBrush = Qt::NoBrush;
    text.state &= ~QStyle::State_HasFocus;
    // The cell's background is drawn already; draw only the text into the narrowed rectangle.
    style->drawControl(QStyle::CE_ItemViewItem, &text, painter, widget);

    const auto state = commandStateFromValue(index.data(CommandTableModel::StateRole).toInt());
    if (!state)
        return;
    const int size = dotSize(option);
    const int left = option.rect.left() + (dotGap(option) - size) / 2 + 2;
    const QRect dot(left, option.rect.center().y() - size / 2 + 1, size, size);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(*state));
    painter->drawEllipse(dot);
    painter->restore();
}

QSize CommandStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += dotGap(option);
    return size;
}

} // namespace Espalier
