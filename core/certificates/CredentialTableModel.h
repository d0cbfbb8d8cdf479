// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/certificates/Credential.h"

#include <QAbstractTableModel>
#include <QList>

namespace Espalier {

class Clock;

// The credentials of the Certificates page, one row each, with days left measured against the
// clock. The expiry state is a role (ExpiryStateRole); the view's delegate gives it a colour.
// Fed by CertificateService::credentials(); lives on the UI thread.
class CredentialTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        SubjectColumn,
        TopicColumn,
        AppleIdColumn,
        ExpiresColumn,
        DaysLeftColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // The raw value to sort by: a QDateTime, or text folded to lower case.
        SortRole = Qt::UserRole + 1,
        ExpiryStateRole, // ExpiryState as an int
        KindRole,        // CredentialKind as an int
        IdRole,
        CanExportRole, // bool: the key is held and the kind may be exported
    };
    Q_ENUM(Role)

    explicit CredentialTableModel(const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section,
                                      Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // Replaces every row (a reset).
    void setCredentials(QList<Credential> credentials);

    [[nodiscard]] const QList<Credential> &credentials() const { return m_credentials; }

    [[nodiscard]] const Credential &credentialAt(int row) const { return m_credentials.at(row); }

    // The CA and the push identity may be exported; the server certificate can be issued anew.
    [[nodiscard]] static bool canExport(const Credential &credential);

public Q_SLOTS:
    // The clock moved on (a new day): days left and states again.
    void refreshExpiry();

private:
    const Clock &m_clock;
    QList<Credential> m_credentials;
};

} // namespace Espalier
