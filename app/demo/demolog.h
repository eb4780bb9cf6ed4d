#pragma once

#include <QLoggingCategory>

namespace Alli::Demo
{
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
}
