// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as RFC 4180 writes it, with cells a spreadsheet would run as formulas neutralised.
#include "core/common/Csv.h"
#include "tests/support/TestHelpers.h"

#include <QAbstractTableModel>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// Two rows of three columns, "r<row>c<column>", headed A, B, C.
class Table final : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return u"r%1c%2"_s.arg(index.row()).arg(index.column());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return QString(QChar(u'A' + section));
    }
};

} // namespace

class tst_Csv : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void fields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Front desk iPhone"_s << u"Front desk iPhone"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Lock, then wipe"_s << u"\"Lock, then wipe\""_s;
        QTest::newRow("quote") << u"the \"old\" Mac"_s << u"\"the \"\"old\"\" Mac\""_s;
        QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::newRow("carriage return") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\")"_s
                                 << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
        QTest::newRow("plus") << u"+49 30 1234567"_s << u"'+49 30 1234567"_s;
        QTest::newRow("minus") << u"-1+1"_s << u"'-1+1"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("leading cr") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("equals later") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("umlaut") << u"Grüße"_s << u"Grüße"_s;
    }

    void fields()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(Csv::field(text), field);
    }

    void documentIsUtf8WithCrlf()
    {
        const QByteArray csv = Csv::document(
            {{u"Who"_s, u"Details"_s}, {u"alex"_s, u"Grüße, \"hi\""_s}, {u"=cmd"_s, QString()}});
        QCOMPARE(csv,
                 QByteArray("\xEF\xBB\xBFWho,Details\r\n"
                            "alex,\"Gr\xC3\xBC\xC3\x9F"
                            "e, \"\"hi\"\"\"\r\n"
                            "'=cmd,\r\n"));
    }

    void fromModelTakesTheGivenColumnsInOrder()
    {
        const Table model;
        const QList<QStringList> records = Csv::fromModel(model, {2, 0});
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList{u"C"_s, u"A"_s}));
        QCOMPARE(records.at(2), (QStringList{u"r1c2"_s, u"r1c0"_s}));
    }

    void fromModelFallsBackToTheDisplayText()
    {
        const Table model;
        // The table answers no other role: every field is its display text.
        const QList<QStringList> records = Csv::fromModel(model, {1}, Qt::UserRole + 4);
        QCOMPARE(records.at(1), QStringList{u"r0c1"_s});
    }

    void writesTheWholeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"out.csv"_s);
        QFuture<Result<void>> written = Csv::writeAsync(path, {{u"a"_s, u"b,c"_s}});
        QTRY_VERIFY(written.isFinished());
        QVERIFY_RESULT(written.result());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBF"
                            "a,\"b,c\"\r\n"));

        QFuture<Result<void>> refused = Csv::writeAsync(dir.filePath(u"no/such/dir/x.csv"_s),
                                                        {{u"a"_s}});
        QTRY_VERIFY(refused.isFinished());
        QVERIFY_FAILS_WITH(refused.result(), Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_Csv.moc"
