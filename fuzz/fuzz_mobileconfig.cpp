// SPDX-License-Identifier: GPL-3.0-or-later
// .mobileconfig import: XML or binary plists, bare or in CMS SignedData (signers chained to the
// fuzz CA only, at the fuzz clock's time); whatever is readable is also checked and written out.
#include "core/profiles/MobileConfig.h"
#include "fuzz/FuzzSupport.h"

using namespace Espalier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    static const MobileConfig::ReadOptions options{
        .maxBytes = MobileConfig::defaultMaxBytes,
        .trustedRoots = {FuzzSupport::certificateAuthority().certificate()},
        .useSystemRoots = false,
        .at = FuzzSupport::clock().now()};

    const MobileConfig::Imported imported = MobileConfig::read(FuzzSupport::bytes(data, size),
                                                               options);
    if (!imported.readable)
        return 0;
    (void)MobileConfig::check(imported.document);
    (void)MobileConfig::payloadTypes(imported.document);
    if (imported.signature)
        (void)MobileConfig::describeSigner(imported.signature->signer());
    (void)MobileConfig::fromPlistValue(MobileConfig::toPlistValue(imported.document));
    (void)MobileConfig::write(imported.document, Plist::Format::Xml);
    (void)MobileConfig::write(imported.document, Plist::Format::Binary);
    return 0;
}
