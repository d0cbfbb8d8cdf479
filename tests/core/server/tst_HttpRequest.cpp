// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpHeaders.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpRouter.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_HttpRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void normalisesTarget_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");

        QTest::newRow("root") << "/"_ba << u"/"_s << QString();
        QTest::newRow("plain") << "/mdm/checkin"_ba << u"/mdm/checkin"_s << QString();
        QTest::newRow("query") << "/scep?operation=GetCACert&message=x%20y"_ba << u"/scep"_s
                               << u"operation=GetCACert&message=x y"_s;
        QTest::newRow("trailing slash kept") << "/enroll/"_ba << u"/enroll/"_s << QString();
        QTest::newRow("dot segments dropped")
            << "/./mdm/./connect"_ba << u"/mdm/connect"_s << QString();
        QTest::newRow("empty segments collapse")
            << "//mdm///connect"_ba << u"/mdm/connect"_s << QString();
        QTest::newRow("percent decoded") << "/enroll/ab%63d"_ba << u"/enroll/abcd"_s << QString();
        QTest::newRow("utf-8") << "/caf%C3%A9"_ba << u"/caf\u00e9"_s << QString();
    }

    void normalisesTarget()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, path);
        QFETCH(QString, query);

        HttpRequest request;
        QVERIFY_RESULT(request.setTarget(target));
        QCOMPARE(request.path(), path);
        QCOMPARE(request.query().toString(QUrl::FullyDecoded), query);
    }

    void refusesTarget_data()
    {
        QTest::addColumn<QByteArray>("target");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("absolute form") << "http://example.com/mdm"_ba;
        QTest::newRow("asterisk") << "*"_ba;
        QTest::newRow("dot-dot") << "/mdm/../etc/passwd"_ba;
        QTest::newRow("trailing dot-dot") << "/mdm/.."_ba;
        QTest::newRow("encoded dot-dot") << "/mdm/%2e%2E/secret"_ba;
        QTest::newRow("encoded slash") << "/mdm%2Fcheckin"_ba;
        QTest::newRow("encoded backslash") << "/mdm%5c..%5csecret"_ba;
        QTest::newRow("encoded nul") << "/mdm%00"_ba;
        QTest::newRow("broken escape") << "/mdm%zz"_ba;
        QTest::newRow("truncated escape") << "/mdm%4"_ba;
        QTest::newRow("broken escape in query") << "/mdm?a=%"_ba;
        QTest::newRow("raw non-ascii") << "/caf\xc3\xa9"_ba;
        QTest::newRow("fragment") << "/mdm#frag"_ba;
        QTest::newRow("invalid utf-8") << "/%C3%28"_ba;
    }

    void refusesTarget()
    {
        QFETCH(QByteArray, target);

        HttpRequest request;
        QVERIFY_FAILS_WITH(request.setTarget(target), Error::Code::InvalidInput);
        QCOMPARE(request.path(), u"/"_s);
    }

    void headersLookUpCaseInsensitivelyAndKeepRepeats()
    {
        HttpHeaders headers;
        headers.add("Content-Type"_ba, "application/x-plist"_ba);
        headers.add("X-Thing"_ba, "one"_ba);
        headers.add("x-thing"_ba, "two"_ba);
        QVERIFY(headers.contains("content-type"));
        QCOMPARE(headers.value("CONTENT-TYPE"), "application/x-plist"_ba);
        QCOMPARE(headers.values("X-THING"), QByteArrayList({"one"_ba, "two"_ba}));
        QVERIFY(headers.value("Missing").isNull());
        headers.set("X-Thing"_ba, "three"_ba);
        QCOMPARE(headers.values("x-thing"), QByteArrayList({"three"_ba}));
        headers.remove("content-TYPE");
        QVERIFY(!headers.contains("Content-Type"));
    }

    void routerPicksMostSpecificPath()
    {
        const auto handler = [](const HttpRequest &, HttpResponder) {};
        HttpRouter router;
        router.addRoute({{"PUT"_ba}, u"/mdm/"_s, HttpRouter::Match::Prefix, handler, {}});
        router.addRoute({{"PUT"_ba}, u"/mdm/checkin"_s, HttpRouter::Match::Exact, handler, 10});
        router.addRoute({{"GET"_ba}, u"/enroll/"_s, HttpRouter::Match::Prefix, handler, {}});

        const HttpRouter::Lookup exact = router.find("PUT", u"/mdm/checkin"_s);
        QVERIFY(exact.route);
        QCOMPARE(exact.route->path, u"/mdm/checkin"_s);
        const HttpRouter::Lookup prefix = router.find("PUT", u"/mdm/connect"_s);
        QVERIFY(prefix.route);
        QCOMPARE(prefix.route->path, u"/mdm/"_s);

        const HttpRouter::Lookup wrongMethod = router.find("GET", u"/mdm/checkin"_s);
        QVERIFY(!wrongMethod.route);
        QCOMPARE(wrongMethod.allowedMethods, QByteArrayList({"PUT"_ba}));

        const HttpRouter::Lookup head = router.find("HEAD", u"/enroll/abc"_s);
        QVERIFY(head.route);
        const HttpRouter::Lookup headAllowed = router.find("PUT", u"/enroll/abc"_s);
        QCOMPARE(headAllowed.allowedMethods, QByteArrayList({"GET"_ba, "HEAD"_ba}));

        const HttpRouter::Lookup missing = router.find("PUT", u"/mdmx"_s);
        QVERIFY(!missing.route);
        QVERIFY(missing.allowedMethods.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequest)
#include "tst_HttpRequest.moc"
