// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistXmlWriter.h"

#include "core/plist/Plist.h"
#include "core/plist/PlistErrors.h"
#include "core/plist/PlistNode.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr char header[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n";

// XML 1.0 allows tab, LF and CR among the C0 controls, and neither U+FFFE nor U+FFFF.
bool isXmlCharacter(char16_t c)
{
    if (c < 0x20)
        return c == u'\t' || c == u'\n' || c == u'\r';
    return c != 0xFFFE && c != 0xFFFF;
}

// CoreFoundation's spellings for the IEEE specials; otherwise the shortest text that reads back
// as the same double.
QByteArray formatReal(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+infinity") : QByteArrayLiteral("-infinity");
    char buffer[32];
    const auto [end, error] = std::to_chars(std::begin(buffer), std::end(buffer), value);
    Q_ASSERT(error == std::errc());
    return QByteArray(buffer, end - buffer);
}

// Apple's XML dates have whole seconds; the fraction is dropped (rounding down, also before 1970).
QByteArray formatDate(qint64 unixMsecs)
{
    qint64 seconds = unixMsecs / 1000;
    if (unixMsecs % 1000 < 0)
        --seconds;
    const QDateTime dateTime = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    // QDate has no year 0: its year -1 (1 BC) is CoreFoundation's year 0.
    const int year = date.year() < 0 ? date.year() + 1 : date.year();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02dZ",
                             year,
                             date.month(),
                             date.day(),
                             time.hour(),
                             time.minute(),
                             time.second())
        .toLatin1();
}

} // namespace

Result<QByteArray> PlistXmlWriter::write(const QVariant &value)
{
    PlistXmlWriter writer;
    writer.m_out.reserve(1024);
    writer.m_out.append(header);
    if (Result<void> written = writer.writeValue(value, 0); !written)
        return tl::unexpected(written.error());
    writer.m_out.append("</plist>\n");
    return std::move(writer.m_out);
}

Result<void> PlistXmlWriter::writeValue(const QVariant &value, int level)
{
    const Result<PlistNode> node = PlistNode::fromVariant(value);
    if (!node)
        return tl::unexpected(node.error());
    const bool isContainer = node->type == PlistNode::Type::Dict
                             || node->type == PlistNode::Type::Array;
    if (isContainer && level + 1 > Plist::maxSupportedDepth)
        return PlistErrors::unrepresentable(
            u"more than %1 nested arrays and dicts"_s.arg(Plist::maxSupportedDepth));

    indent(level);
    switch (node->type) {
    case PlistNode::Type::Dict:
        if (node->dict.isEmpty()) {
            m_out.append("<dict/>\n");
            break;
        }
        m_out.append("<dict>\n");
        for (auto it = node->dict.cbegin(); it != node->dict.cend(); ++it) {
            indent(level + 1);
            m_out.append("<key>");
            if (Result<void> written = writeText(it.key()); !written)
                return written;
            m_out.append("</key>\n");
            if (Result<void> written = writeValue(it.value(), level + 1); !written)
                return written;
        }
        indent(level);
        m_out.append("</dict>\n");
        break;
    case PlistNode::Type::Array:
        if (node->array.isEmpty()) {
            m_out.append("<array/>\n");
            break;
        }
        m_out.append("<array>\n");
        for (const QVariant &item : node->array) {
            if (Result<void> written = writeValue(item, level + 1); !written)
                return written;
        }
        indent(level);
        m_out.append("</array>\n");
        break;
    case PlistNode::Type::String:
        m_out.append("<string>");
        if (Result<void> written = writeText(node->string); !written)
            return written;
        m_out.append("</string>\n");
        break;
    case PlistNode::Type::Integer:
        m_out += "<integer>" + QByteArray::number(node->integer) + "</integer>\n";
        break;
    case PlistNode::Type::UnsignedInteger:
        m_out += "<integer>" + QByteArray::number(node->unsignedInteger) + "</integer>\n";
        break;
    case PlistNode::Type::Real:
        m_out += "<real>" + formatReal(node->real) + "</real>\n";
        break;
    case PlistNode::Type::Boolean:
        m_out.append(node->integer ? "<true/>\n" : "<false/>\n");
        break;
    case PlistNode::Type::Date:
        m_out += "<date>" + formatDate(node->integer) + "</date>\n";
        break;
    case PlistNode::Type::Data:
        writeData(node->data, level);
        break;
    case PlistNode::Type::Uid:
        // XML has no UID element; CoreFoundation writes this dict and reads it back as a UID.
        m_out.append("<dict>\n");
        indent(level + 1);
        m_out.append("<key>CF$UID</key>\n");
        indent(level + 1);
        m_out += "<integer>" + QByteArray::number(node->unsignedInteger) + "</integer>\n";
        indent(level);
        m_out.append("</dict>\n");
        break;
    }
    return {};
}

Result<void> PlistXmlWriter::writeText(QStringView text)
{
    if (!PlistNode::isStorable(text))
        return PlistErrors::unrepresentable(
            u"a string or key contains U+0000 or an unpaired surrogate"_s);
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return isXmlCharacter(c.unicode()); }))
        return PlistErrors::unrepresentable(
            u"a string or key contains a control character XML cannot carry"_s);

    // CR is written as a reference: a raw one would read back as LF.
    const QByteArray utf8 = text.toUtf8();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char *replacement = nullptr;
        switch (utf8[i]) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '\r':
            replacement = "&#13;";
            break;
        default:
            continue;
        }
        m_out.append(utf8.constData() + runStart, i - runStart);
        m_out.append(replacement);
        runStart = i + 1;
    }
    m_out.append(utf8.constData() + runStart, utf8.size() - runStart);
    return {};
}

void PlistXmlWriter::writeData(const QByteArray &data, int level)
{
    // Python's plistlib layout: lines at the element's indentation, about 76 columns wide with a
    // tab counted as eight, and whole base64 quanta per line.
    const auto lineLength = qsizetype(std::max(16, 76 - 8 * level) / 4 * 4);
    const QByteArray encoded = data.toBase64();
    m_out.append("<data>\n");
    for (qsizetype start = 0; start < encoded.size(); start += lineLength) {
        indent(level);
        m_out.append(encoded.constData() + start, std::min(lineLength, encoded.size() - start));
        m_out.append('\n');
    }
    indent(level);
    m_out.append("</data>\n");
}

void PlistXmlWriter::indent(int level)
{
    m_out.append(level, '\t');
}

} // namespace Espalier
