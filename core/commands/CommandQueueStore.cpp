// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/CommandQueueStore.h"

#include "core/common/Clock.h"
#include "core/plist/Plist.h"
#include "core/store/CommandRepository.h"
#include "core/store/Database.h"
#include "core/store/DeviceRepository.h"
#include "core/store/EnrollmentRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent>

#include <optional>

using namespace Qt::StringLiterals;

namespace Espalier::CommandQueueStore {

namespace {

// Readers never stamp anything, but the repositories want a clock.
const SystemClock s_clock;

QString deviceTitle(const std::optional<Device> &device, const QString &deviceId)
{
    if (!device)
        return deviceId;
    if (!device->name.isEmpty())
        return device->name;
    const QString model = device->modelName.isEmpty() ? device->model : device->modelName;
    if (!model.isEmpty() && !device->serialNumber.isEmpty())
        return model + u' ' + device->serialNumber;
    if (!device->serialNumber.isEmpty())
        return device->serialNumber;
    return deviceId;
}

// Turns commands into entries, looking each enrollment and device up once.
class Resolver final
{
public:
    explicit Resolver(Database &database)
        : m_enrollments(database, s_clock)
        , m_devices(database, s_clock)
    {}

    void preload(const QList<Enrollment> &enrollments, const QList<Device> &devices)
    {
        for (const Enrollment &enrollment : enrollments)
            m_enrollmentCache.insert(enrollment.id, enrollment);
        for (const Device &device : devices)
            m_deviceCache.insert(device.udid, device);
        m_complete = true;
    }

    Result<CommandQueueEntry> entry(Command command)
    {
        CommandQueueEntry entry;
        Result<std::optional<Enrollment>> enrollment = findEnrollment(command.enrollmentId);
        if (!enrollment)
            return fail(enrollment.error());
        entry.deviceId = *enrollment ? (*enrollment)->deviceId : command.enrollmentId;
        if (entry.deviceId.isEmpty())
            entry.deviceId = command.enrollmentId;
        if (*enrollment && (*enrollment)->type == EnrollmentType::User) {
            const Enrollment &user = **enrollment;
            entry.userName = !user.userShortName.isEmpty()
                                 ? user.userShortName
                                 : (!user.userLongName.isEmpty() ? user.userLongName : user.userId);
        }
        Result<std::optional<Device>> device = findDevice(entry.deviceId);
        if (!device)
            return fail(device.error());
        entry.deviceName = deviceTitle(*device, entry.deviceId);
        entry.command = std::move(command);
        return entry;
    }

private:
    Result<std::optional<Enrollment>> findEnrollment(const QString &id)
    {
        if (const auto cached = m_enrollmentCache.constFind(id); cached != m_enrollmentCache.cend())
            return std::optional<Enrollment>(*cached);
        if (m_complete)
            return std::optional<Enrollment>();
        Result<std::optional<Enrollment>> found = m_enrollments.find(id);
        if (found && *found)
            m_enrollmentCache.insert(id, **found);
        return found;
    }

    Result<std::optional<Device>> findDevice(const QString &udid)
    {
        if (const auto cached = m_deviceCache.constFind(udid); cached != m_deviceCache.cend())
            return std::optional<Device>(*cached);
        if (m_complete)
            return std::optional<Device>();
        Result<std::optional<Device>> found = m_devices.find(udid);
        if (found && *found)
            m_deviceCache.insert(udid, **found);
        return found;
    }

    EnrollmentRepository m_enrollments;
    DeviceRepository m_devices;
    QHash<QString, Enrollment> m_enrollmentCache;
    QHash<QString, Device> m_deviceCache;
    bool m_complete = false;
};

void dropBlobs(Command &command)
{
    command.payload = QByteArray();
    command.result = QByteArray();
}

// Opens a reader on the worker thread, runs body with it and closes it there again.
template<typename T, typename Body>
QFuture<Result<T>> onWorker(const QString &databasePath, Body body)
{
    return QtConcurrent::run([databasePath, body = std::move(body)]() -> Result<T> {
        Result<std::unique_ptr<Database>> database = Database::openReader(databasePath);
        if (!database)
            return fail(database.error());
        return body(**database);
    });
}

} // namespace

Result<QList<CommandQueueEntry>> loadAll(Database &database)
{
    // One read snapshot, so a command never shows up before its enrollment.
    return database.transaction([&]() -> Result<QList<CommandQueueEntry>> {
        Result<QList<Command>> commands = CommandRepository(database, s_clock).listAll();
        if (!commands)
            return fail(commands.error());
        Result<QList<Enrollment>> enrollments = EnrollmentRepository(database, s_clock).list();
        if (!enrollments)
            return fail(enrollments.error());
        Result<QList<Device>> devices = DeviceRepository(database, s_clock).list();
        if (!devices)
            return fail(devices.error());
        Resolver resolver(database);
        resolver.preload(*enrollments, *devices);
        QList<CommandQueueEntry> entries;
        entries.reserve(commands->size());
        for (Command &command : *commands) {
            dropBlobs(command);
            Result<CommandQueueEntry> entry = resolver.entry(std::move(command));
            if (!entry)
                return fail(entry.error());
            entries.append(std::move(*entry));
        }
        return entries;
    });
}

Result<QList<CommandQueueEntry>> load(Database &database, const QStringList &uuids)
{
    return database.transaction([&]() -> Result<QList<CommandQueueEntry>> {
        CommandRepository commands(database, s_clock);
        Resolver resolver(database);
        QList<CommandQueueEntry> entries;
        entries.reserve(uuids.size());
        for (const QString &uuid : uuids) {
            Result<std::optional<Command>> found = commands.find(uuid);
            if (!found)
                return fail(found.error());
            if (!*found)
                continue;
            Command command = std::move(**found);
            dropBlobs(command);
            Result<CommandQueueEntry> entry = resolver.entry(std::move(command));
            if (!entry)
                return fail(entry.error());
            entries.append(std::move(*entry));
        }
        return entries;
    });
}

QFuture<Result<QList<CommandQueueEntry>>> loadAllAsync(const QString &databasePath)
{
    return onWorker<QList<CommandQueueEntry>>(databasePath,
                                              [](Database &database) { return loadAll(database); });
}

QFuture<Result<QList<CommandQueueEntry>>> loadAsync(const QString &databasePath,
                                                    const QStringList &uuids)
{
    return onWorker<QList<CommandQueueEntry>>(
        databasePath, [uuids](Database &database) { return load(database, uuids); });
}

Result<Details> loadDetails(Database &database, const QString &uuid)
{
    return database.transaction([&]() -> Result<Details> {
        Result<std::optional<Command>> found = CommandRepository(database, s_clock).find(uuid);
        if (!found)
            return fail(found.error());
        if (!*found) {
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("Espalier::CommandQueueStore",
                                                    "The command no longer exists."),
                        u"no command %1"_s.arg(uuid));
        }
        Resolver resolver(database);
        Result<CommandQueueEntry> entry = resolver.entry(std::move(**found));
        if (!entry)
            return fail(entry.error());
        Details details;
        details.entry = std::move(*entry);
        const QByteArray &payload = details.entry.command.payload;
        // What CommandQueue stores in place of the plist when the command carries a secret.
        details.requestSealed = !payload.isEmpty() && !Plist::detectFormat(payload);
        if (!details.requestSealed)
            details.requestText = plistText(payload);
        details.responseText = plistText(details.entry.command.result);
        return details;
    });
}

QFuture<Result<Details>> loadDetailsAsync(const QString &databasePath, const QString &uuid)
{
    return onWorker<Details>(databasePath,
                             [uuid](Database &database) { return loadDetails(database, uuid); });
}

QString plistText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (Plist::detectFormat(bytes) == Plist::Format::Xml)
        return QString::fromUtf8(bytes);
    if (Plist::detectFormat(bytes) == Plist::Format::Binary) {
        Result<QVariant> parsed = Plist::parse(bytes);
        if (parsed) {
            Result<QByteArray> xml = Plist::toXml(*parsed);
            if (xml)
                return QString::fromUtf8(*xml);
        }
    }
    QString text = QString::fromUtf8(bytes);
    return text.contains(QChar::ReplacementCharacter) ? QString() : text;
}

} // namespace Espalier::CommandQueueStore
