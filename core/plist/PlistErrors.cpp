// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistErrors.h"

#include <QCoreApplication>

namespace Espalier::PlistErrors {

tl::unexpected<Error> malformed(QString detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::Plist", "The property list is malformed."),
                std::move(detail));
}

tl::unexpected<Error> notAPlist(QString detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::Plist", "The data is not a property list."),
                std::move(detail));
}

tl::unexpected<Error> tooLarge(QString detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::Plist", "The property list is too large."),
                std::move(detail));
}

tl::unexpected<Error> tooDeep(QString detail)
{
    return fail(
        Error::Code::InvalidInput,
        QCoreApplication::translate("Espalier::Plist", "The property list is nested too deeply."),
        std::move(detail));
}

tl::unexpected<Error> tooManyNodes(QString detail)
{
    return fail(
        Error::Code::InvalidInput,
        QCoreApplication::translate("Espalier::Plist", "The property list has too many elements."),
        std::move(detail));
}

tl::unexpected<Error> unsupportedType(QString detail)
{
    return fail(Error::Code::Unsupported,
                QCoreApplication::translate("Espalier::Plist",
                                            "The value has a type a property list cannot hold."),
                std::move(detail));
}

tl::unexpected<Error> unrepresentable(QString detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::Plist",
                                            "The value cannot be stored in a property list."),
                std::move(detail));
}

} // namespace Espalier::PlistErrors
