#pragma once
// JSON text written directly, without a QJsonDocument tree: request bodies of bulk changes, the
// journal's cells, the demo backend's bulk answers.

#include <QByteArray>
#include <QStringView>

namespace Alli
{

// Appends `text` as a JSON string, as QJsonDocument writes it: UTF-8, with '"', '\\' and
// control characters escaped.
void appendJsonString(QByteArray& out, QStringView text);

} // namespace Alli
