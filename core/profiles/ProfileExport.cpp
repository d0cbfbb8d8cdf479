// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/ProfileExport.h"

#include "core/crypto/Pkcs12.h"
#include "core/profiles/MobileConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Espalier::ProfileExport {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Espalier::ProfileExport", text);
}

// A .p12 is a few kilobytes; anything much larger is not one.
constexpr qint64 MaxPkcs12Bytes = 1024 * 1024;

} // namespace

Result<QByteArray> encode(const QByteArray &storedPlist, Plist::Format format)
{
    MobileConfig::ReadOptions options;
    options.useSystemRoots = false;
    const MobileConfig::Imported stored = MobileConfig::read(storedPlist, options);
    if (!stored.readable) {
        return fail(Error::Code::InvalidInput,
                    translate("The stored profile could not be read."),
                    stored.faults.value(0).message);
    }
    return MobileConfig::write(stored.document, format);
}

Result<QByteArray> signWithPkcs12(const QByteArray &plist,
                                  const QString &p12Path,
                                  const QString &password)
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    translate("The identity file could not be opened: %1").arg(file.errorString()),
                    p12Path);
    }
    if (file.size() > MaxPkcs12Bytes) {
        return fail(Error::Code::InvalidInput,
                    translate("The identity file is too large to be a .p12 file."));
    }
    Result<Pkcs12::Identity> identity = Pkcs12::parse(file.readAll(), password);
    if (!identity)
        return fail(identity.error());
    return MobileConfig::sign(plist, identity->certificate, identity->key, identity->chain);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return fail(Error::Code::Io,
                    translate("The profile could not be written to %1: %2. Choose another folder.")
                        .arg(path, file.errorString()),
                    path);
    }
    return {};
}

} // namespace Espalier::ProfileExport
