// SPDX-License-Identifier: GPL-3.0-or-later
// The admin password's salted PBKDF2 record: it verifies the right password only, never holds
// the password, and refuses damaged or weakened records.
#include "core/roles/AdminPassword.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

#include <openssl/evp.h>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_AdminPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void rightPasswordOnly()
    {
        const Result<QByteArray> record = AdminPassword::hash(u"correct horse battery"_s);
        QVERIFY_RESULT(record);
        QVERIFY(!record->contains("correct horse"));
        QVERIFY(record->startsWith("pbkdf2-sha256$600000$"));

        Result<bool> right = AdminPassword::verify(u"correct horse battery"_s, *record);
        QVERIFY_RESULT(right);
        QVERIFY(*right);
        for (const QString &wrong :
             {u"correct horse batter"_s, u"Correct horse battery"_s, u""_s, u"x"_s}) {
            Result<bool> refused = AdminPassword::verify(wrong, *record);
            QVERIFY_RESULT(refused);
            QVERIFY2(!*refused, qPrintable(wrong));
        }
    }

    void recordIsPbkdf2OfTheSaltedPassword()
    {
        // An independent derivation from the record's own salt gives its hash.
        const Result<QByteArray> record = AdminPassword::hash(u"Grüße aus Köln"_s,
                                                              AdminPassword::MinimumIterations);
        QVERIFY_RESULT(record);
        const QList<QByteArray> parts = record->split('$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(1).toInt(), AdminPassword::MinimumIterations);
        const QByteArray salt = QByteArray::fromBase64(parts.at(2));
        QCOMPARE(salt.size(), 16);
        const QByteArray password = u"Grüße aus Köln"_s.toUtf8();
        QByteArray expected(32, '\0');
        QCOMPARE(PKCS5_PBKDF2_HMAC(password.constData(),
                                   int(password.size()),
                                   reinterpret_cast<const unsigned char *>(salt.constData()),
                                   int(salt.size()),
                                   AdminPassword::MinimumIterations,
                                   EVP_sha256(),
                                   int(expected.size()),
                                   reinterpret_cast<unsigned char *>(expected.data())),
                 1);
        QCOMPARE(QByteArray::fromBase64(parts.at(3)), expected);
    }

    void everyRecordHasItsOwnSalt()
    {
        const Result<QByteArray> first = AdminPassword::hash(u"same password"_s,
                                                             AdminPassword::MinimumIterations);
        const Result<QByteArray> second = AdminPassword::hash(u"same password"_s,
                                                              AdminPassword::MinimumIterations);
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(second);
        QVERIFY(*first != *second);
    }

    void damagedRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("record");
        const QByteArray salt = QByteArray(16, 'S').toBase64();
        const QByteArray hash = QByteArray(32, 'H').toBase64();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain password") << QByteArray("hunter22");
        QTest::newRow("other scheme") << "md5$600000$" + salt + '$' + hash;
        QTest::newRow("weakened") << "pbkdf2-sha256$1000$" + salt + '$' + hash;
        QTest::newRow("not a number") << "pbkdf2-sha256$many$" + salt + '$' + hash;
        QTest::newRow("short hash")
            << "pbkdf2-sha256$600000$" + salt + '$' + QByteArray(8, 'H').toBase64();
        QTest::newRow("bad base64") << "pbkdf2-sha256$600000$" + salt + "$!!!!";
        QTest::newRow("extra field") << "pbkdf2-sha256$600000$" + salt + '$' + hash + "$x";
    }

    void damagedRecordsAreRefused()
    {
        QFETCH(QByteArray, record);
        QVERIFY_FAILS_WITH(AdminPassword::verify(u"hunter22"_s, record), Error::Code::InvalidInput);
    }

    void shortPasswordsAreNotAccepted()
    {
        QVERIFY_FAILS_WITH(AdminPassword::checkAcceptable(u"short"_s), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(AdminPassword::checkAcceptable(u"          "_s),
                           Error::Code::InvalidInput);
        QVERIFY_RESULT(AdminPassword::checkAcceptable(u"long enough"_s));
        QVERIFY_FAILS_WITH(AdminPassword::hash(u"long enough"_s, 1000), Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(tst_AdminPassword)
#include "tst_AdminPassword.moc"
