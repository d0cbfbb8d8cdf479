// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Command.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr std::array s_allStates{
    CommandState::Queued,
    CommandState::Pushed,
    CommandState::Sent,
    CommandState::Acknowledged,
    CommandState::Error,
    CommandState::CommandFormatError,
    CommandState::NotNow,
    CommandState::Expired,
    CommandState::Cancelled,
};

} // namespace

bool isFinal(CommandState state)
{
    switch (state) {
    case CommandState::Queued:
    case CommandState::Pushed:
    case CommandState::Sent:
    case CommandState::NotNow:
        return false;
    case CommandState::Acknowledged:
    case CommandState::Error:
    case CommandState::CommandFormatError:
    case CommandState::Expired:
    case CommandState::Cancelled:
        return true;
    }
    return true;
}

QString commandStateName(CommandState state)
{
    switch (state) {
    case CommandState::Queued:
        return u"queued"_s;
    case CommandState::Pushed:
        return u"pushed"_s;
    case CommandState::Sent:
        return u"sent"_s;
    case CommandState::Acknowledged:
        return u"acknowledged"_s;
    case CommandState::Error:
        return u"error"_s;
    case CommandState::CommandFormatError:
        return u"command-format-error"_s;
    case CommandState::NotNow:
        return u"not-now"_s;
    case CommandState::Expired:
        return u"expired"_s;
    case CommandState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<CommandState> commandStateFromName(QStringView name)
{
    for (CommandState state : s_allStates) {
        if (name == commandStateName(state))
            return state;
    }
    return std::nullopt;
}

std::optional<CommandState> commandStateFromValue(qint64 value)
{
    for (CommandState state : s_allStates) {
        if (value == static_cast<qint64>(state))
            return state;
    }
    return std::nullopt;
}

} // namespace Espalier
