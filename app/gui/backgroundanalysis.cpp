#include "backgroundanalysis.h"

#include "appsettings.h"
#include "importpanel.h"
#include "ingestcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// A file waits for the processor behind everything else, so it is given longer than in an import.
constexpr int kBackgroundTimeoutMs = 240'000;
// The window shows new results at most this often while the pass runs.
constexpr int kShowEveryMs = 10'000;
// How long the last word of a finished pass stays in the status bar.
constexpr int kFinishedShownMs = 10'000;

} // namespace

BackgroundAnalysis::BackgroundAnalysis(const QString &catalogFolder, QWidget *parent)
    : QWidget(parent)
    , m_catalogFolder(catalogFolder)
    , m_controller(new IngestController(u"Analysis"_s, this))
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_pause(new QToolButton(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"backgroundAnalysis"_s);
    m_text->setObjectName(u"analysisStatus"_s);
    m_pause->setObjectName(u"analysisPause"_s);
    m_cancel->setObjectName(u"analysisCancel"_s);
    setToolTip(tr("What is in the pictures (shots, people, copies) is found in the background, at low "
                  "priority. It goes on where it stopped when ReelAtlas starts again."));
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(14);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop analysing; what is done is kept, and the rest is analysed when "
                            "ReelAtlas starts again or after the next import"));
    m_cancel->setAutoRaise(true);
    m_pause->setAutoRaise(true);
    connect(m_pause, &QToolButton::clicked, this, [this] {
        if (m_state == State::Paused)
            resume();
        else
            pause();
    });
    connect(m_cancel, &QToolButton::clicked, this, &BackgroundAnalysis::cancel);
    connect(m_controller, &IngestController::progressed, this, &BackgroundAnalysis::onProgress);
    connect(m_controller, &IngestController::finished, this, &BackgroundAnalysis::onFinished);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_pause);
    layout->addWidget(m_cancel);
    setState(State::Idle);
    hide();
}

BackgroundAnalysis::~BackgroundAnalysis() = default;

void BackgroundAnalysis::start(bool requested)
{
    if (!requested && !AppSettings().analyzeInBackground())
        return;
    switch (m_state) {
    case State::Paused:
        if (requested)
            resume();
        return;
    case State::Running:
        m_again = true; // for what arrived since this pass began
        return;
    case State::Stopping:
        if (m_stop == Stop::Hold)
            m_again = true;
        return;
    case State::Idle:
        if (m_held)
            m_again = true;
        else
            run();
        return;
    }
}

void BackgroundAnalysis::run()
{
    IngestOptions options;
    options.catalogFolder = m_catalogFolder;
    options.jobs = AppSettings().workerCount();
    options.timeoutMs = kBackgroundTimeoutMs;
    options.analyze = true;
    options.analyzeOnly = true;
    options.background = true;
    m_stop = Stop::None;
    m_again = false;
    m_progress = IngestProgress();
    m_lastDone = 0;
    m_sinceShown.start();
    setState(State::Running);
    m_text->setText(tr("Looking for pictures to analyse…"));
    m_bar->setRange(0, 0);
    m_controller->start(options);
}

void BackgroundAnalysis::pause()
{
    if (m_state != State::Running)
        return;
    m_stop = Stop::Pause;
    m_again = false;
    setState(State::Stopping);
    m_text->setText(tr("Pausing when the files under way are done…"));
    m_controller->cancel();
}

void BackgroundAnalysis::resume()
{
    if (m_state == State::Paused && !m_held)
        run();
}

void BackgroundAnalysis::cancel()
{
    m_again = false;
    if (m_state == State::Paused) {
        setState(State::Idle);
        hide();
        return;
    }
    if (m_state != State::Running)
        return;
    m_stop = Stop::Cancel;
    setState(State::Stopping);
    m_text->setText(tr("Stopping when the files under way are done…"));
    m_controller->cancel();
}

void BackgroundAnalysis::hold()
{
    m_held = true;
    if (m_state != State::Running)
        return;
    m_stop = Stop::Hold;
    m_again = true; // what is left is taken up again on release()
    setState(State::Stopping);
    m_text->setText(tr("Analysis waits for the import"));
    m_controller->cancel();
}

void BackgroundAnalysis::release()
{
    m_held = false;
    start();
}

QString BackgroundAnalysis::statusText() const
{
    return m_text->text();
}

void BackgroundAnalysis::onProgress(const IngestProgress &progress)
{
    if (m_state != State::Running)
        return;
    m_progress = progress;
    if (progress.found == 0)
        return; // nothing to do (yet): nothing shown
    QStringList parts { tr("Analysing pictures: %1 of %2").arg(progress.done).arg(progress.found) };
    parts += ImportPanel::pace(progress);
    if (progress.failed > 0)
        parts.append(tr("%n could not be analysed", nullptr, progress.failed));
    m_text->setText(parts.join(u"  ·  "_s));
    m_bar->setRange(0, progress.found);
    m_bar->setValue(progress.done);
    show();
    if (progress.done > m_lastDone && m_sinceShown.elapsed() >= kShowEveryMs) {
        m_lastDone = progress.done;
        m_sinceShown.restart();
        Q_EMIT analysed();
    }
}

void BackgroundAnalysis::onFinished(const IngestSummary &summary)
{
    if (summary.analyzed + summary.analysisFailed > 0)
        Q_EMIT analysed();
    const Stop stop = m_stop;
    m_stop = Stop::None;
    if (!summary.fatalError.isEmpty()) {
        setState(State::Idle);
        m_again = false;
        m_text->setText(tr("Analysis stopped: %1").arg(summary.fatalError));
        show();
        Q_EMIT finished(summary);
        return;
    }
    if (stop == Stop::Pause) {
        setState(State::Paused);
        m_text->setText(tr("Analysis paused: %1 of %2 done").arg(m_progress.done).arg(m_progress.found));
        m_bar->setRange(0, std::max(1, m_progress.found));
        m_bar->setValue(m_progress.done);
        show();
        Q_EMIT finished(summary);
        return;
    }
    setState(State::Idle);
    if (m_again && !m_held) {
        run();
    } else if (stop == Stop::None && summary.analyzed + summary.analysisFailed > 0) {
        m_text->setText(
            summary.analysisFailed > 0
                ? tr("%n picture(s) analysed, %1 could not be (see the inspector)", nullptr, summary.analyzed)
                      .arg(summary.analysisFailed)
                : tr("%n picture(s) analysed", nullptr, summary.analyzed));
        m_bar->hide();
        QTimer::singleShot(kFinishedShownMs, this, [this] {
            if (m_state == State::Idle)
                hide();
        });
    } else {
        hide();
    }
    Q_EMIT finished(summary);
}

void BackgroundAnalysis::setState(State state)
{
    m_state = state;
    m_bar->setVisible(state != State::Idle);
    m_pause->setVisible(state == State::Running || state == State::Paused);
    m_cancel->setVisible(state == State::Running || state == State::Paused);
    m_pause->setText(state == State::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(state == State::Paused ? tr("Go on analysing")
                                               : tr("Stop for now, after the files under way"));
    Q_EMIT stateChanged(state);
}
