// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: RFC 4180 quoting, formula neutralisation, and exactly the rows and columns given.
#include "core/devices/DeviceCsvExport.h"
#include "tests/support/TestHelpers.h"

#include <QAbstractTableModel>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

// A table of strings with a header row: the smallest model a QtCore test can have.
class GridModel final : public QAbstractTableModel
{
public:
    GridModel(QStringList header, QList<QStringList> rows)
        : m_header(std::move(header))
        , m_rows(std::move(rows))
    {}

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_header.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole || !index.isValid())
            return {};
        return m_rows.at(index.row()).at(index.column());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return m_header.at(section);
        return {};
    }

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace

class tst_DeviceCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:

    void quotesAndNeutralises_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"iPhone"_s << u"iPhone"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Doe, Jane"_s << u"\"Doe, Jane\""_s;
        QTest::newRow("quote") << u"12\" display"_s << u"\"12\"\" display\""_s;
        QTest::newRow("line break") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+49 30 123"_s << u"'+49 30 123"_s;
        QTest::newRow("formula -") << u"-1"_s << u"'-1"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("leading tab") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("equals inside") << u"a=b"_s << u"a=b"_s;
        QTest::newRow("non-ASCII") << u"Jürgens iPad"_s << u"Jürgens iPad"_s;
    }

    void quotesAndNeutralises()
    {
        QFETCH(QString, cell);
        QFETCH(QString, field);
        QCOMPARE(DeviceCsvExport::field(cell), field);
    }

    void exportsTheGivenColumnsInTheirOrder()
    {
        const GridModel model({u"Name"_s, u"Serial"_s, u"User"_s},
                              {{u"Front desk"_s, u"C02X"_s, u"=cmd|' /C calc'!A0"_s},
                               {u"Back, office"_s, u"F4Y"_s, u"Ann"_s}});
        // Columns as shown: User moved first, Serial hidden.
        const QList<QStringList> rows = DeviceCsvExport::snapshot(model, {2, 0}, Qt::UserRole + 4);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringList({u"User"_s, u"Name"_s}));
        const QByteArray csv = DeviceCsvExport::toCsv(rows);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(csv.mid(3)),
                 u"User,Name\r\n'=cmd|' /C calc'!A0,Front desk\r\nAnn,\"Back, office\"\r\n"_s);
    }

    void writesTheFileOnAWorker()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"devices.csv"_s);
        QFuture<Result<void>> written = DeviceCsvExport::write(path,
                                                               {{u"Name"_s}, {u"Jürgens iPad"_s}});
        written.waitForFinished();
        QVERIFY_RESULT(written.result());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFName\r\nJ\xC3\xBCrgens iPad\r\n"));

        QFuture<Result<void>> refused = DeviceCsvExport::write(
            dir.filePath(u"no/such/folder/devices.csv"_s), {{u"Name"_s}});
        refused.waitForFinished();
        QVERIFY_FAILS_WITH(refused.result(), Error::Code::Io);
    }
};

QTEST_GUILESS_MAIN(tst_DeviceCsvExport)
#include "tst_DeviceCsvExport.moc"
