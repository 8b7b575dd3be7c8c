#pragma once

// The analysis pass in the background: after an import, and when the app starts, what is in the
// pictures not yet analysed (shots, people, copies) is found by the same isolated workers as
// `reelatlas-cli analyze`, at low priority. Its place in the status bar shows how far it is (count,
// rate, time left) with Pause and Cancel; it is hidden when there is nothing to do. Results are
// committed file by file, so a pass stopped by Pause, Cancel, closing the app or kill -9 goes on
// where it stopped the next time it runs.
//
// An import takes the workers first: hold() stops the pass, release() starts it again over what is
// left and what the import brought.
//
// Threading: GUI thread.

#include "ingestjob.h"

#include <QElapsedTimer>
#include <QWidget>

class IngestController;
class QLabel;
class QProgressBar;
class QToolButton;

class BackgroundAnalysis final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Stopping, Paused };
    Q_ENUM(State)

    explicit BackgroundAnalysis(const QString &catalogFolder, QWidget *parent = nullptr);
    ~BackgroundAnalysis() override;

    State state() const { return m_state; }
    // Looks for pictures to analyse and analyses them, unless paused, held by an import, or (when
    // not `requested` by a person) the settings turn background analysis off. While a pass runs,
    // another follows it, for what arrived since it began.
    void start(bool requested = false);
    void pause();
    void resume();
    void cancel();
    void hold();
    void release();
    // The status line's text (tests, the screenshots).
    QString statusText() const;

Q_SIGNALS:
    void stateChanged(BackgroundAnalysis::State state);
    // Analyses were saved: the window shows them (at most every few seconds, and at the end).
    void analysed();
    void finished(const IngestSummary &summary);

private:
    enum class Stop { None, Pause, Cancel, Hold };

    void run();
    void onProgress(const IngestProgress &progress);
    void onFinished(const IngestSummary &summary);
    void setState(State state);

    const QString m_catalogFolder;
    IngestController *m_controller;
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_pause;
    QToolButton *m_cancel;
    State m_state = State::Idle;
    Stop m_stop = Stop::None;
    bool m_held = false;
    bool m_again = false; // start another pass when this one ends
    int m_doneBefore = 0; // by earlier passes of this session, for the count shown
    int m_lastDone = 0;
    IngestProgress m_progress;
    QElapsedTimer m_sinceShown;
};
