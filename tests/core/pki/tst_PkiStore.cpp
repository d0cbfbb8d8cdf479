// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/pki/PkiStore.h"
#include "core/store/CertificateRecordRepository.h"
#include "core/store/Database.h"
#include "core/store/SecretStore.h"
#include "tests/support/TestHelpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// A keychain job takes milliseconds and key generation well under a second; the bound only keeps
// a broken keyring from hanging the run.
constexpr int JobTimeoutMs = 60000;

// Waits for an answer; the keychain jobs and the continuations run on this thread's event loop,
// which QTest::qWaitFor keeps spinning.
template<typename T>
[[nodiscard]] Result<T> settle(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, JobTimeoutMs))
        return fail(Error::Code::Cancelled, u"test: no answer"_s);
    if (future.isCanceled() || future.resultCount() == 0)
        return fail(Error::Code::Cancelled, u"test: the future was cancelled"_s);
    return future.result();
}

} // namespace

class tst_PkiStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Database>> database = Database::openWriter(path());
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        m_secrets = std::make_unique<SecretStore>(
            u"espalier-test-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        m_store = std::make_unique<PkiStore>(*m_database, *m_secrets, m_clock);
    }

    void cleanup()
    {
        m_store.reset();
        m_secrets.reset();
        m_database.reset();
        m_dir.reset();
    }

    void createsPersistsAndLoadsCa()
    {
        QVERIFY_FAILS_WITH(settle(m_store->loadCertificateAuthority()), Error::Code::NotFound);

        Result<CertificateAuthority> created = settle(m_store->createCertificateAuthority(
            {.subject = {.commonName = u"Espalier CA"_s, .organization = u"Example Org"_s}}));
        QVERIFY_RESULT(created);
        const Certificate certificate = created->certificate();
        QVERIFY(certificate.isCa());
        QCOMPARE(certificate.notBefore(),
                 m_clock.now().addSecs(-CertificateAuthority::BackdateSeconds));

        // The row holds the certificate and a reference; the keychain holds the key as PKCS#8.
        const QString sha256 = certificate.sha256Fingerprint();
        Result<QSqlQuery> row = m_database->exec(
            u"SELECT kind, certificate, key_ref, subject FROM certificates WHERE sha256 = ?"_s,
            {sha256});
        QVERIFY_RESULT(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), u"ca"_s);
        QCOMPARE(row->value(1).toByteArray(), certificate.toDer());
        QCOMPARE(row->value(2).toString(), PkiStore::keyRef(CertificateKind::Ca, sha256));
        QCOMPARE(row->value(2).toString(), u"ca/"_s + sha256 + u"/key"_s);
        Result<QByteArray> secret = settle(m_secrets->read(row->value(2).toString()));
        QVERIFY_RESULT(secret);
        QVERIFY(secret->startsWith("-----BEGIN PRIVATE KEY-----"));
        Result<PrivateKey> storedKey = PrivateKey::fromPem(*secret);
        QVERIFY_RESULT(storedKey);
        QVERIFY(storedKey->matches(certificate));

        // Loaded back, by this store and by a fresh one as after a restart.
        Result<CertificateAuthority> loaded = settle(m_store->loadCertificateAuthority());
        QVERIFY_RESULT(loaded);
        QCOMPARE(loaded->certificate(), certificate);
        QVERIFY(loaded->key().matches(certificate));
        PkiStore restarted(*m_database, *m_secrets, m_clock);
        Result<CertificateAuthority> reloaded = settle(restarted.loadCertificateAuthority());
        QVERIFY_RESULT(reloaded);
        QCOMPARE(reloaded->certificate(), certificate);

        // A second CA is refused: devices hold identities from the first.
        QVERIFY_FAILS_WITH(settle(m_store->createCertificateAuthority(
                               {.subject = {.commonName = u"Another CA"_s}})),
                           Error::Code::Conflict);

        // The private key is nowhere in the database files.
        Result<QByteArray> keyDer = loaded->key().toDer();
        QVERIFY_RESULT(keyDer);
        const QByteArray files = databaseFiles();
        QVERIFY(!files.isEmpty());
        QVERIFY(!files.contains("PRIVATE KEY"));
        QVERIFY(!files.contains(keyDer->mid(keyDer->size() / 2, 64)));
        QVERIFY(files.contains(certificate.toDer()));
    }

    void concurrentCreatesMakeOneCa()
    {
        // Both pass the first check; the second to reach the database is refused there.
        QFuture<Result<CertificateAuthority>> first = m_store->createCertificateAuthority(
            {.subject = {.commonName = u"First"_s}});
        QFuture<Result<CertificateAuthority>> second = m_store->createCertificateAuthority(
            {.subject = {.commonName = u"Second"_s}});
        const Result<CertificateAuthority> a = settle(first);
        const Result<CertificateAuthority> b = settle(second);
        QVERIFY2(a.has_value() != b.has_value(), "exactly one CA is created");
        const Result<CertificateAuthority> &loser = a ? b : a;
        QCOMPARE(loser.error().code, Error::Code::Conflict);
        const Certificate winner = a ? a->certificate() : b->certificate();
        Result<CertificateAuthority> loaded = settle(m_store->loadCertificateAuthority());
        QVERIFY_RESULT(loaded);
        QCOMPARE(loaded->certificate(), winner);
        CertificateRecordRepository records(*m_database);
        Result<QList<CertificateRecord>> all = records.list(CertificateKind::Ca);
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 1);
    }

    void loadFailsClearlyWithoutTheKey()
    {
        Result<CertificateAuthority> created = settle(
            m_store->createCertificateAuthority({.subject = {.commonName = u"CA"_s}}));
        QVERIFY_RESULT(created);
        QVERIFY_RESULT(settle(m_secrets->remove(
            PkiStore::keyRef(CertificateKind::Ca, created->certificate().sha256Fingerprint()))));
        const Result<CertificateAuthority> loaded = settle(m_store->loadCertificateAuthority());
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(u"keychain"_s),
                 qPrintable(loaded.error().message));
    }

    void invalidOptionsAreRefusedBeforeAnythingIsStored()
    {
        QVERIFY_FAILS_WITH(settle(m_store->createCertificateAuthority({.subject = {}})),
                           Error::Code::InvalidInput);
        CertificateRecordRepository records(*m_database);
        Result<QList<CertificateRecord>> none = records.list(CertificateKind::Ca);
        QVERIFY_RESULT(none);
        QVERIFY(none->isEmpty());
    }

    void savesAndLoadsServerIdentityWithChain()
    {
        QVERIFY_FAILS_WITH(settle(m_store->loadServerIdentity()), Error::Code::NotFound);
        Result<CertificateAuthority> ca = settle(
            m_store->createCertificateAuthority({.subject = {.commonName = u"CA"_s}}));
        QVERIFY_RESULT(ca);
        Result<ServerIdentity> first = ca->issueServerIdentity({.dnsNames = {u"mdm.example"_s}},
                                                               m_clock.now());
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(settle(m_store->saveServerIdentity(*first)));
        Result<ServerIdentity> loaded = settle(m_store->loadServerIdentity());
        QVERIFY_RESULT(loaded);
        QCOMPARE(loaded->certificate(), first->certificate());
        QCOMPARE(loaded->chain(), QList<Certificate>{ca->certificate()});
        QVERIFY(loaded->key().matches(first->certificate()));

        // A new one replaces it; the old row stays, retired.
        m_clock.advance(60000);
        Result<ServerIdentity> second = ca->issueServerIdentity({.dnsNames = {u"mdm2.example"_s}},
                                                                m_clock.now());
        QVERIFY_RESULT(second);
        QVERIFY_RESULT(settle(m_store->saveServerIdentity(*second)));
        Result<ServerIdentity> current = settle(m_store->loadServerIdentity());
        QVERIFY_RESULT(current);
        QCOMPARE(current->certificate(), second->certificate());
        CertificateRecordRepository records(*m_database);
        Result<std::optional<CertificateRecord>> old = records.find(
            first->certificate().sha256Fingerprint());
        QVERIFY_RESULT(old);
        QVERIFY(*old && (*old)->isRetired());
        // Saving the CA's identity did not touch the CA row.
        Result<CertificateAuthority> stillThere = settle(m_store->loadCertificateAuthority());
        QVERIFY_RESULT(stillThere);

        const ServerIdentity mismatched(first->certificate(), second->key());
        QVERIFY_FAILS_WITH(settle(m_store->saveServerIdentity(mismatched)),
                           Error::Code::InvalidInput);
    }

private:
    QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    QByteArray databaseFiles() const
    {
        QByteArray bytes;
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile file(path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    ManualClock m_clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PkiStore> m_store;
};

QTEST_GUILESS_MAIN(tst_PkiStore)
#include "tst_PkiStore.moc"
