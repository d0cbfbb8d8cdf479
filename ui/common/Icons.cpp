// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Icons.h"

#include "ui/common/TintedIconEngine.h"

#include <QFile>

#include <array>

using namespace Qt::StringLiterals;

namespace Espalier::Icons {

namespace {

// The sizes rendered into resources/icons; keep in step with the PNG files.
constexpr std::array s_applicationSizes{16, 32, 48, 64, 128, 256};
constexpr std::array s_symbolSizes{16, 20, 32, 40, 64, 128};

} // namespace

QIcon application()
{
    QIcon icon;
    for (const int size : s_applicationSizes)
        icon.addFile(u":/icons/espalier-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QIcon symbol(const QString &name)
{
    QIcon shape;
    for (const int size : s_symbolSizes) {
        const QString file = u":/icons/sections/%1-%2.png"_s.arg(name).arg(size);
        if (QFile::exists(file))
            shape.addFile(file, QSize(size, size));
    }
    if (shape.isNull())
        return {};
    return QIcon(new TintedIconEngine(shape));
}

} // namespace Espalier::Icons
