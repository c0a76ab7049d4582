// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Principal.h"
#include "Requests.h"
#include "Site.h"
#include "User.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <functional>

namespace keydesk::ui {

struct CreateKeyContext {
    Principal principal;
    Site site;         // the site the key will belong to
    QList<User> users; // the site's users the principal may see
    QDateTime now;     // UTC
};

// Site-wide or user key, name, description, expiry (none, 30/90/365 days, a date; bounded by
// the site's max_key_lifetime_days / require_key_expiry), permission set, and "Enable use with
// Inbound S3-compatible clients" (user keys only). Choices the principal may not make are
// disabled with the policy's reason as tooltip; OK stays disabled until the input is valid.
// objectNames: siteWideRadio, userRadio, userCombo, nameEdit, descriptionEdit, expiryCombo,
// expiryDateEdit, permissionCombo, s3CheckBox, validationLabel, buttonBox (OK: okButton).
//
// With a submitter, OK sends the request itself: an empty answer closes the dialog (accepted);
// any other answer (the store's refusal, a lost connection) is shown in the validation line and
// the dialog stays open with the input as it was, to try again.
class CreateKeyDialog : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<QString(const CreateKeyRequest&)>;

    explicit CreateKeyDialog(CreateKeyContext context, QWidget* parent = nullptr);

    CreateKeyRequest request() const; // what to send to Session::createKey
    bool isInputValid() const;
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

public slots:
    void accept() override;

private slots:
    void revalidate();

private:
    struct Widgets;
    void build();
    void layOut(QWidget* intro);
    void connectInputs();
    CreateKeyContext m_context;
    Widgets* m_w = nullptr;
    Submit m_submit;
};

} // namespace keydesk::ui
