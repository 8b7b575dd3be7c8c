#pragma once

// What other programs change in a catalog on a server, as it happens: a connection of its own,
// on a thread of its own, listens on the channel the catalog's triggers announce on
// (resources/sql/postgresql/catalog/005_notify.sql) and says which tables changed, a moment
// after the changes (several in a row come as one). Changes this program made are left out: it
// knows them already. A catalog folder has no feed (isListening() is false).

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimer>

class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(const QString &catalog, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Waits are for tests: true once the feed listens (or has given up: false).
    bool isListening() const { return m_listening; }

    static constexpr int kGatherMs = 250;
    // A burst of changes (a worker's batch) is said at most this often: each saying makes the
    // windows search again. The first change of a quiet moment is still said after kGatherMs.
    static constexpr int kAtMostEveryMs = 1000;
    // How often the listening connection is asked whether it still answers (and, once lost,
    // opened again). After a loss, changed() names every table once the feed listens again.
    static constexpr int kCheckMs = 2000;
    static QStringList everything();

    // The most row ids gathered for a table before it counts as changed whole.
    static constexpr int kMostRows = 5000;

Q_SIGNALS:
    // The tables (of the catalog's schema) other programs changed.
    void changed(const QStringList &tables);
    // Rows other programs changed in place (assets: 011_assets_changed_by_id.sql), when the table
    // is not in changed() at the same moment.
    void rowsChanged(const QString &table, const QList<qint64> &ids);
    void listening(bool ok, const QString &error);

private:
    void onNotice(const QString &payload);

    QThread m_thread;
    QObject *m_listener = nullptr; // lives on m_thread
    QString m_schema;
    QSet<QString> m_gathered;
    QHash<QString, QSet<qint64>> m_gatheredRows;
    QTimer m_gather;
    QElapsedTimer m_lastSaid; // when changes were last said
    bool m_listening = false;
    bool m_lost = false; // listened, then lost the connection
    bool m_warned = false;
};
