#include "scanner.h"

#include "mediatypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString errnoText(int code)
{
    return QString::fromLocal8Bit(strerror(code));
}

struct FileId
{
    dev_t dev;
    ino_t ino;
    bool operator==(const FileId &other) const { return dev == other.dev && ino == other.ino; }
};

size_t qHash(const FileId &id, size_t seed = 0)
{
    return ::qHash(quint64(id.dev), seed) ^ ::qHash(quint64(id.ino), seed);
}

QString fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Scanner::tr("a named pipe");
    if (S_ISSOCK(mode))
        return Scanner::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Scanner::tr("a device");
    return Scanner::tr("not a regular file");
}

QByteArray join(const QByteArray &folder, const char *name)
{
    QByteArray path = folder;
    if (!path.endsWith('/'))
        path.append('/');
    path.append(name);
    return path;
}

qint64 mtimeNs(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

} // namespace

Scanner::Scanner(QList<QByteArray> roots, QList<QByteArray> excluded, QList<QByteArray> looseFiles)
    : m_roots(std::move(roots))
    , m_excluded(std::move(excluded))
    , m_looseFiles(std::move(looseFiles))
{
}

QByteArray Scanner::absolutePath(const QByteArray &path)
{
    QByteArray raw = path;
    if (!raw.startsWith('/')) {
        QByteArray cwd(4096, Qt::Uninitialized);
        if (::getcwd(cwd.data(), size_t(cwd.size())))
            raw = QByteArray(cwd.constData()) + '/' + raw;
    }
    QByteArrayList parts;
    for (const QByteArray &part : raw.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return '/' + parts.join('/');
}

QByteArray Scanner::rawArgument(const QString &argument, const QByteArrayList &argv)
{
    for (const QByteArray &candidate : argv) {
        if (QString::fromLocal8Bit(candidate) == argument)
            return candidate;
    }
    return QFile::encodeName(argument);
}

bool Scanner::isSystemFolder(const QByteArray &name)
{
    // Hidden folders (.Trashes, .Spotlight-V100, .fseventsd, .Trash-1000, .thumbnails, .git),
    // Windows and NAS system folders, and camera-card thumbnail caches.
    static const QByteArrayList system { "$RECYCLE.BIN", "System Volume Information",
                                         "@eaDir",       "#recycle",
                                         "#snapshot",    "lost+found",
                                         "RECYCLER" };
    return name.startsWith('.') || system.contains(name);
}

QString Scanner::cameraCardCompanion(const QByteArray &parentName, const QByteArray &name)
{
    const QByteArray parent = parentName.toUpper();
    const QByteArray folder = name.toUpper();
    if ((parent == "M4ROOT" || parent == "XDROOT") && folder == "THMBNL")
        return tr("camera card thumbnails (the clips are catalogued with their own posters)");
    if ((parent == "M4ROOT" || parent == "XDROOT") && folder == "SUB")
        return tr("camera card proxies (low-resolution copies of the clips)");
    if (parent == "CONTENTS" && folder == "PROXY")
        return tr("camera card proxies (low-resolution copies of the clips)");
    if (parent == "CONTENTS" && (folder == "ICON" || folder == "AUDIO" || folder == "VOICE"))
        return tr("P2 card companions (icons, voice memos and the audio of the clips)");
    return {};
}

void Scanner::run(const std::function<void(const ScanEntry &)> &found,
                  const std::function<void(const ScanNote &)> &skipped, const std::atomic<bool> &cancelled)
{
    QSet<FileId> visitedFolders;
    QSet<FileId> seenFiles;
    for (const QByteArray &excluded : std::as_const(m_excluded)) {
        struct stat st = {};
        if (::stat(excluded.constData(), &st) == 0)
            visitedFolders.insert(FileId { st.st_dev, st.st_ino });
    }

    const auto consider = [&](const QByteArray &path, const QByteArray &name, const struct stat &st,
                              QList<QByteArray> &pending) {
        if (S_ISDIR(st.st_mode)) {
            if (!visitedFolders.contains(FileId { st.st_dev, st.st_ino })) {
                visitedFolders.insert(FileId { st.st_dev, st.st_ino });
                pending.append(path);
            } else if (!m_excluded.contains(path)) {
                skipped(ScanNote { path,
                                   tr("folder already scanned through another path (a symbolic link loop "
                                      "or a second link to it)") });
            }
            return;
        }
        const auto kind = MediaTypes::kindForFileName(name);
        if (!kind)
            return;
        if (!S_ISREG(st.st_mode)) {
            skipped(ScanNote { path, tr("has a media file name but is %1").arg(fileTypeName(st.st_mode)) });
            return;
        }
        if (seenFiles.contains(FileId { st.st_dev, st.st_ino })) {
            skipped(ScanNote { path, tr("the same file as one already found (a hard or symbolic link)") });
            return;
        }
        seenFiles.insert(FileId { st.st_dev, st.st_ino });
        found(ScanEntry { path, *kind, st.st_size, mtimeNs(st), quint64(st.st_dev) });
    };

    for (const QByteArray &file : std::as_const(m_looseFiles)) {
        if (cancelled)
            return;
        struct stat st = {};
        QList<QByteArray> none;
        if (::stat(file.constData(), &st) == 0 && !S_ISDIR(st.st_mode))
            consider(file, file.mid(file.lastIndexOf('/') + 1), st, none);
    }

    struct LinkedFile
    {
        QByteArray path;
        QByteArray name;
        struct stat st;
    };
    QList<LinkedFile> linkedFiles;
    for (const QByteArray &root : std::as_const(m_roots)) {
        if (cancelled)
            return;
        struct stat st = {};
        if (::stat(root.constData(), &st) != 0) {
            skipped(ScanNote { root, tr("cannot be read: %1").arg(errnoText(errno)) });
            m_unreadable.append(root);
            continue;
        }
        QList<QByteArray> pending;
        if (!S_ISDIR(st.st_mode)) {
            const QByteArray name = root.mid(root.lastIndexOf('/') + 1);
            if (!MediaTypes::kindForFileName(name))
                skipped(ScanNote { root, tr("not a media file name (unknown extension)") });
            else
                consider(root, name, st, pending);
            continue;
        }
        consider(root, QByteArray(), st, pending);
        while (!pending.isEmpty() && !cancelled) {
            const QByteArray folder = pending.takeLast();
            const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            DIR *dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
            if (!dir) {
                const int code = errno;
                if (fd >= 0)
                    ::close(fd);
                skipped(ScanNote { folder, tr("cannot read the folder: %1").arg(errnoText(code)) });
                m_unreadable.append(folder);
                continue;
            }
            QByteArrayList names;
            while (const dirent *entry = ::readdir(dir)) {
                const QByteArray name(entry->d_name);
                if (name != "." && name != "..")
                    names.append(name);
            }
            std::sort(names.begin(), names.end());
            QList<QByteArray> children;
            for (const QByteArray &name : std::as_const(names)) {
                if (cancelled)
                    break;
                const QByteArray path = join(folder, name.constData());
                struct stat child = {};
                if (::fstatat(::dirfd(dir), name.constData(), &child, AT_SYMLINK_NOFOLLOW) != 0)
                    continue; // deleted while we looked
                const bool isLink = S_ISLNK(child.st_mode);
                if (isLink && ::fstatat(::dirfd(dir), name.constData(), &child, 0) != 0) {
                    const int code = errno;
                    if (code == ELOOP)
                        skipped(ScanNote { path, tr("symbolic link loop") });
                    else if (!MediaTypes::kindForFileName(name))
                        ; // a dangling link to something that is not media: nothing lost
                    else if (code == ENOENT)
                        skipped(ScanNote { path, tr("broken symbolic link") });
                    else
                        skipped(ScanNote { path, tr("cannot be read: %1").arg(errnoText(code)) });
                    continue;
                }
                if (S_ISDIR(child.st_mode)) {
                    if (isSystemFolder(name))
                        continue;
                    const QString companion =
                        cameraCardCompanion(folder.mid(folder.lastIndexOf('/') + 1), name);
                    if (!companion.isEmpty()) {
                        skipped(ScanNote { path, companion });
                        continue;
                    }
                }
                if (isLink && !S_ISDIR(child.st_mode)) {
                    // Files reached through a link come last, so that a file's real path wins.
                    linkedFiles.append(LinkedFile { path, name, child });
                    continue;
                }
                consider(path, name, child, children);
            }
            ::closedir(dir);
            // Depth first; the stack pops the last, so push sub-folders in reverse name order.
            std::reverse(children.begin(), children.end());
            pending += children;
        }
    }
    QList<QByteArray> none;
    for (const LinkedFile &link : std::as_const(linkedFiles)) {
        if (cancelled)
            return;
        consider(link.path, link.name, link.st, none);
    }
}
