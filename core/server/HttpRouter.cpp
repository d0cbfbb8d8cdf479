// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpRouter.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// How closely route matches path: -1 for not at all, higher is more specific.
qsizetype specificity(const HttpRouter::Route &route, const QString &path)
{
    if (route.match == HttpRouter::Match::Exact)
        return route.path == path ? std::numeric_limits<qsizetype>::max() : -1;
    return path.startsWith(route.path) ? route.path.size() : -1;
}

} // namespace

void HttpRouter::addRoute(Route route)
{
    Q_ASSERT(route.path.startsWith(u'/'));
    Q_ASSERT(route.match == Match::Exact || route.path.endsWith(u'/'));
    Q_ASSERT(!route.methods.isEmpty() && route.handler);
    m_routes.append(std::move(route));
}

HttpRouter::Lookup HttpRouter::find(QByteArrayView method, const QString &path) const
{
    qsizetype best = -1;
    for (const Route &route : m_routes)
        best = qMax(best, specificity(route, path));
    if (best < 0)
        return {};

    Lookup lookup;
    const Route *getRoute = nullptr;
    for (const Route &route : m_routes) {
        if (specificity(route, path) != best)
            continue;
        if (route.methods.contains(method))
            lookup.route = &route;
        else if (!getRoute && route.methods.contains("GET"_ba))
            getRoute = &route;
        for (const QByteArray &allowed : route.methods) {
            if (!lookup.allowedMethods.contains(allowed))
                lookup.allowedMethods.append(allowed);
        }
        if (lookup.route)
            break;
    }
    if (!lookup.route && method == "HEAD" && getRoute)
        lookup.route = getRoute;
    if (lookup.route)
        lookup.allowedMethods.clear();
    else if (getRoute && !lookup.allowedMethods.contains("HEAD"_ba))
        lookup.allowedMethods.append("HEAD"_ba);
    return lookup;
}

} // namespace Espalier
