// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/PlistXmlReader.h"

#include "core/plist/PlistErrors.h"
#include "core/plist/PlistNode.h"
#include "core/plist/PlistUid.h"

#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool isXmlSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Only XML's own whitespace: QStringView::trimmed() would also drop U+00A0 and friends.
QStringView trimmedXml(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isXmlSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isXmlSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// [+-]?digits or [+-]?0x hexdigits, as CoreFoundation reads them. Values from INT64_MIN to
// UINT64_MAX; non-negative values up to INT64_MAX become qint64, larger ones quint64.
std::optional<QVariant> parseInteger(QStringView text)
{
    QStringView digits = trimmedXml(text);
    bool negative = false;
    if (!digits.isEmpty() && (digits.front() == u'-' || digits.front() == u'+')) {
        negative = digits.front() == u'-';
        digits = digits.sliced(1);
    }
    quint64 base = 10;
    if (digits.size() > 2 && digits[0] == u'0' && (digits[1] == u'x' || digits[1] == u'X')) {
        base = 16;
        digits = digits.sliced(2);
    }
    if (digits.isEmpty())
        return std::nullopt;

    quint64 magnitude = 0;
    for (const QChar character : digits) {
        const char16_t c = character.unicode();
        quint64 digit = 0;
        if (isAsciiDigit(c))
            digit = c - u'0';
        else if (base == 16 && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (base == 16 && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        else
            return std::nullopt;
        if (magnitude > (std::numeric_limits<quint64>::max() - digit) / base)
            return std::nullopt;
        magnitude = magnitude * base + digit;
    }

    constexpr quint64 int64Max = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (magnitude > int64Max + 1)
            return std::nullopt;
        if (magnitude == int64Max + 1)
            return QVariant(std::numeric_limits<qint64>::min());
        return QVariant(-qint64(magnitude));
    }
    if (magnitude <= int64Max)
        return QVariant(qint64(magnitude));
    return QVariant(magnitude);
}

// Decimal reals with an optional exponent, plus the words CoreFoundation and Python write for
// the IEEE specials. A value that overflows or underflows a double is refused, not rounded.
std::optional<double> parseReal(QStringView text)
{
    const QStringView trimmed = trimmedXml(text);
    if (trimmed.compare(u"nan", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    for (const QStringView word : {u"inf", u"+inf", u"infinity", u"+infinity"}) {
        if (trimmed.compare(word, Qt::CaseInsensitive) == 0)
            return std::numeric_limits<double>::infinity();
    }
    for (const QStringView word : {u"-inf", u"-infinity"}) {
        if (trimmed.compare(word, Qt::CaseInsensitive) == 0)
            return -std::numeric_limits<double>::infinity();
    }

    qsizetype i = 0;
    const qsizetype size = trimmed.size();
    if (i < size && (trimmed[i] == u'+' || trimmed[i] == u'-'))
        ++i;
    qsizetype mantissaDigits = 0;
    while (i < size && isAsciiDigit(trimmed[i].unicode())) {
        ++i;
        ++mantissaDigits;
    }
    if (i < size && trimmed[i] == u'.') {
        ++i;
        while (i < size && isAsciiDigit(trimmed[i].unicode())) {
            ++i;
            ++mantissaDigits;
        }
    }
    if (mantissaDigits == 0)
        return std::nullopt;
    if (i < size && (trimmed[i] == u'e' || trimmed[i] == u'E')) {
        ++i;
        if (i < size && (trimmed[i] == u'+' || trimmed[i] == u'-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < size && isAsciiDigit(trimmed[i].unicode())) {
            ++i;
            ++exponentDigits;
        }
        if (exponentDigits == 0)
            return std::nullopt;
    }
    if (i != size)
        return std::nullopt;

    // from_chars is locale-independent but takes no leading '+'.
    const QByteArray ascii = trimmed.toLatin1();
    const char *begin = ascii.constData() + (ascii.startsWith('+') ? 1 : 0);
    const char *end = ascii.constData() + ascii.size();
    double value = 0;
    const auto [rest, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || rest != end)
        return std::nullopt;
    return value;
}

// Exactly YYYY-MM-DDTHH:MM:SSZ, the only form Apple writes; years 0000 to 9999, where 0000 is
// the year QDate calls -1 (1 BC).
std::optional<QDateTime> parseDate(QStringView text)
{
    const QStringView date = trimmedXml(text);
    if (date.size() != 20 || date[4] != u'-' || date[7] != u'-' || date[10] != u'T'
        || date[13] != u':' || date[16] != u':' || date[19] != u'Z')
        return std::nullopt;
    const auto number = [date](qsizetype from, qsizetype length) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            if (!isAsciiDigit(date[i].unicode()))
                return -1;
            value = value * 10 + (date[i].unicode() - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int qtYear = year == 0 ? -1 : year;
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59 || !QDate::isValid(qtYear, month, day))
        return std::nullopt;
    return QDateTime(QDate(qtYear, month, day), QTime(hour, minute, second), Qt::UTC);
}

bool isBase64Character(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || isAsciiDigit(c) || c == u'+'
           || c == u'/';
}

// Standard base64 with padding; whitespace anywhere (Apple wraps long data over lines).
std::optional<QByteArray> parseBase64(QStringView text)
{
    QByteArray encoded;
    encoded.reserve(text.size());
    qsizetype padding = 0;
    for (const QChar character : text) {
        const char16_t c = character.unicode();
        if (isXmlSpace(c))
            continue;
        if (c == u'=') {
            ++padding;
        } else if (!isBase64Character(c) || padding > 0) {
            return std::nullopt;
        }
        encoded.append(char(c));
    }
    if (encoded.size() % 4 != 0 || padding > 2)
        return std::nullopt;
    return QByteArray::fromBase64(encoded);
}

} // namespace

PlistXmlReader::PlistXmlReader(const QString &text, const Plist::Limits &limits)
    : m_xml(text)
    , m_limits(limits)
{}

Result<QVariant> PlistXmlReader::read(const QByteArray &data, const Plist::Limits &limits)
{
    // QXmlStreamReader quietly turns bad UTF-8 into U+FFFD, so the bytes are checked first, and
    // the reader is then given the decoded text (a declared encoding other than UTF-8 is
    // refused in readDocument()).
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return PlistErrors::malformed(u"the XML is not valid UTF-8"_s);
    PlistXmlReader reader(text, limits);
    return reader.readDocument();
}

Result<QVariant> PlistXmlReader::readDocument()
{
    std::optional<QVariant> root;
    while (true) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (!m_xml.documentEncoding().isEmpty()
                && m_xml.documentEncoding().compare(u"UTF-8", Qt::CaseInsensitive) != 0)
                return malformedHere(u"the XML declares an encoding other than UTF-8"_s);
            break;
        case QXmlStreamReader::DTD:
            // Only the plain plist DOCTYPE: an internal subset could declare entities (the
            // billion-laughs expansion) and is never part of a real plist.
            if (m_xml.dtdName() != u"plist" || !m_xml.entityDeclarations().isEmpty()
                || !m_xml.notationDeclarations().isEmpty() || m_xml.text().contains(u'['))
                return malformedHere(u"a DOCTYPE other than the plist one"_s);
            break;
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                return malformedHere(u"text outside <plist>"_s);
            break;
        case QXmlStreamReader::StartElement: {
            if (root)
                return malformedHere(u"a second root element"_s);
            if (m_xml.qualifiedName() != u"plist")
                return malformedHere(u"the root element is not <plist>"_s);
            Result<QVariant> value = readPlistElement();
            if (!value)
                return value;
            root = std::move(*value);
            break;
        }
        case QXmlStreamReader::EndDocument:
            if (!root)
                return malformedHere(u"no <plist> element"_s);
            return std::move(*root);
        default:
            return unexpectedToken();
        }
    }
}

Result<QVariant> PlistXmlReader::readPlistElement()
{
    std::optional<QVariant> value;
    while (true) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                return malformedHere(u"text inside <plist>"_s);
            break;
        case QXmlStreamReader::StartElement: {
            if (value)
                return malformedHere(u"more than one value inside <plist>"_s);
            Result<QVariant> parsed = readValue(0);
            if (!parsed)
                return parsed;
            value = std::move(*parsed);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!value)
                return malformedHere(u"an empty <plist>"_s);
            return std::move(*value);
        default:
            return unexpectedToken();
        }
    }
}

Result<QVariant> PlistXmlReader::readValue(int depth)
{
    if (Result<void> counted = countNode(); !counted)
        return tl::unexpected(counted.error());

    const QStringView name = m_xml.qualifiedName();
    if (name == u"dict")
        return readDict(depth);
    if (name == u"array")
        return readArray(depth);
    if (name == u"key")
        return malformedHere(u"a <key> outside a <dict>"_s);
    if (name != u"string" && name != u"integer" && name != u"real" && name != u"true"
        && name != u"false" && name != u"date" && name != u"data")
        return malformedHere(u"an unknown element <%1>"_s.arg(name.left(40)));

    const QString element = name.toString();
    Result<QString> text = readText();
    if (!text)
        return tl::unexpected(text.error());

    if (element == u"string") {
        if (Result<void> counted = countContent(text->size() * 2); !counted)
            return tl::unexpected(counted.error());
        return QVariant(*text);
    }
    if (element == u"integer") {
        if (std::optional<QVariant> integer = parseInteger(*text))
            return std::move(*integer);
        return malformedHere(u"an <integer> that is not a 64-bit integer"_s);
    }
    if (element == u"real") {
        if (const std::optional<double> real = parseReal(*text))
            return QVariant(*real);
        return malformedHere(u"a <real> that is not a number"_s);
    }
    if (element == u"true" || element == u"false") {
        if (!trimmedXml(*text).isEmpty())
            return malformedHere(u"text inside <%1>"_s.arg(element));
        return QVariant(element == u"true");
    }
    if (element == u"date") {
        if (const std::optional<QDateTime> date = parseDate(*text))
            return QVariant(*date);
        return malformedHere(u"a <date> not in the form YYYY-MM-DDTHH:MM:SSZ"_s);
    }
    std::optional<QByteArray> data = parseBase64(*text);
    if (!data)
        return malformedHere(u"<data> that is not valid base64"_s);
    if (Result<void> counted = countContent(data->size()); !counted)
        return tl::unexpected(counted.error());
    return QVariant(*data);
}

Result<QVariant> PlistXmlReader::readDict(int depth)
{
    if (depth + 1 > m_limits.maxDepth)
        return PlistErrors::tooDeep(
            u"line %1: more than %2 nested arrays and dicts"_s.arg(m_xml.lineNumber())
                .arg(m_limits.maxDepth));
    QVariantMap dict;
    std::optional<QString> key;
    while (true) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                return malformedHere(u"text inside <dict>"_s);
            break;
        case QXmlStreamReader::StartElement:
            if (m_xml.qualifiedName() == u"key") {
                if (key)
                    return malformedHere(u"a <key> without a value"_s);
                if (Result<void> counted = countNode(); !counted)
                    return tl::unexpected(counted.error());
                Result<QString> text = readText();
                if (!text)
                    return tl::unexpected(text.error());
                if (Result<void> counted = countContent(text->size() * 2); !counted)
                    return tl::unexpected(counted.error());
                if (dict.contains(*text))
                    return malformedHere(u"a key repeated in one <dict>"_s);
                key = std::move(*text);
            } else {
                if (!key)
                    return malformedHere(u"a value without a <key> in a <dict>"_s);
                Result<QVariant> value = readValue(depth + 1);
                if (!value)
                    return value;
                dict.insert(*key, *value);
                key.reset();
            }
            break;
        case QXmlStreamReader::EndElement:
            if (key)
                return malformedHere(u"a <key> without a value"_s);
            // CoreFoundation writes a UID as this one-entry dict, and reads it back as a UID.
            if (dict.size() == 1) {
                const auto uid = dict.constFind(u"CF$UID"_s);
                if (uid != dict.cend() && uid->typeId() == QMetaType::LongLong
                    && uid->toLongLong() >= 0 && quint64(uid->toLongLong()) <= PlistUid::maxValue)
                    return QVariant::fromValue(PlistUid{quint64(uid->toLongLong())});
            }
            return QVariant(dict);
        default:
            return unexpectedToken();
        }
    }
}

Result<QVariant> PlistXmlReader::readArray(int depth)
{
    if (depth + 1 > m_limits.maxDepth)
        return PlistErrors::tooDeep(
            u"line %1: more than %2 nested arrays and dicts"_s.arg(m_xml.lineNumber())
                .arg(m_limits.maxDepth));
    QVariantList array;
    while (true) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml.isWhitespace())
                return malformedHere(u"text inside <array>"_s);
            break;
        case QXmlStreamReader::StartElement: {
            Result<QVariant> value = readValue(depth + 1);
            if (!value)
                return value;
            array.append(std::move(*value));
            break;
        }
        case QXmlStreamReader::EndElement:
            return QVariant(array);
        default:
            return unexpectedToken();
        }
    }
}

Result<QString> PlistXmlReader::readText()
{
    QString text;
    while (true) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::Comment:
            break;
        case QXmlStreamReader::StartElement:
            return malformedHere(u"an element inside a <string>, <key> or other scalar"_s);
        case QXmlStreamReader::EndElement:
            return text;
        default:
            return unexpectedToken();
        }
    }
}

Result<void> PlistXmlReader::countNode()
{
    if (++m_nodes > m_limits.maxNodes)
        return PlistErrors::tooManyNodes(u"more than %1 values and keys"_s.arg(m_limits.maxNodes));
    return {};
}

Result<void> PlistXmlReader::countContent(qsizetype bytes)
{
    m_contentBytes += bytes;
    if (m_contentBytes > m_limits.maxContentBytes)
        return PlistErrors::tooLarge(
            u"more than %1 bytes of strings and data"_s.arg(m_limits.maxContentBytes));
    return {};
}

tl::unexpected<Error> PlistXmlReader::malformedHere(const QString &what) const
{
    return PlistErrors::malformed(
        u"line %1, column %2: %3"_s.arg(m_xml.lineNumber()).arg(m_xml.columnNumber()).arg(what));
}

tl::unexpected<Error> PlistXmlReader::unexpectedToken() const
{
    if (m_xml.hasError())
        return malformedHere(m_xml.errorString());
    switch (m_xml.tokenType()) {
    case QXmlStreamReader::EntityReference:
        return malformedHere(u"an undeclared entity"_s);
    case QXmlStreamReader::ProcessingInstruction:
        return malformedHere(u"a processing instruction"_s);
    default:
        return malformedHere(u"unexpected %1"_s.arg(m_xml.tokenString()));
    }
}

} // namespace Espalier
