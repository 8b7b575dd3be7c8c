#include "searchtext.h"

#include "assetquery.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The field of a term, lower-case, with its full-width colon normalised: "Dur：<10" -> "dur".
QString fieldOf(const QString &term)
{
    QString t = term;
    if (t.startsWith(u'-'))
        t.remove(0, 1);
    const qsizetype colon = t.indexOf(QRegularExpression(u"[:：]"_s));
    if (colon <= 0)
        return {};
    const QString name = t.left(colon).toLower();
    for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
        if (field.name == name || field.aliases.contains(name))
            return field.name;
    }
    return {};
}

bool singleValued(const QString &field)
{
    static const QStringList fields { u"format"_s, u"orient"_s, u"hdr"_s,  u"codec"_s,  u"fps"_s,
                                      u"dur"_s,    u"year"_s,   u"kind"_s, u"status"_s, u"people"_s };
    return fields.contains(field);
}

} // namespace

namespace SearchText {

QString quoted(const QString &value)
{
    return value.contains(u' ') ? u'"' + value + u'"' : value;
}

QStringList terms(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool hasFilter(const QString &text, const QString &filter)
{
    const QStringList present = terms(text);
    const QStringList wanted = terms(filter);
    return !wanted.isEmpty() && std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &term) {
        return present.contains(term);
    });
}

QString toggleFilter(const QString &text, const QString &filter)
{
    QStringList present = terms(text);
    const QStringList wanted = terms(filter);
    if (hasFilter(text, filter)) {
        for (const QString &term : wanted)
            present.removeOne(term);
        return present.join(u' ');
    }
    QStringList fields;
    for (const QString &term : wanted) {
        const QString field = fieldOf(term);
        if (singleValued(field) && !fields.contains(field))
            fields.append(field);
    }
    present.removeIf(
        [&](const QString &term) { return !term.startsWith(u'-') && fields.contains(fieldOf(term)); });
    present += wanted;
    return present.join(u' ');
}

Word wordAt(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    int start = 0;
    // Back to the space that starts the word, not counting spaces inside quotes.
    bool quoted = false;
    for (int i = 0; i < cursor; ++i) {
        if (text.at(i) == u'"')
            quoted = !quoted;
        if (text.at(i).isSpace() && !quoted)
            start = i + 1;
    }
    if (start > cursor)
        start = cursor;
    int end = cursor;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return { start, text.mid(start, end - start) };
}

QString replaceWord(const QString &text, int &cursor, const QString &replacement)
{
    const Word word = wordAt(text, cursor);
    QString out = text;
    out.replace(word.start, word.text.size(), replacement);
    cursor = word.start + int(replacement.size());
    return out;
}

QStringList completions(const QString &word, const QStringList &tagPaths)
{
    QStringList out;
    if (word.isEmpty() || word == "-"_L1)
        return out;
    const QString sign = word.startsWith(u'-') ? u"-"_s : QString();
    const QString bare = word.mid(sign.size());
    const qsizetype colon = bare.indexOf(QRegularExpression(u"[:：]"_s));
    if (colon < 0) {
        for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
            QStringList names { field.name };
            names += field.aliases;
            for (const QString &name : std::as_const(names)) {
                if (name.startsWith(bare, Qt::CaseInsensitive) && name != bare) {
                    out.append(sign + name + u':');
                    break;
                }
            }
        }
        // A bare word may also be the start of a tag name: offer "tag:PATH".
        for (const QString &path : tagPaths) {
            const QString leaf = path.section(u'/', -1);
            if (leaf.startsWith(bare, Qt::CaseInsensitive) || path.startsWith(bare, Qt::CaseInsensitive))
                out.append(sign + u"tag:"_s + (path.contains(u' ') ? u'"' + path + u'"' : path));
            if (out.size() >= 40)
                break;
        }
        return out;
    }
    const QString field = fieldOf(bare);
    const QString prefix = sign + bare.left(colon + 1);
    QString value = bare.mid(colon + 1);
    if (value.startsWith(u'"'))
        value.remove(0, 1);
    QStringList values;
    if (field == "tag"_L1) {
        values = tagPaths;
    } else if (field == "orient"_L1) {
        values = { u"landscape"_s, u"portrait"_s, u"square"_s };
    } else if (field == "hdr"_L1) {
        values = { u"yes"_s, u"no"_s, u"hdr10"_s, u"hlg"_s, u"dolby_vision"_s, u"hdr10plus"_s };
    } else if (field == "status"_L1) {
        values = { u"ok"_s, u"failed"_s, u"offline"_s };
    } else if (field == "kind"_L1) {
        values = { u"video"_s, u"photo"_s };
    } else if (field == "people"_L1) {
        values = { u"none"_s, u"yes"_s, u"many"_s };
    } else if (field == "codec"_L1) {
        values = { u"h264"_s, u"hevc"_s, u"prores"_s, u"vp9"_s, u"av1"_s, u"mpeg2video"_s, u"mjpeg"_s };
    }
    for (const QString &candidate : std::as_const(values)) {
        if (candidate.startsWith(value, Qt::CaseInsensitive)
            || (field == "tag"_L1 && candidate.contains(u'/' + value)))
            out.append(prefix + (candidate.contains(u' ') ? u'"' + candidate + u'"' : candidate));
        if (out.size() >= 40)
            break;
    }
    out.removeAll(word);
    return out;
}

} // namespace SearchText
