#pragma once
// The typed error every API call can finish with: what went wrong in the user's words
// (translated), plus the server's own message verbatim, whatever its language.

#include <QCoreApplication>
#include <QString>

namespace Alli
{

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Alli::ApiError)
public:
    enum class Kind {
        None,
        InvalidSettings, // refused before sending: insecure URL, missing key, ...
        BadRequest, // 400
        Unauthorized, // 401
        Forbidden, // 403
        NotFound, // 404
        RateLimited, // 429
        ServerError, // 500 and other 5xx
        ServiceUnavailable, // 502, 503, 504
        HttpError, // any other non-2xx status
        Network, // connection refused, host not found, connection closed, ...
        Tls, // certificate or handshake failure
        Timeout, // no data within the transfer timeout
        Cancelled, // the caller cancelled
        MalformedResponse, // not JSON, or a required field missing or mistyped
        Rejected, // a 2xx answer with "success": false
        Redirected, // a 3xx: never followed, so that the key goes nowhere but the configured server
    };

    ApiError() = default;
    explicit ApiError(Kind kind, int httpStatus = 0, QString serverMessage = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    int httpStatus() const { return m_httpStatus; }
    // The server's own words from `detail`, `error`, `errors` or `message`, verbatim.
    QString serverMessage() const { return m_serverMessage; }
    // For MalformedResponse: the JSON path of the offending field, e.g. "agents[3].email".
    QString field() const { return m_field; }
    // Low-level detail (Qt's network error text, JSON parse error), untranslated.
    QString detail() const { return m_detail; }
    // Seconds the server asked us to wait (Retry-After), or -1.
    int retryAfterSeconds() const { return m_retryAfterSeconds; }
    // True when the request may have been applied although no answer arrived: the caller
    // must decide whether to resend (never done silently for POST).
    bool mayHaveReachedServer() const { return m_mayHaveReachedServer; }

    void setField(const QString& f) { m_field = f; }
    void setDetail(const QString& d) { m_detail = d; }
    void setRetryAfterSeconds(int s) { m_retryAfterSeconds = s; }
    void setMayHaveReachedServer(bool b) { m_mayHaveReachedServer = b; }

    // A translated sentence that explains the error and what to do about it.
    QString explanation() const;
    // explanation() followed by the server's message (or detail) when there is one.
    QString message() const;

    static ApiError malformed(const QString& field, const QString& detail);
    // Extracts the server's message from an error body (JSON or plain text).
    static QString serverMessageFromBody(const QByteArray& body);
    static Kind kindForStatus(int httpStatus);

private:
    bool serverMessageIsCode() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverMessage;
    QString m_field;
    QString m_detail;
    int m_retryAfterSeconds = -1;
    bool m_mayHaveReachedServer = false;
};

} // namespace Alli
