// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SecretStore.h"

#include "core/common/Logging.h"

#include <QAbstractEventDispatcher>
#include <QLatin1String>
#include <QMetaObject>
#include <QPromise>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

enum class Operation {
    Write,
    Read,
    Remove,
};

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return u"write"_s;
    case Operation::Read:
        return u"read"_s;
    case Operation::Remove:
        return u"remove"_s;
    }
    return {};
}

// Answers one request exactly once. The caller's future, the queued start and the job's finished
// handler share it; if the last of them lets go without an answer (the store was destroyed before
// a queued start could run), it answers Cancelled, so a continuation always gets a Result.
template<typename T>
class Reply final
{
public:
    Reply() { m_promise.start(); }

    ~Reply()
    {
        if (!m_answered) {
            answer(fail(Error::Code::Cancelled,
                        SecretStore::tr("The keyring request was cancelled because Espalier closed "
                                        "its keyring connection before the request started.")));
        }
    }

    Q_DISABLE_COPY_MOVE(Reply)

    [[nodiscard]] QFuture<Result<T>> future() { return m_promise.future(); }

    void answer(Result<T> result)
    {
        Q_ASSERT(!m_answered);
        m_answered = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<Result<T>> m_promise;
    bool m_answered = false;
};

Error noKeyringError(const QString &detail)
{
    return {
        Error::Code::Keychain,
        SecretStore::tr("No keyring is available. Espalier keeps private keys only in the system "
                        "keyring (Secret Service); start gnome-keyring or KWallet and try again."),
        detail};
}

// QtKeychain reports a missing session bus or Secret Service provider as OtherError carrying the
// text of GLib, dbus-daemon or its own KWallet code; these are the parts of those texts that say
// so. GLib translates its texts, so under a non-English locale this may not match, and the caller
// gets the general message for the operation, still with the text in the detail.
bool meansNoKeyring(const QString &text)
{
    static constexpr QLatin1String fragments[] = {
        QLatin1String("autolaunch"),                         // no bus address and no X11 display
        QLatin1String("dbus-launch"),                        // autolaunch helper missing or failing
        QLatin1String("Could not connect"),                  // a bus address nobody listens on
        QLatin1String("machine-id"),                         // no bus, and no id to look one up by
        QLatin1String("not provided by any .service files"), // a bus without a Secret Service
        QLatin1String("org.freedesktop.secrets"),            // the provider failed to start
        QLatin1String("D-Bus is not running"),               // QtKeychain's KWallet path
    };
    for (const QLatin1String &fragment : fragments) {
        if (text.contains(fragment, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Error keychainError(Operation operation,
                    const QString &key,
                    QKeychain::Error code,
                    const QString &text)
{
    const QString detail = u"QtKeychain error %1 on %2 of \"%3\": %4"_s.arg(
        QString::number(static_cast<int>(code)), operationName(operation), key, text);
    switch (code) {
    case QKeychain::EntryNotFound:
        return {Error::Code::NotFound,
                SecretStore::tr("The system keyring holds no secret named “%1”. If the keyring is "
                                "locked, unlock it and try again.")
                    .arg(key),
                detail};
    case QKeychain::AccessDenied:
        return {Error::Code::Keychain,
                SecretStore::tr("The system keyring is locked or refused access. Unlock it (log in "
                                "to the desktop again, or unlock the Login keyring in your keyring "
                                "manager), let Espalier use it, and try again."),
                detail};
    case QKeychain::AccessDeniedByUser:
        return {Error::Code::Keychain,
                SecretStore::tr("Access to the system keyring was refused. Allow Espalier to use "
                                "the keyring when you are asked, and try again."),
                detail};
    case QKeychain::NoBackendAvailable:
        return noKeyringError(detail);
    case QKeychain::OtherError:
        if (meansNoKeyring(text))
            return noKeyringError(detail);
        break;
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    switch (operation) {
    case Operation::Write:
        return {Error::Code::Keychain,
                SecretStore::tr("Espalier could not store the secret “%1” in the system keyring. "
                                "Check that the keyring is running and unlocked, and try again.")
                    .arg(key),
                detail};
    case Operation::Read:
        return {Error::Code::Keychain,
                SecretStore::tr("Espalier could not read the secret “%1” from the system keyring. "
                                "Check that the keyring is running and unlocked, and try again.")
                    .arg(key),
                detail};
    case Operation::Remove:
        break;
    }
    return {Error::Code::Keychain,
            SecretStore::tr("Espalier could not remove the secret “%1” from the system keyring. "
                            "Check that the keyring is running and unlocked, and try again.")
                .arg(key),
            detail};
}

// Runs on the store's thread before each job. Two conditions would leave a job waiting forever
// with no error, so they fail at once instead:
// - QtKeychain 0.13 runs every job through one process-wide queue object that is not thread-safe
//   and stays on the thread of the first job; a job from another thread races it, and waits
//   forever once that thread has ended.
// - libsecret answers through the thread's GLib main context, which only Qt's GLib event loop
//   iterates; under Qt's plain UNIX loop (QT_NO_GLIB=1) the answer never arrives.
Result<void> checkJobThread()
{
    static std::atomic<QThread *> s_keychainThread = nullptr;
    QThread *const current = QThread::currentThread();
    QThread *first = nullptr;
    if (!s_keychainThread.compare_exchange_strong(first, current) && first != current) {
        Q_ASSERT_X(false, "SecretStore", "every SecretStore must live on the same thread");
        return fail(Error::Code::Keychain,
                    SecretStore::tr("Espalier used the system keyring from two threads, which the "
                                    "keyring library does not support."),
                    u"keychain jobs started on a second thread"_s);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(current);
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib")) {
        return fail(Error::Code::Keychain,
                    SecretStore::tr("Espalier cannot reach the system keyring because its event "
                                    "loop runs without GLib. Unset QT_NO_GLIB and start Espalier "
                                    "again."),
                    u"event dispatcher: %1"_s.arg(
                        dispatcher ? QLatin1String(dispatcher->metaObject()->className())
                                   : QLatin1String("none")));
    }
#endif
    return {};
}

// Starts one keychain job for key on store's thread and answers through the returned future.
// makeJob builds the job (on that thread); finish turns a job that succeeded into the Result.
template<typename T, typename MakeJob, typename Finish>
QFuture<Result<T>> submit(
    SecretStore *store, Operation operation, const QString &key, MakeJob makeJob, Finish finish)
{
    auto reply = std::make_shared<Reply<T>>();
    QFuture<Result<T>> future = reply->future();
    if (key.isEmpty()) {
        reply->answer(fail(Error::Code::InvalidInput,
                           SecretStore::tr("A secret in the system keyring needs a name."),
                           u"empty key for %1"_s.arg(operationName(operation))));
        return future;
    }

    auto start = [reply, operation, key, makeJob = std::move(makeJob), finish = std::move(finish)] {
        if (Result<void> usable = checkJobThread(); !usable) {
            qCWarning(lcSecrets).noquote()
                << operationName(operation) << key << "not started:" << usable.error().toString();
            reply->answer(fail(usable.error()));
            return;
        }
        // No parent on purpose: libsecret keeps a raw pointer to a running job, so the job must
        // not die with the store. It deletes itself once finished (autoDelete).
        QKeychain::Job *job = makeJob();
        job->setKey(key);
        job->setAutoDelete(true);
        // Never true: on the KWallet path QtKeychain would then keep the secret as plaintext in
        // a QSettings file. Set explicitly so the choice is visible here.
        job->setInsecureFallback(false);
        QObject::connect(
            job,
            &QKeychain::Job::finished,
            job,
            [reply, operation, key, finish](QKeychain::Job *done) {
                const QKeychain::Error code = done->error();
                if (code == QKeychain::NoError) {
                    qCDebug(lcSecrets).noquote() << operationName(operation) << key << "done";
                    reply->answer(finish(done));
                    return;
                }
                if (code == QKeychain::EntryNotFound && operation == Operation::Remove) {
                    qCDebug(lcSecrets).noquote() << "remove" << key << "found nothing to remove";
                    reply->answer(Result<T>{});
                    return;
                }
                Error error = keychainError(operation, key, code, done->errorString());
                if (error.code == Error::Code::NotFound)
                    qCDebug(lcSecrets).noquote() << error.toString();
                else
                    qCWarning(lcSecrets).noquote() << error.toString();
                reply->answer(fail(std::move(error)));
            });
        job->start();
    };

    if (QThread::currentThread() == store->thread())
        start();
    else
        QMetaObject::invokeMethod(store, std::move(start), Qt::QueuedConnection);
    return future;
}

} // namespace

QString SecretStore::defaultService()
{
    return u"Espalier"_s;
}

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    Q_ASSERT(!m_service.isEmpty());
}

SecretStore::~SecretStore() = default;

QFuture<Result<void>> SecretStore::write(const QString &key, const QByteArray &secret)
{
    return submit<void>(
        this,
        Operation::Write,
        key,
        [service = m_service, secret] {
            auto *job = new QKeychain::WritePasswordJob(service);
            job->setBinaryData(secret); // shares the caller's buffer; no copy of the bytes
            return job;
        },
        [](QKeychain::Job *) { return Result<void>{}; });
}

QFuture<Result<QByteArray>> SecretStore::read(const QString &key)
{
    return submit<QByteArray>(
        this,
        Operation::Read,
        key,
        [service = m_service] { return new QKeychain::ReadPasswordJob(service); },
        [](QKeychain::Job *job) {
            // The job's decoded buffer itself; the job drops its reference when it is deleted.
            return Result<QByteArray>(static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
        });
}

QFuture<Result<void>> SecretStore::remove(const QString &key)
{
    return submit<void>(
        this,
        Operation::Remove,
        key,
        [service = m_service] { return new QKeychain::DeletePasswordJob(service); },
        [](QKeychain::Job *) { return Result<void>{}; });
}

} // namespace Espalier
