// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/profiles/PayloadValuePath.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace Espalier::PayloadValuePath {

namespace {

bool isIndex(const QVariant &step)
{
    return step.typeId() == QMetaType::Int;
}

QVariant replaced(const QVariant &node, const Path &path, qsizetype at, const QVariant *value)
{
    const QVariant &step = path.at(at);
    const bool last = at + 1 == path.size();
    if (isIndex(step)) {
        QVariantList list = node.toList();
        const int index = step.toInt();
        if (index < 0 || index > list.size())
            return node;
        if (last) {
            if (!value) {
                if (index < list.size())
                    list.removeAt(index);
            } else if (index == list.size()) {
                list.append(*value);
            } else {
                list[index] = *value;
            }
        } else {
            if (index == list.size()) {
                if (!value)
                    return node;
                list.append(QVariant());
            }
            list[index] = replaced(list.at(index), path, at + 1, value);
        }
        return list;
    }
    QVariantMap map = node.toMap();
    const QString key = step.toString();
    if (last) {
        if (value)
            map.insert(key, *value);
        else
            map.remove(key);
    } else {
        if (!map.contains(key) && !value)
            return node;
        map.insert(key, replaced(map.value(key), path, at + 1, value));
    }
    return map;
}

} // namespace

std::optional<QVariant> value(const QVariant &root, const Path &path)
{
    QVariant node = root;
    for (const QVariant &step : path) {
        if (isIndex(step)) {
            if (node.typeId() != QMetaType::QVariantList)
                return std::nullopt;
            const QVariantList list = node.toList();
            const int index = step.toInt();
            if (index < 0 || index >= list.size())
                return std::nullopt;
            node = list.at(index);
        } else {
            if (node.typeId() != QMetaType::QVariantMap)
                return std::nullopt;
            const QVariantMap map = node.toMap();
            const auto found = map.constFind(step.toString());
            if (found == map.cend())
                return std::nullopt;
            node = *found;
        }
    }
    return node;
}

QVariant withValue(const QVariant &root, const Path &path, const QVariant &newValue)
{
    if (path.isEmpty())
        return newValue;
    return replaced(root, path, 0, &newValue);
}

QVariant without(const QVariant &root, const Path &path)
{
    if (path.isEmpty())
        return {};
    return replaced(root, path, 0, nullptr);
}

QString toString(const Path &path)
{
    QString text;
    for (const QVariant &step : path) {
        if (isIndex(step)) {
            text += u'[' + QString::number(step.toInt()) + u']';
        } else {
            if (!text.isEmpty())
                text += u'.';
            text += step.toString();
        }
    }
    return text;
}

} // namespace Espalier::PayloadValuePath
