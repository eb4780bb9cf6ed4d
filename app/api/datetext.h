#pragma once
// Dates as people read them in a console whose records last for years: the locale's short
// format with the year in full. Korean and English short formats write "27. 1. 6." and
// "1/6/27"; here they read "2027. 1. 6." and "1/6/2027" (Japanese already writes "2027/01/06").

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Alli
{

QString shortDate(const QDate& date, const QLocale& locale = QLocale());
// In local time.
QString shortDateTime(const QDateTime& when, const QLocale& locale = QLocale());

} // namespace Alli
