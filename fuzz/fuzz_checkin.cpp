// SPDX-License-Identifier: GPL-3.0-or-later
// A body sent to /mdm/checkin or /mdm/connect: the check-in and command-report parsers, then the
// MDM service with an enrolled device, as the engine runs it. Each input's writes are rolled
// back, so every input meets the same store.
#include "core/crypto/SecretBox.h"
#include "core/mdm/CheckinMessage.h"
#include "core/mdm/CommandReport.h"
#include "core/mdm/DeviceIdentity.h"
#include "core/mdm/MdmService.h"
#include "core/store/Database.h"
#include "fuzz/FuzzSupport.h"

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

struct Service
{
    std::unique_ptr<Database> database;
    std::unique_ptr<MdmService> mdm;
    DeviceIdentity identity;
};

Service &service()
{
    static Service made = [] {
        Service service;
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            FuzzSupport::scratchPath(u"checkin.sqlite"_s));
        Result<SecretBox> box = SecretBox::fromKey(QByteArray(SecretBox::KeySize, '\x5a'));
        if (!database || !box)
            FuzzSupport::fatal("cannot open the store");
        service.database = std::move(*database);
        service.mdm = std::make_unique<MdmService>(
            *service.database, FuzzSupport::clock(), *box, QString::fromUtf16(FuzzSupport::Topic));
        service.identity = DeviceIdentity{FuzzSupport::deviceIdentity(),
                                          FuzzSupport::deviceIdentity().sha256Fingerprint()};
        FuzzSupport::enroll(*service.mdm, service.identity);
        return service;
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    const QByteArray body = FuzzSupport::bytes(data, size);

    if (Result<CheckinMessage> message = CheckinMessage::parse(body))
        (void)CheckinMessage::typeName(message->type);
    if (Result<CommandReport> report = CommandReport::parse(body))
        (void)CommandReport::errorChainText(report->errorChain);

    Service &mdm = service();
    (void)mdm.database->transaction([&]() -> Result<void> {
        (void)mdm.mdm->handleCheckin(mdm.identity, body);
        (void)mdm.mdm->handleConnect(mdm.identity, body);
        return fail(Error::Code::Cancelled, u"rolled back"_s);
    });
    return 0;
}
