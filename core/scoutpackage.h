#pragma once

// A production's scout package (勘景资料包) as PDF, written with Qt's own PDF writer: what a film
// commission sends a producer. A cover with the request and an overview map of the candidates
// and the production's base; a page (or more) per candidate location with its photos, key
// facts, a map inset and the distance from the base, its description, the office's notes for
// this production and the contacts that are not confidential; the experts suggested (only those
// who consented to publication, without confidential contacts); the reference clips chosen.
// In Chinese or English, whatever the program's own language.
//
// Threading: any thread with its own catalog session; needs a Q(Gui)Application for fonts.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class CatalogSession;

namespace ScoutPackage {

struct Options
{
    qint64 productionId = 0;
    bool chinese = true;
    bool includeRejected = false;
    QString mbtilesFile; // maps over these tiles when given
    QString office; // who sends it (the catalog's office name when empty)
};

// Writes the package to `path`; the number of pages, or nullopt with a reason. `notes` gets
// what the sender should know (a candidate not yet public, an expert left out for lack of consent).
std::optional<int> write(CatalogSession &session, const Options &options, const QString &path, QString &error,
                         QStringList *notes = nullptr);

} // namespace ScoutPackage
