// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/PkiStore.h"

#include "core/common/Clock.h"
#include "core/common/Futures.h"
#include "core/crypto/OpenSsl.h"
#include "core/pki/PkiLogging.h"
#include "core/store/SecretStore.h"

#include <QThread>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

template<typename T>
QFuture<Result<T>> ready(Result<T> result)
{
    return QtFuture::makeReadyFuture(std::move(result));
}

} // namespace

PkiStore::PkiStore(Database &database, SecretStore &secrets, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_records(database)
{}

QString PkiStore::keyRef(CertificateKind kind, const QString &certificateSha256)
{
    return CertificateRecordRepository::kindName(kind) + u'/' + certificateSha256 + u"/key"_s;
}

QFuture<Result<CertificateAuthority>> PkiStore::createCertificateAuthority(
    const CertificateAuthority::Options &options)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<std::optional<CertificateRecord>> existing = m_records.current(CertificateKind::Ca);
    if (!existing)
        return ready<CertificateAuthority>(fail(existing.error()));
    if (*existing) {
        return ready<CertificateAuthority>(
            fail(Error::Code::Conflict,
                 tr("A certificate authority exists already; devices hold identities from it."),
                 u"current CA %1"_s.arg((*existing)->sha256)));
    }
    const QDateTime now = m_clock.now();
    QFuture<Result<CertificateAuthority>> generated = QtConcurrent::run(
        [options, now] { return CertificateAuthority::generate(options, now); });
    return Futures::then(this, generated, [this](const Result<CertificateAuthority> &authority) {
        if (!authority)
            return ready<CertificateAuthority>(fail(authority.error()));
        const CertificateAuthority &ca = *authority;
        return Futures::then(this,
                             store(CertificateKind::Ca, ca.certificate(), ca.key(), {}),
                             [ca](const Result<void> &stored) -> Result<CertificateAuthority> {
                                 if (!stored)
                                     return fail(stored.error());
                                 qCInfo(lcPki) << "created certificate authority"
                                               << ca.certificate().subjectText()
                                               << ca.certificate().sha256Fingerprint();
                                 return ca;
                             });
    });
}

QFuture<Result<CertificateAuthority>> PkiStore::loadCertificateAuthority()
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<CertificateRecord> record = currentRecord(CertificateKind::Ca);
    if (!record)
        return ready<CertificateAuthority>(fail(record.error()));
    Result<Certificate> certificate = Certificate::fromDer(record->der);
    if (!certificate) {
        return ready<CertificateAuthority>(
            fail(Error::Code::Database,
                 tr("The stored certificate authority is damaged."),
                 u"certificate %1: %2"_s.arg(record->sha256, certificate.error().detail)));
    }
    const QString ref = record->keyRef;
    return Futures::then(
        this,
        m_secrets.read(ref),
        [certificate = *certificate,
         ref](Result<QByteArray> secret) -> Result<CertificateAuthority> {
            if (!secret) {
                Error error = secret.error();
                error.message = tr("The key of the certificate authority is not in the "
                                   "keychain: %1")
                                    .arg(error.message);
                return fail(std::move(error));
            }
            Result<PrivateKey> key = PrivateKey::fromPem(*secret);
            OpenSsl::cleanse(*secret);
            if (!key) {
                return fail(Error::Code::Keychain,
                            tr("The key of the certificate authority in the keychain is damaged."),
                            u"entry %1"_s.arg(ref));
            }
            return CertificateAuthority::fromParts(certificate, *key);
        });
}

QFuture<Result<void>> PkiStore::replaceCertificateAuthority(const CertificateAuthority &authority)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (authority.isNull())
        return ready<void>(
            fail(Error::Code::InvalidInput, tr("There is no certificate authority.")));
    return store(CertificateKind::Ca, authority.certificate(), authority.key(), {}, true);
}

QFuture<Result<void>> PkiStore::saveServerIdentity(const ServerIdentity &identity)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (identity.isNull() || identity.key().isNull()
        || !identity.key().matches(identity.certificate())) {
        return ready<void>(fail(Error::Code::InvalidInput,
                                tr("The private key does not belong to the server certificate.")));
    }
    return store(CertificateKind::Tls, identity.certificate(), identity.key(), identity.chain());
}

QFuture<Result<ServerIdentity>> PkiStore::loadServerIdentity()
{
    Q_ASSERT(QThread::currentThread() == thread());
    Result<CertificateRecord> record = currentRecord(CertificateKind::Tls);
    if (!record)
        return ready<ServerIdentity>(fail(record.error()));
    Result<Certificate> certificate = Certificate::fromDer(record->der);
    if (!certificate) {
        return ready<ServerIdentity>(
            fail(Error::Code::Database,
                 tr("The stored server certificate is damaged."),
                 u"certificate %1: %2"_s.arg(record->sha256, certificate.error().detail)));
    }
    const QString ref = record->keyRef;
    return Futures::then(
        this,
        m_secrets.read(ref),
        [certificate = *certificate, ref](Result<QByteArray> secret) -> Result<ServerIdentity> {
            if (!secret) {
                Error error = secret.error();
                error.message = tr("The key of the server certificate is not in the keychain: %1")
                                    .arg(error.message);
                return fail(std::move(error));
            }
            Result<PrivateKey> key = PrivateKey::fromPem(*secret);
            // The entry holds the key and then the intermediates; none is fine.
            Result<QList<Certificate>> chain = Certificate::chainFromPem(*secret);
            OpenSsl::cleanse(*secret);
            if (!key || !key->matches(certificate)) {
                return fail(Error::Code::Keychain,
                            tr("The key of the server certificate in the keychain is damaged."),
                            u"entry %1"_s.arg(ref));
            }
            return ServerIdentity(certificate, *key, chain ? *chain : QList<Certificate>());
        });
}

QFuture<Result<void>> PkiStore::store(CertificateKind kind,
                                      const Certificate &certificate,
                                      const PrivateKey &key,
                                      const QList<Certificate> &chain,
                                      bool replaceCa)
{
    Result<QByteArray> pem = key.toPem();
    if (!pem)
        return ready<void>(fail(pem.error()));
    QByteArray chainPem;
    for (const Certificate &intermediate : chain)
        chainPem += intermediate.toPem();
    // One buffer, sized up front, so no growth leaves a copy of the key behind in freed memory.
    QByteArray secret;
    secret.reserve(pem->size() + chainPem.size());
    secret.append(QByteArrayView(*pem)).append(chainPem);
    OpenSsl::cleanse(*pem);

    CertificateRecord record;
    record.sha256 = certificate.sha256Fingerprint();
    record.kind = kind;
    record.subject = certificate.subjectText();
    record.der = certificate.toDer();
    record.keyRef = keyRef(kind, record.sha256);
    record.notBefore = certificate.notBefore();
    record.notAfter = certificate.notAfter();

    // SecretStore shares this buffer with its job instead of copying it; it is wiped once the
    // job is done with it.
    return Futures::then(
        this,
        m_secrets.write(record.keyRef, secret),
        [this, record, secret, replaceCa](const Result<void> &written) mutable -> Result<void> {
            OpenSsl::cleanse(secret);
            if (!written)
                return fail(written.error());
            record.createdAt = m_clock.now();
            // A CA never replaces another one here: the check above may be stale by now.
            const auto ifCurrentExists = record.kind == CertificateKind::Ca && !replaceCa
                                             ? CertificateRecordRepository::IfCurrentExists::Refuse
                                             : CertificateRecordRepository::IfCurrentExists::Retire;
            Result<CertificateRecord> added = m_records.addCurrent(record, ifCurrentExists);
            if (!added) {
                // Nothing points at the key now; take it out of the keychain again.
                const QString ref = record.keyRef;
                Futures::then(this, m_secrets.remove(ref), [ref](const Result<void> &removed) {
                    if (!removed) {
                        qCWarning(lcPki).noquote() << "could not remove the orphaned keychain entry"
                                                   << ref << ':' << removed.error().toString();
                    }
                });
                return fail(added.error());
            }
            return {};
        });
}

Result<CertificateRecord> PkiStore::currentRecord(CertificateKind kind)
{
    Result<std::optional<CertificateRecord>> record = m_records.current(kind);
    if (!record)
        return fail(record.error());
    if (!*record) {
        return fail(Error::Code::NotFound,
                    kind == CertificateKind::Ca ? tr("No certificate authority has been set up.")
                                                : tr("No server certificate has been set up."));
    }
    if ((*record)->keyRef.isEmpty()) {
        return fail(Error::Code::Database,
                    tr("The stored certificate has no key."),
                    u"certificate %1 has no key_ref"_s.arg((*record)->sha256));
    }
    return **record;
}

} // namespace Espalier
