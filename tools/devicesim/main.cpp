// SPDX-License-Identifier: GPL-3.0-or-later
// One simulated device from a shell: enrolls through an enrollment link, then checks in every few
// seconds (there is no push to a simulated device), answering each command as the real kind of
// device would and printing what it did. Stops on Ctrl+C or when the device is erased.
#include "core/crypto/OpenSsl.h"
#include "tests/support/DeviceSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace Espalier;
using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    OpenSsl::skipCleanupAtExit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"espalier-devicesim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Enrolls one simulated Apple device with an Espalier engine and answers its commands."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"url"_s, u"The enrollment link (https://…/enroll/<token>)."_s);
    const QCommandLineOption kindOption(
        u"kind"_s, u"mac, iphone, ipad or appletv."_s, u"kind"_s, u"iphone"_s);
    const QCommandLineOption caOption(u"ca"_s,
                                      u"The server's CA certificate (PEM) to trust. Without it the "
                                      "CA is fetched from the server's SCEP endpoint and trusted "
                                      "on first use, as a person accepting it would."_s,
                                      u"file"_s);
    const QCommandLineOption intervalOption(
        u"interval"_s, u"Seconds between check-ins."_s, u"seconds"_s, u"3"_s);
    const QCommandLineOption supervisedOption(u"supervised"_s, u"Act as a supervised device."_s);
    parser.addOptions({kindOption, caOption, intervalOption, supervisedOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QUrl enrollmentUrl(parser.positionalArguments().constFirst());

    const QHash<QString, SimulatedHardware::Kind> kinds{
        {u"mac"_s, SimulatedHardware::Kind::Mac},
        {u"iphone"_s, SimulatedHardware::Kind::IPhone},
        {u"ipad"_s, SimulatedHardware::Kind::IPad},
        {u"appletv"_s, SimulatedHardware::Kind::AppleTV}};
    if (!kinds.contains(parser.value(kindOption)))
        parser.showHelp(2);

    QList<QSslCertificate> trusted;
    if (parser.isSet(caOption)) {
        trusted = QSslCertificate::fromPath(parser.value(caOption));
    } else {
        QNetworkAccessManager network;
        QUrl caUrl = enrollmentUrl;
        caUrl.setPath(u"/scep"_s);
        caUrl.setQuery(u"operation=GetCACert"_s);
        QNetworkReply *reply = network.get(QNetworkRequest(caUrl));
        reply->ignoreSslErrors();
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        trusted = QSslCertificate::fromData(reply->readAll(), QSsl::Der);
        reply->deleteLater();
    }
    if (trusted.isEmpty()) {
        say(u"No CA certificate to trust; pass --ca with the server's CA in PEM."_s);
        return 3;
    }

    DeviceSimulator::Options options;
    options.hardware = SimulatedHardware::preset(kinds.value(parser.value(kindOption)));
    options.tls = QSslConfiguration::defaultConfiguration();
    options.tls.setCaCertificates(trusted);
    options.supervised = parser.isSet(supervisedOption);
    options.userChannel = false;
    DeviceSimulator device(options);
    QObject::connect(&device,
                     &DeviceSimulator::commandHandled,
                     &app,
                     [](const DeviceSimulator::CommandRecord &record) {
                         say(u"command %1 %2 -> %3"_s.arg(
                             record.requestType, record.commandUuid, record.status));
                     });
    QObject::connect(&device, &DeviceSimulator::errorOccurred, &app, [](const Error &error) {
        say(u"error: %1"_s.arg(error.toString()));
    });

    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);

    int exitCode = 0;
    device.enroll(enrollmentUrl).then(&app, [&](const Result<void> &enrolled) {
        if (!enrolled) {
            say(u"enrollment failed: %1"_s.arg(enrolled.error().toString()));
            exitCode = 1;
            QCoreApplication::quit();
            return;
        }
        say(u"enrolled %1 %2 (serial %3, UDID %4)"_s.arg(options.hardware.productName,
                                                         options.hardware.osVersion,
                                                         device.hardware().serialNumber,
                                                         device.udid()));
        // One session at a time: the next check-in is scheduled when the last one finished.
        auto *timer = new QTimer(&app);
        timer->setSingleShot(true);
        timer->setInterval(int(parser.value(intervalOption).toDouble() * 1000));
        auto checkIn = [&device, timer] {
            if (device.state() == DeviceSimulator::State::Erased) {
                say(u"erased; stopping"_s);
                QCoreApplication::quit();
                return;
            }
            device.connect().then(timer, [timer](const Result<int> &) { timer->start(); });
        };
        QObject::connect(timer, &QTimer::timeout, &app, checkIn);
        checkIn();
    });
    const int loop = app.exec();
    return exitCode != 0 ? exitCode : loop;
}
