// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/CommandText.h"
#include "tests/support/TestHelpers.h"

#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_CommandText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isPlainText_data();
    void isPlainText();
    void refusalNamesTheField();
};

void tst_CommandText::isPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("single");
    QTest::addColumn<bool>("multiple");

    QTest::newRow("empty") << QString() << true << true;
    QTest::newRow("plain") << u"Please call +1 555 0100"_s << true << true;
    QTest::newRow("accents and emoji") << u"Rückgabe an Café 📱"_s << true << true;
    QTest::newRow("line feed") << u"two\nlines"_s << false << true;
    QTest::newRow("tab") << u"a\tb"_s << false << true;
    QTest::newRow("carriage return") << u"a\r\nb"_s << false << false;
    QTest::newRow("bell") << u"a\u0007b"_s << false << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false << false;
    QTest::newRow("DEL") << u"a\u007fb"_s << false << false;
    QTest::newRow("C1 control") << u"a\u0085b"_s << false << false;
    QTest::newRow("noncharacter") << u"a\uffffb"_s << false << false;
    QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << false << false;
}

void tst_CommandText::isPlainText()
{
    QFETCH(QString, text);
    QFETCH(bool, single);
    QFETCH(bool, multiple);
    QCOMPARE(CommandText::isPlainText(text, CommandText::Lines::Single), single);
    QCOMPARE(CommandText::isPlainText(text, CommandText::Lines::Multiple), multiple);
}

void tst_CommandText::refusalNamesTheField()
{
    QVERIFY_RESULT(CommandText::checkPlainText(u"fine"_s, u"The name"_s));

    const Result<void> single = CommandText::checkPlainText(u"a\nb"_s, u"The name"_s);
    QVERIFY_FAILS_WITH(single, Error::Code::InvalidInput);
    QCOMPARE(single.error().message,
             u"The name must be a single line without control characters."_s);

    const Result<void> multiple = CommandText::checkPlainText(
        u"a\u0007b"_s, u"The message"_s, CommandText::Lines::Multiple);
    QVERIFY_FAILS_WITH(multiple, Error::Code::InvalidInput);
    QCOMPARE(multiple.error().message,
             u"The message contains control characters. Remove them and try again."_s);
}

QTEST_GUILESS_MAIN(tst_CommandText)
#include "tst_CommandText.moc"
