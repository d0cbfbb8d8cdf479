// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/server/HttpRequest.h"
#include "core/server/HttpResponder.h"

#include <QByteArrayList>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Espalier {

// Called on the server's thread once the whole request (body included) has arrived. Answer
// through the responder, at once or later.
using HttpHandler = std::function<void(const HttpRequest &, HttpResponder)>;

// The route table: which handler answers a method on a path. Filled before the server listens,
// read on the server's thread.
class HttpRouter final
{
public:
    enum class Match {
        Exact,
        // The route's path ends with '/' and matches every path that starts with it.
        Prefix,
    };

    struct Route
    {
        QByteArrayList methods;
        QString path;
        Match match = Match::Exact;
        HttpHandler handler;
        // Overrides the server's body limit for this route.
        std::optional<qint64> maxBodyBytes;
    };

    // Either route is set, or allowedMethods lists what the path accepts (405); both empty: 404.
    struct Lookup
    {
        const Route *route = nullptr;
        QByteArrayList allowedMethods;
    };

    void addRoute(Route route);
    // The most specific path wins: an exact path before any prefix, a longer prefix before a
    // shorter one. HEAD falls back to a GET route.
    [[nodiscard]] Lookup find(QByteArrayView method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace Espalier
