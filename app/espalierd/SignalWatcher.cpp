// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/espalierd/SignalWatcher.h"

#include <QSocketNotifier>

#include <sys/socket.h>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Espalier {

namespace {

int s_pipe[2] = {-1, -1};

extern "C" void forwardSignal(int signalNumber)
{
    const auto byte = static_cast<unsigned char>(signalNumber);
    // write() is async-signal-safe; a full pipe only drops a repeated signal.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &byte, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_pipe) != 0)
        qFatal("espalierd: cannot create the signal socket pair");
    ::fcntl(s_pipe[0], F_SETFL, O_NONBLOCK);

    m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);

    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signalNumber, &action, nullptr);
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

void SignalWatcher::readSignal()
{
    unsigned char byte = 0;
    if (::read(s_pipe[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(byte);
}

} // namespace Espalier
