// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Logging.h"
#include "core/common/Result.h"
#include "core/store/SecretStore.h"
#include "tests/support/TestHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// A keychain job takes milliseconds; the bound only keeps a broken keyring from hanging the run.
constexpr int kJobTimeoutMs = 30'000;
// A child process runs a few jobs, or fails to, within one job bound.
constexpr int kChildTimeoutMs = 2 * kJobTimeoutMs;

constexpr qsizetype kKiB = 1024;

// Selects the child-process probe (see tst_SecretStore::probe) and names its situation.
constexpr char kProbeVariable[] = "ESPALIER_SECRETSTORE_PROBE";

// What the probe tries to store; the no-keyring test looks for it on disk.
const QByteArray &probeSecret()
{
    static const QByteArray secret("-----BEGIN PRIVATE KEY-----\nprobe\0secret\xff\x01 5c1e7a0d",
                                   51);
    return secret;
}

// Waits for a SecretStore answer. The keychain jobs run on this thread's event loop, which
// QTest::qWaitFor keeps spinning.
template<typename T>
[[nodiscard]] Result<T> settle(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, kJobTimeoutMs))
        return fail(Error::Code::Cancelled, u"test: the keyring gave no answer"_s);
    return future.result();
}

[[nodiscard]] QString uniqueService()
{
    return u"espalier-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

[[nodiscard]] QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

// A running thread that is stopped however the test function returns.
class WorkerThread final : public QThread
{
public:
    WorkerThread() { start(); }

    ~WorkerThread() override
    {
        quit();
        wait();
    }
};

// One line per answer, for the parent to compare: "write: ok" or "read: not-found: <message>".
[[nodiscard]] QString describe(const QString &operation, const Result<void> &result)
{
    if (result)
        return operation + u": ok"_s;
    return operation + u": "_s + errorCodeName(result.error().code) + u": "_s
           + result.error().message;
}

[[nodiscard]] QString describe(const QString &operation, const Result<QByteArray> &result)
{
    if (result)
        return operation + (*result == probeSecret() ? u": ok"_s : u": wrong bytes"_s);
    return describe(operation, Result<void>(fail(result.error())));
}

// Runs program (this test binary, or the keyring script around it) with the probe() test function
// and returns what it printed; empty, after a warning with its output, when it did not finish
// cleanly.
[[nodiscard]] QString runProbe(const QString &program,
                               const QStringList &arguments,
                               const QProcessEnvironment &environment)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(program, arguments);
    if (!child.waitForFinished(kChildTimeoutMs)) {
        child.kill();
        child.waitForFinished();
        qWarning().noquote() << "probe did not finish:" << QString::fromUtf8(child.readAll());
        return {};
    }
    QString output = QString::fromUtf8(child.readAll());
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qWarning().noquote() << "probe failed with exit code" << child.exitCode() << output;
        return {};
    }
    return output;
}

[[nodiscard]] QStringList probeArguments()
{
    return {u"probe"_s};
}

// Files under root that hold the secret (raw, base64 or hex) or look like QSettings storage.
[[nodiscard]] QStringList plaintextTraces(const QString &root, const QByteArray &secret)
{
    const QByteArray forms[] = {secret, secret.toBase64(), secret.toHex()};
    QStringList traces;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFileInfo(path).isFile())
            continue;
        if (path.endsWith(u".conf"_s) || path.endsWith(u".ini"_s))
            traces << u"settings file %1"_s.arg(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            traces << u"unreadable %1"_s.arg(path);
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms) {
            if (content.contains(form))
                traces << u"secret in %1"_s.arg(path);
        }
    }
    return traces;
}

} // namespace

class tst_SecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsSet(kProbeVariable))
            return;
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run this test through tests/support/with-keyring.sh (ctest does)");
    }

    void init() { m_store = std::make_unique<SecretStore>(uniqueService()); }

    void cleanup() { m_store.reset(); }

    void defaultServiceIsEspalier()
    {
        QCOMPARE(SecretStore::defaultService(), u"Espalier"_s);
        QCOMPARE(SecretStore().service(), u"Espalier"_s);
    }

    void roundTripsBytesExactly_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("text") << QByteArray("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one NUL") << QByteArray(1, '\0');
        QTest::newRow("NULs inside and at both ends") << QByteArray("\0a\0\0b\0", 6);
        QByteArray everyByte(256, Qt::Uninitialized);
        for (int i = 0; i < everyByte.size(); ++i)
            everyByte[i] = static_cast<char>(i);
        QTest::newRow("every byte value") << everyByte;
        QTest::newRow("invalid UTF-8") << QByteArray("\xff\xfe\xc3\x28\xa0\xa1");
        QTest::newRow("trailing newline") << QByteArray("123456\n");
        QTest::newRow("64 KiB random") << randomBytes(64 * kKiB, 1);
        QTest::newRow("64 KiB + 1 random") << randomBytes(64 * kKiB + 1, 2);
        QTest::newRow("64 KiB of NULs") << QByteArray(64 * kKiB, '\0');
    }

    void roundTripsBytesExactly()
    {
        QFETCH(QByteArray, secret);
        QVERIFY_RESULT(settle(m_store->write(u"ca/key"_s, secret)));
        const Result<QByteArray> read = settle(m_store->read(u"ca/key"_s));
        QVERIFY_RESULT(read);
        QCOMPARE(read->size(), secret.size());
        QCOMPARE(*read, secret);
    }

    void overwriteReplacesTheSecret()
    {
        QVERIFY_RESULT(settle(m_store->write(u"push/com.example/key"_s, "first")));
        QVERIFY_RESULT(settle(m_store->write(u"push/com.example/key"_s, "second, longer")));
        const Result<QByteArray> read = settle(m_store->read(u"push/com.example/key"_s));
        QVERIFY_RESULT(read);
        QCOMPARE(*read, QByteArray("second, longer"));

        QVERIFY_RESULT(settle(m_store->write(u"push/com.example/key"_s, "3")));
        QCOMPARE(settle(m_store->read(u"push/com.example/key"_s)).value_or(QByteArray()),
                 QByteArray("3"));
    }

    void removeDeletesTheSecret()
    {
        const QString key = u"enrollment/5F1D-77/unlock-token"_s;
        QVERIFY_RESULT(settle(m_store->write(key, "token")));
        QVERIFY_RESULT(settle(m_store->write(u"enrollment/5F1D-78/unlock-token"_s, "other")));
        QVERIFY_RESULT(settle(m_store->remove(key)));

        const Result<QByteArray> read = settle(m_store->read(key));
        QVERIFY_FAILS_WITH(read, Error::Code::NotFound);
        QVERIFY2(read.error().message.contains(key), qPrintable(read.error().message));
        // Only that entry went.
        QCOMPARE(settle(m_store->read(u"enrollment/5F1D-78/unlock-token"_s)).value_or(QByteArray()),
                 QByteArray("other"));
    }

    void readOfAbsentKeyIsNotFound()
    {
        const Result<QByteArray> read = settle(m_store->read(u"ca/key"_s));
        QVERIFY_FAILS_WITH(read, Error::Code::NotFound);
        QCOMPARE(read.error().message,
                 u"The system keyring holds no secret named “ca/key”. If the keyring is locked, "
                 "unlock it and try again."_s);
    }

    void removeOfAbsentKeySucceeds()
    {
        QVERIFY_RESULT(settle(m_store->remove(u"never/written"_s)));
        QVERIFY_RESULT(settle(m_store->write(u"once"_s, "x")));
        QVERIFY_RESULT(settle(m_store->remove(u"once"_s)));
        QVERIFY_RESULT(settle(m_store->remove(u"once"_s)));
    }

    void emptyKeyIsRejected()
    {
        const Result<void> written = settle(m_store->write(QString(), "x"));
        QVERIFY_FAILS_WITH(written, Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(settle(m_store->read(QString())), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(settle(m_store->remove(QString())), Error::Code::InvalidInput);
    }

    void keysAreExactUtf8Names()
    {
        // Names that differ only in case, in Unicode normalisation or in a trailing space are
        // different entries, and every key reads back its own secret.
        const QStringList keys = {
            u"ca/key"_s,
            u"ca/Key"_s,
            u"ca/key "_s,
            u"push/com.apple.mgmt.External.2f0c6a1e-8d0b-4a45-b7f1-3c1c2d9e0a77/key"_s,
            u"enrollment/00008030-001A2B3C4D5E802E/unlock-token"_s,
            u"schlüssel/grüße"_s,
            u"schlu\u0308ssel/gru\u0308\u00dfe"_s,
            u"ключ/секрет"_s,
            u"鍵/秘密"_s,
            u"emoji/🔑"_s,
            u"quotes \"and\" 'more'/back\\slash"_s,
        };
        for (const QString &key : keys)
            QVERIFY_RESULT(settle(m_store->write(key, u"secret of %1"_s.arg(key).toUtf8())));
        for (const QString &key : keys) {
            const Result<QByteArray> read = settle(m_store->read(key));
            QVERIFY_RESULT(read);
            QCOMPARE(QString::fromUtf8(*read), u"secret of %1"_s.arg(key));
        }
    }

    void servicesDoNotSeeEachOther()
    {
        SecretStore other(uniqueService());
        QVERIFY_RESULT(settle(m_store->write(u"ca/key"_s, "mine")));
        QVERIFY_FAILS_WITH(settle(other.read(u"ca/key"_s)), Error::Code::NotFound);

        QVERIFY_RESULT(settle(other.write(u"ca/key"_s, "theirs")));
        QCOMPARE(settle(m_store->read(u"ca/key"_s)).value_or(QByteArray()), QByteArray("mine"));
        QCOMPARE(settle(other.read(u"ca/key"_s)).value_or(QByteArray()), QByteArray("theirs"));

        QVERIFY_RESULT(settle(other.remove(u"ca/key"_s)));
        QCOMPARE(settle(m_store->read(u"ca/key"_s)).value_or(QByteArray()), QByteArray("mine"));
    }

    void manyJobsInFlightAllLand()
    {
        constexpr int count = 40;
        const auto keyOf = [](int i) { return u"enrollment/%1/unlock-token"_s.arg(i); };
        const auto secretOf = [](int i) { return randomBytes(32 + i, static_cast<quint32>(i)); };
        QObject context;
        QStringList errors;

        int written = 0;
        for (int i = 0; i < count; ++i) {
            m_store->write(keyOf(i), secretOf(i)).then(&context, [&](const Result<void> &result) {
                if (!result)
                    errors << result.error().toString();
                ++written;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(written, count, kJobTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

        QHash<QString, QByteArray> read;
        for (int i = 0; i < count; ++i) {
            const QString key = keyOf(i);
            m_store->read(key).then(&context, [&, key](const Result<QByteArray> &result) {
                if (!result)
                    errors << result.error().toString();
                read.insert(key, result.value_or(QByteArray()));
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(read.size(), count, kJobTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        for (int i = 0; i < count; ++i)
            QCOMPARE(read.value(keyOf(i)), secretOf(i));

        int removed = 0;
        for (int i = 0; i < count; ++i) {
            m_store->remove(keyOf(i)).then(&context, [&](const Result<void> &result) {
                if (!result)
                    errors << result.error().toString();
                ++removed;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(removed, count, kJobTimeoutMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        for (int i = 0; i < count; ++i)
            QVERIFY_FAILS_WITH(settle(m_store->read(keyOf(i))), Error::Code::NotFound);
    }

    void callsFromAnotherThreadContinueThere()
    {
        // Declared before the worker, which is stopped first, so no late answer outlives them.
        QObject context;
        std::atomic<bool> done = false;
        QThread *continuedOn = nullptr;
        Result<QByteArray> read = fail(Error::Code::Cancelled, u"not read"_s);
        WorkerThread worker;
        context.moveToThread(&worker);
        QMetaObject::invokeMethod(&context, [&] {
            m_store->write(u"ca/key"_s, "from a worker").then(&context, [&](const Result<void> &w) {
                if (!w) {
                    read = fail(w.error());
                    done = true;
                    return;
                }
                m_store->read(u"ca/key"_s).then(&context, [&](const Result<QByteArray> &r) {
                    continuedOn = QThread::currentThread();
                    read = r;
                    done = true;
                });
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, kJobTimeoutMs);
        worker.quit();
        QVERIFY(worker.wait());

        QVERIFY_RESULT(read);
        QCOMPARE(*read, QByteArray("from a worker"));
        QCOMPARE(continuedOn, &worker);
    }

    void jobOutlivesItsStore()
    {
        const QString service = uniqueService();
        auto store = std::make_unique<SecretStore>(service);
        const QFuture<Result<void>> written = store->write(u"ca/key"_s, "kept");
        store.reset();
        QVERIFY_RESULT(settle(written));

        SecretStore again(service);
        QCOMPARE(settle(again.read(u"ca/key"_s)).value_or(QByteArray()), QByteArray("kept"));
    }

    void queuedCallToDestroyedStoreIsCancelled()
    {
        const QString service = uniqueService();
        auto store = std::make_unique<SecretStore>(service);
        QFuture<Result<void>> written;
        QObject context;
        WorkerThread worker;
        context.moveToThread(&worker);
        // The call from the worker queues the job's start to this thread, which does not run its
        // event loop before the store is gone.
        QMetaObject::invokeMethod(
            &context,
            [&] { written = store->write(u"ca/key"_s, "never stored"); },
            Qt::BlockingQueuedConnection);
        const bool finishedWhileQueued = written.isFinished();
        store.reset();

        QVERIFY(!finishedWhileQueued);
        QVERIFY(written.isFinished());
        QVERIFY_FAILS_WITH(written.result(), Error::Code::Cancelled);
        SecretStore again(service);
        QVERIFY_FAILS_WITH(settle(again.read(u"ca/key"_s)), Error::Code::NotFound);
    }

    void secretsNeverReachTheLog()
    {
        static QMutex s_mutex;
        static QStringList s_messages;
        s_messages.clear();
        // A filter rather than rules, so that QT_LOGGING_RULES in the environment cannot hide
        // the store's debug lines. installFilter() runs the new filter before it returns the
        // previous one, so that one is null for the first pass, which other categories sit out.
        static QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
        s_previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
            if (s_previousFilter)
                s_previousFilter(category);
            if (qstrcmp(category->categoryName(), lcSecrets().categoryName()) == 0)
                category->setEnabled(QtDebugMsg, true);
        });
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) {
                const QMutexLocker lock(&s_mutex);
                s_messages << message;
            });
        const QByteArray secret = "s3cr3t-PIN-493817";
        const Result<void> written = settle(m_store->write(u"lock/pin"_s, secret));
        const Result<QByteArray> read = settle(m_store->read(u"lock/pin"_s));
        const Result<void> removed = settle(m_store->remove(u"lock/pin"_s));
        const Result<QByteArray> absent = settle(m_store->read(u"lock/pin"_s));
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(s_previousFilter);

        QVERIFY_RESULT(written);
        QVERIFY_RESULT(read);
        QVERIFY_RESULT(removed);
        QVERIFY_FAILS_WITH(absent, Error::Code::NotFound);
        const QString all = s_messages.join(u'\n');
        QVERIFY2(all.contains(u"lock/pin"_s), "the store logged nothing, so this proves nothing");
        QVERIFY(!all.contains(QString::fromLatin1(secret)));
        QVERIFY(!all.contains(QString::fromLatin1(secret.toBase64())));
        QVERIFY(!all.contains(QString::fromLatin1(secret.toHex())));
        QCOMPARE(*read, secret);
        QVERIFY(!absent.error().detail.contains(QString::fromLatin1(secret)));
    }

    void failsClearlyWithoutKeyring_data()
    {
        QTest::addColumn<bool>("busAddressSet");
        QTest::addColumn<bool>("kdeSession");
        QTest::newRow("bus address to a missing socket") << true << false;
        QTest::newRow("no bus address, no display") << false << false;
        // QtKeychain's KWallet path is where an insecure fallback would write plaintext.
        QTest::newRow("missing socket, KDE session") << true << true;
    }

    void failsClearlyWithoutKeyring()
    {
        QFETCH(bool, busAddressSet);
        QFETCH(bool, kdeSession);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QDir dir(root.path());
        for (const QString &name : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s})
            QVERIFY(dir.mkdir(name));
        QVERIFY(QFile::setPermissions(dir.filePath(u"runtime"_s),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s,
                                    u"WAYLAND_DISPLAY"_s,
                                    u"DBUS_SESSION_BUS_ADDRESS"_s,
                                    u"XDG_CURRENT_DESKTOP"_s,
                                    u"DESKTOP_SESSION"_s,
                                    u"KDE_SESSION_VERSION"_s,
                                    u"KDE_FULL_SESSION"_s,
                                    u"GNOME_KEYRING_CONTROL"_s}) {
            environment.remove(name);
        }
        // Private directories, so that neither the real session bus under XDG_RUNTIME_DIR nor a
        // real keyring or settings file can be reached, and anything written can be found.
        environment.insert(u"HOME"_s, dir.filePath(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        environment.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.filePath(u"runtime"_s));
        if (busAddressSet) {
            environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                               u"unix:path="_s + dir.filePath(u"runtime/no-bus-here"_s));
        }
        if (kdeSession) {
            environment.insert(u"XDG_CURRENT_DESKTOP"_s, u"KDE"_s);
            environment.insert(u"KDE_SESSION_VERSION"_s, u"5"_s);
            environment.insert(u"KDE_FULL_SESSION"_s, u"true"_s);
        }
        environment.insert(QString::fromLatin1(kProbeVariable), u"no-keyring"_s);

        const QString output = runProbe(
            QCoreApplication::applicationFilePath(), probeArguments(), environment);
        QVERIFY(!output.isEmpty());
        const QString noKeyring
            = u"No keyring is available. Espalier keeps private keys only in the system keyring "
              "(Secret Service); start gnome-keyring or KWallet and try again."_s;
        QVERIFY2(output.contains(u"write: keychain: "_s + noKeyring), qPrintable(output));
        QVERIFY2(output.contains(u"read: keychain: "_s + noKeyring), qPrintable(output));
        QVERIFY(!output.contains(QString::fromLatin1(probeSecret().toBase64())));

        const QStringList traces = plaintextTraces(root.path(), probeSecret());
        QVERIFY2(traces.isEmpty(), qPrintable(traces.join(u'\n')));
        for (const QString &name : {u"home"_s, u"config"_s}) {
            const QStringList files = QDir(dir.filePath(name))
                                          .entryList(QDir::AllEntries | QDir::Hidden
                                                     | QDir::NoDotAndDotDot);
            QVERIFY2(files.isEmpty(), qPrintable(name + u": "_s + files.join(u", "_s)));
        }
    }

    void lockedKeyringRefusesWritesClearly()
    {
        const QString script = qEnvironmentVariable("ESPALIER_SOURCE_DIR")
                               + u"/tests/support/with-keyring.sh"_s;
        QVERIFY2(QFileInfo(script).isExecutable(), qPrintable(script));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ESPALIER_KEYRING_LOCKED"_s, u"1"_s);
        environment.insert(QString::fromLatin1(kProbeVariable), u"locked"_s);

        const QString output = runProbe(script,
                                        QStringList{QCoreApplication::applicationFilePath()}
                                            + probeArguments(),
                                        environment);
        QVERIFY(!output.isEmpty());
        QVERIFY2(output.contains(u"write: keychain: The system keyring is locked or refused "
                                 "access. Unlock it"_s),
                 qPrintable(output));
        // libsecret answers a read from a locked keyring it cannot prompt for with "no such
        // entry", so the NotFound message has to mention unlocking.
        QVERIFY2(output.contains(u"read: not-found: "_s), qPrintable(output));
        QVERIFY2(output.contains(u"If the keyring is locked, unlock it"_s), qPrintable(output));
    }

    void failsInsteadOfHangingWithoutGlib()
    {
        // The keyring of this session works; only the child's event loop cannot hear libsecret.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_NO_GLIB"_s, u"1"_s);
        environment.insert(QString::fromLatin1(kProbeVariable), u"no-glib"_s);

        const QString output = runProbe(
            QCoreApplication::applicationFilePath(), probeArguments(), environment);
        QVERIFY(!output.isEmpty());
        const QString noGlib = u"Espalier cannot reach the system keyring because its event loop "
                               "runs without GLib. Unset QT_NO_GLIB and start Espalier again."_s;
        QVERIFY2(output.contains(u"write: keychain: "_s + noGlib), qPrintable(output));
        QVERIFY2(output.contains(u"read: keychain: "_s + noGlib), qPrintable(output));
    }

    // The child's side of the three tests above: it writes and reads probeSecret() and prints
    // what the store answered; the parent judges. A normal run skips it.
    void probe()
    {
        if (!qEnvironmentVariableIsSet(kProbeVariable))
            QSKIP("runs only in the child processes of the keyring-failure tests");
        SecretStore store(u"espalier-probe"_s);
        const Result<void> written = settle(store.write(u"ca/key"_s, probeSecret()));
        const Result<QByteArray> read = settle(store.read(u"ca/key"_s));
        for (const QString &line : {describe(u"write"_s, written), describe(u"read"_s, read)})
            std::printf("%s\n", line.toUtf8().constData());
        std::fflush(stdout);
    }

private:
    std::unique_ptr<SecretStore> m_store;
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_SecretStore.moc"
