#pragma once
// A prepared row's request payload (BulkUserBody, MemberMetadata or AgentManagementRequest JSON),
// kept as the compact JSON text that goes into the request: about a tenth of the memory of a
// QJsonObject, built without allocating a JSON tree per row, and concatenated as it is into
// request bodies and the journal. object() parses it for the few readers that need fields (look-ups).

#include "jsontext.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringView>

namespace Alli::Bulk
{

class RowPayload
{
public:
    RowPayload() = default;
    RowPayload(const QJsonObject& object); // NOLINT: implicit, a payload is written as an object
    static RowPayload fromJson(QByteArray compactJson);

    const QByteArray& json() const { return m_json; } // "{}" semantics when empty
    bool isEmpty() const { return m_json.isEmpty(); }
    QJsonObject object() const;
    QJsonValue value(QStringView key) const { return object().value(key); }
    bool contains(QStringView key) const { return object().contains(key); }
    void insert(const QString& key, const QJsonValue& value); // slow: parses and writes again
    bool operator==(const RowPayload& other) const = default;

private:
    QByteArray m_json;
};

// Writes one compact JSON object straight into bytes: what RowValidator uses for 100,000 rows.
class PayloadWriter
{
public:
    PayloadWriter& string(QLatin1StringView key, QStringView value);
    PayloadWriter& boolean(QLatin1StringView key, bool value);
    PayloadWriter& strings(QLatin1StringView key, const QStringList& values);
    // "data": [{"key": k, "value": v}, …] and "attributes": {k: v, …}
    PayloadWriter& beginArray(QLatin1StringView key);
    PayloadWriter& keyValue(QStringView key, QStringView value); // {"key":…,"value":…} in an array
    PayloadWriter& endArray();
    PayloadWriter& beginObject(QLatin1StringView key);
    PayloadWriter& member(QStringView key, QStringView value); // "k":"v" in an object
    PayloadWriter& endObject();
    RowPayload finish();

private:
    void name(QLatin1StringView key);
    void separator();
    QByteArray m_out = QByteArrayLiteral("{");
    bool m_first = true;
};

} // namespace Alli::Bulk
