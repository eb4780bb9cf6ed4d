#include "fieldtreemodel.h"

#include "redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

struct FieldTreeModel::Node {
    QString key; // field name, or "[i]" for an array element
    QString path;
    QJsonValue value;
    bool secret = false;
    int row = 0;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    void addChild(
        const QString& childKey, const QString& childPath, const QJsonValue& childValue, bool childSecret)
    {
        auto child = std::make_unique<Node>();
        child->key = childKey;
        child->path = childPath;
        child->value = childValue;
        child->secret = childSecret;
        child->row = int(children.size());
        child->parent = this;
        child->build();
        children.push_back(std::move(child));
    }

    // Secrecy is inherited: everything under "token_info" is as secret as the object itself.
    void build()
    {
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QString childPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
                addChild(it.key(), childPath, it.value(), secret || Redactor::isSecretKey(it.key()));
            }
        } else if (value.isArray()) {
            const QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QString childKey = u'[' + QString::number(i) + u']';
                addChild(childKey, path + childKey, a.at(i), secret);
            }
        }
    }
};

FieldTreeModel::FieldTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

FieldTreeModel::~FieldTreeModel() = default;

void FieldTreeModel::setObject(const QJsonObject& object)
{
    beginResetModel();
    m_object = object;
    m_root = std::make_unique<Node>();
    m_root->value = object;
    m_root->build();
    endResetModel();
}

void FieldTreeModel::setValue(const QJsonValue& value)
{
    beginResetModel();
    m_object = value.toObject();
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray())
        m_root->value = value;
    m_root->build();
    endResetModel();
}

QJsonValue FieldTreeModel::maskedValue(const QJsonValue& value, bool secret) const
{
    if (m_revealed)
        return value;
    if (secret && !value.isObject() && !value.isArray())
        return kMask.toString();
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = maskedValue(it.value(), secret || Redactor::isSecretKey(it.key()));
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskedValue(*it, secret);
        return a;
    }
    return value;
}

void FieldTreeModel::setFieldLabels(FieldLabels labels)
{
    m_labels = labels;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

QString FieldTreeModel::userFieldLabel(QStringView path)
{
    // The fields "get user" documents (and the ones the bulk users operation sends), by the
    // names the server answers with; custom variables keep the names the project gave them.
    if (path == u"userId" || path == u"ownUserId")
        return tr("User ID");
    if (path == u"firstName" || path == u"first_name")
        return tr("First name");
    if (path == u"lastName" || path == u"last_name")
        return tr("Last name");
    if (path == u"email")
        return tr("Email");
    if (path == u"customerGroup" || path == u"customer_group")
        return tr("Customer group");
    if (path == u"locale")
        return tr("Language");
    return {};
}

void FieldTreeModel::clear()
{
    setObject({});
}

void FieldTreeModel::setRevealed(bool revealed)
{
    if (m_revealed == revealed)
        return;
    m_revealed = revealed;
    emitValuesChanged({});
}

void FieldTreeModel::emitValuesChanged(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, int(Column::Value), parent), index(rows - 1, int(Column::Type), parent),
        { Qt::DisplayRole, Qt::ToolTipRole, MaskedRole, SortRole });
    for (int r = 0; r < rows; ++r)
        emitValuesChanged(index(r, 0, parent));
}

QModelIndex FieldTreeModel::indexOfKey(const QString& key) const
{
    for (const auto& child : m_root->children) {
        if (child->key == key)
            return createIndex(child->row, 0, child.get());
    }
    return {};
}

QString FieldTreeModel::displayText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Timestamps and counts arrive as doubles: show 1714521600, not 1.7145e+09.
        if (std::isfinite(d) && d == std::trunc(d) && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return u"{}"_s;
        return tr("{%n field(s)}", nullptr, int(o.size()));
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            return u"[]"_s;
        // A short list of scalars reads best inline: "openid, email".
        bool scalars = true;
        for (const QJsonValue& v : a)
            scalars = scalars && !v.isArray() && !v.isObject();
        if (scalars && a.size() <= 8) {
            QStringList parts;
            for (const QJsonValue& v : a)
                parts << displayText(v);
            return parts.join(u", "_s);
        }
        return tr("[%n item(s)]", nullptr, int(a.size()));
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString FieldTreeModel::typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("yes/no");
    case QJsonValue::Null:
        return tr("empty");
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("list");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

FieldTreeModel::Node* FieldTreeModel::nodeFor(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node*>(index.internalPointer());
}

QModelIndex FieldTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* p = nodeFor(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex FieldTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* n = nodeFor(child);
    Node* p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int FieldTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FieldTreeModel::columnCount(const QModelIndex&) const
{
    return int(Column::Count);
}

QVariant FieldTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* n = nodeFor(index);
    const bool masked = n->secret && !m_revealed;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (column) {
        case Column::Key:
            if (m_labels) {
                if (const QString label = m_labels(n->path); !label.isEmpty())
                    return role == Qt::ToolTipRole ? tr("%1 (field “%2”)").arg(label, n->key) : label;
            }
            return n->key;
        case Column::Value:
            if (masked)
                return kMask.toString();
            // Tooltips show nested values in full, as indented JSON.
            if (role == Qt::ToolTipRole && (n->value.isObject() || n->value.isArray())) {
                const QJsonDocument doc = n->value.isObject() ? QJsonDocument(n->value.toObject())
                                                              : QJsonDocument(n->value.toArray());
                return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
            }
            return displayText(n->value);
        case Column::Type:
            return typeName(n->value);
        case Column::Count:
            break;
        }
        return {};
    case SecretRole:
        return n->secret;
    case MaskedRole:
        return masked;
    case JsonValueRole:
        return QVariant::fromValue(n->value);
    case PathRole:
        return n->path;
    case KeyRole:
        return n->key;
    default:
        return {};
    }
}

QVariant FieldTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Key:
        return tr("Field");
    case Column::Value:
        return tr("Value");
    case Column::Type:
        return tr("Type");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags FieldTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void FieldTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (m_labels && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    // Type names and "{n fields}" summaries are translated text too.
    emitValuesChanged({});
}

} // namespace Alli
