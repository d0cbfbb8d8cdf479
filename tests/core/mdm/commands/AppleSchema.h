// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QVariant>

// Apple's device-management YAML, read for the schema tests. The schemas are not part of the
// project: they live next to it in ../shared/reference/apple-device-management. yaml-cpp throws,
// so it is confined to load(), which turns every YAML error into a Result failure and the
// document into plain QVariants (mappings to QVariantMap, sequences to QVariantList, scalars to
// QString, nulls to an invalid QVariant) for the tests to walk.
namespace Espalier::AppleSchema {

// mdm/commands of the schema checkout beside the source tree; empty when it isn't there.
[[nodiscard]] QString commandsDirectory();

// The whole document; InvalidInput with the file and yaml-cpp's line and column on failure.
[[nodiscard]] Result<QVariantMap> load(const QString &path);

// load() for a file in commandsDirectory().
[[nodiscard]] Result<QVariantMap> loadCommand(const QString &fileName);

} // namespace Espalier::AppleSchema
