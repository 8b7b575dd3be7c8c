#pragma once

// File identity: a hash of a few sampled blocks plus the size, so that a moved or renamed file is
// recognised without reading all of it (5 x 64 KiB at most, whatever the file size).

#include <QByteArray>
#include <QString>

struct FileIdentity
{
    QString contentHash; // 32 hex digits
    qint64 sizeBytes = 0;
    qint64 mtimeNs = 0;
};

namespace ContentHash {

enum class Outcome { Ok, Vanished, Failed };

// `path` is the file name in the file system's own bytes.
Outcome identify(const QByteArray &path, FileIdentity &identity, QString &error);

} // namespace ContentHash
