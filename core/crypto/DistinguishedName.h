// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Espalier {

// The parts of an X.509 name we read and write. Reading takes the first entry of each kind;
// the full name is Certificate::subjectText(). userId is the UID attribute
// (0.9.2342.19200300.100.1.1): devices carry their UDID there and Apple push certificates
// their topic. Empty fields are left out when a name is built.
struct DistinguishedName
{
    QString commonName{};
    QString organization{};
    QString organizationalUnit{};
    QString country{}; // two letters, ISO 3166
    QString userId{};

    [[nodiscard]] bool isEmpty() const
    {
        return commonName.isEmpty() && organization.isEmpty() && organizationalUnit.isEmpty()
               && country.isEmpty() && userId.isEmpty();
    }

    friend bool operator==(const DistinguishedName &, const DistinguishedName &) = default;
};

} // namespace Espalier
