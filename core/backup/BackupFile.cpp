// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backup/BackupFile.h"

#include "core/crypto/Digest.h"
#include "core/crypto/OpenSsl.h"
#include "core/crypto/Random.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

constexpr QByteArrayView Magic("ESPALIER");
constexpr quint8 ScryptKdf = 1;
constexpr qsizetype SaltSize = 16;
constexpr qsizetype NonceSize = 12;
constexpr qsizetype CheckSize = 16;
constexpr qsizetype KeySize = 32;
// Offsets into the header.
constexpr qsizetype VersionAt = 8;
constexpr qsizetype KdfAt = 10;
constexpr qsizetype Log2NAt = 11;
constexpr qsizetype RAt = 12;
constexpr qsizetype PAt = 16;
constexpr qsizetype SaltAt = 20;
constexpr qsizetype NonceAt = SaltAt + SaltSize;
constexpr qsizetype CheckAt = NonceAt + NonceSize;
constexpr qsizetype LengthAt = CheckAt + CheckSize;
static_assert(LengthAt + 8 == BackupFile::HeaderSize);

// A file that asks for more than this would make opening it a way to exhaust the machine.
constexpr int MaxLog2N = 22;
constexpr int MinLog2N = 10;
constexpr int MaxR = 32;
constexpr int MaxP = 16;
constexpr quint64 MaxScryptMemory = 2ULL * 1024 * 1024 * 1024;
// GCM is processed in slices so that progress can be told.
constexpr qsizetype Slice = 1024 * 1024;

// The plaintext: what the contents are, independent of the file's envelope.
const QString PayloadMagic = u"espalier-state"_s;
constexpr quint32 PayloadVersion = 1;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *context) const { EVP_CIPHER_CTX_free(context); }
};

using CipherContextPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

struct KdfDeleter
{
    void operator()(EVP_KDF *kdf) const { EVP_KDF_free(kdf); }
};

struct KdfContextDeleter
{
    void operator()(EVP_KDF_CTX *context) const { EVP_KDF_CTX_free(context); }
};

Error cryptoError(const QString &what)
{
    return Error{Error::Code::Crypto,
                 BackupFile::tr("The backup could not be encrypted or decrypted."),
                 what + u": "_s + OpenSsl::takeErrors()};
}

// 64 bytes: the AES key, then the material of the passphrase check.
Result<QByteArray> deriveKeys(QStringView passphrase,
                              QByteArrayView salt,
                              const BackupFile::WorkFactor &work)
{
    std::unique_ptr<EVP_KDF, KdfDeleter> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr));
    if (!kdf)
        return fail(cryptoError(u"EVP_KDF_fetch(SCRYPT)"_s));
    std::unique_ptr<EVP_KDF_CTX, KdfContextDeleter> context(EVP_KDF_CTX_new(kdf.get()));
    if (!context)
        return fail(cryptoError(u"EVP_KDF_CTX_new"_s));
    QByteArray secret = passphrase.toUtf8();
    QByteArray saltCopy = salt.toByteArray();
    uint64_t n = uint64_t(1) << work.log2N;
    uint32_t r = uint32_t(work.r);
    uint32_t p = uint32_t(work.p);
    uint64_t maxMemory = MaxScryptMemory;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, secret.data(), size_t(secret.size())),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, saltCopy.data(), size_t(saltCopy.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxMemory),
        OSSL_PARAM_construct_end(),
    };
    QByteArray keys(2 * KeySize, '\0');
    const int derived = EVP_KDF_derive(
        context.get(), reinterpret_cast<unsigned char *>(keys.data()), size_t(keys.size()), params);
    OpenSsl::cleanse(secret);
    if (derived != 1) {
        OpenSsl::cleanse(keys);
        return fail(cryptoError(u"EVP_KDF_derive(SCRYPT)"_s));
    }
    return keys;
}

QByteArray passphraseCheck(QByteArrayView keys)
{
    QByteArray material = "espalier-backup-check"_ba;
    material.append(keys.sliced(KeySize));
    QByteArray check = Digest::sha256(material).left(CheckSize);
    OpenSsl::cleanse(material);
    return check;
}

void putBig16(QByteArray &out, qsizetype at, quint16 value)
{
    qToBigEndian(value, out.data() + at);
}

void putBig32(QByteArray &out, qsizetype at, quint32 value)
{
    qToBigEndian(value, out.data() + at);
}

void putBig64(QByteArray &out, qsizetype at, quint64 value)
{
    qToBigEndian(value, out.data() + at);
}

// Encrypts (or decrypts) in into out in slices, telling progress from first to last percent.
bool runCipher(EVP_CIPHER_CTX *context,
               bool encrypt,
               QByteArrayView in,
               QByteArray &out,
               const BackupFile::Progress &progress,
               int first,
               int last)
{
    out.resize(in.size());
    for (qsizetype at = 0; at < in.size(); at += Slice) {
        const qsizetype length = qMin(Slice, in.size() - at);
        int written = 0;
        const auto *source = reinterpret_cast<const unsigned char *>(in.data() + at);
        auto *target = reinterpret_cast<unsigned char *>(out.data() + at);
        const int ok = encrypt ? EVP_EncryptUpdate(context, target, &written, source, int(length))
                               : EVP_DecryptUpdate(context, target, &written, source, int(length));
        if (ok != 1 || written != length)
            return false;
        if (progress && !in.isEmpty())
            progress(first + int((last - first) * (at + length) / in.size()));
    }
    return true;
}

QByteArray serialize(const BackupContents &contents)
{
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << PayloadMagic << PayloadVersion << contents.createdAt.toUTC()
        << qint32(contents.schemaVersion) << contents.database << quint32(contents.secrets.size());
    for (const BackupSecret &secret : contents.secrets)
        out << secret.name << secret.value;
    return payload;
}

Result<BackupContents> deserialize(const QByteArray &payload)
{
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    QString magic;
    quint32 version = 0;
    BackupContents contents;
    qint32 schemaVersion = 0;
    quint32 count = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != PayloadMagic || version != PayloadVersion) {
        return fail(Error::Code::Unsupported,
                    BackupFile::tr("The backup holds data this version of Espalier cannot read."),
                    u"payload %1 version %2"_s.arg(magic).arg(version));
    }
    in >> contents.createdAt >> schemaVersion >> contents.database >> count;
    contents.schemaVersion = schemaVersion;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        BackupSecret secret;
        in >> secret.name >> secret.value;
        contents.secrets.append(std::move(secret));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd()) {
        contents.clear();
        return fail(Error::Code::InvalidInput,
                    BackupFile::tr("The backup's contents are malformed."),
                    u"payload does not parse"_s);
    }
    return contents;
}

} // namespace

bool BackupFile::looksLikeBackup(QByteArrayView file)
{
    return file.startsWith(Magic);
}

Result<QByteArray> BackupFile::seal(const BackupContents &contents,
                                    QStringView passphrase,
                                    const Progress &progress)
{
    return seal(contents, passphrase, WorkFactor(), progress);
}

Result<QByteArray> BackupFile::seal(const BackupContents &contents,
                                    QStringView passphrase,
                                    const WorkFactor &work,
                                    const Progress &progress)
{
    if (passphrase.size() < MinPassphraseLength) {
        return fail(
            Error::Code::InvalidInput,
            tr("The passphrase must have at least %n characters.", nullptr, MinPassphraseLength));
    }
    if (work.log2N < MinLog2N || work.log2N > MaxLog2N || work.r < 1 || work.r > MaxR || work.p < 1
        || work.p > MaxP) {
        return fail(Error::Code::InvalidInput,
                    tr("The backup's work factor is out of range."),
                    u"log2 N %1, r %2, p %3"_s.arg(work.log2N).arg(work.r).arg(work.p));
    }
    Result<QByteArray> salt = Random::bytes(SaltSize);
    if (!salt)
        return fail(salt.error());
    Result<QByteArray> nonce = Random::bytes(NonceSize);
    if (!nonce)
        return fail(nonce.error());
    if (progress)
        progress(0);
    Result<QByteArray> keys = deriveKeys(passphrase, *salt, work);
    if (!keys)
        return fail(keys.error());
    if (progress)
        progress(40);

    QByteArray payload = serialize(contents);
    QByteArray file(HeaderSize, '\0');
    file.replace(0, Magic.size(), Magic.toByteArray());
    putBig16(file, VersionAt, FormatVersion);
    file[KdfAt] = char(ScryptKdf);
    file[Log2NAt] = char(work.log2N);
    putBig32(file, RAt, quint32(work.r));
    putBig32(file, PAt, quint32(work.p));
    file.replace(SaltAt, SaltSize, *salt);
    file.replace(NonceAt, NonceSize, *nonce);
    file.replace(CheckAt, CheckSize, passphraseCheck(*keys));
    putBig64(file, LengthAt, quint64(payload.size()));

    CipherContextPtr context(EVP_CIPHER_CTX_new());
    int ignored = 0;
    bool ok = context
              && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr)
                     == 1
              && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr)
                     == 1
              && EVP_EncryptInit_ex(context.get(),
                                    nullptr,
                                    nullptr,
                                    reinterpret_cast<const unsigned char *>(keys->constData()),
                                    reinterpret_cast<const unsigned char *>(nonce->constData()))
                     == 1
              && EVP_EncryptUpdate(context.get(),
                                   nullptr,
                                   &ignored,
                                   reinterpret_cast<const unsigned char *>(file.constData()),
                                   int(HeaderSize))
                     == 1;
    OpenSsl::cleanse(*keys);
    QByteArray ciphertext;
    ok = ok && runCipher(context.get(), true, payload, ciphertext, progress, 40, 95);
    OpenSsl::cleanse(payload);
    QByteArray tag(TagSize, '\0');
    ok = ok
         && EVP_EncryptFinal_ex(
                context.get(), reinterpret_cast<unsigned char *>(tag.data()), &ignored)
                == 1
         && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), tag.data()) == 1;
    if (!ok)
        return fail(cryptoError(u"AES-256-GCM seal"_s));
    file.append(ciphertext).append(tag);
    if (progress)
        progress(100);
    return file;
}

Result<BackupContents> BackupFile::open(QByteArrayView file,
                                        QStringView passphrase,
                                        const Progress &progress)
{
    if (!looksLikeBackup(file)) {
        return fail(
            Error::Code::InvalidInput, tr("This file is not an Espalier backup."), u"no magic"_s);
    }
    if (file.size() < HeaderSize + TagSize) {
        return fail(Error::Code::InvalidInput,
                    tr("The backup file is incomplete. Copy it again from where it was saved."),
                    u"%1 bytes"_s.arg(file.size()));
    }
    const QByteArrayView header = file.first(HeaderSize);
    const quint16 version = qFromBigEndian<quint16>(header.data() + VersionAt);
    if (version != FormatVersion) {
        return fail(Error::Code::Unsupported,
                    tr("This backup was made by a newer version of Espalier. Restore it with "
                       "that version or a later one."),
                    u"format version %1"_s.arg(version));
    }
    WorkFactor work;
    work.log2N = quint8(header.at(Log2NAt));
    work.r = int(qFromBigEndian<quint32>(header.data() + RAt));
    work.p = int(qFromBigEndian<quint32>(header.data() + PAt));
    if (quint8(header.at(KdfAt)) != ScryptKdf || work.log2N < MinLog2N || work.log2N > MaxLog2N
        || work.r < 1 || work.r > MaxR || work.p < 1 || work.p > MaxP) {
        return fail(Error::Code::Unsupported,
                    tr("The backup file asks for a key derivation Espalier does not accept; it "
                       "is damaged or was not made by Espalier."),
                    u"kdf %1, log2 N %2, r %3, p %4"_s.arg(quint8(header.at(KdfAt)))
                        .arg(work.log2N)
                        .arg(work.r)
                        .arg(work.p));
    }
    const quint64 length = qFromBigEndian<quint64>(header.data() + LengthAt);
    if (length != quint64(file.size() - HeaderSize - TagSize)) {
        return fail(Error::Code::InvalidInput,
                    tr("The backup file is incomplete or has been changed. Copy it again from "
                       "where it was saved."),
                    u"%1 bytes of ciphertext announced, %2 present"_s.arg(length).arg(
                        file.size() - HeaderSize - TagSize));
    }
    if (progress)
        progress(0);
    Result<QByteArray> keys = deriveKeys(passphrase, header.sliced(SaltAt, SaltSize), work);
    if (!keys)
        return fail(keys.error());
    if (progress)
        progress(40);
    if (passphraseCheck(*keys) != header.sliced(CheckAt, CheckSize)) {
        OpenSsl::cleanse(*keys);
        return fail(Error::Code::Crypto,
                    tr("The passphrase is wrong. Enter the passphrase that was set when the "
                       "backup was made."),
                    u"passphrase check differs"_s);
    }
    const QByteArrayView ciphertext = file.sliced(HeaderSize, qsizetype(length));
    QByteArray tag = file.last(TagSize).toByteArray();
    CipherContextPtr context(EVP_CIPHER_CTX_new());
    int ignored = 0;
    bool ok
        = context
          && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
          && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr)
                 == 1
          && EVP_DecryptInit_ex(context.get(),
                                nullptr,
                                nullptr,
                                reinterpret_cast<const unsigned char *>(keys->constData()),
                                reinterpret_cast<const unsigned char *>(header.data() + NonceAt))
                 == 1
          && EVP_DecryptUpdate(context.get(),
                               nullptr,
                               &ignored,
                               reinterpret_cast<const unsigned char *>(header.data()),
                               int(HeaderSize))
                 == 1;
    OpenSsl::cleanse(*keys);
    QByteArray payload;
    ok = ok && runCipher(context.get(), false, ciphertext, payload, progress, 40, 95)
         && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) == 1;
    if (!ok) {
        OpenSsl::cleanse(payload);
        return fail(cryptoError(u"AES-256-GCM open"_s));
    }
    unsigned char end[16];
    if (EVP_DecryptFinal_ex(context.get(), end, &ignored) != 1) {
        OpenSsl::cleanse(payload);
        return fail(Error::Code::Crypto,
                    tr("The backup file has been changed or damaged since it was made, so it "
                       "cannot be trusted. Use another copy of the backup."),
                    u"GCM tag does not verify"_s);
    }
    Result<BackupContents> contents = deserialize(payload);
    OpenSsl::cleanse(payload);
    if (progress)
        progress(100);
    return contents;
}

} // namespace Espalier
