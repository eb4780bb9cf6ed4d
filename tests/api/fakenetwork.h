#pragma once
// A QNetworkAccessManager that answers from a handler instead of the network, always
// asynchronously, for exact error cases: any status and body, network errors, and replies that
// never answer.

#include <QBuffer>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

struct FakeResponse {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // set for a network failure
    bool hang = false; // never answers
    int delayMs = 0;

    void addHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
    }

    static FakeResponse json(int status, const QByteArray& body)
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.addHeader("Content-Type", "application/json");
        return r;
    }
    static FakeResponse networkError(QNetworkReply::NetworkError e)
    {
        FakeResponse r;
        r.status = 0;
        r.error = e;
        return r;
    }
    static FakeResponse hanging()
    {
        FakeResponse r;
        r.hang = true;
        return r;
    }
};

struct RecordedRequest {
    QByteArray verb;
    QNetworkRequest request;
    QByteArray body;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op,
        const FakeResponse& response, QObject* parent)
        : QNetworkReply(parent)
        , m_response(response)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
        if (!response.hang)
            QTimer::singleShot(response.delayMs, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        setFinished(true);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    void respond()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_response.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
            for (const auto& [name, value] : m_response.headers)
                setRawHeader(name, value);
            m_data = m_response.body;
            if (m_response.status >= 400) {
                const auto err = m_response.status == 404 ? ContentNotFoundError
                    : m_response.status == 401            ? AuthenticationRequiredError
                    : m_response.status >= 500            ? InternalServerError
                                                          : ProtocolInvalidOperationError;
                setError(err, QStringLiteral("HTTP error"));
            }
            emit metaDataChanged();
            if (!m_data.isEmpty()) {
                emit downloadProgress(m_data.size(), m_data.size());
                emit readyRead();
            }
        } else {
            setError(m_response.error, QStringLiteral("Simulated network error"));
            emit errorOccurred(m_response.error);
        }
        setFinished(true);
        emit finished();
    }

    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_pos = 0;
    bool m_done = false;
};

class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const RecordedRequest&)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr)
        : QNetworkAccessManager(parent)
    {
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    QNetworkReply* createRequest(
        Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override
    {
        RecordedRequest recorded;
        recorded.request = request;
        recorded.body = outgoingData ? outgoingData->readAll() : QByteArray();
        switch (op) {
        case GetOperation:
            recorded.verb = "GET";
            break;
        case PostOperation:
            recorded.verb = "POST";
            break;
        case PutOperation:
            recorded.verb = "PUT";
            break;
        case DeleteOperation:
            recorded.verb = "DELETE";
            break;
        default:
            recorded.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        m_requests.append(recorded);
        const FakeResponse response = m_handler ? m_handler(recorded) : FakeResponse::json(200, "{}");
        return new FakeReply(request, op, response, this);
    }

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};
