// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/server/HttpRequest.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Every '%' must start a complete two-digit escape; QByteArray::fromPercentEncoding would pass a
// broken one through unchanged.
bool hasValidEscapes(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '%')
            continue;
        if (i + 2 >= text.size() || !isHexDigit(text[i + 1]) || !isHexDigit(text[i + 2]))
            return false;
        i += 2;
    }
    return true;
}

bool isForbiddenInSegment(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return c == '/' || c == '\\' || byte < 0x20 || byte == 0x7f;
}

Result<void> refuseTarget(const QString &detail)
{
    return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("Espalier::HttpRequest",
                                            "The request target is not a valid path."),
                detail);
}

} // namespace

Result<void> HttpRequest::setTarget(QByteArrayView target)
{
    if (target.isEmpty() || target.front() != '/')
        return refuseTarget(u"not in origin form"_s);
    const bool printable = std::all_of(
        target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f && c != '#'; });
    if (!printable)
        return refuseTarget(u"bytes outside printable ASCII"_s);

    const qsizetype queryStart = target.indexOf('?');
    const QByteArrayView rawPath = queryStart < 0 ? target : target.first(queryStart);
    const QByteArrayView rawQuery = queryStart < 0 ? QByteArrayView()
                                                   : target.sliced(queryStart + 1);
    if (!hasValidEscapes(rawPath) || !hasValidEscapes(rawQuery))
        return refuseTarget(u"broken percent escape"_s);

    QStringList segments;
    const QByteArrayList rawSegments = rawPath.sliced(1).toByteArray().split('/');
    for (const QByteArray &rawSegment : rawSegments) {
        const QByteArray segment = QByteArray::fromPercentEncoding(rawSegment);
        if (std::any_of(segment.begin(), segment.end(), isForbiddenInSegment))
            return refuseTarget(u"encoded separator or control character in the path"_s);
        if (segment == "..")
            return refuseTarget(u"'..' segment in the path"_s);
        if (segment.isEmpty() || segment == ".")
            continue;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString decoded = decoder.decode(segment);
        if (decoder.hasError())
            return refuseTarget(u"path is not UTF-8"_s);
        segments.append(std::move(decoded));
    }

    QString path = u'/' + segments.join(u'/');
    if (!segments.isEmpty() && rawPath.size() > 1 && rawPath.back() == '/')
        path += u'/';
    m_path = std::move(path);
    m_query = QUrlQuery(QString::fromLatin1(rawQuery));
    return {};
}

void HttpRequest::setRemote(QHostAddress address, quint16 port)
{
    m_remoteAddress = std::move(address);
    m_remotePort = port;
}

void HttpRequest::setPeer(QList<QSslCertificate> chain, QString verificationError)
{
    m_peerChain = std::move(chain);
    m_peerError = std::move(verificationError);
}

void HttpRequest::setVersion(int major, int minor)
{
    m_versionMajor = major;
    m_versionMinor = minor;
}

} // namespace Espalier
