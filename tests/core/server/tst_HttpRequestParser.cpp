// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpRequestParser.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QByteArray method;
    QByteArray target;
    QByteArrayList headerLines;
    QByteArray body;
    bool keepAlive = true;

    bool operator==(const Message &) const = default;
};

struct Outcome
{
    QList<Message> messages;
    HttpRequestParser::Failure failure = HttpRequestParser::Failure::None;
    bool stalled = false;
};

// Feeds input to a parser at most step bytes at a time, as a connection would with whatever the
// socket happens to deliver.
Outcome parse(const QByteArray &input, qsizetype step, qsizetype maxHead, qint64 maxBody)
{
    HttpRequestParser parser(maxHead);
    Outcome outcome;
    qsizetype offset = 0;
    while (offset < input.size()) {
        const qsizetype size = qMin(step, input.size() - offset);
        const qsizetype used = parser.feed(QByteArrayView(input).sliced(offset, size));
        offset += used;
        switch (parser.state()) {
        case HttpRequestParser::State::Reading:
            if (used == 0) {
                outcome.stalled = true;
                return outcome;
            }
            break;
        case HttpRequestParser::State::HeadersComplete:
            parser.setBodyLimit(maxBody);
            break;
        case HttpRequestParser::State::MessageComplete: {
            Message message{
                parser.method(), parser.target(), {}, parser.takeBody(), parser.keepAlive()};
            for (const HttpHeaders::Field &field : parser.headers().fields())
                message.headerLines.append(field.first + ": " + field.second);
            outcome.messages.append(message);
            break;
        }
        case HttpRequestParser::State::Failed:
            outcome.failure = parser.failure();
            return outcome;
        }
    }
    return outcome;
}

const QByteArray Pipelined = "PUT /mdm/checkin HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n"
                             "X-Folded:   padded value  \r\n\r\nhello world"
                             "\r\n" // a stray blank line between requests is allowed
                             "POST /scep?op=PKIOperation HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                             "\r\n3\r\nabc\r\n4;ext=1\r\ndefg\r\n0\r\nTrailer: dropped\r\n\r\n"
                             "GET / HTTP/1.0\r\n\r\n"_ba;

} // namespace

class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void sameResultHoweverTheInputIsSplit_data()
    {
        QTest::addColumn<qsizetype>("step");
        for (const qsizetype step : {1, 2, 3, 5, 7, 16, 64, 100000})
            QTest::addRow("%lld bytes", qlonglong(step)) << step;
    }

    void sameResultHoweverTheInputIsSplit()
    {
        QFETCH(qsizetype, step);
        const Outcome outcome = parse(Pipelined, step, 1024, 1024);
        QVERIFY(!outcome.stalled);
        QCOMPARE(outcome.failure, HttpRequestParser::Failure::None);
        QCOMPARE(outcome.messages.size(), 3);

        const Message first{"PUT"_ba,
                            "/mdm/checkin"_ba,
                            {"Host: a"_ba, "Content-Length: 11"_ba, "X-Folded: padded value"_ba},
                            "hello world"_ba,
                            true};
        QCOMPARE(outcome.messages[0], first);
        QCOMPARE(outcome.messages[1].method, "POST"_ba);
        QCOMPARE(outcome.messages[1].target, "/scep?op=PKIOperation"_ba);
        QCOMPARE(outcome.messages[1].body, "abcdefg"_ba);
        QCOMPARE(outcome.messages[1].headerLines.size(), 1);
        QCOMPARE(outcome.messages[2].method, "GET"_ba);
        QVERIFY(!outcome.messages[2].keepAlive);
    }

    void headLimitIsExact_data()
    {
        QTest::addColumn<qsizetype>("step");
        QTest::addColumn<qsizetype>("extra");
        QTest::addColumn<bool>("fits");
        for (const qsizetype step : {1, 7, 100000}) {
            QTest::addRow("at the limit, %lld-byte steps", qlonglong(step))
                << step << qsizetype(0) << true;
            QTest::addRow("one over, %lld-byte steps", qlonglong(step))
                << step << qsizetype(1) << false;
        }
    }

    void headLimitIsExact()
    {
        QFETCH(qsizetype, step);
        QFETCH(qsizetype, extra);
        QFETCH(bool, fits);
        const QByteArray start = "GET / HTTP/1.1\r\nX-Pad: ";
        const QByteArray end = "\r\n\r\n";
        const qsizetype limit = 200;
        // The head counts up to, but not including, its final line feed.
        const QByteArray head = start
                                + QByteArray(limit - start.size() - end.size() + 1 + extra, 'p')
                                + end;
        const Outcome outcome = parse(head + head, step, limit, 0);
        QVERIFY(!outcome.stalled);
        if (fits) {
            QCOMPARE(outcome.messages.size(), 2);
        } else {
            QVERIFY(outcome.messages.isEmpty());
            QCOMPARE(outcome.failure, HttpRequestParser::Failure::HeadersTooLarge);
        }
    }

    void blankLinesCountTowardsTheHead()
    {
        const Outcome outcome = parse(QByteArray(300, '\n'), 64, 200, 0);
        QCOMPARE(outcome.failure, HttpRequestParser::Failure::HeadersTooLarge);
    }

    void bodyLimit_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("fits");
        QTest::newRow("length at the limit")
            << "PUT / HTTP/1.1\r\nContent-Length: 8\r\n\r\n12345678"_ba << true;
        QTest::newRow("length over")
            << "PUT / HTTP/1.1\r\nContent-Length: 9\r\n\r\n123456789"_ba << false;
        QTest::newRow("chunks at the limit")
            << "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n1234\r\n4\r\n5678\r\n0\r\n\r\n"_ba
            << true;
        QTest::newRow("chunks over")
            << "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n1234\r\n5\r\n56789\r\n0\r\n\r\n"_ba
            << false;
        QTest::newRow("trailers over")
            << "PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n1234\r\n0\r\nX-T: 12345\r\n\r\n"_ba
            << false;
    }

    void bodyLimit()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, fits);
        const Outcome outcome = parse(request, 3, 1024, 8);
        QVERIFY(!outcome.stalled);
        QCOMPARE(outcome.messages.size(), fits ? 1 : 0);
        QCOMPARE(outcome.failure,
                 fits ? HttpRequestParser::Failure::None
                      : HttpRequestParser::Failure::BodyTooLarge);
    }

    void smugglingShapesAreMalformed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("length and chunked")
            << "PUT / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"_ba;
        QTest::newRow("two lengths")
            << "PUT / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n"_ba;
        QTest::newRow("unknown coding") << "PUT / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba;
        QTest::newRow("space before colon") << "GET / HTTP/1.1\r\nHost : a\r\n\r\n"_ba;
    }

    void smugglingShapesAreMalformed()
    {
        QFETCH(QByteArray, request);
        const Outcome outcome = parse(request, 100000, 1024, 1024);
        QCOMPARE(outcome.failure, HttpRequestParser::Failure::Malformed);
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_HttpRequestParser.moc"
