#include "scanner.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestScanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_root;

    QByteArray at(const char *relative) const { return m_root + '/' + relative; }

    struct Outcome
    {
        QByteArrayList found;
        QList<ScanNote> notes;
        QByteArrayList unreadable;
        QString noteFor(const QByteArray &path) const
        {
            for (const ScanNote &note : notes)
                if (note.path == path)
                    return note.reason;
            return {};
        }
    };

    Outcome scan(const QByteArrayList &roots, const QByteArrayList &excluded = {},
                 const QByteArrayList &loose = {})
    {
        Scanner scanner(roots, excluded, loose);
        Outcome outcome;
        std::atomic<bool> cancelled = false;
        scanner.run([&](const ScanEntry &entry) { outcome.found.append(entry.path); },
                    [&](const ScanNote &note) { outcome.notes.append(note); }, cancelled);
        outcome.unreadable = scanner.unreadableFolders();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = QFile::encodeName(m_dir.path());
        QDir root(m_dir.path());
        for (const char *folder : { "a/b", "c", ".Trashes", "@eaDir", "$RECYCLE.BIN", "sub" })
            QVERIFY(root.mkpath(QString::fromUtf8(folder)));
        for (const char *file :
             { "a/1.mp4", "a/b/2.MOV", "a/b/3.jpg", "a/notes.txt", "c/4.heic", ".Trashes/x.mp4",
               "@eaDir/SYNOFILE_THUMB_M.jpg", "$RECYCLE.BIN/y.mp4", "._5.mp4", "6.mxf" })
            QVERIFY(TestSupport::writeFile(at(file), "data"));
        QVERIFY(TestSupport::writeFile(at("古镇 老街.mp4"), "data"));
        QVERIFY(TestSupport::writeFile(at("\xb9\xc5\xd5\xf2.mov"), "data")); // GBK, not UTF-8
        QCOMPARE(::symlink("..", at("sub/loop").constData()), 0);
        QCOMPARE(::symlink("nowhere.mp4", at("dangling.mp4").constData()), 0);
        QCOMPARE(::symlink("a/1.mp4", at("link_to_1.mp4").constData()), 0);
        QCOMPARE(::mkfifo(at("pipe.mp4").constData(), 0644), 0);
    }

    void findsMediaAndExplainsTheRest()
    {
        const Outcome outcome = scan({ m_root });
        const QByteArrayList expected { at("6.mxf"),        at("\xb9\xc5\xd5\xf2.mov"),
                                        at("a/1.mp4"),      at("a/b/2.MOV"),
                                        at("a/b/3.jpg"),    at("c/4.heic"),
                                        at("古镇 老街.mp4") };
        QByteArrayList found = outcome.found;
        QByteArrayList sortedExpected = expected;
        std::sort(found.begin(), found.end());
        std::sort(sortedExpected.begin(), sortedExpected.end());
        QCOMPARE(found, sortedExpected); // system folders, AppleDouble files and links skipped
        QVERIFY(outcome.noteFor(at("sub/loop")).contains(u"loop"_s));
        QVERIFY(outcome.noteFor(at("dangling.mp4")).contains(u"broken"_s));
        QVERIFY(outcome.noteFor(at("pipe.mp4")).contains(u"pipe"_s));
        QVERIFY(outcome.noteFor(at("link_to_1.mp4")).contains(u"same file"_s)
                || outcome.noteFor(at("a/1.mp4")).contains(u"same file"_s));
        QVERIFY(outcome.unreadable.isEmpty());
    }

    void cameraCardCompanionsAreNotClips()
    {
        QDir root(m_dir.path());
        for (const char *folder :
             { "card/PRIVATE/M4ROOT/CLIP", "card/PRIVATE/M4ROOT/THMBNL", "card/PRIVATE/M4ROOT/SUB",
               "p2/CONTENTS/VIDEO", "p2/CONTENTS/AUDIO", "p2/CONTENTS/PROXY" })
            QVERIFY(root.mkpath(QString::fromUtf8(folder)));
        for (const char *file :
             { "card/PRIVATE/M4ROOT/CLIP/C0001.MP4", "card/PRIVATE/M4ROOT/THMBNL/C0001T01.JPG",
               "card/PRIVATE/M4ROOT/SUB/C0001S03.MP4", "p2/CONTENTS/VIDEO/0001AB.MXF",
               "p2/CONTENTS/AUDIO/0001AB00.MXF", "p2/CONTENTS/PROXY/0001AB.MP4" })
            QVERIFY(TestSupport::writeFile(at(file), "data"));
        const Outcome outcome = scan({ at("card"), at("p2") });
        QByteArrayList found = outcome.found;
        std::sort(found.begin(), found.end());
        QCOMPARE(found,
                 (QByteArrayList { at("card/PRIVATE/M4ROOT/CLIP/C0001.MP4"),
                                   at("p2/CONTENTS/VIDEO/0001AB.MXF") }));
        QVERIFY(outcome.noteFor(at("card/PRIVATE/M4ROOT/THMBNL")).contains(u"thumbnails"_s));
        QVERIFY(outcome.noteFor(at("card/PRIVATE/M4ROOT/SUB")).contains(u"proxies"_s));
        QVERIFY(outcome.noteFor(at("p2/CONTENTS/AUDIO")).contains(u"P2"_s));
        QVERIFY(outcome.noteFor(at("p2/CONTENTS/PROXY")).contains(u"proxies"_s));
    }

    void symlinkLoopTerminates()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"loop2/x"_s));
        QCOMPARE(::symlink(at("loop2").constData(), at("loop2/x/back").constData()), 0);
        const Outcome outcome = scan({ at("loop2") });
        QVERIFY(outcome.found.isEmpty());
        QVERIFY(outcome.noteFor(at("loop2/x/back")).contains(u"loop"_s));
    }

    void excludedFolderIsNotEntered()
    {
        const Outcome outcome = scan({ at("a") }, { at("a/b") });
        QCOMPARE(outcome.found, QByteArrayList { at("a/1.mp4") });
    }

    void singleFilesAndMissingRoots()
    {
        Outcome outcome = scan({ at("c/4.heic"), at("a/notes.txt"), at("gone") });
        QCOMPARE(outcome.found, QByteArrayList { at("c/4.heic") });
        QVERIFY(outcome.noteFor(at("a/notes.txt")).contains(u"not a media file"_s));
        QVERIFY(outcome.unreadable.contains(at("gone")));
        // Loose files (rescan): a missing one is no note; the caller marks it offline.
        outcome = scan({}, {}, { at("a/1.mp4"), at("gone.mp4") });
        QCOMPARE(outcome.found, QByteArrayList { at("a/1.mp4") });
        QVERIFY(outcome.notes.isEmpty());
    }

    void unreadableFolder()
    {
        // Root reads everything; tst_ingest also covers this as an unprivileged user.
        QVERIFY(QDir(m_dir.path()).mkpath(u"locked"_s));
        QVERIFY(TestSupport::writeFile(at("locked/x.mp4"), "data"));
        QCOMPARE(::chmod(at("locked").constData(), 0), 0);
        const Outcome outcome = scan({ at("locked") });
        QCOMPARE(::chmod(at("locked").constData(), 0755), 0);
        if (::geteuid() != 0) {
            QVERIFY(outcome.found.isEmpty());
            QVERIFY(outcome.noteFor(at("locked")).contains(u"cannot read"_s));
            QVERIFY(outcome.unreadable.contains(at("locked")));
        } else {
            QCOMPARE(outcome.found, QByteArrayList { at("locked/x.mp4") });
        }
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
