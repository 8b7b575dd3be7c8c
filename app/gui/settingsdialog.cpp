#include "settingsdialog.h"

#include "appsettings.h"
#include "catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    const AppSettings settings;
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_initialLanguage = settings.language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    form->addRow(tr("Language"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies when ReelAtlas starts again."), this);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageNote);

    m_workers = new QSpinBox(this);
    m_workers->setRange(1, 64);
    m_workers->setValue(settings.workerCount());
    m_workers->setToolTip(tr("Files read at once while importing; this computer has %n processor core(s).",
                             nullptr, QThread::idealThreadCount()));
    form->addRow(tr("Import workers"), m_workers);

    m_analyze = new QCheckBox(tr("Find shots, people and copies in the background"), this);
    m_analyze->setObjectName(u"analyzeInBackground"_s);
    m_analyze->setChecked(settings.analyzeInBackground());
    m_analyze->setToolTip(tr("After an import and when ReelAtlas starts, pictures not yet analysed are "
                             "looked at, at low priority. Library > Analyse Pictures does it on request."));
    form->addRow(tr("Analysis"), m_analyze);

    auto *thumbnails = new QHBoxLayout;
    m_thumbnails = new QSlider(Qt::Horizontal, this);
    m_thumbnails->setRange(128, 384);
    m_thumbnails->setSingleStep(16);
    m_thumbnails->setValue(settings.thumbnailSize());
    m_thumbnailLabel = new QLabel(this);
    m_thumbnailLabel->setMinimumWidth(m_thumbnailLabel->fontMetrics().horizontalAdvance(u"000 px"_s));
    const auto showSize = [this](int value) { m_thumbnailLabel->setText(tr("%1 px").arg(value)); };
    showSize(m_thumbnails->value());
    connect(m_thumbnails, &QSlider::valueChanged, this, showSize);
    thumbnails->addWidget(m_thumbnails, 1);
    thumbnails->addWidget(m_thumbnailLabel);
    form->addRow(tr("Thumbnail size"), thumbnails);

    auto *catalog = new QHBoxLayout;
    m_catalog = new QLineEdit(QDir::toNativeSeparators(settings.defaultCatalog()), this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Default Catalog"), m_catalog->text());
        if (!folder.isEmpty())
            m_catalog->setText(QDir::toNativeSeparators(folder));
    });
    auto *reset = new QPushButton(tr("Standard"), this);
    reset->setToolTip(QDir::toNativeSeparators(Catalog::defaultFolder()));
    connect(reset, &QPushButton::clicked, this,
            [this] { m_catalog->setText(QDir::toNativeSeparators(Catalog::defaultFolder())); });
    catalog->addWidget(m_catalog, 1);
    catalog->addWidget(browse);
    catalog->addWidget(reset);
    form->addRow(tr("Default catalog"), catalog);

    auto *clearRecent = new QPushButton(tr("Clear the List of Recent Catalogs"), this);
    clearRecent->setEnabled(!settings.recentCatalogs().isEmpty());
    connect(clearRecent, &QPushButton::clicked, this, [this, clearRecent] {
        m_clearRecent = true;
        clearRecent->setEnabled(false);
    });
    form->addRow(tr("Recent catalogs"), clearRecent);

    auto *tiles = new QHBoxLayout;
    m_mapTiles = new QLineEdit(QDir::toNativeSeparators(settings.mapTiles()), this);
    m_mapTiles->setObjectName(u"mapTiles"_s);
    m_mapTiles->setPlaceholderText(tr("None: the bundled world map"));
    m_mapTiles->setToolTip(
        tr("An MBTiles file of raster map tiles (the standard offline-map format); maps draw "
           "them under the pins, without internet"));
    auto *chooseTiles = new QPushButton(tr("Choose…"), this);
    connect(chooseTiles, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Offline Map Tiles"), m_mapTiles->text(),
                                                          tr("MBTiles (*.mbtiles);;All files (*)"));
        if (!file.isEmpty())
            m_mapTiles->setText(QDir::toNativeSeparators(file));
    });
    tiles->addWidget(m_mapTiles, 1);
    tiles->addWidget(chooseTiles);
    form->addRow(tr("Offline map tiles"), tiles);
    m_office = new QLineEdit(settings.officeName(), this);
    m_office->setObjectName(u"officeName"_s);
    m_office->setPlaceholderText(tr("e.g. 青岛市电影局协拍服务中心"));
    m_office->setToolTip(tr("Who sends the scout packages: printed on their cover and pages"));
    form->addRow(tr("Office name"), m_office);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool SettingsDialog::save()
{
    AppSettings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setWorkerCount(m_workers->value());
    settings.setAnalyzeInBackground(m_analyze->isChecked());
    settings.setThumbnailSize(m_thumbnails->value());
    settings.setDefaultCatalog(QDir::fromNativeSeparators(m_catalog->text().trimmed()));
    if (m_clearRecent)
        settings.clearRecentCatalogs();
    settings.setMapTiles(QDir::fromNativeSeparators(m_mapTiles->text().trimmed()));
    settings.setOfficeName(m_office->text().trimmed());
    return m_language->currentData().toString() != m_initialLanguage;
}
