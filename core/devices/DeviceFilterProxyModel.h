// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/devices/DeviceSmartGroup.h"

#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace Espalier {

class Clock;
class DeviceTableModel;

// Search-as-you-type and smart groups over a DeviceTableModel, and its sort order. Every word of
// the search must occur in the device's name, serial number, UDID, user or model (case-blind).
// Compares and matches rows through the source model's direct accessors, without QVariant, so a
// keystroke over 100,000 devices stays fast. Lives on the UI thread, with its source.
class DeviceFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeviceFilterProxyModel(const Clock &clock, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    void setSearchText(const QString &text);

    [[nodiscard]] const QString &searchText() const { return m_searchText; }

    void setSmartGroup(const std::optional<DeviceSmartGroup> &group);

    [[nodiscard]] const std::optional<DeviceSmartGroup> &smartGroup() const { return m_smartGroup; }

    // The UDIDs of the given proxy rows, in their order.
    [[nodiscard]] QStringList deviceIds(const QModelIndexList &rows) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    const Clock &m_clock;
    QPointer<DeviceTableModel> m_devices;
    QString m_searchText;
    QStringList m_terms; // case-folded words of m_searchText
    std::optional<DeviceSmartGroup> m_smartGroup;
    QDateTime m_now; // one "now" per filter pass, so every row is judged at the same time
};

} // namespace Espalier
