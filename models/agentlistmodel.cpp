#include "agentlistmodel.h"

#include "alliclient.h"
#include "pager.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Alli
{

namespace
{

    constexpr qsizetype ChunkBytes = 64 * 1024;

    bool isCjk(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= 0x1100 && u <= 0x11FF) // Hangul Jamo
            || (u >= 0x3040 && u <= 0x30FF) // Hiragana, Katakana
            || (u >= 0x3130 && u <= 0x318F) // Hangul compatibility Jamo
            || (u >= 0x3400 && u <= 0x4DBF) // CJK extension A
            || (u >= 0x4E00 && u <= 0x9FFF) // CJK unified ideographs
            || (u >= 0xAC00 && u <= 0xD7A3) // Hangul syllables
            || (u >= 0xD840 && u <= 0xD87F) // high surrogates of CJK extensions B-F
            || (u >= 0xF900 && u <= 0xFAFF) // CJK compatibility ideographs
            || (u >= 0xFF66 && u <= 0xFF9F); // half-width Katakana
    }

    // Field lengths are 16-bit; a longer value (never seen in practice) is cut at a character boundary.
    QByteArrayView clampUtf8(QByteArrayView utf8)
    {
        if (utf8.size() <= 0xFFFF)
            return utf8;
        qsizetype n = 0xFFFF;
        while (n > 0 && (quint8(utf8[n]) & 0xC0) == 0x80)
            --n;
        return utf8.first(n);
    }

    bool needsQuotes(QByteArrayView cell)
    {
        for (char c : cell) {
            if (c == ',' || c == '"' || c == '\r' || c == '\n')
                return true;
        }
        return false;
    }

} // namespace

// ---- AgentStore --------------------------------------------------------------------------------

void AgentStore::append(const AgentResponse& agent)
{
    const QByteArray parts[FieldCount]
        = { agent.id.toUtf8(), agent.firstName.toUtf8(), agent.lastName.toUtf8(), agent.email.toUtf8() };
    QByteArrayView views[FieldCount];
    qsizetype total = 0;
    for (int f = 0; f < FieldCount; ++f) {
        views[f] = clampUtf8(parts[f]);
        total += views[f].size();
    }
    if (m_chunks.isEmpty() || m_chunks.last().size() + total > m_chunks.last().capacity()) {
        QByteArray chunk;
        chunk.reserve(std::max(ChunkBytes, total));
        m_chunks.append(std::move(chunk));
    }
    QByteArray& chunk = m_chunks.last();
    Row row;
    row.offset = quint32(chunk.size());
    row.chunk = quint32(m_chunks.size() - 1);
    for (int f = 0; f < FieldCount; ++f) {
        row.length[f] = quint16(views[f].size());
        chunk.append(views[f]);
    }
    m_rows.append(row);
}

void AgentStore::removeAt(int row)
{
    // The text stays in its chunk: removals are rare (one per deleted agent) and chunks are shared.
    m_rows.removeAt(row);
}

void AgentStore::clear()
{
    m_rows.clear();
    m_chunks.clear();
}

QString AgentStore::displayName(int row) const
{
    return agentDisplayName(text(row, FirstName), text(row, LastName));
}

AgentResponse AgentStore::agent(int row) const
{
    return { text(row, Id), text(row, FirstName), text(row, LastName), text(row, Email) };
}

int AgentStore::rowOfId(QByteArrayView id) const
{
    for (int i = 0; i < size(); ++i) {
        if (field(i, Id) == id)
            return i;
    }
    return -1;
}

bool AgentStore::emailContains(
    int row, const QByteArray& needleUtf8Lower, const QString& needle, bool asciiNeedle) const
{
    const QByteArrayView email = field(row, Email);
    if (!asciiNeedle)
        return QString::fromUtf8(email).contains(needle, Qt::CaseInsensitive);
    // ASCII needle: compare bytes, folding only ASCII letters, without decoding the address.
    const qsizetype n = needleUtf8Lower.size();
    if (n == 0)
        return true;
    const char* e = email.data();
    const char* p = needleUtf8Lower.constData();
    for (qsizetype i = 0; i + n <= email.size(); ++i) {
        qsizetype k = 0;
        while (k < n) {
            char c = e[i + k];
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
            if (c != p[k])
                break;
            ++k;
        }
        if (k == n)
            return true;
    }
    return false;
}

qsizetype AgentStore::bytesReserved() const
{
    qsizetype bytes
        = m_rows.capacity() * qsizetype(sizeof(Row)) + m_chunks.capacity() * qsizetype(sizeof(QByteArray));
    for (const QByteArray& chunk : m_chunks)
        bytes += chunk.capacity();
    return bytes;
}

QString agentDisplayName(QStringView firstName, QStringView lastName)
{
    if (lastName.isEmpty())
        return firstName.toString();
    if (firstName.isEmpty())
        return lastName.toString();
    if (isCjk(lastName.front()) || isCjk(firstName.front()))
        return lastName + firstName;
    return firstName + u' ' + lastName;
}

QByteArray csvCell(QByteArrayView utf8)
{
    QByteArray cell;
    cell.reserve(utf8.size() + 3);
    if (!utf8.isEmpty()) {
        const char c = utf8.front();
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n')
            cell.append('\'');
    }
    cell.append(utf8);
    if (!needsQuotes(cell))
        return cell;
    QByteArray quoted;
    quoted.reserve(cell.size() + 8);
    quoted.append('"');
    for (char c : std::as_const(cell)) {
        if (c == '"')
            quoted.append('"');
        quoted.append(c);
    }
    quoted.append('"');
    return quoted;
}

QByteArray agentsToCsv(const AgentStore& store, const QList<int>& rows)
{
    QByteArray out;
    out.reserve(64 + rows.size() * 80);
    out.append("\xEF\xBB\xBF"
               "id,firstName,lastName,email\r\n");
    for (int row : rows) {
        for (int f = 0; f < AgentStore::FieldCount; ++f) {
            if (f)
                out.append(',');
            out.append(csvCell(store.field(row, AgentStore::Field(f))));
        }
        out.append("\r\n");
    }
    return out;
}

Bulk::TableData agentsTable(const AgentStore& store, const QList<int>& rows)
{
    return Bulk::TableData::fromRows(QCoreApplication::translate("Alli::AgentListModel", "Agents"),
        { u"id"_s, u"firstName"_s, u"lastName"_s, u"email"_s }, rows.size(), [&store, &rows](qsizetype r) {
            QStringList cells;
            for (int f = 0; f < AgentStore::FieldCount; ++f)
                cells.append(store.text(rows.at(r), AgentStore::Field(f)));
            return cells;
        });
}

// ---- AgentListModel ----------------------------------------------------------------------------

AgentListModel::AgentListModel(AlliClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

AgentListModel::~AgentListModel()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
}

int AgentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int AgentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AgentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (Column(index.column())) {
        case Column::Id:
            return m_store.text(row, AgentStore::Id);
        case Column::Name:
            return m_store.displayName(row);
        case Column::Email:
            return m_store.text(row, AgentStore::Email);
        case Column::Count:
            break;
        }
        return {};
    case IdRole:
        return m_store.text(row, AgentStore::Id);
    case FirstNameRole:
        return m_store.text(row, AgentStore::FirstName);
    case LastNameRole:
        return m_store.text(row, AgentStore::LastName);
    case EmailRole:
        return m_store.text(row, AgentStore::Email);
    default:
        return {};
    }
}

QVariant AgentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("Email");
    case Column::Count:
        break;
    }
    return {};
}

bool AgentListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_client && m_started && !m_atEnd && !m_error.isError();
}

void AgentListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_pending)
        return; // one request at a time; the view asks again when rows arrive
    startFetch();
}

void AgentListModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, kListPageLimit); // a short page reads as the last one
}

void AgentListModel::startFetch()
{
    const quint64 generation = m_generation;
    auto* reply = m_client->listAgents(m_serverOffset, m_pageSize, m_emailFilter);
    m_pending = reply;
    setLoading(true);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation || m_pending != reply)
            return; // an answer for a filter or list that is gone
        m_pending = nullptr;
        if (!reply->ok()) {
            m_error = reply->error();
            setLoading(false); // a loadAll() goes on after retry()
            emit loadError(m_error);
            return;
        }
        const QList<AgentResponse>& page = reply->value();
        m_serverOffset += int(page.size());
        m_atEnd = page.size() < m_pageSize;
        appendAgents(page); // a view may ask for the next page from here
        if (m_loadAll && !m_atEnd && !m_pending)
            startFetch();
        setLoading(bool(m_pending));
        emit pageLoaded(int(page.size()));
        if (m_loadAll && m_atEnd) {
            m_loadAll = false;
            emit loadedAll();
        }
    });
}

void AgentListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void AgentListModel::appendAgents(const QList<AgentResponse>& agents)
{
    if (agents.isEmpty())
        return;
    const int first = m_store.size();
    beginInsertRows({}, first, first + int(agents.size()) - 1);
    for (const AgentResponse& a : agents)
        m_store.append(a);
    endInsertRows();
}

void AgentListModel::addCreatedAgent(const AgentResponse& agent)
{
    if (!m_atEnd || m_store.rowOfId(agent.id.toUtf8()) >= 0)
        return;
    if (!m_emailFilter.isEmpty() && !agent.email.contains(m_emailFilter, Qt::CaseInsensitive))
        return;
    ++m_serverOffset;
    appendAgents({ agent });
}

bool AgentListModel::removeAgent(const QString& id)
{
    const int row = m_store.rowOfId(id.toUtf8());
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_store.removeAt(row);
    endRemoveRows();
    // The server's list shifted by one: keep the next page from skipping an agent.
    m_serverOffset = std::max(0, m_serverOffset - 1);
    return true;
}

bool AgentListModel::hasServer() const
{
    return !m_client.isNull();
}

void AgentListModel::loadAll()
{
    if (!m_client || !m_started)
        return;
    if (m_atEnd) {
        emit loadedAll();
        return;
    }
    m_loadAll = true;
    if (m_error.isError()) {
        retry();
        return;
    }
    if (!m_pending)
        startFetch();
}

void AgentListModel::stopLoadingAll()
{
    m_loadAll = false;
}

void AgentListModel::setEmailFilter(const QString& email)
{
    m_emailFilter = email.trimmed();
    reload();
}

void AgentListModel::reload()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel();
    m_pending = nullptr;
    m_started = true;
    m_loadAll = false; // whoever needs the whole new list asks again (on modelReset)
    clear(); // a view (or model tester) may already ask for the first page on the reset
    if (m_client && !m_pending)
        startFetch();
}

void AgentListModel::retry()
{
    if (!m_client || m_pending)
        return;
    m_error = ApiError();
    m_started = true;
    startFetch();
}

void AgentListModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_serverOffset = 0;
    m_atEnd = false;
    m_error = ApiError();
    endResetModel();
    if (!m_pending)
        setLoading(false);
}

void AgentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
}

} // namespace Alli
