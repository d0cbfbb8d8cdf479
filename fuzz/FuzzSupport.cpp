// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz/FuzzSupport.h"

#include "core/crypto/OpenSsl.h"
#include "core/mdm/DeviceIdentity.h"
#include "core/mdm/MdmService.h"
#include "core/plist/Plist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QVariantMap>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier::FuzzSupport {

namespace {

struct Fixtures
{
    CertificateAuthority authority;
    Certificate identity;
    PrivateKey identityKey;
};

const Fixtures &fixtures()
{
    static const Fixtures loaded = [] {
        Result<Certificate> caCertificate = Certificate::fromPem(readData(u"ca.pem"_s));
        Result<PrivateKey> caKey = PrivateKey::fromPem(readData(u"ca.key.pem"_s));
        if (!caCertificate || !caKey)
            fatal("fuzz/data/ca.pem or ca.key.pem is unreadable");
        Result<CertificateAuthority> authority = CertificateAuthority::fromParts(*caCertificate,
                                                                                 *caKey);
        Result<Certificate> identity = Certificate::fromPem(readData(u"device.pem"_s));
        Result<PrivateKey> identityKey = PrivateKey::fromPem(readData(u"device.key.pem"_s));
        if (!authority || !identity || !identityKey)
            fatal("fuzz/data/device.pem or device.key.pem is unreadable");
        return Fixtures{*authority, *identity, *identityKey};
    }();
    return loaded;
}

QByteArray xml(const QVariantMap &dict)
{
    Result<QByteArray> written = Plist::toXml(dict);
    if (!written)
        fatal("cannot write a check-in");
    return *written;
}

} // namespace

void initialize()
{
    static int argc = 1;
    static char name[] = "espalier-fuzz";
    static char *argv[] = {name, nullptr};
    static const std::unique_ptr<QCoreApplication> application = [] {
        // Every rejected input would log a line; at thousands of inputs a second that is noise
        // that slows the run down.
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false\n*.warning=false"_s);
        if (!OpenSsl::initialize())
            fatal("OpenSSL cannot be initialised");
        return std::make_unique<QCoreApplication>(argc, argv);
    }();
}

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(ESPALIER_FUZZ_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        fatal("a file of fuzz/data is missing");
    return file.readAll();
}

const CertificateAuthority &certificateAuthority()
{
    return fixtures().authority;
}

const Certificate &deviceIdentity()
{
    return fixtures().identity;
}

const PrivateKey &deviceKey()
{
    return fixtures().identityKey;
}

const Clock &clock()
{
    // Inside the validity of every certificate in fuzz/data.
    static const ManualClock frozen(QDateTime(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC));
    return frozen;
}

QString scratchPath(const QString &name)
{
    static QTemporaryDir directory;
    if (!directory.isValid())
        fatal("no temporary directory");
    return directory.filePath(name);
}

void enroll(MdmService &mdm, const DeviceIdentity &identity)
{
    const QString topic = QString::fromUtf16(Topic);
    const QString udid = QString::fromUtf16(Udid);
    const MdmResponse authenticated = mdm.handleCheckin(
        identity,
        xml({{u"MessageType"_s, u"Authenticate"_s},
             {u"UDID"_s, udid},
             {u"Topic"_s, topic},
             {u"SerialNumber"_s, u"F2LXK0A1HG7F"_s}}));
    const MdmResponse updated = mdm.handleCheckin(
        identity,
        xml({{u"MessageType"_s, u"TokenUpdate"_s},
             {u"UDID"_s, udid},
             {u"Topic"_s, topic},
             {u"Token"_s, QByteArray(32, '\x2a')},
             {u"PushMagic"_s, u"4C1B7D0E-2F3A-4B5C-8D6E-7F8091A2B3C4"_s},
             {u"UnlockToken"_s, QByteArray("unlock-token").repeated(8)}}));
    if (authenticated.httpStatus != 200 || updated.httpStatus != 200)
        fatal("cannot enroll the fuzz device");
}

void fatal(const char *what)
{
    std::fprintf(stderr, "espalier-fuzz: %s\n", what);
    std::abort();
}

} // namespace Espalier::FuzzSupport
