// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpHeaders.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Espalier {

// Incremental HTTP/1.x request parser over http-parser. It stops right after each message's
// headers, so the caller can route and set the body limit before a single body byte is kept, and
// right after each message, so pipelined requests come out one at a time. Header bytes are
// bounded while they arrive. Owned by one HttpConnection on the server's thread.
class HttpRequestParser final
{
public:
    enum class State {
        Reading,
        HeadersComplete,
        MessageComplete,
        Failed,
    };

    enum class Failure {
        None,
        Malformed,
        HeadersTooLarge,
        BodyTooLarge,
    };

    explicit HttpRequestParser(qsizetype maxHeaderBytes);
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Parses from the start of data and returns how many bytes it used; call again with the rest
    // after HeadersComplete and MessageComplete. Nothing is used once Failed.
    [[nodiscard]] qsizetype feed(QByteArrayView data);

    [[nodiscard]] State state() const { return m_state; }

    [[nodiscard]] Failure failure() const { return m_failure; }

    // What went wrong, for logs; never contains request bytes.
    [[nodiscard]] const QString &failureDetail() const { return m_failureDetail; }

    // A request has begun (more than blank lines arrived) and has not completed.
    [[nodiscard]] bool isInMessage() const { return m_inMessage; }

    [[nodiscard]] bool hasHeaders() const { return m_headersDone; }

    // The request head, valid from HeadersComplete until the next message begins.
    [[nodiscard]] const QByteArray &method() const { return m_method; }

    [[nodiscard]] const QByteArray &target() const { return m_target; }

    [[nodiscard]] const HttpHeaders &headers() const { return m_headers; }

    [[nodiscard]] int versionMajor() const { return m_versionMajor; }

    [[nodiscard]] int versionMinor() const { return m_versionMinor; }

    [[nodiscard]] bool keepAlive() const { return m_keepAlive; }

    [[nodiscard]] std::optional<qint64> contentLength() const { return m_contentLength; }

    // The body limit of the message whose headers just completed (0 until set). Past it the
    // parser fails with BodyTooLarge; with keep false the body is counted but not stored.
    void setBodyLimit(qint64 maxBytes, bool keep = true);

    [[nodiscard]] QByteArray takeBody() { return std::exchange(m_body, {}); }

private:
    struct Native;

    void startMessage();
    void setFailure(Failure failure, QString detail);

    std::unique_ptr<Native> m_native;
    const qsizetype m_maxHeaderBytes;
    State m_state = State::Reading;
    Failure m_failure = Failure::None;
    QString m_failureDetail;
    bool m_inMessage = false;
    bool m_headersDone = false;
    // Bytes since the previous message ended, until this one's headers are complete.
    qsizetype m_headerBytes = 0;

    QByteArray m_method;
    QByteArray m_target;
    HttpHeaders m_headers;
    int m_versionMajor = 1;
    int m_versionMinor = 1;
    bool m_keepAlive = true;
    std::optional<qint64> m_contentLength;

    qint64 m_maxBodyBytes = 0;
    bool m_keepBody = true;
    qint64 m_bodyBytes = 0;
    QByteArray m_body;
};

} // namespace Espalier
