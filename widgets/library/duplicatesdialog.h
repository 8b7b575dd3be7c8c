#pragma once

// The Duplicates window (Library > Find Duplicates…): the groups of copies the analysis found —
// the same photo resized, re-encoded or saved as PNG, the same clip re-encoded or trimmed — each
// shown side by side with its facts. Staff choose the one to keep (the largest picture is chosen
// to begin with) and remove the others from the catalog; files are never deleted, and the
// removal is undone with Ctrl+Z in the main window.
//
// Threading: GUI thread; the groups are read by the CatalogReader.

#include "catalogreader.h"
#include "posterloader.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;

class DuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(const QString &catalogFolder, CatalogReader *reader, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // Reads the groups again (after the catalog changed).
    void reload();
    int groupCount() const;
    // The group shown, and the asset chosen to keep in it (tests).
    int currentGroup() const;
    qint64 keptId() const;
    void keep(qint64 id);

    // The asset of a group a person would keep: the most pixels, then the largest file, then
    // the one catalogued first.
    static qint64 bestOf(const QList<QJsonObject> &group);

Q_SIGNALS:
    // Remove these assets from the catalog (the others of a group than the one kept).
    void removeRequested(const QList<qint64> &ids);
    // Show these assets in the library's grid.
    void showRequested(const QList<qint64> &ids);
    // The groups are shown (tests).
    void loaded();

private:
    void onLoaded(const DuplicateGroups &duplicates);
    void showGroup(int row);
    void removeOthers();
    QList<qint64> othersThanKept() const;

    CatalogReader *m_reader;
    std::shared_ptr<PosterLoader> m_posters; // the catalog's, shared with the library
    QLabel *m_summary;
    QListWidget *m_groups;
    QScrollArea *m_members;
    QButtonGroup *m_keep = nullptr;
    QHash<QAbstractButton *, qint64> m_keepIds;
    QPushButton *m_remove;
    QPushButton *m_show;
    QList<QList<QJsonObject>> m_data;
    QHash<QString, QList<QLabel *>> m_posterLabels; // by content hash
};
