// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mdm/commands/FindMyPin.h"

#include <QSet>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

class tst_FindMyPin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isValid_data();
    void isValid();
    void generatesValidPins();
    void generatesVariedPins();
    void keepsLeadingZeros();
};

void tst_FindMyPin::isValid_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("six digits") << u"123456"_s << true;
    QTest::newRow("all zeros") << u"000000"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("five digits") << u"12345"_s << false;
    QTest::newRow("seven digits") << u"1234567"_s << false;
    QTest::newRow("letter") << u"12a456"_s << false;
    QTest::newRow("leading space") << u" 12345"_s << false;
    QTest::newRow("trailing newline") << u"123456\n"_s << false;
    QTest::newRow("full-width digits") << u"１２３４５６"_s << false;
    QTest::newRow("Arabic-Indic digits") << u"٠١٢٣٤٥"_s << false;
}

void tst_FindMyPin::isValid()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(FindMyPin::isValid(pin), valid);
}

void tst_FindMyPin::generatesValidPins()
{
    for (int i = 0; i < 1000; ++i) {
        const QString pin = FindMyPin::generate();
        QVERIFY2(FindMyPin::isValid(pin), qPrintable(pin));
    }
}

void tst_FindMyPin::generatesVariedPins()
{
    // 200 draws from a million values: a repeat is possible (p ~ 2 %), a handful is not.
    QSet<QString> pins;
    for (int i = 0; i < 200; ++i)
        pins.insert(FindMyPin::generate());
    QVERIFY2(pins.size() >= 195, qPrintable(QString::number(pins.size())));
}

void tst_FindMyPin::keepsLeadingZeros()
{
    // One PIN in ten starts with 0; after 10000 draws without one, padding is broken.
    for (int i = 0; i < 10000; ++i) {
        const QString pin = FindMyPin::generate();
        if (pin.startsWith(u'0')) {
            QCOMPARE(pin.size(), FindMyPin::length);
            return;
        }
    }
    QFAIL("no PIN with a leading zero");
}

QTEST_GUILESS_MAIN(tst_FindMyPin)
#include "tst_FindMyPin.moc"
