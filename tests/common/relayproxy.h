#pragma once
// A plain HTTP proxy on 127.0.0.1 for tests, on a thread of its own (so that a test may wait for
// a child process while it relays): it takes requests in absolute form ("GET http://host:port/path
// HTTP/1.1"), counts them with their targets, and passes them on to the target in origin form,
// keep-alive included; answers come back as they are. CONNECT host:port opens a tunnel (HTTPS
// passes through it untouched). With setRequiredLogin(), a
// request without that Basic login is answered 407 on the same connection (kept open for the
// retry with credentials, as real proxies do) and never passed on. setHostAlias() gives the proxy a
// name only it can resolve (a company's internal DNS), so a client reaches a loopback server
// through it under a name that is not loopback.

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <memory>

namespace Alli::Testing
{

class RelayProxy
{
public:
    RelayProxy() = default;
    ~RelayProxy()
    {
        m_thread.quit();
        m_thread.wait();
    }

    bool start()
    {
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, &ok] {
                m_server = new QTcpServer(m_context.get());
                ok = m_server->listen(QHostAddress::LocalHost);
                m_port = m_server->serverPort();
                QObject::connect(m_server, &QTcpServer::newConnection, m_context.get(), [this] {
                    while (QTcpSocket* client = m_server->nextPendingConnection())
                        relay(client);
                });
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    // Before start().
    void setRequiredLogin(const QByteArray& user, const QByteArray& password)
    {
        m_login = "Basic " + QByteArray(user + ':' + password).toBase64();
    }
    // A proxy auto-configuration script served at /proxy.pac (as a company's web server would),
    // without a login; pacUrl() is its address. At any time (a script usually names the proxy's
    // port, known after start()): the proxy's thread reads it under the lock.
    void setPacScript(const QByteArray& script)
    {
        QMutexLocker lock(&m_mutex);
        m_pac = script;
    }
    QString pacUrl() const { return QStringLiteral("http://127.0.0.1:%1/proxy.pac").arg(m_port); }
    int pacFetches() const { return m_pacFetches.load(); }
    // Before start(): requests and tunnels to `name` go to 127.0.0.1.
    void setHostAlias(const QString& name) { m_alias = name.toLower(); }
    int refusals() const { return m_refusals.load(); }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_requests.load(); }
    QStringList targets() const
    {
        QMutexLocker lock(&m_mutex);
        return m_targets;
    }

private:
    struct Connection {
        QByteArray pending; // from the client, not passed on yet
        qint64 bodyLeft = 0; // bytes of the current request's body still to pass on
        bool dropBody = false; // the body of a refused request: read and dropped
        QTcpSocket* upstream = nullptr;
        bool tunnel = false; // after CONNECT: bytes pass both ways untouched (TLS inside)
    };

    void relay(QTcpSocket* client)
    {
        auto state = std::make_shared<Connection>();
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, state] {
            if (state->upstream)
                state->upstream->disconnectFromHost();
            client->deleteLater();
        });
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, state] {
            state->pending += client->readAll();
            if (state->tunnel) {
                state->upstream->write(state->pending);
                state->pending.clear();
                return;
            }
            forward(client, state);
        });
    }

    // Passes on every whole request head (rewritten to origin form) and its body.
    void forward(QTcpSocket* client, const std::shared_ptr<Connection>& state)
    {
        for (;;) {
            if (state->bodyLeft > 0) {
                if (state->pending.isEmpty() || (!state->upstream && !state->dropBody))
                    return;
                const QByteArray part = state->pending.left(state->bodyLeft);
                if (!state->dropBody)
                    state->upstream->write(part);
                state->pending.remove(0, part.size());
                state->bodyLeft -= part.size();
                continue;
            }
            const qsizetype end = state->pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray head = state->pending.left(end + 4);
            state->pending.remove(0, end + 4);
            const qsizetype lineEnd = head.indexOf("\r\n");
            const QList<QByteArray> line = head.left(lineEnd).split(' ');
            if (line.size() != 3)
                return client->disconnectFromHost();
            const QByteArray pac = [this] {
                QMutexLocker lock(&m_mutex);
                return m_pac;
            }();
            if (!pac.isEmpty() && line.at(1) == "/proxy.pac") {
                ++m_pacFetches;
                client->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\n"
                              "Content-Length: "
                    + QByteArray::number(pac.size()) + "\r\n\r\n" + pac);
                continue;
            }
            const QUrl target(QString::fromLatin1(line.at(1)));
            QByteArray authorization;
            state->dropBody = false;
            for (const QByteArray& header : head.split('\n')) {
                if (header.toLower().startsWith("content-length:"))
                    state->bodyLeft = header.mid(15).trimmed().toLongLong();
                if (header.toLower().startsWith("proxy-authorization:"))
                    authorization = header.mid(20).trimmed();
            }
            if (!m_login.isEmpty() && authorization != m_login) {
                ++m_refusals;
                state->dropBody = true;
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"corp\"\r\nContent-Length: 0\r\n\r\n");
                continue;
            }
            if (line.at(0) == "CONNECT") {
                // A tunnel to host:port for HTTPS: the proxy sees neither the request nor the key.
                const QByteArray authority = line.at(1);
                {
                    QMutexLocker lock(&m_mutex);
                    m_targets.append(QStringLiteral("CONNECT ") + QString::fromLatin1(authority));
                }
                ++m_requests;
                auto* upstream = new QTcpSocket(client);
                state->upstream = upstream;
                QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream, state] {
                    client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                    state->tunnel = true;
                    if (!state->pending.isEmpty()) {
                        upstream->write(state->pending);
                        state->pending.clear();
                    }
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
                QObject::connect(
                    upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                const qsizetype colon = authority.lastIndexOf(':');
                upstream->connectToHost(resolve(QString::fromLatin1(authority.left(colon))),
                    quint16(authority.mid(colon + 1).toUInt()));
                return;
            }
            {
                QMutexLocker lock(&m_mutex);
                m_targets.append(target.toString());
            }
            ++m_requests;
            // Never passed on: the server must not see the proxy's login.
            QByteArray cleaned;
            for (const QByteArray& header : head.split('\n')) {
                if (!header.toLower().startsWith("proxy-authorization:"))
                    cleaned += header + '\n';
            }
            head = cleaned.chopped(1);
            QByteArray path = target.path(QUrl::FullyEncoded).toLatin1();
            if (target.hasQuery())
                path += '?' + target.query(QUrl::FullyEncoded).toLatin1();
            head = line.at(0) + ' ' + (path.isEmpty() ? QByteArray("/") : path) + ' ' + line.at(2)
                + head.mid(lineEnd);
            if (!state->upstream) {
                state->upstream = new QTcpSocket(client);
                QTcpSocket* upstream = state->upstream;
                QObject::connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
                QObject::connect(
                    upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
                upstream->connectToHost(resolve(target.host()), quint16(target.port(80)));
            }
            state->upstream->write(head);
        }
    }

    QString resolve(const QString& host) const
    {
        return !m_alias.isEmpty() && host.toLower() == m_alias ? QStringLiteral("127.0.0.1") : host;
    }

    QThread m_thread;
    std::unique_ptr<QObject> m_context = [this] {
        auto context = std::make_unique<QObject>();
        context->moveToThread(&m_thread);
        return context;
    }();
    QTcpServer* m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_login;
    QString m_alias;
    QByteArray m_pac; // under m_mutex
    std::atomic<int> m_pacFetches { 0 };
    std::atomic<int> m_refusals { 0 };
    std::atomic<int> m_requests { 0 };
    mutable QMutex m_mutex;
    QStringList m_targets;
};

} // namespace Alli::Testing
