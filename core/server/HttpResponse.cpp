// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpResponse.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace Espalier {

HttpResponse::HttpResponse(int status)
    : m_status(status)
{}

HttpResponse HttpResponse::ok()
{
    return HttpResponse(200);
}

HttpResponse HttpResponse::plist(QByteArray body, int status)
{
    HttpResponse response(status);
    response.setBody(std::move(body), "application/x-plist"_ba);
    return response;
}

HttpResponse HttpResponse::xml(QByteArray body, int status)
{
    HttpResponse response(status);
    response.setBody(std::move(body), "application/xml; charset=utf-8"_ba);
    return response;
}

HttpResponse HttpResponse::json(QByteArray body, int status)
{
    HttpResponse response(status);
    response.setBody(std::move(body), "application/json"_ba);
    return response;
}

HttpResponse HttpResponse::text(const QString &body, int status)
{
    HttpResponse response(status);
    response.setBody(body.toUtf8(), "text/plain; charset=utf-8"_ba);
    return response;
}

HttpResponse HttpResponse::error(int status)
{
    HttpResponse response(status);
    response.setBody(QByteArray::number(status) + ' ' + reasonPhrase(status) + '\n',
                     "text/plain; charset=utf-8"_ba);
    return response;
}

void HttpResponse::setHeader(QByteArray name, QByteArray value)
{
    m_headers.set(std::move(name), std::move(value));
}

void HttpResponse::addHeader(QByteArray name, QByteArray value)
{
    m_headers.add(std::move(name), std::move(value));
}

void HttpResponse::setBody(QByteArray body, QByteArray contentType)
{
    m_body = std::move(body);
    m_headers.set("Content-Type"_ba, std::move(contentType));
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 202:
        return "Accepted"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 304:
        return "Not Modified"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 410:
        return "Gone"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 417:
        return "Expectation Failed"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 505:
        return "HTTP Version Not Supported"_ba;
    }
    return "Unknown"_ba;
}

} // namespace Espalier
