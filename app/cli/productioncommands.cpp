// reelatlas-cli productions … and package export …

#include "assetstore.h"
#include "catalog.h"
#include "cliutil.h"
#include "productionstore.h"
#include "recordcommands.h"
#include "recordstore.h"
#include "scoutpackage.h"
#include "sql.h"
#include "translations.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

class ProductionCommands : CatalogCommand
{
public:
    explicit ProductionCommands(const CliContext &context)
        : CatalogCommand(context)
    {
    }

    int run(const QStringList &arguments)
    {
        return runSubcommand(
            u"productions"_s,
            {
                { u"list"_s, [this](const QStringList &rest) { return list(rest); } },
                { u"show"_s, [this](const QStringList &rest) { return show(rest); } },
                { u"add"_s, [this](const QStringList &rest) { return edit(rest, true); } },
                { u"set"_s, [this](const QStringList &rest) { return edit(rest, false); } },
                { u"remove"_s, [this](const QStringList &rest) { return remove(rest); } },
                { u"candidate"_s, [this](const QStringList &rest) { return candidate(rest); } },
                { u"expert"_s, [this](const QStringList &rest) { return expert(rest); } },
                { u"clip"_s, [this](const QStringList &rest) { return clip(rest); } },
            },
            arguments, Cli::tr("say what to do: list, show, add, set, remove, candidate, expert or clip"),
            help());
    }

private:
    static QString help()
    {
        return QStringList {
            Cli::tr("usage: reelatlas-cli [--catalog PATH] %1 %2")
                .arg(u"productions"_s, u"list|show|add|set|remove|candidate|expert|clip ..."_s),
            QString(),
            u"  productions list [--json]"_s,
            u"  productions show ID [--json]"_s,
            u"  productions add --title T [--title-en T] [--producer P] [--company C] [--start DATE] [--end DATE]"_s,
            u"                  [--needs TEXT] [--base LAT,LON|CODE] [--base-address A] [--notes N]"_s,
            u"  productions set ID [the options of add] [--status open|closed]"_s,
            u"  productions remove ID"_s,
            u"  productions candidate add|set|remove ID LOCATION... [--status proposed|visited|chosen|rejected] [--notes N]"_s,
            u"  productions expert add|remove ID EXPERT... [--role R]"_s,
            u"  productions clip add|remove ID ASSET..."_s,
        }
            .join(u'\n');
    }

    std::optional<qint64> production(const QString &text)
    {
        if (const auto id = idNumber(text); id && ProductionStore(m_session->db()).get(*id))
            return id;
        printError(Cli::tr("there is no production \"%1\" in the catalog").arg(text));
        return std::nullopt;
    }

    std::optional<qint64> record(RecordKind kind, const QString &text)
    {
        return recordNamed(*m_session, kind, text);
    }

    int list(const QStringList &arguments)
    {
        const QCommandLineOption json = jsonOption();
        CommandLine line(u"productions list"_s, u"[--json]"_s, Cli::tr("Every production, open ones first."),
                         { json });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (!open(line))
            return ExitCode::Fatal;
        const QList<ProductionStore::Summary> all = ProductionStore(m_session->db()).list();
        if (line.parser().isSet(json)) {
            QJsonArray out;
            for (const ProductionStore::Summary &p : all)
                out.append(QJsonObject {
                    { u"id"_s, p.id },
                    { u"title"_s, p.title },
                    { u"producer"_s, p.producer.isEmpty() ? QJsonValue() : QJsonValue(p.producer) },
                    { u"start_date"_s, p.startDate.isEmpty() ? QJsonValue() : QJsonValue(p.startDate) },
                    { u"end_date"_s, p.endDate.isEmpty() ? QJsonValue() : QJsonValue(p.endDate) },
                    { u"status"_s, p.status },
                    { u"candidates"_s, p.candidates },
                    { u"chosen"_s, p.chosen } });
            std::printf("%s", jsonText(out).constData());
            return ExitCode::Ok;
        }
        for (const ProductionStore::Summary &p : all) {
            QStringList parts { u"#%1"_s.arg(p.id),
                                p.title,
                                p.producer,
                                QStringList { p.startDate, p.endDate }.join(u" – "_s),
                                Cli::tr("%1 candidates, %2 chosen").arg(p.candidates).arg(p.chosen),
                                p.status == "closed"_L1 ? Cli::tr("closed") : QString() };
            parts.removeIf([](const QString &part) { return part.trimmed().isEmpty() || part == u" – "_s; });
            std::printf("%s\n", qUtf8Printable(parts.join(u"  "_s)));
        }
        return ExitCode::Ok;
    }

    int show(const QStringList &arguments)
    {
        const QCommandLineOption json = jsonOption();
        CommandLine line(u"productions show"_s, u"ID [--json]"_s,
                         Cli::tr("One production with its candidates."), { json });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().size() != 1)
            return line.usageError(Cli::tr("name one production by id"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto id = production(line.positional().first());
        if (!id)
            return ExitCode::Fatal;
        const QJsonObject p = *ProductionStore(m_session->db()).get(*id);
        if (line.parser().isSet(json)) {
            std::printf("%s", jsonText(p).constData());
            return ExitCode::Ok;
        }
        for (const char *key : { "title", "title_en", "producer", "company", "start_date", "end_date",
                                 "needs", "base_address", "notes", "status" }) {
            if (const QString v = p.value(QLatin1StringView(key)).toString(); !v.isEmpty())
                std::printf("%-14s %s\n", key, qUtf8Printable(v));
        }
        const auto base = ProductionStore::base(p);
        if (base)
            std::printf("%-14s %s\n", "base", qUtf8Printable(Geo::format(*base)));
        const RecordStore records(m_session->db());
        for (const QJsonValue &item : p.value("candidates"_L1).toArray()) {
            const QJsonObject c = item.toObject();
            const auto summary =
                records.summaries(RecordKind::Location, { c.value("location_id"_L1).toInteger() });
            if (summary.isEmpty())
                continue;
            QString distance;
            if (base && summary.first().position)
                distance = Cli::tr("%1 km from base")
                               .arg(Geo::distanceKm(*base, *summary.first().position), 0, 'f', 1);
            std::printf("  %-9s #%lld %s  %s  %s\n",
                        qUtf8Printable(ProductionStore::candidateStatusName(c.value("status"_L1).toString())),
                        summary.first().id, qUtf8Printable(summary.first().name()), qUtf8Printable(distance),
                        qUtf8Printable(c.value("notes"_L1).toString()));
        }
        return ExitCode::Ok;
    }

    int edit(const QStringList &arguments, bool adding)
    {
        const QCommandLineOption title { u"title"_s, Cli::tr("The production's title."), u"T"_s };
        const QCommandLineOption titleEn { u"title-en"_s, Cli::tr("Its English title."), u"T"_s };
        const QCommandLineOption producer { u"producer"_s, Cli::tr("The producer."), u"P"_s };
        const QCommandLineOption company { u"company"_s, Cli::tr("The production company."), u"C"_s };
        const QCommandLineOption start { u"start"_s, Cli::tr("First shooting day (YYYY-MM-DD)."), u"DATE"_s };
        const QCommandLineOption end { u"end"_s, Cli::tr("Last shooting day."), u"DATE"_s };
        const QCommandLineOption needs { u"needs"_s, Cli::tr("What the production is looking for."),
                                         u"TEXT"_s };
        const QCommandLineOption base {
            u"base"_s, Cli::tr("Where the production is based: LAT,LON or a location's code."), u"WHERE"_s
        };
        const QCommandLineOption baseAddress { u"base-address"_s, Cli::tr("The base's address."), u"A"_s };
        const QCommandLineOption notes { u"notes"_s, Cli::tr("Notes."), u"N"_s };
        const QCommandLineOption status { u"status"_s, Cli::tr("open or closed."), u"S"_s };
        CommandLine line(
            adding ? u"productions add"_s : u"productions set"_s,
            adding
                ? u"--title T [--producer P] [--start DATE] [--end DATE] [--needs TEXT] [--base LAT,LON|CODE] …"_s
                : u"ID [--title T] [--status open|closed] …"_s,
            adding ? Cli::tr("Add a production's request.") : Cli::tr("Change a production."),
            { title, titleEn, producer, company, start, end, needs, base, baseAddress, notes, status });
        if (const int result = line.parse(arguments); result >= 0)
            return result;
        if (adding && !line.parser().isSet(title))
            return line.usageError(Cli::tr("a production needs --title"));
        if (adding != line.positional().isEmpty() || line.positional().size() > 1)
            return line.usageError(adding ? Cli::tr("add takes options only")
                                          : Cli::tr("name one production by id"));
        if (!open(line, adding))
            return ExitCode::Fatal;
        QJsonObject p;
        if (!adding) {
            const auto id = production(line.positional().first());
            if (!id)
                return ExitCode::Fatal;
            p = *ProductionStore(m_session->db()).get(*id);
            p.remove(u"candidates"_s);
            p.remove(u"experts"_s);
            p.remove(u"asset_ids"_s);
        }
        const QList<std::pair<const QCommandLineOption *, const char *>> texts {
            { &title, "title" },     { &titleEn, "title_en" }, { &producer, "producer" },
            { &company, "company" }, { &needs, "needs" },      { &baseAddress, "base_address" },
            { &notes, "notes" },     { &status, "status" },
        };
        for (const auto &[option, key] : texts) {
            if (line.parser().isSet(*option))
                p.insert(QLatin1StringView(key), line.parser().value(*option));
        }
        for (const auto &[option, key] :
             { std::pair { &start, "start_date" }, std::pair { &end, "end_date" } }) {
            if (!line.parser().isSet(*option))
                continue;
            const QString value = line.parser().value(*option);
            const QJsonObject normal =
                RecordSchema::normalized(RecordKind::Location, { { u"last_verified_at"_s, value } }, {});
            p.insert(QLatin1StringView(key), normal.value("last_verified_at"_L1).toString(value));
        }
        if (line.parser().isSet(base)) {
            const QString where = line.parser().value(base);
            std::optional<Geo::LatLon> point = Geo::parse(where);
            if (!point) {
                const auto id = record(RecordKind::Location, where);
                if (!id)
                    return ExitCode::Fatal;
                point =
                    RecordStore(m_session->db()).summaries(RecordKind::Location, { *id }).value(0).position;
                if (!point)
                    return fatalError(Cli::tr("%1 has no coordinates").arg(where));
            }
            p.insert(u"base_lat"_s, point->lat);
            p.insert(u"base_lon"_s, point->lon);
        }
        Sql::Transaction transaction(m_session->db());
        QString error = transaction.error();
        const auto id = transaction.isOpen() ? ProductionStore(m_session->db()).save(p, error) : std::nullopt;
        if (!id || !transaction.commit(error))
            return fatalError(error);
        std::printf("%lld\n", *id);
        printInfo((adding ? Cli::tr("added production #%1: %2") : Cli::tr("updated production #%1: %2"))
                      .arg(*id)
                      .arg(p.value("title"_L1).toString()));
        return ExitCode::Ok;
    }

    int remove(const QStringList &arguments)
    {
        CommandLine line(u"productions remove"_s, u"ID"_s,
                         Cli::tr("Remove a production (its locations, experts and clips stay)."), {});
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().size() != 1)
            return line.usageError(Cli::tr("name one production by id"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto id = production(line.positional().first());
        if (!id)
            return ExitCode::Fatal;
        QString error;
        if (!ProductionStore(m_session->db()).remove(*id, error))
            return fatalError(error);
        printInfo(Cli::tr("removed production #%1").arg(*id));
        return ExitCode::Ok;
    }

    // candidate|expert|clip add|set|remove ID THING...: the links of a production.
    int links(const QStringList &arguments, const QString &what, const QList<QCommandLineOption> &options,
              const std::function<std::optional<qint64>(const QString &)> &resolve,
              const std::function<bool(const QString &verb, qint64 production, qint64 thing,
                                       const CommandLine &, QString &)> &apply)
    {
        const QString verb = arguments.value(0);
        const QStringList verbs = what == "candidate"_L1 ? QStringList { u"add"_s, u"set"_s, u"remove"_s }
                                                         : QStringList { u"add"_s, u"remove"_s };
        CommandLine line(u"productions "_s + what + u' ' + verb,
                         u"ID %1... [options]"_s.arg(what == "candidate"_L1 ? u"LOCATION"_s : what.toUpper()),
                         Cli::tr("Link to a production, or unlink."), options);
        if (!verbs.contains(verb))
            return line.usageError(Cli::tr("say %1").arg(verbs.join(u", "_s)));
        if (const int status = line.parse(arguments.mid(1)); status >= 0)
            return status;
        if (line.positional().size() < 2)
            return line.usageError(Cli::tr("name the production and at least one to link"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto id = production(line.positional().first());
        if (!id)
            return ExitCode::Fatal;
        Sql::Transaction transaction(m_session->db());
        if (!transaction.isOpen())
            return fatalError(transaction.error());
        int changed = 0;
        for (const QString &name : line.positional().mid(1)) {
            const auto thing = resolve(name);
            QString error;
            if (!thing || !apply(verb, *id, *thing, line, error)) {
                if (!error.isEmpty())
                    printError(error);
                return ExitCode::Fatal;
            }
            ++changed;
        }
        QString error;
        if (!transaction.commit(error))
            return fatalError(error);
        printInfo(Cli::tr("production #%1: %2 %n link(s)", nullptr, changed).arg(*id).arg(verb));
        return ExitCode::Ok;
    }

    int candidate(const QStringList &arguments)
    {
        const QCommandLineOption status { u"status"_s, Cli::tr("proposed, visited, chosen or rejected."),
                                          u"S"_s };
        const QCommandLineOption notes { u"notes"_s, Cli::tr("Notes on this candidate for this production."),
                                         u"N"_s };
        return links(
            arguments, u"candidate"_s, { status, notes },
            [&](const QString &name) { return record(RecordKind::Location, name); },
            [&](const QString &verb, qint64 p, qint64 location, const CommandLine &line, QString &error) {
                ProductionStore store(m_session->db());
                if (verb == "remove"_L1)
                    return store.removeCandidate(p, location, error);
                return store.setCandidate(
                    p, location, line.parser().value(status),
                    line.parser().isSet(notes) ? std::optional(line.parser().value(notes)) : std::nullopt,
                    error);
            });
    }

    int expert(const QStringList &arguments)
    {
        const QCommandLineOption role { u"role"_s, Cli::tr("What the expert does for the production."),
                                        u"R"_s };
        return links(
            arguments, u"expert"_s, { role },
            [&](const QString &name) { return record(RecordKind::Expert, name); },
            [&](const QString &verb, qint64 p, qint64 expert, const CommandLine &line, QString &error) {
                ProductionStore store(m_session->db());
                return verb == "remove"_L1 ? store.removeExpert(p, expert, error)
                                           : store.setExpert(p, expert, line.parser().value(role), error);
            });
    }

    int clip(const QStringList &arguments)
    {
        return links(
            arguments, u"clip"_s, {}, [&](const QString &name) { return assetNamed(*m_session, name); },
            [&](const QString &verb, qint64 p, qint64 asset, const CommandLine &, QString &error) {
                ProductionStore store(m_session->db());
                return verb == "remove"_L1 ? store.removeAssets(p, { asset }, error)
                                           : store.addAssets(p, { asset }, error);
            });
    }
};

} // namespace

int cmdProductions(const CliContext &context, const QStringList &arguments)
{
    return ProductionCommands(context).run(arguments);
}

int cmdPackage(const CliContext &context, const QStringList &arguments)
{
    const QCommandLineOption productionOption { u"production"_s, Cli::tr("The production's id."), u"ID"_s };
    const QCommandLineOption out { { u"o"_s, u"out"_s }, Cli::tr("The PDF file to write."), u"FILE"_s };
    const QCommandLineOption lang { u"lang"_s, Cli::tr("zh (default) or en."), u"LANG"_s, u"zh"_s };
    const QCommandLineOption rejected { u"include-rejected"_s,
                                        Cli::tr("Also the candidates marked rejected.") };
    const QCommandLineOption mbtiles { u"mbtiles"_s,
                                       Cli::tr("Draw the maps over the tiles of this MBTiles file."),
                                       u"FILE"_s };
    const QCommandLineOption office { u"office"_s, Cli::tr("Who sends the package (printed on it)."),
                                      u"NAME"_s };
    CommandLine line("package", { productionOption, out, lang, rejected, mbtiles, office });
    if (const int status = line.parse(arguments); status >= 0)
        return status;
    if (line.positional() != QStringList { u"export"_s })
        return usageError("package", Cli::tr("say package export --production ID --out FILE.pdf"));
    if (!line.parser().isSet(productionOption) || !line.parser().isSet(out))
        return usageError("package", Cli::tr("give --production ID and --out FILE.pdf"));
    const QString language = line.parser().value(lang).toLower();
    if (language != "zh"_L1 && language != "en"_L1)
        return usageError("package", Cli::tr("--lang is zh or en"));
    const auto id = idNumber(line.parser().value(productionOption));
    if (!id)
        return usageError("package", Cli::tr("--production needs a production's id"));
    std::unique_ptr<CatalogSession> session;
    if (!openExisting(line.catalogFolder(context), session))
        return ExitCode::Fatal;
    ScoutPackage::Options options;
    options.productionId = *id;
    options.chinese = language == "zh"_L1;
    options.includeRejected = line.parser().isSet(rejected);
    options.mbtilesFile = line.parser().value(mbtiles);
    options.office = line.parser().value(office);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QStringList notes;
    const auto pages = ScoutPackage::write(*session, options, line.parser().value(out), error, &notes);
    for (const QString &note : std::as_const(notes))
        printInfo(Cli::tr("note: %1").arg(note));
    if (!pages)
        return fatalError(error);
    printInfo(Cli::tr("wrote %1: %n page(s) in %2 s", nullptr, *pages)
                  .arg(line.parser().value(out))
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitCode::Ok;
}
