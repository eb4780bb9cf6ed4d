#include "datetext.h"

#include <QRegularExpression>

namespace Alli
{

namespace
{
    // "yy" standing alone (not part of "yyyy") becomes "yyyy".
    QString withFullYear(QString format)
    {
        static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
        return format.replace(twoDigitYear, QStringLiteral("yyyy"));
    }
} // namespace

QString shortDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString shortDateTime(const QDateTime& when, const QLocale& locale)
{
    return locale.toString(when.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace Alli
