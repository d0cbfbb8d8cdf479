// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/mdm/Platform.h"

#include <QVersionNumber>

namespace Espalier {

// How a command or key behaves under User Enrollment or on a Shared iPad. Apple's schemas spell
// these "allowed", "forbidden", "required" (only there) and "ignored" (accepted, without effect).
enum class SchemaMode {
    Allowed,
    Forbidden,
    Required,
    Ignored,
};

// What Apple's schema says about one command, or one key of a command, on one platform. A key's
// entry is already resolved: Apple's keys inherit every field from their command (or parent key)
// and override only some, and this holds the result, so a check needs no parent. A platform the
// schema marks "n/a" has no entry at all.
//
// The defaults are how Espalier reads a field the schema leaves out (tst_CommandSchemas reads
// the YAML the same way): not supervised-only, the device channel only, no User Enrollment
// (tvOS and watchOS have none), any kind of iPad.
struct PlatformSupport
{
    Platform platform = Platform::Unknown;
    QVersionNumber introduced = {};
    QVersionNumber deprecated = {}; // still accepted; the default query set leaves these out
    QVersionNumber removed = {};    // null while it still exists
    bool supervised = false;
    // On macOS these are the device and user channels; on iOS those of a Shared iPad (any other
    // iPhone or iPad has just its device channel); tvOS, visionOS and watchOS have only a device
    // channel.
    bool deviceChannel = true;
    bool userChannel = false;
    SchemaMode userEnrollment = SchemaMode::Forbidden;
    SchemaMode sharedIpad = SchemaMode::Allowed;
};

} // namespace Espalier
