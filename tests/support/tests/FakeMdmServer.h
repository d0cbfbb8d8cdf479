// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/PrivateKey.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpResponder.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <memory>

namespace Espalier {

class HttpServer;

// The smallest MDM server that holds a simulated device to Apple's rules, for the simulator's
// own tests: serves a (signed) enrollment profile, runs a SCEP CA that really decrypts the
// request and issues the identity, verifies every Mdm-Signature against that CA and binds each
// identity to its UDID, records check-ins and reports, and hands out queued commands.
// Lives on the test thread; HTTPS on 127.0.0.1 with certificates made by Pki.
class FakeMdmServer final : public QObject
{
    Q_OBJECT

public:
    // The certificates and keys, made once per test run (RSA key generation is slow).
    struct Pki
    {
        Certificate scepCa;
        PrivateKey scepCaKey;
        Certificate tlsCa;
        Certificate tlsServer;
        PrivateKey tlsServerKey;
        Certificate profileSigner;
        PrivateKey profileSignerKey;

        [[nodiscard]] static Result<Pki> create();
    };

    struct Options
    {
        QStringList scepCapabilities{
            QStringLiteral("POSTPKIOperation"), QStringLiteral("SHA-256"), QStringLiteral("AES")};
        bool signProfile = true;
        bool signMessage = true;
        bool pinCaFingerprint = true;
        // Put a wrong CAFingerprint in the profile.
        bool wrongCaFingerprint = false;
        QStringList serverCapabilities{QStringLiteral("com.apple.mdm.per-user-connections")};
        int accessRights = 8191;
        // Identity from a PKCS#12 payload instead of SCEP.
        bool pkcs12Identity = false;
        qint64 maxBodyBytes = 1024 * 1024;
    };

    struct Message
    {
        QString enrollmentId; // UDID, or UDID:UserID for the user channel
        QVariantMap plist;
        QByteArray body;
        Certificate signer; // from Mdm-Signature, or the TLS client certificate
        bool signedByHeader = false;
    };

    struct Rejection
    {
        QString path;
        int status = 0;
        QString reason;
    };

    struct ScepExchange
    {
        QByteArray method;
        QString operation;
        bool messageInQuery = false;
    };

    explicit FakeMdmServer(const Pki &pki, QObject *parent = nullptr);
    ~FakeMdmServer() override;

    [[nodiscard]] Result<void> start(const Options &options);

    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] QUrl enrollmentUrl(const QString &token = QStringLiteral("token-1")) const;
    // What a device needs to trust this server.
    [[nodiscard]] QSslConfiguration clientTlsConfiguration() const;

    [[nodiscard]] QString topic() const { return m_topic; }

    [[nodiscard]] static QString profileIdentifier();

    // A complete enrollment profile; each call has a fresh PayloadUUID and challenge.
    [[nodiscard]] QByteArray enrollmentProfile();

    // Queues a command for an enrollment; returns its CommandUUID.
    QString queueCommand(const QString &enrollmentId, const QVariantMap &command);
    [[nodiscard]] qsizetype pendingCommands(const QString &enrollmentId) const;

    // The next Idle or report gets a 401 (the answer that unenrolls a device).
    void answerUnauthorizedOnce() { m_unauthorizedOnce = true; }

    [[nodiscard]] const QList<Message> &checkIns() const { return m_checkIns; }

    [[nodiscard]] QList<Message> checkIns(const QString &messageType) const;

    [[nodiscard]] const QList<Message> &reports() const { return m_reports; }

    // The last report answering a command.
    [[nodiscard]] QVariantMap report(const QString &commandUuid) const;

    [[nodiscard]] const QList<Rejection> &rejections() const { return m_rejections; }

    [[nodiscard]] const QList<ScepExchange> &scepExchanges() const { return m_scepExchanges; }

    [[nodiscard]] const QList<Certificate> &issuedCertificates() const { return m_issued; }

    [[nodiscard]] const QList<QSslCertificate> &tlsClientCertificates() const
    {
        return m_tlsClientCertificates;
    }

    [[nodiscard]] HttpServer &httpServer() { return *m_server; }

Q_SIGNALS:
    void checkInReceived(const QString &messageType);
    void reportReceived(const QString &status);
    void requestRejected(int status, const QString &reason);

private:
    void serveProfile(const HttpRequest &request, HttpResponder responder);
    void serveScep(const HttpRequest &request, HttpResponder responder);
    void serveDeviceMessage(const HttpRequest &request, HttpResponder responder, bool checkIn);
    [[nodiscard]] QByteArray pkiOperation(const QByteArray &message);
    [[nodiscard]] Result<Certificate> authenticateSender(const HttpRequest &request,
                                                         bool &byHeader);
    void reject(HttpResponder &responder, const QString &path, int status, const QString &reason);
    [[nodiscard]] QByteArray nextCommand(const QString &enrollmentId);

    struct Queued
    {
        QString uuid;
        QVariantMap command;
    };

    const Pki &m_pki;
    Options m_options;
    std::unique_ptr<HttpServer> m_server;
    QString m_topic;
    QSet<QString> m_challenges;
    // SHA-256 of the identity certificate -> the UDID it was bound to at Authenticate.
    QHash<QByteArray, QString> m_bindings;
    QHash<QString, QList<Queued>> m_queues;
    // Commands answered NotNow in the current session, skipped until the next Idle.
    QHash<QString, QSet<QString>> m_notNow;
    bool m_unauthorizedOnce = false;
    QList<Message> m_checkIns;
    QList<Message> m_reports;
    QList<Rejection> m_rejections;
    QList<ScepExchange> m_scepExchanges;
    QList<Certificate> m_issued;
    QList<QSslCertificate> m_tlsClientCertificates;
};

} // namespace Espalier
