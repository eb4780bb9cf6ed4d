#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Alli
{

// One permission of the catalog: its wire name, UI grouping, label key and direct dependencies.
struct PermissionInfo {
    QString name;
    QString category;
    QString labelKey;
    // Named requiredPermissions because "requires" is a C++20 keyword; the JSON key stays "requires".
    QStringList requiredPermissions;
};

// One API operation the application relies on, as listed in resources/alli-api.json.
struct OperationInfo {
    QString id;
    QString method;
    QString path;
    QString operationId;
};

// The permission catalog and operation list of resources/alli-api.json, shared by the client,
// the UI and the demo backend so the dependency rule is defined exactly once.
class PermissionCatalog
{
public:
    static const PermissionCatalog& instance();
    static PermissionCatalog fromJson(const QByteArray& json, QString* error = nullptr);

    const QList<PermissionInfo>& permissions() const;
    const QList<OperationInfo>& operations() const;
    const PermissionInfo* find(QStringView name) const;
    bool contains(QStringView name) const;
    QStringList categories() const;
    QStringList withDependencies(const QStringList& perms) const;
    QList<QPair<QString, QString>> missingDependencies(const QStringList& perms) const;

private:
    qsizetype indexOf(QStringView name) const;

    QList<PermissionInfo> m_permissions;
    QList<OperationInfo> m_operations;
};

} // namespace Alli
