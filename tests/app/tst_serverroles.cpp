// Logins and roles on a server catalog (reelatlas-cli users add): a viewer searches and browses
// but reads no fee, rate or confidential contact, through the program or with psql over every
// table and view; it changes nothing. An editor edits but adds no users; an admin adds them.

#include "catalog.h"
#include "pgserver.h"
#include "recordstore.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// What a viewer must never read, anywhere.
const QStringList kSecrets { u"3000元每天"_s, u"13800138000"_s, u"8000元每天起"_s, u"5000到8000元"_s };

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

    PgServer m_server;
    QString m_owner; // the catalog's owner (the server's superuser here)

    QString as(const QString &user) const { return m_server.url(u"office"_s, user); }

    static TestSupport::Result cli(const QString &catalog, const QStringList &arguments)
    {
        return TestSupport::cli(QStringList { u"--catalog"_s, catalog } + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(u"office"_s, &error), qPrintable(error));
        m_owner = m_server.url(u"office"_s);
        auto result = cli(m_owner, { u"init"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        {
            CatalogSession session(m_owner);
            RecordStore records(session.db());
            QList<RecordProblem> problems;
            const auto save = [&](RecordKind kind, const QJsonObject &record) {
                const auto id = records.save(kind, record, problems, error);
                if (!id)
                    qWarning("%s", qPrintable(error));
                return id.has_value();
            };
            QVERIFY(save(
                RecordKind::Location,
                { { u"code"_s, u"QD-1"_s },
                  { u"name_zh"_s, u"老码头"_s },
                  { u"fee"_s, u"3000元每天"_s },
                  { u"contacts"_s,
                    QJsonArray { QJsonObject { { u"name"_s, u"王经理"_s }, { u"phone"_s, u"13800138000"_s } },
                                 QJsonObject { { u"name"_s, u"前台"_s },
                                               { u"phone"_s, u"0532-88886666"_s },
                                               { u"confidential"_s, false } } } } }));
            QVERIFY(save(RecordKind::Location,
                         { { u"code"_s, u"QD-2"_s },
                           { u"name_zh"_s, u"栈桥"_s },
                           { u"fee"_s, u"免费开放"_s },
                           { u"confidential"_s, QJsonArray() } }));
            QVERIFY(save(RecordKind::Facility,
                         { { u"name_zh"_s, u"东方影都1号棚"_s }, { u"rates"_s, u"8000元每天起"_s } }));
            QVERIFY(save(RecordKind::Expert,
                         { { u"name_zh"_s, u"李顾问"_s }, { u"fee_range"_s, u"5000到8000元"_s } }));
        }
        for (const auto &[name, role] :
             { std::pair { u"viewer1"_s, u"viewer"_s }, std::pair { u"editor1"_s, u"editor"_s },
               std::pair { u"admin1"_s, u"admin"_s } }) {
            result = cli(m_owner,
                         { u"users"_s, u"add"_s, name, u"--role"_s, role, u"--password"_s, u"pw-"_s + name });
            QVERIFY2(result.exitCode == 0, result.err.constData());
            QVERIFY2(result.err.contains(name.toUtf8() + " may now sign in"), result.err.constData());
        }
    }

    // Who each one is, as the desktop shows it.
    void signedInAs()
    {
        for (const auto &[user, role] :
             { std::pair { u"viewer1"_s, u"viewer"_s }, std::pair { u"editor1"_s, u"editor"_s },
               std::pair { u"admin1"_s, u"admin"_s } }) {
            CatalogSession session(as(user), true);
            QVERIFY2(session.isOpen(), qPrintable(session.error()));
            const Catalog::SignedIn who = Catalog::signedIn(session.db());
            QCOMPARE(who.user, user);
            QCOMPARE(who.role, role);
        }
        CatalogSession session(m_owner, true);
        QCOMPARE(Catalog::signedIn(session.db()).role, u"owner"_s);
    }

    // Through the program: the records without what is confidential, the rest as it is.
    void viewerBrowsesWithoutConfidentialFields()
    {
        const QString viewer = as(u"viewer1"_s);
        auto result = cli(viewer, { u"locations"_s, u"list"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains("老码头") && result.out.contains("栈桥"));
        result =
            cli(viewer, { u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.out.contains("3000") && !result.out.contains("王经理"), result.out.constData());
        QVERIFY2(result.out.contains("0532-88886666"), result.out.constData()); // the public contact
        result =
            cli(viewer, { u"locations"_s, u"show"_s, u"QD-2"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.out.contains("免费开放"), result.out.constData()); // a fee made public
        result = cli(viewer, { u"locations"_s, u"list"_s, u"--query"_s, u"laomatou"_s });
        QVERIFY2(result.out.contains("老码头"), (result.out + result.err).constData()); // searched by pinyin
        for (const char *kind : { "facilities", "experts" }) {
            result = cli(viewer, { QString::fromLatin1(kind), u"list"_s, u"--json"_s });
            QVERIFY2(result.exitCode == 0, result.err.constData());
            for (const QString &secret : kSecrets)
                QVERIFY2(!QString::fromUtf8(result.out).contains(secret), result.out.constData());
        }
        // The owner reads them all.
        result =
            cli(m_owner, { u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.out.contains("3000元每天") && result.out.contains("13800138000"),
                 result.out.constData());
    }

    // With psql, every table and view of every schema it may look at: nothing confidential.
    void viewerWithPsqlFindsNothingMore()
    {
        QString relations, error;
        QVERIFY2(
            m_server.psql(u"office"_s,
                          u"SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON "
                          "n.oid = c.relnamespace WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname NOT "
                          "IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1"_s,
                          &relations, &error),
            qPrintable(error));
        QStringList read, refused;
        for (const QString &relation : relations.split(u'\n', Qt::SkipEmptyParts)) {
            QString rows;
            if (!m_server.psql(u"office"_s, u"SELECT t::text FROM %1 t"_s.arg(relation), &rows, &error,
                               u"viewer1"_s)) {
                refused.append(relation);
                continue;
            }
            read.append(relation);
            for (const QString &secret : kSecrets)
                QVERIFY2(!rows.contains(secret), qPrintable(relation + u" shows "_s + secret));
        }
        QVERIFY2(refused.contains(u"public.locations"_s) && refused.contains(u"public.contacts"_s)
                     && refused.contains(u"public.facilities"_s) && refused.contains(u"public.experts"_s),
                 qPrintable(refused.join(u' ')));
        QVERIFY2(read.contains(u"reelatlas_viewer.locations"_s) && read.contains(u"public.assets"_s)
                     && read.contains(u"public.location_fts"_s),
                 qPrintable(read.join(u' ')));
        QVERIFY(read.size() > 30);
        // The owner's psql reads the same tables with everything in them.
        QString rows;
        QVERIFY(m_server.psql(u"office"_s, u"SELECT t::text FROM public.locations t"_s, &rows, &error));
        QVERIFY(rows.contains(u"3000元每天"_s));
    }

    void viewerChangesNothing()
    {
        const QString viewer = as(u"viewer1"_s);
        auto result = cli(viewer, { u"locations"_s, u"add"_s, u"name_zh=偷偷加的"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("read-only for viewer1"), result.err.constData());
        result = cli(viewer, { u"users"_s, u"add"_s, u"viewer9"_s, u"--role"_s, u"admin"_s });
        QCOMPARE(result.exitCode, 1);
        QString out, error;
        QVERIFY(!m_server.psql(u"office"_s, u"UPDATE public.assets SET title = 'x'"_s, &out, &error,
                               u"viewer1"_s));
        QVERIFY(m_server.psql(u"office"_s, u"SELECT count(*) FROM pg_roles WHERE rolname = 'viewer9'"_s, &out,
                              &error));
        QCOMPARE(out.trimmed(), u"0"_s);
    }

    void editorEditsButAddsNoUsers()
    {
        const QString editor = as(u"editor1"_s);
        auto result =
            cli(editor, { u"locations"_s, u"add"_s, u"name_zh=八大关"_s, u"code=QD-3"_s, u"fee=面议"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result =
            cli(editor, { u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.out.contains("3000元每天"), result.out.constData()); // editors read everything
        result = cli(editor, { u"users"_s, u"add"_s, u"viewer8"_s, u"--role"_s, u"viewer"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("only the catalog's owner or an admin"), result.err.constData());
        // What the editor wrote, the viewer finds, without its fee.
        result = cli(as(u"viewer1"_s),
                     { u"locations"_s, u"show"_s, u"QD-3"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.out.contains("八大关") && !result.out.contains("面议"), result.out.constData());
    }

    void adminAddsUsers()
    {
        auto result = cli(as(u"admin1"_s), { u"users"_s, u"add"_s, u"viewer2"_s, u"--role"_s, u"viewer"_s });
        QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
        result = cli(as(u"viewer2"_s),
                     { u"locations"_s, u"show"_s, u"QD-1"_s, u"--json"_s, u"--include-confidential"_s });
        QVERIFY2(result.exitCode == 0 && result.out.contains("老码头") && !result.out.contains("3000"),
                 (result.out + result.err).constData());
        result = cli(m_owner, { u"users"_s, u"add"_s, u"viewer2"_s, u"--role"_s, u"viewer"_s });
        QCOMPARE(result.exitCode, 1); // there already
        result = cli(m_owner, { u"users"_s, u"add"_s, u"someone"_s, u"--role"_s, u"owner"_s });
        QCOMPARE(result.exitCode, 2);
    }

    // A catalog made by an older ReelAtlas: a viewer cannot upgrade it and is told who can; the
    // owner's opening upgrades it, and the viewer's grants reach the new tables.
    void aViewerIsToldWhoUpgrades()
    {
        QString out, error;
        QVERIFY2(m_server.psql(
                     u"office"_s,
                     u"DROP TABLE public.jobs, public.path_mappings, public.location_fts_names, "
                     "public.facility_fts_names, public.expert_fts_names; DROP INDEX public.assets_volume; "
                     "UPDATE public.reelatlas_schema SET version = 5"_s,
                     &out, &error),
                 qPrintable(error));
        auto result = cli(as(u"viewer1"_s), { u"search"_s, u"x"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(QString::fromUtf8(result.err)
                     .contains(QRegularExpression(
                         u"must first be upgraded for this ReelAtlas \\(schema version 5 to "
                         "\\d+\\) by its owner or an admin"_s)),
                 result.err.constData());
        result = cli(m_owner, { u"search"_s, u"x"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        result = cli(as(u"viewer1"_s), { u"search"_s, u"x"_s });
        QVERIFY2(result.exitCode == 0, result.err.constData());
        // The records' names made again for what was there, read by a viewer, kept by an editor.
        result = cli(as(u"editor1"_s), { u"locations"_s, u"set"_s, u"QD-1"_s, u"name_zh=新码头"_s });
        QVERIFY2(result.exitCode == 0, (result.out + result.err).constData());
        QVERIFY2(m_server.psql(
                     u"office"_s,
                     u"SELECT count(*) FROM public.location_fts_names WHERE names @@ $$'新' <-> '码'$$"_s,
                     &out, &error, u"viewer1"_s),
                 qPrintable(error));
        QCOMPARE(out.trimmed(), u"1"_s);
        // A viewer may not take the queue's work: said at once, not waited on.
        result = cli(as(u"viewer1"_s), { u"worker"_s, u"--until-idle"_s, u"--quiet"_s });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot take jobs from the queue") && result.err.contains("read-only"),
                 result.err.constData());

        // Written by a newer ReelAtlas: said so, whoever opens it.
        QVERIFY(
            m_server.psql(u"office"_s, u"UPDATE public.reelatlas_schema SET version = 99"_s, &out, &error));
        result = cli(as(u"viewer1"_s), { u"search"_s, u"x"_s });
        QVERIFY2(result.err.contains("written by a newer ReelAtlas"), result.err.constData());
        QVERIFY(
            m_server.psql(u"office"_s, u"UPDATE public.reelatlas_schema SET version = 6"_s, &out, &error));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
