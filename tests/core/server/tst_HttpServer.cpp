// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpServer.h"
#include "tests/support/RawHttpClient.h"
#include "tests/support/TestHelpers.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <memory>
#include <unistd.h>
#include <vector>

using namespace Espalier;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// Extensions for the test PKI; given explicitly so the system's openssl.cnf plays no part.
constexpr char OpensslConfig[] = R"([req]
distinguished_name = dn
prompt = no
[dn]
[ca_ext]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1,DNS:localhost
authorityKeyIdentifier = keyid
[client_ext]
basicConstraints = CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
)";

QByteArray get(QByteArrayView path, QByteArrayView extraHeaders = {})
{
    return "GET " + path.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           + extraHeaders.toByteArray() + "\r\n";
}

QByteArray put(QByteArrayView path, QByteArrayView body, QByteArrayView extraHeaders = {})
{
    return "PUT " + path.toByteArray()
           + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\n" + extraHeaders.toByteArray() + "\r\n" + body.toByteArray();
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Identity {
        None,
        Trusted,
        OtherCa,
    };
    Q_ENUM(Identity)

private Q_SLOTS:

    void initTestCase()
    {
        m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
        QVERIFY2(!m_openssl.isEmpty(), "the openssl command makes the test certificates");
        QVERIFY(m_dir.isValid());
        QFile config(path(u"openssl.cnf"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(OpensslConfig);
        config.close();

        QVERIFY(makeCa(u"ca"_s, u"Espalier Test CA"_s));
        QVERIFY(makeCa(u"other-ca"_s, u"Some Other CA"_s));
        QVERIFY(makeLeaf(u"server"_s, u"ca"_s, u"server_ext"_s, 1));
        QVERIFY(makeLeaf(u"client"_s, u"ca"_s, u"client_ext"_s, 2));
        QVERIFY(makeLeaf(u"stranger"_s, u"other-ca"_s, u"client_ext"_s, 3));

        m_ca = loadCertificate(u"ca"_s);
        m_serverCert = loadCertificate(u"server"_s);
        m_serverKey = loadKey(u"server"_s);
        m_clientCert = loadCertificate(u"client"_s);
        m_clientKey = loadKey(u"client"_s);
        m_strangerCert = loadCertificate(u"stranger"_s);
        m_strangerKey = loadKey(u"stranger"_s);
        for (const QSslCertificate &certificate :
             {m_ca, m_serverCert, m_clientCert, m_strangerCert})
            QVERIFY(!certificate.isNull());
        for (const QSslKey &key : {m_serverKey, m_clientKey, m_strangerKey})
            QVERIFY(!key.isNull());
    }

    void cleanup()
    {
        m_deferred.clear();
        m_deferredTags.clear();
        m_server.reset();
        m_handled = 0;
        m_lastRequest = HttpRequest();
    }

    void routesExactAndPrefixPaths_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("exact") << get("/hello") << "hello"_ba;
        QTest::newRow("prefix") << put("/mdm/connect", "x") << "prefix /mdm/connect"_ba;
        QTest::newRow("prefix, normalised")
            << put("/mdm//./checkin", "x") << "prefix /mdm/checkin"_ba;
        QTest::newRow("percent-encoded") << get("/h%65llo") << "hello"_ba;
        QTest::newRow("query ignored by routing") << get("/hello?x=1") << "hello"_ba;
    }

    void routesExactAndPrefixPaths()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, body);
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(request);
        QVERIFY(client->waitForResponses(1));
        const RawHttpClient::Response &response = client->responses().first();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, body);
        QCOMPARE(response.headers.value("Content-Length"), QByteArray::number(body.size()));
        const QDateTime date = QLocale::c().toDateTime(
            QString::fromLatin1(response.headers.value("Date")),
            u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        QVERIFY(date.isValid());
        QVERIFY(!response.headers.contains("Server"));
        QVERIFY(!client->sawMalformedResponse());
    }

    void handlerSeesTheRequest()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(
            put("/echo?operation=GetCACert&message=a%20b",
                "body\0bytes"_ba,
                "X-Repeat: one\r\nx-repeat: two\r\nContent-Type: application/x-plist\r\n"));
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses().first().status, 200);
        QCOMPARE(client->responses().first().body, "body\0bytes"_ba);

        QCOMPARE(m_lastRequest.method(), "PUT"_ba);
        QCOMPARE(m_lastRequest.path(), u"/echo"_s);
        QCOMPARE(m_lastRequest.query().queryItemValue(u"message"_s, QUrl::FullyDecoded), u"a b"_s);
        QCOMPARE(m_lastRequest.header("content-type"), "application/x-plist"_ba);
        QCOMPARE(m_lastRequest.headers().values("X-REPEAT"), QByteArrayList({"one"_ba, "two"_ba}));
        QCOMPARE(m_lastRequest.remoteAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_lastRequest.remotePort(), client->socket().localPort());
        QCOMPARE(m_lastRequest.versionMajor(), 1);
        QCOMPARE(m_lastRequest.versionMinor(), 1);
        QVERIFY(m_lastRequest.keepAlive());
    }

    void unknownPathIs404AndKeepsTheConnection()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(put("/nowhere", "some body that is read and dropped"));
        client->send(get("/hello"));
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(client->responses()[0].status, 404);
        QCOMPARE(client->responses()[1].status, 200);
        QVERIFY(!client->isDisconnected());
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::NotFound), 1u);
    }

    void wrongMethodIs405WithAllow()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send("DELETE /hello HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 405);
        QCOMPARE(client->responses()[0].headers.value("Allow"), "GET, HEAD"_ba);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::MethodNotAllowed), 1u);
    }

    void refusesBadTargets_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("traversal") << "/mdm/../hello"_ba;
        QTest::newRow("encoded traversal") << "/mdm/%2e%2e/hello"_ba;
        QTest::newRow("encoded slash") << "/mdm%2fcheckin"_ba;
        QTest::newRow("absolute form") << "https://127.0.0.1/hello"_ba;
    }

    void refusesBadTargets()
    {
        QFETCH(QByteArray, target);
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(put(target, "x"));
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 400);
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::Malformed), 1u);
    }

    void keepAliveServesSeveralRequests()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        for (int i = 1; i <= 5; ++i) {
            client->send(put("/echo", QByteArray::number(i)));
            QVERIFY(client->waitForResponses(i));
            QCOMPARE(client->responses().last().body, QByteArray::number(i));
            QVERIFY(!client->responses().last().headers.contains("Connection"));
        }
        QVERIFY(!client->isDisconnected());
        const HttpServer::Statistics statistics = m_server->statistics();
        QCOMPARE(statistics.acceptedConnections, 1u);
        QCOMPARE(statistics.openConnections, 1);
        QCOMPARE(statistics.requestsServed, 5u);
    }

    void pipelinedAnswersKeepRequestOrder_data()
    {
        QTest::addColumn<int>("requestsPerTurn");
        QTest::addColumn<int>("maxPipelined");
        const HttpServer::Limits defaults;
        QTest::newRow("default") << defaults.requestsPerTurn << defaults.maxPipelinedRequests;
        QTest::newRow("one request per turn") << 1 << defaults.maxPipelinedRequests;
        // Reading stops while two answers are outstanding and resumes once they are written.
        QTest::newRow("two in flight") << defaults.requestsPerTurn << 2;
    }

    void pipelinedAnswersKeepRequestOrder()
    {
        QFETCH(int, requestsPerTurn);
        QFETCH(int, maxPipelined);
        HttpServer::Limits limits = testLimits();
        limits.requestsPerTurn = requestsPerTurn;
        limits.maxPipelinedRequests = maxPipelined;
        QVERIFY(startServer(limits));
        const auto client = connectClient();
        QVERIFY(client);

        // Two answers the test gives by hand, the second before the first, then quick ones.
        QByteArray burst = get("/deferred?n=1") + get("/deferred?n=2");
        for (int i = 0; i < 10; ++i)
            burst += put("/echo", QByteArray::number(i));
        client->send(burst);
        QTRY_COMPARE(m_deferred.size(), std::size_t(2));
        QCOMPARE(m_deferredTags, QStringList({u"1"_s, u"2"_s}));
        if (maxPipelined == 2)
            QCOMPARE(m_handled, 0);

        m_deferred[1].respond(HttpResponse::text(u"second"_s));
        QMetaObject::invokeMethod(
            this,
            [this] { m_deferred[0].respond(HttpResponse::text(u"first"_s)); },
            Qt::QueuedConnection);
        QVERIFY(client->waitForResponses(12));
        QCOMPARE(client->responses()[0].body, "first"_ba);
        QCOMPARE(client->responses()[1].body, "second"_ba);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client->responses()[i + 2].body, QByteArray::number(i));
        QCOMPARE(m_handled, 10);
    }

    void connectionCloseIsHonoured()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(get("/hello", "Connection: close\r\n"));
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 200);
        QCOMPARE(client->responses()[0].headers.value("Connection"), "close"_ba);
        QVERIFY(client->waitForDisconnected());
        QTRY_COMPARE(m_server->statistics().openConnections, 0);
    }

    void http10ClosesUnlessAskedToKeepAlive()
    {
        QVERIFY(startServer());
        const auto keepAlive = connectClient();
        QVERIFY(keepAlive);
        keepAlive->send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba);
        QVERIFY(keepAlive->waitForResponses(1));
        QCOMPARE(keepAlive->responses()[0].headers.value("Connection"), "keep-alive"_ba);
        keepAlive->send("GET /hello HTTP/1.0\r\n\r\n"_ba);
        QVERIFY(keepAlive->waitForResponses(2));
        QCOMPARE(keepAlive->responses()[1].status, 200);
        QCOMPARE(keepAlive->responses()[1].headers.value("Connection"), "close"_ba);
        QVERIFY(keepAlive->waitForDisconnected());
        QCOMPARE(m_lastRequest.versionMinor(), 0);
    }

    void oversizedContentLengthIs413BeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<qint64>("length");
        QTest::newRow("server limit") << "/echo"_ba << testLimits().maxBodyBytes + 1;
        QTest::newRow("route limit") << "/small"_ba << qint64(17);
        QTest::newRow("huge") << "/echo"_ba << (qint64(1) << 62);
    }

    void oversizedContentLengthIs413BeforeTheBody()
    {
        QFETCH(QByteArray, path);
        QFETCH(qint64, length);
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        QTest::ignoreMessage(
            QtInfoMsg,
            QRegularExpression(u"^Refused a request from 127\\.0\\.0\\.1 port \\d+: "
                               u"BodyTooLarge \\(Content-Length \\d+ past"_s));
        // Only the head: the answer must not wait for a body.
        client->send("PUT " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: "
                     + QByteArray::number(length) + "\r\n\r\n");
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 413);
        QCOMPARE(client->responses()[0].headers.value("Connection"), "close"_ba);
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::BodyTooLarge), 1u);
        // The server drains for a moment so the answer is not lost to a reset, then closes.
        QVERIFY(client->waitForDisconnected());
    }

    void chunkedBodies()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send("PUT /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 200);
        QCOMPARE(client->responses()[0].body, "hello world"_ba);

        // /small takes 16 bytes; the chunks add up to 20.
        client->send("PUT /small HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "a\r\n0123456789\r\na\r\n0123456789\r\n0\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(client->responses()[1].status, 413);
        QCOMPARE(m_handled, 1);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::BodyTooLarge), 1u);
        QVERIFY(client->waitForDisconnected());
    }

    void chunkedAndContentLengthTogetherIs400()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);
        client->send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 400);
        QCOMPARE(m_handled, 0);
    }

    void oversizedHeadersIs431()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        const QByteArray filler(testLimits().maxHeaderBytes, 'a');
        client->send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Filler: " + filler + "\r\n\r\n");
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 431);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::HeadersTooLarge), 1u);
        QVERIFY(client->waitForDisconnected());
    }

    void headersJustUnderTheLimitAreFine()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        const QByteArray head = "GET /hello HTTP/1.1\r\nHost: x\r\nX-Filler: ";
        const QByteArray filler(testLimits().maxHeaderBytes - head.size() - 8, 'a');
        client->send(head + filler + "\r\n\r\n");
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 200);
    }

    void refusesGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("binary") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba << 400;
        // http-parser reads a request line without a version as HTTP/0.9.
        QTest::newRow("no version") << "GET /hello\r\n\r\n"_ba << 505;
        QTest::newRow("unknown method") << "FROB /hello HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("bad header") << "GET /hello HTTP/1.1\r\nNo colon here\r\n\r\n"_ba << 400;
        QTest::newRow("bad content-length")
            << "PUT /echo HTTP/1.1\r\nContent-Length: x\r\n\r\n"_ba << 400;
        QTest::newRow("bad chunk size")
            << "PUT /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
               "\r\nzz\r\n"_ba
            << 400;
        QTest::newRow("no host") << "GET /hello HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::newRow("two hosts") << get("/hello", "Host: other\r\n") << 400;
        QTest::newRow("space before colon")
            << "PUT /echo HTTP/1.1\r\nContent-Length : 3\r\n\r\nabc"_ba << 400;
        QTest::newRow("http/2.0") << "GET /hello HTTP/2.0\r\n\r\n"_ba << 505;
        QTest::newRow("http/0.9") << "GET /hello HTTP/0.9\r\n\r\n"_ba << 505;
        QTest::newRow("unknown expectation") << get("/hello", "Expect: teapot\r\n") << 417;
    }

    void refusesGarbage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send(bytes);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, status);
        QCOMPARE(client->responses()[0].headers.value("Connection"), "close"_ba);
        QCOMPARE(m_handled, 0);
        QVERIFY(client->waitForDisconnected());
    }

    void idleConnectionIsClosed()
    {
        HttpServer::Limits limits = testLimits();
        limits.idleTimeout = 200ms;
        QVERIFY(startServer(limits));
        const auto client = connectClient();
        QVERIFY(client);
        client->send(get("/hello"));
        QVERIFY(client->waitForResponses(1));
        QVERIFY(client->waitForDisconnected());
        QTRY_COMPARE(m_server->statistics().openConnections, 0);

        // Blank lines are not activity.
        const auto quiet = connectClient();
        QVERIFY(quiet);
        quiet->send("\r\n"_ba);
        QVERIFY(quiet->waitForDisconnected());
        QVERIFY(quiet->responses().isEmpty());
    }

    void slowRequestGets408()
    {
        HttpServer::Limits limits = testLimits();
        limits.requestTimeout = 300ms;
        QVERIFY(startServer(limits));
        const auto client = connectClient();
        QVERIFY(client);

        client->send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"_ba);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 408);
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(m_handled, 0);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::RequestTimeout), 1u);
    }

    void silentTlsClientIsDropped()
    {
        HttpServer::Limits limits = testLimits();
        limits.handshakeTimeout = 300ms;
        QVERIFY(startServer(limits));
        // Connects but never says hello.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(QTest::qWaitFor(
            [&socket] { return socket.state() == QAbstractSocket::ConnectedState; }));
        // Well inside Qt's default handshake timeout of 5 s, so the limit is what closed it.
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 3000);
        QCOMPARE(m_server->statistics().acceptedConnections, 0u);
    }

    void clientGoneMidBody()
    {
        QVERIFY(startServer());
        auto client = connectClient();
        QVERIFY(client);
        client->send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\nonly a part"_ba);
        QTRY_COMPARE(m_server->statistics().openConnections, 1);
        client->socket().flush();
        client->abort();
        QTRY_COMPARE(m_server->statistics().openConnections, 0);
        QCOMPARE(m_handled, 0);

        QVERIFY(servesANewClient());
    }

    void clientGoneBeforeAsyncAnswer()
    {
        QVERIFY(startServer());
        auto client = connectClient();
        QVERIFY(client);
        client->send(get("/deferred?n=1"));
        QTRY_COMPARE(m_deferred.size(), std::size_t(1));
        QVERIFY(m_deferred[0].isPending());

        client->abort();
        QTRY_COMPARE(m_server->statistics().openConnections, 0);
        QVERIFY(!m_deferred[0].isPending());
        m_deferred[0].respond(HttpResponse::text(u"too late"_s));
        QCOMPARE(m_server->statistics().requestsServed, 0u);

        // Also when the connection object is gone entirely (server destroyed).
        const auto second = connectClient();
        QVERIFY(second);
        second->send(get("/deferred?n=2"));
        QTRY_COMPARE(m_deferred.size(), std::size_t(2));
        m_server.reset();
        QVERIFY(!m_deferred[1].isPending());
        m_deferred[1].respond(HttpResponse::text(u"nobody there"_s));
    }

    void largeBodiesBothWays()
    {
        HttpServer::Limits limits = testLimits();
        limits.maxBodyBytes = 6 * 1024 * 1024;
        QVERIFY(startServer(limits));
        const auto client = connectClient();
        QVERIFY(client);
        // Far more than a socket buffer holds, so the answer waits for the network many times.
        QByteArray body(limits.maxBodyBytes, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i % 251);

        client->send(put("/echo", body));
        QVERIFY(client->waitForResponses(1, 60000));
        QCOMPARE(client->responses()[0].status, 200);
        QCOMPARE(client->responses()[0].body.size(), body.size());
        QVERIFY(client->responses()[0].body == body);
        QCOMPARE(m_lastRequest.body().size(), body.size());

        client->send(get("/hello"));
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(client->responses()[1].status, 200);
    }

    void clientGoneDuringALargeAnswer()
    {
        QVERIFY(startServer());
        auto client = connectClient();
        QVERIFY(client);
        client->send(get("/deferred?n=1"));
        QTRY_COMPARE(m_deferred.size(), std::size_t(1));

        // Answered before the server has seen the client go: the writes meet a connection the
        // client has reset.
        client->abort();
        client.reset();
        m_deferred[0].respond(HttpResponse::text(QString(8 * 1024 * 1024, u'x')));
        QTRY_COMPARE(m_server->statistics().openConnections, 0);

        QVERIFY(servesANewClient());
    }

    void droppedResponderAnswers500()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);
        client->send(get("/forgetful") + get("/hello"));
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(client->responses()[0].status, 500);
        QCOMPARE(client->responses()[1].status, 200);
    }

    void handlerCannotSplitTheResponse()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);
        QTest::ignoreMessage(QtWarningMsg, "Dropped an unsafe response header field");
        client->send(get("/inject"));
        QVERIFY(client->waitForResponses(1));
        const RawHttpClient::Response &response = client->responses()[0];
        QCOMPARE(response.status, 200);
        QVERIFY(!response.headers.contains("Set-Cookie"));
        QVERIFY(!response.headers.contains("X-Injected"));
        QCOMPARE(response.headers.value("X-Fine"), "yes"_ba);
        // The handler's framing fields are replaced by the server's own.
        QCOMPARE(response.headers.values("Content-Length"), QByteArrayList({"2"_ba}));
        QVERIFY(!response.headers.contains("Transfer-Encoding"));
        QVERIFY(!client->sawMalformedResponse());
    }

    void expectContinue()
    {
        QVERIFY(startServer());
        const auto client = connectClient();
        QVERIFY(client);

        client->send("PUT /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                     "Expect: 100-continue\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(1));
        QCOMPARE(client->responses()[0].status, 100);
        client->send("hello"_ba);
        QVERIFY(client->waitForResponses(2));
        QCOMPARE(client->responses()[1].status, 200);
        QCOMPARE(client->responses()[1].body, "hello"_ba);

        client->send("PUT /small HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                     "Expect: 100-continue\r\n\r\n"_ba);
        QVERIFY(client->waitForResponses(3));
        QCOMPARE(client->responses()[2].status, 413);
        QVERIFY(client->waitForDisconnected());
        QCOMPARE(client->responses().size(), 3);
    }

    void clientCertificateReachesTheHandler_data()
    {
        QTest::addColumn<Identity>("identity");
        QTest::addColumn<bool>("verified");
        QTest::newRow("no certificate") << Identity::None << true;
        QTest::newRow("trusted CA") << Identity::Trusted << true;
        QTest::newRow("other CA") << Identity::OtherCa << false;
    }

    void clientCertificateReachesTheHandler()
    {
        QFETCH(Identity, identity);
        QFETCH(bool, verified);
        QVERIFY(startServer());
        const auto client = connectClient(identity);
        QVERIFY(client);

        client->send(put("/echo", "x"));
        QVERIFY(client->waitForResponses(1));
        const QList<QSslCertificate> &chain = m_lastRequest.peerCertificateChain();
        QCOMPARE(m_lastRequest.peerVerificationError().isEmpty(), verified);
        switch (identity) {
        case Identity::None:
            QVERIFY(chain.isEmpty());
            break;
        case Identity::Trusted:
            // The verified chain, leaf first, up to the trusted CA.
            QCOMPARE(chain, QList<QSslCertificate>({m_clientCert, m_ca}));
            break;
        case Identity::OtherCa:
            QVERIFY(!chain.isEmpty());
            QCOMPARE(chain.first(), m_strangerCert);
            break;
        }
    }

    void oldTlsVersionsAreRefused()
    {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        const QSsl::SslProtocol tls11 = QSsl::TlsV1_1;
        QT_WARNING_POP

        QVERIFY(startServer());
        const auto modern = connectClient(Identity::None, QSsl::TlsV1_2);
        QVERIFY(modern);
        QCOMPARE(modern->socket().sessionProtocol(), QSsl::TlsV1_2);

        if (!QSslSocket::isProtocolSupported(tls11))
            QSKIP("This Qt and OpenSSL build cannot offer TLS 1.1 at all.");
        RawHttpClient client;
        QSslConfiguration tls = clientTls(Identity::None);
        tls.setProtocol(tls11);
        client.connectToServer(m_server->serverPort(), tls);
        QVERIFY(client.waitForDisconnected());
        QVERIFY(!client.socket().isEncrypted());
        if (client.socket().errorString().contains(u"no protocols available"_s, Qt::CaseInsensitive)
            || client.socket().errorString().contains(u"no ciphers available"_s,
                                                      Qt::CaseInsensitive)) {
            QSKIP(qPrintable(u"OpenSSL here refuses to offer TLS 1.1 (%1), so the server never "
                             "sees it."_s.arg(client.socket().errorString())));
        }
        QTRY_COMPARE(m_server->statistics().tlsHandshakeFailures, 1u);
        QCOMPARE(m_server->statistics().acceptedConnections, 1u);
    }

    void manyConcurrentClients()
    {
        // Every handshake runs on this one thread, the clients' as well as the server's: a slow
        // machine must not turn that into timeouts.
        HttpServer::Limits limits = testLimits();
        limits.handshakeTimeout = 120s;
        limits.idleTimeout = 300s;
        QVERIFY(startServer(limits));
        constexpr int Clients = 200;
        std::vector<std::unique_ptr<RawHttpClient>> clients;
        for (int i = 0; i < Clients; ++i) {
            auto client = std::make_unique<RawHttpClient>();
            client->connectToServer(m_server->serverPort(), clientTls(Identity::None));
            // Written before the handshake ends; QSslSocket sends it once encrypted.
            client->send(put("/echo", QByteArray::number(i)));
            clients.push_back(std::move(client));
        }
        const auto allAnswered = [&clients] {
            return std::all_of(clients.begin(), clients.end(), [](const auto &client) {
                return !client->responses().isEmpty() || client->isDisconnected();
            });
        };
        QVERIFY(QTest::qWaitFor(allAnswered, 120000));
        for (int i = 0; i < Clients; ++i) {
            QCOMPARE(clients[i]->responses().size(), 1);
            QCOMPARE(clients[i]->responses()[0].body, QByteArray::number(i));
        }
        QCOMPARE(m_server->statistics().requestsServed, quint64(Clients));
        QCOMPARE(m_server->statistics().openConnections, Clients);
    }

    void connectionsBeyondTheLimitAreClosed()
    {
        HttpServer::Limits limits = testLimits();
        limits.maxConnections = 2;
        QVERIFY(startServer(limits));
        const auto first = connectClient();
        const auto second = connectClient();
        QVERIFY(first && second);
        // Both busy, so neither can give way.
        first->send(get("/deferred?n=1"));
        second->send(get("/deferred?n=2"));
        QTRY_COMPARE(m_deferred.size(), std::size_t(2));

        RawHttpClient third;
        third.connectToServer(m_server->serverPort(), clientTls(Identity::None));
        third.send(get("/hello"));
        QVERIFY(third.waitForDisconnected());
        QVERIFY(third.responses().isEmpty());
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::TooManyConnections), 1u);
        QCOMPARE(m_server->statistics().idleConnectionsClosedForRoom, 0u);

        m_deferred[0].respond(HttpResponse::text(u"one"_s));
        QVERIFY(first->waitForResponses(1));
        first->send(get("/hello"));
        QVERIFY(first->waitForResponses(2));
    }

    void theLongestIdleConnectionMakesRoom()
    {
        HttpServer::Limits limits = testLimits();
        limits.maxConnections = 2;
        QVERIFY(startServer(limits));
        const auto older = connectClient();
        QVERIFY(older);
        older->send(get("/hello"));
        QVERIFY(older->waitForResponses(1));
        QTest::qWait(50);
        const auto newer = connectClient();
        QVERIFY(newer);
        newer->send(get("/hello"));
        QVERIFY(newer->waitForResponses(1));
        QCOMPARE(m_server->statistics().openConnections, 2);

        const auto third = connectClient();
        QVERIFY(third);
        third->send(get("/hello"));
        QVERIFY(third->waitForResponses(1));
        QCOMPARE(third->responses()[0].status, 200);
        QVERIFY(older->waitForDisconnected());
        QVERIFY(!newer->isDisconnected());
        QCOMPARE(m_server->statistics().idleConnectionsClosedForRoom, 1u);
        QCOMPARE(m_server->statistics().refused(HttpServer::Refusal::TooManyConnections), 0u);
        QCOMPARE(m_server->statistics().openConnections, 2);
        newer->send(get("/hello"));
        QVERIFY(newer->waitForResponses(2));
    }

    void descriptorLimitIsRaised()
    {
        rlimit original{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
        const auto restore = qScopeGuard([&original] { ::setrlimit(RLIMIT_NOFILE, &original); });
        if (original.rlim_max <= 256)
            QSKIP("The hard limit on descriptors here is too low to lower the soft one.");
        rlimit lowered = original;
        lowered.rlim_cur = 256;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &lowered), 0);

        QVERIFY(startServer());
        rlimit now{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &now), 0);
        QCOMPARE(now.rlim_cur, original.rlim_max);
    }

    // A server out of descriptors serves again once some are free.
    void acceptingResumesAfterRunningOutOfDescriptors()
    {
        QVERIFY(startServer());
        // Everything a TLS client needs (OpenSSL, the CA) is loaded once beforehand.
        const auto warm = connectClient();
        QVERIFY(warm);

        rlimit original{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &original), 0);
        const auto restore = qScopeGuard([&original] { ::setrlimit(RLIMIT_NOFILE, &original); });
        // The lowest free descriptor goes to the client's socket; accept() then finds none.
        const int lowestFree = ::dup(0);
        QVERIFY(lowestFree >= 0);
        ::close(lowestFree);
        rlimit tight = original;
        tight.rlim_cur = rlim_t(lowestFree) + 1;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);

        RawHttpClient client;
        client.connectToServer(m_server->serverPort(), clientTls(Identity::None));
        client.send(get("/hello"));
        QTest::qWait(200);
        QVERIFY(client.responses().isEmpty());
        QCOMPARE(m_server->statistics().acceptedConnections, 1u);

        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &original), 0);
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses()[0].status, 200);
    }

    void plainHttpOnlyOnLoopback()
    {
        HttpServer exposed;
        QVERIFY_FAILS_WITH(exposed.listen(QHostAddress::Any, 0, std::nullopt),
                           Error::Code::InvalidInput);
        QVERIFY(!exposed.isListening());

        HttpServer loopback;
        loopback.addRoute(
            {"GET"_ba}, u"/hello"_s, [](const HttpRequest &, HttpResponder responder) {
                responder.respond(HttpResponse::text(u"plain"_s));
            });
        QVERIFY_RESULT(loopback.listen(QHostAddress::LocalHost, 0, std::nullopt));
        RawHttpClient client;
        client.connectToServer(loopback.serverPort(), std::nullopt);
        QVERIFY(client.waitForReady());
        client.send(get("/hello"));
        QVERIFY(client.waitForResponses(1));
        QCOMPARE(client.responses()[0].body, "plain"_ba);
    }

    void tlsNeedsACertificate()
    {
        HttpServer server;
        QVERIFY_FAILS_WITH(
            server.listen(QHostAddress::LocalHost, 0, QSslConfiguration::defaultConfiguration()),
            Error::Code::Tls);
    }

    void curl_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("status");

        QTest::newRow("put") << u"/echo"_s << 20000 << QString() << 200;
        QTest::newRow("put, 100-continue")
            << u"/echo"_s << 20000 << u"Expect: 100-continue"_s << 200;
        QTest::newRow("too large, 100-continue")
            << u"/small"_s << 20000 << u"Expect: 100-continue"_s << 413;
        // curl streams a body it was told not to announce; the refusal must still arrive.
        QTest::newRow("too large, streamed")
            << u"/echo"_s << 2 * 1024 * 1024 << u"Expect:"_s << 413;
    }

    void curl()
    {
        QFETCH(QString, path);
        QFETCH(int, bodySize);
        QFETCH(QString, expect);
        QFETCH(int, status);
        const QString curl = QStandardPaths::findExecutable(u"curl"_s);
        if (curl.isEmpty())
            QSKIP("curl is not installed.");
        QVERIFY(startServer());

        QByteArray body(bodySize, Qt::Uninitialized);
        for (int i = 0; i < bodySize; ++i)
            body[i] = char(i * 7 % 251);
        QFile bodyFile(this->path(u"body.bin"_s));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly));
        bodyFile.write(body);
        bodyFile.close();

        QStringList arguments = {u"--silent"_s,
                                 u"--show-error"_s,
                                 u"--verbose"_s,
                                 u"--cacert"_s,
                                 this->path(u"ca.crt"_s),
                                 u"--cert"_s,
                                 this->path(u"client.crt"_s),
                                 u"--key"_s,
                                 this->path(u"client.key"_s),
                                 u"-X"_s,
                                 u"PUT"_s,
                                 u"--data-binary"_s,
                                 u"@"_s + bodyFile.fileName(),
                                 // A missing "100 Continue" would then stall the test, not pass it.
                                 u"--expect100-timeout"_s,
                                 u"100"_s,
                                 u"--output"_s,
                                 this->path(u"answer.bin"_s),
                                 u"--write-out"_s,
                                 u"%{http_code}"_s,
                                 u"https://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path)};
        if (!expect.isEmpty())
            arguments << u"--header"_s << expect;
        QProcess process;
        process.start(curl, arguments);
        QVERIFY(
            QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000));
        const QByteArray log = process.readAllStandardError();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 log.constData());
        QCOMPARE(process.readAllStandardOutput().toInt(), status);
        if (status == 200) {
            QFile answer(this->path(u"answer.bin"_s));
            QVERIFY(answer.open(QIODevice::ReadOnly));
            QCOMPARE(answer.readAll(), body);
        }
        QCOMPARE(log.contains("< HTTP/1.1 100 Continue"),
                 status == 200 && expect.startsWith(u"Expect: 100"_s));
        QVERIFY(log.contains("ALPN: server accepted http/1.1"));
    }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool runOpenssl(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_openssl, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(u' ')
                                 << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

    QStringList newKeyArguments(const QString &name) const
    {
        return {u"-newkey"_s,
                u"ec"_s,
                u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s,
                u"-nodes"_s,
                u"-keyout"_s,
                path(name + u".key"_s),
                u"-config"_s,
                path(u"openssl.cnf"_s)};
    }

    bool makeCa(const QString &name, const QString &commonName)
    {
        return runOpenssl(QStringList{u"req"_s, u"-x509"_s, u"-extensions"_s, u"ca_ext"_s}
                          + newKeyArguments(name)
                          + QStringList{u"-days"_s,
                                        u"2"_s,
                                        u"-subj"_s,
                                        u"/CN="_s + commonName,
                                        u"-out"_s,
                                        path(name + u".crt"_s)});
    }

    bool makeLeaf(const QString &name, const QString &ca, const QString &extensions, int serial)
    {
        return runOpenssl(QStringList{u"req"_s, u"-new"_s} + newKeyArguments(name)
                          + QStringList{u"-subj"_s,
                                        u"/CN=Espalier Test "_s + name,
                                        u"-out"_s,
                                        path(name + u".csr"_s)})
               && runOpenssl({u"x509"_s,
                              u"-req"_s,
                              u"-in"_s,
                              path(name + u".csr"_s),
                              u"-CA"_s,
                              path(ca + u".crt"_s),
                              u"-CAkey"_s,
                              path(ca + u".key"_s),
                              u"-set_serial"_s,
                              QString::number(serial),
                              u"-days"_s,
                              u"2"_s,
                              u"-extfile"_s,
                              path(u"openssl.cnf"_s),
                              u"-extensions"_s,
                              extensions,
                              u"-out"_s,
                              path(name + u".crt"_s)});
    }

    QSslCertificate loadCertificate(const QString &name) const
    {
        QFile file(path(name + u".crt"_s));
        if (!file.open(QIODevice::ReadOnly))
            return QSslCertificate();
        return QSslCertificate(file.readAll(), QSsl::Pem);
    }

    QSslKey loadKey(const QString &name) const
    {
        QFile file(path(name + u".key"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QSslKey(file.readAll(), QSsl::Ec, QSsl::Pem);
    }

    static HttpServer::Limits testLimits()
    {
        HttpServer::Limits limits;
        limits.maxHeaderBytes = 4096;
        limits.maxBodyBytes = 64 * 1024;
        limits.lingerTimeout = 500ms;
        return limits;
    }

    QSslConfiguration serverTls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_serverCert);
        tls.setPrivateKey(m_serverKey);
        tls.setCaCertificates({m_ca});
        tls.setPeerVerifyMode(QSslSocket::QueryPeer);
        return tls;
    }

    QSslConfiguration clientTls(Identity identity,
                                QSsl::SslProtocol protocol = QSsl::SecureProtocols) const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({m_ca});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(protocol);
        if (identity == Identity::Trusted) {
            tls.setLocalCertificate(m_clientCert);
            tls.setPrivateKey(m_clientKey);
        } else if (identity == Identity::OtherCa) {
            tls.setLocalCertificate(m_strangerCert);
            tls.setPrivateKey(m_strangerKey);
        }
        return tls;
    }

    bool startServer(const HttpServer::Limits &limits = testLimits())
    {
        m_server = std::make_unique<HttpServer>(limits);
        const auto echo = [this](const HttpRequest &request, HttpResponder responder) {
            ++m_handled;
            m_lastRequest = request;
            HttpResponse response;
            response.setBody(request.body(), "application/octet-stream"_ba);
            responder.respond(std::move(response));
        };
        m_server->addRoute(
            {"GET"_ba}, u"/hello"_s, [this](const HttpRequest &request, HttpResponder responder) {
                m_lastRequest = request;
                responder.respond(HttpResponse::text(u"hello"_s));
            });
        m_server->addRoute({"PUT"_ba, "POST"_ba}, u"/echo"_s, echo);
        m_server->addRoute({"PUT"_ba}, u"/small"_s, echo, HttpRouter::Match::Exact, 16);
        m_server->addRoute(
            {"PUT"_ba},
            u"/mdm/"_s,
            [](const HttpRequest &request, HttpResponder responder) {
                responder.respond(HttpResponse::text(u"prefix "_s + request.path()));
            },
            HttpRouter::Match::Prefix);
        m_server->addRoute({"GET"_ba},
                           u"/deferred"_s,
                           [this](const HttpRequest &request, HttpResponder responder) {
                               m_deferredTags.append(request.query().queryItemValue(u"n"_s));
                               m_deferred.push_back(std::move(responder));
                           });
        m_server->addRoute(
            {"GET"_ba}, u"/inject"_s, [](const HttpRequest &, HttpResponder responder) {
                HttpResponse response = HttpResponse::text(u"ok"_s);
                response.setHeader("X-Injected"_ba, "a\r\nSet-Cookie: stolen=1"_ba);
                response.setHeader("Content-Length"_ba, "999"_ba);
                response.setHeader("Transfer-Encoding"_ba, "chunked"_ba);
                response.setHeader("X-Fine"_ba, "yes"_ba);
                responder.respond(std::move(response));
            });
        m_server->addRoute({"GET"_ba}, u"/forgetful"_s, [](const HttpRequest &, HttpResponder) {});

        const Result<void> listening = m_server->listen(QHostAddress::LocalHost, 0, serverTls());
        if (!listening) {
            qWarning().noquote() << listening.error().toString();
            return false;
        }
        return true;
    }

    // A new connection gets "GET /hello" answered.
    bool servesANewClient()
    {
        const auto client = connectClient();
        if (!client)
            return false;
        client->send(get("/hello"));
        return client->waitForResponses(1) && client->responses()[0].status == 200;
    }

    std::unique_ptr<RawHttpClient> connectClient(Identity identity = Identity::None,
                                                 QSsl::SslProtocol protocol = QSsl::SecureProtocols)
    {
        auto client = std::make_unique<RawHttpClient>();
        client->connectToServer(m_server->serverPort(), clientTls(identity, protocol));
        if (!client->waitForReady()) {
            qWarning().noquote() << "TLS connection failed:" << client->socket().errorString();
            return nullptr;
        }
        return client;
    }

    QString m_openssl;
    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    QSslCertificate m_serverCert;
    QSslKey m_serverKey;
    QSslCertificate m_clientCert;
    QSslKey m_clientKey;
    QSslCertificate m_strangerCert;
    QSslKey m_strangerKey;

    std::unique_ptr<HttpServer> m_server;
    std::vector<HttpResponder> m_deferred;
    QStringList m_deferredTags;
    int m_handled = 0;
    HttpRequest m_lastRequest;
};

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_HttpServer.moc"
