#pragma once

// The asset fields of spec/cli.md and how they map to catalog columns. One table serves the
// writer (which columns hold facts) and every reader (JSON for show/export, CSV).

#include <QJsonObject>
#include <QSqlRecord>
#include <QStringList>

namespace AssetFields {

// Columns the ingest pipeline owns: written on every (re)processing, NULL when a fact is missing.
const QStringList &factColumns();
const QStringList &derivedColumns();

// The SELECT list that assetJson() reads (qualified with alias "a").
QString selectList();

// One asset as spec/cli.md describes it, plus the extra fields ReelAtlas adds. Missing facts are
// null. `tags` are the asset's tag paths.
QJsonObject toJson(const QSqlRecord &record, const QStringList &tags);

// Flat columns for CSV: the JSON fields with gps and format_class split and lists joined.
const QStringList &csvHeader();
QStringList toCsvRow(const QJsonObject &asset);

} // namespace AssetFields
