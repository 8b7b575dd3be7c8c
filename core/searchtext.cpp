#include "searchtext.h"

#include "assetquery.h"
#include "querytext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A field's name as completion offers it ("dur"), from any of its names (时长, duration); empty
// for a name that is not a field's.
QString canonicalField(const QString &name)
{
    const QString lower = name.toLower();
    for (const AssetQueryParser::Field &field : AssetQueryParser::fields()) {
        if (field.name == lower || field.aliases.contains(lower))
            return field.name;
    }
    return {};
}

// One term as the search reads it.
struct Reading
{
    QString field; // canonical; empty for a word
    QString value; // the filter's value, or the word; quotes taken off
    bool negated = false;
    // What the search sees: equal for the same term however it is written (Dur：<10 and dur:<10).
    QString key() const
    {
        return (negated ? u"-"_s : QString()) + (field.isEmpty() ? u"word "_s : u"filter "_s + field + u':')
            + value;
    }
};

Reading readTerm(const QString &term)
{
    bool unclosedQuote = false;
    const QueryText::Term t =
        QueryText::split(
            term, [](const QString &name) { return !canonicalField(name).isEmpty(); }, unclosedQuote)
            .value(0);
    return { canonicalField(t.name), t.text, t.negated };
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
    return QueryText::quoted(value);
}

QStringList terms(const QString &text)
{
    QStringList out;
    for (const QueryText::Span &span : QueryText::spans(text))
        out.append(text.mid(span.start, span.size));
    return out;
}

bool hasFilter(const QString &text, const QString &filter)
{
    QStringList present;
    for (const QString &term : terms(text))
        present.append(readTerm(term).key());
    const QStringList wanted = terms(filter);
    return !wanted.isEmpty() && std::all_of(wanted.cbegin(), wanted.cend(), [&](const QString &term) {
        return present.contains(readTerm(term).key());
    });
}

QString toggleFilter(const QString &text, const QString &filter)
{
    QStringList present = terms(text);
    const QStringList wanted = terms(filter);
    if (hasFilter(text, filter)) {
        for (const QString &term : wanted) {
            const QString key = readTerm(term).key();
            const auto same = std::find_if(present.begin(), present.end(), [&](const QString &other) {
                return readTerm(other).key() == key;
            });
            if (same != present.end())
                present.erase(same);
        }
        return present.join(u' ');
    }
    QStringList fields;
    for (const QString &term : wanted) {
        const QString field = readTerm(term).field;
        if (singleValued(field) && !fields.contains(field))
            fields.append(field);
    }
    present.removeIf([&](const QString &term) {
        const Reading reading = readTerm(term);
        return !reading.negated && fields.contains(reading.field);
    });
    present += wanted;
    return present.join(u' ');
}

Word wordAt(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    for (const QueryText::Span &span : QueryText::spans(text)) {
        if (cursor < span.start)
            break;
        if (cursor > span.start + span.size)
            continue;
        qsizetype end = span.start + span.size;
        // An unclosed quote runs to the end of the text, but what follows the cursor is not part
        // of what is being typed: the word ends at the next space.
        if (!span.closed) {
            end = cursor;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
        }
        return { int(span.start), text.mid(span.start, end - span.start) };
    }
    return { cursor, QString() };
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
                out.append(sign + u"tag:"_s + quoted(path));
            if (out.size() >= 40)
                break;
        }
        return out;
    }
    // The value as the search reads it: quotes (of either kind, closed or not yet) taken off.
    const Reading typed = readTerm(bare);
    const QString &field = typed.field;
    const QString prefix = sign + bare.left(colon + 1);
    const QString &value = typed.value;
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
            out.append(prefix + quoted(candidate));
        if (out.size() >= 40)
            break;
    }
    out.removeAll(word);
    return out;
}

} // namespace SearchText
