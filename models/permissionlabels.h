#pragma once
// Human labels for the permission catalog (resources/alli-api.json): one translated label per
// permission wire name and per category key, so no view shows raw enum names. Translations live
// in the contexts "Alli::Permission" and "Alli::PermissionCategory" and are looked up at call time,
// so a language switch only needs the views to ask again.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Alli::PermissionLabels
{

// The translated label of a permission ("View skills"); the wire name itself when unknown.
QString label(QStringView permission);
// The translated label of a category key ("Skills"); the key itself when unknown.
QString categoryLabel(QStringView category);
// "View skills (skill_read)": for confirmations and logs where the exact name matters.
QString labelWithName(QStringView permission);
// The untranslated English label, or an empty string when there is none.
QString sourceLabel(QStringView permission);
QString sourceCategoryLabel(QStringView category);
// Catalog entries (permissions, then categories) that have no label: empty when complete.
QStringList missingLabels();

} // namespace Alli::PermissionLabels
