#pragma once

// Every edit of the catalog the desktop app makes, as an undoable command (QUndoStack). A
// command's redo() and undo() queue their work to the CatalogEditor, which commits it at once on
// the writer's thread; what undo needs (previous values, removed rows, tag subtrees) is captured
// there by the first redo, in a state the command shares with its queued work, so nothing is
// read on the GUI thread and a command deleted meanwhile is harmless. Undo and redo put back the
// same ids, so the commands after it on the stack still apply.
//
// Threading: GUI thread (the queued work runs on the writer's thread, in order).

#include "assetrecords.h"
#include "catalogeditor.h"
#include "recordexchange.h"
#include "recordschema.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUndoCommand>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace EditCommands {

// Sets a user fact (title, description, rights_holder, licence, licence_expiry, location_id,
// ...) of `ids` to `value`. With `shown` valid (the value all of them had where it was edited;
// a null QVariant for none), an asset whose value someone else changed since is not overwritten:
// nothing is saved, and `changedMeanwhile` gets every asset's value now (then the editor shows no
// failure of its own). To save over theirs, set it again with theirs as `shown`.
QUndoCommand *setField(
    CatalogEditor *editor, const QList<qint64> &ids, const QString &column, const QVariant &value,
    const QString &text, const QVariant &shown = {},
    std::function<void(const QHash<qint64, QVariant> &theirs, const QString &error)> changedMeanwhile = {});
// Whether two values of a field are the same as people see them (NULL and "" alike, 5 and 5.0).
bool sameFieldValue(const QVariant &a, const QVariant &b);
// Links `ids` to a new location named `name` (a draft, to review).
QUndoCommand *linkNewLocation(CatalogEditor *editor, const QList<qint64> &ids, const QString &name);
// Links the catalogued files at `paths` (files, or every file under a folder) to a location:
// what files dropped on a location become once they are imported.
QUndoCommand *linkPathsToLocation(CatalogEditor *editor, const QByteArrayList &paths, qint64 locationId);

// Tags (add) or untags `ids` with the tag at `path`; a tag that does not exist yet is created.
QUndoCommand *tagAssets(CatalogEditor *editor, const QList<qint64> &ids, const QString &path, bool add);

// The tag tree.
QUndoCommand *createTag(CatalogEditor *editor, const QString &path);
QUndoCommand *renameTag(CatalogEditor *editor, qint64 id, const QString &oldName, const QString &name);
QUndoCommand *moveTag(CatalogEditor *editor, qint64 id, std::optional<qint64> parentId, const QString &name);
QUndoCommand *mergeTag(CatalogEditor *editor, qint64 source, qint64 target, const QString &sourcePath,
                       const QString &targetPath);
QUndoCommand *removeTag(CatalogEditor *editor, qint64 id, const QString &path);

// Removes assets from the catalog: their records, tags and links, never their files.
QUndoCommand *removeAssets(CatalogEditor *editor, const QList<qint64> &ids);

// Makes `poster` (made by a PosterMaker) the poster of clip `id` and of its copies; undo puts
// back the one it had. fieldsChanged("poster", {id: contentHash}) follows each.
QUndoCommand *setPoster(CatalogEditor *editor, qint64 id, const QString &contentHash,
                        const PosterRecord &poster);
// Saved searches.
QUndoCommand *addSavedSearch(CatalogEditor *editor, const QString &name, const QString &query,
                             const QString &sort);
QUndoCommand *renameSavedSearch(CatalogEditor *editor, qint64 id, const QString &oldName,
                                const QString &name);
QUndoCommand *removeSavedSearch(CatalogEditor *editor, qint64 id, const QString &name);

// This machine finds the catalog's folder `catalogRoot` (a volume's mount path as the catalog
// spells it) at `localRoot`, or where the catalog says when it is empty; undo puts back
// `before` (likewise). Every session of the catalog in this process reads the mappings again.
QUndoCommand *mapFolder(CatalogEditor *editor, const QString &catalogRoot, const QString &localRoot,
                        const QString &before);

// Locations, facilities and experts. `saved` runs on the GUI thread with the record's id once
// it is committed (a new record learns its id there), and the updated_at it was saved with (the
// next save's `before` has it); `failed` when it could not be written. A record someone else saved since
// `before` was read (its updated_at differs) is not overwritten: the save fails, and `changedMeanwhile` gets
// their version (then the window shows no failure of its own). To save over it, save again with their version
// as `before`.
QUndoCommand *saveRecord(CatalogEditor *editor, RecordKind kind, const QJsonObject &before,
                         const QJsonObject &after,
                         std::function<void(qint64 id, const QString &savedAt)> saved = {},
                         std::function<void(const QString &error)> failed = {},
                         std::function<void(const QJsonObject &theirs)> changedMeanwhile = {});
QUndoCommand *removeRecord(CatalogEditor *editor, RecordKind kind, qint64 id, const QString &name);
// Imports the rows of a checked preview, all or none; undo takes the new records away and puts
// the updated ones back as they were.
QUndoCommand *importRecords(CatalogEditor *editor, const RecordExchange::Preview &preview,
                            const QString &fileName,
                            std::function<void(bool ok, const QString &error)> done = {});

// A production with its candidates, experts and clips, saved whole; undo saves it as it was.
// As saveRecord: `saved` learns the id and the updated_at it was saved with; a production someone
// else saved since `before` was read is not overwritten, and `changedMeanwhile` gets theirs.
QUndoCommand *saveProduction(CatalogEditor *editor, const QJsonObject &before, const QJsonObject &after,
                             std::function<void(qint64 id, const QString &savedAt)> saved = {},
                             std::function<void(const QString &error)> failed = {},
                             std::function<void(const QJsonObject &theirs)> changedMeanwhile = {});
QUndoCommand *removeProduction(CatalogEditor *editor, qint64 id, const QString &title);

} // namespace EditCommands
