#pragma once

// A clip's shots as editing programs and spreadsheets read them:
//  - an EDL in the CMX 3600 layout (the one every editor imports: Premiere Pro, DaVinci
//    Resolve, Final Cut Pro through its importers, Avid): one event per shot, a cut from the
//    clip's own source timecode, recorded back to back from 01:00:00:00, with the file named
//    in a "* FROM CLIP NAME:" comment (as Resolve and Premiere write and read it);
//  - CSV: number, start and end in seconds and as timecode, length, how the shot begins, the
//    most people seen, its colours.
// Timecode is non-drop-frame at the clip's rounded frame rate (23.976 counts as 24, 29.97 as 30),
// starting at the clip's own start timecode when it has one.
//
// Threading: pure functions.

#include "assetrecords.h"

#include <QByteArray>
#include <QString>

namespace ShotList {

struct Clip
{
    QString fileName; // for the EDL's comments and title
    double fps = 25;
    QString startTimecode; // "HH:MM:SS:FF" (or with ';'), empty: 00:00:00:00
};

// "HH:MM:SS:FF" of `seconds` after `start` at `fps` (rounded to whole frames per second).
QString timecode(double seconds, double fps, const QString &start = {});
QByteArray edl(const Clip &clip, const QList<ShotRecord> &shots);
QByteArray csv(const Clip &clip, const QList<ShotRecord> &shots);

} // namespace ShotList
