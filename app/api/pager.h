#pragma once
// Walks an offset/limit list (agents, permission groups) page by page and stops on the first
// short page. One request in flight at a time; cancellable; finishes exactly once.

#include "apireply.h"

#include <QObject>
#include <QPointer>

#include <algorithm>
#include <functional>

namespace Alli
{

class PagedFetchBase : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    const ApiError& error() const { return m_error; }
    int pagesFetched() const { return m_pages; }
    void cancel()
    {
        if (m_current)
            m_current->cancel();
        else if (!m_finished)
            finishWith(ApiError(ApiError::Kind::Cancelled));
    }

Q_SIGNALS:
    void pageReceived(int offset, int count);
    void finished();

protected:
    void finishWith(const ApiError& error)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_error = error;
        emit finished();
    }

    QPointer<ApiReply> m_current;
    ApiError m_error;
    int m_pages = 0;
    bool m_finished = false;
};

// The documented default of `limit` on every list, and the most this client ever asks for: no
// maximum is documented, so a service that caps larger pages at 100 would answer a short page,
// which reads as the last one.
inline constexpr int kListPageLimit = 100;

template<typename T> class PagedFetch final : public PagedFetchBase
{
public:
    using PageCall = std::function<TypedReply<QList<T>>*(int offset, int limit)>;

    // maxItems < 0: no limit. pageSize is at most kListPageLimit. Call start() after connecting.
    PagedFetch(PageCall call, int pageSize = kListPageLimit, int maxItems = -1, QObject* parent = nullptr)
        : PagedFetchBase(parent)
        , m_call(std::move(call))
        , m_pageSize(std::clamp(pageSize, 1, kListPageLimit))
        , m_maxItems(maxItems)
    {
    }

    void start() { requestPage(0); }
    const QList<T>& items() const { return m_items; }
    // Only count (a dashboard's total of a million agents): pages are dropped once counted.
    void setKeepItems(bool keep) { m_keep = keep; }
    int itemCount() const { return m_count; }

private:
    void requestPage(int offset)
    {
        TypedReply<QList<T>>* reply = m_call(offset, m_pageSize);
        m_current = reply;
        connect(reply, &ApiReply::finished, this, [this, reply, offset] {
            m_current = nullptr;
            if (!reply->ok()) {
                finishWith(reply->error());
                return;
            }
            const QList<T>& page = reply->value();
            if (m_keep)
                m_items += page;
            m_count += int(page.size());
            ++m_pages;
            emit pageReceived(offset, int(page.size()));
            const bool full = page.size() >= m_pageSize;
            const bool capped = m_maxItems >= 0 && m_count >= m_maxItems;
            if (full && !capped)
                requestPage(offset + int(page.size()));
            else
                finishWith(ApiError());
        });
    }

    PageCall m_call;
    int m_pageSize;
    int m_maxItems;
    QList<T> m_items;
    int m_count = 0;
    bool m_keep = true;
};

} // namespace Alli
