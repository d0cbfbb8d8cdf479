// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/espalierctl/AdminClient.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Espalier {

AdminClient::AdminClient(QUrl baseUrl,
                         QByteArray token,
                         std::chrono::milliseconds timeout,
                         QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(token))
    , m_timeout(timeout)
{
    // The API listens on loopback; a proxy from the environment would only get in the way.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void AdminClient::send(const QByteArray &method,
                       const QString &path,
                       const QUrlQuery &query,
                       const std::optional<QJsonObject> &body,
                       Callback done)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_token);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setTransferTimeout(int(m_timeout.count()));
    // The admin API speaks HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QByteArray payload;
    if (body) {
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            answer.networkError = reply->errorString();
            done(answer);
            return;
        }
        answer.answered = true;
        answer.status = status.toInt();
        answer.body = reply->readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            answer.object = document.object();
        done(answer);
    });
}

} // namespace Espalier
