// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Clock.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/pki/CertificateAuthority.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What the fuzz targets share: a QCoreApplication with quiet logging, the fixed device CA and
// device identity of fuzz/data (so the seed corpus stays valid against them), a clock frozen
// inside their validity, and a scratch directory. Everything is made once per process, on first
// use; the targets run on one thread.
namespace Espalier {
class MdmService;
struct DeviceIdentity;
} // namespace Espalier

namespace Espalier::FuzzSupport {

inline constexpr char16_t Topic[] = u"com.apple.mgmt.External.6a1f0c3e-7d2b-4e59-9c1a-2b3d4e5f6a7b";
// The enrolled device's UDID, which is also its enrollment's id.
inline constexpr char16_t Udid[] = u"00008110-000A1B2C3D4E801E";

// Call first in every LLVMFuzzerTestOneInput.
void initialize();

[[nodiscard]] QByteArray bytes(const uint8_t *data, size_t size);

// A file of fuzz/data; aborts when it cannot be read (the target would test nothing).
[[nodiscard]] QByteArray readData(const QString &name);

[[nodiscard]] const CertificateAuthority &certificateAuthority();
[[nodiscard]] const Certificate &deviceIdentity();
[[nodiscard]] const PrivateKey &deviceKey();
[[nodiscard]] const Clock &clock();

// A path inside a directory that lives as long as the process.
[[nodiscard]] QString scratchPath(const QString &name);

// Enrolls Udid with identity (Authenticate and TokenUpdate), which queues the initial inventory
// commands.
void enroll(MdmService &mdm, const DeviceIdentity &identity);

// Stops the process with a message: an invariant the target checks did not hold.
[[noreturn]] void fatal(const char *what);

} // namespace Espalier::FuzzSupport
