// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QString>

namespace Espalier {

// Filters and sorts an AuditLogModel for the audit view: by text (every word must occur in the
// entry's actor, action, target or details, ignoring case), exact actor, exact action and a time
// range [from, until); each is off when empty or invalid. Sorts by AuditLogModel::SortRole.
// UI thread.
class AuditLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setActor(const QString &actor);
    void setAction(const QString &action);
    void setTimeRange(const QDateTime &from, const QDateTime &until);
    void clearFilters();

    [[nodiscard]] QString text() const { return m_text; }

    [[nodiscard]] QString actor() const { return m_actor; }

    [[nodiscard]] QString action() const { return m_action; }

    [[nodiscard]] QDateTime from() const { return m_from; }

    [[nodiscard]] QDateTime until() const { return m_until; }

    [[nodiscard]] bool isFiltering() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_actor;
    QString m_action;
    QDateTime m_from;
    QDateTime m_until;
};

} // namespace Espalier
