// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/profiles/PayloadForm.h"

#include "core/crypto/Certificate.h"
#include "core/profiles/PayloadValuePath.h"
#include "ui/profiles/RawValueView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

using Path = QVariantList;

// Forms nest a group per dictionary or array level; deeper than this is shown read-only.
constexpr int MaxFormDepth = 12;
constexpr qint64 MaxDataFileBytes = 16 * 1024 * 1024;

bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// Whether the editor for type can show value without changing it.
bool fits(PayloadValueType type, const QVariant &value)
{
    switch (type) {
    case PayloadValueType::String:
        return value.typeId() == QMetaType::QString;
    case PayloadValueType::Integer:
        return isInteger(value) && value.toLongLong() > std::numeric_limits<int>::min() + 1
               && value.toLongLong() <= std::numeric_limits<int>::max();
    case PayloadValueType::Real:
        return value.typeId() == QMetaType::Double || isInteger(value);
    case PayloadValueType::Boolean:
        return value.typeId() == QMetaType::Bool;
    case PayloadValueType::Date:
        return value.typeId() == QMetaType::QDateTime;
    case PayloadValueType::Data:
        return value.typeId() == QMetaType::QByteArray;
    case PayloadValueType::Array:
        return value.typeId() == QMetaType::QVariantList;
    case PayloadValueType::Dictionary:
        return value.typeId() == QMetaType::QVariantMap;
    case PayloadValueType::Any:
        return true;
    }
    return false;
}

QVariant freshValue(const PayloadKey *key)
{
    if (!key)
        return QString();
    if (!key->allowedValues.isEmpty())
        return key->allowedValues.first();
    switch (key->type) {
    case PayloadValueType::Integer:
        return qint64(key->minimum ? std::ceil(*key->minimum) : 0);
    case PayloadValueType::Real:
        return key->minimum.value_or(0.0);
    case PayloadValueType::Boolean:
        return key->defaultValue.typeId() == QMetaType::Bool ? key->defaultValue : QVariant(false);
    case PayloadValueType::Date:
        return QDateTime::currentDateTimeUtc().addSecs(0);
    case PayloadValueType::Data:
        return QByteArray();
    case PayloadValueType::Array:
        return QVariantList();
    case PayloadValueType::Dictionary:
        return QVariantMap();
    default:
        return QString();
    }
}

QString shown(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QString widgetName(const QString &base, const QString &kind)
{
    if (!base.isEmpty())
        return base + kind;
    return kind.left(1).toLower() + kind.mid(1);
}

QString parentPathString(const QString &path)
{
    const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
    return cut <= 0 ? QString() : path.left(cut);
}

QString dataSummary(const QByteArray &data)
{
    if (data.isEmpty())
        return PayloadForm::tr("Empty");
    const QString size = QLocale().formattedDataSize(data.size());
    Result<Certificate> certificate = Certificate::fromDer(data);
    QString encoding = u"DER"_s;
    if (!certificate && data.contains("-----BEGIN")) {
        certificate = Certificate::fromPem(data);
        encoding = u"PEM"_s;
    }
    if (certificate) {
        return PayloadForm::tr("Certificate (%1): %2, issued by %3, valid until %4")
            .arg(encoding,
                 certificate->subjectText(),
                 certificate->issuerText(),
                 QLocale().toString(certificate->notAfter().toLocalTime().date(),
                                    QLocale::ShortFormat));
    }
    if (static_cast<unsigned char>(data.at(0)) == 0x30)
        return PayloadForm::tr("%1 of DER data (such as a PKCS #12 identity)").arg(size);
    return PayloadForm::tr("%1 of data").arg(size);
}

QLabel *badge(const QString &text, const QString &objectName, bool strong)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setStyleSheet(strong
                             ? u"QLabel { background: #f6d7a7; color: #4a3000; border-radius: 3px;"
                               " padding: 0px 4px; }"_s
                             : u"QLabel { background: palette(midlight); border-radius: 3px;"
                               " padding: 0px 4px; }"_s);
    return label;
}

} // namespace

// Builds the widgets of one PayloadForm; lives only while the constructor runs.
class PayloadForm::Builder
{
public:
    Builder(PayloadForm *form, FileChooser chooseFile)
        : m_form(form)
        , m_chooseFile(std::move(chooseFile))
    {}

    void keys(QFormLayout *layout,
              const QList<PayloadKey> &keys,
              const QVariantMap &values,
              const Path &at,
              const QList<PayloadPlatform> &parentPlatforms,
              const QSet<QString> &hidden,
              int depth)
    {
        const PayloadKey *wildcard = nullptr;
        QSet<QString> named = hidden;
        for (const PayloadKey &key : keys) {
            if (key.isWildcard()) {
                wildcard = &key;
                continue;
            }
            named.insert(key.name);
            if (hidden.contains(key.name))
                continue;
            const auto found = values.constFind(key.name);
            row(layout,
                key,
                found == values.cend() ? nullptr : &*found,
                at + Path{key.name},
                parentPlatforms,
                depth);
        }
        QVariantMap rest;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!named.contains(it.key()))
                rest.insert(it.key(), it.value());
        }
        if (wildcard) {
            wildcardEntries(layout, *wildcard, rest, at, depth);
        } else if (!rest.isEmpty()) {
            auto *box = new QGroupBox(PayloadForm::tr("Keys not in the schema (kept as they are)"));
            auto *boxLayout = new QVBoxLayout(box);
            auto *view = new RawValueView(box);
            view->setObjectName(
                widgetName(PayloadValuePath::toString(at), u"UnknownKeysTreeWidget"_s));
            view->setEntries(rest);
            boxLayout->addWidget(view);
            layout->addRow(box);
        }
    }

private:
    QLabel *issueLabel(const Path &path)
    {
        const QString key = PayloadValuePath::toString(path);
        auto *label = new QLabel;
        label->setObjectName(widgetName(key, u"IssueLabel"_s));
        label->setWordWrap(true);
        label->setVisible(false);
        m_form->m_issueLabels.insert(key, label);
        return label;
    }

    QToolButton *resetButton(const Path &path, bool enabled)
    {
        auto *button = new QToolButton;
        button->setObjectName(widgetName(PayloadValuePath::toString(path), u"ResetButton"_s));
        button->setText(u"×"_s);
        button->setAutoRaise(true);
        button->setToolTip(PayloadForm::tr("Remove this key from the payload (not set)"));
        button->setEnabled(enabled);
        QObject::connect(button, &QToolButton::clicked, m_form, [form = m_form, path] {
            Q_EMIT form->edited(path, QVariant(), true);
        });
        return button;
    }

    void addBadges(QHBoxLayout *layout,
                   const PayloadKey &key,
                   const QList<PayloadPlatform> &parentPlatforms,
                   const QString &base)
    {
        if (key.platforms != parentPlatforms) {
            QStringList available;
            for (const PayloadPlatform &platform : key.platforms) {
                if (platform.isAvailable())
                    available.append(platform.name + u' ' + platform.introduced + u'+');
            }
            if (!available.isEmpty()) {
                layout->addWidget(badge(
                    available.join(u" · "_s), widgetName(base, u"PlatformBadgeLabel"_s), false));
            }
        }
        QStringList supervised;
        QStringList deprecated;
        for (const PayloadPlatform &platform : key.platforms) {
            if (!platform.isAvailable())
                continue;
            if (platform.supervised)
                supervised.append(platform.name);
            if (!platform.deprecated.isEmpty())
                deprecated.append(platform.name + u' ' + platform.deprecated);
        }
        if (!supervised.isEmpty()) {
            auto *label = badge(PayloadForm::tr("Supervised: %1").arg(supervised.join(u", "_s)),
                                widgetName(base, u"SupervisedBadgeLabel"_s),
                                true);
            label->setToolTip(PayloadForm::tr("Takes effect only on supervised devices there."));
            layout->addWidget(label);
        }
        if (!deprecated.isEmpty()) {
            layout->addWidget(badge(PayloadForm::tr("Deprecated: %1").arg(deprecated.join(u", "_s)),
                                    widgetName(base, u"DeprecatedBadgeLabel"_s),
                                    false));
        }
    }

    static QString toolTip(const PayloadKey &key)
    {
        QString text = u"<b>%1</b> (%2)"_s.arg(key.name.toHtmlEscaped(),
                                               payloadValueTypeName(key.type).toHtmlEscaped());
        if (!key.description.isEmpty())
            text += u"<p>"_s + key.description.toHtmlEscaped() + u"</p>"_s;
        if (key.defaultValue.isValid() && key.defaultValue.typeId() != QMetaType::QVariantList
            && key.defaultValue.typeId() != QMetaType::QVariantMap) {
            text += u"<p>"_s
                    + PayloadForm::tr("Default: %1").arg(shown(key.defaultValue)).toHtmlEscaped()
                    + u"</p>"_s;
        }
        return text;
    }

    static QString labelText(const PayloadKey &key)
    {
        return key.required ? PayloadForm::tr("%1 *").arg(key.displayTitle()) : key.displayTitle();
    }

    void row(QFormLayout *layout,
             const PayloadKey &key,
             const QVariant *value,
             const Path &path,
             const QList<PayloadPlatform> &parentPlatforms,
             int depth)
    {
        const QString base = PayloadValuePath::toString(path);
        const bool compound = (key.type == PayloadValueType::Array
                               || key.type == PayloadValueType::Dictionary)
                              && (!value || fits(key.type, *value));
        if (compound && depth < MaxFormDepth) {
            auto *box = new QGroupBox(labelText(key));
            box->setObjectName(widgetName(base, u"GroupBox"_s));
            box->setToolTip(toolTip(key));
            auto *boxLayout = new QVBoxLayout(box);
            auto *header = new QHBoxLayout;
            addBadges(header, key, parentPlatforms, base);
            header->addStretch();
            header->addWidget(resetButton(path, value != nullptr));
            boxLayout->addLayout(header);
            if (key.type == PayloadValueType::Array)
                arrayItems(boxLayout, key, value ? value->toList() : QVariantList(), path, depth);
            else
                dictionary(boxLayout, key, value ? value->toMap() : QVariantMap(), path, depth);
            boxLayout->addWidget(issueLabel(path));
            layout->addRow(box);
            return;
        }
        auto *label = new QLabel(labelText(key));
        label->setToolTip(toolTip(key));
        label->setObjectName(widgetName(base, u"Label"_s));
        auto *field = new QWidget;
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(2);
        auto *line = new QHBoxLayout;
        QWidget *editor = scalar(key, value, path, true);
        editor->setToolTip(toolTip(key));
        // A check box clicks only on its box and text, so it does not stretch across the row.
        if (qobject_cast<QCheckBox *>(editor)) {
            line->addWidget(editor);
            line->addStretch(1);
        } else {
            line->addWidget(editor, 1);
        }
        addBadges(line, key, parentPlatforms, base);
        line->addWidget(resetButton(path, value != nullptr));
        fieldLayout->addLayout(line);
        fieldLayout->addWidget(issueLabel(path));
        label->setBuddy(editor);
        layout->addRow(label, field);
    }

    // optional: the key may be absent, so the editor offers "Not set" (array items may not).
    QWidget *scalar(const PayloadKey &key, const QVariant *value, const Path &path, bool optional)
    {
        const QString base = PayloadValuePath::toString(path);
        if (value && !fits(key.type, *value))
            return raw(*value, base);
        switch (key.type) {
        case PayloadValueType::String:
        case PayloadValueType::Integer:
            if (!key.allowedValues.isEmpty())
                return choice(key, value, path, optional);
            if (key.type == PayloadValueType::String)
                return text(key, value, path);
            return integer(key, value, path, optional);
        case PayloadValueType::Real:
            return real(key, value, path, optional);
        case PayloadValueType::Boolean:
            return boolean(key, value, path, optional);
        case PayloadValueType::Date:
            return date(value, path, optional);
        case PayloadValueType::Data:
            return data(key, value, path);
        default:
            return raw(value ? *value : QVariant(), base);
        }
    }

    QWidget *raw(const QVariant &value, const QString &base)
    {
        auto *view = new RawValueView;
        view->setObjectName(widgetName(base, u"TreeWidget"_s));
        view->setValue(value);
        return view;
    }

    QString notSetText(const PayloadKey &key) const
    {
        if (key.defaultValue.isValid() && key.defaultValue.typeId() != QMetaType::QVariantList
            && key.defaultValue.typeId() != QMetaType::QVariantMap) {
            return PayloadForm::tr("Not set (default: %1)").arg(shown(key.defaultValue));
        }
        return PayloadForm::tr("Not set");
    }

    QWidget *choice(const PayloadKey &key, const QVariant *value, const Path &path, bool optional)
    {
        auto *combo = new QComboBox;
        combo->setObjectName(widgetName(PayloadValuePath::toString(path), u"ComboBox"_s));
        if (optional)
            combo->addItem(notSetText(key), QVariant());
        int current = 0;
        for (const QVariant &allowed : key.allowedValues) {
            if (value && shown(allowed) == shown(*value))
                current = combo->count();
            combo->addItem(shown(allowed), allowed);
        }
        if (value && current == 0
            && (optional || shown(key.allowedValues.value(0)) != shown(*value))) {
            current = combo->count();
            combo->addItem(PayloadForm::tr("%1 (not allowed)").arg(shown(*value)), *value);
        }
        combo->setCurrentIndex(current);
        QObject::connect(
            combo, &QComboBox::activated, m_form, [form = m_form, combo, path](int index) {
                Q_EMIT form->edited(path, combo->itemData(index), false);
            });
        return combo;
    }

    QWidget *text(const PayloadKey &key, const QVariant *value, const Path &path)
    {
        auto *edit = new QLineEdit;
        edit->setObjectName(widgetName(PayloadValuePath::toString(path), u"LineEdit"_s));
        edit->setPlaceholderText(notSetText(key));
        if (key.name.contains(u"Password"_s) || key.name.contains(u"Secret"_s))
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
        if (value)
            edit->setText(value->toString());
        QObject::connect(
            edit, &QLineEdit::textEdited, m_form, [form = m_form, path](const QString &t) {
                Q_EMIT form->edited(path, t, false);
            });
        return edit;
    }

    QWidget *integer(const PayloadKey &key, const QVariant *value, const Path &path, bool optional)
    {
        constexpr int Lowest = std::numeric_limits<int>::min() + 1;
        int low = key.minimum ? int(std::max<double>(std::ceil(*key.minimum), Lowest)) : Lowest;
        int high = key.maximum ? int(
                       std::min<double>(std::floor(*key.maximum), std::numeric_limits<int>::max()))
                               : std::numeric_limits<int>::max();
        if (value) {
            // Show an out-of-range value as it is; the validator's message says what is wrong.
            low = std::min(low, value->toInt());
            high = std::max(high, value->toInt());
        }
        auto *spin = new QSpinBox;
        spin->setObjectName(widgetName(PayloadValuePath::toString(path), u"SpinBox"_s));
        spin->setRange(optional ? low - 1 : low, high);
        if (optional)
            spin->setSpecialValueText(notSetText(key));
        spin->setValue(value ? value->toInt() : spin->minimum());
        QObject::connect(
            spin, &QSpinBox::valueChanged, m_form, [form = m_form, spin, path, optional](int n) {
                Q_EMIT form->edited(path,
                                    optional && n == spin->minimum() ? QVariant()
                                                                     : QVariant(qint64(n)),
                                    false);
            });
        return spin;
    }

    QWidget *real(const PayloadKey &key, const QVariant *value, const Path &path, bool optional)
    {
        double low = key.minimum.value_or(-1e12);
        double high = key.maximum.value_or(1e12);
        if (value) {
            low = std::min(low, value->toDouble());
            high = std::max(high, value->toDouble());
        }
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(widgetName(PayloadValuePath::toString(path), u"DoubleSpinBox"_s));
        spin->setDecimals(3);
        spin->setRange(optional ? low - 1 : low, high);
        if (optional)
            spin->setSpecialValueText(notSetText(key));
        spin->setValue(value ? value->toDouble() : spin->minimum());
        QObject::connect(
            spin,
            &QDoubleSpinBox::valueChanged,
            m_form,
            [form = m_form, spin, path, optional](double n) {
                Q_EMIT form->edited(
                    path, optional && n == spin->minimum() ? QVariant() : QVariant(n), false);
            });
        return spin;
    }

    QWidget *boolean(const PayloadKey &key, const QVariant *value, const Path &path, bool optional)
    {
        auto *check = new QCheckBox;
        check->setObjectName(widgetName(PayloadValuePath::toString(path), u"CheckBox"_s));
        check->setTristate(optional);
        const QString unset = notSetText(key);
        const auto describe = [check, unset] {
            switch (check->checkState()) {
            case Qt::PartiallyChecked:
                check->setText(unset);
                break;
            case Qt::Checked:
                check->setText(u"true"_s);
                break;
            case Qt::Unchecked:
                check->setText(u"false"_s);
                break;
            }
        };
        check->setCheckState(!value ? Qt::PartiallyChecked
                                    : (value->toBool() ? Qt::Checked : Qt::Unchecked));
        describe();
        QObject::connect(
            check, &QCheckBox::stateChanged, m_form, [form = m_form, check, path, describe] {
                describe();
                const Qt::CheckState state = check->checkState();
                Q_EMIT form->edited(path,
                                    state == Qt::PartiallyChecked ? QVariant()
                                                                  : QVariant(state == Qt::Checked),
                                    false);
            });
        return check;
    }

    QWidget *date(const QVariant *value, const Path &path, bool optional)
    {
        auto *edit = new QDateTimeEdit;
        edit->setObjectName(widgetName(PayloadValuePath::toString(path), u"DateTimeEdit"_s));
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
        const QDateTime floor(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
        edit->setMinimumDateTime(floor);
        if (optional)
            edit->setSpecialValueText(PayloadForm::tr("Not set"));
        edit->setDateTime(value ? value->toDateTime().toUTC() : floor);
        QObject::connect(
            edit,
            &QDateTimeEdit::dateTimeChanged,
            m_form,
            [form = m_form, path, floor, optional](const QDateTime &when) {
                Q_EMIT form->edited(
                    path, optional && when == floor ? QVariant() : QVariant(when.toUTC()), false);
            });
        return edit;
    }

    QWidget *data(const PayloadKey &key, const QVariant *value, const Path &path)
    {
        const QString base = PayloadValuePath::toString(path);
        auto *box = new QWidget;
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *summary = new QLabel(value ? dataSummary(value->toByteArray()) : notSetText(key));
        summary->setObjectName(widgetName(base, u"SummaryLabel"_s));
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *button = new QPushButton(PayloadForm::tr("Choose File…"));
        button->setObjectName(widgetName(base, u"DataButton"_s));
        layout->addWidget(summary, 1);
        layout->addWidget(button);
        const QString title = PayloadForm::tr("Choose the file for %1").arg(key.displayTitle());
        QObject::connect(
            button,
            &QPushButton::clicked,
            m_form,
            [form = m_form, chooser = m_chooseFile, summary, path, title] {
                const QString file = chooser ? chooser(form, title) : QString();
                if (file.isEmpty())
                    return;
                QFile input(file);
                if (!input.open(QIODevice::ReadOnly)) {
                    summary->setText(
                        PayloadForm::tr("Cannot read %1: %2").arg(file, input.errorString()));
                    return;
                }
                if (input.size() > MaxDataFileBytes) {
                    summary->setText(
                        PayloadForm::tr("%1 is larger than 16 MB; choose a smaller file.")
                            .arg(file));
                    return;
                }
                Q_EMIT form->edited(path, input.readAll(), true);
            });
        return box;
    }

    void arrayItems(QVBoxLayout *layout,
                    const PayloadKey &key,
                    const QVariantList &items,
                    const Path &path,
                    int depth)
    {
        const QString base = PayloadValuePath::toString(path);
        PayloadKey itemKey;
        const bool described = key.subkeys.size() == 1 && !key.recursive;
        if (described) {
            itemKey = key.subkeys.first();
            if (itemKey.allowedValues.isEmpty())
                itemKey.allowedValues = key.allowedValues;
        } else {
            itemKey.type = PayloadValueType::Any;
        }
        for (int i = 0; i < items.size(); ++i) {
            const Path itemPath = path + Path{i};
            const QString itemBase = PayloadValuePath::toString(itemPath);
            auto *line = new QHBoxLayout;
            const QVariant &item = items.at(i);
            const bool nested = (itemKey.type == PayloadValueType::Dictionary
                                 || itemKey.type == PayloadValueType::Array)
                                && fits(itemKey.type, item);
            if (nested && depth + 1 < MaxFormDepth) {
                auto *frame = new QGroupBox(PayloadForm::tr("Item %1").arg(i + 1));
                frame->setObjectName(widgetName(itemBase, u"GroupBox"_s));
                auto *frameLayout = new QVBoxLayout(frame);
                if (itemKey.type == PayloadValueType::Dictionary)
                    dictionary(frameLayout, itemKey, item.toMap(), itemPath, depth + 1);
                else
                    arrayItems(frameLayout, itemKey, item.toList(), itemPath, depth + 1);
                frameLayout->addWidget(issueLabel(itemPath));
                line->addWidget(frame, 1);
            } else {
                auto *cell = new QWidget;
                auto *cellLayout = new QVBoxLayout(cell);
                cellLayout->setContentsMargins(0, 0, 0, 0);
                cellLayout->addWidget(scalar(itemKey, &item, itemPath, false));
                cellLayout->addWidget(issueLabel(itemPath));
                line->addWidget(cell, 1);
            }
            auto *remove = new QToolButton;
            remove->setObjectName(widgetName(itemBase, u"RemoveButton"_s));
            remove->setText(u"−"_s);
            remove->setToolTip(PayloadForm::tr("Remove this item"));
            QObject::connect(
                remove, &QToolButton::clicked, m_form, [form = m_form, path, items, i] {
                    QVariantList rest = items;
                    rest.removeAt(i);
                    Q_EMIT form->edited(path, rest, true);
                });
            line->addWidget(remove, 0, Qt::AlignTop);
            layout->addLayout(line);
        }
        auto *add = new QPushButton(PayloadForm::tr("Add Item"));
        add->setObjectName(widgetName(base, u"AddButton"_s));
        const QVariant fresh = freshValue(described ? &itemKey : nullptr);
        QObject::connect(add, &QPushButton::clicked, m_form, [form = m_form, path, items, fresh] {
            Q_EMIT form->edited(path, QVariantList(items) << fresh, true);
        });
        auto *addLine = new QHBoxLayout;
        addLine->addWidget(add);
        addLine->addStretch();
        layout->addLayout(addLine);
    }

    void dictionary(QVBoxLayout *layout,
                    const PayloadKey &key,
                    const QVariantMap &values,
                    const Path &path,
                    int depth)
    {
        if (key.subkeys.isEmpty() || key.recursive) {
            auto *view = new RawValueView;
            view->setObjectName(widgetName(PayloadValuePath::toString(path), u"TreeWidget"_s));
            view->setEntries(values);
            layout->addWidget(view);
            return;
        }
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        keys(form, key.subkeys, values, path, key.platforms, {}, depth + 1);
        layout->addLayout(form);
    }

    void wildcardEntries(QFormLayout *layout,
                         const PayloadKey &key,
                         const QVariantMap &entries,
                         const Path &at,
                         int depth)
    {
        const QString base = PayloadValuePath::toString(at);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            const Path path = at + Path{it.key()};
            PayloadKey named = key;
            named.name = it.key();
            named.title = it.key();
            named.required = false;
            row(layout, named, &it.value(), path, key.platforms, depth);
        }
        auto *line = new QWidget;
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *name = new QLineEdit;
        name->setObjectName(widgetName(base, u"NewKeyLineEdit"_s));
        name->setPlaceholderText(key.description.isEmpty() ? PayloadForm::tr("New key")
                                                           : key.description);
        auto *add = new QPushButton(PayloadForm::tr("Add Key"));
        add->setObjectName(widgetName(base, u"AddKeyButton"_s));
        lineLayout->addWidget(name, 1);
        lineLayout->addWidget(add);
        const QVariant fresh = freshValue(&key);
        QObject::connect(
            add, &QPushButton::clicked, m_form, [form = m_form, name, at, entries, fresh] {
                const QString entryName = name->text().trimmed();
                if (entryName.isEmpty() || entries.contains(entryName))
                    return;
                Q_EMIT form->edited(at + Path{entryName}, fresh, true);
            });
        layout->addRow(PayloadForm::tr("Add:"), line);
    }

    PayloadForm *m_form;
    FileChooser m_chooseFile;
};

PayloadForm::PayloadForm(const QList<PayloadKey> &keys,
                         const QVariantMap &values,
                         const QList<PayloadPlatform> &payloadPlatforms,
                         const QSet<QString> &hiddenKeys,
                         FileChooser chooseFile,
                         QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    Builder builder(this, std::move(chooseFile));
    builder.keys(layout, keys, values, {}, payloadPlatforms, hiddenKeys, 0);
}

PayloadForm::~PayloadForm() = default;

void PayloadForm::setIssues(const QList<ProfileIssue> &issues)
{
    QHash<QLabel *, QStringList> messages;
    QHash<QLabel *, bool> errors;
    for (const ProfileIssue &issue : issues) {
        if (issue.severity == ProfileIssue::Severity::Info)
            continue;
        QString path = issue.keyPath;
        QLabel *label = m_issueLabels.value(path);
        while (!label && !path.isEmpty()) {
            path = parentPathString(path);
            label = m_issueLabels.value(path);
        }
        if (!label)
            continue;
        QString text = issue.message;
        if (path != issue.keyPath)
            text = tr("%1: %2").arg(issue.keyPath, issue.message);
        messages[label].append(text);
        if (issue.severity == ProfileIssue::Severity::Error)
            errors[label] = true;
    }
    for (QLabel *label : std::as_const(m_issueLabels)) {
        const auto found = messages.constFind(label);
        if (found == messages.cend()) {
            label->clear();
            label->setVisible(false);
            continue;
        }
        label->setText(found->join(u'\n'));
        label->setStyleSheet(errors.value(label) ? u"color: #c62828;"_s : u"color: #9a6700;"_s);
        label->setVisible(true);
    }
}

} // namespace Espalier
