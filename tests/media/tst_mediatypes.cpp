#include "mediatypes.h"

#include <QTest>

class TestMediaTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kind_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("kind"); // -1 none, 0 video, 1 photo

        QTest::newRow("iphone clip") << QByteArray("IMG_0001.MOV") << 0;
        QTest::newRow("dji clip") << QByteArray("DJI_0042.MP4") << 0;
        QTest::newRow("avchd") << QByteArray("00001.MTS") << 0;
        QTest::newRow("xdcam") << QByteArray("C0001.MXF") << 0;
        QTest::newRow("webm") << QByteArray("b-roll.webm") << 0;
        QTest::newRow("jpeg") << QByteArray("DSC01234.JPG") << 1;
        QTest::newRow("heic") << QByteArray("IMG_1234.HEIC") << 1;
        QTest::newRow("tiff") << QByteArray("scan.tif") << 1;
        QTest::newRow("chinese name") << QByteArray("古镇老街.mp4") << 0;
        QTest::newRow("appledouble sidecar") << QByteArray("._IMG_0001.MOV") << -1;
        QTest::newRow("text") << QByteArray("notes.txt") << -1;
        QTest::newRow("no extension") << QByteArray("README") << -1;
        QTest::newRow("dot file") << QByteArray(".mp4") << -1;
        QTest::newRow("trailing dot") << QByteArray("clip.") << -1;
        QTest::newRow("dji proxy") << QByteArray("DJI_0042.LRF") << -1;
        QTest::newRow("canon raw") << QByteArray("IMG_0001.CR3") << 1;
        QTest::newRow("dji raw") << QByteArray("DJI_0042.DNG") << 1;
        QTest::newRow("nikon raw") << QByteArray("DSC_0001.NEF") << 1;
        QTest::newRow("sidecar xml") << QByteArray("C0001M01.XML") << -1;
    }

    void kind()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, kind);
        const auto found = MediaTypes::kindForFileName(name);
        QCOMPARE(found.has_value(), kind >= 0);
        if (found)
            QCOMPARE(int(*found), kind == 0 ? int(MediaKind::Video) : int(MediaKind::Photo));
    }
};

QTEST_GUILESS_MAIN(TestMediaTypes)
#include "tst_mediatypes.moc"
