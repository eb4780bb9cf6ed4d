#pragma once
// What the window says about the live connection: which project, and whether it is the demo.

#include <QString>

namespace Alli
{

struct SessionInfo {
    QString projectName; // the profile's name, e.g. "Production (US)"
    bool isDemo = false;
    QString demoApiKey; // shown only for the demo backend, whose key is public
};

} // namespace Alli
