// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/RawValueView.h"

#include <QDateTime>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// A profile may nest deeply; past this the tree shows "…" rather than every level.
constexpr int MaxDepth = 32;
constexpr int MaxVisibleRows = 12;

QString typeName(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return RawValueView::tr("string");
    case QMetaType::Bool:
        return RawValueView::tr("boolean");
    case QMetaType::Double:
    case QMetaType::Float:
        return RawValueView::tr("real");
    case QMetaType::QDateTime:
    case QMetaType::QDate:
        return RawValueView::tr("date");
    case QMetaType::QByteArray:
        return RawValueView::tr("data");
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return RawValueView::tr("array");
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return RawValueView::tr("dictionary");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return RawValueView::tr("integer");
    default:
        return QString::fromLatin1(value.typeName());
    }
}

QString shortText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QByteArray:
        return RawValueView::tr("%n byte(s)", nullptr, int(value.toByteArray().size()));
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return RawValueView::tr("%n item(s)", nullptr, int(value.toList().size()));
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        return RawValueView::tr("%n key(s)", nullptr, int(value.toMap().size()));
    default:
        return value.toString();
    }
}

} // namespace

RawValueView::RawValueView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Key"), tr("Type"), tr("Value")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void RawValueView::setEntries(const QVariantMap &entries)
{
    clear();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        addItem(nullptr, it.key(), it.value(), 0);
    fitHeight();
}

void RawValueView::setValue(const QVariant &value)
{
    clear();
    if (value.isValid())
        addItem(nullptr, {}, value, 0);
    fitHeight();
}

void RawValueView::addItem(QTreeWidgetItem *parent,
                           const QString &key,
                           const QVariant &value,
                           int depth)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, key);
    item->setText(1, typeName(value));
    item->setText(2, shortText(value));
    item->setToolTip(2, item->text(2));
    if (depth >= MaxDepth) {
        item->setText(2, u"…"_s);
        return;
    }
    if (value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantHash) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            addItem(item, it.key(), it.value(), depth + 1);
    } else if (value.typeId() == QMetaType::QVariantList
               || value.typeId() == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        for (int i = 0; i < list.size(); ++i)
            addItem(item, u"[%1]"_s.arg(i), list.at(i), depth + 1);
    }
    if (depth == 0)
        item->setExpanded(true);
}

void RawValueView::fitHeight()
{
    const int rows = qBound(1, topLevelItemCount() + 1, MaxVisibleRows);
    setMinimumHeight(header()->sizeHint().height() + rows * (fontMetrics().height() + 6));
}

} // namespace Espalier
