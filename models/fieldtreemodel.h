#pragma once
// A read-only tree over a QJsonObject (key, value, type), used wherever the console shows every
// field a server returned: a user, an OAuth2 configuration, an agent tool's raw object. Values
// under a secret key (Redactor::isSecretKey) are masked until setRevealed(true).

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Alli
{

class FieldTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Key, Value, Type, Count };
    enum Role {
        SecretRole = Qt::UserRole + 1, // bool: the value is a secret (its own key or an ancestor's)
        MaskedRole, // bool: the value is shown masked right now
        JsonValueRole, // the QJsonValue itself, unmasked (never for display)
        PathRole, // "headers.Accept", "tags[1]"
        SortRole,
        KeyRole, // the field's own name as the server sent it ("firstName"), whatever the label
    };
    Q_ENUM(Role)
    // A translated label for a field path ("firstName" -> "First name"), or empty for none: the
    // Field column then shows the server's own key (custom variables keep their names).
    using FieldLabels = QString (*)(QStringView path);

    static constexpr QStringView kMask = u"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022";

    explicit FieldTreeModel(QObject* parent = nullptr);
    ~FieldTreeModel() override;

    void setObject(const QJsonObject& object);
    // An object or an array at the top (a list answer); anything else gives an empty tree.
    void setValue(const QJsonValue& value);
    // `value` as JSON with every secret member (and everything under it) replaced by the mask,
    // unless the model is revealed; `secret` says the value itself sits under a secret key.
    QJsonValue maskedValue(const QJsonValue& value, bool secret) const;
    // Labels for known fields; the raw key stays in the tooltip and KeyRole.
    void setFieldLabels(FieldLabels labels);
    // The labels of a user's documented fields (userId, firstName, lastName, email, customerGroup...).
    static QString userFieldLabel(QStringView path);
    QJsonObject object() const { return m_object; }
    void clear();

    // Shows secret values in clear text when true; masked ("••••••••") otherwise.
    void setRevealed(bool revealed);
    bool isRevealed() const { return m_revealed; }

    // The index of the first-level field `key` (column Key), or invalid.
    QModelIndex indexOfKey(const QString& key) const;
    // The text shown in the Value column for a value (objects and arrays are summarised).
    static QString displayText(const QJsonValue& value);
    static QString typeName(const QJsonValue& value);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public Q_SLOTS:
    // Header texts and type names are translated when asked for; call on QEvent::LanguageChange.
    void retranslate();

private:
    struct Node;
    Node* nodeFor(const QModelIndex& index) const;
    void emitValuesChanged(const QModelIndex& parent);

    QJsonObject m_object;
    std::unique_ptr<Node> m_root;
    bool m_revealed = false;
    FieldLabels m_labels = nullptr;
};

} // namespace Alli
