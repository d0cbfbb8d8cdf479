// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Digest.h"

#include <QTest>

using namespace Espalier;

class tst_Digest : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    // FIPS 180-2 test vectors.
    void matchesKnownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("sha1");
        QTest::addColumn<QByteArray>("sha256");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223"
                                           "b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709")
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb924"
                                             "27ae41e4649b934ca495991b7852b855");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    void matchesKnownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, sha1);
        QFETCH(QByteArray, sha256);
        QCOMPARE(Digest::sha1(input).toHex(), sha1);
        QCOMPARE(Digest::sha256(input).toHex(), sha256);
    }

    void hashesBinaryDataWithNuls()
    {
        const QByteArray withNul("a\0b", 3);
        QCOMPARE(Digest::sha256(withNul).size(), 32);
        QVERIFY(Digest::sha256(withNul) != Digest::sha256(QByteArray("a")));
    }
};

QTEST_GUILESS_MAIN(tst_Digest)
#include "tst_Digest.moc"
