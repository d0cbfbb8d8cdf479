// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target's entry function over files, as libFuzzer does with file arguments, for
// builds without libFuzzer: every build replays the seed corpus and the kept crashers. Arguments
// are files or directories (read one level deep, in name order); a missing directory is skipped
// (a target without crashers has no regressions directory).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <utility>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir directory(path);
            const QStringList names = directory.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names)
                files.append(directory.filePath(name));
        } else if (info.isFile()) {
            files.append(path);
        } else {
            std::printf("skipping %s: no such file or directory\n", argv[i]);
        }
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray input = file.readAll();
        std::printf("replaying %s (%lld bytes)\n", qPrintable(path), qlonglong(input.size()));
        std::fflush(stdout);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                               size_t(input.size()));
    }
    std::printf("%lld inputs replayed\n", qlonglong(files.size()));
    return 0;
}
