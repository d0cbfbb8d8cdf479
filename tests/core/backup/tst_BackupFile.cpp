// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted backup file: what goes in comes out only with the right passphrase and only
// when every byte is as written; the file shows none of what it holds.
#include "core/backup/BackupFile.h"
#include "core/crypto/Random.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

#include <algorithm>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

const QString s_passphrase = u"correct horse battery staple"_s;

// A low work factor: the format is what is tested here, not scrypt's cost.
BackupFile::WorkFactor quick()
{
    BackupFile::WorkFactor work;
    work.log2N = 10;
    work.r = 8;
    work.p = 1;
    return work;
}

} // namespace

class tst_BackupFile : public QObject
{
    Q_OBJECT

private:
    BackupContents m_contents;
    QByteArray m_key;

private Q_SLOTS:

    void initTestCase()
    {
        Result<QByteArray> key = Random::bytes(32);
        QVERIFY_RESULT(key);
        m_key = *key;
        m_contents.createdAt = QDateTime(QDate(2026, 11, 28), QTime(6, 0), Qt::UTC);
        m_contents.schemaVersion = 5;
        m_contents.database = "SQLite format 3\0 the pages of a store with a device named Kim"_ba;
        m_contents.secrets = {
            {u"engine/data-key"_s, m_key},
            {u"ca/key/abc"_s,
             "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
             "-----END PRIVATE KEY-----\n"_ba},
        };
    }

    void roundTrip()
    {
        QList<int> progress;
        Result<QByteArray> sealed = BackupFile::seal(
            m_contents, s_passphrase, quick(), [&](int p) { progress.append(p); });
        QVERIFY_RESULT(sealed);
        QVERIFY(BackupFile::looksLikeBackup(*sealed));
        QCOMPARE(progress.constFirst(), 0);
        QCOMPARE(progress.constLast(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));

        Result<BackupContents> opened = BackupFile::open(*sealed, s_passphrase);
        QVERIFY_RESULT(opened);
        QCOMPARE(opened->createdAt, m_contents.createdAt);
        QCOMPARE(opened->schemaVersion, 5);
        QCOMPARE(opened->database, m_contents.database);
        QCOMPARE(opened->secrets.size(), 2);
        QCOMPARE(opened->secrets.at(0).name, u"engine/data-key"_s);
        QCOMPARE(opened->secrets.at(0).value, m_key);
        QCOMPARE(opened->secrets.at(1).value, m_contents.secrets.at(1).value);
    }

    void sealedFileShowsNothingItHolds()
    {
        Result<QByteArray> sealed = BackupFile::seal(m_contents, s_passphrase, quick());
        QVERIFY_RESULT(sealed);
        QVERIFY(!sealed->contains(m_key));
        QVERIFY(!sealed->contains("PRIVATE KEY"_ba));
        QVERIFY(!sealed->contains("engine/data-key"_ba));
        QVERIFY(!sealed->contains("Kim"_ba));
        QVERIFY(!sealed->contains(s_passphrase.toUtf8()));
        // Two backups of the same contents share no ciphertext: fresh salt and nonce each time.
        Result<QByteArray> again = BackupFile::seal(m_contents, s_passphrase, quick());
        QVERIFY_RESULT(again);
        QCOMPARE(again->size(), sealed->size());
        QVERIFY(again->mid(BackupFile::HeaderSize, 32) != sealed->mid(BackupFile::HeaderSize, 32));
    }

    void wrongPassphraseIsToldApart()
    {
        Result<QByteArray> sealed = BackupFile::seal(m_contents, s_passphrase, quick());
        QVERIFY_RESULT(sealed);
        Result<BackupContents> opened = BackupFile::open(*sealed,
                                                         u"correct horse battery stapler"_s);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Crypto);
        QVERIFY2(opened.error().message.contains(u"passphrase is wrong"_s),
                 qPrintable(opened.error().message));
    }

    void anyChangedByteIsRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");
        // Where the byte is decides what the file can still say about itself.
        QTest::newRow("magic") << 0 << u"not an Espalier backup"_s;
        QTest::newRow("version") << 9 << u"newer version"_s;
        QTest::newRow("kdf") << 10 << u"key derivation"_s;
        QTest::newRow("work factor") << 11 << u"passphrase is wrong"_s;
        QTest::newRow("salt") << 25 << u"passphrase is wrong"_s;
        QTest::newRow("nonce") << 40 << u"changed or damaged"_s;
        QTest::newRow("length") << 70 << u"incomplete"_s;
        QTest::newRow("ciphertext") << int(BackupFile::HeaderSize) + 10 << u"changed or damaged"_s;
        QTest::newRow("tag") << -1 << u"changed or damaged"_s;
    }

    void anyChangedByteIsRefused()
    {
        QFETCH(int, offset);
        QFETCH(QString, expected);
        Result<QByteArray> sealed = BackupFile::seal(m_contents, s_passphrase, quick());
        QVERIFY_RESULT(sealed);
        QByteArray changed = *sealed;
        const qsizetype at = offset < 0 ? changed.size() + offset : offset;
        changed[at] = char(changed.at(at) ^ 0x01);
        Result<BackupContents> opened = BackupFile::open(changed, s_passphrase);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().toString()));
    }

    void truncatedFileIsRefused()
    {
        Result<QByteArray> sealed = BackupFile::seal(m_contents, s_passphrase, quick());
        QVERIFY_RESULT(sealed);
        for (const qsizetype keep :
             {qsizetype(0), qsizetype(5), BackupFile::HeaderSize, sealed->size() - 1}) {
            Result<BackupContents> opened = BackupFile::open(sealed->left(keep), s_passphrase);
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, Error::Code::InvalidInput);
        }
    }

    void shortPassphraseIsRefused()
    {
        Result<QByteArray> sealed = BackupFile::seal(m_contents, u"1234567"_s, quick());
        QVERIFY(!sealed);
        QCOMPARE(sealed.error().code, Error::Code::InvalidInput);
    }

    void defaultWorkFactorIsHigh()
    {
        const BackupFile::WorkFactor work;
        // scrypt's memory cost, 128 * r * N bytes: at least 64 MiB.
        QVERIFY(128.0 * work.r * double(qint64(1) << work.log2N) >= 64.0 * 1024 * 1024);
        Result<QByteArray> sealed = BackupFile::seal(m_contents, s_passphrase);
        QVERIFY_RESULT(sealed);
        QCOMPARE(int(quint8(sealed->at(11))), work.log2N);
        QVERIFY_RESULT(BackupFile::open(*sealed, s_passphrase));
    }
};

QTEST_GUILESS_MAIN(tst_BackupFile)
#include "tst_BackupFile.moc"
