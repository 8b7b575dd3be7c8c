#pragma once

// Settings: interface language (after a restart), worker processes for imports, thumbnail
// size, the default catalog, the list of recent catalogs, the offline map tiles (MBTiles) and
// the office's name on scout packages.
//
// Threading: GUI thread.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QCheckBox;
class QSpinBox;
class QSlider;
class QLabel;

class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Saves what was chosen. True when the language changed (it applies after a restart).
    bool save();

private:
    QComboBox *m_language;
    QSpinBox *m_workers;
    QCheckBox *m_analyze;
    QSlider *m_thumbnails;
    QLabel *m_thumbnailLabel;
    QLineEdit *m_catalog;
    QLineEdit *m_mapTiles;
    QLineEdit *m_office;
    QString m_initialLanguage;
    bool m_clearRecent = false;
};
