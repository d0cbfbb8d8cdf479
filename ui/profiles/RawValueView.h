// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>
#include <QVariant>

namespace Espalier {

// Shows plist values the schema does not describe as a read-only tree of key, type and value,
// so the admin sees what the profile carries without being able to damage it. UI thread.
class RawValueView final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit RawValueView(QWidget *parent = nullptr);

    // entries: the key/value pairs of one dictionary, or a single value under an empty key.
    void setEntries(const QVariantMap &entries);
    void setValue(const QVariant &value);

private:
    void addItem(QTreeWidgetItem *parent, const QString &key, const QVariant &value, int depth);
    void fitHeight();
};

} // namespace Espalier
