// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyTableModel.h"

#include "PolicyText.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace keydesk::ui {

namespace {
// Compact and sortable at a glance; the details pane shows the long form.
QString localTime(const std::optional<QDateTime>& t, const QString& none)
{
    return t ? t->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : none;
}

QString kindText(const ApiKey& k)
{
    if (k.kind() == KeyKind::SiteWide)
        return KeyTableModel::tr("Site-wide");
    return k.isS3() ? KeyTableModel::tr("User + S3") : KeyTableModel::tr("User");
}
} // namespace

KeyTableModel::KeyTableModel(Clock clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(std::move(clock))
{}

void KeyTableModel::setSession(Session* session)
{
    beginResetModel();
    m_session = session;
    m_keys.clear();
    m_cursor.clear();
    m_more = false;
    endResetModel();
}

void KeyTableModel::setQuery(const KeyQuery& query)
{
    m_query = query;
    reload();
}

// canFetchMore() answers false while our own change signals are being delivered, so a slot
// that reacts to them (a view, QAbstractItemModelTester) cannot start a nested fetch.
void KeyTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_keys.clear();
    m_cursor.clear();
    m_more = false;
    endResetModel();
    m_more = m_session != nullptr;
    if (m_more)
        fetchMore({});
}

bool KeyTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void KeyTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || !m_session || m_fetching)
        return;
    KeyQuery q = m_query;
    q.cursor = m_cursor;
    q.limit = m_pageSize;
    q.now = m_clock();
    const quint64 generation = m_generation;
    m_fetching = true;
    auto page = m_session->listKeys(q);
    m_fetching = false;
    if (generation != m_generation)
        return; // reloaded meanwhile; the reload fetched its own first page
    if (!page) {
        m_more = false;
        emit loadFailed(errorText(page.error()));
        return;
    }
    m_cursor = page->nextCursor;
    m_more = false;
    if (!page->keys.isEmpty()) {
        beginInsertRows({}, int(m_keys.size()), int(m_keys.size() + page->keys.size() - 1));
        m_keys << page->keys;
        endInsertRows();
    }
    m_more = !m_cursor.isEmpty();
}

std::optional<KeySortField> KeyTableModel::sortFieldFor(int column)
{
    switch (column) {
    case NameColumn:
        return KeySortField::Name;
    case CreatedColumn:
        return KeySortField::CreatedAt;
    case ExpiresColumn:
        return KeySortField::ExpiresAt;
    case LastUsedColumn:
        return KeySortField::LastUseAt;
    default:
        return std::nullopt; // not sortable by the store
    }
}

void KeyTableModel::sort(int column, Qt::SortOrder order)
{
    const auto field = sortFieldFor(column);
    if (!field)
        return;
    m_query.sortBy = *field;
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

std::optional<ApiKey> KeyTableModel::keyAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return std::nullopt;
    return m_keys.at(row);
}

QModelIndex KeyTableModel::indexOfKey(qint64 id) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KeyTableModel::statusText(const ApiKey& k) const
{
    const QDateTime now = m_clock();
    switch (k.status(now, m_query.expiringWindowDays)) {
    case KeyStatus::Active:
        return tr("Active");
    case KeyStatus::Disabled:
        return tr("Disabled");
    case KeyStatus::Expired:
        return tr("Expired");
    case KeyStatus::Expiring: {
        const qint64 days = now.daysTo(*k.expiresAt);
        if (days < 1)
            return tr("Expires today");
        return days == 1 ? tr("Expires tomorrow") : tr("Expires in %1 days").arg(days);
    }
    }
    return {};
}

// The "expiring soon" badge: an amber dot before the status text.
QVariant KeyTableModel::statusBadge(const ApiKey& k) const
{
    if (k.status(m_clock(), m_query.expiringWindowDays) != KeyStatus::Expiring)
        return {};
    static const QIcon badge = [] {
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xE6, 0x9B, 0x00));
        painter.drawEllipse(1, 1, 10, 10);
        return QIcon(dot);
    }();
    return badge;
}

QVariant KeyTableModel::display(const ApiKey& k, int column) const
{
    switch (column) {
    case NameColumn:
        return k.name;
    case KindColumn:
        return kindText(k);
    case OwnerColumn:
        return k.userId ? k.ownerName : tr("(whole site)");
    case PermissionColumn:
        return nameOf(k.permissionSet);
    case StatusColumn:
        return statusText(k);
    case PrefixColumn:
        return QString(k.prefix + QStringLiteral("…"));
    case CreatedColumn:
        return localTime(k.createdAt, {});
    case ExpiresColumn:
        return localTime(k.expiresAt, tr("Never"));
    case LastUsedColumn:
        return localTime(k.lastUseAt, tr("Never"));
    }
    return {};
}

QVariant KeyTableModel::sortValue(const ApiKey& k, int column) const
{
    switch (column) {
    case CreatedColumn:
        return k.createdAt;
    case ExpiresColumn:
        return k.expiresAt ? QVariant(*k.expiresAt) : QVariant(QDateTime());
    case LastUsedColumn:
        return k.lastUseAt ? QVariant(*k.lastUseAt) : QVariant(QDateTime());
    case StatusColumn:
        return int(k.status(m_clock(), m_query.expiringWindowDays));
    default:
        return display(k, column);
    }
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey& k = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(k, index.column());
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? k.displayLabel() : display(k, index.column());
    case Qt::ForegroundRole: {
        const KeyStatus s = k.status(m_clock(), m_query.expiringWindowDays);
        if (s == KeyStatus::Disabled || s == KeyStatus::Expired)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? statusBadge(k) : QVariant();
    case KeyIdRole:
        return k.id;
    case SortRole:
        return sortValue(k, index.column());
    case StatusRole:
        return int(k.status(m_clock(), m_query.expiringWindowDays));
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const names[] = {
        QT_TR_NOOP("Name"),           QT_TR_NOOP("Kind"),    QT_TR_NOOP("Owner"),
        QT_TR_NOOP("Permission set"), QT_TR_NOOP("Status"),  QT_TR_NOOP("Prefix"),
        QT_TR_NOOP("Created"),        QT_TR_NOOP("Expires"), QT_TR_NOOP("Last used")};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole && !sortFieldFor(section))
        return tr("Filter by this column with the controls above; the store sorts by name, "
                  "created, expires and last used");
    return {};
}

} // namespace keydesk::ui
