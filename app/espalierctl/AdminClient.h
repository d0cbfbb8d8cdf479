// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace Espalier {

// One HTTP exchange with the engine's admin API at a time or many, each answered through its
// callback on the main thread's event loop. Adds the bearer token to every request.
class AdminClient final : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        // False when no HTTP answer arrived (refused connection, timeout, not HTTP).
        bool answered = false;
        int status = 0;
        QByteArray body;
        // The body parsed, when it is a JSON object.
        std::optional<QJsonObject> object;
        // Why there was no answer.
        QString networkError;

        [[nodiscard]] bool isSuccess() const { return answered && status >= 200 && status < 300; }
    };

    using Callback = std::function<void(const Reply &reply)>;

    AdminClient(QUrl baseUrl,
                QByteArray token,
                std::chrono::milliseconds timeout,
                QObject *parent = nullptr);

    // path is absolute ("/v1/devices"); body, when set, goes as JSON.
    void send(const QByteArray &method,
              const QString &path,
              const QUrlQuery &query,
              const std::optional<QJsonObject> &body,
              Callback done);

    [[nodiscard]] const QUrl &baseUrl() const { return m_baseUrl; }

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QByteArray m_token;
    std::chrono::milliseconds m_timeout;
};

} // namespace Espalier
