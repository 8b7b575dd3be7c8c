#pragma once

// Installs the translations every ReelAtlas program uses (its own and Qt's) for `locale`.
// Call once, on the main thread, after the Q*Application exists.

#include <QLocale>

namespace Translations {

void install(const QLocale &locale);

} // namespace Translations
