// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plist/Plist.h"
#include "core/plist/PlistUid.h"
#include "tests/support/TestHelpers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <plist/plist.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr quint64 uint64Max = std::numeric_limits<quint64>::max();

QDateTime utc(
    int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC);
}

// NSDate's distantPast: 0000-12-30 as CoreFoundation counts years, QDate's -1-12-30.
QDateTime distantPast()
{
    return QDateTime::fromMSecsSinceEpoch((-63114076800 + 978307200) * qint64(1000), Qt::UTC);
}

QString typeName(const QVariant &value)
{
    return value.isValid() ? QString::fromLatin1(value.metaType().name()) : u"invalid"_s;
}

// Empty when actual has the same types and values as expected, all the way down; otherwise
// where they first differ. QVariant's == alone would call 5 (int) equal to 5 (quint64), NaN
// unequal to itself and -0.0 equal to 0.0.
QString difference(const QVariant &expected, const QVariant &actual, const QString &path = u"/"_s)
{
    if (expected.metaType() != actual.metaType())
        return u"%1: got a %2, expected a %3"_s.arg(path, typeName(actual), typeName(expected));
    switch (expected.typeId()) {
    case QMetaType::QVariantMap: {
        const QVariantMap expectedMap = expected.toMap();
        const QVariantMap actualMap = actual.toMap();
        if (expectedMap.keys() != actualMap.keys())
            return u"%1: keys [%2], expected [%3]"_s.arg(
                path, actualMap.keys().join(u", "), expectedMap.keys().join(u", "));
        for (auto it = expectedMap.cbegin(); it != expectedMap.cend(); ++it) {
            QString inner = difference(
                it.value(), actualMap.value(it.key()), path + it.key() + u'/');
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    case QMetaType::QVariantList: {
        const QVariantList expectedList = expected.toList();
        const QVariantList actualList = actual.toList();
        if (expectedList.size() != actualList.size())
            return u"%1: %2 items, expected %3"_s.arg(path)
                .arg(actualList.size())
                .arg(expectedList.size());
        for (qsizetype i = 0; i < expectedList.size(); ++i) {
            QString inner = difference(
                expectedList.at(i), actualList.at(i), path + QString::number(i) + u'/');
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    }
    case QMetaType::Double: {
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        if ((std::isnan(e) && std::isnan(a)) || (e == a && std::signbit(e) == std::signbit(a)))
            return {};
        return u"%1: %2, expected %3"_s.arg(path).arg(a, 0, 'g', 17).arg(e, 0, 'g', 17);
    }
    case QMetaType::QDateTime:
        if (actual.toDateTime().timeSpec() != Qt::UTC)
            return u"%1: a date that is not UTC"_s.arg(path);
        break;
    default:
        break;
    }
    if (expected != actual) {
        QString text;
        QDebug(&text) << actual << "expected" << expected;
        return u"%1: %2"_s.arg(path, text.left(300));
    }
    return {};
}

#define COMPARE_PLIST(actual, expected)                                                            \
    do {                                                                                           \
        const QString difference_ = difference((expected), (actual));                              \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                  \
    } while (false)

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("ESPALIER_SOURCE_DIR") + u"/tests/core/plist/data/"_s + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Plist::Format formatOf(bool binary)
{
    return binary ? Plist::Format::Binary : Plist::Format::Xml;
}

// Arrays and dicts in turn, depth levels deep, around the integer 1.
QVariant nested(int depth)
{
    QVariant value = qint64(1);
    for (int level = 1; level <= depth; ++level) {
        if (level % 2)
            value = QVariantList{value};
        else
            value = QVariantMap{{u"k"_s, value}};
    }
    return value;
}

// Every type, nested a little; its XML form has only whole-second dates so it survives both.
QVariantMap sample()
{
    return {
        {u"String"_s, u"Gr\u00fc\u00dfe <&> \U0001F34E"_s},
        {u"Integers"_s, QVariantList{qint64(0), qint64(-5), int64Min, int64Max, uint64Max}},
        {u"Real"_s, 2.5},
        {u"Flags"_s, QVariantList{true, false}},
        {u"Date"_s, utc(2024, 2, 29, 12, 34, 56)},
        {u"Data"_s, QByteArray("\x00\x01\xfe\xff", 4)},
        {u"Uid"_s, QVariant::fromValue(PlistUid{42})},
        {u"Nested"_s,
         QVariantMap{{u"Empty dict"_s, QVariantMap()},
                     {u"Empty array"_s, QVariantList()},
                     {u"List"_s, QVariantList{u"a"_s, u"b"_s, QVariantMap{{u"c"_s, 1.25}}}}}},
    };
}

// The value python/types.* hold (make_fixtures.py types_value()); XML has whole seconds.
QVariantMap pythonTypes(bool binary)
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    return {
        {u"String"_s, u"hello"_s},
        {u"Unicode"_s, u"Gr\u00fc\u00dfe, \u4e16\u754c \U0001F34E"_s},
        {u"Empty"_s, QString()},
        {u"Markup"_s, u"<a> & \"b\" 'c' ]]>"_s},
        {u"Zero"_s, qint64(0)},
        {u"Small"_s, qint64(42)},
        {u"Negative"_s, qint64(-5)},
        {u"Int64Min"_s, int64Min},
        {u"Int64Max"_s, int64Max},
        {u"Int64MaxPlusOne"_s, quint64(int64Max) + 1},
        {u"UInt64Max"_s, uint64Max},
        {u"Byte"_s, qint64(255)},
        {u"Short"_s, qint64(65535)},
        {u"Word"_s, qint64(4294967295)},
        {u"Real"_s, 3.14159},
        {u"NegativeReal"_s, -2.5e-10},
        {u"BigReal"_s, 1e300},
        {u"WholeReal"_s, 2.0},
        {u"True"_s, true},
        {u"False"_s, false},
        {u"Date"_s, utc(2024, 2, 29, 12, 34, 56)},
        {u"PreciseDate"_s, utc(2020, 1, 2, 3, 4, 5, binary ? 678 : 0)},
        {u"OldDate"_s, utc(1900, 1, 1)},
        {u"FarDate"_s, utc(4001, 1, 1)},
        {u"Data"_s, bytes},
        {u"EmptyData"_s, QByteArray()},
        {u"Array"_s, QVariantList{qint64(1), u"two"_s, QVariantList{3.0}, QVariantMap()}},
        {u"EmptyArray"_s, QVariantList()},
        {u"Dict"_s, QVariantMap{{u"Nested"_s, QVariantMap{{u"Deeper"_s, QVariantList{true}}}}}},
        {u"EmptyDict"_s, QVariantMap()},
    };
}

void appendBigEndian(QByteArray &out, quint64 value, int size)
{
    for (int shift = (size - 1) * 8; shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xFF));
}

// A binary plist assembled from raw objects, for input our writer would never produce.
QByteArray rawBinaryPlist(const QList<QByteArray> &objects)
{
    QByteArray out("bplist00");
    QList<quint64> offsets;
    for (const QByteArray &object : objects) {
        offsets.append(quint64(out.size()));
        out.append(object);
    }
    const quint64 tableOffset = quint64(out.size());
    for (const quint64 offset : offsets)
        appendBigEndian(out, offset, 4);
    out.append(6, '\0');
    out.append(char(4));
    out.append(char(4));
    appendBigEndian(out, quint64(objects.size()), 8);
    appendBigEndian(out, 0, 8);
    appendBigEndian(out, tableOffset, 8);
    return out;
}

QByteArray ref(quint64 index)
{
    QByteArray out;
    appendBigEndian(out, index, 4);
    return out;
}

// Chain of count arrays, each holding the next: nesting count deep with count objects.
QByteArray deepBinaryPlist(int count)
{
    QList<QByteArray> objects;
    objects.reserve(count);
    for (int i = 0; i < count - 1; ++i)
        objects.append(QByteArray(1, char(0xA1)) + ref(quint64(i) + 1));
    objects.append(QByteArray(1, char(0xA0)));
    return rawBinaryPlist(objects);
}

struct PlistFree
{
    void operator()(void *node) const { plist_free(node); }
};

} // namespace

class tst_Plist : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("ESPALIER_SOURCE_DIR"),
                 "run through ctest, which points ESPALIER_SOURCE_DIR at the sources");
        QVERIFY2(QDir(dataPath(u"malformed"_s)).exists(), qPrintable(dataPath(u"malformed"_s)));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QVariant>("value");

        QTest::newRow("string") << QVariant(u"hello"_s);
        QTest::newRow("empty string") << QVariant(QString());
        QTest::newRow("unicode string")
            << QVariant(u"Gr\u00fc\u00dfe, \u4e16\u754c \U0001F34E \u05e9\u05dc\u05d5\u05dd"_s);
        QTest::newRow("markup string") << QVariant(u"<a href=\"x\">&amp; ]]> '</a>"_s);
        QTest::newRow("line breaks") << QVariant(u"a\r\nb\tc\rd\n"_s);
        QTest::newRow("surrounding spaces") << QVariant(u"  padded  "_s);
        QTest::newRow("long string") << QVariant(QString(100000, u'\u00e9'));
        QTest::newRow("zero") << QVariant(qint64(0));
        QTest::newRow("-5") << QVariant(qint64(-5));
        QTest::newRow("-1") << QVariant(qint64(-1));
        QTest::newRow("255") << QVariant(qint64(255));
        QTest::newRow("256") << QVariant(qint64(256));
        QTest::newRow("65536") << QVariant(qint64(65536));
        QTest::newRow("2^32") << QVariant(qint64(4294967296));
        QTest::newRow("INT32_MIN") << QVariant(qint64(std::numeric_limits<qint32>::min()));
        QTest::newRow("INT64_MIN") << QVariant(int64Min);
        QTest::newRow("INT64_MAX") << QVariant(int64Max);
        QTest::newRow("INT64_MAX+1") << QVariant(quint64(int64Max) + 1);
        QTest::newRow("UINT64_MAX") << QVariant(uint64Max);
        QTest::newRow("real") << QVariant(3.14159);
        QTest::newRow("real zero") << QVariant(0.0);
        QTest::newRow("negative zero") << QVariant(-0.0);
        QTest::newRow("one third") << QVariant(1.0 / 3.0);
        QTest::newRow("huge real") << QVariant(1e300);
        QTest::newRow("tiny real") << QVariant(5e-324);
        QTest::newRow("negative real") << QVariant(-2.5e-10);
        QTest::newRow("whole real") << QVariant(1e21);
        QTest::newRow("nan") << QVariant(std::numeric_limits<double>::quiet_NaN());
        QTest::newRow("infinity") << QVariant(std::numeric_limits<double>::infinity());
        QTest::newRow("-infinity") << QVariant(-std::numeric_limits<double>::infinity());
        QTest::newRow("true") << QVariant(true);
        QTest::newRow("false") << QVariant(false);
        QTest::newRow("date at the 2001 epoch") << QVariant(utc(2001, 1, 1));
        QTest::newRow("date") << QVariant(utc(2024, 2, 29, 12, 34, 56));
        QTest::newRow("date 1970") << QVariant(utc(1970, 1, 1));
        QTest::newRow("date before 2001") << QVariant(utc(1999, 12, 31, 23, 59, 59));
        QTest::newRow("date before 1901") << QVariant(utc(1850, 6, 15, 8, 0, 1));
        QTest::newRow("date year 1") << QVariant(utc(1, 1, 1));
        QTest::newRow("distant past") << QVariant(distantPast());
        QTest::newRow("date after 2038") << QVariant(utc(2040, 1, 19, 3, 14, 8));
        QTest::newRow("date after 2069") << QVariant(utc(2100, 3, 1));
        QTest::newRow("distant future") << QVariant(utc(4001, 1, 1));
        QTest::newRow("date year 9999") << QVariant(utc(9999, 12, 31, 23, 59, 59));
        QTest::newRow("empty data") << QVariant(QByteArray());
        QTest::newRow("data") << QVariant(QByteArray("\x00\x01\x02\xff", 4));
        QByteArray blob(1 << 20, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : blob)
            byte = char(generator.bounded(256));
        QTest::newRow("1 MiB data") << QVariant(blob);
        QTest::newRow("uid 0") << QVariant::fromValue(PlistUid{0});
        QTest::newRow("uid 70000") << QVariant::fromValue(PlistUid{70000});
        QTest::newRow("uid max") << QVariant::fromValue(PlistUid{PlistUid::maxValue});
        QTest::newRow("empty dict") << QVariant(QVariantMap());
        QTest::newRow("empty array") << QVariant(QVariantList());
        QTest::newRow("dict with unicode and markup keys")
            << QVariant(QVariantMap{{u"\u00e9t\u00e9"_s, qint64(1)},
                                    {u"<&>"_s, qint64(2)},
                                    {QString(), qint64(3)},
                                    {u"\U0001F34E"_s, qint64(4)}});
        QTest::newRow("array of everything")
            << QVariant(QVariantList{u"s"_s,
                                     qint64(1),
                                     uint64Max,
                                     1.5,
                                     true,
                                     utc(2020, 5, 6),
                                     QByteArray("x"),
                                     QVariant::fromValue(PlistUid{3}),
                                     QVariantList(),
                                     QVariantMap()});
        QTest::newRow("nested") << QVariant(sample());
        QTest::newRow("equal strings and keys")
            << QVariant(QVariantMap{{u"a"_s, u"a"_s},
                                    {u"b"_s, QVariantList{u"a"_s, u"b"_s, u"a"_s}},
                                    {u"c"_s, QVariantMap{{u"a"_s, u"c"_s}}}});
        QVariantList many;
        for (int i = 0; i < 1000; ++i)
            many.append(QVariantMap{{u"Index"_s, qint64(i)}, {u"Name"_s, u"Item %1"_s.arg(i)}});
        QTest::newRow("over 255 objects") << QVariant(many);
    }

    void roundTrip()
    {
        QFETCH(QVariant, value);
        for (const bool binary : {false, true}) {
            const Plist::Format format = formatOf(binary);
            const Result<QByteArray> bytes = Plist::serialize(value, format);
            QVERIFY_RESULT(bytes);
            QVERIFY(Plist::detectFormat(*bytes) == format);
            const Result<QVariant> parsed = Plist::parse(*bytes);
            QVERIFY_RESULT(parsed);
            COMPARE_PLIST(*parsed, value);
        }
    }

    void integerEncodings_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("binaryObject");
        QTest::addColumn<QByteArray>("xmlText");

        QTest::newRow("0") << QVariant(qint64(0)) << QByteArray("1000") << QByteArray("0");
        QTest::newRow("255") << QVariant(qint64(255)) << QByteArray("10ff") << QByteArray("255");
        QTest::newRow("256") << QVariant(qint64(256)) << QByteArray("110100") << QByteArray("256");
        QTest::newRow("65536") << QVariant(qint64(65536)) << QByteArray("1200010000")
                               << QByteArray("65536");
        QTest::newRow("2^32") << QVariant(qint64(4294967296)) << QByteArray("130000000100000000")
                              << QByteArray("4294967296");
        QTest::newRow("-5") << QVariant(qint64(-5)) << QByteArray("13fffffffffffffffb")
                            << QByteArray("-5");
        QTest::newRow("INT64_MIN") << QVariant(int64Min) << QByteArray("138000000000000000")
                                   << QByteArray("-9223372036854775808");
        QTest::newRow("INT64_MAX") << QVariant(int64Max) << QByteArray("137fffffffffffffff")
                                   << QByteArray("9223372036854775807");
        QTest::newRow("INT64_MAX+1")
            << QVariant(quint64(int64Max) + 1) << QByteArray("1400000000000000008000000000000000")
            << QByteArray("9223372036854775808");
        QTest::newRow("UINT64_MAX")
            << QVariant(uint64Max) << QByteArray("140000000000000000ffffffffffffffff")
            << QByteArray("18446744073709551615");
        // Small unsigned values are ordinary integers: quint64 only above INT64_MAX.
        QTest::newRow("quint64 7") << QVariant(quint64(7)) << QByteArray("1007") << QByteArray("7");
    }

    // The forms CoreFoundation and Python read: 8-byte two's complement for negatives, the
    // 16-byte form above INT64_MAX, a plain decimal in XML.
    void integerEncodings()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, binaryObject);
        QFETCH(QByteArray, xmlText);

        const Result<QByteArray> binary = Plist::toBinary(value);
        QVERIFY_RESULT(binary);
        const QByteArray object = QByteArray::fromHex(binaryObject);
        QCOMPARE(binary->mid(8, object.size()).toHex(), binaryObject);
        QCOMPARE(binary->size(), 8 + object.size() + 1 + 32);

        const Result<QByteArray> xml = Plist::toXml(value);
        QVERIFY_RESULT(xml);
        QVERIFY(xml->contains(QByteArray("\n<integer>" + xmlText + "</integer>\n")));
    }

    void binaryKeepsMilliseconds_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::newRow("after 2001") << utc(2024, 5, 6, 7, 8, 9, 123);
        QTest::newRow("before 2001") << utc(1999, 12, 31, 23, 59, 59, 999);
        QTest::newRow("before 1970") << utc(1969, 7, 20, 20, 17, 40, 1);
        QTest::newRow("far future") << utc(3000, 1, 1, 0, 0, 0, 500);
    }

    void binaryKeepsMilliseconds()
    {
        QFETCH(QDateTime, date);
        const Result<QByteArray> bytes = Plist::toBinary(date);
        QVERIFY_RESULT(bytes);
        const Result<QVariant> parsed = Plist::parse(*bytes);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, QVariant(date));
    }

    void xmlDatesDropTheFraction_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("readBack");
        QTest::newRow("after 2001")
            << utc(2024, 5, 6, 7, 8, 9, 999) << QByteArray("2024-05-06T07:08:09Z")
            << utc(2024, 5, 6, 7, 8, 9);
        QTest::newRow("before 1970 rounds down")
            << utc(1969, 12, 31, 23, 59, 59, 500) << QByteArray("1969-12-31T23:59:59Z")
            << utc(1969, 12, 31, 23, 59, 59);
        QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0, 1) << QByteArray("0001-01-01T00:00:00Z")
                                << utc(1, 1, 1);
        QTest::newRow("distant past, year 0")
            << distantPast() << QByteArray("0000-12-30T00:00:00Z") << distantPast();
    }

    void xmlDatesDropTheFraction()
    {
        QFETCH(QDateTime, date);
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, readBack);
        const Result<QByteArray> xml = Plist::toXml(date);
        QVERIFY_RESULT(xml);
        QVERIFY2(xml->contains(QByteArray("<date>" + text + "</date>")), xml->constData());
        const Result<QVariant> parsed = Plist::parse(*xml);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, QVariant(readBack));
    }

    void convertsOtherVariantTypes_data()
    {
        QTest::addColumn<QVariant>("input");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("int") << QVariant(-7) << QVariant(qint64(-7));
        QTest::newRow("uint") << QVariant(7u) << QVariant(qint64(7));
        QTest::newRow("short") << QVariant::fromValue(short(-300)) << QVariant(qint64(-300));
        QTest::newRow("unsigned short")
            << QVariant::fromValue(ushort(60000)) << QVariant(qint64(60000));
        QTest::newRow("long") << QVariant::fromValue(long(-9)) << QVariant(qint64(-9));
        QTest::newRow("qlonglong") << QVariant(qlonglong(-1)) << QVariant(qint64(-1));
        QTest::newRow("small qulonglong") << QVariant(qulonglong(9)) << QVariant(qint64(9));
        QTest::newRow("uint32 max")
            << QVariant(std::numeric_limits<quint32>::max()) << QVariant(qint64(4294967295));
        QTest::newRow("float") << QVariant(1.5f) << QVariant(1.5);
        QTest::newRow("QDate") << QVariant(QDate(2020, 5, 6)) << QVariant(utc(2020, 5, 6));
        QTest::newRow("offset date")
            << QVariant(QDateTime(QDate(2020, 5, 6), QTime(12, 0), Qt::OffsetFromUTC, 7200))
            << QVariant(utc(2020, 5, 6, 10));
        QTest::newRow("QVariantHash")
            << QVariant(QVariantHash{{u"b"_s, 2}, {u"a"_s, 1}})
            << QVariant(QVariantMap{{u"a"_s, qint64(1)}, {u"b"_s, qint64(2)}});
        QTest::newRow("QStringList")
            << QVariant(QStringList{u"x"_s, u"y"_s}) << QVariant(QVariantList{u"x"_s, u"y"_s});
        QTest::newRow("nested conversions")
            << QVariant(QVariantMap{{u"list"_s, QVariantList{1, 2u, 3.5f}}})
            << QVariant(QVariantMap{{u"list"_s, QVariantList{qint64(1), qint64(2), 3.5}}});
    }

    void convertsOtherVariantTypes()
    {
        QFETCH(QVariant, input);
        QFETCH(QVariant, expected);
        for (const bool binary : {false, true}) {
            const Result<QByteArray> bytes = Plist::serialize(input, formatOf(binary));
            QVERIFY_RESULT(bytes);
            const Result<QVariant> parsed = Plist::parse(*bytes);
            QVERIFY_RESULT(parsed);
            COMPARE_PLIST(*parsed, expected);
        }
    }

    void refusesUnstorableValues_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<Error::Code>("code");

        QTest::newRow("invalid QVariant") << QVariant() << Error::Code::Unsupported;
        QTest::newRow("QObject pointer")
            << QVariant::fromValue(static_cast<QObject *>(this)) << Error::Code::Unsupported;
        QTest::newRow("QUrl") << QVariant(QUrl(u"https://example.com"_s))
                              << Error::Code::Unsupported;
        QTest::newRow("nullptr") << QVariant::fromValue(nullptr) << Error::Code::Unsupported;
        QTest::newRow("unsupported value inside a dict")
            << QVariant(QVariantMap{{u"ok"_s, 1}, {u"bad"_s, QVariantList{QVariant()}}})
            << Error::Code::Unsupported;
        QTest::newRow("invalid date") << QVariant(QDateTime()) << Error::Code::InvalidInput;
        QTest::newRow("invalid QDate") << QVariant(QDate()) << Error::Code::InvalidInput;
        QTest::newRow("year 10000") << QVariant(utc(10000, 1, 1)) << Error::Code::InvalidInput;
        QTest::newRow("before year 0")
            << QVariant(utc(-2, 12, 31, 23, 59, 59)) << Error::Code::InvalidInput;
        QTest::newRow("unpaired surrogate")
            << QVariant(QString(QChar(0xD800))) << Error::Code::InvalidInput;
        QTest::newRow("U+0000 in a string")
            << QVariant(QString(u"a"_s + QChar(0) + u"b"_s)) << Error::Code::InvalidInput;
        QTest::newRow("U+0000 in a key")
            << QVariant(QVariantMap{{QString(u"a"_s + QChar(0)), 1}}) << Error::Code::InvalidInput;
        QTest::newRow("unpaired surrogate in a key")
            << QVariant(QVariantMap{{QString(QChar(0xDC00)), 1}}) << Error::Code::InvalidInput;
        QTest::newRow("UID above 32 bits")
            << QVariant::fromValue(PlistUid{PlistUid::maxValue + 1}) << Error::Code::InvalidInput;
        QTest::newRow("deeper than supported")
            << nested(Plist::maxSupportedDepth + 1) << Error::Code::InvalidInput;
    }

    void refusesUnstorableValues()
    {
        QFETCH(QVariant, value);
        QFETCH(Error::Code, code);
        QVERIFY_FAILS_WITH(Plist::toXml(value), code);
        QVERIFY_FAILS_WITH(Plist::toBinary(value), code);
    }

    // XML 1.0 cannot carry most C0 controls; binary can, so only the XML writer refuses them.
    void xmlRefusesControlCharacters()
    {
        const QVariant value(u"bell\u0007 and escape\u001b"_s);
        QVERIFY_FAILS_WITH(Plist::toXml(value), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Plist::toXml(QVariantMap{{u"key\u0001"_s, 1}}),
                           Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Plist::toXml(QString(QChar(0xFFFE))), Error::Code::InvalidInput);

        const Result<QByteArray> binary = Plist::toBinary(value);
        QVERIFY_RESULT(binary);
        const Result<QVariant> parsed = Plist::parse(*binary);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, value);
    }

    // Byte for byte what Python's plistlib (and Apple's tools) write for the same value.
    void xmlLayoutMatchesApple()
    {
        const QVariantMap value{
            {u"Name"_s, u"Caf\u00e9 & <Bar>"_s},
            {u"Count"_s, 3},
            {u"Items"_s, QVariantList{true, 1.5, QVariantMap()}},
            {u"Blob"_s, QByteArray("\x00\x01\x02", 3)},
            {u"When"_s, utc(2024, 1, 2, 3, 4, 5)},
            {u"Empty"_s, QVariantList()},
        };
        const QByteArray expected = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                    "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                    "<plist version=\"1.0\">\n"
                                    "<dict>\n"
                                    "\t<key>Blob</key>\n"
                                    "\t<data>\n"
                                    "\tAAEC\n"
                                    "\t</data>\n"
                                    "\t<key>Count</key>\n"
                                    "\t<integer>3</integer>\n"
                                    "\t<key>Empty</key>\n"
                                    "\t<array/>\n"
                                    "\t<key>Items</key>\n"
                                    "\t<array>\n"
                                    "\t\t<true/>\n"
                                    "\t\t<real>1.5</real>\n"
                                    "\t\t<dict/>\n"
                                    "\t</array>\n"
                                    "\t<key>Name</key>\n"
                                    "\t<string>Caf\xc3\xa9 &amp; &lt;Bar&gt;</string>\n"
                                    "\t<key>When</key>\n"
                                    "\t<date>2024-01-02T03:04:05Z</date>\n"
                                    "</dict>\n"
                                    "</plist>\n";
        const Result<QByteArray> xml = Plist::toXml(value);
        QVERIFY_RESULT(xml);
        QCOMPARE(*xml, expected);
    }

    void xmlWrapsLongData()
    {
        const Result<QByteArray> xml = Plist::toXml(QVariantMap{{u"Blob"_s, QByteArray(100, 'x')}});
        QVERIFY_RESULT(xml);
        // Inside the dict the data sits at one tab: 68 base64 characters (51 bytes) a line.
        const QByteArray encoded = QByteArray(100, 'x').toBase64();
        const QByteArray expected = "\t<data>\n\t" + encoded.left(68) + "\n\t" + encoded.mid(68)
                                    + "\n\t</data>\n";
        QVERIFY2(xml->contains(expected), xml->constData());
        const Result<QVariant> parsed = Plist::parse(*xml);
        QVERIFY_RESULT(parsed);
        QCOMPARE(parsed->toMap().value(u"Blob"_s).toByteArray(), QByteArray(100, 'x'));
    }

    void xmlEscapesCarriageReturn()
    {
        const Result<QByteArray> xml = Plist::toXml(u"a\rb"_s);
        QVERIFY_RESULT(xml);
        QVERIFY(xml->contains("<string>a&#13;b</string>"));
    }

    // Python's plistlib writes exactly these bytes for {"a": 1}.
    void binaryLayoutMatchesPython()
    {
        const Result<QByteArray> binary = Plist::toBinary(QVariantMap{{u"a"_s, 1}});
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->toHex(),
                 QByteArray("62706c6973743030d1010251611001080b0d0000000000000101000000000000"
                            "00030000000000000000000000000000000f"));
    }

    void binaryStoresEqualStringsOnce()
    {
        const QVariantList repeated(50, u"com.apple.mgmt.External"_s);
        const Result<QByteArray> binary = Plist::toBinary(repeated);
        QVERIFY_RESULT(binary);
        QCOMPARE(binary->count("com.apple.mgmt.External"), qsizetype(1));
    }

    void crossFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fromBinary");
        QTest::newRow("python XML to binary") << u"python/types.xml"_s << false;
        QTest::newRow("python binary to XML") << u"python/types.bin"_s << true;
    }

    // XML -> QVariant -> binary -> QVariant, and the other way round.
    void crossFormat()
    {
        QFETCH(QString, file);
        QFETCH(bool, fromBinary);
        const Result<QVariant> original = Plist::parse(readData(file));
        QVERIFY_RESULT(original);
        const Result<QByteArray> converted = Plist::serialize(*original, formatOf(!fromBinary));
        QVERIFY_RESULT(converted);
        const Result<QVariant> parsed = Plist::parse(*converted);
        QVERIFY_RESULT(parsed);
        // XML carries whole seconds only, so binary -> XML loses the milliseconds.
        COMPARE_PLIST(*parsed, QVariant(pythonTypes(false)));
        if (!fromBinary)
            COMPARE_PLIST(*parsed, *original);
    }

    void readsPythonFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("binary");
        QTest::newRow("XML") << u"python/types.xml"_s << false;
        QTest::newRow("binary") << u"python/types.bin"_s << true;
    }

    void readsPythonFixtures()
    {
        QFETCH(QString, file);
        QFETCH(bool, binary);
        const QByteArray data = readData(file);
        QVERIFY(!data.isEmpty());
        QVERIFY(Plist::detectFormat(data) == formatOf(binary));
        const Result<QVariant> parsed = Plist::parse(data);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, QVariant(pythonTypes(binary)));
    }

    void readsPythonUids()
    {
        const Result<QVariant> parsed = Plist::parse(readData(u"python/uids.bin"_s));
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed,
                      QVariant(QVariantMap{
                          {u"Ref"_s, QVariant::fromValue(PlistUid{1})},
                          {u"Big"_s, QVariant::fromValue(PlistUid{70000})},
                          {u"Max"_s, QVariant::fromValue(PlistUid{PlistUid::maxValue})},
                      }));
    }

    // 2-byte references and 4-byte offsets, as Python writes for over 255 objects and 64 KiB.
    void readsLargePythonFixture()
    {
        const QByteArray data = readData(u"python/large.bin"_s);
        QVERIFY(data.size() > 65536);
        QCOMPARE(int(data.at(data.size() - 26)), 4); // offset size
        QCOMPARE(int(data.at(data.size() - 25)), 2); // reference size
        QVariantList items;
        for (int i = 0; i < 300; ++i)
            items.append(QVariantMap{{u"Index"_s, qint64(i)}, {u"Name"_s, u"Item %1"_s.arg(i)}});
        QByteArray blob;
        for (int i = 0; i < 70000; ++i)
            blob.append(char(i % 251));
        const Result<QVariant> parsed = Plist::parse(data);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, QVariant(QVariantMap{{u"Items"_s, items}, {u"Blob"_s, blob}}));
    }

    // libplist's own writer: 3-byte offsets past 64 KiB, and its XML layout.
    void readsLibplistOutput()
    {
        QByteArray blob;
        for (int i = 0; i < 70000; ++i)
            blob.append(char(i % 253));
        const std::unique_ptr<void, PlistFree> dict(plist_new_dict());
        plist_dict_set_item(dict.get(), "String", plist_new_string("h\xc3\xa9llo"));
        plist_dict_set_item(dict.get(), "Integer", plist_new_uint(42));
        plist_dict_set_item(dict.get(), "Negative", plist_new_uint(uint64_t(-5)));
        plist_dict_set_item(dict.get(), "Real", plist_new_real(0.5));
        plist_dict_set_item(dict.get(), "Bool", plist_new_bool(1));
        plist_dict_set_item(dict.get(), "Date", plist_new_date(86400, 250000));
        plist_dict_set_item(dict.get(), "Data", plist_new_data(blob.constData(), 70000));
        plist_dict_set_item(dict.get(), "Uid", plist_new_uid(7));
        plist_t array = plist_new_array();
        for (int i = 0; i < 300; ++i)
            plist_array_append_item(array, plist_new_string(QByteArray::number(i).constData()));
        plist_dict_set_item(dict.get(), "Array", array);

        QVariantList strings;
        for (int i = 0; i < 300; ++i)
            strings.append(QString::number(i));
        QVariantMap expected{
            {u"String"_s, u"h\u00e9llo"_s},
            {u"Integer"_s, qint64(42)},
            {u"Negative"_s, qint64(-5)},
            {u"Real"_s, 0.5},
            {u"Bool"_s, true},
            {u"Date"_s, utc(2001, 1, 2, 0, 0, 0, 250)},
            {u"Data"_s, blob},
            {u"Uid"_s, QVariant::fromValue(PlistUid{7})},
            {u"Array"_s, strings},
        };

        char *bytes = nullptr;
        uint32_t length = 0;
        plist_to_bin(dict.get(), &bytes, &length);
        QVERIFY(bytes);
        const QByteArray binary(bytes, qsizetype(length));
        plist_to_bin_free(bytes);
        QCOMPARE(int(binary.at(binary.size() - 26)), 3); // offset size
        const Result<QVariant> fromBinary = Plist::parse(binary);
        QVERIFY_RESULT(fromBinary);
        COMPARE_PLIST(*fromBinary, QVariant(expected));

        plist_to_xml(dict.get(), &bytes, &length);
        QVERIFY(bytes);
        const QByteArray xml(bytes, qsizetype(length));
        plist_to_xml_free(bytes);
        const Result<QVariant> fromXml = Plist::parse(xml);
        QVERIFY_RESULT(fromXml);
        expected.insert(u"Date"_s, utc(2001, 1, 2));
        COMPARE_PLIST(*fromXml, QVariant(expected));
    }

    void readsAppleCheckIn_data()
    {
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void readsAppleCheckIn()
    {
        QFETCH(QByteArray, lineBreak);
        QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
              "<plist version=\"1.0\">\n"
              "<dict>\n"
              "\t<key>AwaitingConfiguration</key>\n"
              "\t<false/>\n"
              "\t<key>MessageType</key>\n"
              "\t<string>TokenUpdate</string>\n"
              "\t<key>PushMagic</key>\n"
              "\t<string>7D4C2A8E-5F1B-4C3D-9E2A-0B1C2D3E4F50</string>\n"
              "\t<key>Token</key>\n"
              "\t<data>\n"
              "\t3q2+796tvu/erb7v3q2+796tvu/erb7v3q2+796tvu8=\n"
              "\t</data>\n"
              "\t<key>Topic</key>\n"
              "\t<string>com.apple.mgmt.External.0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0</string>\n"
              "\t<key>UDID</key>\n"
              "\t<string>00008110-000A11223344556E</string>\n"
              "\t<!-- comments are allowed -->\n"
              "\t<key>UnlockToken</key>\n"
              "\t<data>\n"
              "\tAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEy\n"
              "\tMzQ1Njc4OTo7PD0+Pw==\n"
              "\t</data>\n"
              "</dict>\n"
              "</plist>\n";
        xml.replace("\n", lineBreak);
        QByteArray unlock;
        for (int i = 0; i < 64; ++i)
            unlock.append(char(i));
        const Result<QVariant> parsed = Plist::parse(xml);
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(
            *parsed,
            QVariant(QVariantMap{
                {u"AwaitingConfiguration"_s, false},
                {u"MessageType"_s, u"TokenUpdate"_s},
                {u"PushMagic"_s, u"7D4C2A8E-5F1B-4C3D-9E2A-0B1C2D3E4F50"_s},
                {u"Token"_s, QByteArray::fromHex("deadbeef").repeated(8)},
                {u"Topic"_s, u"com.apple.mgmt.External.0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"_s},
                {u"UDID"_s, u"00008110-000A11223344556E"_s},
                {u"UnlockToken"_s, unlock},
            }));
    }

    // Forms other writers use that are still unambiguous.
    void readsLenientButUnambiguousXml_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("hex integer")
            << QByteArray("<integer>0x1F</integer>") << QVariant(qint64(31));
        QTest::newRow("negative hex integer")
            << QByteArray("<integer>-0x10</integer>") << QVariant(qint64(-16));
        QTest::newRow("plus sign") << QByteArray("<integer>+7</integer>") << QVariant(qint64(7));
        QTest::newRow("whitespace around integer")
            << QByteArray("<integer>\n 12 \n</integer>") << QVariant(qint64(12));
        QTest::newRow("-0") << QByteArray("<integer>-0</integer>") << QVariant(qint64(0));
        QTest::newRow("real exponent") << QByteArray("<real>1.5E3</real>") << QVariant(1500.0);
        QTest::newRow("real without fraction digits")
            << QByteArray("<real>2.</real>") << QVariant(2.0);
        QTest::newRow("real leading dot") << QByteArray("<real>.25</real>") << QVariant(0.25);
        QTest::newRow("real integer form") << QByteArray("<real>7</real>") << QVariant(7.0);
        QTest::newRow("real inf") << QByteArray("<real>inf</real>")
                                  << QVariant(std::numeric_limits<double>::infinity());
        QTest::newRow("real -infinity") << QByteArray("<real>-Infinity</real>")
                                        << QVariant(-std::numeric_limits<double>::infinity());
        QTest::newRow("true with end tag") << QByteArray("<true></true>") << QVariant(true);
        QTest::newRow("empty string element") << QByteArray("<string/>") << QVariant(QString());
        QTest::newRow("CDATA") << QByteArray("<string><![CDATA[<not markup>]]></string>")
                               << QVariant(u"<not markup>"_s);
        QTest::newRow("character references")
            << QByteArray("<string>&#x41;&#66;&quot;</string>") << QVariant(u"AB\""_s);
        QTest::newRow("comment inside string")
            << QByteArray("<string>a<!-- x -->b</string>") << QVariant(u"ab"_s);
        QTest::newRow("base64 split over lines")
            << QByteArray("<data>\n\tQU\n\tJD\n</data>") << QVariant(QByteArray("ABC"));
        QTest::newRow("empty data") << QByteArray("<data></data>") << QVariant(QByteArray());
        QTest::newRow("CF$UID dict") << QByteArray("<dict><key>CF$UID</key><integer>5</integer>"
                                                   "</dict>")
                                     << QVariant::fromValue(PlistUid{5});
        QTest::newRow("CF$UID beyond 32 bits stays a dict")
            << QByteArray("<dict><key>CF$UID</key><integer>4294967296</integer></dict>")
            << QVariant(QVariantMap{{u"CF$UID"_s, qint64(4294967296)}});
        QTest::newRow("CF$UID with a string stays a dict")
            << QByteArray("<dict><key>CF$UID</key><string>5</string></dict>")
            << QVariant(QVariantMap{{u"CF$UID"_s, u"5"_s}});
    }

    void readsLenientButUnambiguousXml()
    {
        QFETCH(QByteArray, body);
        QFETCH(QVariant, expected);
        // No XML declaration and no DOCTYPE: both are optional.
        const Result<QVariant> parsed = Plist::parse(QByteArray("<plist>" + body + "</plist>"));
        QVERIFY_RESULT(parsed);
        COMPARE_PLIST(*parsed, expected);
    }

    void detectFormat_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format"); // -1 when nothing is recognised

        QTest::newRow("binary") << QByteArray("bplist00\x09") << int(Plist::Format::Binary);
        QTest::newRow("XML declaration")
            << QByteArray("<?xml version=\"1.0\"?><plist/>") << int(Plist::Format::Xml);
        QTest::newRow("BOM and whitespace")
            << QByteArray("\xEF\xBB\xBF \n\t<plist/>") << int(Plist::Format::Xml);
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("JSON") << QByteArray("{\"a\": 1}") << -1;
        QTest::newRow("other binary version") << QByteArray("bplist15") << -1;
        QTest::newRow("UTF-16 XML") << QByteArray("\xFF\xFE<\0", 4) << -1;
    }

    void detectFormat()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        const std::optional<Plist::Format> detected = Plist::detectFormat(data);
        QCOMPARE(detected ? int(*detected) : -1, format);
    }

    void malformedCorpusIsComplete()
    {
        const QStringList files = QDir(dataPath(u"malformed"_s)).entryList(QDir::Files);
        QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(dataPath(u"malformed"_s)).entryList(QDir::Files);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QString, file);
        QFile input(dataPath(u"malformed/"_s + file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const Result<QVariant> parsed = Plist::parse(input.readAll());
        QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(!parsed.error().detail.isEmpty());
    }

    void rejectsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("data");

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("250k nested XML arrays")
            << QByteArray("<plist>" + QByteArray("<array>").repeated(250000)
                          + QByteArray("</array>").repeated(250000) + "</plist>");
        // Far past what libplist 2.2's recursive free survives; it must never see it.
        QTest::newRow("300k nested binary arrays") << deepBinaryPlist(300000);

        // Each of 60 arrays holds the next twice: 2^60 values from 61 objects.
        QList<QByteArray> laughs;
        for (int i = 0; i < 60; ++i)
            laughs.append(QByteArray(1, char(0xA2)) + ref(quint64(i) + 1) + ref(quint64(i) + 1));
        laughs.append(QByteArray("\x53lol"));
        QTest::newRow("binary reference explosion") << rawBinaryPlist(laughs);

        // One 1 MiB data object referenced 200 times: 200 MiB from a 1 MiB file.
        QByteArray array(1, char(0xAF));
        array.append(char(0x11));
        appendBigEndian(array, 200, 2);
        for (int i = 0; i < 200; ++i)
            array.append(ref(1));
        QByteArray data(1, char(0x4F));
        data.append(char(0x12));
        appendBigEndian(data, 1 << 20, 4);
        data.append(QByteArray(1 << 20, 'x'));
        QTest::newRow("binary content explosion") << rawBinaryPlist({array, data});

        QTest::newRow("array that contains itself")
            << rawBinaryPlist({QByteArray(1, char(0xA1)) + ref(0)});
        QTest::newRow("dict whose value is its parent")
            << rawBinaryPlist({QByteArray(1, char(0xA1)) + ref(1),
                               QByteArray(1, char(0xD1)) + ref(2) + ref(0),
                               QByteArray("\x51k")});

        QRandomGenerator generator(20261127);
        const auto randomBytes = [&generator](qsizetype size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (char &byte : bytes)
                byte = char(generator.bounded(256));
            return bytes;
        };
        for (int i = 0; i < 20; ++i) {
            const qsizetype size = 1 + generator.bounded(4096);
            QTest::addRow("random bytes %d", i) << randomBytes(size);
            QTest::addRow("random after bplist00 %d", i)
                << QByteArray("bplist00" + randomBytes(size));
            QTest::addRow("random inside <plist> %d", i)
                << QByteArray("<plist>" + randomBytes(size).replace('<', ' ') + "</plist>");
        }
    }

    void rejectsHostileInput()
    {
        QFETCH(QByteArray, data);
        QVERIFY_FAILS_WITH(Plist::parse(data), Error::Code::InvalidInput);
    }

    void errorsDoNotEchoContent_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray secret = "SECRET7f3a";
        QTest::newRow("bad base64") << QByteArray("<plist><data>" + secret + "!</data></plist>");
        QTest::newRow("bad integer")
            << QByteArray("<plist><integer>" + secret + "</integer></plist>");
        QTest::newRow("bad real") << QByteArray("<plist><real>" + secret + "</real></plist>");
        QTest::newRow("bad date") << QByteArray("<plist><date>" + secret + "</date></plist>");
        QTest::newRow("text in dict") << QByteArray("<plist><dict>" + secret + "</dict></plist>");
        QTest::newRow("duplicate key")
            << QByteArray("<plist><dict><key>" + secret + "</key><true/><key>" + secret
                          + "</key><true/></dict></plist>");
        QTest::newRow("binary invalid UTF-8")
            << rawBinaryPlist({QByteArray("\x5b" + secret + "\xff")});
    }

    void errorsDoNotEchoContent()
    {
        QFETCH(QByteArray, data);
        const Result<QVariant> parsed = Plist::parse(data);
        QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
        QVERIFY2(!parsed.error().toString().contains(u"SECRET"),
                 qPrintable(parsed.error().toString()));
    }

    void truncatedInputFails_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("XML") << false;
        QTest::newRow("binary") << true;
    }

    // Every prefix of a document fails (for XML: every prefix that stops before </plist>).
    void truncatedInputFails()
    {
        QFETCH(bool, binary);
        const Result<QByteArray> document = Plist::serialize(sample(), formatOf(binary));
        QVERIFY_RESULT(document);
        const qsizetype end = binary ? document->size() : document->indexOf("</plist>") + 7;
        for (qsizetype length = 0; length < end; ++length) {
            const Result<QVariant> parsed = Plist::parse(document->left(length));
            QVERIFY2(!parsed, qPrintable(u"prefix of %1 bytes was accepted"_s.arg(length)));
            QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        }
    }

    void corruptedInputNeverCrashes_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("XML") << false;
        QTest::newRow("binary") << true;
    }

    // Every byte changed three ways: the parser either fails cleanly or returns a value that
    // can be written again.
    void corruptedInputNeverCrashes()
    {
        QFETCH(bool, binary);
        const Result<QByteArray> document = Plist::serialize(sample(), formatOf(binary));
        QVERIFY_RESULT(document);
        int accepted = 0;
        for (qsizetype i = 0; i < document->size(); ++i) {
            for (const uchar mask : {uchar(0x01), uchar(0x80), uchar(0xFF)}) {
                QByteArray corrupted = *document;
                corrupted[i] = char(uchar(corrupted[i]) ^ mask);
                const Result<QVariant> parsed = Plist::parse(corrupted);
                if (!parsed) {
                    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
                    continue;
                }
                ++accepted;
                QVERIFY_RESULT(Plist::toBinary(*parsed));
            }
        }
        qInfo() << accepted << "of" << document->size() * 3 << "corruptions still parsed";
    }

    void maxBytesBoundary_data()
    {
        QTest::addColumn<bool>("binary");
        QTest::newRow("XML") << false;
        QTest::newRow("binary") << true;
    }

    void maxBytesBoundary()
    {
        QFETCH(bool, binary);
        const Result<QByteArray> document = Plist::serialize(sample(), formatOf(binary));
        QVERIFY_RESULT(document);
        Plist::Limits limits;
        limits.maxBytes = document->size();
        QVERIFY_RESULT(Plist::parse(*document, limits));
        limits.maxBytes = document->size() - 1;
        const Result<QVariant> parsed = Plist::parse(*document, limits);
        QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
        QCOMPARE(parsed.error().message, u"The property list is too large."_s);

        // The default: 4 MiB.
        const QByteArray justUnder = QByteArray(
            "<plist><string>" + QByteArray(4 * 1024 * 1024 - 33, 'a') + "</string></plist>");
        QCOMPARE(justUnder.size(), qsizetype(4 * 1024 * 1024 - 1));
        QVERIFY_RESULT(Plist::parse(justUnder));
        QVERIFY_RESULT(Plist::parse(QByteArray(justUnder + ' ')));
        QVERIFY_FAILS_WITH(Plist::parse(QByteArray(justUnder + "  ")), Error::Code::InvalidInput);
    }

    void maxDepthBoundary_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<bool>("accepted");

        const int defaultDepth = Plist::Limits().maxDepth;
        QTest::newRow("default, at the limit") << defaultDepth << defaultDepth << true;
        QTest::newRow("default, one over") << defaultDepth + 1 << defaultDepth << false;
        QTest::newRow("scalar at limit 0") << 0 << 0 << true;
        QTest::newRow("array at limit 0") << 1 << 0 << false;
        QTest::newRow("limit 1") << 1 << 1 << true;
        QTest::newRow("limit 1, one over") << 2 << 1 << false;
        QTest::newRow("at the supported maximum")
            << Plist::maxSupportedDepth << Plist::maxSupportedDepth << true;
        QTest::newRow("supported maximum, one under the limit")
            << Plist::maxSupportedDepth << Plist::maxSupportedDepth - 1 << false;
    }

    void maxDepthBoundary()
    {
        QFETCH(int, depth);
        QFETCH(int, maxDepth);
        QFETCH(bool, accepted);
        Plist::Limits limits;
        limits.maxDepth = maxDepth;
        for (const bool binary : {false, true}) {
            const Result<QByteArray> document = Plist::serialize(nested(depth), formatOf(binary));
            QVERIFY_RESULT(document);
            const Result<QVariant> parsed = Plist::parse(*document, limits);
            if (accepted) {
                QVERIFY_RESULT(parsed);
                COMPARE_PLIST(*parsed, nested(depth));
            } else {
                QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
                QCOMPARE(parsed.error().message, u"The property list is nested too deeply."_s);
            }
        }
    }

    void maxDepthIsClampedToSupported()
    {
        Plist::Limits limits;
        limits.maxDepth = 1000000;
        const int depth = Plist::maxSupportedDepth + 1;
        const QByteArray xml("<plist>" + QByteArray("<array>").repeated(depth)
                             + QByteArray("</array>").repeated(depth) + "</plist>");
        QVERIFY_FAILS_WITH(Plist::parse(xml, limits), Error::Code::InvalidInput);
        QVERIFY_FAILS_WITH(Plist::parse(deepBinaryPlist(depth), limits), Error::Code::InvalidInput);
        QVERIFY_RESULT(Plist::parse(deepBinaryPlist(depth - 1), limits));
    }

    void maxNodesBoundary_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("nodes");
        QTest::newRow("array of 9") << QVariant(QVariantList(9, qint64(1))) << 10;
        QTest::newRow("dict of 3")
            << QVariant(QVariantMap{{u"a"_s, 1}, {u"b"_s, 2}, {u"c"_s, 3}}) << 7;
        // The binary form stores "x" once but it counts at each place it appears.
        QTest::newRow("shared string")
            << QVariant(QVariantMap{{u"a"_s, u"x"_s}, {u"b"_s, u"x"_s}}) << 5;
        QTest::newRow("scalar") << QVariant(true) << 1;
    }

    void maxNodesBoundary()
    {
        QFETCH(QVariant, value);
        QFETCH(int, nodes);
        for (const bool binary : {false, true}) {
            const Result<QByteArray> document = Plist::serialize(value, formatOf(binary));
            QVERIFY_RESULT(document);
            Plist::Limits limits;
            limits.maxNodes = nodes;
            QVERIFY_RESULT(Plist::parse(*document, limits));
            limits.maxNodes = nodes - 1;
            const Result<QVariant> parsed = Plist::parse(*document, limits);
            QVERIFY_FAILS_WITH(parsed, Error::Code::InvalidInput);
            QCOMPARE(parsed.error().message, u"The property list has too many elements."_s);
        }
    }

    // Forty arrays, each referencing the next one twice, stand for 2^41 values in 200 bytes.
    // The count is refused from the object table; walking it value by value to the limit took
    // the fuzzer's 30 s budget (fuzz/regressions/plist/shared-references-explode).
    void sharedReferencesAreCountedOnce()
    {
        const auto chain = [](int arrays) -> QByteArray {
            QByteArray document("bplist00");
            QByteArray offsets;
            for (int i = 0; i < arrays; ++i) {
                offsets.append(char(document.size()));
                document.append(char(0xA2)).append(char(i + 1)).append(char(i + 1));
            }
            offsets.append(char(document.size()));
            document.append(char(0x10)).append(char(7)); // the integer 7, at the bottom
            const int tableOffset = int(document.size());
            document.append(offsets);
            QByteArray trailer(32, '\0');
            trailer[6] = 1; // offset size
            trailer[7] = 1; // reference size
            trailer[15] = char(arrays + 1);
            trailer[31] = char(tableOffset);
            document.append(trailer);
            return document;
        };

        const Result<QVariant> exploding = Plist::parse(chain(40));
        QVERIFY_FAILS_WITH(exploding, Error::Code::InvalidInput);
        QCOMPARE(exploding.error().message, u"The property list has too many elements."_s);

        // Within the limits a shared reference reads as a copy at each place.
        const Result<QVariant> small = Plist::parse(chain(2));
        QVERIFY_RESULT(small);
        const QVariant pair = QVariantList{qint64(7), qint64(7)};
        QCOMPARE(*small, QVariant(QVariantList{pair, pair}));
        Plist::Limits limits;
        limits.maxNodes = 6; // the 7 values of chain(2), less one
        QVERIFY_FAILS_WITH(Plist::parse(chain(2), limits), Error::Code::InvalidInput);
    }

    void maxContentBytesBoundary()
    {
        // Keys and strings count two bytes per character, data one per byte: 4 + 2 + 8 + 3.
        const QVariantMap value{{u"ab"_s, u"cdef"_s}, {u"d"_s, QByteArray(3, 'z')}};
        for (const bool binary : {false, true}) {
            const Result<QByteArray> document = Plist::serialize(value, formatOf(binary));
            QVERIFY_RESULT(document);
            Plist::Limits limits;
            limits.maxContentBytes = 17;
            QVERIFY_RESULT(Plist::parse(*document, limits));
            limits.maxContentBytes = 16;
            QVERIFY_FAILS_WITH(Plist::parse(*document, limits), Error::Code::InvalidInput);
        }
    }

    // Inventory-sized: 20,000 app records (180,001 nodes) through both formats.
    void largeDocumentRoundTrip()
    {
        QVariantList apps;
        apps.reserve(20000);
        for (int i = 0; i < 20000; ++i) {
            apps.append(QVariantMap{{u"Identifier"_s, u"com.example.app%1"_s.arg(i)},
                                    {u"Version"_s, u"1.%1"_s.arg(i % 50)},
                                    {u"BundleSize"_s, qint64(i) * 1000},
                                    {u"Installing"_s, i % 7 == 0}});
        }
        const QVariant value(QVariantMap{{u"InstalledApplicationList"_s, apps}});
        Plist::Limits limits;
        limits.maxBytes = qsizetype(16) * 1024 * 1024;
        for (const bool binary : {false, true}) {
            const Result<QByteArray> document = Plist::serialize(value, formatOf(binary));
            QVERIFY_RESULT(document);
            const Result<QVariant> parsed = Plist::parse(*document, limits);
            QVERIFY_RESULT(parsed);
            COMPARE_PLIST(*parsed, value);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Plist)
#include "tst_Plist.moc"
