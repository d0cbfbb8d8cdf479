// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QStringList>

namespace Espalier {

// The subjectAltName entries we read and write. DNS names are kept in their ASCII (punycode)
// form as they stand in the certificate; unicode names given for issuing are converted.
struct SubjectAltNames
{
    QStringList dnsNames{};
    QList<QHostAddress> ipAddresses{};
    QStringList emailAddresses{};
    QStringList uris{};

    [[nodiscard]] bool isEmpty() const
    {
        return dnsNames.isEmpty() && ipAddresses.isEmpty() && emailAddresses.isEmpty()
               && uris.isEmpty();
    }

    friend bool operator==(const SubjectAltNames &, const SubjectAltNames &) = default;
};

} // namespace Espalier
