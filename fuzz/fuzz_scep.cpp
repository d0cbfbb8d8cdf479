// SPDX-License-Identifier: GPL-3.0-or-later
// SCEP PKIOperation against the fuzz CA. The first byte picks what the rest is:
//   0: a POST body (a pkiMessage as a device sends it);
//   1: the `message` parameter of a GET (base64 text, as a form decoder left it);
//   2: a PKCS#10 request, signed and encrypted to the CA here as a device would, so that the
//      request itself reaches decryption and the CSR checks (a fuzzed pkiMessage rarely keeps
//      a valid signature).
// Each input's store writes (a challenge's use) are rolled back.
#include "core/pki/EnrollmentLinkService.h"
#include "core/pki/ScepService.h"
#include "core/store/Database.h"
#include "fuzz/FuzzSupport.h"
#include "tests/support/SimulatedScepMessage.h"

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

struct Service
{
    std::unique_ptr<Database> database;
    std::unique_ptr<EnrollmentLinkService> links;
    std::unique_ptr<ScepService> scep;
};

Service &service()
{
    static Service made = [] {
        Service service;
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            FuzzSupport::scratchPath(u"scep.sqlite"_s));
        if (!database)
            FuzzSupport::fatal("cannot open the store");
        service.database = std::move(*database);
        service.links = std::make_unique<EnrollmentLinkService>(*service.database,
                                                                FuzzSupport::clock());
        service.scep = std::make_unique<ScepService>(
            FuzzSupport::certificateAuthority(), *service.links, FuzzSupport::clock());
        return service;
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    if (size < 1)
        return 0;
    const QByteArray rest = FuzzSupport::bytes(data + 1, size - 1);

    ScepService::Request request{
        .method = "POST", .operation = u"PKIOperation"_s, .message = {}, .body = {}};
    switch (data[0] % 3) {
    case 0:
        request.body = rest;
        break;
    case 1:
        request.method = "GET";
        request.message = QString::fromLatin1(rest);
        break;
    default: {
        Result<SimulatedScepMessage::PkcsReq> wrapped = SimulatedScepMessage::createPkcsReq(
            rest,
            FuzzSupport::deviceKey(),
            FuzzSupport::deviceIdentity(),
            FuzzSupport::certificateAuthority().certificate(),
            SimulatedScepMessage::Cipher::Aes256Cbc,
            SimulatedOpenSsl::DigestAlgorithm::Sha256);
        if (!wrapped)
            return 0;
        request.body = wrapped->der;
        break;
    }
    }

    Service &scep = service();
    (void)scep.database->transaction([&]() -> Result<void> {
        (void)scep.scep->handle(request);
        return fail(Error::Code::Cancelled, u"rolled back"_s);
    });
    return 0;
}
