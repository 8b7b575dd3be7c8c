#include "recordcommands.h"

#include "assetquery.h"
#include "assetstore.h"
#include "catalog.h"
#include "cliutil.h"
#include "csvfile.h"
#include "productionstore.h"
#include "recordexchange.h"
#include "recordstore.h"
#include "sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString commandName(RecordKind kind)
{
    return RecordSchema::table(kind); // locations, facilities, experts
}

QString subcommandsSynopsis(RecordKind kind)
{
    if (kind == RecordKind::Location)
        return u"list|show|add|set|remove|import|export|near|fields|link|unlink|suggest ..."_s;
    return RecordSchema::hasCoordinates(kind) ? u"list|show|add|set|remove|import|export|near|fields ..."_s
                                              : u"list|show|add|set|remove|import|export|fields ..."_s;
}

QJsonObject summaryJson(const RecordStore::Summary &s, double distanceKm)
{
    QJsonObject out { { u"id"_s, s.id } };
    const auto put = [&](const char *key, const QString &value) {
        out.insert(QLatin1StringView(key), value.isEmpty() ? QJsonValue() : QJsonValue(value));
    };
    put("code", s.code);
    put("name_zh", s.nameZh);
    put("name_en", s.nameEn);
    put("kind", s.kindText);
    put("province", s.province);
    put("city", s.city);
    put("district", s.district);
    put("status", s.status);
    out.insert(u"lat"_s, s.position ? QJsonValue(s.position->lat) : QJsonValue());
    out.insert(u"lon"_s, s.position ? QJsonValue(s.position->lon) : QJsonValue());
    out.insert(u"distance_km"_s,
               distanceKm >= 0 ? QJsonValue(std::round(distanceKm * 1000) / 1000) : QJsonValue());
    out.insert(u"asset_count"_s, s.assetCount);
    return out;
}

// One line per record for people: id, code, name, kind, place, distance.
void printSummaries(const QList<RecordStore::Summary> &summaries, const QHash<qint64, double> &distances)
{
    for (const RecordStore::Summary &s : summaries) {
        QStringList parts { u"#%1"_s.arg(s.id) };
        if (!s.code.isEmpty())
            parts.append(s.code);
        QString name = s.nameZh;
        if (!s.nameEn.isEmpty())
            name += name.isEmpty() ? s.nameEn : u" / "_s + s.nameEn;
        parts.append(name);
        if (!s.kindText.isEmpty())
            parts.append(s.kindText);
        const QString place = QStringList { s.province, s.city, s.district }.join(u' ').simplified();
        if (!place.isEmpty())
            parts.append(place);
        if (const auto it = distances.constFind(s.id); it != distances.cend())
            parts.append(Cli::tr("%1 km").arg(*it, 0, 'f', 1));
        std::printf("%s\n", qUtf8Printable(parts.join(u"  "_s)));
    }
}

std::optional<RecordSort> recordSort(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == "relevance"_L1)
        return RecordSort::Relevance;
    if (t == "name"_L1)
        return RecordSort::Name;
    if (t == "distance"_L1)
        return RecordSort::Distance;
    if (t == "updated"_L1)
        return RecordSort::Updated;
    return std::nullopt;
}

// FIELD=VALUE arguments into a record ("contact.phone=…" adds to the first contact).
std::optional<QJsonObject> assignments(RecordKind kind, const QStringList &arguments, QString &error)
{
    QJsonObject record;
    QJsonObject contact;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0) {
            error = Cli::tr("\"%1\" is not FIELD=VALUE").arg(argument);
            return std::nullopt;
        }
        const QString key = argument.left(equals).trimmed();
        const QString value = argument.mid(equals + 1);
        if (key.startsWith("contact."_L1)) {
            contact.insert(key.mid(8), value);
            continue;
        }
        if (!RecordSchema::field(kind, key) && key != "coordinates"_L1 && key != "datum"_L1
            && key != "confidential"_L1) {
            error = Cli::tr("%1 has no field \"%2\" (reelatlas-cli %3 fields lists them)")
                        .arg(RecordSchema::kindName(kind), key, commandName(kind));
            return std::nullopt;
        }
        record.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    if (!contact.isEmpty())
        record.insert(u"contacts"_s, QJsonArray { contact });
    return record;
}

int cannotWrite(const QString &error)
{
    return fatalError(Cli::tr("cannot write to the catalog: %1").arg(error));
}

int reportProblems(const QList<RecordProblem> &problems, const QString &error)
{
    if (problems.isEmpty())
        return fatalError(error);
    for (const RecordProblem &problem : problems)
        printError(problem.message);
    return ExitCode::Fatal;
}

class RecordCommands : CatalogCommand
{
public:
    RecordCommands(RecordKind kind, const CliContext &context)
        : CatalogCommand(context)
        , m_kind(kind)
    {
    }

    int run(const QStringList &arguments)
    {
        QList<Subcommand> subcommands {
            { u"list"_s, [this](const QStringList &rest) { return list(rest, false); } },
            { u"show"_s, [this](const QStringList &rest) { return show(rest); } },
            { u"add"_s, [this](const QStringList &rest) { return add(rest); } },
            { u"set"_s, [this](const QStringList &rest) { return set(rest); } },
            { u"remove"_s, [this](const QStringList &rest) { return remove(rest); } },
            { u"import"_s, [this](const QStringList &rest) { return importFile(rest); } },
            { u"export"_s, [this](const QStringList &rest) { return exportRecords(rest); } },
            { u"fields"_s, [this](const QStringList &rest) { return fields(rest); } },
        };
        if (RecordSchema::hasCoordinates(m_kind))
            subcommands.append({ u"near"_s, [this](const QStringList &rest) { return list(rest, true); } });
        if (m_kind == RecordKind::Location)
            subcommands += {
                { u"link"_s, [this](const QStringList &rest) { return link(rest, true); } },
                { u"unlink"_s, [this](const QStringList &rest) { return link(rest, false); } },
                { u"suggest"_s, [this](const QStringList &rest) { return suggest(rest); } },
            };
        return runSubcommand(commandName(m_kind), subcommands, arguments,
                             Cli::tr("say what to do: %1").arg(subcommandsSynopsis(m_kind)), help());
    }

private:
    QString help() const
    {
        const QString c = commandName(m_kind);
        QStringList lines {
            Cli::tr("usage: reelatlas-cli [--catalog PATH] %1 %2").arg(c, subcommandsSynopsis(m_kind)),
            QString()
        };
        lines += {
            u"  %1 list [--query Q] [--sort relevance|name|updated] [--limit N] [--json]"_s.arg(c),
            u"  %1 show ID|CODE [--json] [--include-confidential]"_s.arg(c),
            u"  %1 add FIELD=VALUE... | --json FILE"_s.arg(c),
            u"  %1 set ID|CODE FIELD=VALUE..."_s.arg(c),
            u"  %1 remove ID|CODE..."_s.arg(c),
            u"  %1 import FILE [--format csv|json] [--dry-run] [--json]"_s.arg(c),
            u"  %1 export [--format json|csv] [--query Q] [--out FILE] [--bom] [--include-confidential]"_s
                .arg(c),
        };
        if (RecordSchema::hasCoordinates(m_kind))
            lines.append(
                u"  %1 near LAT,LON|CODE --radius KM [--datum wgs84|gcj02|bd09] [--query Q] [--json]"_s.arg(
                    c));
        lines.append(u"  %1 fields"_s.arg(c));
        if (m_kind == RecordKind::Location) {
            lines.append(u"  %1 link|unlink ID|CODE (--query Q | ASSET...)"_s.arg(c));
            lines.append(u"  %1 suggest ID|CODE [--radius KM] [--json]"_s.arg(c));
        }
        lines +=
            { QString(),
              Cli::tr("The query language: words in Chinese, English, pinyin or initials, and filters: %1")
                  .arg([&] {
                      QStringList names;
                      for (const RecordQueryParser::Filter &filter : RecordQueryParser::filters(m_kind))
                          names.append(filter.name + u':');
                      return names.join(u' ');
                  }()) };
        return lines.join(u'\n');
    }

    // A record named by id or code; prints why not.
    std::optional<qint64> resolve(const QString &text) { return recordNamed(*m_session, m_kind, text); }

    int list(const QStringList &arguments, bool nearSearch)
    {
        const QCommandLineOption query { u"query"_s, Cli::tr("Only the records that match the query."),
                                         u"Q"_s };
        const QCommandLineOption sort { u"sort"_s, Cli::tr("relevance (default), name, distance or updated."),
                                        u"ORDER"_s };
        const QCommandLineOption limit { u"limit"_s, Cli::tr("At most N records."), u"N"_s, u"0"_s };
        const QCommandLineOption json = jsonOption();
        const QCommandLineOption radius { u"radius"_s, Cli::tr("Kilometres around the point (required)."),
                                          u"KM"_s };
        const QCommandLineOption datum { u"datum"_s,
                                         Cli::tr("The point's datum: wgs84 (default), gcj02 or bd09."),
                                         u"DATUM"_s, u"wgs84"_s };
        QList<QCommandLineOption> options { query, sort, limit, json };
        if (nearSearch)
            options += { radius, datum };
        const QString name = commandName(m_kind) + (nearSearch ? u" near"_s : u" list"_s);
        CommandLine line(
            name,
            nearSearch ? u"LAT,LON|CODE --radius KM [--datum wgs84|gcj02|bd09] [--query Q] [--json]"_s
                       : u"[--query Q] [--sort relevance|name|updated] [--limit N] [--json]"_s,
            nearSearch ? Cli::tr("Records within a distance of a point or of a location, nearest first.")
                       : Cli::tr("Records, or those matching the query."),
            options);
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        QString text = line.parser().value(query);
        bool ok = false;
        const int max = line.parser().value(limit).toInt(&ok);
        if (!ok || max < 0)
            return line.usageError(Cli::tr("--limit needs a number"));
        auto order = recordSort(line.parser().value(sort));
        if (!order)
            return line.usageError(Cli::tr("--sort is relevance, name, distance or updated"));
        if (nearSearch) {
            if (line.positional().size() != 1)
                return line.usageError(Cli::tr("give one point (LAT,LON) or one location's code"));
            if (!line.parser().isSet(radius))
                return line.usageError(Cli::tr("say how far with --radius KM"));
            const double km = line.parser().value(radius).toDouble(&ok);
            if (!ok || km <= 0 || km > 20000)
                return line.usageError(Cli::tr("--radius needs kilometres, more than 0"));
            const QString d = line.parser().value(datum).toLower().remove(u'-');
            if (d != "wgs84"_L1 && d != "gcj02"_L1 && d != "bd09"_L1)
                return line.usageError(Cli::tr("--datum is wgs84, gcj02 or bd09"));
            const QString where = line.positional().first();
            if (auto point = Geo::parse(where)) {
                *point = Geo::convert(*point,
                                      d == "gcj02"_L1      ? Geo::Datum::Gcj02
                                          : d == "bd09"_L1 ? Geo::Datum::Bd09
                                                           : Geo::Datum::Wgs84,
                                      Geo::Datum::Wgs84);
                text += u" near:%1,%2"_s.arg(point->lat, 0, 'f', 8).arg(point->lon, 0, 'f', 8);
            } else if (where.contains(u' ') || where.contains(u'"')) {
                return line.usageError(Cli::tr("\"%1\" is neither LAT,LON nor a location's code").arg(where));
            } else {
                text += u" near:"_s + where;
            }
            text += u" radius:%1"_s.arg(km);
            if (!line.parser().isSet(sort))
                order = RecordSort::Distance;
        } else if (!line.positional().isEmpty()) {
            return line.usageError(Cli::tr("list takes no arguments (use --query to choose records)"));
        }
        const RecordQuery parsed = RecordQueryParser::parse(m_kind, text);
        if (!parsed.errors.isEmpty())
            return line.usageError(parsed.errors.join(u"; "_s));
        if (!open(line))
            return ExitCode::Fatal;
        const RecordStore store(m_session->db());
        QString error;
        const auto hits = store.search(parsed, *order, max, error);
        if (!hits)
            return fatalError(error);
        QList<qint64> ids;
        QHash<qint64, double> distances;
        for (const RecordStore::Hit &hit : *hits) {
            ids.append(hit.id);
            if (hit.distanceKm >= 0)
                distances.insert(hit.id, hit.distanceKm);
        }
        const QList<RecordStore::Summary> summaries = store.summaries(m_kind, ids);
        if (line.parser().isSet(json)) {
            QJsonArray out;
            for (const RecordStore::Summary &s : summaries)
                out.append(summaryJson(s, distances.value(s.id, -1)));
            std::printf("%s", jsonText(out).constData());
        } else {
            printSummaries(summaries, distances);
            printInfo(Cli::tr("%n record(s)", nullptr, int(summaries.size())));
        }
        return ExitCode::Ok;
    }

    int show(const QStringList &arguments)
    {
        const QCommandLineOption json = jsonOption();
        const QCommandLineOption confidential {
            u"include-confidential"_s, Cli::tr("Also show the fields and contacts marked confidential.")
        };
        CommandLine line(commandName(m_kind) + u" show"_s, u"ID|CODE [--json] [--include-confidential]"_s,
                         Cli::tr("One record, with every field."), { json, confidential });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().size() != 1)
            return line.usageError(Cli::tr("name one record, by id or code"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto id = resolve(line.positional().first());
        if (!id)
            return ExitCode::Fatal;
        QJsonObject record = *RecordStore(m_session->db()).get(m_kind, *id);
        if (!line.parser().isSet(confidential))
            record = RecordSchema::redacted(m_kind, record);
        if (line.parser().isSet(json)) {
            std::printf("%s", jsonText(record).constData());
            return ExitCode::Ok;
        }
        std::printf("%-24s %lld\n", qUtf8Printable(u"id"_s), record.value("id"_L1).toInteger());
        const QHash<QString, QList<RecordChoice>> choices = RecordStore(m_session->db()).choices(m_kind);
        for (const RecordField &field : RecordSchema::fields(m_kind)) {
            const QJsonValue value = record.value(field.key);
            if (value.isUndefined() || value.isNull())
                continue;
            QString text;
            if (field.type == RecordField::Type::Contacts) {
                QStringList contacts;
                for (const QJsonValue &item : value.toArray()) {
                    QStringList parts;
                    const QJsonObject c = item.toObject();
                    for (const char *key : { "name", "role", "phone", "email", "wechat" }) {
                        if (const QString v = c.value(QLatin1StringView(key)).toString(); !v.isEmpty())
                            parts.append(v);
                    }
                    if (c.value("confidential"_L1).toBool(true))
                        parts.append(Cli::tr("(confidential)"));
                    contacts.append(parts.join(u", "_s));
                }
                text = contacts.join(u"\n                         "_s);
            } else if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &item : value.toArray())
                    items.append(item.toString());
                text = items.join(u"; "_s);
            } else if (field.type == RecordField::Type::Choice) {
                const QList<RecordChoice> list = field.key == "setting"_L1 ? RecordSchema::settings()
                    : field.key == "status"_L1                             ? RecordSchema::statuses()
                                                                           : choices.value(field.key);
                text = value.toString();
                for (const RecordChoice &choice : list) {
                    if (choice.code == text)
                        text = choice.name();
                }
            } else if (value.isDouble()) {
                text = QString::number(value.toDouble(), 'g', 10)
                    + (field.unit.isEmpty()       ? QString()
                           : field.unit == u"°"_s ? field.unit
                                                  : u' ' + field.unit);
            } else if (value.isBool()) {
                text = value.toBool() ? Cli::tr("yes") : Cli::tr("no");
            } else {
                text = value.toString();
            }
            if (text.isEmpty())
                continue;
            std::printf("%s %s\n", qUtf8Printable(field.labelText().leftJustified(24)), qUtf8Printable(text));
        }
        if (record.contains("lat"_L1)) {
            const Geo::LatLon p { record.value("lat"_L1).toDouble(), record.value("lon"_L1).toDouble() };
            std::printf("%s %s\n", qUtf8Printable(u"GCJ-02"_s.leftJustified(24)),
                        qUtf8Printable(Geo::format(Geo::wgs84ToGcj02(p))));
            std::printf("%s %s\n", qUtf8Printable(u"BD-09"_s.leftJustified(24)),
                        qUtf8Printable(Geo::format(Geo::convert(p, Geo::Datum::Wgs84, Geo::Datum::Bd09))));
        }
        return ExitCode::Ok;
    }

    int save(const QJsonObject &record, const char *verb)
    {
        Sql::Transaction transaction(m_session->db());
        if (!transaction.isOpen())
            return cannotWrite(transaction.error());
        RecordStore store(m_session->db());
        QList<RecordProblem> problems;
        QString error;
        const auto id = store.save(m_kind, record, problems, error);
        if (!id)
            return reportProblems(problems, error);
        if (!transaction.commit(error))
            return cannotWrite(error);
        std::printf("%lld\n", *id);
        printInfo(Cli::tr("%1 %2 #%3: %4")
                      .arg(QString::fromLatin1(verb), RecordSchema::kindName(m_kind))
                      .arg(*id)
                      .arg(RecordSchema::displayName(*store.get(m_kind, *id))));
        return ExitCode::Ok;
    }

    int add(const QStringList &arguments)
    {
        const QCommandLineOption json { u"json"_s, Cli::tr("Read the record from a JSON file (- for stdin)."),
                                        u"FILE"_s };
        CommandLine line(
            commandName(m_kind) + u" add"_s, u"FIELD=VALUE... | --json FILE"_s,
            Cli::tr(
                "Add a record. Fields by key (reelatlas-cli %1 fields); contact.name=, contact.phone= "
                "… add a contact; coordinates=\"36.07, 120.38\" with datum=gcj02 takes map-app coordinates.")
                .arg(commandName(m_kind)),
            { json });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        QJsonObject record;
        if (line.parser().isSet(json)) {
            if (!line.positional().isEmpty())
                return line.usageError(Cli::tr("give either --json FILE or FIELD=VALUE arguments"));
            QFile file;
            const QString path = line.parser().value(json);
            const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                return fatalError(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
            if (!document.isObject())
                return fatalError(Cli::tr("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
            record = document.object();
            record.remove(u"id"_s);
        } else {
            if (line.positional().isEmpty())
                return line.usageError(
                    Cli::tr("give the fields as FIELD=VALUE (at least a name: name_zh=… or name_en=…)"));
            QString error;
            const auto parsed = assignments(m_kind, line.positional(), error);
            if (!parsed)
                return line.usageError(error);
            record = *parsed;
        }
        if (!open(line, true))
            return ExitCode::Fatal;
        return save(record, "added");
    }

    int set(const QStringList &arguments)
    {
        CommandLine line(commandName(m_kind) + u" set"_s, u"ID|CODE FIELD=VALUE..."_s,
                         Cli::tr("Change fields of a record (FIELD= empties one); the others stay."), {});
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().size() < 2)
            return line.usageError(Cli::tr("name one record and give at least one FIELD=VALUE"));
        QString error;
        const auto changes = assignments(m_kind, line.positional().mid(1), error);
        if (!changes)
            return line.usageError(error);
        if (!open(line))
            return ExitCode::Fatal;
        const auto id = resolve(line.positional().first());
        if (!id)
            return ExitCode::Fatal;
        QJsonObject record = *RecordStore(m_session->db()).get(m_kind, *id);
        for (auto it = changes->begin(); it != changes->end(); ++it) {
            if (it.key() == "contacts"_L1) {
                QJsonArray contacts = record.value("contacts"_L1).toArray();
                contacts.append(it.value().toArray().first());
                record.insert(u"contacts"_s, contacts);
            } else if (it.key() == "coordinates"_L1) {
                record.remove(u"lat"_s);
                record.remove(u"lon"_s);
                record.insert(it.key(), it.value());
            } else {
                record.insert(it.key(), it.value());
            }
        }
        return save(record, "updated");
    }

    int remove(const QStringList &arguments)
    {
        CommandLine line(commandName(m_kind) + u" remove"_s, u"ID|CODE..."_s,
                         Cli::tr("Remove records from the catalog (their clips and photos stay)."), {});
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().isEmpty())
            return line.usageError(Cli::tr("name the records to remove, by id or code"));
        if (!open(line))
            return ExitCode::Fatal;
        QList<qint64> ids;
        for (const QString &name : line.positional()) {
            const auto id = resolve(name);
            if (!id)
                return ExitCode::Fatal;
            ids.append(*id);
        }
        Sql::Transaction transaction(m_session->db());
        if (!transaction.isOpen())
            return cannotWrite(transaction.error());
        RecordStore store(m_session->db());
        QString error;
        for (const qint64 id : std::as_const(ids)) {
            if (!store.remove(m_kind, id, error))
                return fatalError(error);
        }
        if (!transaction.commit(error))
            return cannotWrite(error);
        printInfo(Cli::tr("removed %n record(s)", nullptr, int(ids.size())));
        return ExitCode::Ok;
    }

    int importFile(const QStringList &arguments)
    {
        const QCommandLineOption format { u"format"_s, Cli::tr("csv or json (default: from the file name)."),
                                          u"FORMAT"_s };
        const QCommandLineOption dryRun { u"dry-run"_s,
                                          Cli::tr("Check the file and report; change nothing.") };
        const QCommandLineOption json { u"json"_s, Cli::tr("Print the report as JSON on stdout.") };
        const QCommandLineOption allowPublic {
            u"allow-public"_s,
            Cli::tr("Let the import make fields and contacts public that are confidential now.")
        };
        CommandLine line(
            commandName(m_kind) + u" import"_s,
            u"FILE [--format csv|json] [--dry-run] [--json] [--allow-public]"_s,
            Cli::tr("Import records from CSV (UTF-8 or GB18030, as Excel saves it) or JSON. Every row is "
                    "checked first; when any is wrong nothing is imported. Rows with the id or code of "
                    "a record update it. An empty \"confidential\" cell keeps what is confidential; a row "
                    "that would make a confidential field or contact public is imported only with "
                    "--allow-public."),
            { format, dryRun, json, allowPublic });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().size() != 1)
            return line.usageError(Cli::tr("name one file to import"));
        const QString path = line.positional().first();
        const auto kind =
            RecordExchange::formatFor(line.parser().isSet(format) ? line.parser().value(format) : path);
        if (!kind)
            return line.usageError(
                Cli::tr("cannot tell the format of %1; say --format csv or --format json").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fatalError(Cli::tr("cannot read %1: %2").arg(path, file.errorString()));
        const QByteArray data = file.readAll();
        if (!open(line, true))
            return ExitCode::Fatal;
        RecordExchange::Preview preview = RecordExchange::preview(m_session->db(), m_kind, data, *kind);
        preview.allowPublic = line.parser().isSet(allowPublic);
        QList<qint64> ids;
        QString error;
        const bool commit = !line.parser().isSet(dryRun) && preview.canCommit();
        const bool committed = commit && RecordExchange::commit(m_session->db(), preview, error, &ids);
        if (line.parser().isSet(json)) {
            QJsonArray rows;
            for (const RecordExchange::Row &row : preview.rows) {
                static const char *actions[] = { "insert", "update", "invalid" };
                rows.append(QJsonObject { { u"line"_s, row.line },
                                          { u"name"_s, row.name() },
                                          { u"action"_s, QLatin1StringView(actions[int(row.action)]) },
                                          { u"problems"_s, QJsonArray::fromStringList(row.problems) },
                                          { u"made_public"_s, QJsonArray::fromStringList(row.madePublic) } });
            }
            std::printf(
                "%s",
                jsonText(
                    QJsonObject {
                        { u"file"_s, path },
                        { u"error"_s, preview.error.isEmpty() ? QJsonValue() : QJsonValue(preview.error) },
                        { u"inserts"_s, preview.inserts() },
                        { u"updates"_s, preview.updates() },
                        { u"invalid"_s, preview.invalid() },
                        { u"made_public"_s, preview.madePublic() },
                        { u"allow_public"_s, preview.allowPublic },
                        { u"ignored_columns"_s, QJsonArray::fromStringList(preview.ignoredColumns) },
                        { u"imported"_s, committed },
                        { u"rows"_s, rows } })
                    .constData());
        }
        if (!preview.error.isEmpty())
            return fatalError(Cli::tr("%1: %2").arg(path, preview.error));
        for (const QString &column : preview.ignoredColumns)
            printInfo(Cli::tr("note: column \"%1\" matches no field and is ignored").arg(column));
        for (const RecordExchange::Row &row : preview.rows) {
            for (const QString &problem : row.problems)
                printError(Cli::tr("%1 line %2 (%3): %4").arg(path).arg(row.line).arg(row.name(), problem));
        }
        for (const RecordExchange::Row &row : preview.rows) {
            if (!row.madePublic.isEmpty())
                printError(Cli::tr("%1 line %2 (%3): would make public: %4")
                               .arg(path)
                               .arg(row.line)
                               .arg(row.name(), row.madePublic.join(u", "_s)));
        }
        if (preview.invalid() > 0) {
            printError(Cli::tr("%n row(s) have problems; nothing was imported", nullptr, preview.invalid()));
            return ExitCode::Fatal;
        }
        if (preview.madePublic() > 0 && !preview.allowPublic && !line.parser().isSet(dryRun)) {
            printError(Cli::tr("%n row(s) would make confidential fields or contacts public; nothing was "
                               "imported (say --allow-public to allow it)",
                               nullptr, preview.madePublic()));
            return ExitCode::Fatal;
        }
        if (line.parser().isSet(dryRun)) {
            printInfo(Cli::tr("checked %1: %2 new, %3 updates, no problems (nothing changed: --dry-run)")
                          .arg(path)
                          .arg(preview.inserts())
                          .arg(preview.updates()));
            return ExitCode::Ok;
        }
        if (!committed)
            return fatalError(error);
        printInfo(Cli::tr("imported %1: %2 new, %3 updated")
                      .arg(path)
                      .arg(preview.inserts())
                      .arg(preview.updates()));
        return ExitCode::Ok;
    }

    int exportRecords(const QStringList &arguments)
    {
        const QCommandLineOption format { u"format"_s, Cli::tr("json (default) or csv."), u"FORMAT"_s,
                                          u"json"_s };
        const QCommandLineOption query { u"query"_s, Cli::tr("Only the records that match the query."),
                                         u"Q"_s };
        const QCommandLineOption out { { u"o"_s, u"out"_s },
                                       Cli::tr("Write to FILE instead of stdout."),
                                       u"FILE"_s };
        const QCommandLineOption bom { u"bom"_s,
                                       Cli::tr("Start CSV with a UTF-8 byte order mark (for Excel).") };
        const QCommandLineOption confidential {
            u"include-confidential"_s,
            Cli::tr("Include the fields and contacts marked confidential (a full backup).")
        };
        CommandLine line(
            commandName(m_kind) + u" export"_s,
            u"[--format json|csv] [--query Q] [--out FILE] [--bom] [--include-confidential]"_s,
            Cli::tr("Every record, or those matching the query, without confidential fields and contacts."),
            { format, query, out, bom, confidential });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        const auto kind = RecordExchange::formatFor(line.parser().value(format));
        if (!kind)
            return line.usageError(
                Cli::tr("--format is json or csv, not \"%1\"").arg(line.parser().value(format)));
        if (!line.positional().isEmpty())
            return line.usageError(Cli::tr("export takes no arguments (use --query to choose records)"));
        const RecordQuery parsed = RecordQueryParser::parse(m_kind, line.parser().value(query));
        if (!parsed.errors.isEmpty())
            return line.usageError(parsed.errors.join(u"; "_s));
        if (!open(line))
            return ExitCode::Fatal;
        QString error;
        int count = 0;
        const auto bytes =
            RecordExchange::exportRecords(m_session->db(), parsed, *kind, line.parser().isSet(confidential),
                                          line.parser().isSet(bom), error, &count);
        if (!bytes)
            return fatalError(error);
        Output output;
        if (!output.open(line.parser().value(out)))
            return ExitCode::Fatal;
        output.write(*bytes);
        if (!output.finish())
            return ExitCode::Fatal;
        printInfo(Cli::tr("exported %n record(s)", nullptr, count));
        return ExitCode::Ok;
    }

    int fields(const QStringList &arguments)
    {
        CommandLine line(commandName(m_kind) + u" fields"_s, QString(), Cli::tr("The fields of a record."),
                         {});
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        for (const RecordField &field : RecordSchema::fields(m_kind)) {
            static const char *types[] = { "text",   "long text", "number", "date",
                                           "yes/no", "choice",    "list",   "contacts" };
            std::printf(
                "%-24s %-10s %s%s\n", qUtf8Printable(field.key), types[int(field.type)],
                qUtf8Printable(field.labelText()),
                qUtf8Printable(field.confidential ? Cli::tr(" (confidential by default)") : QString()));
        }
        if (RecordSchema::hasCoordinates(m_kind))
            std::printf(
                "%-24s %-10s %s\n", "coordinates", "text",
                qUtf8Printable(Cli::tr(
                    "\"LAT, LON\" in any common form; with datum=gcj02 or bd09 from Chinese map apps")));
        return ExitCode::Ok;
    }

    // Clips and photos of a location: link the assets (by id or query) to it, or unlink them.
    int link(const QStringList &arguments, bool linking)
    {
        const QCommandLineOption query { u"query"_s,
                                         Cli::tr("The assets that match this query (the search language)."),
                                         u"Q"_s };
        CommandLine line(commandName(m_kind) + (linking ? u" link"_s : u" unlink"_s),
                         u"ID|CODE (--query Q | ASSET...)"_s,
                         linking ? Cli::tr("Link clips and photos to a location.")
                                 : Cli::tr("Unlink clips and photos from a location."),
                         { query });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        if (line.positional().isEmpty() || (line.positional().size() == 1) == !line.parser().isSet(query))
            return line.usageError(Cli::tr("name the location, then --query Q or asset ids"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto location = resolve(line.positional().first());
        if (!location)
            return ExitCode::Fatal;
        QList<qint64> assets;
        QString error;
        const AssetStore store(m_session->db());
        if (line.parser().isSet(query)) {
            const AssetQuery parsed = AssetQueryParser::parse(line.parser().value(query));
            if (!parsed.isValid())
                return line.usageError(parsed.errors.join(u"; "_s));
            const auto ids = store.idsMatching(parsed, AssetSort::Newest, 0, error);
            if (!ids)
                return fatalError(error);
            assets = *ids;
        } else {
            for (const QString &text : line.positional().mid(1)) {
                const auto id = assetNamed(*m_session, text);
                if (!id)
                    return ExitCode::Fatal;
                assets.append(*id);
            }
        }
        if (!linking) {
            // Only those linked to this location.
            assets.removeIf([&](qint64 id) {
                return store.assetJson(id)->value("location_id"_L1).toInteger() != *location;
            });
        }
        Sql::Transaction transaction(m_session->db());
        if (!transaction.isOpen())
            return cannotWrite(transaction.error());
        AssetStore writer(m_session->db());
        if (!writer.setField(assets, u"location_id"_s, linking ? QVariant(*location) : QVariant(), error)
            || !transaction.commit(error))
            return cannotWrite(error);
        printInfo((linking ? Cli::tr("linked %n clip(s) and photo(s)", nullptr, int(assets.size()))
                           : Cli::tr("unlinked %n clip(s) and photo(s)", nullptr, int(assets.size()))));
        return ExitCode::Ok;
    }

    // Clips and photos whose GPS lies near a location and that are not linked to it yet.
    int suggest(const QStringList &arguments)
    {
        const QCommandLineOption radius { u"radius"_s, Cli::tr("Kilometres around the location (default 1)."),
                                          u"KM"_s, u"1"_s };
        const QCommandLineOption json = jsonOption();
        CommandLine line(
            commandName(m_kind) + u" suggest"_s, u"ID|CODE [--radius KM] [--json]"_s,
            Cli::tr("Clips and photos shot near a location (by their GPS) that are not linked to it."),
            { radius, json });
        if (const int status = line.parse(arguments); status >= 0)
            return status;
        bool ok = false;
        const double km = line.parser().value(radius).toDouble(&ok);
        if (!ok || km <= 0 || km > 1000)
            return line.usageError(Cli::tr("--radius needs kilometres, more than 0"));
        if (line.positional().size() != 1)
            return line.usageError(Cli::tr("name one location, by id or code"));
        if (!open(line))
            return ExitCode::Fatal;
        const auto location = resolve(line.positional().first());
        if (!location)
            return ExitCode::Fatal;
        const RecordStore records(m_session->db());
        const auto summary = records.summaries(m_kind, { *location }).value(0);
        if (!summary.position)
            return fatalError(Cli::tr("%1 has no coordinates").arg(summary.name()));
        const AssetStore assets(m_session->db());
        QJsonArray out;
        QString error;
        const auto hits = records.assetsNear(*summary.position, km, error);
        if (!hits)
            return fatalError(error);
        for (const RecordStore::Hit &hit : *hits) {
            const auto asset = assets.assetJson(hit.id);
            if (!asset || asset->value("location_id"_L1).toInteger() == *location)
                continue;
            if (line.parser().isSet(json)) {
                out.append(QJsonObject { { u"id"_s, hit.id },
                                         { u"path"_s, asset->value("path"_L1) },
                                         { u"distance_km"_s, std::round(hit.distanceKm * 1000) / 1000 },
                                         { u"location_id"_s, asset->value("location_id"_L1) } });
            } else {
                std::printf("#%lld  %s  %s\n", hit.id, qUtf8Printable(asset->value("path"_L1).toString()),
                            qUtf8Printable(Cli::tr("%1 m").arg(qRound(hit.distanceKm * 1000))));
            }
        }
        if (line.parser().isSet(json))
            std::printf("%s", jsonText(out).constData());
        return ExitCode::Ok;
    }

    RecordKind m_kind;
};

} // namespace

int cmdLocations(const CliContext &context, const QStringList &arguments)
{
    return RecordCommands(RecordKind::Location, context).run(arguments);
}

int cmdFacilities(const CliContext &context, const QStringList &arguments)
{
    return RecordCommands(RecordKind::Facility, context).run(arguments);
}

int cmdExperts(const CliContext &context, const QStringList &arguments)
{
    return RecordCommands(RecordKind::Expert, context).run(arguments);
}
