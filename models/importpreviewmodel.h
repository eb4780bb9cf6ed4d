#pragma once
// The validation preview of a CSV import: every data row with its cells and per-cell problems,
// editable so that a user can fix a row in place (the row is validated again at once), with
// valid/invalid counts. ImportPreviewFilterProxy shows only the rows that still have errors.
// Columns are the file's own columns followed by one Problems column.

#include "bulktypes.h"
#include "csvreader.h"
#include "foldedkey.h"
#include "operations.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <QSortFilterProxyModel>
#include <functional>
#include <optional>

namespace Alli
{

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValidRole = Qt::UserRole + 1, // bool: the row has no error
        LineRole, // int: the row's physical line in the file
        ProblemsRole, // QStringList: every problem of the row (on any column)
        CellErrorRole, // bool: this cell has an error
        SortRole,
        RowStateRole, // editor mode: int (Bulk::RowState) of the row's last send, or -1
        ColumnNameRole, // editor mode, horizontal header: the column's name in a CSV file
    };
    Q_ENUM(Role)

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // The rows of each key (by its case folding), in file order.
    using KeyIndex = Bulk::KeyRows;
    static KeyIndex keyIndexOf(const QList<Bulk::PreparedRow>& rows);

    // Replaces everything; `rows` are RowValidator::prepare(op, table, mapping, context), prepared
    // by the caller (on a worker thread for large files), and `keyIndex`, when given,
    // keyIndexOf(rows) (else it is built at the first edit of a large file).
    void setPrepared(Bulk::Operation op, const Bulk::CsvTable& table,
        const QList<Bulk::ColumnMapping>& mapping, const Bulk::ValidationContext& context,
        const QList<Bulk::PreparedRow>& rows, std::optional<KeyIndex> keyIndex = std::nullopt);
    void clear();

    Bulk::Operation operation() const { return m_operation; }
    const Bulk::CsvTable& table() const { return m_table; } // with the user's edits
    const QList<Bulk::ColumnMapping>& mapping() const { return m_mapping; }
    const QList<Bulk::PreparedRow>& preparedRows() const { return m_rows; }
    const Bulk::PreparedRow& rowAt(int row) const { return m_rows.at(row); }
    int problemsColumn() const { return int(m_table.header.size()); }
    // The rows of the table (without the editor's new-row line).
    int dataRowCount() const { return int(m_rows.size()); }
    // Validates every row again with another context (the project's groups, once fetched).
    void setContext(const Bulk::ValidationContext& context);
    const Bulk::ValidationContext& context() const { return m_context; }

    // The bulk editor's grid. In editor mode the model has:
    // - a last, empty "new row" line (rowCount() == dataRowCount() + 1): typing or pasting into it
    //   (setCells() with rows beyond the table) appends rows;
    // - rows inserted and removed (insertDataRows(), removeDataRows()), validated at once;
    // - a Result column after Problems with each row's result of the last send; a row that
    //   succeeded is read only, and editing a row clears its result;
    // - for rows seeded from the server (setSeed()), the cells they started with: a seeded row
    //   whose cells are as they were is unchanged (isUnchanged()) and is not sent;
    // - the password cell shown masked.
    void setEditorMode(bool editor);
    bool isEditorMode() const { return m_editor; }
    int resultColumn() const { return m_editor ? problemsColumn() + 1 : -1; }
    void insertDataRows(int row, const QList<QStringList>& rows);
    // Removes rows and gives back their cells (for undo).
    QList<QStringList> removeDataRows(int row, int count);
    // Every row's starting cells (as many as the table's rows; an empty list: not seeded).
    void setSeed(const QList<QStringList>& seed);
    bool isUnchanged(int row) const;
    int unchangedCount() const;
    std::optional<Bulk::RowResult> resultAt(int row) const;
    void setResult(int row, const Bulk::RowResult& result);
    void clearResults();

    int validCount() const { return m_validCount; }
    int invalidCount() const { return int(m_rows.size()) - m_validCount - m_blankCount; }
    // Editor mode: rows with nothing in them (neither sent nor counted as problems).
    int blankCount() const { return m_blankCount; }
    bool isBlank(int row) const;
    int warningCount() const { return m_warningCount; }
    // Rows with a problem from a rule Alli does not document: held back, or (when the context
    // sends them anyway) sent with a warning.
    int unconfirmedCount() const { return m_unconfirmedCount; }
    bool sendsUnconfirmed() const { return m_context.sendUnconfirmed; }
    // Files up to this many rows are validated again as a whole after an edit (duplicates across
    // the file included); larger ones validate the edited row again, and every row that shared
    // its old key or shares its new one (found through an index from key to rows).
    static constexpr int kWholeFileRevalidationLimit = 2000;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Several cells at once (a paste, a fill, an undo), validated once: (row, column, text)
    // triples; returns each cell's text before, in order.
    QStringList setCells(const QList<std::tuple<int, int, QString>>& cells);
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void retranslate();

Q_SIGNALS:
    void summaryChanged();

private:
    void revalidate(int editedRow);
    // After rows were inserted or removed: `changed` rows and every row whose key is in `keys`.
    void revalidateStructure(const QList<int>& changed, const QSet<QString>& keys);
    void growTo(int rows, bool validate); // editor mode: appends empty rows up to `rows`
    void insertRowsOnly(int row, const QList<QStringList>& rows, bool validate);
    int secretColumn() const;
    void forgetIfBlank(Bulk::PreparedRow& row) const;
    QVariant resultData(int row, int role) const;
    void revalidateAround(int editedRow);
    Bulk::PreparedRow validateRow(int row, int firstOfKey) const;
    int firstRowOfKey(const QString& key, const std::function<const QString&(int)>& keyOf) const;
    void recount();
    QStringList problemTexts(const Bulk::PreparedRow& row) const;

    Bulk::Operation m_operation = Bulk::Operation::CreateUsers;
    Bulk::CsvTable m_table;
    QList<Bulk::ColumnMapping> m_mapping;
    Bulk::ValidationContext m_context;
    QList<Bulk::PreparedRow> m_rows;
    // For large files: built at the first edit unless setPrepared() was given it.
    KeyIndex m_keyIndex;
    bool m_keyIndexBuilt = false;
    // Editor mode: per row, its seed (empty: none) and the result of its last send.
    struct EditorRow {
        QStringList seed;
        std::optional<Bulk::RowResult> result;
    };
    bool m_editor = false;
    QList<EditorRow> m_editorRows;
    int m_validCount = 0;
    int m_blankCount = 0;
    int m_warningCount = 0;
    int m_unconfirmedCount = 0;
};

class ImportPreviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ImportPreviewFilterProxy(QObject* parent = nullptr);
    void setInvalidOnly(bool invalidOnly);
    bool invalidOnly() const { return m_invalidOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_invalidOnly = false;
};

} // namespace Alli
