#pragma once

// The inspector: the large poster and every fact of the selected clip or photo, and the user
// facts to edit — title, description, tags, the controlled vocabulary (shot size, time of day,
// season, weather, camera movement, speed), rights holder, licence and expiry, location link.
// With several assets selected, edits apply to all of them (batch tagging).
//
// The inspector never writes: it says what the user changed (fieldEdited, tagToggled, ...) and
// the window turns that into an undoable command. Text is saved when the editor loses focus,
// on Enter, and after a moment without typing, so nothing typed is lost.
//
// Threading: GUI thread.

#include "catalogreader.h"
#include "posterloader.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class FlowLayout;
class QComboBox;
class QDateEdit;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QToolButton;
class QCompleter;
class QStringListModel;

class Inspector final : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(const QString &catalogFolder, QWidget *parent = nullptr);
    ~Inspector() override;

    // The selection: `ids` (all selected), the facts of the first ones (`assets`) and what all of
    // them share (`summary`), read by the CatalogReader; without a summary, what `assets` share.
    // An empty list shows nothing selected.
    void setAssets(const QList<qint64> &ids, const QList<QJsonObject> &assets,
                   const SelectionSummary &summary = {});
    QList<qint64> ids() const { return m_ids; }
    // For someone who may only read (a viewer of a shared catalog): the fields are shown, not
    // edited; tags are listed, not added or taken away.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The tags (for the vocabulary, completion and English names) and locations.
    void setCatalogData(const SidebarData &data);
    // `value` of field `column` as the inspector shows it (a location by its name).
    QString valueText(const QString &column, const QVariant &value) const;
    // A field was saved (maybe by undo): show it when it concerns what is shown.
    void applyFields(const QString &column, const QHash<qint64, QVariant> &values);
    // The poster of the content `hash` was made again: show the new one.
    void posterChanged(const QString &hash);
    // Saves what is being typed now.
    void commitPending();
    // Puts the cursor in the "add tag" box.
    void focusTagEditor();

    // The time-of-day tag the light where and when `asset` was filmed suggests ("时段/黄金时刻"),
    // or "" when it has one of its own, or no light is known. Day is told apart by local solar
    // time: before 8 dawn, before 11 morning, before 13 midday, else afternoon.
    static QString suggestedTimeOfDay(const QJsonObject &asset);
    // The weather tag the picture's look suggests (sunny "天气/晴", overcast "天气/阴", fog
    // "天气/雾", snow "天气/雪"), or "" when it has a weather of its own or looks like none.
    static QString suggestedWeather(const QJsonObject &asset);

Q_SIGNALS:
    // `shown`: the value all of `ids` had here (a null QVariant for none), or an invalid QVariant
    // when they differed or not all of them were read (EditCommands::setField checks it).
    void fieldEdited(const QList<qint64> &ids, const QString &column, const QVariant &value,
                     const QVariant &shown);
    void tagToggled(const QList<qint64> &ids, const QString &path, bool add);
    void newLocationRequested(const QList<qint64> &ids, const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void rebuildTags();
    void rebuildVocabulary();
    void rebuildFacts();
    void rebuildLocations();
    void showPoster();
    // Whether m_poster is now settled (shown from the cache, or known to be missing).
    bool askForPoster(const QString &hash, PosterLoader::Kind kind);
    bool takePoster(const QString &hash, PosterLoader::Kind kind, const QImage &image);
    void onPosterLoaded(const QString &hash, PosterLoader::Kind kind, const QImage &image);
    // The value of `key` when every selected asset has the same one, else nullopt.
    std::optional<QJsonValue> common(const QString &key) const;
    // common(), for the whole selection (fieldEdited's `shown`).
    QVariant shownValue(const QString &key) const;
    // How many of the selection have each tag (by path), and of how many.
    QMap<QString, int> tagCounts(int &total) const;
    void editText(const QString &column, const QString &text);
    void addTagFromEditor();
    QString displayPath(const QString &path) const;

    std::shared_ptr<PosterLoader> m_loader; // the catalog's, shared with the grid
    QList<qint64> m_ids;
    QList<QJsonObject> m_assets;
    bool m_readOnly = false;
    SelectionSummary m_summary;
    SidebarData m_data;
    QHash<QString, QString> m_englishPaths; // tag path -> English path
    QString m_posterHash;
    QImage m_poster;
    bool m_posterMissing = false;
    bool m_updating = false;

    QLabel *m_picture;
    QLabel *m_name;
    QLabel *m_path;
    QLabel *m_selection;
    QWidget *m_editors;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QWidget *m_tagBox;
    FlowLayout *m_tagChips;
    QLineEdit *m_tagEditor;
    QCompleter *m_tagCompleter;
    QStringListModel *m_tagPaths;
    QWidget *m_vocabularyBox;
    QFormLayout *m_vocabulary;
    QLineEdit *m_rightsHolder;
    QComboBox *m_licence;
    QCheckBox *m_expires;
    QDateEdit *m_expiry;
    QLabel *m_expired;
    QComboBox *m_location;
    QWidget *m_factsBox;
    QFormLayout *m_facts;
    QTimer *m_autosave;
};
