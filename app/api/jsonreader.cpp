#include "jsonreader.h"

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

JsonReader::JsonReader(const QJsonValue& value)
    : JsonReader(value, QString(), std::make_shared<std::optional<Problem>>())
{
}

JsonReader::JsonReader(const QJsonValue& value, QString path, std::shared_ptr<std::optional<Problem>> problem)
    : m_value(value)
    , m_path(std::move(path))
    , m_problem(std::move(problem))
{
}

void JsonReader::fail(Problem::Kind kind, const QString& expected, const QString& subPath)
{
    if (m_problem->has_value())
        return;
    Problem p;
    p.path = subPath.isEmpty() ? m_path : subPath;
    p.kind = kind;
    p.expected = expected;
    *m_problem = p;
}

bool JsonReader::expectObject()
{
    if (m_value.isObject())
        return true;
    fail(m_value.isUndefined() ? Problem::Kind::Missing : Problem::Kind::WrongType, u"object"_s);
    return false;
}

bool JsonReader::expectArray()
{
    if (m_value.isArray())
        return true;
    fail(m_value.isUndefined() ? Problem::Kind::Missing : Problem::Kind::WrongType, u"array"_s);
    return false;
}

bool JsonReader::has(QStringView key) const
{
    return m_value.isObject() && m_value.toObject().contains(key);
}

QString JsonReader::childPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

JsonReader JsonReader::at(QStringView key) const
{
    return JsonReader(m_value.toObject().value(key), childPath(key), m_problem);
}

JsonReader JsonReader::at(qsizetype index) const
{
    return JsonReader(m_value.toArray().at(index), m_path + u'[' + QString::number(index) + u']', m_problem);
}

std::optional<QJsonValue> JsonReader::member(QStringView key, bool required)
{
    if (!ok())
        return std::nullopt;
    if (!m_value.isObject()) {
        fail(Problem::Kind::WrongType, u"object"_s);
        return std::nullopt;
    }
    const QJsonObject obj = m_value.toObject();
    const auto it = obj.constFind(key);
    if (it == obj.constEnd()) {
        if (required)
            fail(Problem::Kind::Missing, QString(), childPath(key));
        return std::nullopt;
    }
    return it.value();
}

QString JsonReader::requiredString(QStringView key)
{
    std::optional<QJsonValue> v = member(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(Problem::Kind::WrongType, u"string"_s, childPath(key));
        return {};
    }
    return v->toString();
}

std::optional<QString> JsonReader::optionalString(QStringView key)
{
    std::optional<QJsonValue> v = member(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isString()) {
        fail(Problem::Kind::WrongType, u"string"_s, childPath(key));
        return std::nullopt;
    }
    return v->toString();
}

bool JsonReader::requiredBool(QStringView key)
{
    std::optional<QJsonValue> v = member(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(Problem::Kind::WrongType, u"boolean"_s, childPath(key));
        return false;
    }
    return v->toBool();
}

std::optional<bool> JsonReader::optionalBool(QStringView key)
{
    std::optional<QJsonValue> v = member(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isBool()) {
        fail(Problem::Kind::WrongType, u"boolean"_s, childPath(key));
        return std::nullopt;
    }
    return v->toBool();
}

static bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 2147483647.0;
}

int JsonReader::requiredInt(QStringView key)
{
    std::optional<QJsonValue> v = member(key, true);
    if (!v)
        return 0;
    if (!isInteger(*v)) {
        fail(Problem::Kind::WrongType, u"integer"_s, childPath(key));
        return 0;
    }
    return v->toInt();
}

std::optional<int> JsonReader::requiredNullableInt(QStringView key)
{
    std::optional<QJsonValue> v = member(key, true);
    if (!v || v->isNull())
        return std::nullopt;
    if (!isInteger(*v)) {
        fail(Problem::Kind::WrongType, u"integer"_s, childPath(key));
        return std::nullopt;
    }
    return v->toInt();
}

std::optional<double> JsonReader::optionalNumber(QStringView key)
{
    std::optional<QJsonValue> v = member(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    if (!v->isDouble()) {
        fail(Problem::Kind::WrongType, u"number"_s, childPath(key));
        return std::nullopt;
    }
    return v->toDouble();
}

static std::optional<QString> stringElement(JsonReader& r)
{
    if (!r.value().isString()) {
        r.fail(JsonReader::Problem::Kind::WrongType, u"string"_s);
        return std::nullopt;
    }
    return r.value().toString();
}

QStringList JsonReader::requiredStringList(QStringView key)
{
    return requiredList<QString>(key, stringElement);
}

std::optional<QStringList> JsonReader::optionalStringList(QStringView key)
{
    std::optional<QJsonValue> v = member(key, false);
    if (!v || v->isNull())
        return std::nullopt;
    return optionalList<QString>(key, stringElement);
}

QJsonObject JsonReader::optionalObject(QStringView key)
{
    std::optional<QJsonValue> v = member(key, false);
    if (!v || v->isNull())
        return {};
    if (!v->isObject()) {
        fail(Problem::Kind::WrongType, u"object"_s, childPath(key));
        return {};
    }
    return v->toObject();
}

} // namespace Alli
