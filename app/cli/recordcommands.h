#pragma once

// reelatlas-cli's commands for the other collections and the scouting work:
//   locations | facilities | experts  list, show, add, set, remove, import, export, near, fields
//   productions                       list, show, add, set, remove, candidate, expert, clip
//   package export --production ID --out FILE.pdf

#include "commands.h"

int cmdLocations(const CliContext &context, const QStringList &arguments);
int cmdFacilities(const CliContext &context, const QStringList &arguments);
int cmdExperts(const CliContext &context, const QStringList &arguments);
int cmdProductions(const CliContext &context, const QStringList &arguments);
int cmdPackage(const CliContext &context, const QStringList &arguments);
