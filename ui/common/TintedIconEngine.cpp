// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TintedIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPixmapCache>

using namespace Qt::StringLiterals;

namespace Espalier {

TintedIconEngine::TintedIconEngine(QIcon shape)
    : m_shape(std::move(shape))
{}

void TintedIconEngine::paint(QPainter *painter,
                             const QRect &rect,
                             QIcon::Mode mode,
                             QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap pixmap = tinted(rect.size() * scale, mode, state);
    if (pixmap.isNull())
        return;
    pixmap.setDevicePixelRatio(scale);
    // The shape keeps its aspect ratio, so centre what came back inside the rect.
    const QSize logical = pixmap.deviceIndependentSize().toSize();
    const QPoint topLeft(rect.x() + (rect.width() - logical.width()) / 2,
                         rect.y() + (rect.height() - logical.height()) / 2);
    painter->drawPixmap(topLeft, pixmap);
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return tinted(size, mode, state);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size,
                                       QIcon::Mode mode,
                                       QIcon::State state,
                                       qreal scale)
{
    // QIcon::pixmap() already passes the size in device pixels and sets the ratio itself.
    Q_UNUSED(scale)
    return tinted(size, mode, state);
}

QSize TintedIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    return m_shape.actualSize(size, QIcon::Normal, state);
}

QList<QSize> TintedIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    return m_shape.availableSizes(QIcon::Normal, state);
}

bool TintedIconEngine::isNull()
{
    return m_shape.isNull();
}

QString TintedIconEngine::key() const
{
    return u"espalier-tinted"_s;
}

QIconEngine *TintedIconEngine::clone() const
{
    // QIcon takes ownership of the copy.
    return new TintedIconEngine(*this);
}

QColor TintedIconEngine::colorFor(QIcon::Mode mode, const QPalette &palette)
{
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QPixmap TintedIconEngine::tinted(const QSize &size, QIcon::Mode mode, QIcon::State state) const
{
    if (m_shape.isNull() || size.isEmpty())
        return {};
    const QColor color = colorFor(mode, QGuiApplication::palette());
    const QString cacheKey = u"espalier-tinted-%1-%2x%3-%4-%5"_s.arg(m_shape.cacheKey())
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(int(state))
                                 .arg(color.rgba());
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;

    const QPixmap shape = m_shape.pixmap(size, 1.0, QIcon::Normal, state);
    if (shape.isNull())
        return {};
    result = QPixmap(shape.size());
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.drawPixmap(0, 0, shape);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(result.rect(), color);
    painter.end();
    QPixmapCache::insert(cacheKey, result);
    return result;
}

} // namespace Espalier
