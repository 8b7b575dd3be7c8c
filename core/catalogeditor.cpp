#include "catalogeditor.h"

#include "catalogwriter.h"

#include <QCoreApplication>
#include <QPointer>

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
                          std::function<void()> done, std::function<void(const QString &)> failedWith)
{
    QPointer<CatalogEditor> self(this);
    m_writer->submit(
        CatalogWriter::Operation { std::move(apply),
                                   [self, what, done = std::move(done),
                                    failedWith = std::move(failedWith)](bool ok, const QString &error) {
                                       // Back to the GUI thread; the editor may be gone by then (closing).
                                       QMetaObject::invokeMethod(
                                           QCoreApplication::instance(),
                                           [self, what, done, failedWith, ok, error] {
                                               if (!self)
                                                   return;
                                               if (!ok) {
                                                   if (failedWith)
                                                       failedWith(error);
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
