// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/EnrollmentLink.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Espalier {

// The enrollment links, one row per link in the order given (newest first from the engine; a
// proxy may sort). States are judged at the time the rows were set (setLinks' now), so a link
// that expires while shown changes at the next reload. Fed by the page from Engine answers.
// Lives on the UI thread.
class EnrollmentLinkTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn,
        StateColumn,
        UsesColumn,
        ExpiresColumn,
        CreatedColumn,
        CreatedByColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The raw value to sort by: a QDateTime, an int, or text folded to lower case.
        SortRole = Qt::UserRole + 1,
        IdRole,
        StateRole, // EnrollmentLinkState as an int
    };
    Q_ENUM(Role)

    explicit EnrollmentLinkTableModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Replaces every row (a reset).
    void setLinks(QList<EnrollmentLink> links, const QDateTime &now);
    // Updates the row of a known link, or puts a new one first.
    void upsertLink(const EnrollmentLink &link, const QDateTime &now);

    [[nodiscard]] const EnrollmentLink &linkAt(int row) const { return m_links.at(row); }

    // -1 when the link is not in the model.
    [[nodiscard]] int rowOf(const QString &id) const;

    [[nodiscard]] EnrollmentLinkState stateAt(int row) const
    {
        return m_links.at(row).state(m_now);
    }

    // Words for people: "Active", "Used up", "Expired", "Revoked".
    [[nodiscard]] static QString stateText(EnrollmentLinkState state);
    // "3 of 10" or "3 (no limit)".
    [[nodiscard]] static QString usesText(const EnrollmentLink &link);
    [[nodiscard]] static QString formatTime(const QDateTime &time);

private:
    QList<EnrollmentLink> m_links;
    QDateTime m_now;
};

} // namespace Espalier
