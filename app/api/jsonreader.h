#pragma once
// A cursor over a parsed JSON response that knows where it is ("agents[3].email"), so that a
// missing or mistyped field becomes one precise "malformed response" error instead of silently
// empty data. The first problem wins; later reads return defaults and are ignored.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Alli
{

class JsonReader
{
public:
    struct Problem {
        QString path; // e.g. "agents[3].email"; empty for the document itself
        enum class Kind { Missing, WrongType, InvalidValue } kind = Kind::Missing;
        QString expected; // "string", "object", ... or the invalid value for InvalidValue
    };

    explicit JsonReader(const QJsonValue& value);

    const QJsonValue& value() const { return m_value; }
    QString path() const { return m_path; }
    bool ok() const { return !m_problem->has_value(); }
    std::optional<Problem> problem() const { return *m_problem; }

    // Checks that the current value is an object; records a problem otherwise.
    bool expectObject();
    bool expectArray();
    QJsonObject object() const { return m_value.toObject(); }

    bool has(QStringView key) const;
    JsonReader at(QStringView key) const;
    JsonReader at(qsizetype index) const;

    QString requiredString(QStringView key);
    std::optional<QString> optionalString(QStringView key); // missing or null -> nullopt
    bool requiredBool(QStringView key);
    std::optional<bool> optionalBool(QStringView key);
    int requiredInt(QStringView key);
    std::optional<int> requiredNullableInt(QStringView key); // must be present, may be null
    std::optional<double> optionalNumber(QStringView key);
    QStringList requiredStringList(QStringView key);
    std::optional<QStringList> optionalStringList(QStringView key);
    QJsonObject optionalObject(QStringView key); // missing or null -> {}

    // Parses key as an array of T with parse(JsonReader&) -> std::optional<T>.
    template<typename T, typename Parse> QList<T> requiredList(QStringView key, Parse parse)
    {
        return list<T>(key, parse, true);
    }
    template<typename T, typename Parse> QList<T> optionalList(QStringView key, Parse parse)
    {
        return list<T>(key, parse, false);
    }
    // The current value itself as an array of T.
    template<typename T, typename Parse> QList<T> elements(Parse parse)
    {
        QList<T> out;
        if (!expectArray())
            return out;
        const QJsonArray array = m_value.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            JsonReader child = at(i);
            if (std::optional<T> item = parse(child))
                out.append(std::move(*item));
        }
        return out;
    }

    void fail(Problem::Kind kind, const QString& expected, const QString& subPath = {});

private:
    JsonReader(const QJsonValue& value, QString path, std::shared_ptr<std::optional<Problem>> problem);
    QString childPath(QStringView key) const;
    // Returns the member or records "missing"; nullopt when absent.
    std::optional<QJsonValue> member(QStringView key, bool required);

    template<typename T, typename Parse> QList<T> list(QStringView key, Parse parse, bool required)
    {
        std::optional<QJsonValue> v = member(key, required);
        if (!v || v->isNull())
            return {};
        JsonReader child = at(key);
        return child.template elements<T>(parse);
    }

    QJsonValue m_value;
    QString m_path;
    std::shared_ptr<std::optional<Problem>> m_problem;
};

} // namespace Alli
