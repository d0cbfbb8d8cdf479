// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/AdminTokenFile.h"

#include "core/common/Logging.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Random.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier::AdminTokenFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Espalier::AdminTokenFile", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isTokenCharacter(char c)
{
    // Printable ASCII without spaces: what fits an Authorization header unquoted.
    return c > 0x20 && c < 0x7f;
}

Result<void> checkPrivate(const QFileInfo &info)
{
#ifdef Q_OS_UNIX
    constexpr QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & shared) {
        return fail(
            Error::Code::InvalidInput,
            tr("The admin token file %1 can be read or changed by other users. Make it "
               "private with \"chmod 600 %1\", then start again.")
                .arg(native(info.absoluteFilePath())),
            u"mode %1"_s.arg(static_cast<int>(info.permissions()), 4, 16, QLatin1Char('0')));
    }
#else
    Q_UNUSED(info)
#endif
    return {};
}

Result<QByteArray> load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        return fail(Error::Code::InvalidInput,
                    tr("The admin token file %1 is not a regular file.").arg(native(path)));
    }
    if (Result<void> isPrivate = checkPrivate(info); !isPrivate)
        return fail(isPrivate.error());
    if (info.size() > MaxFileBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("The admin token file %1 is too large to hold a token.").arg(native(path)),
                    u"%1 bytes"_s.arg(info.size()));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    tr("Cannot read the admin token file %1.").arg(native(path)),
                    file.errorString());
    }
    QByteArray content = file.read(MaxFileBytes + 1);
    QByteArray token = content.trimmed();
    OpenSsl::cleanse(content);
    const bool wellFormed = std::all_of(token.cbegin(), token.cend(), isTokenCharacter);
    if (!wellFormed || token.size() < MinTokenLength) {
        OpenSsl::cleanse(token);
        return fail(Error::Code::InvalidInput,
                    tr("The admin token file %1 does not hold a usable token: it needs one line "
                       "of at least %2 printable characters without spaces. Delete it to have a "
                       "new token made.")
                        .arg(native(path))
                        .arg(MinTokenLength));
    }
    return token;
}

} // namespace

Result<QByteArray> generate()
{
    Result<QByteArray> random = Random::bytes(TokenBytes);
    if (!random)
        return fail(random.error());
    QByteArray token = random->toBase64(QByteArray::Base64UrlEncoding
                                        | QByteArray::OmitTrailingEquals);
    OpenSsl::cleanse(*random);
    return token;
}

Result<QByteArray> loadOrCreate(const QString &path)
{
    if (path.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("The admin API needs a token file; set one in the engine's settings."));
    }
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return load(path);

    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::Code::Io,
                    tr("Cannot create the folder %1 for the admin token file.")
                        .arg(native(info.absolutePath())));
    }
    Result<QByteArray> token = generate();
    if (!token)
        return fail(token.error());
    QFile file(path);
    // Created with mode 0600 in one step, so the token is never readable by others, and only if
    // it does not exist: a file someone made meanwhile is read, not overwritten.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        OpenSsl::cleanse(*token);
        if (QFileInfo::exists(path))
            return load(path);
        return fail(Error::Code::Io,
                    tr("Cannot create the admin token file %1.").arg(native(path)),
                    file.errorString());
    }
    QByteArray line = *token + '\n';
    const bool written = file.write(line) == line.size() && file.flush();
    OpenSsl::cleanse(line);
    if (!written) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        OpenSsl::cleanse(*token);
        return fail(
            Error::Code::Io, tr("Cannot write the admin token file %1.").arg(native(path)), reason);
    }
    file.close();
    qCInfo(lcEngine).noquote() << "created the admin token file" << native(path);
    return token;
}

} // namespace Espalier::AdminTokenFile
