#include "permissioncatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

#include <functional>

Q_LOGGING_CATEGORY(lcCatalog, "alli.api.catalog")

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    bool readStringList(const QJsonValue& value, QStringList* out)
    {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString())
                return false;
            out->append(item.toString());
        }
        return true;
    }

} // namespace

const PermissionCatalog& PermissionCatalog::instance()
{
    // A function-local static is initialised exactly once even with concurrent first calls.
    static const PermissionCatalog catalog = [] {
        QFile file(u":/alli/alli-api.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcCatalog) << "cannot open the embedded catalog" << file.fileName();
            return PermissionCatalog();
        }
        QString error;
        PermissionCatalog loaded = fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            qCCritical(lcCatalog) << "invalid embedded catalog:" << error;
        return loaded;
    }();
    return catalog;
}

PermissionCatalog PermissionCatalog::fromJson(const QByteArray& json, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return PermissionCatalog();
    };
    if (error)
        error->clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    if (!doc.isObject())
        return fail(u"the catalog is not a JSON object"_s);
    const QJsonObject root = doc.object();

    PermissionCatalog catalog;
    const QJsonValue operations = root.value(u"operations");
    if (!operations.isArray())
        return fail(u"\"operations\" must be an array"_s);
    for (const QJsonValue& value : operations.toArray()) {
        const QJsonObject object = value.toObject();
        OperationInfo op { object.value(u"id").toString(), object.value(u"method").toString(),
            object.value(u"path").toString(), object.value(u"operationId").toString() };
        if (op.id.isEmpty() || op.method.isEmpty() || op.path.isEmpty())
            return fail(u"an operation lacks id, method or path"_s);
        catalog.m_operations.append(op);
    }

    const QJsonValue permissions = root.value(u"permissions");
    if (!permissions.isArray())
        return fail(u"\"permissions\" must be an array"_s);
    QSet<QString> seen;
    for (const QJsonValue& value : permissions.toArray()) {
        const QJsonObject object = value.toObject();
        PermissionInfo info;
        info.name = object.value(u"name").toString();
        info.category = object.value(u"category").toString();
        info.labelKey = object.value(u"labelKey").toString(info.name);
        if (info.name.isEmpty())
            return fail(u"a permission has no name"_s);
        if (seen.contains(info.name))
            return fail(u"duplicate permission %1"_s.arg(info.name));
        if (object.contains(u"requires")
            && !readStringList(object.value(u"requires"), &info.requiredPermissions))
            return fail(u"\"requires\" of %1 must be an array of strings"_s.arg(info.name));
        seen.insert(info.name);
        catalog.m_permissions.append(info);
    }
    for (const PermissionInfo& info : std::as_const(catalog.m_permissions)) {
        for (const QString& required : info.requiredPermissions) {
            if (!seen.contains(required))
                return fail(u"%1 requires unknown permission %2"_s.arg(info.name, required));
        }
    }

    // A cycle would make "include the dependencies" impossible to satisfy in the UI, so reject it here.
    enum class Mark { None, Visiting, Done };
    QList<Mark> marks(catalog.m_permissions.size(), Mark::None);
    std::function<bool(qsizetype)> visit = [&](qsizetype i) {
        if (marks[i] == Mark::Done)
            return true;
        if (marks[i] == Mark::Visiting)
            return false;
        marks[i] = Mark::Visiting;
        for (const QString& required : std::as_const(catalog.m_permissions[i].requiredPermissions)) {
            if (!visit(catalog.indexOf(required)))
                return false;
        }
        marks[i] = Mark::Done;
        return true;
    };
    for (qsizetype i = 0; i < catalog.m_permissions.size(); ++i) {
        if (!visit(i))
            return fail(u"the dependencies of %1 form a cycle"_s.arg(catalog.m_permissions[i].name));
    }
    return catalog;
}

const QList<PermissionInfo>& PermissionCatalog::permissions() const
{
    return m_permissions;
}

const QList<OperationInfo>& PermissionCatalog::operations() const
{
    return m_operations;
}

qsizetype PermissionCatalog::indexOf(QStringView name) const
{
    // 84 entries: a linear scan is cheaper than keeping a hash in sync.
    for (qsizetype i = 0; i < m_permissions.size(); ++i) {
        if (m_permissions[i].name == name)
            return i;
    }
    return -1;
}

const PermissionInfo* PermissionCatalog::find(QStringView name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? nullptr : &m_permissions[i];
}

bool PermissionCatalog::contains(QStringView name) const
{
    return indexOf(name) >= 0;
}

QStringList PermissionCatalog::categories() const
{
    QStringList result;
    for (const PermissionInfo& info : m_permissions) {
        if (!result.contains(info.category))
            result.append(info.category);
    }
    return result;
}

QStringList PermissionCatalog::withDependencies(const QStringList& perms) const
{
    QList<bool> selected(m_permissions.size(), false);
    QStringList unknown;
    QList<qsizetype> pending;
    for (const QString& name : perms) {
        const qsizetype i = indexOf(name);
        if (i < 0) {
            if (!unknown.contains(name))
                unknown.append(name);
        } else {
            pending.append(i);
        }
    }
    while (!pending.isEmpty()) {
        const qsizetype i = pending.takeLast();
        if (selected[i])
            continue;
        selected[i] = true;
        for (const QString& required : m_permissions[i].requiredPermissions)
            pending.append(indexOf(required));
    }
    QStringList result;
    for (qsizetype i = 0; i < m_permissions.size(); ++i) {
        if (selected[i])
            result.append(m_permissions[i].name);
    }
    return result + unknown;
}

QList<QPair<QString, QString>> PermissionCatalog::missingDependencies(const QStringList& perms) const
{
    const QSet<QString> present(perms.cbegin(), perms.cend());
    QList<QPair<QString, QString>> missing;
    // Walk in catalog order so messages are stable regardless of the caller's ordering.
    for (const PermissionInfo& info : m_permissions) {
        if (!present.contains(info.name))
            continue;
        for (const QString& required : info.requiredPermissions) {
            if (!present.contains(required))
                missing.append({ info.name, required });
        }
    }
    return missing;
}

} // namespace Alli
