// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Certificate.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CertificateRequest.h"
#include "core/crypto/Cms.h"
#include "core/crypto/Digest.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Pkcs12.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/Random.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

// Every public crypto header is included above; none may drag OpenSSL in, because ui/ and the
// tests build without its headers (every OpenSSL header includes openssl/macros.h).
#ifdef OPENSSL_MACROS_H
#error "A public core/crypto header includes OpenSSL."
#endif

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_OpenSsl : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initializeLoadsDefaultAndLegacyProviders()
    {
        QVERIFY_RESULT(OpenSsl::initialize());
        QVERIFY(OpenSsl::isLegacyProviderLoaded());
        // Idempotent: a second call gives the same outcome.
        QVERIFY_RESULT(OpenSsl::initialize());
    }

    void failureCarriesAndDrainsTheErrorQueue()
    {
        const Result<Certificate> garbage = Certificate::fromDer("\x30\x03\x02\x01");
        QVERIFY_FAILS_WITH(garbage, Error::Code::InvalidInput);
        // The reason OpenSSL gave is in the detail, and nothing is left behind for the next
        // call to report by mistake.
        QVERIFY2(garbage.error().detail.contains(u"error:"_s), qPrintable(garbage.error().detail));
        QCOMPARE(OpenSsl::takeErrors(), QString());
    }

    void cleanseEmptiesAndSparesOtherOwners()
    {
        QByteArray alone("only owner");
        alone.detach();
        OpenSsl::cleanse(alone);
        QVERIFY(alone.isEmpty());

        // Overwriting bytes another QByteArray still reads would corrupt that owner's data.
        QByteArray secret("shared secret");
        const QByteArray otherOwner = secret;
        OpenSsl::cleanse(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(otherOwner, QByteArray("shared secret"));
    }
};

QTEST_GUILESS_MAIN(tst_OpenSsl)
#include "tst_OpenSsl.moc"
