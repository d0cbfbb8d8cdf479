// SPDX-License-Identifier: GPL-3.0-or-later
// The plist reader (XML and binary) under the engine's limits and under tight ones; what it
// accepts of up to 20,000 nodes must also write and read back, in both formats.
#include "core/plist/Plist.h"
#include "fuzz/FuzzSupport.h"

using namespace Espalier;

namespace {

void checkRoundTrip(const QVariant &value)
{
    // Written out, a value can outgrow the limits it was read under: XML spells each UID as a
    // dict of a key and an integer, three nodes for one and a level deeper. This checks the
    // writers, not the limits.
    Plist::Limits generous;
    generous.maxBytes = 256 * 1024 * 1024;
    generous.maxContentBytes = 1024 * 1024 * 1024;
    generous.maxNodes = 16 * 1024 * 1024;
    generous.maxDepth = Plist::maxSupportedDepth;
    if (Result<QByteArray> binary = Plist::toBinary(value)) {
        if (!Plist::parse(*binary, generous))
            FuzzSupport::fatal("a binary plist written from a parsed value does not read back");
    }
    // XML refuses some strings binary carries (control characters), so it may fail cleanly.
    if (Result<QByteArray> xml = Plist::toXml(value)) {
        if (!Plist::parse(*xml, generous))
            FuzzSupport::fatal("an XML plist written from a parsed value does not read back");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    const QByteArray input = FuzzSupport::bytes(data, size);
    (void)Plist::detectFormat(input);

    // What the engine reads; a small input may expand to the full node budget, which is slow
    // to write and read twice more under the sanitizers, so the round trip takes smaller values.
    (void)Plist::parse(input);
    Plist::Limits roundTrip;
    roundTrip.maxNodes = 20000;
    if (Result<QVariant> value = Plist::parse(input, roundTrip))
        checkRoundTrip(*value);

    Plist::Limits tight;
    tight.maxDepth = 4;
    tight.maxNodes = 64;
    tight.maxContentBytes = 512;
    (void)Plist::parse(input, tight);
    return 0;
}
