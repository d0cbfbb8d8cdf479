// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/PushCertificateRequestRecord.h"

using namespace Qt::StringLiterals;

namespace Espalier {

QString pushCertificateRequestKindName(PushCertificateRequestKind kind)
{
    switch (kind) {
    case PushCertificateRequestKind::Create:
        return u"create"_s;
    case PushCertificateRequestKind::Renew:
        return u"renew"_s;
    }
    return {};
}

std::optional<PushCertificateRequestKind> pushCertificateRequestKindFromName(QStringView name)
{
    for (auto kind : {PushCertificateRequestKind::Create, PushCertificateRequestKind::Renew}) {
        if (name == pushCertificateRequestKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString pushCertificateRequestStateName(PushCertificateRequestState state)
{
    switch (state) {
    case PushCertificateRequestState::CsrCreated:
        return u"csr_created"_s;
    case PushCertificateRequestState::AwaitingReply:
        return u"awaiting_reply"_s;
    case PushCertificateRequestState::Signed:
        return u"signed"_s;
    case PushCertificateRequestState::Completed:
        return u"completed"_s;
    case PushCertificateRequestState::Discarded:
        return u"discarded"_s;
    }
    return {};
}

std::optional<PushCertificateRequestState> pushCertificateRequestStateFromName(QStringView name)
{
    for (auto state : {PushCertificateRequestState::CsrCreated,
                       PushCertificateRequestState::AwaitingReply,
                       PushCertificateRequestState::Signed,
                       PushCertificateRequestState::Completed,
                       PushCertificateRequestState::Discarded}) {
        if (name == pushCertificateRequestStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace Espalier
