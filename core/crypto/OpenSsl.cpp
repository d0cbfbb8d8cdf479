// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenSsl.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/provider.h>

using namespace Qt::StringLiterals;

namespace Espalier::OpenSsl {

namespace {

// What loading the providers gave; computed once, then only read. The handles are kept (and
// never unloaded) so the providers stay loaded for the life of the process and leak checkers
// see them as reachable.
struct Providers
{
    OSSL_PROVIDER *defaultProvider = nullptr;
    OSSL_PROVIDER *legacyProvider = nullptr;
    bool defaultLoaded = false;
    bool legacyLoaded = false;
    QString defaultError;
};

Providers loadProviders()
{
    Providers providers;
    providers.defaultProvider = OSSL_PROVIDER_load(nullptr, "default");
    providers.defaultLoaded = providers.defaultProvider != nullptr;
    if (!providers.defaultLoaded)
        providers.defaultError = takeErrors();
    providers.legacyProvider = OSSL_PROVIDER_load(nullptr, "legacy");
    providers.legacyLoaded = providers.legacyProvider != nullptr;
    if (!providers.legacyLoaded) {
        qCWarning(lcCrypto) << "The OpenSSL legacy provider is not available; legacy .p12 files"
                            << "cannot be read:" << takeErrors();
    }
    return providers;
}

const Providers &providers()
{
    static const Providers loaded = loadProviders();
    return loaded;
}

} // namespace

Result<void> initialize()
{
    const Providers &loaded = providers();
    if (!loaded.defaultLoaded) {
        return fail(Error::Code::Crypto,
                    QCoreApplication::translate("Espalier::OpenSsl",
                                                "The cryptography library could not start."),
                    loaded.defaultError);
    }
    return {};
}

bool isLegacyProviderLoaded()
{
    return providers().legacyLoaded;
}

QString takeErrors()
{
    // A queue can in theory hold many entries; the first few say what went wrong.
    constexpr int MaxEntries = 8;
    QStringList entries;
    const char *data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        if (entries.size() >= MaxEntries)
            continue;
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        QString entry = QString::fromUtf8(text);
        if ((flags & ERR_TXT_STRING) && data && *data)
            entry += u" ("_s + QString::fromUtf8(data) + u')';
        entries.append(entry);
    }
    return entries.join(u"; "_s);
}

tl::unexpected<Error> failure(Error::Code code, QString message)
{
    return fail(code, std::move(message), takeErrors());
}

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void skipCleanupAtExit()
{
    // Only the first initialization decides whether OpenSSL registers its atexit handler.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}

} // namespace Espalier::OpenSsl
