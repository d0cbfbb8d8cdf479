// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

// A place inside a payload's value tree: a list whose QString steps name dictionary keys and
// whose int steps index arrays. Pure functions over QVariant; usable from any thread.
namespace Espalier::PayloadValuePath {

using Path = QVariantList;

// The value at path, or nullopt when some step is missing.
[[nodiscard]] std::optional<QVariant> value(const QVariant &root, const Path &path);

// root with the value at path replaced; missing dictionaries on the way are created. An array
// index equal to the array's size appends.
[[nodiscard]] QVariant withValue(const QVariant &root, const Path &path, const QVariant &value);

// root without the value at path (a dictionary key is removed, an array item taken out).
[[nodiscard]] QVariant without(const QVariant &root, const Path &path);

// "Services.SystemPolicyAllFiles[0].Identifier".
[[nodiscard]] QString toString(const Path &path);

} // namespace Espalier::PayloadValuePath
