// Dates in the console carry the full year in every language: the job history, retention,
// certificate and token dates of a console whose records last for years.

#include "datetext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestDateText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullYear_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        // Korean and English short formats write a two-digit year; Japanese already a full one.
        QTest::newRow("ko") << u"ko_KR"_s << u"2027. 1. 6."_s << u"2027. 1. 6. 오후 3:04"_s;
        QTest::newRow("en") << u"en_US"_s << u"1/6/2027"_s << u"1/6/2027 3:04\u202fPM"_s;
        QTest::newRow("ja") << u"ja_JP"_s << u"2027/01/06"_s << u"2027/01/06 15:04"_s;
    }

    void fullYear()
    {
        QFETCH(QString, locale);
        QFETCH(QString, date);
        QFETCH(QString, dateTime);
        const QLocale l(locale);
        QCOMPARE(Alli::shortDate(QDate(2027, 1, 6), l), date);
        const QDateTime local(QDate(2027, 1, 6), QTime(15, 4), Qt::LocalTime);
        QString shown = Alli::shortDateTime(local, l);
        // Some CLDR versions put a narrow no-break space before AM/PM, some a plain one.
        shown.replace(u' ', u'\u202f');
        QString expected = dateTime;
        expected.replace(u' ', u'\u202f');
        QCOMPARE(shown, expected);
        // A year 2000 date: never "00".
        QVERIFY(Alli::shortDate(QDate(2000, 2, 3), l).contains(u"2000"_s));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
