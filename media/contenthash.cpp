#include "contenthash.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ContentHash {

namespace {

constexpr qint64 kBlock = 64 * 1024;
constexpr int kBlocks = 5; // first, last and three evenly spaced in between

QString errnoText(int code)
{
    return QString::fromLocal8Bit(strerror(code));
}

} // namespace

Outcome identify(const QByteArray &path, FileIdentity &identity, QString &error)
{
    // O_NONBLOCK: opening a FIFO that carries a media extension must not hang the scan.
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int code = errno;
        if (code == ENOENT)
            return Outcome::Vanished;
        error = QCoreApplication::translate("ContentHash", "cannot open: %1").arg(errnoText(code));
        return Outcome::Failed;
    }
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };

    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        error = QCoreApplication::translate("ContentHash", "cannot read the file's details: %1")
                    .arg(errnoText(errno));
        return Outcome::Failed;
    }
    if (!S_ISREG(st.st_mode)) {
        error = QCoreApplication::translate("ContentHash", "not a regular file");
        return Outcome::Failed;
    }
    identity.sizeBytes = st.st_size;
    identity.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;

    QCryptographicHash hash(QCryptographicHash::Blake2b_256);
    const qint64 size = st.st_size;
    hash.addData(QByteArray::number(size));
    QByteArray buffer(kBlock, Qt::Uninitialized);
    const auto readAt = [&](qint64 offset, qint64 length) {
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pread(fd, buffer.data(), size_t(length - done), off_t(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                error = QCoreApplication::translate("ContentHash", "read error at byte %1: %2")
                            .arg(offset + done)
                            .arg(errnoText(errno));
                return false;
            }
            if (n == 0)
                break; // shrank while we read: hash what is there
            hash.addData(QByteArrayView(buffer.constData(), n));
            done += n;
        }
        return true;
    };
    if (size <= kBlock * kBlocks) {
        for (qint64 offset = 0; offset < size; offset += kBlock) {
            if (!readAt(offset, std::min(kBlock, size - offset)))
                return Outcome::Failed;
        }
    } else {
        for (int i = 0; i < kBlocks; ++i) {
            const qint64 offset = (size - kBlock) * i / (kBlocks - 1);
            if (!readAt(offset, kBlock))
                return Outcome::Failed;
        }
    }
    identity.contentHash = QString::fromLatin1(hash.result().left(16).toHex());
    return Outcome::Ok;
}

} // namespace ContentHash
