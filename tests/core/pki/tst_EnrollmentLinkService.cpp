// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/PrivateKey.h"
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

// What the SCEP service passes: the request's transactionID and key hash.
EnrollmentLinkService::ChallengeRequest request(const QString &transactionId = u"tx-1"_s)
{
    return {.transactionId = transactionId, .requestKeySha256 = QString(64, u'a')};
}

} // namespace

class tst_EnrollmentLinkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        Result<PrivateKey> key = PrivateKey::generateEcP256();
        QVERIFY_RESULT(key);
        CertificateBuilder builder;
        builder.setSubject(DistinguishedName{.commonName = u"device"_s});
        builder.setValidity(s_start.addDays(-1), s_start.addDays(365));
        Result<Certificate> certificate = builder.issueSelfSigned(*key);
        QVERIFY_RESULT(certificate);
        m_certificate = *certificate;
    }

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

        Result<QSqlQuery> row = m_database->exec(
            u"SELECT token_sha256, challenge_sha256 FROM enrollment_links JOIN "
            "enrollment_challenges ON link_id = id WHERE id = ?"_s,
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

    void usesAreCountedAtIssuanceUpToTheLimit()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(2));
        QVERIFY_RESULT(created);
        // Downloads count nothing: a link preview or an abandoned download uses nothing up.
        QList<EnrollmentLinkService::Redemption> downloads;
        for (int i = 0; i < 3; ++i) {
            Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(
                created->token);
            QVERIFY_RESULT(redemption);
            QCOMPARE(redemption->link.useCount, 0);
            QCOMPARE(redemption->challenge.size(), 2 * EnrollmentLinkService::ChallengeBytes);
            downloads.append(*redemption);
        }
        QCOMPARE(
            QSet<QString>({downloads[0].challenge, downloads[1].challenge, downloads[2].challenge})
                .size(),
            3);
        // Each download's challenge works on its own, whatever the order.
        for (int i : {1, 0}) {
            Result<EnrollmentLinkService::ChallengeUse> used = m_service->useChallenge(
                downloads[i].challenge, request(u"tx-%1"_s.arg(i)), issuer());
            QVERIFY_RESULT(used);
            QCOMPARE(used->link.useCount, 2 - i);
            QVERIFY(!used->repeated);
        }
        const Result<EnrollmentLinkService::ChallengeUse> third = m_service->useChallenge(
            downloads[2].challenge, request(u"tx-2"_s), issuer());
        QVERIFY_FAILS_WITH(third, Error::Code::Conflict);
        QVERIFY2(third.error().message.contains(u"limit"_s), qPrintable(third.error().message));
        const Result<EnrollmentLinkService::Redemption> late = m_service->redeem(created->token);
        QVERIFY_FAILS_WITH(late, Error::Code::Conflict);
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
        QVERIFY(revoked->state(m_clock.now()) == EnrollmentLinkState::Revoked);

        const Result<EnrollmentLinkService::Redemption> again = m_service->redeem(created->token);
        QVERIFY_FAILS_WITH(again, Error::Code::Conflict);
        QVERIFY2(again.error().message.contains(u"revoked"_s), qPrintable(again.error().message));
        QVERIFY_FAILS_WITH(m_service->useChallenge(redemption->challenge, request(), issuer()),
                           Error::Code::NotFound);

        // Revoking again keeps the first time.
        m_clock.advance(60000);
        Result<EnrollmentLink> twice = m_service->revoke(created->link.id);
        QVERIFY_RESULT(twice);
        QCOMPARE(twice->revokedAt, s_start.addSecs(60));
        QVERIFY_FAILS_WITH(m_service->revoke(u"no-such-link"_s), Error::Code::NotFound);
    }

    void challengeWorksOnceAndAResendGetsTheSameCertificate()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(1));
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);

        QVERIFY_FAILS_WITH(m_service->useChallenge(u"wrong"_s, request(), issuer()),
                           Error::Code::NotFound);
        QVERIFY_FAILS_WITH(m_service->useChallenge(QString(), request(), issuer()),
                           Error::Code::InvalidInput);

        int calls = 0;
        Result<EnrollmentLinkService::ChallengeUse> used = m_service->useChallenge(
            redemption->challenge,
            request(),
            [&](const EnrollmentLink &link) -> Result<Certificate> {
                ++calls;
                if (link.id != created->link.id)
                    return fail(Error::Code::InvalidInput, u"wrong link"_s);
                return m_certificate;
            });
        QVERIFY_RESULT(used);
        QCOMPARE(calls, 1);
        QCOMPARE(used->link.id, created->link.id);
        QCOMPARE(used->link.useCount, 1);
        QVERIFY(!used->repeated);

        // The same request again (its answer was lost): the same certificate, nothing issued or
        // counted, even though the link is now used up.
        Result<EnrollmentLinkService::ChallengeUse> resent = m_service->useChallenge(
            redemption->challenge, request(), [&](const EnrollmentLink &) -> Result<Certificate> {
                ++calls;
                return m_certificate;
            });
        QVERIFY_RESULT(resent);
        QVERIFY(resent->repeated);
        QCOMPARE(calls, 1);
        QCOMPARE(resent->certificate.toDer(), m_certificate.toDer());
        QCOMPARE(resent->link.useCount, 1);

        // Another request with the used challenge is refused: another transaction, or the same
        // transaction for another key.
        QVERIFY_FAILS_WITH(
            m_service->useChallenge(redemption->challenge, request(u"tx-other"_s), issuer()),
            Error::Code::NotFound);
        EnrollmentLinkService::ChallengeRequest otherKey = request();
        otherKey.requestKeySha256 = QString(64, u'b');
        QVERIFY_FAILS_WITH(m_service->useChallenge(redemption->challenge, otherKey, issuer()),
                           Error::Code::NotFound);
    }

    void failedIssuanceLeavesChallengeUnused()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options(1));
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        const Result<EnrollmentLinkService::ChallengeUse> failed = m_service->useChallenge(
            redemption->challenge, request(), [](const EnrollmentLink &) -> Result<Certificate> {
                return fail(Error::Code::Crypto, u"could not issue"_s);
            });
        QVERIFY_FAILS_WITH(failed, Error::Code::Crypto);
        Result<EnrollmentLink> link = m_service->findByToken(created->token);
        QVERIFY_RESULT(link);
        QCOMPARE(link->useCount, 0);
        QVERIFY_RESULT(m_service->useChallenge(redemption->challenge, request(), issuer()));
    }

    void challengeOfExpiredLinkIsRefused()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(
            options({}, s_start.addSecs(600)));
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        m_clock.advance(qint64{601} * 1000);
        QVERIFY_FAILS_WITH(m_service->useChallenge(redemption->challenge, request(), issuer()),
                           Error::Code::Conflict);
    }

    void challengeExpiresOnItsOwn()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> redemption = m_service->redeem(created->token);
        QVERIFY_RESULT(redemption);
        m_clock.advance(qint64{EnrollmentLinkService::ChallengeLifetimeHours} * 3600 * 1000);
        const Result<EnrollmentLinkService::ChallengeUse> late = m_service->useChallenge(
            redemption->challenge, request(), issuer());
        QVERIFY_FAILS_WITH(late, Error::Code::Conflict);
        QVERIFY2(late.error().message.contains(u"Download the profile again"_s),
                 qPrintable(late.error().message));
        // A fresh download works.
        Result<EnrollmentLinkService::Redemption> fresh = m_service->redeem(created->token);
        QVERIFY_RESULT(fresh);
        QVERIFY_RESULT(m_service->useChallenge(fresh->challenge, request(), issuer()));
    }

    void unusedChallengesAreBounded()
    {
        Result<EnrollmentLinkService::CreatedLink> created = m_service->create(options());
        QVERIFY_RESULT(created);
        Result<EnrollmentLinkService::Redemption> oldest = m_service->redeem(created->token);
        QVERIFY_RESULT(oldest);
        for (int i = 0; i < EnrollmentLinkService::MaxUnusedChallenges; ++i) {
            m_clock.advance(1000);
            QVERIFY_RESULT(m_service->redeem(created->token));
        }
        Result<QSqlQuery> count = m_database->exec(
            u"SELECT COUNT(*) FROM enrollment_challenges WHERE link_id = ?"_s, {created->link.id});
        QVERIFY_RESULT(count);
        QVERIFY(count->next());
        QCOMPARE(count->value(0).toInt(), EnrollmentLinkService::MaxUnusedChallenges);
        QVERIFY_FAILS_WITH(m_service->useChallenge(oldest->challenge, request(), issuer()),
                           Error::Code::NotFound);
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
        QVERIFY_RESULT(repository.countUse(link.id));
        QVERIFY_FAILS_WITH(repository.countUse(link.id), Error::Code::Conflict);
        QVERIFY_FAILS_WITH(repository.countUse(u"missing"_s), Error::Code::NotFound);

        // A challenge is marked used once.
        EnrollmentChallenge challenge;
        challenge.challengeSha256 = QString(64, u'c');
        challenge.linkId = link.id;
        challenge.issuedAt = s_start;
        challenge.expiresAt = s_start.addSecs(60);
        QVERIFY_RESULT(
            m_database->transaction([&] { return repository.insertChallenge(challenge, 10); }));
        EnrollmentChallenge use = challenge;
        use.usedAt = s_start;
        use.transactionId = u"tx"_s;
        use.certificateDer = m_certificate.toDer();
        QVERIFY_RESULT(repository.markChallengeUsed(use));
        QVERIFY_FAILS_WITH(repository.markChallengeUsed(use), Error::Code::Conflict);
        Result<std::optional<EnrollmentChallenge>> stored = repository.findChallenge(
            challenge.challengeSha256);
        QVERIFY_RESULT(stored);
        QVERIFY(*stored && (*stored)->isUsed());
        QCOMPARE((*stored)->certificateDer, m_certificate.toDer());
    }

private:
    QString path() const { return m_dir->filePath(u"store.sqlite"_s); }

    EnrollmentLinkService::Issuer issuer() const
    {
        return [certificate = m_certificate](const EnrollmentLink &) -> Result<Certificate> {
            return certificate;
        };
    }

    ManualClock m_clock{s_start};
    Certificate m_certificate;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrollmentLinkService> m_service;
};

QTEST_GUILESS_MAIN(tst_EnrollmentLinkService)
#include "tst_EnrollmentLinkService.moc"
