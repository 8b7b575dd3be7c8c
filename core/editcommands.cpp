#include "editcommands.h"

#include "assetstore.h"
#include "catalog.h"
#include "locationstore.h"
#include "pathmap.h"
#include "productionstore.h"
#include "recordstore.h"
#include "savedsearchstore.h"
#include "tagstore.h"
#include "volumestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <atomic>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Apply = std::function<bool(CatalogSession &, QString &)>;

// A command made of two pieces of work for the writer: one to do, one to undo.
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(CatalogEditor *editor, const QString &text, CatalogEditor::Change what, Apply redo,
                Apply undo)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_what(what)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }
    // Run on the GUI thread after redo's work is committed, or when it failed.
    void setOutcome(std::function<void()> done, std::function<void(const QString &)> failed)
    {
        m_done = std::move(done);
        m_failed = std::move(failed);
    }
    // Run on the GUI thread after undo's work is committed.
    void setUndone(std::function<void()> undone) { m_undone = std::move(undone); }
    // Whether a failure of redo is shown by the caller itself (CatalogEditor::write).
    void setHandled(std::function<bool()> handled) { m_handled = std::move(handled); }

    void redo() override
    {
        if (m_editor)
            m_editor->write(m_redo, m_what, m_done, m_failed, m_handled);
    }
    void undo() override
    {
        if (m_editor)
            m_editor->write(m_undo, m_what, m_undone);
    }

private:
    QPointer<CatalogEditor> m_editor;
    CatalogEditor::Change m_what;
    Apply m_redo;
    Apply m_undo;
    std::function<void()> m_done;
    std::function<void()> m_undone;
    std::function<void(const QString &)> m_failed;
    std::function<bool()> m_handled;
};

QString countText(const QList<qint64> &ids)
{
    return ids.size() == 1 ? QString() : u" (%1)"_s.arg(ids.size());
}

QString fieldName(const QString &column)
{
    static const QHash<QString, const char *> names {
        { u"title"_s, QT_TRANSLATE_NOOP("EditCommands", "title") },
        { u"description"_s, QT_TRANSLATE_NOOP("EditCommands", "description") },
        { u"rights_holder"_s, QT_TRANSLATE_NOOP("EditCommands", "rights holder") },
        { u"licence"_s, QT_TRANSLATE_NOOP("EditCommands", "licence") },
        { u"licence_expiry"_s, QT_TRANSLATE_NOOP("EditCommands", "licence expiry") },
        { u"releases"_s, QT_TRANSLATE_NOOP("EditCommands", "releases") },
        { u"notes"_s, QT_TRANSLATE_NOOP("EditCommands", "notes") },
        { u"rating"_s, QT_TRANSLATE_NOOP("EditCommands", "rating") },
        { u"location_id"_s, QT_TRANSLATE_NOOP("EditCommands", "location") },
    };
    const char *name = names.value(column);
    return name ? QCoreApplication::translate("EditCommands", name) : column;
}

// Emits fieldsChanged on the GUI thread after the write that changed them.
void announceFields(CatalogEditor *editor, const QString &column, const QHash<qint64, QVariant> &values)
{
    QPointer<CatalogEditor> target(editor);
    QMetaObject::invokeMethod(
        editor,
        [target, column, values] {
            if (target)
                Q_EMIT target->fieldsChanged(column, values);
        },
        Qt::QueuedConnection);
}

QHash<qint64, QVariant> sameValue(const QList<qint64> &ids, const QVariant &value)
{
    QHash<qint64, QVariant> values;
    for (const qint64 id : ids)
        values.insert(id, value);
    return values;
}

// The message for `name`, saved by someone else (`current`, with its updated_at) since it was read.
QString savedMeanwhile(const QString &name, const QJsonObject &current)
{
    return QCoreApplication::translate("EditCommands",
                                       "%1 was changed by someone else (saved %2) while it was "
                                       "being edited here; nothing was overwritten")
        .arg(name,
             QDateTime::fromString(current.value("updated_at"_L1).toString(), Qt::ISODateWithMs)
                 .toLocalTime()
                 .toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

// A whole record's save (saveRecord, saveProduction): `saved` learns the id and updated_at once it is
// committed; when it failed, `failed` learns why and `changedMeanwhile` gets `theirs` if someone else
// saved it meanwhile (then the editor shows no failure of its own).
// Someone else's version, when the last write of a whole record's save found one: set on the
// writer's thread, read on the GUI thread once that write failed.
struct Conflict
{
    std::atomic<bool> found { false };
    QJsonObject theirs;
};

void whenSaved(EditCommand *command, std::shared_ptr<qint64> id, std::shared_ptr<QString> savedAt,
               std::shared_ptr<Conflict> conflict, std::function<void(qint64, const QString &)> saved,
               std::function<void(const QString &)> failed,
               std::function<void(const QJsonObject &)> changedMeanwhile)
{
    command->setOutcome(saved ? std::function<void()>([id, savedAt, saved] { saved(*id, *savedAt); })
                              : std::function<void()>(),
                        [failed, changedMeanwhile, conflict](const QString &error) {
                            if (failed)
                                failed(error);
                            if (conflict->found && changedMeanwhile)
                                changedMeanwhile(conflict->theirs);
                        });
    command->setHandled(
        [conflict, shown = bool(changedMeanwhile)] { return shown && conflict->found.load(); });
}

// How a whole record's save reads, writes and takes away its kind (a location, a production).
struct WholeRecords
{
    std::function<std::optional<QJsonObject>(CatalogSession &, qint64 id)> get;
    std::function<std::optional<qint64>(CatalogSession &, const QJsonObject &, QString &error)> save;
    std::function<bool(CatalogSession &, qint64 id, QString &error)> remove;
    std::function<QString(const QJsonObject &)> name;
};

// The redo and undo of a whole record's save. Someone else's save since `before` was read
// (another workstation) is not overwritten silently: checked by each redo until one wrote, inside
// the write transaction (no other ReelAtlas writes between the check and the save), and what they
// saved goes to `conflict`. After that, undo and redo write only over what this step's last write
// left: never over a save of someone else's made since (nor after an undo so refused).
std::pair<Apply, Apply> guardedSave(const WholeRecords &records, const QJsonObject &before,
                                    const QJsonObject &after, bool adding, std::shared_ptr<qint64> id,
                                    std::shared_ptr<QString> savedAt, std::shared_ptr<Conflict> conflict)
{
    const bool unchecked = adding || !before.contains("updated_at"_L1);
    // What this step's last write left (empty: nothing yet, or taken away again), as people see
    // it: without when it was saved and what the catalog counts (a clip linked meanwhile by this
    // window is not someone else's edit).
    auto left = std::make_shared<QJsonObject>();
    const auto content = [](QJsonObject record) {
        for (const char *computed : { "updated_at", "asset_count", "cover_asset_id" })
            record.remove(QLatin1StringView(computed));
        return record;
    };
    const auto contentNow = [=](CatalogSession &session) {
        const auto now = records.get(session, *id);
        return now ? content(*now) : QJsonObject();
    };
    // Whether someone else saved it since this step's last write; then `error` says so.
    const auto changedSince = [=](CatalogSession &session, QString &error) {
        const auto current = records.get(session, *id);
        if (left->isEmpty() || !current || content(*current) == *left)
            return false;
        error = QCoreApplication::translate("EditCommands",
                                            "%1 was changed by someone else since; nothing was overwritten")
                    .arg(records.name(*current));
        return true;
    };
    const Apply redo = [=](CatalogSession &session, QString &error) {
        conflict->found = false;
        QJsonObject record = after;
        if (*id > 0)
            record.insert(u"id"_s, *id);
        if (savedAt->isEmpty() && !unchecked) {
            const auto current = records.get(session, *id);
            if (current && current->value("updated_at"_L1) != before.value("updated_at"_L1)) {
                conflict->theirs = *current;
                conflict->found = true;
                error = savedMeanwhile(records.name(*current), *current);
                return false;
            }
        } else if (changedSince(session, error)) {
            return false;
        }
        const auto written = records.save(session, record, error);
        if (!written)
            return false;
        *id = *written;
        if (const auto now = records.get(session, *id)) {
            *savedAt = now->value("updated_at"_L1).toString();
            *left = content(*now);
        }
        return true;
    };
    const Apply undo = [=](CatalogSession &session, QString &error) {
        conflict->found = false;
        if (savedAt->isEmpty())
            return true; // its save was refused: nothing of it to take back
        if (changedSince(session, error))
            return false;
        if (adding) {
            *left = {};
            return records.remove(session, *id, error);
        }
        if (!records.save(session, before, error))
            return false;
        *left = contentNow(session);
        return true;
    };
    return { redo, undo };
}

} // namespace

namespace EditCommands {

namespace {

// An undo or redo that would overwrite someone else's save.
QString changedSince(const QString &column)
{
    return QCoreApplication::translate("EditCommands",
                                       "The %1 was changed by someone else since; nothing was overwritten")
        .arg(fieldName(column));
}

// Setting a field. Typing into the same field of the same assets within a few seconds is one
// step of the undo stack, not one per autosave.
class SetFieldCommand final : public QUndoCommand
{
public:
    using ChangedMeanwhile = std::function<void(const QHash<qint64, QVariant> &, const QString &)>;
    SetFieldCommand(CatalogEditor *editor, const QList<qint64> &ids, const QString &column,
                    const QVariant &value, const QString &text, const QVariant &shown,
                    ChangedMeanwhile changedMeanwhile)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_ids(ids)
        , m_column(column)
        , m_state(std::make_shared<State>())
        , m_changedMeanwhile(std::move(changedMeanwhile))
    {
        m_state->value = value;
        m_state->shown = shown;
        m_clock.start();
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const SetFieldCommand *>(other);
        if (next->m_column != m_column || next->m_ids != m_ids || m_clock.elapsed() > 4000
            || !(m_column == "title"_L1 || m_column == "description"_L1 || m_column == "notes"_L1))
            return false;
        m_state->value = next->m_state->value; // the previous values stay this command's
        m_clock.start();
        return true;
    }

    void redo() override
    {
        if (!m_editor)
            return;
        auto state = m_state;
        const QList<qint64> ids = m_ids;
        const QString column = m_column;
        CatalogEditor *editor = m_editor;
        const bool first = !m_done;
        m_done = true;
        m_editor->write(
            [=](CatalogSession &session, QString &error) {
                state->conflict = false;
                const auto before = AssetStore(session.db()).setField(ids, column, state->value, error);
                if (!before)
                    return false;
                // Someone else's save since it was shown (another workstation), or since undo put
                // back what was there: not overwritten silently. Checked inside the write
                // transaction, whose savepoint takes back what setField wrote.
                for (auto it = before->cbegin(); it != before->cend(); ++it) {
                    const bool undone = state->previous.contains(it.key());
                    if (!undone && !state->shown.isValid())
                        continue;
                    if (sameFieldValue(it.value(), undone ? state->previous.value(it.key()) : state->shown))
                        continue;
                    if (first) { // the page shows both and asks
                        state->theirs = *before;
                        state->conflict = true;
                        error = QCoreApplication::translate(
                                    "EditCommands",
                                    "The %1 was changed by someone else while it was being edited here; "
                                    "nothing was overwritten")
                                    .arg(fieldName(column));
                    } else {
                        error = changedSince(column);
                    }
                    return false;
                }
                if (first)
                    state->previous = *before;
                announceFields(editor, column, sameValue(ids, state->value));
                return true;
            },
            CatalogEditor::Change::Fields, {},
            [state, told = m_changedMeanwhile](const QString &error) {
                if (state->conflict && told)
                    told(state->theirs, error);
            },
            [state, told = bool(m_changedMeanwhile)] { return told && state->conflict.load(); });
    }
    void undo() override
    {
        if (!m_editor)
            return;
        auto state = m_state;
        const QString column = m_column;
        CatalogEditor *editor = m_editor;
        m_editor->write(
            [=](CatalogSession &session, QString &error) {
                const auto before = AssetStore(session.db()).restoreField(column, state->previous, error);
                if (!before)
                    return false;
                // What this step wrote is still there, or someone else saved since (or a save of
                // this window's was refused and merged into it): theirs is not overwritten.
                for (auto it = before->cbegin(); it != before->cend(); ++it) {
                    if (!sameFieldValue(it.value(), state->value)) {
                        error = changedSince(column);
                        return false;
                    }
                }
                announceFields(editor, column, state->previous);
                return true;
            },
            CatalogEditor::Change::Fields);
    }

private:
    struct State
    {
        QVariant value;
        QVariant shown; // invalid: not checked
        QHash<qint64, QVariant> previous;
        // Set on the writer's thread when someone else's values were found (then read on the GUI
        // thread, after the write).
        std::atomic<bool> conflict { false };
        QHash<qint64, QVariant> theirs;
    };
    QPointer<CatalogEditor> m_editor;
    QList<qint64> m_ids;
    QString m_column;
    std::shared_ptr<State> m_state;
    ChangedMeanwhile m_changedMeanwhile;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace

QUndoCommand *setField(CatalogEditor *editor, const QList<qint64> &ids, const QString &column,
                       const QVariant &value, const QString &text, const QVariant &shown,
                       std::function<void(const QHash<qint64, QVariant> &, const QString &)> changedMeanwhile)
{
    const QString label = text.isEmpty()
        ? QCoreApplication::translate("EditCommands", "Change %1").arg(fieldName(column)) + countText(ids)
        : text;
    return new SetFieldCommand(editor, ids, column, value, label, shown, std::move(changedMeanwhile));
}

bool sameFieldValue(const QVariant &a, const QVariant &b)
{
    const auto text = [](const QVariant &value) {
        if (!value.isValid() || value.isNull())
            return QString();
        if (value.typeId() == QMetaType::Double) {
            const double number = value.toDouble();
            if (std::isfinite(number) && number == std::trunc(number) && std::abs(number) < 9e15)
                return QString::number(qint64(number));
        }
        return value.toString();
    };
    return text(a) == text(b);
}

namespace {

// Links `ids` to `location` for a step whose last undo put back `previous` (empty the first
// time), and keeps what it replaced there. Redone, it writes only where what the undo put back is
// still there (an asset linked elsewhere since by someone else keeps that link): false with why,
// and nothing written, as SetFieldCommand's redo.
bool linkAgain(CatalogSession &session, const QList<qint64> &ids, qint64 location,
               QHash<qint64, QVariant> &previous, QString &error)
{
    const auto before = AssetStore(session.db()).setField(ids, u"location_id"_s, location, error);
    if (!before)
        return false;
    for (auto it = before->cbegin(); it != before->cend(); ++it) {
        if (previous.contains(it.key()) && !sameFieldValue(it.value(), previous.value(it.key()))) {
            error = changedSince(u"location_id"_s);
            return false;
        }
    }
    previous = *before;
    return true;
}

// Puts back the links `previous` that a step linking to `location` replaced, where the step's
// link is still there; else false with why, and nothing written.
bool unlink(CatalogSession &session, qint64 location, const QHash<qint64, QVariant> &previous, QString &error)
{
    const auto before = AssetStore(session.db()).restoreField(u"location_id"_s, previous, error);
    if (!before)
        return false;
    for (auto it = before->cbegin(); it != before->cend(); ++it) {
        if (!sameFieldValue(it.value(), location)) {
            error = changedSince(u"location_id"_s);
            return false;
        }
    }
    return true;
}

} // namespace

QUndoCommand *linkPathsToLocation(CatalogEditor *editor, const QByteArrayList &paths, qint64 locationId)
{
    auto previous = std::make_shared<QHash<qint64, QVariant>>();
    const Apply redo = [=](CatalogSession &session, QString &error) {
        QList<qint64> ids;
        const AssetStore assets(session.db());
        for (const QByteArray &path : paths) {
            const auto under = assets.idsUnder(path, error);
            if (!under)
                return false;
            ids += *under;
        }
        return linkAgain(session, ids, locationId, *previous, error);
    };
    const Apply undo = [=](CatalogSession &session, QString &error) {
        return unlink(session, locationId, *previous, error);
    };
    return new EditCommand(editor,
                           QCoreApplication::translate("EditCommands", "Link dropped files to location"),
                           CatalogEditor::Change::Locations, redo, undo);
}

QUndoCommand *linkNewLocation(CatalogEditor *editor, const QList<qint64> &ids, const QString &name)
{
    struct State
    {
        qint64 location = 0;
        QHash<qint64, QVariant> previous;
    };
    auto state = std::make_shared<State>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        LocationStore locations(session.db());
        if (state->location == 0) {
            const auto id = locations.addDraft(name, error);
            if (!id)
                return false;
            state->location = *id;
        } else if (!locations.addDraft(name, error, state->location)) { // redo after undo: the same location
            return false;
        }
        if (!linkAgain(session, ids, state->location, state->previous, error))
            return false;
        announceFields(editor, u"location_id"_s, sameValue(ids, state->location));
        return true;
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        if (!unlink(session, state->location, state->previous, error)
            || !LocationStore(session.db()).remove(state->location, error))
            return false;
        announceFields(editor, u"location_id"_s, state->previous);
        return true;
    };
    return new EditCommand(editor,
                           QCoreApplication::translate("EditCommands", "Link to new location %1").arg(name),
                           CatalogEditor::Change::Locations, redo, undo);
}

QUndoCommand *tagAssets(CatalogEditor *editor, const QList<qint64> &ids, const QString &path, bool add)
{
    struct State
    {
        QList<qint64> changed; // the assets this command tagged or untagged
        TagStore::Snapshot created; // the levels of `path` this command created
    };
    auto state = std::make_shared<State>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        TagStore tags(session.db());
        std::optional<qint64> tag;
        if (add) {
            if (!state->created.tags.isEmpty()) {
                if (!tags.restore(state->created, error)) // the same ids as the first time
                    return false;
            } else {
                // The first level that is not there yet is what undo takes away.
                const QString normalized = TagStore::normalizePath(path, error);
                if (normalized.isEmpty())
                    return false;
                const QStringList levels = normalized.split(u'/');
                QString firstNew;
                for (qsizetype i = 1; i <= levels.size() && firstNew.isEmpty(); ++i) {
                    const QString prefix = levels.first(i).join(u'/');
                    if (!tags.findPath(prefix))
                        firstNew = prefix;
                }
                if (!tags.ensurePath(normalized, error))
                    return false;
                if (!firstNew.isEmpty())
                    state->created = tags.snapshot({ *tags.findPath(firstNew) });
            }
        }
        tag = tags.findPath(TagStore::normalizePath(path, error));
        if (!tag) {
            error = QCoreApplication::translate("EditCommands", "There is no tag %1.").arg(path);
            return false;
        }
        // Which of `ids` change, so that undo touches only those.
        const auto tagged = tags.assetsWith(*tag, error);
        if (!tagged)
            return false;
        state->changed.clear();
        for (const qint64 id : ids) {
            if (tagged->contains(id) != add)
                state->changed.append(id);
        }
        return (add ? tags.addToAssets(*tag, state->changed, error)
                    : tags.removeFromAssets(*tag, state->changed, error))
            >= 0;
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        TagStore tags(session.db());
        const auto tag = tags.findPath(TagStore::normalizePath(path, error));
        if (!tag)
            return true; // nothing to take back
        if (add) {
            if (tags.removeFromAssets(*tag, state->changed, error) < 0)
                return false;
            if (!state->created.tags.isEmpty()) {
                const auto top = state->created.tags.first().at(0).toLongLong();
                if (!tags.remove(top, error))
                    return false;
            }
            return true;
        }
        return tags.addToAssets(*tag, state->changed, error) >= 0;
    };
    const QString text = add ? QCoreApplication::translate("EditCommands", "Tag with %1").arg(path)
                             : QCoreApplication::translate("EditCommands", "Remove tag %1").arg(path);
    return new EditCommand(editor, text + countText(ids), CatalogEditor::Change::Tags, redo, undo);
}

namespace {

// An edit of the tag tree: the subtrees it touches are taken before and after, and undo and
// redo swap one for the other.
QUndoCommand *treeEdit(CatalogEditor *editor, const QString &text, QList<qint64> before,
                       std::function<std::optional<QList<qint64>>(TagStore &, QString &)> edit)
{
    struct State
    {
        bool done = false;
        TagStore::Snapshot before;
        TagStore::Snapshot after;
    };
    auto state = std::make_shared<State>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        TagStore tags(session.db());
        if (state->done)
            return tags.replace(state->before, state->after, error);
        state->before = tags.snapshot(before);
        const auto afterIds = edit(tags, error);
        if (!afterIds)
            return false;
        state->after = tags.snapshot(*afterIds);
        state->done = true;
        return true;
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        if (!state->done)
            return true; // the edit failed: there is nothing to take back
        TagStore tags(session.db());
        return tags.replace(state->after, state->before, error);
    };
    return new EditCommand(editor, text, CatalogEditor::Change::Tags, redo, undo);
}

} // namespace

QUndoCommand *createTag(CatalogEditor *editor, const QString &path)
{
    return treeEdit(
        editor, QCoreApplication::translate("EditCommands", "New tag %1").arg(path), {},
        [path](TagStore &tags, QString &error) -> std::optional<QList<qint64>> {
            const QString normalized = TagStore::normalizePath(path, error);
            if (normalized.isEmpty())
                return std::nullopt;
            if (tags.findPath(normalized)) {
                error =
                    QCoreApplication::translate("EditCommands", "The tag %1 exists already.").arg(normalized);
                return std::nullopt;
            }
            const QStringList levels = normalized.split(u'/');
            QString firstNew = normalized;
            for (qsizetype i = 1; i <= levels.size(); ++i) {
                if (!tags.findPath(levels.first(i).join(u'/'))) {
                    firstNew = levels.first(i).join(u'/');
                    break;
                }
            }
            if (!tags.ensurePath(normalized, error))
                return std::nullopt;
            return QList<qint64> { *tags.findPath(firstNew) };
        });
}

QUndoCommand *renameTag(CatalogEditor *editor, qint64 id, const QString &oldName, const QString &name)
{
    return treeEdit(editor,
                    QCoreApplication::translate("EditCommands", "Rename tag %1 to %2").arg(oldName, name),
                    { id }, [id, name](TagStore &tags, QString &error) -> std::optional<QList<qint64>> {
                        if (!tags.rename(id, name, error))
                            return std::nullopt;
                        return QList<qint64> { id };
                    });
}

QUndoCommand *moveTag(CatalogEditor *editor, qint64 id, std::optional<qint64> parentId, const QString &name)
{
    return treeEdit(editor, QCoreApplication::translate("EditCommands", "Move tag %1").arg(name), { id },
                    [id, parentId](TagStore &tags, QString &error) -> std::optional<QList<qint64>> {
                        if (!tags.move(id, parentId, error))
                            return std::nullopt;
                        return QList<qint64> { id };
                    });
}

QUndoCommand *mergeTag(CatalogEditor *editor, qint64 source, qint64 target, const QString &sourcePath,
                       const QString &targetPath)
{
    return treeEdit(
        editor,
        QCoreApplication::translate("EditCommands", "Merge tag %1 into %2").arg(sourcePath, targetPath),
        { source, target }, [source, target](TagStore &tags, QString &error) -> std::optional<QList<qint64>> {
            if (!tags.merge(source, target, error))
                return std::nullopt;
            return QList<qint64> { target };
        });
}

QUndoCommand *removeTag(CatalogEditor *editor, qint64 id, const QString &path)
{
    return treeEdit(editor, QCoreApplication::translate("EditCommands", "Delete tag %1").arg(path), { id },
                    [id](TagStore &tags, QString &error) -> std::optional<QList<qint64>> {
                        if (!tags.remove(id, error))
                            return std::nullopt;
                        return QList<qint64> {};
                    });
}

QUndoCommand *removeAssets(CatalogEditor *editor, const QList<qint64> &ids)
{
    auto removed = std::make_shared<AssetStore::Snapshot>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        const auto snapshot = AssetStore(session.db()).remove(ids, error);
        if (!snapshot)
            return false;
        *removed = *snapshot;
        return true;
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        return AssetStore(session.db()).restore(*removed, error);
    };
    return new EditCommand(editor,
                           QCoreApplication::translate("EditCommands", "Remove %n item(s) from the catalog",
                                                       nullptr, int(ids.size())),
                           CatalogEditor::Change::Membership, redo, undo);
}

QUndoCommand *setPoster(CatalogEditor *editor, qint64 id, const QString &contentHash,
                        const PosterRecord &poster)
{
    // What it had is read by the first redo; undo puts it back, redo the choice again.
    auto before = std::make_shared<std::optional<PosterRecord>>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        const auto had = AssetStore(session.db()).setPoster(id, poster, session.thumbs(), error);
        if (had && !*before)
            *before = *had;
        return had.has_value();
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        // Nothing to put back when redo did not get as far as changing anything.
        return !*before || AssetStore(session.db()).setPoster(id, **before, session.thumbs(), error);
    };
    const QString text = poster.chosenS
        ? QCoreApplication::translate("EditCommands", "Make the frame at %1 the poster")
              .arg(QLocale().toString(*poster.chosenS, 'f', 2) + u" s"_s)
        : QCoreApplication::translate("EditCommands", "Let ReelAtlas pick the poster");
    auto *command = new EditCommand(editor, text, CatalogEditor::Change::Fields, redo, undo);
    // Once committed, for the views to read the pictures again.
    QPointer<CatalogEditor> target(editor);
    const auto announce = [target, id, contentHash] {
        if (target)
            Q_EMIT target->fieldsChanged(u"poster"_s, { { id, contentHash } });
    };
    command->setOutcome(announce, {});
    command->setUndone(announce);
    return command;
}

QUndoCommand *addSavedSearch(CatalogEditor *editor, const QString &name, const QString &query,
                             const QString &sort)
{
    auto saved = std::make_shared<std::optional<SavedSearchStore::SavedSearch>>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        SavedSearchStore store(session.db());
        if (*saved)
            return store.restore(**saved, error);
        const auto id = store.add(name, query, sort, error);
        if (!id)
            return false;
        *saved = store.find(*id);
        return true;
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        return !*saved || SavedSearchStore(session.db()).remove((*saved)->id, error).has_value();
    };
    return new EditCommand(editor, QCoreApplication::translate("EditCommands", "Save search %1").arg(name),
                           CatalogEditor::Change::SavedSearches, redo, undo);
}

QUndoCommand *renameSavedSearch(CatalogEditor *editor, qint64 id, const QString &oldName, const QString &name)
{
    Apply redo = [=](CatalogSession &session, QString &error) {
        return SavedSearchStore(session.db()).rename(id, name, error);
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        return SavedSearchStore(session.db()).rename(id, oldName, error);
    };
    return new EditCommand(
        editor,
        QCoreApplication::translate("EditCommands", "Rename saved search %1 to %2").arg(oldName, name),
        CatalogEditor::Change::SavedSearches, redo, undo);
}

QUndoCommand *removeSavedSearch(CatalogEditor *editor, qint64 id, const QString &name)
{
    auto removed = std::make_shared<std::optional<SavedSearchStore::SavedSearch>>();
    Apply redo = [=](CatalogSession &session, QString &error) {
        *removed = SavedSearchStore(session.db()).remove(id, error);
        return removed->has_value();
    };
    Apply undo = [=](CatalogSession &session, QString &error) {
        return !*removed || SavedSearchStore(session.db()).restore(**removed, error);
    };
    return new EditCommand(editor,
                           QCoreApplication::translate("EditCommands", "Delete saved search %1").arg(name),
                           CatalogEditor::Change::SavedSearches, redo, undo);
}

QUndoCommand *mapFolder(CatalogEditor *editor, const QString &catalogRoot, const QString &localRoot,
                        const QString &before)
{
    const auto apply = [catalogRoot](const QString &local) {
        return [catalogRoot, local](CatalogSession &session, QString &error) {
            VolumeStore store(session.db());
            const QByteArray root = PathMap::folder(QFile::encodeName(catalogRoot));
            bool removed = false;
            const bool written = local.isEmpty() ? store.unmap(PathMap::thisMachine(), root, removed, error)
                                                 : store.map({ PathMap::thisMachine(),
                                                               root,
                                                               catalogRoot,
                                                               PathMap::folder(QFile::encodeName(local)),
                                                               local,
                                                               {} },
                                                             error);
            return written && session.reloadPathMap(error);
        };
    };
    const QString text = localRoot.isEmpty()
        ? QCoreApplication::translate("EditCommands", "Find %1 where the catalog says").arg(catalogRoot)
        : QCoreApplication::translate("EditCommands", "Find %1 at %2 on this computer")
              .arg(catalogRoot, localRoot);
    // What the window holds (the files' places here, the volumes online) is read again.
    return new EditCommand(editor, text, CatalogEditor::Change::Membership, apply(localRoot), apply(before));
}

namespace {

QString recordName(const QJsonObject &record)
{
    return RecordSchema::displayName(record);
}

} // namespace

QUndoCommand *saveRecord(CatalogEditor *editor, RecordKind kind, const QJsonObject &before,
                         const QJsonObject &after,
                         std::function<void(qint64 id, const QString &savedAt)> saved,
                         std::function<void(const QString &error)> failed,
                         std::function<void(const QJsonObject &theirs)> changedMeanwhile)
{
    // A record without an id is new: undo takes it away again.
    const bool adding = before.value("id"_L1).toInteger(0) <= 0 && after.value("id"_L1).toInteger(0) <= 0;
    const QString text = adding ? QCoreApplication::translate("EditCommands", "Add %1 %2")
                                      .arg(RecordSchema::kindName(kind), recordName(after))
                                : QCoreApplication::translate("EditCommands", "Edit %1 %2")
                                      .arg(RecordSchema::kindName(kind), recordName(after));
    // The id is learnt by the first redo (a new record) and kept, so undo and redo use it.
    auto id = std::make_shared<qint64>(before.value("id"_L1).toInteger(after.value("id"_L1).toInteger()));
    auto conflict = std::make_shared<Conflict>();
    auto savedAt = std::make_shared<QString>(); // empty: this step has written nothing yet
    const WholeRecords records {
        [kind](CatalogSession &session, qint64 recordId) {
            return RecordStore(session.db()).get(kind, recordId);
        },
        [kind](CatalogSession &session, const QJsonObject &record, QString &error) {
            QList<RecordProblem> problems;
            return RecordStore(session.db()).save(kind, record, problems, error);
        },
        [kind](CatalogSession &session, qint64 recordId, QString &error) {
            return RecordStore(session.db()).remove(kind, recordId, error);
        },
        [](const QJsonObject &record) { return recordName(record); },
    };
    const auto [redo, undo] = guardedSave(records, before, after, adding, id, savedAt, conflict);
    auto *command = new EditCommand(editor, text, CatalogEditor::Change::Records, redo, undo);
    // The id reaches the caller once it is committed (read on the GUI thread after the write).
    whenSaved(command, id, savedAt, conflict, std::move(saved), std::move(failed),
              std::move(changedMeanwhile));
    return command;
}

QUndoCommand *removeRecord(CatalogEditor *editor, RecordKind kind, qint64 id, const QString &name)
{
    // What undo puts back is read by redo, on the writer's thread, right before removing it.
    auto kept = std::make_shared<RecordStore::Snapshot>();
    const Apply redo = [=](CatalogSession &session, QString &error) {
        RecordStore store(session.db());
        auto snapshot = store.snapshot(kind, id, error);
        if (!snapshot)
            return false;
        *kept = std::move(*snapshot);
        return store.remove(kind, id, error);
    };
    const Apply undo = [=](CatalogSession &session, QString &error) {
        return RecordStore(session.db()).restore(*kept, error);
    };
    return new EditCommand(
        editor,
        QCoreApplication::translate("EditCommands", "Delete %1 %2").arg(RecordSchema::kindName(kind), name),
        CatalogEditor::Change::Records, redo, undo);
}

QUndoCommand *importRecords(CatalogEditor *editor, const RecordExchange::Preview &preview,
                            const QString &fileName, std::function<void(bool ok, const QString &error)> done)
{
    auto inserted = std::make_shared<QList<qint64>>();
    auto previous = std::make_shared<QList<QJsonObject>>(); // the updated records as they were
    const RecordKind kind = preview.kind;
    const Apply redo = [=](CatalogSession &session, QString &error) {
        RecordStore store(session.db());
        previous->clear();
        for (const RecordExchange::Row &row : preview.rows) {
            if (row.action == RecordExchange::Row::Action::Update) {
                if (const auto record = store.get(kind, row.existingId))
                    previous->append(*record);
            }
        }
        QList<qint64> ids;
        const bool ok = RecordExchange::commit(session.db(), preview, error, &ids);
        inserted->clear();
        for (qsizetype i = 0; ok && i < ids.size(); ++i) {
            if (preview.rows.at(i).action == RecordExchange::Row::Action::Insert)
                inserted->append(ids.at(i));
        }
        return ok;
    };
    const Apply undo = [=](CatalogSession &session, QString &error) {
        RecordStore store(session.db());
        for (const qint64 id : std::as_const(*inserted)) {
            if (!store.remove(kind, id, error))
                return false;
        }
        for (const QJsonObject &record : std::as_const(*previous)) {
            QList<RecordProblem> problems;
            if (!store.save(kind, record, problems, error))
                return false;
        }
        return true;
    };
    auto *command =
        new EditCommand(editor, QCoreApplication::translate("EditCommands", "Import %1").arg(fileName),
                        CatalogEditor::Change::Records, redo, undo);
    if (done)
        command->setOutcome([done] { done(true, QString()); },
                            [done](const QString &error) { done(false, error); });
    return command;
}

QUndoCommand *saveProduction(CatalogEditor *editor, const QJsonObject &before, const QJsonObject &after,
                             std::function<void(qint64 id, const QString &savedAt)> saved,
                             std::function<void(const QString &error)> failed,
                             std::function<void(const QJsonObject &theirs)> changedMeanwhile)
{
    const bool adding = before.value("id"_L1).toInteger(0) <= 0 && after.value("id"_L1).toInteger(0) <= 0;
    auto id = std::make_shared<qint64>(before.value("id"_L1).toInteger(after.value("id"_L1).toInteger()));
    auto conflict = std::make_shared<Conflict>();
    auto savedAt = std::make_shared<QString>();
    const WholeRecords productions {
        [](CatalogSession &session, qint64 productionId) {
            return ProductionStore(session.db()).get(productionId);
        },
        [](CatalogSession &session, const QJsonObject &production, QString &error) {
            return ProductionStore(session.db()).save(production, error);
        },
        [](CatalogSession &session, qint64 productionId, QString &error) {
            return ProductionStore(session.db()).remove(productionId, error);
        },
        [](const QJsonObject &production) { return production.value("title"_L1).toString(); },
    };
    const auto [redo, undo] = guardedSave(productions, before, after, adding, id, savedAt, conflict);
    const QString title = after.value("title"_L1).toString();
    auto *command =
        new EditCommand(editor,
                        adding ? QCoreApplication::translate("EditCommands", "Add production %1").arg(title)
                               : QCoreApplication::translate("EditCommands", "Edit production %1").arg(title),
                        CatalogEditor::Change::Productions, redo, undo);
    whenSaved(command, id, savedAt, conflict, std::move(saved), std::move(failed),
              std::move(changedMeanwhile));
    return command;
}

QUndoCommand *removeProduction(CatalogEditor *editor, qint64 id, const QString &title)
{
    auto kept = std::make_shared<QJsonObject>();
    const Apply redo = [=](CatalogSession &session, QString &error) {
        ProductionStore store(session.db());
        const auto production = store.get(id);
        if (!production) {
            error = QCoreApplication::translate("EditCommands", "it is no longer in the catalog");
            return false;
        }
        *kept = *production;
        return store.remove(id, error);
    };
    const Apply undo = [=](CatalogSession &session, QString &error) {
        return ProductionStore(session.db()).save(*kept, error).has_value();
    };
    return new EditCommand(editor,
                           QCoreApplication::translate("EditCommands", "Delete production %1").arg(title),
                           CatalogEditor::Change::Productions, redo, undo);
}

} // namespace EditCommands
