// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/crypto/SecretBox.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentRepository.h"
#include "core/store/EnrollmentTokenRepository.h"
#include "tests/support/TestHelpers.h"
#include "tests/support/TestSecretBox.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QString s_topic = u"com.apple.mgmt.External.test"_s;

SecretBox makeBox(char fill)
{
    Result<SecretBox> made = SecretBox::fromKey(QByteArray(SecretBox::KeySize, fill));
    Q_ASSERT(made);
    return *made;
}

} // namespace

class tst_EnrollmentTokenRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock.setNow(s_start);
        auto opened = Database::openWriter(path());
        QVERIFY_RESULT(opened);
        m_db = std::move(*opened);
        m_tokens = std::make_unique<EnrollmentTokenRepository>(*m_db, m_clock, makeBox('k'));
        EnrollmentRepository enrollments(*m_db, m_clock, &Testing::testTokenBox());
        for (const QString &id : {u"UDID-A"_s, u"UDID-B"_s}) {
            Enrollment e;
            e.id = id;
            e.topic = s_topic;
            QVERIFY_RESULT(enrollments.recordAuthenticate(e));
        }
    }

    void cleanup()
    {
        m_tokens.reset();
        m_db.reset();
        m_dir.reset();
    }

    void unlockTokenIsKept()
    {
        const QByteArray token("unlock-token-0123456789-abcdefghij");
        auto none = m_tokens->unlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(none);
        QVERIFY(!none->has_value());
        QVERIFY_RESULT(m_tokens->storeUnlockToken(u"UDID-A"_s, token));
        auto stored = m_tokens->unlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->value_or(QByteArray()), token);
        auto has = m_tokens->hasUnlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(has);
        QVERIFY(*has);

        // "Absent" never erases it.
        QVERIFY_FAILS_WITH(m_tokens->storeUnlockToken(u"UDID-A"_s, QByteArray()),
                           Error::Code::InvalidInput);
        stored = m_tokens->unlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->value_or(QByteArray()), token);

        // The time it arrived is recorded.
        Result<QSqlQuery> at = m_db->exec(
            u"SELECT unlock_token_at FROM enrollments WHERE id = 'UDID-A'"_s);
        QVERIFY_RESULT(at);
        QVERIFY(at->next());
        QCOMPARE(at->value(0).toLongLong(), s_start.toMSecsSinceEpoch());
    }

    void tokensNeverReachTheFileInPlaintext()
    {
        const QByteArray token("PLAINTEXT-UNLOCK-TOKEN-MARKER-7f3a");
        const QByteArray bootstrap("PLAINTEXT-BOOTSTRAP-TOKEN-MARKER-91c2");
        QVERIFY_RESULT(m_tokens->storeUnlockToken(u"UDID-A"_s, token));
        QVERIFY_RESULT(m_tokens->storeBootstrapToken(u"UDID-A"_s, bootstrap));
        m_tokens.reset();
        m_db.reset();
        QByteArray everything;
        for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
            QFile file(m_dir->filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
        }
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(token));
        QVERIFY(!everything.contains(bootstrap));
    }

    void bootstrapTokenStoredAndRemoved()
    {
        QVERIFY_RESULT(m_tokens->storeBootstrapToken(u"UDID-A"_s, "bootstrap"));
        auto stored = m_tokens->bootstrapToken(u"UDID-A"_s);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->value_or(QByteArray()), QByteArray("bootstrap"));
        // Its own column: the unlock token is untouched.
        auto unlock = m_tokens->unlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(unlock);
        QVERIFY(!unlock->has_value());

        QVERIFY_RESULT(m_tokens->storeBootstrapToken(u"UDID-A"_s, QByteArray()));
        stored = m_tokens->bootstrapToken(u"UDID-A"_s);
        QVERIFY_RESULT(stored);
        QVERIFY(!stored->has_value());
    }

    void unknownEnrollment()
    {
        QVERIFY_FAILS_WITH(m_tokens->storeUnlockToken(u"UDID-X"_s, "t"), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_tokens->unlockToken(u"UDID-X"_s), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_tokens->bootstrapToken(u"UDID-X"_s), Error::Code::NotFound);
    }

    // A box copied to another enrollment or column does not open there.
    void boxesAreBoundToTheirPlace()
    {
        QVERIFY_RESULT(m_tokens->storeUnlockToken(u"UDID-A"_s, "token of A"));
        // Someone with write access to the file moves boxes around.
        QVERIFY_RESULT(m_db->transaction([&]() -> Result<void> {
            Result<QSqlQuery> copied = m_db->exec(
                u"UPDATE enrollments SET unlock_token_sealed = (SELECT unlock_token_sealed FROM "
                "enrollments WHERE id = 'UDID-A') WHERE id = 'UDID-B'"_s);
            if (!copied)
                return fail(copied.error());
            return m_db
                ->exec(u"UPDATE enrollments SET bootstrap_token_sealed = unlock_token_sealed "
                       "WHERE id = 'UDID-A'"_s)
                .map([](const QSqlQuery &) {});
        }));
        QVERIFY_FAILS_WITH(m_tokens->unlockToken(u"UDID-B"_s), Error::Code::Crypto);
        QVERIFY_FAILS_WITH(m_tokens->bootstrapToken(u"UDID-A"_s), Error::Code::Crypto);
        auto own = m_tokens->unlockToken(u"UDID-A"_s);
        QVERIFY_RESULT(own);
        QCOMPARE(own->value_or(QByteArray()), QByteArray("token of A"));
    }

    void otherDataKeyCannotOpen()
    {
        QVERIFY_RESULT(m_tokens->storeUnlockToken(u"UDID-A"_s, "token"));
        EnrollmentTokenRepository other(*m_db, m_clock, makeBox('z'));
        const auto opened = other.unlockToken(u"UDID-A"_s);
        QVERIFY_FAILS_WITH(opened, Error::Code::Crypto);
        QVERIFY(opened.error().detail.contains(u"UDID-A"_s));
        QVERIFY(!opened.error().detail.contains(u"token"_s));
    }

private:
    [[nodiscard]] QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{s_start};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrollmentTokenRepository> m_tokens;
};

QTEST_GUILESS_MAIN(tst_EnrollmentTokenRepository)
#include "tst_EnrollmentTokenRepository.moc"
