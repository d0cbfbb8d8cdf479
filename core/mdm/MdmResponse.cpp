// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/MdmResponse.h"

namespace Espalier {

MdmResponse MdmResponse::empty(const QString &reason)
{
    MdmResponse response;
    response.reason = reason;
    return response;
}

MdmResponse MdmResponse::plist(QByteArray body)
{
    MdmResponse response;
    response.contentType = QByteArrayLiteral("application/xml");
    response.body = std::move(body);
    return response;
}

MdmResponse MdmResponse::status(int httpStatus, const QString &reason)
{
    MdmResponse response;
    response.httpStatus = httpStatus;
    response.reason = reason;
    return response;
}

} // namespace Espalier
