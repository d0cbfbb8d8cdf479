// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/profiles/PayloadKey.h"
#include "core/profiles/ProfileIssue.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class QLabel;

namespace Espalier {

// A form generated from payload schema keys over one dictionary: the right editor per type,
// required keys marked, platform and supervision badges, a message line under each field for
// its validation issue, and keys the schema does not describe shown read-only. It never
// changes the values itself: every edit is reported through edited() and the owner decides
// (ProfileEditor records it for undo). Widgets are named after the key path plus their kind,
// such as "Services.SystemPolicyAllFiles[0].IdentifierLineEdit". UI thread.
class PayloadForm final : public QWidget
{
    Q_OBJECT

public:
    // Asks for a file to read into a data field; an empty path means cancelled.
    using FileChooser = std::function<QString(QWidget *parent, const QString &title)>;

    // hiddenKeys are neither shown nor listed as unknown (the owner shows them elsewhere).
    // payloadPlatforms is the payload's own list: keys available exactly there get no badges.
    PayloadForm(const QList<PayloadKey> &keys,
                const QVariantMap &values,
                const QList<PayloadPlatform> &payloadPlatforms,
                const QSet<QString> &hiddenKeys,
                FileChooser chooseFile,
                QWidget *parent = nullptr);
    ~PayloadForm() override;

    // Shows each issue under the field of its key path (or the nearest enclosing field).
    void setIssues(const QList<ProfileIssue> &issues);

Q_SIGNALS:
    // The value at path changed; an invalid value means the key was removed ("not set").
    // structural is true when the form's layout must be rebuilt to show the change (items
    // added or removed); plain value edits are already on screen.
    void edited(const QVariantList &path, const QVariant &value, bool structural);

private:
    class Builder;

    QHash<QString, QLabel *> m_issueLabels;
};

} // namespace Espalier
