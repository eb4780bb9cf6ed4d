#pragma once
// Shared by GUI and integration tests: an embedded demo backend on loopback and a client
// connected to it, plus small helpers to wait for replies without sleeping.

#include "alliclient.h"
#include "demoserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Alli::Testing
{

class DemoFixture
{
public:
    bool start(const Demo::DemoOptions& options = {})
    {
        m_demo = std::make_unique<Demo::DemoServer>(options);
        if (!m_demo->start())
            return false;
        m_client = std::make_unique<AlliClient>(&m_nam);
        m_client->setConnection(connection());
        m_client->setRetryPolicy({ 2, 20, 100, 2000 });
        return true;
    }

    ConnectionSettings connection() const
    {
        ConnectionSettings s;
        s.region = ConnectionSettings::Region::Custom;
        s.customBaseUrl = m_demo->baseUrl();
        s.secret = m_demo->apiKey();
        return s;
    }

    Demo::DemoServer* demo() const { return m_demo.get(); }
    AlliClient* client() const { return m_client.get(); }
    QNetworkAccessManager* nam() { return &m_nam; }

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<Demo::DemoServer> m_demo;
    std::unique_ptr<AlliClient> m_client;
};

// Takes ownership of a reply (no auto-delete) and waits until it finished.
template<typename R> std::unique_ptr<R> waitFor(R* reply, int timeoutMs = 15000)
{
    reply->setAutoDelete(false);
    std::unique_ptr<R> owned(reply);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &ApiReply::finished);
        spy.wait(timeoutMs);
    }
    return owned;
}

} // namespace Alli::Testing
