// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>
#include <QPalette>

namespace Espalier {

// Draws a monochrome shape in the colour the application palette gives the icon mode: text for
// Normal and Active, highlighted text for Selected, disabled text for Disabled. The colour is
// read at paint time, so a theme switch or a selected row needs no reload. UI thread only.
class TintedIconEngine final : public QIconEngine
{
public:
    // shape: the picture in any colour; only its alpha is used.
    explicit TintedIconEngine(QIcon shape);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size,
                         QIcon::Mode mode,
                         QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    bool isNull() override;
    QString key() const override;
    QIconEngine *clone() const override;

    [[nodiscard]] static QColor colorFor(QIcon::Mode mode, const QPalette &palette);

private:
    // size is in device pixels.
    [[nodiscard]] QPixmap tinted(const QSize &size, QIcon::Mode mode, QIcon::State state) const;

    QIcon m_shape;
};

} // namespace Espalier
