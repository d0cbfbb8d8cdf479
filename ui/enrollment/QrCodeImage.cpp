// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/enrollment/QrCodeImage.h"

#include <QPainter>
#include <qrencode.h>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;

namespace Espalier {

namespace {

struct QrCodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};

// A version 40 code at level M holds 2331 bytes; URLs are far below.
constexpr qsizetype MaxTextBytes = 2331;

} // namespace

Result<QrCodeImage::Matrix> QrCodeImage::encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty() || bytes.size() > MaxTextBytes) {
        return fail(Error::Code::InvalidInput,
                    tr("This text cannot be shown as a QR code."),
                    u"%1 bytes"_s.arg(bytes.size()));
    }
    // encodeData, not encodeString: the bytes are taken as they are, with no mode guessing.
    std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeData(int(bytes.size()),
                          reinterpret_cast<const unsigned char *>(bytes.constData()),
                          0,
                          QR_ECLEVEL_M));
    if (!code) {
        return fail(Error::Code::InvalidInput,
                    tr("This text cannot be shown as a QR code."),
                    u"QRcode_encodeData failed (errno %1)"_s.arg(errno));
    }
    Matrix matrix;
    matrix.version = code->version;
    matrix.width = code->width;
    matrix.dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.dark.size(); ++i)
        matrix.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return matrix;
}

QImage QrCodeImage::render(const Matrix &matrix, int moduleSize)
{
    const int side = (matrix.width + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.width; ++y) {
        for (int x = 0; x < matrix.width; ++x) {
            if (matrix.isDark(x, y)) {
                painter.fillRect((x + QuietZone) * moduleSize,
                                 (y + QuietZone) * moduleSize,
                                 moduleSize,
                                 moduleSize,
                                 Qt::black);
            }
        }
    }
    return image;
}

Result<QImage> QrCodeImage::render(const QString &text, int moduleSize)
{
    Result<Matrix> matrix = encode(text);
    if (!matrix)
        return fail(matrix.error());
    return render(*matrix, moduleSize);
}

} // namespace Espalier
