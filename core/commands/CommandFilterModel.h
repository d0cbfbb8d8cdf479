// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Command.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

namespace Espalier {

// Filters and sorts a CommandTableModel for the queue view: by state (any of a set), request type
// and device, each off when empty; sorts by CommandTableModel::SortRole. UI thread.
class CommandFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CommandFilterModel(QObject *parent = nullptr);

    void setStates(const QList<CommandState> &states);
    void setRequestType(const QString &requestType);
    void setDeviceId(const QString &deviceId);
    void clearFilters();

    [[nodiscard]] const QList<CommandState> &states() const { return m_states; }

    [[nodiscard]] QString requestType() const { return m_requestType; }

    [[nodiscard]] QString deviceId() const { return m_deviceId; }

    [[nodiscard]] bool isFiltering() const;

    // The states not yet final (queued, pushed, sent to device, not now), and those that ended
    // without the device doing it (error, rejected, expired, cancelled): the groups
    // the state filter offers besides single states.
    [[nodiscard]] static QList<CommandState> unfinishedStates();
    [[nodiscard]] static QList<CommandState> unsuccessfulStates();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QList<CommandState> m_states;
    QString m_requestType;
    QString m_deviceId;
};

} // namespace Espalier
