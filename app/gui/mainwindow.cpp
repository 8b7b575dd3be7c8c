#include "mainwindow.h"

#include "assetlistmodel.h"
#include "assettiledelegate.h"
#include "importcontroller.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const QString &catalogFolder, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogFolder(catalogFolder)
    , m_model(new AssetListModel(this))
    , m_delegate(new AssetTileDelegate(this))
    , m_import(new ImportController(this))
{
    setWindowTitle(tr("ReelAtlas — %1").arg(QDir::toNativeSeparators(catalogFolder)));
    setAcceptDrops(true);
    resize(1280, 800);

    // Actions
    m_addFolderAction = new QAction(tr("&Add Folder…"), this);
    m_addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_addFolderAction->setToolTip(
        tr("Find the clips and photos in a folder and add them to the library (Ctrl+I)"));
    connect(m_addFolderAction, &QAction::triggered, this, &MainWindow::addFolder);
    auto *refreshAction = new QAction(tr("&Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, m_model, &AssetListModel::reload);
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_addFolderAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(refreshAction);

    QToolBar *toolBar = addToolBar(tr("Library"));
    toolBar->setObjectName(u"libraryToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_addFolderAction);
    toolBar->addAction(refreshAction);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(new QLabel(tr("Size"), toolBar));
    m_sizeSlider = new QSlider(Qt::Horizontal, toolBar);
    m_sizeSlider->setRange(128, 384);
    m_sizeSlider->setValue(m_delegate->posterWidth());
    m_sizeSlider->setFixedWidth(140);
    m_sizeSlider->setToolTip(tr("Thumbnail size"));
    toolBar->addWidget(m_sizeSlider);

    // The grid
    m_grid = new QListView(this);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setMouseTracking(true);
    m_grid->setSpacing(4);
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setFrameShape(QFrame::NoFrame);
    connect(m_sizeSlider, &QSlider::valueChanged, this, [this](int width) {
        m_delegate->setPosterWidth(width);
        m_grid->doItemsLayout(); // uniform item sizes: the new size applies to every tile
    });

    // The empty library
    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("Opening the catalog…"));
    auto *emptyButton = new QPushButton(tr("Add Folder…"), emptyPage);
    emptyButton->setDefault(true);
    connect(emptyButton, &QPushButton::clicked, this, &MainWindow::addFolder);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(emptyPage);
    m_pages->addWidget(m_grid);
    setCentralWidget(m_pages);

    // Status bar: count, import progress, cancel
    m_countLabel = new QLabel(this);
    m_importLabel = new QLabel(this);
    m_importProgress = new QProgressBar(this);
    m_importProgress->setMaximumWidth(220);
    m_importProgress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(
        tr("Stop importing; what is done is kept, and adding the folder again resumes"));
    connect(m_cancelButton, &QToolButton::clicked, m_import, &ImportController::cancel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_importLabel->hide();
    m_importProgress->hide();
    m_cancelButton->hide();

    connect(m_model, &AssetListModel::loaded, this, &MainWindow::onLoaded);
    connect(m_model, &AssetListModel::loadFailed, this, [this](const QString &error) {
        m_pages->setCurrentIndex(0);
        m_emptyLabel->setText(tr("The catalog %1 cannot be opened:\n%2").arg(m_catalogFolder, error));
        m_addFolderAction->setEnabled(false);
    });
    connect(m_import, &ImportController::progressed, this, &MainWindow::onImportProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    m_model->setCatalog(catalogFolder);
}

MainWindow::~MainWindow() = default;

void MainWindow::onLoaded(int count)
{
    m_countLabel->setText(tr("%n clip(s) and photo(s)", nullptr, count));
    if (count == 0) {
        m_emptyLabel->setText(tr("<h2>The library is empty</h2><p>Add a folder of clips and photos, or drop "
                                 "folders on this window. ReelAtlas finds every clip and photo inside, reads "
                                 "its technical facts and makes posters and filmstrips.</p>"));
        m_pages->setCurrentIndex(0);
    } else {
        m_pages->setCurrentIndex(1);
    }
}

void MainWindow::addFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Add Folder to the Library"), QDir::homePath());
    if (!folder.isEmpty())
        importPaths({ folder });
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || m_import->isRunning())
        return;
    m_importLabel->setText(tr("Importing…"));
    m_importProgress->setRange(0, 0);
    m_importLabel->show();
    m_importProgress->show();
    m_cancelButton->show();
    m_addFolderAction->setEnabled(false);
    m_import->start(m_catalogFolder, paths);
}

void MainWindow::onImportProgress(const IngestProgress &progress)
{
    QString text = progress.scanning
        ? tr("Importing: %1 done, %2 found so far").arg(progress.done).arg(progress.found)
        : tr("Importing: %1 of %2").arg(progress.done).arg(progress.found);
    if (progress.filesPerSecond > 0)
        text += tr(", %1 files/s").arg(progress.filesPerSecond, 0, 'f', 1);
    if (progress.etaSeconds >= 0 && progress.done < progress.found)
        text += tr(", %1 left").arg(AssetTileDelegate::formatDuration(progress.etaSeconds));
    m_importLabel->setText(text);
    if (progress.scanning || progress.found == 0) {
        m_importProgress->setRange(0, 0);
    } else {
        m_importProgress->setRange(0, progress.found);
        m_importProgress->setValue(progress.done);
    }
}

void MainWindow::onImportFinished(const IngestSummary &summary)
{
    m_importProgress->hide();
    m_cancelButton->hide();
    m_addFolderAction->setEnabled(true);
    QString text;
    if (!summary.fatalError.isEmpty())
        text = tr("Import failed: %1").arg(summary.fatalError);
    else if (summary.cancelled)
        text = tr("Import stopped: %1 added, %2 failed. Add the folder again to resume.")
                   .arg(summary.added)
                   .arg(summary.failed);
    else
        text = tr("Import finished: %1 added, %2 updated, %3 unchanged, %4 moved, %5 failed")
                   .arg(summary.added)
                   .arg(summary.updated)
                   .arg(summary.unchanged)
                   .arg(summary.relinked)
                   .arg(summary.failed);
    m_importLabel->setText(text);
    m_model->reload();
    if (!summary.failures.isEmpty() || !summary.skips.isEmpty())
        showFailures(summary);
}

void MainWindow::showFailures(const IngestSummary &summary)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Files not imported"));
    dialog->resize(900, 420);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new QLabel(tr("These files could not be read or were skipped. Files that failed are in the "
                      "library, marked as failed, with the reason."),
                   dialog));
    auto *list = new QTreeWidget(dialog);
    list->setColumnCount(2);
    list->setHeaderLabels({ tr("File"), tr("Reason") });
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    for (const FileNote &note : summary.failures)
        list->addTopLevelItem(new QTreeWidgetItem({ note.path, note.reason }));
    for (const FileNote &note : summary.skips)
        list->addTopLevelItem(new QTreeWidgetItem({ note.path, tr("Skipped: %1").arg(note.reason) }));
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->setColumnWidth(0, 420);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !m_import->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_import->cancel(); // what is done is committed; the next import resumes
    event->accept();
}
