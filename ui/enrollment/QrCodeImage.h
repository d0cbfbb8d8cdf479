// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace Espalier {

// A QR code of a text (an enrollment link's URL) through libqrencode, as a module matrix and as
// a black-on-white image with the quiet zone the standard asks for. Stateless; any thread.
class QrCodeImage final
{
    Q_DECLARE_TR_FUNCTIONS(Espalier::QrCodeImage)

public:
    // Light modules around the code, in modules (ISO/IEC 18004 asks for four).
    static constexpr int QuietZone = 4;

    struct Matrix
    {
        int version = 0;
        int width = 0;    // modules per side
        QList<bool> dark; // row by row, width * width

        [[nodiscard]] bool isDark(int x, int y) const { return dark.at(y * width + x); }
    };

    // The smallest code that holds text in 8-bit mode with error correction level M (a phone
    // reads it off a screen or a print-out with a smudge). InvalidInput for empty or too long
    // text.
    [[nodiscard]] static Result<Matrix> encode(const QString &text);

    // moduleSize pixels per module, quiet zone included: (width + 2 * QuietZone) * moduleSize
    // pixels per side.
    [[nodiscard]] static QImage render(const Matrix &matrix, int moduleSize);
    [[nodiscard]] static Result<QImage> render(const QString &text, int moduleSize);
};

} // namespace Espalier
