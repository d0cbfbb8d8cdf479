// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

namespace Espalier {

// Keeps every private key and token of Espalier in the system keyring (Secret Service on Linux,
// Keychain on macOS, Credential Manager on Windows) through QtKeychain, and nowhere else: there is
// no plaintext fallback. Entries are named by namespaced keys such as "ca/key",
// "push/<topic>/key" or "enrollment/<id>/unlock-token" and hold arbitrary bytes.
//
// Lives on the thread that made it; that thread's event loop runs the keychain jobs, and on Linux
// it must be Qt's GLib event loop, which libsecret needs to deliver its answers. write(), read()
// and remove() may be called from any thread: the job always starts on the store's thread and
// callers continue with .then(context, ...) on theirs. Create every SecretStore of the process on
// the same thread, because QtKeychain 0.13 queues all jobs in one unsynchronised object that stays
// on the thread of the first job.
//
// The store makes no copy of secret bytes: a write shares the caller's buffer with the job and a
// read hands the job's decoded buffer over, so the one plaintext buffer is the caller's, to wipe
// when done. (QtKeychain's own base64 temporaries are out of reach.) Secrets never go into logs,
// QVariants or Error texts; keys are names, not secrets, and do appear in them.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    // The service name the console and espalierd share: "Espalier".
    [[nodiscard]] static QString defaultService();

    // service separates sets of entries; tests use a unique one.
    explicit SecretStore(QString service = defaultService(), QObject *parent = nullptr);
    ~SecretStore() override;

    [[nodiscard]] QString service() const { return m_service; }

    // Stores secret under key, replacing what was there.
    [[nodiscard]] QFuture<Result<void>> write(const QString &key, const QByteArray &secret);

    // The bytes stored under key, or Error::Code::NotFound when there are none. A locked keyring
    // that cannot prompt to be unlocked (no desktop session) also answers NotFound: libsecret
    // reports its entries as absent, so the message says to unlock the keyring.
    [[nodiscard]] QFuture<Result<QByteArray>> read(const QString &key);

    // Deletes the entry under key. Removing a key that is absent succeeds: the caller wants the
    // secret gone, and it is, so cleanup code need not read first or special-case NotFound.
    // (libsecret gives the same answer for an entry in a locked keyring, which stays.)
    [[nodiscard]] QFuture<Result<void>> remove(const QString &key);

private:
    QString m_service;
};

} // namespace Espalier
