#pragma once

// What the fuzz targets share: Qt set up as in the programs (a QCoreApplication, its messages
// kept quiet; a fatal one, such as a failed Q_ASSERT, still stops the target), and checks that
// stop the target, so that libFuzzer keeps the input that broke one.

#include <QString>

namespace Fuzz {

// Called from LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);

// Stops the target (abort: libFuzzer writes the input out as a crash) when `ok` is false.
void require(bool ok, const char *what, const QString &detail = {});

} // namespace Fuzz
