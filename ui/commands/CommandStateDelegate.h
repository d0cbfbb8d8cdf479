// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Espalier {

// Paints a command's state as a coloured dot before its word, so a failure or a NotNow stands
// out in a long queue while the word still says exactly what happened. Reads
// CommandTableModel::StateRole; any column works, the queue view sets it on the State column.
// UI thread.
class CommandStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CommandStateDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;

    // Mid-tone colours that read on light and dark palettes alike.
    [[nodiscard]] static QColor colorFor(CommandState state);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Espalier
