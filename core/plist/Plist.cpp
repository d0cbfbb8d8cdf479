// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/Plist.h"

#include "core/plist/PlistBinaryReader.h"
#include "core/plist/PlistBinaryWriter.h"
#include "core/plist/PlistErrors.h"
#include "core/plist/PlistXmlReader.h"
#include "core/plist/PlistXmlWriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier::Plist {

std::optional<Format> detectFormat(const QByteArray &data)
{
    if (data.startsWith("bplist00"))
        return Format::Binary;
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size()
           && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
        ++i;
    if (i < data.size() && data[i] == '<')
        return Format::Xml;
    return std::nullopt;
}

Result<QVariant> parse(const QByteArray &data, const Limits &limits)
{
    if (data.isEmpty())
        return PlistErrors::notAPlist(u"no data"_s);
    if (data.size() > limits.maxBytes)
        return PlistErrors::tooLarge(
            u"%1 bytes, more than %2"_s.arg(data.size()).arg(limits.maxBytes));

    Limits bounded = limits;
    bounded.maxDepth = std::clamp(limits.maxDepth, 0, maxSupportedDepth);

    const std::optional<Format> format = detectFormat(data);
    if (!format) {
        if (data.startsWith("bplist"))
            return PlistErrors::malformed(u"a binary plist version other than 00"_s);
        return PlistErrors::notAPlist(u"neither XML nor a bplist00 header"_s);
    }
    if (*format == Format::Binary)
        return PlistBinaryReader::read(data, bounded);
    return PlistXmlReader::read(data, bounded);
}

Result<QByteArray> toXml(const QVariant &value)
{
    return PlistXmlWriter::write(value);
}

Result<QByteArray> toBinary(const QVariant &value)
{
    return PlistBinaryWriter::write(value);
}

Result<QByteArray> serialize(const QVariant &value, Format format)
{
    switch (format) {
    case Format::Xml:
        return toXml(value);
    case Format::Binary:
        return toBinary(value);
    }
    Q_UNREACHABLE();
}

} // namespace Espalier::Plist
