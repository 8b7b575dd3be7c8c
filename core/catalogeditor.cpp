#include "catalogeditor.h"

#include "catalogwriter.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

CatalogEditor::CatalogEditor(const QString &catalogFolder, QObject *parent)
    : QObject(parent)
    , m_writer(std::make_unique<CatalogWriter>(catalogFolder, true))
{
}

CatalogEditor::~CatalogEditor()
{
    m_writer.reset(); // commits what is queued
}

void CatalogEditor::write(std::function<bool(CatalogSession &, QString &)> apply, Change what,
                          std::function<void()> done, std::function<void(const QString &)> failedWith,
                          std::function<bool()> handled)
{
    QPointer<CatalogEditor> self(this);
    m_writer->submit(
        CatalogWriter::Operation { std::move(apply),
                                   [self, what, done = std::move(done), failedWith = std::move(failedWith),
                                    handled = std::move(handled)](bool ok, const QString &error) {
                                       // Back to the GUI thread; the editor may be gone by then (closing).
                                       QMetaObject::invokeMethod(
                                           QCoreApplication::instance(),
                                           [self, what, done, failedWith, handled, ok, error] {
                                               if (!self)
                                                   return;
                                               if (!ok) {
                                                   if (failedWith)
                                                       failedWith(error);
                                                   if (!handled || !handled())
                                                       Q_EMIT self->failed(error);
                                                   return;
                                               }
                                               if (done)
                                                   done();
                                               Q_EMIT self->changed(what);
                                           },
                                           Qt::QueuedConnection);
                                   } });
    m_writer->commitNow(); // an edit is saved at once
}

bool CatalogEditor::flush()
{
    return m_writer->flush();
}

CatalogEditor::Change CatalogEditor::changeOf(const QString &table)
{
    if (table == "tags"_L1)
        return Change::Tags;
    if (table == "saved_searches"_L1)
        return Change::SavedSearches;
    if (table.startsWith(u"production"_s))
        return Change::Productions;
    if (table.startsWith(u"location"_s) || table == "contacts"_L1)
        return Change::Locations;
    if (table.startsWith(u"facilit"_s) || table.startsWith(u"expert"_s))
        return Change::Records;
    return Change::Membership; // assets and what hangs off them, volumes: read them again
}
