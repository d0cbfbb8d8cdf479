// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/profiles/PayloadSchema.h"

#include <QByteArray>
#include <QString>

// Reads payload schema files in the YAML format of Apple's device-management repository
// (title, description, payload: {payloadtype, supportedOS}, payloadkeys: [...]), so Apple's
// files and Espalier's own go through one reader. A malformed file is an Error naming the file
// and the line, never a crash. No state; any thread.
namespace Espalier::PayloadSchemaLoader {

// sourceName names the file in messages and becomes PayloadSchema::sourcePath.
[[nodiscard]] Result<PayloadSchema> parse(const QByteArray &yaml, const QString &sourceName);

// Reads a file from disk or from Qt resources (":/...").
[[nodiscard]] Result<PayloadSchema> loadFile(const QString &path);

} // namespace Espalier::PayloadSchemaLoader
