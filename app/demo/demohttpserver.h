#pragma once

#include "deadlineclock.h"

#include <QAbstractHttpServer>
#include <QThreadPool>

#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

class QSslConfiguration;

namespace Alli::Demo
{

class DemoState;

// The Alli-compatible HTTP front of the demo backend: its own dispatcher (exact 404/405), auth,
// fault injection and the 21 User Management endpoints. Lives in DemoServer's worker thread.
class DemoHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit DemoHttpServer(std::shared_ptr<DemoState> state, QObject* parent = nullptr);
    ~DemoHttpServer() override;

    // Listens on 127.0.0.1 only; returns the port, or 0 with *error set.
    // With `tls`, connections are TLS (QSslServer) with that configuration.
    quint16 listenOnLoopback(quint16 port, QString* error, const QSslConfiguration* tls = nullptr);

    struct Reply {
        int status = 200;
        QByteArray body;
        int retryAfterSeconds = -1;
        QByteArray allow;
        QByteArray contentType = "application/json";
        bool dropConnection = false; // lost-response mode: close without answering
    };

protected:
    // Qt 6.4's QAbstractHttpServer hands over the socket; the responder is made from it.
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Incoming; // what dispatch() needs of a request, copied off the parser's request
    Reply dispatch(const Incoming& request);

    std::shared_ptr<DemoState> m_state;
    // With a latency, each answer is handed back to the server's thread at its request's
    // arrival + latency, 0.3-0.5 ms late in all (a QTimer added 0.7-0.9 ms).
    DeadlineClock m_answerClock;
    // With a latency, requests are worked on here, so that the server's thread takes every
    // arriving request at once (its latency counts from then) instead of after the others' work.
    // Declared last: destroyed first, waiting for the work in progress.
    QThreadPool m_workers;
};

} // namespace Alli::Demo
