// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Certificate.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// A SCEP client as an Apple device is one, written against OpenSSL directly and independently of
// core/pki: makes a key, a PKCS#10 request with a challengePassword and a self-signed signing
// certificate, wraps them in a pkiMessage (SignedData over EnvelopedData, RFC 8894), and reads
// the CertRep that comes back. Test code only; one thread.
class ScepTestClient final
{
public:
    enum class Cipher {
        Aes128Cbc,
        Aes256Cbc,
        DesEde3Cbc,
    };

    enum class Digest {
        Sha1,
        Sha256,
    };

    struct Options
    {
        QString challenge{};
        QString commonName = QStringLiteral("Espalier Test Device");
        QString organization = QStringLiteral("Example Org");
        Cipher cipher = Cipher::Aes128Cbc;
        Digest digest = Digest::Sha256;
        // 19 PKCSReq, 17 RenewalReq, or anything else to test refusals.
        int messageType = 19;
        // Encode the SignedData as BER with indefinite lengths, as some devices do.
        bool indefiniteLength = false;
        // Flip a bit of the signature after signing.
        bool tamperSignature = false;
    };

    // What a CertRep said.
    struct Reply
    {
        bool parsed = false;
        QString error;
        bool signatureValid = false;
        Espalier::Certificate signer;
        int messageType = -1;
        int pkiStatus = -1;
        int failInfo = -1; // -1: absent
        QString transactionId;
        QByteArray senderNonce;
        QByteArray recipientNonce;
        QString digest;         // short name, e.g. "SHA256"
        QString envelopeCipher; // short name, e.g. "AES-128-CBC"; empty without an envelope
        QList<Espalier::Certificate> certificates;
    };

    // A new RSA key of keyBits for the device.
    explicit ScepTestClient(int keyBits = 2048);
    ~ScepTestClient();

    ScepTestClient(const ScepTestClient &) = delete;
    ScepTestClient &operator=(const ScepTestClient &) = delete;

    // A PKCSReq: the request for our key, signed with a self-signed certificate for it and
    // encrypted to the CA. Empty on failure (see lastError()).
    [[nodiscard]] QByteArray pkcsReq(const Espalier::Certificate &ca, const Options &options);

    // A RenewalReq for a fresh key of this client, signed by an existing identity (certificate
    // and PKCS#8 DER key).
    [[nodiscard]] QByteArray renewalReq(const Espalier::Certificate &ca,
                                        const Espalier::Certificate &identity,
                                        const QByteArray &identityKeyDer,
                                        const Options &options);

    // Reads a CertRep: checks its signature, reads the attributes and, on success, decrypts the
    // envelope with this client's key (or the signing identity's key of a renewal).
    [[nodiscard]] Reply readReply(const QByteArray &certRep) const;

    // The last request's transaction and nonce.
    [[nodiscard]] const QString &transactionId() const { return m_transactionId; }

    [[nodiscard]] const QByteArray &senderNonce() const { return m_senderNonce; }

    // The client's key, PKCS#8 DER.
    [[nodiscard]] QByteArray keyDer() const;
    // The self-signed certificate the last PKCSReq was signed with.
    [[nodiscard]] Espalier::Certificate signingCertificate() const;

    [[nodiscard]] const QString &lastError() const { return m_lastError; }

private:
    struct Private;

    [[nodiscard]] QByteArray buildRequest(const Espalier::Certificate &ca, const Options &options);

    std::unique_ptr<Private> d;
    QString m_transactionId;
    QByteArray m_senderNonce;
    QString m_lastError;
};
