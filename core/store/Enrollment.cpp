// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Enrollment.h"

using namespace Qt::StringLiterals;

namespace Espalier {

QString enrollmentTypeName(EnrollmentType type)
{
    switch (type) {
    case EnrollmentType::Device:
        return u"device"_s;
    case EnrollmentType::User:
        return u"user"_s;
    }
    return {};
}

std::optional<EnrollmentType> enrollmentTypeFromName(QStringView name)
{
    for (EnrollmentType type : {EnrollmentType::Device, EnrollmentType::User}) {
        if (name == enrollmentTypeName(type))
            return type;
    }
    return std::nullopt;
}

QString pushTokenStateName(PushTokenState state)
{
    switch (state) {
    case PushTokenState::None:
        return u"none"_s;
    case PushTokenState::Ok:
        return u"ok"_s;
    case PushTokenState::Bad:
        return u"bad"_s;
    case PushTokenState::Unregistered:
        return u"unregistered"_s;
    }
    return {};
}

std::optional<PushTokenState> pushTokenStateFromName(QStringView name)
{
    for (PushTokenState state : {PushTokenState::None,
                                 PushTokenState::Ok,
                                 PushTokenState::Bad,
                                 PushTokenState::Unregistered}) {
        if (name == pushTokenStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace Espalier
