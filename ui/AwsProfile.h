// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiKey.h"
#include "SecretBytes.h"

#include <QString>

namespace keydesk::ui {

// An S3 key (R6) as an AWS CLI profile, to paste into ~/.aws/config: the "[profile NAME]" form
// belongs there (~/.aws/credentials would want "[NAME]"), and the CLI reads the keys from it
// too. The endpoint is a comment with the --endpoint-url flag, because Debian 12's AWS CLI
// (2.9) ignores endpoint_url in the config file (only 2.13 and later read it):
//
//   [profile keydesk-acme-7]
//   aws_access_key_id = KDAK...
//   aws_secret_access_key = ...
//   # endpoint: aws --profile keydesk-acme-7 --endpoint-url https://s3.example.com s3 ls
//   # (or endpoint_url = https://s3.example.com in this section, AWS CLI >= 2.13)
//
// Without a known endpoint (console Settings, "S3 endpoint") the comment says where to get it.
namespace AwsProfile {
// "keydesk-<site subdomain>-<key id>", or "keydesk-<key id>" when the subdomain is unknown.
QString profileName(const ApiKey& key);
// The whole snippet, built in wiped memory; empty unless `key` is an S3 key.
SecretBytes snippet(const ApiKey& key, const SecretBytes& secretKey, const QString& endpoint);
} // namespace AwsProfile

} // namespace keydesk::ui
