#pragma once
// "Run this off the GUI thread and come back": `work` runs on the global thread pool, and `done`
// receives its result on `context`'s thread, unless `context` is destroyed first (then `done` is
// never called). The one way the project moves work off the GUI thread.
//
// A QFutureWatcher owned by `context` carries the result back. (QFuture::then(context, ...) would
// be shorter, but Qt 6.4 asserts when the context is destroyed before the work finished.)

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace Alli
{

template<typename Work, typename Done> void runInBackground(QObject* context, Work&& work, Done&& done)
{
    using Result = std::invoke_result_t<std::decay_t<Work>&>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::forward<Done>(done)]() mutable {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->future().takeResult());
        });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

} // namespace Alli
