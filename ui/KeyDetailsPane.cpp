// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDetailsPane.h"

#include "PolicyText.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keydesk::ui {

namespace {
enum Field {
    Kind,
    Owner,
    Permission,
    Status,
    Prefix,
    Created,
    Expires,
    LastUsed,
    AccessKeyId,
    FieldCount
};

QString localTime(const std::optional<QDateTime>& t, const QString& none)
{
    return t ? QLocale().toString(t->toLocalTime(), QLocale::ShortFormat) : none;
}

QString statusName(KeyStatus s)
{
    switch (s) {
    case KeyStatus::Active:
        return KeyDetailsPane::tr("Active");
    case KeyStatus::Expiring:
        return KeyDetailsPane::tr("Active, expiring soon");
    case KeyStatus::Expired:
        return KeyDetailsPane::tr("Expired: authenticates nothing");
    case KeyStatus::Disabled:
        return KeyDetailsPane::tr("Disabled: authenticates nothing");
    }
    return {};
}

QString actionText(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("key.create"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Created")},
        {QStringLiteral("store.init"),
         QT_TRANSLATE_NOOP("KeyDetailsPane", "Created with the store")},
        {QStringLiteral("key.update"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Edited")},
        {QStringLiteral("key.disable"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Disabled")},
        {QStringLiteral("key.enable"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Enabled")},
        {QStringLiteral("key.revoke"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Revoked")},
        {QStringLiteral("key.rotate"), QT_TRANSLATE_NOOP("KeyDetailsPane", "Rolled")}};
    const auto it = names.constFind(action);
    return it == names.cend() ? action : QCoreApplication::translate("KeyDetailsPane", it.value());
}

QString changesText(const QJsonObject& details)
{
    const QJsonObject changes = details.value(QStringLiteral("changes")).toObject();
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(it.key(), c.value(QStringLiteral("from")).toVariant().toString(),
                          c.value(QStringLiteral("to")).toVariant().toString());
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

KeyDetailsPane::KeyDetailsPane(Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("detailsPane"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_form = new QFormLayout;
    const char* labels[FieldCount] = {
        QT_TR_NOOP("Kind:"),    QT_TR_NOOP("Owner:"),     QT_TR_NOOP("Permission set:"),
        QT_TR_NOOP("Status:"),  QT_TR_NOOP("Prefix:"),    QT_TR_NOOP("Created:"),
        QT_TR_NOOP("Expires:"), QT_TR_NOOP("Last used:"), QT_TR_NOOP("Access Key ID:")};
    for (const char* label : labels) {
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values << value;
        m_form->addRow(tr(label), value);
    }
    layout->addLayout(m_form);
    layout->addWidget(new QLabel(tr("Description:"), this));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("detailsDescription"));
    m_description->setAccessibleName(tr("Key description"));
    m_description->setReadOnly(true);
    m_description->setMaximumHeight(80);
    layout->addWidget(m_description);
    layout->addWidget(new QLabel(tr("Audit trail:"), this));
    m_audit = new QTreeWidget(this);
    m_audit->setObjectName(QStringLiteral("auditTrail"));
    m_audit->setAccessibleName(tr("Audit trail of the key"));
    m_audit->setRootIsDecorated(false);
    m_audit->setHeaderLabels({tr("When"), tr("What"), tr("By"), tr("Details")});
    m_audit->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_audit, 1);
    showKey(std::nullopt, nullptr);
}

void KeyDetailsPane::setField(int row, const QString& value)
{
    m_values[row]->setText(value);
    m_form->setRowVisible(row, !value.isEmpty());
}

void KeyDetailsPane::showSelectionCount(int count)
{
    showKey(std::nullopt, nullptr);
    m_title->setText(tr("%1 keys selected").arg(count));
}

void KeyDetailsPane::showKey(const std::optional<ApiKey>& key, Session* session)
{
    m_audit->clear();
    if (!key) {
        m_title->setText(tr("Select a key to see its details."));
        for (int row = 0; row < FieldCount; ++row)
            setField(row, {});
        m_description->clear();
        return;
    }
    const ApiKey& k = *key;
    m_title->setText(k.displayLabel());
    setField(Kind, k.kind() == KeyKind::SiteWide ? tr("Site-wide key") : tr("User key"));
    setField(Owner, k.userId ? k.ownerName : tr("The whole site %1").arg(k.siteSubdomain));
    setField(Permission,
             nameOf(k.permissionSet) + (k.previousPermissionSet
                                            ? tr(" (was %1)").arg(nameOf(*k.previousPermissionSet))
                                            : QString()));
    setField(Status, statusName(k.status(m_clock())));
    setField(Prefix, k.prefix + QStringLiteral("…"));
    setField(Created, localTime(k.createdAt, {}));
    setField(Expires, localTime(k.expiresAt, tr("Never")) +
                          (k.replacedBy ? tr(" (rolled: replaced by key #%1)").arg(*k.replacedBy)
                                        : QString()));
    setField(LastUsed, localTime(k.lastUseAt, tr("Never")));
    setField(AccessKeyId, k.isS3() ? k.s3AccessKeyId : QString());
    m_description->setPlainText(k.description);
    m_description->setPlaceholderText(tr("No description"));
    if (session)
        loadAuditTrail(k, session);
}

void KeyDetailsPane::loadAuditTrail(const ApiKey& key, Session* session)
{
    AuditQuery q;
    q.siteId = key.siteId;
    q.keyId = key.id;
    q.limit = 200;
    auto page = session->audit(q);
    if (!page) {
        auto* item = new QTreeWidgetItem(m_audit, {QString(), errorText(page.error())});
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const AuditEvent& e : page->events) {
        const QString by =
            !e.actorUserId ? tr("site-wide key #%1").arg(e.actorKeyId.value_or(0))
                           : m_userNames.value(*e.actorUserId, tr("user #%1").arg(*e.actorUserId));
        new QTreeWidgetItem(m_audit, {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                      actionText(e.action), by, changesText(e.details)});
    }
}

} // namespace keydesk::ui
