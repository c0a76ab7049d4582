// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "KeyQuery.h"
#include "Session.h"

#include <QAbstractTableModel>
#include <optional>

namespace keydesk::ui {

// The keys of one site, fetched page by page from the store (canFetchMore/fetchMore), sorted
// and filtered by the store: the view never holds more than the pages scrolled to.
class KeyTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        OwnerColumn,
        PermissionColumn,
        StatusColumn,
        PrefixColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        ColumnCount
    };
    enum Role { KeyIdRole = Qt::UserRole + 1, SortRole, StatusRole };

    explicit KeyTableModel(Clock clock = systemClock(), QObject* parent = nullptr);

    void setSession(Session* session);    // empties the model; setQuery() or reload() fetch
    void setQuery(const KeyQuery& query); // filters and site; reloads
    const KeyQuery& query() const { return m_query; }
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    int expiringWindowDays() const { return m_query.expiringWindowDays; }

    std::optional<ApiKey> keyAt(int row) const;
    QModelIndex indexOfKey(qint64 id) const;
    static std::optional<KeySortField> sortFieldFor(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString& message);

private:
    QVariant display(const ApiKey& key, int column) const;
    QVariant sortValue(const ApiKey& key, int column) const;
    QString statusText(const ApiKey& key) const;
    QVariant statusBadge(const ApiKey& key) const;

    Clock m_clock;
    Session* m_session = nullptr;
    KeyQuery m_query;
    QList<ApiKey> m_keys;
    QString m_cursor;
    bool m_more = false;
    // A remote store answers inside a local event loop, where the view may ask for more rows or
    // a reload may start: a fetch in flight fetches alone, and a reload makes its page stale.
    bool m_fetching = false;
    quint64 m_generation = 0;
    int m_pageSize = 200;
};

} // namespace keydesk::ui
