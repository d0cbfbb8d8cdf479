// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpRequestParser.h"

#include <QList>

#include <http_parser.h>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Bodies are stored as they arrive; reserve at most this much up front from a Content-Length, so
// a client that announces a large body and never sends it costs little.
constexpr qint64 MaxBodyReserve = 64 * 1024;

} // namespace

// The http-parser state and its callbacks; kept out of the header so http-parser types never
// reach other modules.
struct HttpRequestParser::Native
{
    http_parser parser{};
    // Header fields as they arrive: a field or value may come in several pieces.
    QList<std::pair<QByteArray, QByteArray>> fields;
    bool lastWasValue = true;

    static HttpRequestParser &owner(http_parser *parser)
    {
        return *static_cast<HttpRequestParser *>(parser->data);
    }

    static int onMessageBegin(http_parser *parser)
    {
        owner(parser).m_inMessage = true;
        return 0;
    }

    static int onUrl(http_parser *parser, const char *at, size_t length)
    {
        owner(parser).m_target.append(at, qsizetype(length));
        return 0;
    }

    // Trailer fields after a chunked body count against the body limit and are dropped.
    static int countTrailer(HttpRequestParser &self, size_t length)
    {
        self.m_bodyBytes += qint64(length);
        if (self.m_bodyBytes > self.m_maxBodyBytes) {
            self.setFailure(Failure::BodyTooLarge, u"chunked body and trailers past the limit"_s);
            return 1;
        }
        return 0;
    }

    static int onHeaderField(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser &self = owner(parser);
        if (self.m_headersDone)
            return countTrailer(self, length);
        Native &native = *self.m_native;
        if (native.lastWasValue)
            native.fields.emplace_back();
        native.fields.back().first.append(at, qsizetype(length));
        native.lastWasValue = false;
        return 0;
    }

    static int onHeaderValue(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser &self = owner(parser);
        if (self.m_headersDone)
            return countTrailer(self, length);
        Native &native = *self.m_native;
        native.fields.back().second.append(at, qsizetype(length));
        native.lastWasValue = true;
        return 0;
    }

    static int onHeadersComplete(http_parser *parser)
    {
        HttpRequestParser &self = owner(parser);
        Native &native = *self.m_native;
        self.m_headersDone = true;
        self.m_method = http_method_str(static_cast<http_method>(parser->method));
        for (auto &[name, value] : native.fields) {
            // http-parser lets spaces into field names ("Host : x"), which RFC 9112 makes an
            // error because intermediaries disagree about them.
            if (!HttpHeaders::isValidName(name) || !HttpHeaders::isValidValue(value)) {
                self.setFailure(Failure::Malformed, u"invalid header field"_s);
                return -1;
            }
            self.m_headers.add(std::move(name), value.trimmed());
        }
        native.fields.clear();
        self.m_versionMajor = parser->http_major;
        self.m_versionMinor = parser->http_minor;
        self.m_keepAlive = http_should_keep_alive(parser) != 0;
        if ((parser->flags & F_CHUNKED) == 0 && parser->content_length != ULLONG_MAX
            && parser->content_length <= quint64(std::numeric_limits<qint64>::max())) {
            self.m_contentLength = qint64(parser->content_length);
        }
        self.m_state = State::HeadersComplete;
        http_parser_pause(parser, 1);
        return 0;
    }

    static int onBody(http_parser *parser, const char *at, size_t length)
    {
        HttpRequestParser &self = owner(parser);
        self.m_bodyBytes += qint64(length);
        if (self.m_bodyBytes > self.m_maxBodyBytes) {
            self.setFailure(Failure::BodyTooLarge,
                            u"body past the limit of %1 bytes"_s.arg(self.m_maxBodyBytes));
            return 1;
        }
        if (self.m_keepBody)
            self.m_body.append(at, qsizetype(length));
        return 0;
    }

    static int onMessageComplete(http_parser *parser)
    {
        HttpRequestParser &self = owner(parser);
        self.m_inMessage = false;
        self.m_state = State::MessageComplete;
        http_parser_pause(parser, 1);
        return 0;
    }

    static const http_parser_settings &settings()
    {
        static const http_parser_settings s_settings = [] {
            http_parser_settings settings;
            http_parser_settings_init(&settings);
            settings.on_message_begin = &Native::onMessageBegin;
            settings.on_url = &Native::onUrl;
            settings.on_header_field = &Native::onHeaderField;
            settings.on_header_value = &Native::onHeaderValue;
            settings.on_headers_complete = &Native::onHeadersComplete;
            settings.on_body = &Native::onBody;
            settings.on_message_complete = &Native::onMessageComplete;
            return settings;
        }();
        return s_settings;
    }
};

HttpRequestParser::HttpRequestParser(qsizetype maxHeaderBytes)
    : m_native(std::make_unique<Native>())
    , m_maxHeaderBytes(maxHeaderBytes)
{
    http_parser_init(&m_native->parser, HTTP_REQUEST);
    m_native->parser.data = this;
}

HttpRequestParser::~HttpRequestParser() = default;

qsizetype HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state == State::Failed || data.isEmpty())
        return 0;
    if (m_state == State::MessageComplete)
        startMessage();
    m_state = State::Reading;
    http_parser *parser = &m_native->parser;
    http_parser_pause(parser, 0);

    // While the head is incomplete, offer at most one byte more than the limit allows, so an
    // oversized head is caught without scanning (or storing) the rest of it.
    const bool countingHead = !m_headersDone;
    if (countingHead)
        data = data.first(qMin(data.size(), m_maxHeaderBytes - m_headerBytes + 1));

    const auto used = qsizetype(
        http_parser_execute(parser, &Native::settings(), data.data(), size_t(data.size())));
    if (countingHead)
        m_headerBytes += used;

    const auto error = static_cast<http_errno>(parser->http_errno);
    if (m_state == State::Failed)
        return used;
    if (error == HPE_HEADER_OVERFLOW) {
        setFailure(Failure::HeadersTooLarge, u"header block past the parser's limit"_s);
    } else if (error != HPE_OK && error != HPE_PAUSED) {
        setFailure(Failure::Malformed,
                   u"%1: %2"_s.arg(QLatin1StringView(http_errno_name(error)),
                                   QLatin1StringView(http_errno_description(error))));
    } else if (!m_headersDone && m_headerBytes > m_maxHeaderBytes) {
        setFailure(Failure::HeadersTooLarge,
                   u"request head past the limit of %1 bytes"_s.arg(m_maxHeaderBytes));
    }
    return used;
}

void HttpRequestParser::setBodyLimit(qint64 maxBytes, bool keep)
{
    m_maxBodyBytes = maxBytes;
    m_keepBody = keep;
    if (keep && m_contentLength)
        m_body.reserve(qsizetype(qMin(*m_contentLength, qMin(maxBytes, MaxBodyReserve))));
}

void HttpRequestParser::startMessage()
{
    m_inMessage = false;
    m_headersDone = false;
    m_headerBytes = 0;
    m_method.clear();
    m_target.clear();
    m_headers = {};
    m_versionMajor = 1;
    m_versionMinor = 1;
    m_keepAlive = true;
    m_contentLength.reset();
    m_maxBodyBytes = 0;
    m_keepBody = true;
    m_bodyBytes = 0;
    m_body.clear();
    m_native->fields.clear();
    m_native->lastWasValue = true;
}

void HttpRequestParser::setFailure(Failure failure, QString detail)
{
    m_state = State::Failed;
    m_failure = failure;
    m_failureDetail = std::move(detail);
}

} // namespace Espalier
