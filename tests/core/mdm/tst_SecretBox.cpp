// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/SecretBox.h"
#include "tests/support/TestHelpers.h"

#include <QSet>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

QByteArray testKey()
{
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(static_cast<char>(i));
    return key;
}

SecretBox box(const QByteArray &key = testKey())
{
    Result<SecretBox> made = SecretBox::fromKey(key);
    Q_ASSERT(made);
    return *made;
}

} // namespace

class tst_SecretBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void roundTrips_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("associatedData");
        QTest::newRow("token") << QByteArray("unlock token bytes \x00\x01\x02", 22)
                               << QByteArray("enrollment UDID-1");
        QTest::newRow("no associated data") << QByteArray("secret") << QByteArray();
        QTest::newRow("empty secret") << QByteArray() << QByteArray("context");
        QTest::newRow("large") << QByteArray(SecretBox::MaxPlaintextSize, 'x') << QByteArray();
    }

    void roundTrips()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, associatedData);
        const SecretBox secretBox = box();
        const Result<QByteArray> sealed = secretBox.seal(plaintext, associatedData);
        QVERIFY_RESULT(sealed);
        QCOMPARE(sealed->size(), plaintext.size() + SecretBox::Overhead);
        QCOMPARE(sealed->at(0), '\x01');
        QCOMPARE(sealed->mid(1, SecretBox::KeyIdSize), secretBox.keyId());
        if (plaintext.size() >= 8)
            QVERIFY(!sealed->contains(plaintext.left(8)));
        const Result<QByteArray> opened = secretBox.open(*sealed, associatedData);
        QVERIFY_RESULT(opened);
        QCOMPARE(*opened, plaintext);
    }

    // A box made by another AES-GCM implementation (Python's cryptography package, once) with
    // a fixed nonce: proves the layout and the cipher are what SecretBox.h documents.
    void opensKnownAnswer()
    {
        const QByteArray known = QByteArray::fromHex(
            "01f4b0888ca0a1a2a3a4a5a6a7a8a9aaabb270190d34be6bdc0945e5a1680daefe16c32130f8c22f1cef"
            "2e49f01ad95575ba136793ce582a1d3bf3636b891e6311be99834724e4f4a5a78260");
        const SecretBox secretBox = box();
        QCOMPARE(secretBox.keyId().toHex(), QByteArray("f4b0888c"));
        const Result<QByteArray> opened = secretBox.open(
            known, "espalier.enrollments.unlock_token_sealed\nUDID-1");
        QVERIFY_RESULT(opened);
        QCOMPARE(*opened, QByteArray("The quick brown fox jumps over the lazy dog"));
    }

    void freshNonceEverySeal()
    {
        const SecretBox secretBox = box();
        QSet<QByteArray> boxes;
        for (int i = 0; i < 50; ++i) {
            const Result<QByteArray> sealed = secretBox.seal("same secret");
            QVERIFY_RESULT(sealed);
            boxes.insert(*sealed);
        }
        QCOMPARE(boxes.size(), 50);
    }

    void refusesOtherAssociatedData()
    {
        const SecretBox secretBox = box();
        const Result<QByteArray> sealed = secretBox.seal("secret", "enrollment A");
        QVERIFY_RESULT(sealed);
        QVERIFY_FAILS_WITH(secretBox.open(*sealed, "enrollment B"), Error::Code::Crypto);
        QVERIFY_FAILS_WITH(secretBox.open(*sealed), Error::Code::Crypto);
    }

    void refusesOtherKey()
    {
        QByteArray otherKey = testKey();
        otherKey[31] = '\x7f';
        const Result<QByteArray> sealed = box().seal("secret");
        QVERIFY_RESULT(sealed);
        const Result<QByteArray> opened = box(otherKey).open(*sealed);
        QVERIFY_FAILS_WITH(opened, Error::Code::Crypto);
        QVERIFY(opened.error().message.contains(u"different key"_s));
    }

    // Every single changed byte, in header, nonce, ciphertext and tag, is caught.
    void refusesEveryTamperedByte()
    {
        const SecretBox secretBox = box();
        const Result<QByteArray> sealed = secretBox.seal("a small secret", "context");
        QVERIFY_RESULT(sealed);
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray tampered = *sealed;
            tampered[i] = static_cast<char>(tampered.at(i) ^ 0x01);
            const Result<QByteArray> opened = secretBox.open(tampered, "context");
            QVERIFY2(!opened, qPrintable(u"byte %1 changed and still opened"_s.arg(i)));
            QVERIFY(opened.error().code == Error::Code::Crypto
                    || opened.error().code == Error::Code::Unsupported);
            QVERIFY(!opened.error().detail.contains(u"small secret"_s));
        }
    }

    void refusesTruncatedAndExtended()
    {
        const SecretBox secretBox = box();
        const Result<QByteArray> sealed = secretBox.seal("secret");
        QVERIFY_RESULT(sealed);
        QVERIFY_FAILS_WITH(secretBox.open(sealed->left(SecretBox::Overhead - 1)),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(secretBox.open(QByteArray()), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(secretBox.open(sealed->chopped(1)), Error::Code::Crypto);
        QVERIFY_FAILS_WITH(secretBox.open(QByteArray(*sealed).append('\0')), Error::Code::Crypto);
    }

    void refusesUnknownVersion()
    {
        const SecretBox secretBox = box();
        Result<QByteArray> sealed = secretBox.seal("secret");
        QVERIFY_RESULT(sealed);
        (*sealed)[0] = '\x02';
        QVERIFY_FAILS_WITH(secretBox.open(*sealed), Error::Code::Unsupported);
    }

    void refusesBadKeysAndSizes()
    {
        QVERIFY_FAILS_WITH(SecretBox::fromKey(QByteArray(31, 'k')), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(SecretBox::fromKey(QByteArray(33, 'k')), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(SecretBox::fromKey(QByteArray()), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(box().seal(QByteArray(SecretBox::MaxPlaintextSize + 1, 'x')),
                           Error::Code::InvalidInput);
    }

    void generatesKeys()
    {
        const Result<QByteArray> first = SecretBox::generateKey();
        const Result<QByteArray> second = SecretBox::generateKey();
        QVERIFY_RESULT(first);
        QVERIFY_RESULT(second);
        QCOMPARE(first->size(), SecretBox::KeySize);
        QVERIFY(*first != *second);
        QVERIFY_RESULT(SecretBox::fromKey(*first));
    }

    // Copies share the key, and outlive the one they were copied from.
    void copiesShareTheKey()
    {
        std::optional<SecretBox> original(box());
        const SecretBox copy = *original;
        const Result<QByteArray> sealed = original->seal("secret");
        QVERIFY_RESULT(sealed);
        original.reset();
        const Result<QByteArray> opened = copy.open(*sealed);
        QVERIFY_RESULT(opened);
        QCOMPARE(*opened, QByteArray("secret"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretBox)
#include "tst_SecretBox.moc"
