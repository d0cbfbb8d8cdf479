// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Espalier {

// One finding of ProfileValidator. payloadIndex is the payload's place in
// ProfileDocument::payloads, or -1 for the profile's own keys; keyPath is written like
// "Services.SystemPolicyAllFiles[0].Identifier" (PayloadValuePath::toString).
struct ProfileIssue
{
    enum class Severity {
        Error,   // the device would refuse the payload or misread it
        Warning, // valid, but not where it is meant to go (platform, supervision)
        Info,    // worth knowing: kept keys the schema does not describe
    };

    Severity severity = Severity::Error;
    int payloadIndex = -1;
    QString keyPath;
    QString message;

    friend bool operator==(const ProfileIssue &, const ProfileIssue &) = default;
};

} // namespace Espalier
