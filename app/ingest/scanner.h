#pragma once

// Finds media files under folders, working on file names as raw bytes so that names that are
// not valid UTF-8 (GBK names from Chinese Windows drives, old camera cards) are found and can be
// opened again. Follows symbolic links and recognises loops; skips the system and hidden folders
// that removable drives and NAS shares carry.
//
// Threading: run() blocks; call it on a thread of its own. The callbacks run on that thread.

#include "mediafacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

struct ScanEntry
{
    QByteArray path; // absolute, raw bytes
    MediaKind kind = MediaKind::Video;
    qint64 sizeBytes = 0;
    qint64 mtimeNs = 0;
    quint64 device = 0;
};

struct ScanNote
{
    QByteArray path;
    QString reason;
};

class Scanner final
{
    Q_DECLARE_TR_FUNCTIONS(Scanner)

public:
    // `roots`: absolute raw paths of folders or files. `excluded`: folders never entered (the
    // catalog folder itself). `looseFiles`: single files to look at; a missing one is not a note
    // (the caller marks it offline).
    Scanner(QList<QByteArray> roots, QList<QByteArray> excluded, QList<QByteArray> looseFiles = {});

    void run(const std::function<void(const ScanEntry &)> &found,
             const std::function<void(const ScanNote &)> &skipped, const std::atomic<bool> &cancelled);

    // Folders that could not be read: what was catalogued inside them is not "missing".
    const QList<QByteArray> &unreadableFolders() const { return m_unreadable; }

    // `path` made absolute (against the working folder) without resolving symbolic links: "."
    // and ".." and doubled slashes taken out, byte for byte.
    static QByteArray absolutePath(const QByteArray &path);
    // The bytes of a command-line argument: Qt decodes argv lossily where it is not UTF-8, so
    // the raw argument that decodes to `argument` (else its encoding).
    static QByteArray rawArgument(const QString &argument, const QByteArrayList &argv);

    // Whether a folder name is one of the system folders drives carry (.Trashes, @eaDir, ...).
    static bool isSystemFolder(const QByteArray &name);
    // Camera-card folders that hold companions of the clips rather than clips: Sony's thumbnails
    // (M4ROOT/THMBNL) and proxies (M4ROOT/SUB, XDROOT/Sub), Panasonic P2's proxies, icons and
    // audio essence (CONTENTS/PROXY, ICON, AUDIO, VOICE). Returns why, or an empty string.
    static QString cameraCardCompanion(const QByteArray &parentName, const QByteArray &name);

private:
    QList<QByteArray> m_roots;
    QList<QByteArray> m_excluded;
    QList<QByteArray> m_looseFiles;
    QList<QByteArray> m_unreadable;
};
