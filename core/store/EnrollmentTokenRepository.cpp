// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/EnrollmentTokenRepository.h"

#include "core/common/Clock.h"
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

// Column names are fixed here, never taken from input.
QString sealedColumn(bool unlock)
{
    return unlock ? u"unlock_token_sealed"_s : u"bootstrap_token_sealed"_s;
}

QString timeColumn(bool unlock)
{
    return unlock ? u"unlock_token_at"_s : u"bootstrap_token_at"_s;
}

} // namespace

EnrollmentTokenRepository::EnrollmentTokenRepository(Database &database,
                                                     const Clock &clock,
                                                     SecretBox secretBox)
    : m_database(database)
    , m_clock(clock)
    , m_secretBox(std::move(secretBox))
{}

Result<void> EnrollmentTokenRepository::storeUnlockToken(const QString &enrollmentId,
                                                         QByteArrayView token)
{
    if (token.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    tr("An empty unlock token cannot be stored."),
                    u"empty unlock token for %1"_s.arg(enrollmentId));
    }
    return store(Column::UnlockToken, enrollmentId, token);
}

Result<std::optional<QByteArray>> EnrollmentTokenRepository::unlockToken(
    const QString &enrollmentId)
{
    return load(Column::UnlockToken, enrollmentId);
}

Result<bool> EnrollmentTokenRepository::hasUnlockToken(const QString &enrollmentId)
{
    Result<std::optional<QByteArray>> box = sealed(Column::UnlockToken, enrollmentId);
    if (!box)
        return fail(box.error());
    return box->has_value();
}

Result<void> EnrollmentTokenRepository::storeBootstrapToken(const QString &enrollmentId,
                                                            QByteArrayView token)
{
    return store(Column::BootstrapToken, enrollmentId, token);
}

Result<std::optional<QByteArray>> EnrollmentTokenRepository::bootstrapToken(
    const QString &enrollmentId)
{
    return load(Column::BootstrapToken, enrollmentId);
}

Result<void> EnrollmentTokenRepository::store(Column column,
                                              const QString &enrollmentId,
                                              QByteArrayView token)
{
    const bool unlock = column == Column::UnlockToken;
    QVariant box = SqlValues::fromBlob({});
    QVariant at = SqlValues::fromTime({});
    if (!token.isEmpty()) {
        Result<QByteArray> sealedBox = m_secretBox.seal(token,
                                                        associatedData(column, enrollmentId));
        if (!sealedBox)
            return fail(sealedBox.error());
        box = *sealedBox;
        at = SqlValues::fromTime(m_clock.now());
    }
    Result<void> done = m_database.transaction([&]() -> Result<void> {
        Result<QSqlQuery> updated = m_database.exec(
            u"UPDATE enrollments SET "_s + sealedColumn(unlock) + u" = ?, "_s + timeColumn(unlock)
                + u" = ? WHERE id = ?"_s,
            {box, at, enrollmentId});
        if (!updated)
            return fail(updated.error());
        if (updated->numRowsAffected() == 0) {
            return fail(Error::Code::NotFound,
                        tr("The device or user is not enrolled."),
                        u"no enrollment %1"_s.arg(enrollmentId));
        }
        return {};
    });
    return SqlValues::described(std::move(done),
                                unlock ? tr("The unlock token could not be saved.")
                                       : tr("The bootstrap token could not be saved."));
}

Result<std::optional<QByteArray>> EnrollmentTokenRepository::sealed(Column column,
                                                                    const QString &enrollmentId)
{
    const bool unlock = column == Column::UnlockToken;
    Result<QSqlQuery> query = m_database.exec(
        u"SELECT "_s + sealedColumn(unlock) + u" FROM enrollments WHERE id = ?"_s, {enrollmentId});
    if (!query) {
        return SqlValues::described<std::optional<QByteArray>>(
            fail(query.error()), tr("The stored token could not be read."));
    }
    if (!query->next()) {
        return fail(Error::Code::NotFound,
                    tr("The device or user is not enrolled."),
                    u"no enrollment %1"_s.arg(enrollmentId));
    }
    const QVariant value = query->value(0);
    if (value.isNull())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(value.toByteArray());
}

Result<std::optional<QByteArray>> EnrollmentTokenRepository::load(Column column,
                                                                  const QString &enrollmentId)
{
    Result<std::optional<QByteArray>> box = sealed(column, enrollmentId);
    if (!box || !box->has_value())
        return box;
    Result<QByteArray> opened = m_secretBox.open(**box, associatedData(column, enrollmentId));
    if (!opened) {
        Error error = opened.error();
        error.detail = u"enrollment %1: %2"_s.arg(enrollmentId, error.detail);
        return fail(std::move(error));
    }
    return std::optional<QByteArray>(std::move(*opened));
}

QByteArray EnrollmentTokenRepository::associatedData(Column column, const QString &enrollmentId)
{
    const bool unlock = column == Column::UnlockToken;
    return "espalier.enrollments." + sealedColumn(unlock).toUtf8() + '\n' + enrollmentId.toUtf8();
}

} // namespace Espalier
