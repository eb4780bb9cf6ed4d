#include "rowpayload.h"

#include <QJsonDocument>

namespace Alli::Bulk
{

RowPayload::RowPayload(const QJsonObject& object)
    : m_json(object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact))
{
}

RowPayload RowPayload::fromJson(QByteArray compactJson)
{
    RowPayload p;
    if (compactJson != "{}")
        p.m_json = std::move(compactJson);
    return p;
}

QJsonObject RowPayload::object() const
{
    return m_json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_json).object();
}

void RowPayload::insert(const QString& key, const QJsonValue& value)
{
    QJsonObject o = object();
    o.insert(key, value);
    *this = RowPayload(o);
}

void PayloadWriter::separator()
{
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void PayloadWriter::name(QLatin1StringView key)
{
    separator();
    m_out += '"';
    m_out += QByteArrayView(key.data(), key.size());
    m_out += "\":";
}

PayloadWriter& PayloadWriter::string(QLatin1StringView key, QStringView value)
{
    name(key);
    appendJsonString(m_out, value);
    return *this;
}

PayloadWriter& PayloadWriter::boolean(QLatin1StringView key, bool value)
{
    name(key);
    m_out += value ? "true" : "false";
    return *this;
}

PayloadWriter& PayloadWriter::strings(QLatin1StringView key, const QStringList& values)
{
    name(key);
    m_out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_out += ',';
        appendJsonString(m_out, values.at(i));
    }
    m_out += ']';
    return *this;
}

PayloadWriter& PayloadWriter::beginArray(QLatin1StringView key)
{
    name(key);
    m_out += '[';
    m_first = true;
    return *this;
}

PayloadWriter& PayloadWriter::keyValue(QStringView key, QStringView value)
{
    separator();
    m_out += "{\"key\":";
    appendJsonString(m_out, key);
    m_out += ",\"value\":";
    appendJsonString(m_out, value);
    m_out += '}';
    return *this;
}

PayloadWriter& PayloadWriter::endArray()
{
    m_out += ']';
    m_first = false;
    return *this;
}

PayloadWriter& PayloadWriter::beginObject(QLatin1StringView key)
{
    name(key);
    m_out += '{';
    m_first = true;
    return *this;
}

PayloadWriter& PayloadWriter::member(QStringView key, QStringView value)
{
    separator();
    appendJsonString(m_out, key);
    m_out += ':';
    appendJsonString(m_out, value);
    return *this;
}

PayloadWriter& PayloadWriter::endObject()
{
    m_out += '}';
    m_first = false;
    return *this;
}

RowPayload PayloadWriter::finish()
{
    m_out += '}';
    // A copy of exactly its size; the writer keeps its buffer for the next row.
    RowPayload p = RowPayload::fromJson(QByteArray(m_out.constData(), m_out.size()));
    m_out.truncate(1);
    m_first = true;
    return p;
}

} // namespace Alli::Bulk
