#pragma once

// Productions' requests as a page of the main window: the productions on the left; on the right
// the selected one — title, producer, dates, what it needs, where its base is — with its
// candidate locations (status, notes, distance from the base, on a map), the experts suggested
// and the reference clips, and "Export Scout Package…" that writes the PDF in the background.
// Changes are saved as undoable commands.
//
// Threading: GUI thread.

#include "recordreader.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class CatalogEditor;
class MapView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

class ProductionsPage final : public QWidget
{
    Q_OBJECT

public:
    ProductionsPage(const QString &catalogFolder, CatalogEditor *editor, QUndoStack *undo,
                    QWidget *parent = nullptr);
    ~ProductionsPage() override;

    void refresh();
    void selectProduction(qint64 id);
    qint64 currentId() const { return m_shownId; }
    void newProduction();
    // For someone who may only read (a viewer of a shared catalog): productions are shown and
    // their scout packages exported, never changed.
    void setReadOnly(bool readOnly);
    // Adds locations (by id) to the production shown, or asks which one.
    void addCandidates(const QList<qint64> &locationIds);
    // Adds them to a production the user picks (or a new one, when there is none yet).
    void addCandidatesAsking(const QList<qint64> &locationIds);
    void addClips(const QList<qint64> &assetIds);
    // Writes the package of the production shown to `path` (asks where when empty).
    void exportPackage(const QString &path = {}, bool chinese = true);
    bool saveEditor();
    bool isDirty() const { return m_dirty; }
    // Who sends the packages (printed on them).
    void setOfficeName(const QString &name) { m_office = name; }
    // The production as the form holds it.
    QJsonObject production() const;

    // Seams for tests: where to write the package, and which locations/experts to add.
    static std::function<QString(QWidget *, const QString &name)> &packagePathChooser();
    static std::function<QList<qint64>(QWidget *, RecordKind kind, const QString &catalogFolder)> &
    recordPicker();

Q_SIGNALS:
    void productionShown(const ProductionDetails &details);
    void packageWritten(const QString &path, int pages, const QString &error);
    void message(const QString &text);
    void linkSelectionRequested(); // the clips selected in the library

private:
    bool m_readOnly = false;
    void onProductionsLoaded(const QList<ProductionStore::Summary> &productions);
    void onProductionLoaded(const ProductionDetails &details);
    void fill(const ProductionDetails &details);
    void fillCandidates();
    void setDirty(bool dirty);
    void updateMap();
    // Checks and saves the production as an undoable command; false (shown) when it is not valid.
    bool saveWhole(const QJsonObject &before, const QJsonObject &after);
    // Someone else saved the production while `mine` was being edited here: shows what differs
    // and saves mine over theirs, or shows theirs.
    void onChangedMeanwhile(const QJsonObject &mine, const QJsonObject &theirs);

    const QString m_folder;
    QPointer<CatalogEditor> m_catalogEditor;
    QPointer<QUndoStack> m_undo;
    RecordReader *m_reader;
    QListWidget *m_list;
    QWidget *m_form;
    QLabel *m_empty;
    QLineEdit *m_title;
    QLineEdit *m_titleEn;
    QLineEdit *m_producer;
    QLineEdit *m_company;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QPlainTextEdit *m_needs;
    QLineEdit *m_baseAddress;
    QLineEdit *m_base;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QTableWidget *m_candidates;
    QTableWidget *m_experts;
    QLabel *m_clips;
    MapView *m_map;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QComboBox *m_packageLanguage;
    QPushButton *m_packageButton;

    qint64 m_shownId = 0;
    qint64 m_wantedId = 0;
    bool m_dirty = false;
    bool m_filling = false;
    bool m_adding = false; // a new production not saved yet
    QJsonObject m_original;
    QList<RecordStore::Summary> m_candidateRows; // summaries of the candidates in the table
    QList<RecordStore::Summary> m_expertRows;
    QList<qint64> m_assetIds;
    QString m_office;
    // Locations to add once the chosen production is shown (0: a new one, when it is saved).
    qint64 m_pendingProduction = -1;
    QList<qint64> m_pendingCandidates;
};
