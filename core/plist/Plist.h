// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/plist/PlistUid.h"

#include <QByteArray>
#include <QVariant>

#include <optional>

// Property lists (XML and binary) to and from QVariant. Check-ins, command results and profiles
// all pass through here, and a device controls every byte it sends, so parsing is strict and
// bounded. The functions keep no state: call them from any thread (the engine thread and the
// worker pool do).
//
// Types, both ways:
//   dict <-> QVariantMap          array <-> QVariantList       string <-> QString
//   integer <-> qint64, or quint64 for values above INT64_MAX   real <-> double
//   true/false <-> bool           date <-> QDateTime (UTC)     data <-> QByteArray
//   UID <-> PlistUid (0 to 2^32 - 1)
// Writing also takes int, uint, long, short and the other integer types, float, QDate (midnight
// UTC), QVariantHash (written with sorted keys) and QStringList. Anything else, an invalid
// QVariant included, is an Error::Code::Unsupported failure; a supported type with a value a
// plist cannot hold (an invalid date, a bad string) is Error::Code::InvalidInput.
//
// Dates: years 0 to 9999 (CoreFoundation's count, so NSDate's distantPast fits; XML writes QDate's
// year -1 as 0000). Binary keeps milliseconds; XML carries whole seconds, as Apple's format
// does, so writing XML rounds a date down to its second.
// Strings: never U+0000 (libplist cuts a string there, and XML cannot carry it); a QString with
// an unpaired surrogate is refused. XML output also refuses the other control characters XML 1.0
// forbids (binary carries them).
// Dictionary keys are unique: a document that repeats a key in one dict is malformed.
namespace Espalier::Plist {

// parse() reads a larger Limits::maxDepth as this, and the writers refuse deeper values: the
// readers and writers recurse once per level, so this bounds their stack. 256 levels take a few
// megabytes of a thread's 8 MB at most, even with AddressSanitizer's larger frames; Apple's
// plists nest a handful of levels.
inline constexpr int maxSupportedDepth = 256;

// Bounds applied to untrusted input before and while it is parsed; exceeding one is an
// Error::Code::InvalidInput failure. Each caps memory or stack that a hostile body could
// otherwise claim.
struct Limits
{
    // Larger input is refused before any parsing; input of exactly maxBytes is read.
    qsizetype maxBytes = 4 * 1024 * 1024;
    // Deepest nesting of arrays and dicts: a scalar alone is depth 0, [1] is depth 1, {"a": [1]}
    // is depth 2. libplist 2.2 recurses (and frees) once per level with no bound of its own, so
    // this keeps deep binary input away from it. Clamped to maxSupportedDepth.
    int maxDepth = 64;
    // Values plus dictionary keys in the result. A binary plist may reference one object from
    // many places and each reference becomes a copy, so references are counted, not objects.
    qsizetype maxNodes = 500000;
    // Memory the strings, keys (two bytes per UTF-16 unit) and data of the result take, counted
    // like maxNodes: stops a small binary plist from expanding one big object into gigabytes.
    qsizetype maxContentBytes = 64 * 1024 * 1024;
};

enum class Format {
    Xml,
    Binary,
};

// What the first bytes say the data is: "bplist00" is binary; '<' after an optional UTF-8 BOM and
// whitespace is XML. Validates nothing else.
[[nodiscard]] std::optional<Format> detectFormat(const QByteArray &data);

// Parses an XML or binary plist (detected from its first bytes). Any malformed, truncated or
// over-limit input is an Error::Code::InvalidInput failure; error details name the position and
// the problem, never the content.
[[nodiscard]] Result<QVariant> parse(const QByteArray &data, const Limits &limits = {});

// An XML plist with Apple's header and DOCTYPE, UTF-8, tab-indented, dict keys sorted.
[[nodiscard]] Result<QByteArray> toXml(const QVariant &value);

// A bplist00 binary plist. Equal strings and keys are stored once.
[[nodiscard]] Result<QByteArray> toBinary(const QVariant &value);

[[nodiscard]] Result<QByteArray> serialize(const QVariant &value, Format format);

} // namespace Espalier::Plist
