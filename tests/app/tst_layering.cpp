// The catalog has one seam: every SQL statement and every QtSql type lives in database/, so that
// a second database engine goes in there without touching a widget or a command. This reads
// the source of the layers above it and fails on a statement or a QtSql name found there.

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLayering : public QObject
{
    Q_OBJECT

private:
    // Lines of the files under `folders` that match `pattern`, as "file:line: text".
    static QStringList find(const QStringList &folders, const QRegularExpression &pattern)
    {
        QStringList found;
        for (const QString &folder : folders) {
            QDirIterator it(QStringLiteral(REELATLAS_SOURCE_DIR "/") + folder, { u"*.cpp"_s, u"*.h"_s },
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                int number = 0;
                while (!file.atEnd()) {
                    const QString line = QString::fromUtf8(file.readLine()).trimmed();
                    ++number;
                    if (pattern.match(line).hasMatch())
                        found.append(
                            u"%1:%2: %3"_s.arg(file.fileName().mid(qsizetype(sizeof REELATLAS_SOURCE_DIR)))
                                .arg(number)
                                .arg(line));
                }
            }
        }
        return found;
    }

    static QStringList above() { return { u"app"_s, u"core"_s, u"widgets"_s, u"media"_s }; }

    // SQL in a string literal: a statement's first words, or a clause no prose has.
    static QRegularExpression sqlText()
    {
        return QRegularExpression(QString::fromLatin1(
            "\"[^\"]*\\b(SELECT\\s|INSERT\\s+(OR\\s+\\w+\\s+)?INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|"
            "PRAGMA\\s|BEGIN(\\s+IMMEDIATE)?\\b|COMMIT\\b|ROLLBACK\\b|SAVEPOINT\\s|CREATE\\s+(TABLE|INDEX|"
            "VIEW|TRIGGER)|ON\\s+CONFLICT|json_each\\()"));
    }

private Q_SLOTS:
    void theChecksFindWhatTheyLookFor()
    {
        // The patterns themselves, on lines as they were written above database/ before.
        const QRegularExpression sql = sqlText();
        QVERIFY(sql.match(QString::fromLatin1("query.exec(u\"SELECT count(*) FROM assets\"_s);")).hasMatch());
        QVERIFY(sql.match(QString::fromLatin1(
                              "u\"INSERT OR IGNORE INTO production_experts (production_id) VALUES (?)\"_s"))
                    .hasMatch());
        QVERIFY(
            sql.match(QString::fromLatin1("query.prepare(u\"UPDATE scan_roots SET last_scan_at = ?\"_s);"))
                .hasMatch());
        QVERIFY(sql.match(QString::fromLatin1("QSqlQuery(db).exec(u\"BEGIN IMMEDIATE\"_s);")).hasMatch());
        QVERIFY(sql.match(QString::fromLatin1(
                              "const QString within = u\"r.id IN (SELECT value FROM json_each(?))\"_s;"))
                    .hasMatch());
        QVERIFY(!sql.match(QString::fromLatin1("tr(\"Select the clips to delete from the catalog\")"))
                     .hasMatch());
        QVERIFY(!sql.match(QString::fromLatin1("tr(\"Update the catalog\")")).hasMatch());
    }

    void noSqlAboveTheCatalog()
    {
        const QStringList found = find(above(), sqlText());
        QVERIFY2(found.isEmpty(),
                 qPrintable(u"SQL belongs in database/ (a store method), found:\n"_s + found.join(u'\n')));
    }

    void noQtSqlAboveTheCatalog()
    {
        const QStringList found = find(above(), QRegularExpression(u"\\bQSql[A-Z]\\w*|<QtSql"_s));
        QVERIFY2(found.isEmpty(),
                 qPrintable(
                     u"QtSql belongs in database/ (the stores take a CatalogSession's connection), found:\n"_s
                     + found.join(u'\n')));
    }

    // The command line (and a future server) builds without Qt Widgets: what it draws (maps, the
    // scout package's PDF) is QtGui.
    void theCommandLineLinksNoWidgets()
    {
        QProcess ldd;
        ldd.start(u"ldd"_s, { QStringLiteral(REELATLAS_CLI) });
        QVERIFY(ldd.waitForFinished(30'000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(u"libQt6Gui"_s), qPrintable(libraries));
        QVERIFY2(!libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
