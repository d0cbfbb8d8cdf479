// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/store/Database.h"
#include "core/store/EnrollmentLinkRepository.h"
#include "tests/support/TestHelpers.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

EnrollmentLinkService::CreateOptions options(std::optional<int> maxUses = {},
                                             const QDateTime &expiresAt = {})
{
    return {.createdBy = u"admin@example.com"_s,
            .label = u"Front desk iPads"_s,
            .expiresAt = expiresAt,
            .maxUses = maxUses};
}

} // namespace

class tst_EnrollmentLinkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_clock.setNow(s_start);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Database>> database = Database::openWriter(path());
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        m_service = std::make_unique<EnrollmentLinkService>(*m_database, m_clock);
    }

    void cleanup()
    {
        m_service.reset();
        m_database.reset();
        m_dir.reset();
    }

    void createsLinkWithRandomToken()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(5));
        QVERIFY_RESULT(created);
        QVERIFY(EnrollmentLinkService::isWellFormedToken(created->token));
        QCOMPARE(
            QByteArray::fromBase64(created->token.toLatin1(), QByteArray::Base64UrlEncoding).size(),
            32);
        const EnrollmentLink &link = created->link;
        QVERIFY(!link.id.isEmpty());
        QCOMPARE(link.tokenSha256, EnrollmentLinkService::hashSecret(created->token));
        QCOMPARE(link.tokenSha256.size(), 64);
        QCOMPARE(link.label, u"Front desk iPads"_s);
        QCOMPARE(link.createdBy, u"admin@example.com"_s);
        QCOMPARE(link.createdAt, s_start);
        QCOMPARE(link.maxUses, std::optional<int>(5));
        QCOMPARE(link.useCount, 0);
        QVERIFY(link.scepChallengeSha256.isEmpty());
        QVERIFY(link.state(m_clock.now()) == EnrollmentLinkState::Active);

        Result<EnrollmentLinkService::CreatedLink> second = m_service->create(options());
        QVERIFY_RESULT(second);
        QVERIFY(second->token != created->token);
        QVERIFY(second->link.id != created->link.id);

        Result<EnrollmentLink> found = m_service->findByToken(created->token);
        QVERIFY_RESULT(found);
        QCOMPARE(found->id, link.id);
        Result<QList<EnrollmentLink>> all = m_service->list();
        QVERIFY_RESULT(all);
        QCOMPARE(all->size(), 2);
    }

    void storesOnlyHashesOfSecrets()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        QCOMPARE(redemption->link.scepChallengeSha256,
                 EnrollmentLinkService::hashSecret(redemption->challenge));

        Result<QSqlQuery> row = m_database->exec(
            u"SELECT token_sha256, scep_challenge_sha256 FROM enrollment_links WHERE id = ?"_s,
            {created->link.id});
        QVERIFY_RESULT(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), EnrollmentLinkService::hashSecret(created->token));
        QCOMPARE(row->value(1).toString(),
                 EnrollmentLinkService::hashSecret(redemption->challenge));

        // Neither secret is anywhere in the database files.
        m_service.reset();
        m_database.reset();
        QByteArray everything;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile file(path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                everything += file.readAll();
        }
        QVERIFY(!everything.isEmpty());
        QVERIFY(!everything.contains(created->token.toLatin1()));
        QVERIFY(!everything.contains(redemption->challenge.toLatin1()));
        QVERIFY(everything.contains(EnrollmentLinkService::hashSecret(created->token).toLatin1()));
    }

    void unknownAndMalformedTokensAreNotFound_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"abc"_s;
        QTest::newRow("unknown") << QString(43, u'A');
        QTest::newRow("bad characters") << QString(QString(42, u'A') + u'/');
        QTest::newRow("huge") << QString(100000, u'x');
    }

    void unknownAndMalformedTokensAreNotFound()
    {
        QFETCH(QString, token);
        QVERIFY_FAILS_WITH(m_service->findByToken(token), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_service->redeem(token), Error::Code::NotFound);
    }

    void redeemCountsUsesUpToTheLimit()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(2));
        QVERIFY_RESULT(created);
        QSet<QString> challenges;
        for (int use = 1; use <= 2; ++use) {
            Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(
                created->token);
            QVERIFY_RESULT(redemption);
            QCOMPARE(redemption->link.useCount, use);
            QCOMPARE(redemption->challenge.size(), 2 * EnrollmentLinkService::ChallengeBytes);
            challenges.insert(redemption->challenge);
        }
        QCOMPARE(challenges.size(), 2);
        const Result<EnrollmentLinkService::Redemption> third = m_service->redeem(created->token);
        QVERIFY_FAILS_WITH(third, Error::Code::Conflict);
        QVERIFY2(third.error().message.contains(u"limit"_s), qPrintable(third.error().message));
        Result<EnrollmentLink> link = m_service->findByToken(created->token);
        QVERIFY_RESULT(link);
        QCOMPARE(link->useCount, 2);
        QVERIFY(link->state(m_clock.now()) == EnrollmentLinkState::UsedUp);
    }

    void expiredLinkIsRefused()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(
            options({}, s_start.addSecs(3600)));
        QVERIFY_RESULT(created);
        m_clock.advance(qint64{3599} * 1000);
        QVERIFY_RESULT(m_service->redeem(created->token));
        m_clock.advance(1000);
        const Result<EnrollmentLinkService::Redemption> late = m_service->redeem(created->token);
        QVERIFY_FAILS_WITH(late, Error::Code::Conflict);
        QVERIFY2(late.error().message.contains(u"expired"_s), qPrintable(late.error().message));
        Result<EnrollmentLink> link = m_service->findByToken(created->token);
        QVERIFY_RESULT(link);
        QVERIFY(link->state(m_clock.now()) == EnrollmentLinkState::Expired);
    }

    void createRefusesBadOptions()
    {
        QVERIFY_FAILS_WITH(m_service->create(options(0)), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(m_service->create(options({}, s_start)), Error::Code::InvalidInput);
        EnrollmentLinkService::CreateOptions anonymous = options();
        anonymous.createdBy = u"  "_s;
        QVERIFY_FAILS_WITH(m_service->create(anonymous), Error::Code::InvalidInput);
        EnrollmentLinkService::CreateOptions chatty = options();
        chatty.label = QString(EnrollmentLinkService::MaxLabelLength + 1, u'x');
        QVERIFY_FAILS_WITH(m_service->create(chatty), Error::Code::InvalidInput);
    }

    void revokedLinkIsRefusedAndLosesItsChallenge()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        m_clock.advance(60000);
        Result<EnrollmentLink> revoked = m_service->revoke(created->link.id);
        QVERIFY_RESULT(revoked);
        QCOMPARE(revoked->revokedAt, s_start.addSecs(60));
        QVERIFY(revoked->scepChallengeSha256.isEmpty());
        QVERIFY(revoked->state(m_clock.now()) == EnrollmentLinkState::Revoked);

        const Result<EnrollmentLinkService::Redemption> again = m_service->redeem(created->token);
        QVERIFY_FAILS_WITH(again, Error::Code::Conflict);
        QVERIFY2(again.error().message.contains(u"revoked"_s), qPrintable(again.error().message));
        QVERIFY_FAILS_WITH(m_service->consumeChallenge(redemption->challenge),
                           Error::Code::NotFound);

        // Revoking again keeps the first time.
        m_clock.advance(60000);
        Result<EnrollmentLink> twice = m_service->revoke(created->link.id);
        QVERIFY_RESULT(twice);
        QCOMPARE(twice->revokedAt, s_start.addSecs(60));
        QVERIFY_FAILS_WITH(m_service->revoke(u"no-such-link"_s), Error::Code::NotFound);
    }

    void challengeWorksOnce()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(1));
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);

        QVERIFY_FAILS_WITH(m_service->consumeChallenge(u"wrong"_s), Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_service->consumeChallenge(QString()), Error::Code::InvalidInput);

        int calls = 0;
        Result<EnrollmentLink> consumed = m_service->consumeChallenge(
            redemption->challenge, [&](const EnrollmentLink &link) -> Result<void> {
                ++calls;
                if (link.id != created->link.id)
                    return fail(Error::Code::InvalidInput, u"wrong link"_s);
                // Inside the transaction the challenge is already gone.
                if (!link.scepChallengeSha256.isEmpty())
                    return fail(Error::Code::InvalidInput, u"challenge still there"_s);
                return {};
            });
        QVERIFY_RESULT(consumed);
        QCOMPARE(calls, 1);
        QCOMPARE(consumed->id, created->link.id);
        // A link used up by its download still accepts that download's challenge (above), but
        // only once.
        QVERIFY_FAILS_WITH(m_service->consumeChallenge(redemption->challenge),
                           Error::Code::NotFound);
    }

    void failedActionLeavesChallengeUnused()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        const Result<EnrollmentLink> failed = m_service->consumeChallenge(
            redemption->challenge, [](const EnrollmentLink &) -> Result<void> {
                return fail(Error::Code::Crypto, u"could not issue"_s);
            });
        QVERIFY_FAILS_WITH(failed, Error::Code::Crypto);
        QVERIFY_RESULT(m_service->consumeChallenge(redemption->challenge));
    }

    void challengeOfExpiredLinkIsRefused()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(
            options({}, s_start.addSecs(600)));
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        m_clock.advance(qint64{601} * 1000);
        QVERIFY_FAILS_WITH(m_service->consumeChallenge(redemption->challenge),
                           Error::Code::Conflict);
    }

    void newDownloadReplacesOutstandingChallenge()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> first = m_service->redeem(created->token);
        QVERIFY_RESULT(first);
        Result<EnrollmentLinkService::Redemption> second = m_service->redeem(created->token);
        QVERIFY_RESULT(second);
        QVERIFY_FAILS_WITH(m_service->consumeChallenge(first->challenge), Error::Code::NotFound);
        QVERIFY_RESULT(m_service->consumeChallenge(second->challenge));
    }

    void repositoryRefusesDuplicatesAndRaces()
    {
        EnrollmentLinkRepository repository(*m_database);
        EnrollmentLink link;
        link.id = u"link-1"_s;
        link.tokenSha256 = EnrollmentLinkService::hashSecret(u"token-1"_s);
        link.createdBy = u"admin"_s;
        link.createdAt = s_start;
        link.maxUses = 1;
        QVERIFY_RESULT(m_database->transaction([&] { return repository.insert(link); }));
        QVERIFY_FAILS_WITH(repository.insert(link), Error::Code::Conflict);
        EnrollmentLink sameToken = link;
        sameToken.id = u"link-2"_s;
        QVERIFY_FAILS_WITH(repository.insert(sameToken), Error::Code::Conflict);

        // The use limit is enforced by the write itself.
        QVERIFY_RESULT(repository.recordUse(link.id, u"aa"_s));
        QVERIFY_FAILS_WITH(repository.recordUse(link.id, u"bb"_s), Error::Code::Conflict);
        // Only the current challenge can be cleared, once.
        QVERIFY_FAILS_WITH(repository.clearChallenge(link.id, u"bb"_s), Error::Code::Conflict);
        QVERIFY_RESULT(repository.clearChallenge(link.id, u"aa"_s));
        QVERIFY_FAILS_WITH(repository.clearChallenge(link.id, u"aa"_s), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(repository.recordUse(u"missing"_s, u"cc"_s), Error::Code::NotFound);
    }

private:
    QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    ManualClock m_clock{s_start};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrollmentLinkService> m_service;
};

QTEST_GUILESS_MAIN(tst_EnrollmentLinkService)
#include "tst_EnrollmentLinkService.moc"
