// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/plist/Plist.h"
#include "core/profiles/ProfileDocument.h"
#include "core/profiles/ProfileFault.h"
#include "core/profiles/ProfileSignature.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Espalier {
class PrivateKey;
}

// .mobileconfig files to and from ProfileDocument: XML or binary plists, bare or wrapped in CMS
// SignedData. Reading keeps every key it does not know, so writing back loses nothing, and reports
// what is wrong as a list of faults instead of failing at the first. Stateless; call from any
// thread (the console calls it from the worker pool: big files and signatures take time).
namespace Espalier::MobileConfig {

// Apple's profile tools refuse far smaller files; this only bounds what a bad file can claim.
inline constexpr qsizetype defaultMaxBytes = 8 * 1024 * 1024;

struct ReadOptions
{
    qsizetype maxBytes = defaultMaxBytes;
    // Roots besides the system's that make a signer trusted (e.g. Espalier's own CA).
    QList<Certificate> trustedRoots{};
    bool useSystemRoots = true;
    QDateTime at{}; // when the signer's chain must hold; invalid means now
};

struct Imported
{
    ProfileDocument document;
    // False when a fatal fault left nothing to show.
    bool readable = false;
    Plist::Format format = Plist::Format::Xml;
    std::optional<ProfileSignature> signature;
    QList<ProfileFault> faults;

    [[nodiscard]] bool hasFaults() const { return !faults.isEmpty(); }
};

[[nodiscard]] Imported read(const QByteArray &data, const ReadOptions &options = {});
// Checks the size before reading the file; a file that cannot be opened is a NotPropertyList
// fault that names the reason.
[[nodiscard]] Imported readFile(const QString &path, const ReadOptions &options = {});

// The profile's structural faults: missing required keys (top level and in each payload), a
// payload that is not a dictionary, PayloadContent that is not an array, duplicate PayloadUUIDs.
[[nodiscard]] QList<ProfileFault> check(const ProfileDocument &document);

// The document as one plist dictionary, PayloadContent included; and back.
[[nodiscard]] QVariantMap toPlistValue(const ProfileDocument &document);
[[nodiscard]] ProfileDocument fromPlistValue(const QVariantMap &value);

// The PayloadType of each payload, in order, without repeats.
[[nodiscard]] QStringList payloadTypes(const ProfileDocument &document);

[[nodiscard]] Result<QByteArray> write(const ProfileDocument &document,
                                       Plist::Format format = Plist::Format::Xml);
// CMS SignedData, DER, the plist inside: what devices and Apple's tools read as a signed profile.
[[nodiscard]] Result<QByteArray> sign(const QByteArray &plist,
                                      const Certificate &signer,
                                      const PrivateKey &key,
                                      const QList<Certificate> &chain = {});

// A line that names a signer for people: its common name (or the whole subject), issuer and
// validity.
[[nodiscard]] QString describeSigner(const Certificate &signer);

} // namespace Espalier::MobileConfig
