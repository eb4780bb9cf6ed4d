#pragma once
// The agents table: pages of 100 fetched from GET /webapi/v2/agents as the view scrolls (one
// request in flight), an email filter applied by the server, and compact storage so that a
// project with a million agents stays cheap (about 16 bytes per row plus the UTF-8 text).

#include "apierror.h"
#include "apireply.h"
#include "apitypes.h"
#include "tablefile.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPointer>
#include <QString>

namespace Alli
{

class AlliClient;

// Append-only rows of (id, first name, last name, email) as UTF-8 in 64 KiB chunks, with one
// 16-byte reference per row. Copies are O(1) (chunks and references are implicitly shared), so
// a worker thread can sort or export a snapshot while the GUI thread keeps appending.
class AgentStore
{
public:
    enum Field { Id, FirstName, LastName, Email, FieldCount };

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void append(const AgentResponse& agent);
    void removeAt(int row);
    void clear();

    QByteArrayView field(int row, Field f) const
    {
        const Row& r = m_rows.at(row);
        qsizetype start = r.offset;
        for (int i = 0; i < f; ++i)
            start += r.length[i];
        return QByteArrayView(m_chunks.at(r.chunk).constData() + start, r.length[f]);
    }
    QString text(int row, Field f) const { return QString::fromUtf8(field(row, f)); }
    QString displayName(int row) const;
    AgentResponse agent(int row) const;
    int rowOfId(QByteArrayView id) const;
    // Case-insensitive substring match on the email; `needle` as prepared by prepareNeedle().
    bool emailContains(
        int row, const QByteArray& needleUtf8Lower, const QString& needle, bool asciiNeedle) const;

    // Heap bytes reserved by this store (chunks' capacity plus the row references).
    qsizetype bytesReserved() const;

private:
    struct Row {
        quint32 offset;
        quint32 chunk;
        quint16 length[FieldCount];
    };
    static_assert(sizeof(Row) == 16);

    QList<QByteArray> m_chunks;
    QList<Row> m_rows;
};

// "First Last", or for Korean, Japanese and Chinese names "LastFirst" without a space
// (김민준, 佐藤花子), as people there write them.
QString agentDisplayName(QStringView firstName, QStringView lastName);

// The rows of `store` listed in `rows`, as CSV: UTF-8 with a BOM, CRLF, header
// "id,firstName,lastName,email". Cells that a spreadsheet would read as a formula (starting with
// = + - @ tab CR LF) get a leading single quote (OWASP CSV injection).
QByteArray agentsToCsv(const AgentStore& store, const QList<int>& rows);
// The same rows and columns as a table for a workbook (Bulk::TableFile): every cell text. It refers
// to `store` and `rows`, which must outlive it.
Bulk::TableData agentsTable(const AgentStore& store, const QList<int>& rows);
// One CSV cell, neutralised and quoted when needed (exposed for tests).
QByteArray csvCell(QByteArrayView utf8);

class AgentListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    enum class Column { Id, Name, Email, Count };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IdRole,
        FirstNameRole,
        LastNameRole,
        EmailRole,
    };
    Q_ENUM(Role)

    // `client` may be null: the model then only shows what appendAgents() gives it.
    explicit AgentListModel(AlliClient* client = nullptr, QObject* parent = nullptr);
    ~AgentListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    QString emailFilter() const { return m_emailFilter; }

    bool isLoading() const { return m_loading; }
    // Fetches page after page until the list is complete (for a sort over every agent), one
    // request at a time; loadedAll() follows, or loadError(). Cleared by a reload or stopLoadingAll().
    void loadAll();
    void stopLoadingAll();
    bool isLoadingAll() const { return m_loadAll; }
    bool isStarted() const { return m_started; }
    bool hasServer() const;
    bool atEnd() const { return m_atEnd; }
    const ApiError& lastError() const { return m_error; }

    AgentResponse agentAt(int row) const { return m_store.agent(row); }
    QString emailAt(int row) const { return m_store.text(row, AgentStore::Email); }
    QString idAt(int row) const { return m_store.text(row, AgentStore::Id); }
    QString displayNameAt(int row) const { return m_store.displayName(row); }
    int rowOfId(const QString& id) const { return m_store.rowOfId(id.toUtf8()); }
    const AgentStore& store() const { return m_store; }

    // Rows without a server (benchmarks, tests) or received from elsewhere.
    void appendAgents(const QList<AgentResponse>& agents);
    // A newly created agent: shown at once when the whole (filtered) list is already loaded;
    // otherwise it arrives with the later page where the server lists it.
    void addCreatedAgent(const AgentResponse& agent);
    // After the server deleted it.
    bool removeAgent(const QString& id);

public Q_SLOTS:
    // Empties the list and fetches the first page for `email` (substring, server-side).
    void setEmailFilter(const QString& email);
    void reload();
    // After loadError: fetches the page that failed.
    void retry();
    void clear();
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadError(const Alli::ApiError& error);
    void pageLoaded(int rows);
    // Every agent (of the filter) is loaded after loadAll().
    void loadedAll();

private:
    void startFetch();
    void setLoading(bool loading);

    QPointer<AlliClient> m_client;
    AgentStore m_store;
    QString m_emailFilter;
    QPointer<ApiReply> m_pending;
    ApiError m_error;
    quint64 m_generation = 0; // replies of an older filter or reload are ignored
    int m_pageSize = 100;
    int m_serverOffset = 0;
    bool m_started = false;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_loadAll = false;
};

} // namespace Alli
