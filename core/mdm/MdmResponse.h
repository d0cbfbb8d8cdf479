// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Espalier {

// What the route sends back to the device for one check-in or command request: the HTTP
// status, the body and its Content-Type (empty for an empty body). reason says, for the route's
// log, why a request was refused or what was unusual about it; it never holds a secret.
// Plain value; any thread.
struct MdmResponse
{
    int httpStatus = 200;
    QByteArray contentType;
    QByteArray body;
    QString reason;

    [[nodiscard]] bool isRefusal() const { return httpStatus >= 400; }

    // 200 with an empty body.
    [[nodiscard]] static MdmResponse empty(const QString &reason = {});
    // 200 with an XML plist body (application/xml).
    [[nodiscard]] static MdmResponse plist(QByteArray body);
    [[nodiscard]] static MdmResponse status(int httpStatus, const QString &reason);
};

} // namespace Espalier
