// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/CertificateRecordRepository.h"
#include "core/store/Database.h"
#include "tests/support/TestHelpers.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_start(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
constexpr auto Retire = CertificateRecordRepository::IfCurrentExists::Retire;
constexpr auto Refuse = CertificateRecordRepository::IfCurrentExists::Refuse;

CertificateRecord record(const QString &sha256, CertificateKind kind, const QDateTime &createdAt)
{
    CertificateRecord r;
    r.sha256 = sha256;
    r.kind = kind;
    r.subject = u"CN=Test "_s + sha256;
    r.der = QByteArray("\x30\x03\x02\x01\x01", 5);
    r.keyRef = u"ca/"_s + sha256 + u"/key"_s;
    r.notBefore = s_start;
    r.notAfter = s_start.addYears(10);
    r.createdAt = createdAt;
    return r;
}

} // namespace

class tst_CertificateRecordRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            m_dir->filePath(u"store.sqlite"_s));
        QVERIFY_RESULT(database);
        m_database = std::move(*database);
        m_repository = std::make_unique<CertificateRecordRepository>(*m_database);
    }

    void cleanup()
    {
        m_repository.reset();
        m_database.reset();
        m_dir.reset();
    }

    void storesAndReadsBack()
    {
        Result<std::optional<CertificateRecord>> none = m_repository->current(CertificateKind::Ca);
        QVERIFY_RESULT(none);
        QVERIFY(!*none);

        const CertificateRecord ca = record(u"aa"_s, CertificateKind::Ca, s_start);
        Result<CertificateRecord> stored = m_repository->addCurrent(ca, Retire);
        QVERIFY_RESULT(stored);
        QCOMPARE(stored->sha256, ca.sha256);
        QCOMPARE(stored->der, ca.der);
        QCOMPARE(stored->keyRef, ca.keyRef);
        QCOMPARE(stored->notAfter, ca.notAfter);
        QVERIFY(!stored->isRetired());

        Result<std::optional<CertificateRecord>> current = m_repository->current(
            CertificateKind::Ca);
        QVERIFY_RESULT(current);
        QVERIFY(*current);
        QCOMPARE((*current)->sha256, u"aa"_s);
        Result<std::optional<CertificateRecord>> tls = m_repository->current(CertificateKind::Tls);
        QVERIFY_RESULT(tls);
        QVERIFY(!*tls);
        QVERIFY_FAILS_WITH(m_repository->addCurrent(ca, Retire), Error::Code::Conflict);
    }

    void refuseKeepsTheCurrentOne()
    {
        QVERIFY_RESULT(
            m_repository->addCurrent(record(u"c1"_s, CertificateKind::Ca, s_start), Refuse));
        QVERIFY_FAILS_WITH(m_repository->addCurrent(
                               record(u"c2"_s, CertificateKind::Ca, s_start.addDays(1)), Refuse),
                           Error::Code::Conflict);
        Result<std::optional<CertificateRecord>> current = m_repository->current(
            CertificateKind::Ca);
        QVERIFY_RESULT(current);
        QCOMPARE((*current)->sha256, u"c1"_s);
        Result<std::optional<CertificateRecord>> refused = m_repository->find(u"c2"_s);
        QVERIFY_RESULT(refused);
        QVERIFY(!*refused);
        // Another kind is not in the way.
        QVERIFY_RESULT(
            m_repository->addCurrent(record(u"t1"_s, CertificateKind::Tls, s_start), Refuse));
    }

    void newCurrentRetiresTheOldOneOfItsKind()
    {
        QVERIFY_RESULT(
            m_repository->addCurrent(record(u"t1"_s, CertificateKind::Tls, s_start), Retire));
        QVERIFY_RESULT(
            m_repository->addCurrent(record(u"c1"_s, CertificateKind::Ca, s_start), Retire));
        const QDateTime later = s_start.addDays(30);
        QVERIFY_RESULT(
            m_repository->addCurrent(record(u"t2"_s, CertificateKind::Tls, later), Retire));

        Result<std::optional<CertificateRecord>> tls = m_repository->current(CertificateKind::Tls);
        QVERIFY_RESULT(tls);
        QCOMPARE((*tls)->sha256, u"t2"_s);
        Result<std::optional<CertificateRecord>> old = m_repository->find(u"t1"_s);
        QVERIFY_RESULT(old);
        QCOMPARE((*old)->retiredAt, later);
        Result<std::optional<CertificateRecord>> ca = m_repository->current(CertificateKind::Ca);
        QVERIFY_RESULT(ca);
        QCOMPARE((*ca)->sha256, u"c1"_s);

        Result<QList<CertificateRecord>> history = m_repository->list(CertificateKind::Tls);
        QVERIFY_RESULT(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->constFirst().sha256, u"t2"_s);

        QVERIFY_RESULT(m_repository->retire(u"t2"_s, later.addDays(1)));
        Result<std::optional<CertificateRecord>> noneLeft = m_repository->current(
            CertificateKind::Tls);
        QVERIFY_RESULT(noneLeft);
        QVERIFY(!*noneLeft);
        QVERIFY_FAILS_WITH(m_repository->retire(u"zz"_s, later), Error::Code::NotFound);
    }

    void incompleteRecordsAreRefused()
    {
        CertificateRecord incomplete = record(u"aa"_s, CertificateKind::Ca, s_start);
        incomplete.der.clear();
        QVERIFY_FAILS_WITH(m_repository->addCurrent(incomplete, Retire), Error::Code::InvalidInput);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CertificateRecordRepository> m_repository;
};

QTEST_GUILESS_MAIN(tst_CertificateRecordRepository)
#include "tst_CertificateRecordRepository.moc"
