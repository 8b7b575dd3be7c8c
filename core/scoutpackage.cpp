#include "scoutpackage.h"

#include "assetstore.h"
#include "catalog.h"
#include "durationtext.h"
#include "geomap.h"
#include "productionstore.h"
#include "recordstore.h"
#include "thumbnailstore.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Strings of the package, translated into the package's language (not the program's).
const char *const kContext = "ScoutPackage";

constexpr double kDpi = 150; // A4 at 150 dpi: 1240 × 1754
constexpr double kMargin = 70;

QColor accent()
{
    return QColor(0x1f, 0x4e, 0x79);
}
QColor muted()
{
    return QColor(0x6b, 0x72, 0x80);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QImage cropped(const QImage &image, QSizeF target)
{
    if (image.isNull() || target.isEmpty())
        return {};
    const double want = target.width() / target.height();
    const double have = double(image.width()) / image.height();
    QRect source = image.rect();
    if (have > want)
        source = QRect((image.width() - int(image.height() * want)) / 2, 0, int(image.height() * want),
                       image.height());
    else
        source = QRect(0, (image.height() - int(image.width() / want)) / 2, image.width(),
                       int(image.width() / want));
    return image.copy(source).scaled(target.toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

class Writer
{
public:
    Writer(CatalogSession &session, const ScoutPackage::Options &options)
        : m_session(session)
        , m_options(options)
        , m_records(session.db())
    {
        if (options.chinese && !m_translator.load(u":/i18n/reelatlas_zh_CN.qm"_s))
            qWarning("the Chinese translation is missing: the package will be in English");
        m_categories = m_records.choices(RecordKind::Location).value(u"category"_s);
    }

    std::optional<int> write(const QString &path, QString &error, QStringList *notes)
    {
        const auto production = ProductionStore(m_session.db()).get(m_options.productionId);
        if (!production) {
            error = QCoreApplication::translate("ScoutPackage", "there is no production %1")
                        .arg(m_options.productionId);
            return std::nullopt;
        }
        m_production = *production;
        m_base = ProductionStore::base(m_production);
        if (!m_options.mbtilesFile.isEmpty()) {
            QString tileError;
            if (!m_tiles.open(m_options.mbtilesFile, tileError) && notes)
                notes->append(tileError);
        }
        // The candidates, in the production's order; rejected ones only when asked.
        for (const QJsonValue &item : m_production.value("candidates"_L1).toArray()) {
            const QJsonObject candidate = item.toObject();
            if (candidate.value("status"_L1).toString() == "rejected"_L1 && !m_options.includeRejected)
                continue;
            const auto record =
                m_records.get(RecordKind::Location, candidate.value("location_id"_L1).toInteger());
            if (!record)
                continue;
            if (notes && record->value("status"_L1).toString() != "public"_L1)
                notes->append(QCoreApplication::translate("ScoutPackage", "%1 is not marked public yet")
                                  .arg(RecordSchema::displayName(*record)));
            m_candidates.append({ RecordSchema::redacted(RecordKind::Location, *record), candidate });
        }
        m_office = m_options.office;
        if (m_office.isEmpty()) {
            m_office = Catalog::info(m_session.db(), u"office_name"_s);
        }
        if (m_office.isEmpty())
            m_office = u"ReelAtlas"_s;

        // Written beside its place and moved there whole: a failure leaves the old package.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            error = QCoreApplication::translate("ScoutPackage", "cannot write %1: %2")
                        .arg(path, file.errorString());
            return std::nullopt;
        }
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(int(kDpi));
        pdf.setTitle(t(QT_TRANSLATE_NOOP("ScoutPackage", "Location Scout Package")) + u" — "_s
                     + m_production.value("title"_L1).toString());
        pdf.setCreator(u"ReelAtlas"_s);
        m_pdf = &pdf;
        if (!m_painter.begin(&pdf)) {
            error = QCoreApplication::translate("ScoutPackage", "cannot write %1").arg(path);
            return std::nullopt;
        }
        m_page = QRectF(0, 0, pdf.width(), pdf.height());
        // WenQuanYi Micro Hei first: Qt's PDF writer maps glyphs back to text through the font's
        // character map, and Noto Sans CJK shares glyphs between radicals and ideographs (风 came
        // out as ⻛) and shapes digits to glyphs outside it (they vanished): a producer copying
        // an address from the package would get wrong text.
        m_font = QFont();
        m_font.setFamilies({ u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Noto Sans SC"_s,
                             u"Droid Sans Fallback"_s, u"Sans Serif"_s });
        m_font.setPointSizeF(10);
        m_painter.setFont(m_font);

        cover();
        for (qsizetype i = 0; i < m_candidates.size(); ++i)
            candidatePage(int(i));
        experts(notes);
        clips();
        footer();
        if (!m_painter.end() || file.size() == 0) {
            file.cancelWriting();
            error = QCoreApplication::translate("ScoutPackage", "cannot write %1").arg(path);
            return std::nullopt;
        }
        if (!file.commit()) {
            error = QCoreApplication::translate("ScoutPackage", "cannot write %1: %2")
                        .arg(path, file.errorString());
            return std::nullopt;
        }
        return m_pageNumber;
    }

private:
    struct Candidate
    {
        QJsonObject record;
        QJsonObject link; // status, notes
    };

    QString t(const char *source) const
    {
        const QString translated = m_options.chinese ? m_translator.translate(kContext, source) : QString();
        return translated.isEmpty() ? QString::fromUtf8(source) : translated;
    }
    QString translated(const char *context, const char *source) const
    {
        const QString text = m_options.chinese ? m_translator.translate(context, source) : QString();
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    }
    QString name(const QJsonObject &record) const
    {
        const QString zh = record.value("name_zh"_L1).toString(), en = record.value("name_en"_L1).toString();
        if (m_options.chinese)
            return !zh.isEmpty() ? zh : !en.isEmpty() ? en : RecordSchema::displayName(record);
        return !en.isEmpty() ? en : !zh.isEmpty() ? zh : RecordSchema::displayName(record);
    }
    QString otherName(const QJsonObject &record) const
    {
        const QString zh = record.value("name_zh"_L1).toString(), en = record.value("name_en"_L1).toString();
        const QString shown = name(record);
        return shown == zh ? en : shown == en ? zh : QString();
    }
    QString choiceName(const QList<RecordChoice> &choices, const QString &code) const
    {
        for (const RecordChoice &choice : choices) {
            if (choice.code == code)
                return m_options.chinese ? choice.nameZh : choice.nameEn;
        }
        return code;
    }
    QString statusName(const QString &status) const
    {
        static const char *const names[][2] = { { "proposed", QT_TRANSLATE_NOOP("ScoutPackage", "Proposed") },
                                                { "visited", QT_TRANSLATE_NOOP("ScoutPackage", "Visited") },
                                                { "chosen", QT_TRANSLATE_NOOP("ScoutPackage", "Chosen") },
                                                { "rejected",
                                                  QT_TRANSLATE_NOOP("ScoutPackage", "Rejected") } };
        for (const auto &entry : names) {
            if (status == QLatin1StringView(entry[0]))
                return t(entry[1]);
        }
        return status;
    }
    QString kilometres(double km) const
    {
        return t(QT_TRANSLATE_NOOP("ScoutPackage", "%1 km"))
            .arg(km < 10 ? QString::number(km, 'f', 1) : QString::number(qRound(km)));
    }
    std::optional<Geo::LatLon> position(const QJsonObject &record) const
    {
        if (!record.value("lat"_L1).isDouble() || !record.value("lon"_L1).isDouble())
            return std::nullopt;
        return Geo::LatLon { record.value("lat"_L1).toDouble(), record.value("lon"_L1).toDouble() };
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f = m_font;
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void newPage()
    {
        if (m_pageNumber > 0) {
            footer();
            m_pdf->newPage();
        }
        ++m_pageNumber;
        m_footerDrawn = false;
    }

    void footer()
    {
        if (m_footerDrawn || m_pageNumber == 0)
            return;
        m_footerDrawn = true;
        const double y = m_page.height() - kMargin + 14;
        m_painter.setPen(QPen(QColor(0xd1, 0xd5, 0xdb), 1.5));
        m_painter.drawLine(QPointF(kMargin, y), QPointF(m_page.width() - kMargin, y));
        m_painter.setPen(muted());
        m_painter.setFont(font(7.5));
        const QRectF box(kMargin, y + 6, m_page.width() - 2 * kMargin, 30);
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignTop,
                           m_production.value("title"_L1).toString() + u"  ·  "_s + m_office);
        m_painter.drawText(box, Qt::AlignRight | Qt::AlignTop,
                           t(QT_TRANSLATE_NOOP("ScoutPackage", "page %1")).arg(m_pageNumber));
    }

    // Draws `html` from `top` down, over as many pages as it needs; returns where it ended.
    double flow(const QString &html, double top)
    {
        QTextDocument document;
        document.documentLayout()->setPaintDevice(m_pdf);
        document.setDefaultFont(font(9.5));
        document.setDefaultStyleSheet(
            u"h3 { color: #1f4e79; margin-top: 14px; margin-bottom: 4px; } "
            "td.label { color: #6b7280; padding-right: 10px; } td { padding-bottom: 3px; } "
            "p.notes { background-color: #fff7e6; } .muted { color: #6b7280; }"_s);
        document.setHtml(html);
        const double width = m_page.width() - 2 * kMargin;
        document.setTextWidth(width);
        const double bottom = m_page.height() - kMargin;
        double offset = 0;
        const double total = document.size().height();
        while (offset < total) {
            double room = bottom - top;
            if (room < 120) {
                newPage();
                top = kMargin;
                room = bottom - top;
            }
            // Break between lines, not through them.
            double slice = std::min(room, total - offset);
            if (offset + slice < total) {
                const QTextBlock block = [&] {
                    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
                        const QRectF r = document.documentLayout()->blockBoundingRect(b);
                        if (r.bottom() > offset + slice)
                            return b;
                    }
                    return QTextBlock();
                }();
                if (block.isValid()) {
                    const QRectF r = document.documentLayout()->blockBoundingRect(block);
                    const QTextLayout *layout = block.layout();
                    double cut = r.top();
                    for (int i = 0; layout && i < layout->lineCount(); ++i) {
                        const double lineBottom = r.top() + layout->lineAt(i).rect().bottom();
                        if (lineBottom <= offset + slice)
                            cut = lineBottom;
                    }
                    if (cut > offset + 20)
                        slice = cut - offset;
                }
            }
            m_painter.save();
            m_painter.translate(kMargin, top - offset);
            document.drawContents(&m_painter, QRectF(0, offset, width, slice));
            m_painter.restore();
            offset += slice;
            if (offset < total) {
                newPage();
                top = kMargin;
            } else {
                top += slice;
            }
        }
        return top;
    }

    QImage mapImage(QSizeF size, const QList<MapPin> &pins, double minimumKm) const
    {
        // A picture for print (a vector world map in every inset would make the file large): at
        // 2.5 pixels per page pixel, with pins and names drawn 1.25 times their screen size.
        constexpr double kLarger = 1.25, kRatio = 2.5;
        QImage image((size * kRatio).toSize(), QImage::Format_RGB32);
        image.setDevicePixelRatio(kRatio * kLarger);
        const QSizeF logical = size / kLarger;
        QPainter painter(&image);
        QList<Geo::LatLon> points;
        for (const MapPin &pin : pins)
            points.append(pin.position);
        // The bundled map is drawn at about 2 km: closer than ~40 km it shows little. Tiles go closer.
        const MapViewport view = MapViewport::fitting(
            points, logical, m_tiles.isOpen() ? minimumKm : std::max(minimumKm, 40.0), 0.15);
        MapPainter::Options options;
        options.chinese = m_options.chinese;
        options.tiles = m_tiles.isOpen() ? &m_tiles : nullptr;
        QFont f = m_font;
        f.setPixelSize(12);
        painter.setFont(f);
        MapPainter::paint(painter, QRectF(QPointF(0, 0), logical), view, pins, options);
        painter.setPen(QPen(QColor(0xc7, 0xcd, 0xd6), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(QPointF(0.5, 0.5), logical - QSizeF(1, 1)));
        return image;
    }

    MapPin basePin() const
    {
        MapPin pin;
        pin.position = *m_base;
        pin.label = t(QT_TRANSLATE_NOOP("ScoutPackage", "Base"));
        pin.color = accent();
        pin.square = true;
        return pin;
    }

    void drawPicture(const QRectF &rect, const QImage &image)
    {
        if (image.isNull()) {
            m_painter.fillRect(rect, QColor(0xf3, 0xf4, 0xf6));
            m_painter.setPen(muted());
            m_painter.setFont(font(9));
            m_painter.drawText(rect, Qt::AlignCenter, t(QT_TRANSLATE_NOOP("ScoutPackage", "No photos yet")));
            return;
        }
        m_painter.drawImage(rect, cropped(image, rect.size()));
    }

    void cover()
    {
        newPage();
        const double width = m_page.width() - 2 * kMargin;
        m_painter.fillRect(QRectF(0, 0, m_page.width(), 250), accent());
        m_painter.setPen(Qt::white);
        m_painter.setFont(font(11));
        m_painter.drawText(QRectF(kMargin, 50, width, 40), Qt::AlignLeft | Qt::AlignVCenter,
                           m_office + u"  ·  "_s
                               + t(QT_TRANSLATE_NOOP("ScoutPackage", "Location Scout Package")));
        m_painter.setFont(font(26, true));
        m_painter.drawText(QRectF(kMargin, 95, width, 80), Qt::AlignLeft | Qt::AlignVCenter,
                           m_production.value("title"_L1).toString());
        m_painter.setFont(font(12));
        QString sub = m_production.value("title_en"_L1).toString();
        const QString prepared = t(QT_TRANSLATE_NOOP("ScoutPackage", "Prepared on %1"))
                                     .arg(QLocale(m_options.chinese ? QLocale::Chinese : QLocale::English)
                                              .toString(QDate::currentDate(), QLocale::LongFormat));
        sub = sub.isEmpty() ? prepared : sub + u"  ·  "_s + prepared;
        m_painter.drawText(QRectF(kMargin, 175, width, 40), Qt::AlignLeft | Qt::AlignVCenter, sub);

        QString html = u"<table width=\"100%\">"_s;
        const auto row = [&](const char *label, const QString &value) {
            if (!value.trimmed().isEmpty())
                html += u"<tr><td class=\"label\" width=\"22%\">%1</td><td>%2</td></tr>"_s.arg(
                    t(label), escaped(value));
        };
        row(QT_TRANSLATE_NOOP("ScoutPackage", "Producer"), m_production.value("producer"_L1).toString());
        row(QT_TRANSLATE_NOOP("ScoutPackage", "Company"), m_production.value("company"_L1).toString());
        const QString start = m_production.value("start_date"_L1).toString(),
                      end = m_production.value("end_date"_L1).toString();
        row(QT_TRANSLATE_NOOP("ScoutPackage", "Shooting dates"),
            start.isEmpty() && end.isEmpty() ? QString() : QStringList { start, end }.join(u" – "_s));
        row(QT_TRANSLATE_NOOP("ScoutPackage", "What is needed"), m_production.value("needs"_L1).toString());
        QString base = m_production.value("base_address"_L1).toString();
        if (m_base)
            base += (base.isEmpty() ? QString() : u"  ("_s) + Geo::format(*m_base)
                + (base.isEmpty() ? QString() : u")"_s);
        row(QT_TRANSLATE_NOOP("ScoutPackage", "Production base"), base);
        row(QT_TRANSLATE_NOOP("ScoutPackage", "Candidates"), QString::number(m_candidates.size()));
        html += u"</table>"_s;
        double y = flow(html, 290);

        // The overview map: every candidate, numbered, and the base.
        QList<MapPin> pins;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            if (const auto p = position(m_candidates.at(i).record)) {
                MapPin pin;
                pin.position = *p;
                pin.label = QString::number(i + 1);
                pins.append(pin);
            }
        }
        if (m_base)
            pins.append(basePin());
        if (!pins.isEmpty()) {
            const QSizeF size(width, std::min(620.0, m_page.height() - kMargin - y - 40));
            if (size.height() > 300) {
                m_painter.drawImage(QRectF(QPointF(kMargin, y + 20), size), mapImage(size, pins, 60));
                y += size.height() + 30;
            }
        }

        // The list of candidates.
        QString list = u"<h3>%1</h3><table width=\"100%\" cellspacing=\"0\"><tr class=\"muted\">"_s.arg(
            t(QT_TRANSLATE_NOOP("ScoutPackage", "Candidates")));
        for (const char *heading :
             { QT_TRANSLATE_NOOP("ScoutPackage", "No."), QT_TRANSLATE_NOOP("ScoutPackage", "Name"),
               QT_TRANSLATE_NOOP("ScoutPackage", "Category"), QT_TRANSLATE_NOOP("ScoutPackage", "City"),
               QT_TRANSLATE_NOOP("ScoutPackage", "From base"), QT_TRANSLATE_NOOP("ScoutPackage", "Status") })
            list += u"<td class=\"label\"><b>%1</b></td>"_s.arg(t(heading));
        list += u"</tr>"_s;
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            const QJsonObject &record = m_candidates.at(i).record;
            const auto p = position(record);
            list += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
                QString::number(i + 1), escaped(name(record)),
                escaped(choiceName(m_categories, record.value("category"_L1).toString())),
                escaped(record.value("city"_L1).toString()),
                m_base && p ? kilometres(Geo::distanceKm(*m_base, *p)) : QString(),
                statusName(m_candidates.at(i).link.value("status"_L1).toString()));
        }
        list += u"</table>"_s;
        flow(list, y);
    }

    QList<QImage> photosOf(qint64 locationId, qint64 coverId, int count) const
    {
        QList<QImage> images;
        QString error;
        const auto briefs = AssetStore(m_session.db()).briefsAt(locationId, coverId, error);
        if (!briefs)
            qWarning("photos of location %lld: %s", locationId, qPrintable(error));
        for (const AssetBrief &brief : briefs.value_or(QList<AssetBrief>())) {
            if (!brief.hasPoster)
                continue;
            auto stored =
                ThumbnailStore::get(m_session.thumbs(), brief.contentHash, ThumbnailStore::PosterLarge);
            if (!stored)
                stored = ThumbnailStore::get(m_session.thumbs(), brief.contentHash, ThumbnailStore::Poster);
            if (stored)
                images.append(QImage::fromData(stored->jpeg));
            if (images.size() >= count)
                break;
        }
        return images;
    }

    void candidatePage(int index)
    {
        const QJsonObject &record = m_candidates.at(index).record;
        const QJsonObject &link = m_candidates.at(index).link;
        newPage();
        const double width = m_page.width() - 2 * kMargin;
        // Header: number, name, other name and code, the status for this production.
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(accent());
        m_painter.drawEllipse(QRectF(kMargin, kMargin, 64, 64));
        m_painter.setPen(Qt::white);
        m_painter.setFont(font(16, true));
        m_painter.drawText(QRectF(kMargin, kMargin, 64, 64), Qt::AlignCenter, QString::number(index + 1));
        m_painter.setPen(QColor(0x11, 0x18, 0x27));
        m_painter.setFont(font(19, true));
        m_painter.drawText(QRectF(kMargin + 84, kMargin - 4, width - 300, 50),
                           Qt::AlignLeft | Qt::AlignVCenter, name(record));
        QStringList second;
        if (const QString other = otherName(record); !other.isEmpty())
            second.append(other);
        if (const QString code = record.value("code"_L1).toString(); !code.isEmpty())
            second.append(code);
        if (const QString category = choiceName(m_categories, record.value("category"_L1).toString());
            !category.isEmpty())
            second.append(category);
        if (const QString setting =
                choiceName(RecordSchema::settings(), record.value("setting"_L1).toString());
            !setting.isEmpty())
            second.append(setting);
        m_painter.setPen(muted());
        m_painter.setFont(font(10));
        m_painter.drawText(QRectF(kMargin + 84, kMargin + 42, width - 300, 30),
                           Qt::AlignLeft | Qt::AlignVCenter, second.join(u"  ·  "_s));
        const QString status = statusName(link.value("status"_L1).toString());
        m_painter.setFont(font(10, true));
        const QRectF chip(m_page.width() - kMargin - 190, kMargin + 12, 190, 40);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(link.value("status"_L1).toString() == "chosen"_L1 ? QColor(0xdc, 0xfc, 0xe7)
                                                                             : QColor(0xe5, 0xe7, 0xeb));
        m_painter.drawRoundedRect(chip, 20, 20);
        m_painter.setPen(QColor(0x11, 0x18, 0x27));
        m_painter.drawText(chip, Qt::AlignCenter, status);

        // Photos and the map inset.
        const QList<QImage> photos =
            photosOf(record.value("id"_L1).toInteger(), record.value("cover_asset_id"_L1).toInteger(-1), 3);
        double y = kMargin + 90;
        const QRectF hero(kMargin, y, width, 450);
        drawPicture(hero, photos.value(0));
        y = hero.bottom() + 14;
        const double rowHeight = 250;
        const double slot = (width - 28) / 3;
        const auto p = position(record);
        int column = 0;
        for (qsizetype i = 1; i < photos.size() && column < 2; ++i, ++column)
            drawPicture(QRectF(kMargin + column * (slot + 14), y, slot, rowHeight), photos.at(i));
        if (p) {
            QList<MapPin> pins;
            MapPin pin;
            pin.position = *p;
            pin.label = QString::number(index + 1);
            pins.append(pin);
            // The base too, when it is near enough to show both.
            if (m_base && Geo::distanceKm(*m_base, *p) < 80)
                pins.append(basePin());
            const double mapWidth = width - column * (slot + 14);
            m_painter.drawImage(QRectF(kMargin + column * (slot + 14), y, mapWidth, rowHeight),
                                mapImage(QSizeF(mapWidth, rowHeight), pins, 6));
        }
        y += rowHeight + 10;

        // Facts, description, notes, contacts.
        QString html;
        if (m_base && p) {
            html += u"<p><b>%1</b></p>"_s.arg(
                escaped(t(QT_TRANSLATE_NOOP("ScoutPackage", "%1 from the production base (straight line)"))
                            .arg(kilometres(Geo::distanceKm(*m_base, *p)))));
        }
        QStringList cells;
        const auto fact = [&](const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty())
                cells.append(u"<td class=\"label\" width=\"17%\">%1</td><td width=\"33%\">%2</td>"_s.arg(
                    escaped(label), escaped(value)));
        };
        fact(t(QT_TRANSLATE_NOOP("ScoutPackage", "Address")),
             QStringList { record.value("province"_L1).toString(), record.value("city"_L1).toString(),
                           record.value("district"_L1).toString(), record.value("address"_L1).toString() }
                 .join(u' ')
                 .simplified());
        if (p) {
            fact(t(QT_TRANSLATE_NOOP("ScoutPackage", "Coordinates")), Geo::format(*p) + u" (WGS-84)"_s);
            fact(t(QT_TRANSLATE_NOOP("ScoutPackage", "For Chinese map apps")),
                 Geo::format(Geo::wgs84ToGcj02(*p)) + u" (GCJ-02)"_s);
        }
        for (const RecordField &field : RecordSchema::fields(RecordKind::Location)) {
            static const QStringList skipped { u"code"_s,    u"name_zh"_s,  u"name_en"_s,  u"category"_s,
                                               u"setting"_s, u"province"_s, u"city"_s,     u"district"_s,
                                               u"address"_s, u"lat"_s,      u"lon"_s,      u"description"_s,
                                               u"history"_s, u"notes"_s,    u"contacts"_s, u"status"_s,
                                               u"tags"_s };
            if (skipped.contains(field.key))
                continue;
            const QJsonValue value = record.value(field.key);
            QString text;
            if (value.isArray()) {
                QStringList items;
                for (const QJsonValue &item : value.toArray())
                    items.append(item.toString());
                text = items.join(m_options.chinese ? u"、"_s : u", "_s);
            } else if (value.isDouble()) {
                text = QString::number(value.toDouble(), 'g', 8)
                    + (field.unit.isEmpty() ? QString() : u' ' + field.unit);
            } else {
                text = value.toString();
            }
            fact(translated("RecordField", field.label), text);
        }
        if (!cells.isEmpty()) {
            html += u"<h3>%1</h3><table width=\"100%\" cellspacing=\"0\">"_s.arg(
                t(QT_TRANSLATE_NOOP("ScoutPackage", "Key facts")));
            for (qsizetype i = 0; i < cells.size(); i += 2)
                html += u"<tr>"_s + cells.at(i) + cells.value(i + 1) + u"</tr>"_s;
            html += u"</table>"_s;
        }
        for (const auto &[key, label] :
             { std::pair { "description", QT_TRANSLATE_NOOP("ScoutPackage", "Description") },
               std::pair { "history", QT_TRANSLATE_NOOP("ScoutPackage", "History") } }) {
            if (const QString text = record.value(QLatin1StringView(key)).toString(); !text.isEmpty())
                html += u"<h3>%1</h3><p>%2</p>"_s.arg(t(label), escaped(text));
        }
        if (const QString notes = link.value("notes"_L1).toString(); !notes.isEmpty())
            html += u"<h3>%1</h3><p class=\"notes\">%2</p>"_s.arg(
                t(QT_TRANSLATE_NOOP("ScoutPackage", "Notes for this production")), escaped(notes));
        const QJsonArray contacts = record.value("contacts"_L1).toArray();
        if (!contacts.isEmpty()) {
            html += u"<h3>%1</h3>"_s.arg(t(QT_TRANSLATE_NOOP("ScoutPackage", "Contacts")));
            for (const QJsonValue &item : contacts) {
                const QJsonObject c = item.toObject();
                QStringList parts;
                for (const char *key : { "name", "role", "phone", "email", "wechat" }) {
                    if (const QString v = c.value(QLatin1StringView(key)).toString(); !v.isEmpty())
                        parts.append(escaped(v));
                }
                html += u"<p>%1</p>"_s.arg(parts.join(u"  ·  "_s));
            }
        }
        flow(html, y);
    }

    void experts(QStringList *notes)
    {
        QString html;
        int shown = 0;
        for (const QJsonValue &item : m_production.value("experts"_L1).toArray()) {
            const QJsonObject link = item.toObject();
            const auto expert = m_records.get(RecordKind::Expert, link.value("expert_id"_L1).toInteger());
            if (!expert)
                continue;
            if (!expert->value("consent_to_publish"_L1).toBool()) {
                if (notes)
                    notes->append(QCoreApplication::translate("ScoutPackage",
                                                              "%1 is left out: no consent to publication")
                                      .arg(RecordSchema::displayName(*expert)));
                continue;
            }
            const QJsonObject e = RecordSchema::redacted(RecordKind::Expert, *expert);
            ++shown;
            QStringList head { u"<b>%1</b>"_s.arg(escaped(name(e))) };
            if (const QString other = otherName(e); !other.isEmpty())
                head.append(escaped(other));
            if (const QString role = link.value("role"_L1).toString(); !role.isEmpty())
                head.append(u"<i>%1</i>"_s.arg(escaped(role)));
            html +=
                u"<p style=\"margin-top: 12px\">%1</p><table width=\"100%\">"_s.arg(head.join(u"  ·  "_s));
            for (const char *key : { "organisation", "title", "expertise", "languages",
                                     "representative_works", "availability" }) {
                const QJsonValue value = e.value(QLatin1StringView(key));
                QString text = value.toString();
                if (value.isArray()) {
                    QStringList items;
                    for (const QJsonValue &v : value.toArray())
                        items.append(v.toString());
                    text = items.join(m_options.chinese ? u"、"_s : u", "_s);
                }
                if (text.isEmpty())
                    continue;
                html += u"<tr><td class=\"label\" width=\"22%\">%1</td><td>%2</td></tr>"_s.arg(
                    escaped(
                        translated("RecordField",
                                   RecordSchema::field(RecordKind::Expert, QLatin1StringView(key))->label)),
                    escaped(text));
            }
            QStringList contacts;
            for (const QJsonValue &c : e.value("contacts"_L1).toArray()) {
                QStringList parts;
                for (const char *k : { "name", "phone", "email", "wechat" }) {
                    if (const QString v = c.toObject().value(QLatin1StringView(k)).toString(); !v.isEmpty())
                        parts.append(escaped(v));
                }
                contacts.append(parts.join(u"  ·  "_s));
            }
            if (!contacts.isEmpty())
                html += u"<tr><td class=\"label\">%1</td><td>%2</td></tr>"_s.arg(
                    t(QT_TRANSLATE_NOOP("ScoutPackage", "Contacts")), contacts.join(u"<br>"_s));
            html += u"</table>"_s;
        }
        if (shown == 0)
            return;
        newPage();
        heading(t(QT_TRANSLATE_NOOP("ScoutPackage", "Suggested experts")));
        flow(html, kMargin + 70);
    }

    void heading(const QString &text)
    {
        m_painter.setPen(accent());
        m_painter.setFont(font(18, true));
        m_painter.drawText(QRectF(kMargin, kMargin, m_page.width() - 2 * kMargin, 50),
                           Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    void clips()
    {
        const QJsonArray ids = m_production.value("asset_ids"_L1).toArray();
        if (ids.isEmpty())
            return;
        const AssetStore assets(m_session.db());
        newPage();
        heading(t(QT_TRANSLATE_NOOP("ScoutPackage", "Reference footage")));
        const double width = m_page.width() - 2 * kMargin;
        const int columns = 3;
        const double cell = (width - 2 * 20) / columns;
        const double pictureHeight = cell * 9 / 16;
        double y = kMargin + 70;
        int column = 0;
        for (const QJsonValue &value : ids) {
            const auto asset = assets.assetJson(value.toInteger());
            if (!asset)
                continue;
            if (y + pictureHeight + 60 > m_page.height() - kMargin) {
                newPage();
                y = kMargin;
                column = 0;
            }
            const QRectF rect(kMargin + column * (cell + 20), y, cell, pictureHeight);
            QImage image;
            if (auto stored =
                    ThumbnailStore::get(m_session.thumbs(), asset->value("content_hash"_L1).toString(),
                                        ThumbnailStore::PosterLarge))
                image = QImage::fromData(stored->jpeg);
            drawPicture(rect, image);
            QString caption = asset->value("title"_L1).toString();
            if (caption.isEmpty())
                caption = QFileInfo(asset->value("path"_L1).toString()).fileName();
            QStringList facts;
            if (const QString duration = DurationText::clock(asset->value("duration_s"_L1).toDouble(-1));
                !duration.isEmpty())
                facts.append(duration);
            const QJsonObject format = asset->value("format_class"_L1).toObject();
            if (const QString f = format.value(m_options.chinese ? "zh"_L1 : "en"_L1).toString();
                !f.isEmpty())
                facts.append(f);
            if (asset->value("width"_L1).isDouble())
                facts.append(u"%1 × %2"_s.arg(asset->value("width"_L1).toInteger())
                                 .arg(asset->value("height"_L1).toInteger()));
            m_painter.setPen(QColor(0x11, 0x18, 0x27));
            m_painter.setFont(font(9, true));
            const QFontMetricsF metrics(m_painter.font(), m_pdf);
            m_painter.drawText(QRectF(rect.left(), rect.bottom() + 6, cell, 26), Qt::AlignLeft | Qt::AlignTop,
                               metrics.elidedText(caption, Qt::ElideMiddle, cell));
            m_painter.setPen(muted());
            m_painter.setFont(font(8));
            m_painter.drawText(QRectF(rect.left(), rect.bottom() + 32, cell, 24),
                               Qt::AlignLeft | Qt::AlignTop, facts.join(u"  ·  "_s));
            if (++column == columns) {
                column = 0;
                y += pictureHeight + 76;
            }
        }
    }

    CatalogSession &m_session;
    const ScoutPackage::Options m_options;
    RecordStore m_records;
    QTranslator m_translator;
    QList<RecordChoice> m_categories;
    QJsonObject m_production;
    std::optional<Geo::LatLon> m_base;
    QList<Candidate> m_candidates;
    QString m_office;
    MbTiles m_tiles;
    QPdfWriter *m_pdf = nullptr;
    QPainter m_painter;
    QRectF m_page;
    QFont m_font;
    int m_pageNumber = 0;
    bool m_footerDrawn = false;
};

} // namespace

namespace ScoutPackage {

std::optional<int> write(CatalogSession &session, const Options &options, const QString &path, QString &error,
                         QStringList *notes)
{
    return Writer(session, options).write(path, error, notes);
}

} // namespace ScoutPackage
