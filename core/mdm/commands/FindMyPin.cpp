// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/FindMyPin.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Espalier::FindMyPin {

QString generate()
{
    // bounded() draws without modulo bias; system() reads the OS entropy source.
    const quint32 value = QRandomGenerator::system()->bounded(1000000U);
    return QString::number(value).rightJustified(length, u'0');
}

bool isValid(QStringView pin)
{
    return pin.size() == length
           && std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace Espalier::FindMyPin
