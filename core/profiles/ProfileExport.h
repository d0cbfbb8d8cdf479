// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/plist/Plist.h"

#include <QByteArray>
#include <QString>

// The steps of exporting a stored profile to a .mobileconfig file, each a plain function for the
// worker pool (a .p12's key derivation and the file write must stay off the UI thread). Signing
// with the server identity goes through Engine::signProfile instead: only the engine holds that
// key.
namespace Espalier::ProfileExport {

// The stored plist in the format asked for, every key kept.
[[nodiscard]] Result<QByteArray> encode(const QByteArray &storedPlist, Plist::Format format);

// CMS-signed with the identity in a .p12 file.
[[nodiscard]] Result<QByteArray> signWithPkcs12(const QByteArray &plist,
                                                const QString &p12Path,
                                                const QString &password);

// Writes atomically: a failure leaves any existing file as it was.
[[nodiscard]] Result<void> writeFile(const QString &path, const QByteArray &bytes);

} // namespace Espalier::ProfileExport
