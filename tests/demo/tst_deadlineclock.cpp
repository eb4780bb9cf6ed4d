// The demo backend's answer clock: callbacks run in the order of their deadlines (ties in the
// order given), never before their deadline, and stop() drops what is not due. Not timed: only
// order and "not before" are asserted.

#include "deadlineclock.h"

#include <QMutex>
#include <QSemaphore>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Alli::Demo;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

class TestDeadlineClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInDeadlineOrderNeverBefore()
    {
        DeadlineClock clock;
        QMutex mutex;
        QSemaphore done;
        QStringList order;
        QStringList early;
        const auto record = [&](const QString& name, Clock::time_point deadline) {
            return [&, name, deadline] {
                const bool tooEarly = Clock::now() < deadline;
                {
                    QMutexLocker lock(&mutex);
                    order.append(name);
                    if (tooEarly)
                        early.append(name);
                }
                done.release();
            };
        };
        const Clock::time_point start = Clock::now();
        clock.at(start + 150ms, record(u"late"_s, start + 150ms));
        clock.at(start + 50ms, record(u"first of two"_s, start + 50ms));
        clock.at(start + 50ms, record(u"second of two"_s, start + 50ms));
        clock.at(start - 10ms, record(u"already due"_s, start - 10ms));
        QVERIFY(done.tryAcquire(4, 10000));
        QMutexLocker lock(&mutex);
        QCOMPARE(order, QStringList({ u"already due"_s, u"first of two"_s, u"second of two"_s, u"late"_s }));
        QVERIFY2(early.isEmpty(), qPrintable(early.join(u", "_s)));
    }

    void stopDropsWhatIsNotDue()
    {
        DeadlineClock clock;
        std::atomic<int> ran { 0 };
        QSemaphore done;
        clock.at(Clock::now(), [&] {
            ++ran;
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 10000));
        clock.at(Clock::now() + 3600s, [&] { ++ran; });
        clock.stop(); // does not wait for the hour
        clock.at(Clock::now(), [&] { ++ran; }); // ignored after stop()
        QTest::qWait(50);
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeadlineClock)
#include "tst_deadlineclock.moc"
