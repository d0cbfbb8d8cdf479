// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificates/Credential.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Espalier {

// Paints the Days left column of the credentials in the colour of their expiry state (amber
// within 60 days, red within 10 and once expired), with a dot so the state does not rest on
// colour alone. UI thread.
class CredentialExpiryDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CredentialExpiryDelegate(QObject *parent = nullptr);

    // The state's colour; invalid for Valid.
    [[nodiscard]] static QColor color(ExpiryState state);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Espalier
