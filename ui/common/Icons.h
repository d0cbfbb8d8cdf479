// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The console's own pictures, embedded from resources/icons as PNG renders of the SVG sources
// (Qt's SVG plugin is not a dependency). UI thread.
namespace Espalier::Icons {

// The Espalier app icon at 16–256 px.
[[nodiscard]] QIcon application();

// A monochrome symbol from resources/icons/sections ("devices", "audit-log", …), drawn in the
// palette's text colour. An unknown name gives a null icon.
[[nodiscard]] QIcon symbol(const QString &name);

} // namespace Espalier::Icons
