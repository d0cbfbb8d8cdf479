// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/plist/Plist.h"

#include <QString>
#include <QVariant>
#include <QXmlStreamReader>

namespace Espalier {

// Builds a QVariant straight from an XML plist, refusing anything that Apple's parser would read
// differently or that libplist 2.2 would silently guess at (bad numbers, bad dates, bad base64,
// a key without a value). One instance per document, on the caller's thread.
class PlistXmlReader final
{
public:
    [[nodiscard]] static Result<QVariant> read(const QByteArray &data, const Plist::Limits &limits);

private:
    PlistXmlReader(const QString &text, const Plist::Limits &limits);

    [[nodiscard]] Result<QVariant> readDocument();
    [[nodiscard]] Result<QVariant> readPlistElement();
    // The reader stands on the value's start element; depth counts the containers around it.
    [[nodiscard]] Result<QVariant> readValue(int depth);
    [[nodiscard]] Result<QVariant> readDict(int depth);
    [[nodiscard]] Result<QVariant> readArray(int depth);
    // The text of a leaf element, up to and including its end element.
    [[nodiscard]] Result<QString> readText();
    [[nodiscard]] Result<void> countNode();
    [[nodiscard]] Result<void> countContent(qsizetype bytes);

    [[nodiscard]] tl::unexpected<Error> malformedHere(const QString &what) const;
    [[nodiscard]] tl::unexpected<Error> unexpectedToken() const;

    QXmlStreamReader m_xml;
    const Plist::Limits m_limits;
    qsizetype m_nodes = 0;
    qsizetype m_contentBytes = 0;
};

} // namespace Espalier
