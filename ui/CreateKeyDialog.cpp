// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyDialog.h"

#include "AccessPolicy.h"
#include "PermissionSetCombo.h"
#include "PolicyText.h"
#include "Validation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

// The icons live in keydesk-ui, a static library: make sure its resources are linked in.
static void initKeyDeskResources()
{
    Q_INIT_RESOURCE(keydesk);
}

namespace keydesk::ui {

namespace {
constexpr int kNoExpiry = 0;
constexpr int kCustomDate = -1;
constexpr int kPresetDays[] = {30, 90, 365};

Target createTarget(const Site& site, KeyKind kind, std::optional<qint64> owner)
{
    return Target{site.id, site.parentId, site.settings.usersCanCreateApiKeys, kind, owner};
}

QString userText(const User& user)
{
    const QString role = roleText(user.role);
    if (user.displayName.isEmpty())
        return CreateKeyDialog::tr("%1 (%2)").arg(user.username, role);
    return CreateKeyDialog::tr("%1 \u2014 %2 (%3)").arg(user.displayName, user.username, role);
}

// "A date means the end of that day, UTC", as keydeskctl reads --expires-at DATE.
QDateTime endOfDayUtc(QDate date)
{
    return QDateTime(date, QTime(23, 59, 59), QTimeZone::utc());
}

void setItemEnabled(QComboBox* combo, int index, bool enabled, const QString& why)
{
    auto* model = qobject_cast<QStandardItemModel*>(combo->model());
    if (QStandardItem* item = model ? model->item(index) : nullptr) {
        item->setEnabled(enabled);
        item->setToolTip(enabled ? QString() : why);
    }
}

// Two sentences rather than "%n day(s)", so the text reads right without a translation loaded.
QString lifetimeLimitText(int days)
{
    if (days == 1)
        return CreateKeyDialog::tr("This site limits keys to a lifetime of 1 day");
    return CreateKeyDialog::tr("This site limits keys to a lifetime of %1 days").arg(days);
}

bool itemEnabled(const QComboBox* combo, int index)
{
    const auto* model = qobject_cast<const QStandardItemModel*>(combo->model());
    const QStandardItem* item = model ? model->item(index) : nullptr;
    return item && item->isEnabled();
}
} // namespace

// The dialog's widgets and the logic between them; a QObject child of the dialog, so it is
// deleted with it.
struct CreateKeyDialog::Widgets : public QObject {
    Widgets(CreateKeyDialog* owner, const CreateKeyContext& ctx)
        : QObject(owner)
        , dialog(owner)
        , context(ctx)
    {}

    CreateKeyDialog* dialog;
    const CreateKeyContext& context;
    QLineEdit* name = nullptr;
    QPlainTextEdit* description = nullptr;
    QRadioButton* siteWide = nullptr;
    QRadioButton* user = nullptr;
    QComboBox* userCombo = nullptr;
    QComboBox* expiry = nullptr;
    QDateEdit* expiryDate = nullptr;
    QLabel* expiryHint = nullptr;
    PermissionSetCombo* permission = nullptr;
    QCheckBox* s3 = nullptr;
    QLabel* validationIcon = nullptr;
    QLabel* validation = nullptr;
    QPushButton* ok = nullptr;
    bool nameEdited = false;

    QLayout* buildKind();
    QLayout* buildExpiry();
    QLayout* buildValidation();
    QDialogButtonBox* buildButtons();
    void fillUsers();
    void applyKindPolicy();
    void applyExpiryPolicy();
    void setTabOrder() const;
    void updateDependents();

    std::optional<qint64> selectedUser() const;
    std::optional<QDateTime> expiresAt() const;
    QString kindProblem() const;
    QString expiryProblem(const std::optional<QDateTime>& at) const;
    QString firstProblem() const;
};

QLayout* CreateKeyDialog::Widgets::buildKind()
{
    auto* box = new QVBoxLayout;
    box->setSpacing(6);
    auto* userRow = new QHBoxLayout;
    user = new QRadioButton(CreateKeyDialog::tr("&User key for"), dialog);
    user->setObjectName(QStringLiteral("userRadio"));
    user->setAccessibleName(CreateKeyDialog::tr("User key"));
    userCombo = new QComboBox(dialog);
    userCombo->setObjectName(QStringLiteral("userCombo"));
    userCombo->setAccessibleName(CreateKeyDialog::tr("Owner of the user key"));
    userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    userRow->addWidget(user);
    userRow->addWidget(userCombo, 1);
    siteWide = new QRadioButton(
        CreateKeyDialog::tr("Site-&wide key (the full API of %1)").arg(context.site.name), dialog);
    siteWide->setObjectName(QStringLiteral("siteWideRadio"));
    siteWide->setAccessibleName(CreateKeyDialog::tr("Site-wide key"));
    auto* group = new QButtonGroup(dialog);
    group->addButton(user);
    group->addButton(siteWide);
    box->addLayout(userRow);
    box->addWidget(siteWide, 0, Qt::AlignLeft); // clickable where it is drawn
    return box;
}

QLayout* CreateKeyDialog::Widgets::buildExpiry()
{
    auto* row = new QHBoxLayout;
    expiry = new QComboBox(dialog);
    expiry->setObjectName(QStringLiteral("expiryCombo"));
    expiry->setAccessibleName(CreateKeyDialog::tr("Expiry"));
    expiry->addItem(CreateKeyDialog::tr("None"), kNoExpiry);
    for (int days : kPresetDays)
        expiry->addItem(CreateKeyDialog::tr("%1 days").arg(days), days);
    expiry->addItem(CreateKeyDialog::tr("Custom date\u2026"), kCustomDate);
    expiryDate = new QDateEdit(dialog);
    expiryDate->setObjectName(QStringLiteral("expiryDateEdit"));
    expiryDate->setAccessibleName(CreateKeyDialog::tr("Expiry date (end of the day, UTC)"));
    expiryDate->setCalendarPopup(true);
    expiryDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    expiryDate->setToolTip(
        CreateKeyDialog::tr("The key expires at the end of this day (23:59:59 UTC)"));
    // Room for the whole date plus the drop-down button, whatever the style.
    expiryDate->setMinimumWidth(
        expiryDate->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
        dialog->style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2 + 16);
    expiryHint = new QLabel(dialog);
    expiryHint->setObjectName(QStringLiteral("expiryHintLabel"));
    expiryHint->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(expiry);
    row->addWidget(expiryDate);
    row->addStretch(1);
    auto* column = new QVBoxLayout;
    column->setSpacing(4);
    column->addLayout(row);
    column->addWidget(expiryHint);
    return column;
}

QLayout* CreateKeyDialog::Widgets::buildValidation()
{
    auto* row = new QHBoxLayout;
    validationIcon = new QLabel(dialog);
    const int size = dialog->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, dialog);
    validationIcon->setPixmap(dialog->style()
                                  ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, dialog)
                                  .pixmap(size, size));
    validation = new QLabel(dialog);
    validation->setObjectName(QStringLiteral("validationLabel"));
    validation->setWordWrap(true);
    validation->setTextFormat(Qt::PlainText);
    validation->setMinimumHeight(validation->fontMetrics().lineSpacing() * 2);
    validation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row->addWidget(validationIcon, 0, Qt::AlignTop);
    row->addWidget(validation, 1);
    return row;
}

QDialogButtonBox* CreateKeyDialog::Widgets::buildButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(CreateKeyDialog::tr("C&reate key"));
    ok->setIcon(QIcon(QStringLiteral(":/icons/key-new.svg")));
    ok->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void CreateKeyDialog::Widgets::fillUsers()
{
    for (const User& u : context.users) {
        userCombo->addItem(userText(u), u.id);
        const int index = userCombo->count() - 1;
        if (u.disabled) {
            setItemEnabled(userCombo, index, false,
                           CreateKeyDialog::tr("This user is disabled; keys do not work "
                                               "for disabled users"));
            continue;
        }
        const Decision d = AccessPolicy::check(context.principal, Action::CreateKey,
                                               createTarget(context.site, KeyKind::User, u.id));
        setItemEnabled(userCombo, index, d.allowed, createKeyReasonText(d.reason, KeyKind::User));
    }
}

void CreateKeyDialog::Widgets::applyKindPolicy()
{
    fillUsers();
    int preferred = -1;
    QString userReason = CreateKeyDialog::tr("This site has no users you can create keys for");
    for (int i = 0; i < userCombo->count(); ++i) {
        const bool own = context.principal.userId &&
                         userCombo->itemData(i).toLongLong() == *context.principal.userId;
        if (!itemEnabled(userCombo, i)) {
            if (own || i == 0) // why the principal cannot create its own key says most
                userReason = userCombo->itemData(i, Qt::ToolTipRole).toString();
            continue;
        }
        if (preferred < 0 || own)
            preferred = i;
    }
    user->setEnabled(preferred >= 0);
    user->setToolTip(preferred >= 0 ? QString() : userReason);
    userCombo->setCurrentIndex(preferred);

    const Decision d = AccessPolicy::check(context.principal, Action::CreateKey,
                                           createTarget(context.site, KeyKind::SiteWide, {}));
    siteWide->setEnabled(d.allowed);
    siteWide->setToolTip(
        d.allowed ? CreateKeyDialog::tr("A site-wide key has the full API of the site and acts "
                                        "as a site administrator")
                  : createKeyReasonText(d.reason, KeyKind::SiteWide));
    if (user->isEnabled())
        user->setChecked(true);
    else if (siteWide->isEnabled())
        siteWide->setChecked(true);
}

void CreateKeyDialog::Widgets::applyExpiryPolicy()
{
    const SiteSettings& settings = context.site.settings;
    const std::optional<int> max = settings.maxKeyLifetimeDays;
    setItemEnabled(expiry, 0, !settings.requireKeyExpiry,
                   CreateKeyDialog::tr("This site requires every key to have an expiry date"));
    int preferred = settings.requireKeyExpiry ? -1 : 0;
    for (int i = 1; i <= static_cast<int>(std::size(kPresetDays)); ++i) {
        const bool allowed = !max || kPresetDays[i - 1] <= *max;
        setItemEnabled(expiry, i, allowed, lifetimeLimitText(max.value_or(0)));
        if (allowed && settings.requireKeyExpiry)
            preferred = i;
    }
    const QDate today = context.now.toUTC().date();
    const QDate first = endOfDayUtc(today) > context.now ? today : today.addDays(1);
    QDate last = QDate(9999, 12, 31);
    if (max) {
        const QDateTime limit = context.now.addDays(*max);
        last = endOfDayUtc(limit.toUTC().date()) <= limit ? limit.toUTC().date()
                                                          : limit.toUTC().date().addDays(-1);
    }
    expiryDate->setDateRange(first, std::max(first, last));
    expiryDate->setDate(std::min(today.addDays(30), expiryDate->maximumDate()));
    expiry->setCurrentIndex(preferred >= 0 ? preferred : expiry->count() - 1);
}

void CreateKeyDialog::Widgets::setTabOrder() const
{
    const QList<QWidget*> order{name,   description, user,       userCombo, siteWide,
                                expiry, expiryDate,  permission, s3};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
}

void CreateKeyDialog::Widgets::updateDependents()
{
    userCombo->setEnabled(user->isChecked());
    const bool userKey = user->isChecked();
    s3->setEnabled(userKey);
    if (!userKey)
        s3->setChecked(false);
    s3->setToolTip(
        userKey ? CreateKeyDialog::tr("Adds an Access Key ID and Secret Key for S3-compatible "
                                      "clients, shown once")
                : CreateKeyDialog::tr("S3-compatible credentials are for user keys only"));
    expiryDate->setEnabled(expiry->currentData().toInt() == kCustomDate);
    const std::optional<QDateTime> at = expiresAt();
    expiryHint->setText(at ? CreateKeyDialog::tr("Expires %1 (local time)")
                                 .arg(QLocale().toString(at->toLocalTime(), QLocale::ShortFormat))
                           : CreateKeyDialog::tr("The key does not expire"));
}

std::optional<qint64> CreateKeyDialog::Widgets::selectedUser() const
{
    if (!user->isChecked() || userCombo->currentIndex() < 0)
        return std::nullopt;
    return userCombo->currentData().toLongLong();
}

std::optional<QDateTime> CreateKeyDialog::Widgets::expiresAt() const
{
    const int days = expiry->currentData().toInt();
    if (days == kNoExpiry)
        return std::nullopt;
    if (days == kCustomDate)
        return endOfDayUtc(expiryDate->date());
    return context.now.toUTC().addDays(days);
}

QString CreateKeyDialog::Widgets::kindProblem() const
{
    if (!user->isChecked() && !siteWide->isChecked()) {
        const QString why = user->toolTip().isEmpty() ? siteWide->toolTip() : user->toolTip();
        return CreateKeyDialog::tr("You cannot create keys on this site: %1").arg(why);
    }
    if (user->isChecked() && !itemEnabled(userCombo, userCombo->currentIndex()))
        return CreateKeyDialog::tr("Choose a user you may create a key for");
    return {};
}

QString CreateKeyDialog::Widgets::expiryProblem(const std::optional<QDateTime>& at) const
{
    const SiteSettings& settings = context.site.settings;
    if (Validation::expiry(at, settings, context.now, context.now))
        return {};
    if (!at)
        return CreateKeyDialog::tr("This site requires every key to have an expiry date");
    if (*at <= context.now)
        return CreateKeyDialog::tr("The expiry must be in the future");
    return lifetimeLimitText(settings.maxKeyLifetimeDays.value_or(0));
}

QString CreateKeyDialog::Widgets::firstProblem() const
{
    if (QString kind = kindProblem(); !kind.isEmpty())
        return kind;
    const QString rawName = name->text();
    if (!Validation::keyName(rawName)) {
        const qsizetype length = rawName.trimmed().size();
        if (length == 0)
            return CreateKeyDialog::tr("Enter a name for the key");
        if (length > Validation::kMaxNameLength)
            return CreateKeyDialog::tr("The name is %1 characters long; at most %2 are allowed")
                .arg(length)
                .arg(Validation::kMaxNameLength);
        return CreateKeyDialog::tr("The name must not contain control characters");
    }
    const QString rawDescription = description->toPlainText();
    if (!Validation::description(rawDescription)) {
        if (rawDescription.toUtf8().size() > Validation::kMaxDescriptionBytes)
            return CreateKeyDialog::tr("The description is too long: at most %1 bytes")
                .arg(Validation::kMaxDescriptionBytes);
        return CreateKeyDialog::tr("The description must not contain control characters");
    }
    return expiryProblem(expiresAt());
}

CreateKeyDialog::CreateKeyDialog(CreateKeyContext context, QWidget* parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    initKeyDeskResources();
    setObjectName(QStringLiteral("CreateKeyDialog"));
    setWindowTitle(tr("New API key"));
    build();
    revalidate();
}

void CreateKeyDialog::build()
{
    m_w = new Widgets(this, m_context);
    Widgets& w = *m_w;
    auto* intro = new QLabel(tr("Creates a key on the site %1 (%2). The key is shown once, "
                                "right after it is created.")
                                 .arg(m_context.site.name, m_context.site.subdomain),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    w.name = new QLineEdit(this);
    w.name->setObjectName(QStringLiteral("nameEdit"));
    w.name->setAccessibleName(tr("Name"));
    w.name->setPlaceholderText(tr("What the key is for, e.g. \u201cnightly backup\u201d"));
    w.description = new QPlainTextEdit(this);
    w.description->setObjectName(QStringLiteral("descriptionEdit"));
    w.description->setAccessibleName(tr("Description"));
    w.description->setPlaceholderText(tr("Optional"));
    w.description->setTabChangesFocus(true);
    w.description->setFixedHeight(w.description->fontMetrics().lineSpacing() * 3 + 12);
    w.permission = new PermissionSetCombo(this);
    w.permission->setObjectName(QStringLiteral("permissionCombo"));
    w.permission->setAccessibleName(tr("Permission set"));
    w.s3 = new QCheckBox(tr("Enable use with Inbound &S3-compatible clients"), this);
    w.s3->setObjectName(QStringLiteral("s3CheckBox"));
    w.s3->setAccessibleName(tr("Enable use with Inbound S3-compatible clients"));
    layOut(intro);
    w.applyKindPolicy();
    w.applyExpiryPolicy();
    w.setTabOrder();
    connectInputs();
    w.name->setFocus(Qt::OtherFocusReason);
}

void CreateKeyDialog::layOut(QWidget* intro)
{
    Widgets& w = *m_w;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(10);
    form->addRow(tr("&Name:"), w.name);
    form->addRow(tr("&Description:"), w.description);
    form->addRow(tr("Key type:"), w.buildKind());
    QLayout* expiryRow = w.buildExpiry();
    auto* expiryLabel = new QLabel(tr("E&xpires:"), this);
    expiryLabel->setBuddy(w.expiry); // a layout as field: the label needs its buddy by hand
    form->addRow(expiryLabel, expiryRow);
    form->addRow(tr("&Permission set:"), w.permission);
    form->addRow(QString(), w.s3);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(w.buildValidation());
    layout->addWidget(w.buildButtons());
    setMinimumWidth(560);
}

void CreateKeyDialog::connectInputs()
{
    Widgets& w = *m_w;
    connect(w.name, &QLineEdit::textEdited, this, [this] { m_w->nameEdited = true; });
    connect(w.name, &QLineEdit::textChanged, this, &CreateKeyDialog::revalidate);
    connect(w.description, &QPlainTextEdit::textChanged, this, &CreateKeyDialog::revalidate);
    connect(w.user, &QRadioButton::toggled, this, &CreateKeyDialog::revalidate);
    connect(w.siteWide, &QRadioButton::toggled, this, &CreateKeyDialog::revalidate);
    connect(w.userCombo, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::revalidate);
    connect(w.expiry, &QComboBox::currentIndexChanged, this, &CreateKeyDialog::revalidate);
    connect(w.expiryDate, &QDateEdit::dateChanged, this, &CreateKeyDialog::revalidate);
}

void CreateKeyDialog::revalidate()
{
    Widgets& w = *m_w;
    w.updateDependents();
    const QString problem = w.firstProblem();
    // Before anything was typed, "enter a name" is a hint rather than a complaint.
    const bool quietHint =
        !w.nameEdited && w.name->text().isEmpty() && problem == tr("Enter a name for the key");
    w.validation->setText(problem);
    w.validation->setForegroundRole(quietHint ? QPalette::PlaceholderText : QPalette::WindowText);
    w.validationIcon->setVisible(!problem.isEmpty() && !quietHint);
    w.ok->setEnabled(problem.isEmpty());
}

void CreateKeyDialog::accept()
{
    if (!isInputValid())
        return;
    const QString refused = m_submit ? m_submit(request()) : QString();
    if (refused.isEmpty())
        return QDialog::accept();
    Widgets& w = *m_w;
    w.validation->setText(refused);
    w.validation->setForegroundRole(QPalette::WindowText);
    w.validationIcon->setVisible(true);
}

bool CreateKeyDialog::isInputValid() const
{
    return m_w->firstProblem().isEmpty();
}

CreateKeyRequest CreateKeyDialog::request() const
{
    const Widgets& w = *m_w;
    CreateKeyRequest r;
    r.siteId = m_context.site.id;
    r.userId = w.selectedUser();
    r.name = Validation::keyName(w.name->text()).value_or(w.name->text().trimmed());
    r.description = w.description->toPlainText();
    r.expiresAt = w.expiresAt();
    r.permissionSet = w.permission->permissionSet();
    r.s3 = r.userId.has_value() && w.s3->isChecked();
    return r;
}

} // namespace keydesk::ui
