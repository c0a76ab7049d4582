# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs S3 requests with botocore for tst_SigV4 and prints them as one JSON array.

Usage: sigv4_botocore.py ACCESS_KEY_ID SECRET. Each entry is what would go over the wire:
method, raw path, raw query, headers (Host included, as an HTTP client adds it) and the
payload hash the S3 listener would take (x-amz-content-sha256, or UNSIGNED-PAYLOAD for a
presigned URL). Nothing is sent anywhere.
"""
import json
import sys
from urllib.parse import urlsplit

import botocore.session
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.config import Config
from botocore.credentials import Credentials
from botocore.utils import percent_encode, percent_encode_sequence

ACCESS_KEY, SECRET = sys.argv[1], sys.argv[2]
ENDPOINT = "http://127.0.0.1:9000"
REGION = "us-east-1"
KEY = "photos/2024/my summer ü+=~ notes (1).txt"
PREFIX = "photos/my summer ü+"
TOKEN = "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="


def entry(name, method, url, headers, presigned=False):
    parts = urlsplit(url)
    pairs = [[k, v.decode() if isinstance(v, bytes) else v] for k, v in headers.items()]
    names = {k.lower() for k, _ in pairs}
    if "host" not in names:
        pairs.append(["Host", parts.netloc])  # what the HTTP client adds
    if "user-agent" not in names:
        pairs.append(["User-Agent", "botocore-test"])  # unsigned, as real clients send
    sha = [v for k, v in pairs if k.lower() == "x-amz-content-sha256"]
    return {
        "name": name,
        "method": method,
        "path": parts.path,
        "query": parts.query,
        "headers": pairs,
        "payloadHash": sha[0] if sha else "UNSIGNED-PAYLOAD",
        "presigned": presigned,
    }


def signed(name, method, path, query=None, headers=None, body=b"", unsigned=False):
    """S3SigV4Auth on an AWSRequest whose URL is encoded as botocore's serializer does."""
    url = ENDPOINT + percent_encode(path, safe="/~")
    if query:
        url += "?" + percent_encode_sequence(query)
    request = AWSRequest(method=method, url=url, headers=headers or {}, data=body)
    if unsigned:
        request.context["client_config"] = Config(s3={"payload_signing_enabled": False})
    S3SigV4Auth(Credentials(ACCESS_KEY, SECRET), "s3", REGION).add_auth(request)
    prepared = request.prepare()
    return entry(name, prepared.method, prepared.url, dict(prepared.headers.items()))


class Captured(Exception):
    pass


def client():
    config = Config(signature_version="s3v4", s3={"addressing_style": "path"},
                    retries={"max_attempts": 1})
    return botocore.session.get_session().create_client(
        "s3", region_name=REGION, endpoint_url=ENDPOINT, config=config,
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET)


def sent_by_client(name, operation, **params):
    """The request a botocore client really sends (serializer and signer), caught before-send."""
    s3 = client()
    caught = []

    def capture(request, **kwargs):
        caught.append(request)
        raise Captured()

    s3.meta.events.register("before-send.s3", capture)
    try:
        getattr(s3, operation)(**params)
    except Captured:
        pass
    request = caught[0]
    return entry(name, request.method, request.url, dict(request.headers.items()))


def presigned(name, operation, params, expires):
    url = client().generate_presigned_url(operation, Params=params, ExpiresIn=expires)
    return entry(name, "GET", url, {}, presigned=True)


cases = [
    signed("get object, key with space, unicode, + = ~", "GET", "/bucket/" + KEY),
    signed("list objects v2", "GET", "/bucket",
           query=[("list-type", "2"), ("prefix", PREFIX), ("continuation-token", TOKEN),
                  ("delimiter", "/")]),
    signed("put object with signed body", "PUT", "/bucket/" + KEY,
           headers={"Content-Type": "text/plain", "x-amz-meta-note": "  two   spaces  "},
           body=b"hello, world\n"),
    signed("put object, unsigned payload", "PUT", "/bucket/" + KEY, body=b"unsigned body",
           unsigned=True),
    signed("Date header instead of X-Amz-Date", "GET", "/bucket/plain.txt",
           headers={"Date": "placeholder"}),
    sent_by_client("client get_object", "get_object", Bucket="bucket", Key=KEY),
    sent_by_client("client list_objects_v2", "list_objects_v2", Bucket="bucket", Prefix=PREFIX,
                   ContinuationToken=TOKEN, Delimiter="/"),
    presigned("presigned get_object", "get_object", {"Bucket": "bucket", "Key": KEY}, 900),
    presigned("presigned list_objects_v2", "list_objects_v2",
              {"Bucket": "bucket", "Prefix": PREFIX, "ContinuationToken": TOKEN}, 3600),
]
json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
