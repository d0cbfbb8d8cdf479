// SPDX-License-Identifier: GPL-3.0-or-later
// The admin API's requests, authorised, against a store with one enrolled device: the JSON
// bodies of command and enrollment-link requests, typed command parameters, raw base64 plists,
// query strings and paths. Input: "METHOD /v1/target\n" then the body; an input that does not
// start with a method and a space is the body of POST /v1/commands. Each input's writes are
// rolled back, so every input meets the same store.
#include "core/crypto/SecretBox.h"
#include "core/engine/AdminApi.h"
#include "core/mdm/DeviceIdentity.h"
#include "core/mdm/MdmService.h"
#include "core/pki/EnrollmentLinkService.h"
#include "core/server/HttpHeaders.h"
#include "core/server/HttpRequest.h"
#include "core/server/HttpResponse.h"
#include "core/store/Database.h"
#include "fuzz/FuzzSupport.h"

#include <QFile>
#include <QHostAddress>
#include <QUrl>

#include <memory>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

struct Service
{
    std::unique_ptr<Database> database;
    std::unique_ptr<MdmService> mdm;
    std::unique_ptr<EnrollmentLinkService> links;
    std::unique_ptr<AdminApi> api;
    QByteArray authorization;
};

Service &service()
{
    static Service made = [] {
        Service service;
        Result<std::unique_ptr<Database>> database = Database::openWriter(
            FuzzSupport::scratchPath(u"admin.sqlite"_s));
        Result<SecretBox> box = SecretBox::fromKey(QByteArray(SecretBox::KeySize, '\x5a'));
        if (!database || !box)
            FuzzSupport::fatal("cannot open the store");
        service.database = std::move(*database);
        service.mdm = std::make_unique<MdmService>(
            *service.database, FuzzSupport::clock(), *box, QString::fromUtf16(FuzzSupport::Topic));
        FuzzSupport::enroll(*service.mdm,
                            DeviceIdentity{FuzzSupport::deviceIdentity(),
                                           FuzzSupport::deviceIdentity().sha256Fingerprint()});
        service.links = std::make_unique<EnrollmentLinkService>(*service.database,
                                                                FuzzSupport::clock());
        AdminApi::Settings settings;
        settings.tokenFile = FuzzSupport::scratchPath(u"admin.token"_s);
        settings.publicUrl = QUrl(u"https://mdm.example.com:8443"_s);
        settings.unlockTokenBox = *box;
        service.api = std::make_unique<AdminApi>(
            *service.database, *service.mdm, *service.links, FuzzSupport::clock(), settings);
        QFile token(settings.tokenFile);
        if (!service.api->start() || !token.open(QIODevice::ReadOnly))
            FuzzSupport::fatal("cannot start the admin API");
        service.authorization = "Bearer " + token.readAll().trimmed();
        return service;
    }();
    return made;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::initialize();
    const QByteArray input = FuzzSupport::bytes(data, size);

    QByteArray method = "POST";
    QByteArray target = "/v1/commands";
    QByteArray body = input;
    const qsizetype space = input.indexOf(' ');
    const qsizetype newline = input.indexOf('\n');
    if (space > 0 && space < 8 && newline > space) {
        method = input.left(space);
        target = input.mid(space + 1, newline - space - 1);
        body = input.mid(newline + 1);
    }

    Service &admin = service();
    HttpRequest request;
    request.setMethod(method);
    if (!request.setTarget(target) || !request.path().startsWith(u"/v1/"_s))
        return 0;
    HttpHeaders headers;
    headers.add("Authorization", admin.authorization);
    headers.add("Content-Type", "application/json");
    request.setHeaders(headers);
    request.setBody(body);
    request.setRemote(QHostAddress(QHostAddress::LocalHost), 50000);

    (void)admin.database->transaction([&]() -> Result<void> {
        const HttpResponse response = admin.api->dispatch(request);
        if (response.status() >= 500)
            FuzzSupport::fatal("the admin API answered a request with a server error");
        return fail(Error::Code::Cancelled, u"rolled back"_s);
    });
    return 0;
}
