# SPDX-License-Identifier: GPL-3.0-or-later
"""S3-compatible keys end to end (R6), with real S3 clients against the real keydesk-server.

Debian's /usr/bin/aws and botocore (python3-botocore) talk to the server's S3 listener with
credentials made by keydeskctl; curl fetches a presigned URL. The negative cases sign with
botocore too (a wrong secret, a skewed clock, another site's Host). Run by CTest with
KEYDESK_SERVER and KEYDESKCTL set; secrets never reach this test's output.
"""
import datetime
import hashlib
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import warnings

import botocore.auth
import botocore.awsrequest
import botocore.credentials
import botocore.session

AWS = "/usr/bin/aws"
SERVER = os.environ.get("KEYDESK_SERVER", "")
CTL = os.environ.get("KEYDESKCTL", "")
DOMAIN = "example.test"


class World:
    """A store with site acme (alice: site admin, bob and carol: users), a child site acme-eu
    (erin), S3 keys for alice, bob and erin, and a running keydesk-server with --s3-listen."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="kd-s3-")
        self.store = "sqlite:" + os.path.join(self.dir, "kd.sqlite")
        self.env = dict(os.environ, KEYDESK_STORE=self.store, HOME=self.dir,
                        XDG_CONFIG_HOME=os.path.join(self.dir, "config"),
                        XDG_DATA_HOME=os.path.join(self.dir, "data-home"))
        admin = subprocess.run([CTL, "init", "--site-name", "Acme", "--subdomain", "acme",
                                "--admin", "alice"], env=self.env, capture_output=True,
                               text=True, check=True).stdout.strip()
        self.env["KEYDESK_API_KEY"] = admin
        self.secrets = [admin]  # every secret made here: none may appear in plaintext
        self.ctl("user", "create", "--username", "bob")
        self.ctl("user", "create", "--username", "carol")
        self.ctl("child-site", "create", "--name", "Acme EU", "--subdomain", "acme-eu")
        self.ctl("user", "create", "--username", "erin", "--site", "acme-eu")
        self.alice = self.s3_key("alice")
        self.bob = self.s3_key("bob")
        self.erin = self.s3_key("erin", "--site", "acme-eu")
        self.start_server()

    def ctl(self, *args, check=True):
        result = subprocess.run([CTL, *args], env=self.env, capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"keydeskctl {args[0]} {args[1]}: exit {result.returncode}: "
                                 f"{result.stderr.strip()}")
        return result

    def s3_key(self, user, *extra):
        out = json.loads(self.ctl("--json", "key", "create", "--name", f"s3 {user}", "--user",
                                  user, "--s3", *extra).stdout)
        key = {"id": out["id"], "access": out["aws_access_key_id"],
               "secret": out.get("aws_secret_access_key") or out["aws_secret_key"]}
        self.secrets += [out["key"], key["secret"]]
        return key

    def start_server(self):
        self.log = open(os.path.join(self.dir, "server.log"), "wb")
        self.server = subprocess.Popen(
            [SERVER, "--store", self.store, "--listen", "127.0.0.1:0", "--s3-listen",
             "127.0.0.1:0", "--data-dir", os.path.join(self.dir, "objects"), "--domain", DOMAIN,
             "--auth-fail-limit", "0"],
            stdout=subprocess.PIPE, stderr=self.log, text=True, env=self.env)
        lines = [self.server.stdout.readline().strip() for _ in range(2)]
        ports = dict(re.match(r"(\w+) listening on 127\.0\.0\.1:(\d+)$", line).groups()
                     for line in lines)
        self.s3_port = int(ports["s3"])
        self.endpoint = f"http://127.0.0.1:{self.s3_port}"

    def stop(self):
        self.server.terminate()
        code = self.server.wait(timeout=30)
        self.server.stdout.close()
        self.log.close()
        return code

    def aws(self, key, *args, secret=None):
        env = dict(os.environ, AWS_ACCESS_KEY_ID=key["access"],
                   AWS_SECRET_ACCESS_KEY=secret or key["secret"], AWS_DEFAULT_REGION="us-east-1",
                   AWS_EC2_METADATA_DISABLED="true", HOME=self.dir,
                   AWS_CONFIG_FILE=os.path.join(self.dir, "no-aws-config"),
                   AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.dir, "no-aws-credentials"),
                   AWS_MAX_ATTEMPTS="1", AWS_PAGER="")
        quiet = ["--no-progress"] if args[:2] == ("s3", "cp") else []
        return subprocess.run([AWS, "--endpoint-url", self.endpoint, *args, *quiet],
                              env=env, capture_output=True, text=True, cwd=self.dir)

    def client(self, key, secret=None):
        session = botocore.session.get_session()
        return session.create_client("s3", endpoint_url=self.endpoint, region_name="eu-west-3",
                                     aws_access_key_id=key["access"],
                                     aws_secret_access_key=secret or key["secret"])

    def signed(self, key, method, path, host=None, body=b"", skew=0, payload_hash=None,
               headers=None, send_body=None):
        """Signs with botocore's SigV4 (as the S3 client does) and sends over http.client, so
        the Host and the clock can be chosen. Returns (status, error code or None)."""
        host = host or f"127.0.0.1:{self.s3_port}"
        request = botocore.awsrequest.AWSRequest(method=method, url=f"http://{host}{path}",
                                                 data=body, headers=dict(headers or {}))
        request.headers["Host"] = host  # signed, and sent as is
        request.headers["X-Amz-Content-SHA256"] = (payload_hash or
                                                   hashlib.sha256(body).hexdigest())
        credentials = botocore.credentials.Credentials(key["access"], key["secret"])
        signer = botocore.auth.S3SigV4Auth(credentials, "s3", "us-east-1")
        if skew:
            real = datetime.datetime

            class Skewed(real):
                @classmethod
                def utcnow(cls):
                    return real.utcnow() + datetime.timedelta(seconds=skew)
            botocore.auth.datetime.datetime = Skewed
            try:
                signer.add_auth(request)
            finally:
                botocore.auth.datetime.datetime = real
        else:
            signer.add_auth(request)
        connection = http.client.HTTPConnection("127.0.0.1", self.s3_port, timeout=30)
        sent = body if send_body is None else send_body
        connection.request(method, path, body=sent, headers=dict(request.headers.items()))
        response = connection.getresponse()
        payload = response.read()
        connection.close()
        code = re.search(rb"<Code>([^<]+)</Code>", payload)
        return response.status, code.group(1).decode() if code else None


def error_code(result):
    match = re.search(r"\(([A-Za-z0-9]+)\)", result.stderr)
    return match.group(1) if match else result.stderr.strip()[:200]


world = None


def list_bob(key):
    # s3api, not "s3 ls": "aws s3 ls" exits 1 for an empty listing.
    return world.aws(key, "s3api", "list-objects-v2", "--bucket", "default", "--prefix", "bob/")


def setUpModule():
    global world
    warnings.simplefilter("ignore", ResourceWarning)  # botocore's pooled sockets
    for tool, what in ((SERVER, "KEYDESK_SERVER"), (CTL, "KEYDESKCTL")):
        if not tool or not os.access(tool, os.X_OK):
            raise RuntimeError(f"{what} does not name an executable")
    if not os.access(AWS, os.X_OK):
        raise RuntimeError("/usr/bin/aws is missing (Debian package awscli)")
    world = World()


def tearDownModule():
    if world:
        world.stop()
        if os.environ.get("KEYDESK_TEST_KEEP"):
            print(f"kept {world.dir}", file=sys.stderr)
        else:
            shutil.rmtree(world.dir, ignore_errors=True)


class AwsCli(unittest.TestCase):
    def test_ls_lists_the_site_bucket(self):
        result = world.aws(world.bob, "s3", "ls")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout, r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d default\n")

    def roundtrip(self, name, size):
        local = os.path.join(world.dir, name)
        with open(local, "wb") as f:
            f.write(os.urandom(size))
        target = f"s3://default/bob/{name}"
        up = world.aws(world.bob, "s3", "cp", local, target)
        self.assertEqual(up.returncode, 0, up.stderr)
        listed = world.aws(world.bob, "s3", "ls", "s3://default/bob/")
        self.assertRegex(listed.stdout, rf"\s{size} {re.escape(name)}\n")
        back = local + ".back"
        down = world.aws(world.bob, "s3", "cp", target, back)
        self.assertEqual(down.returncode, 0, down.stderr)
        with open(local, "rb") as a, open(back, "rb") as b:
            self.assertTrue(a.read() == b.read(), "the object came back different")
        removed = world.aws(world.bob, "s3", "rm", target)
        self.assertEqual(removed.returncode, 0, removed.stderr)
        listed = world.aws(world.bob, "s3", "ls", "s3://default/bob/")
        self.assertNotIn(name, listed.stdout)

    def test_cp_up_and_down_1KiB(self):
        self.roundtrip("one-kib.bin", 1024)

    def test_cp_up_and_down_20MiB_multipart(self):
        self.roundtrip("twenty-mib.bin", 20 * 1024 * 1024)

    def test_ls_of_the_bucket_root_shows_only_the_home_folder(self):
        world.client(world.alice).put_object(Bucket="default", Key="alice/secret-plan.txt",
                                             Body=b"x")
        result = world.aws(world.bob, "s3", "ls", "s3://default/")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.split(), ["PRE", "bob/"])

    def test_non_admin_outside_home_is_AccessDenied(self):
        world.client(world.alice).put_object(Bucket="default", Key="alice/report.txt", Body=b"x")
        for args in (("s3", "ls", "s3://default/alice/"),
                     ("s3", "cp", "s3://default/alice/report.txt", "-"),
                     ("s3api", "put-object", "--bucket", "default", "--key", "carol/x"),
                     ("s3api", "delete-object", "--bucket", "default", "--key",
                      "alice/report.txt")):
            with self.subTest(args=args[:2]):
                result = world.aws(world.bob, *args)
                self.assertNotEqual(result.returncode, 0)
                # cp starts with HeadObject, whose errors have no body: only the status.
                self.assertIn(error_code(result), ("AccessDenied", "403"))
        self.assertEqual(world.aws(world.alice, "s3", "ls", "s3://default/alice/").returncode, 0)

    def test_recursive_rm_deletes_only_within_reach(self):
        s3 = world.client(world.alice)
        for key in ("bob/tree/a", "bob/tree/sub/b", "alice/tree/c"):
            s3.put_object(Bucket="default", Key=key, Body=b"x")
        removed = world.aws(world.bob, "s3", "rm", "--recursive", "s3://default/bob/tree/")
        self.assertEqual(removed.returncode, 0, removed.stderr)
        self.assertEqual(removed.stdout.count("delete: s3://default/bob/tree/"), 2)
        left = s3.list_objects_v2(Bucket="default", Prefix="bob/tree/").get("KeyCount")
        self.assertEqual(left, 0)
        mixed = world.client(world.bob).delete_objects(
            Bucket="default", Delete={"Objects": [{"Key": "alice/tree/c"}, {"Key": "bob/none"}]})
        self.assertEqual([d["Key"] for d in mixed.get("Deleted", [])], ["bob/none"])
        self.assertEqual([(e["Key"], e["Code"]) for e in mixed.get("Errors", [])],
                         [("alice/tree/c", "AccessDenied")])
        self.assertEqual(s3.list_objects_v2(Bucket="default", Prefix="alice/tree/")["KeyCount"], 1)

    def test_site_admin_sees_the_whole_bucket(self):
        world.client(world.bob).put_object(Bucket="default", Key="bob/for-admin.txt", Body=b"b")
        result = world.aws(world.alice, "s3", "ls", "s3://default/", "--recursive")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("bob/for-admin.txt", result.stdout)

    def test_wrong_secret_is_SignatureDoesNotMatch(self):
        wrong = world.bob["secret"][:-1] + ("A" if world.bob["secret"][-1] != "A" else "B")
        result = world.aws(world.bob, "s3", "ls", "s3://default/bob/", secret=wrong)
        self.assertEqual(error_code(result), "SignatureDoesNotMatch")

    def test_disabled_key_is_AccessDenied_then_works_again(self):
        key = world.s3_key("bob")
        self.assertEqual(list_bob(key).returncode, 0)
        world.ctl("key", "disable", str(key["id"]))
        self.assertEqual(error_code(list_bob(key)), "AccessDenied")
        world.ctl("key", "enable", str(key["id"]))
        self.assertEqual(list_bob(key).returncode, 0)

    def test_revoked_key_is_InvalidAccessKeyId_at_once(self):
        key = world.s3_key("bob")
        self.assertEqual(list_bob(key).returncode, 0)
        world.ctl("key", "revoke", str(key["id"]))
        self.assertEqual(error_code(list_bob(key)), "InvalidAccessKeyId")

    def test_disabled_user_is_AccessDenied(self):
        world.ctl("user", "create", "--username", "dave")
        key = world.s3_key("dave")
        world.ctl("user", "disable", "dave")
        self.assertEqual(error_code(world.aws(key, "s3", "ls", "s3://default/dave/")),
                         "AccessDenied")


class Botocore(unittest.TestCase):
    def test_list_buckets_put_object_get_object(self):
        s3 = world.client(world.bob)
        names = [b["Name"] for b in s3.list_buckets()["Buckets"]]
        self.assertEqual(names, ["default"])
        for key in ("bob/plain.txt", "bob/dir with space/über+=~&.txt"):
            with self.subTest(key=key):
                body = os.urandom(3000)
                put = s3.put_object(Bucket="default", Key=key, Body=body)
                self.assertEqual(put["ETag"], '"' + hashlib.md5(body).hexdigest() + '"')
                got = s3.get_object(Bucket="default", Key=key)
                self.assertTrue(got["Body"].read() == body, "get_object returned other bytes")
                part = s3.get_object(Bucket="default", Key=key, Range="bytes=10-19")
                self.assertTrue(part["Body"].read() == body[10:20])
                self.assertEqual(part["ContentRange"], "bytes 10-19/3000")

    def test_ranges_suffix_open_and_unsatisfiable(self):
        s3 = world.client(world.bob)
        s3.put_object(Bucket="default", Key="bob/ten.bin", Body=b"0123456789")
        read = lambda r: s3.get_object(Bucket="default", Key="bob/ten.bin", Range=r)["Body"].read()
        self.assertEqual(read("bytes=-3"), b"789")
        self.assertEqual(read("bytes=7-"), b"789")
        self.assertEqual(read("bytes=8-100"), b"89")
        s3.put_object(Bucket="default", Key="bob/empty.bin", Body=b"")
        for key, rng in (("bob/ten.bin", "bytes=10-"), ("bob/empty.bin", "bytes=-1")):
            with self.subTest(key=key, range=rng):
                with self.assertRaises(s3.exceptions.ClientError) as refused:
                    s3.get_object(Bucket="default", Key=key, Range=rng)
                self.assertEqual(refused.exception.response["Error"]["Code"], "InvalidRange")

    def test_list_objects_v2_prefix_delimiter_and_continuation(self):
        s3 = world.client(world.alice)
        keys = [f"paging/{d}/f{i:02}" for d in ("a", "b") for i in range(5)] + ["paging/top"]
        for key in keys:
            s3.put_object(Bucket="default", Key=key, Body=b"-")
        seen, token = [], None
        while True:
            args = dict(Bucket="default", Prefix="paging/", MaxKeys=3)
            if token:
                args["ContinuationToken"] = token
            page = s3.list_objects_v2(**args)
            seen += [o["Key"] for o in page.get("Contents", [])]
            if not page["IsTruncated"]:
                break
            token = page["NextContinuationToken"]
        self.assertEqual(seen, sorted(keys))
        page = s3.list_objects_v2(Bucket="default", Prefix="paging/", Delimiter="/")
        self.assertEqual([p["Prefix"] for p in page["CommonPrefixes"]],
                         ["paging/a/", "paging/b/"])
        self.assertEqual([o["Key"] for o in page["Contents"]], ["paging/top"])

    def test_missing_key_is_NoSuchKey_and_other_bucket_NoSuchBucket(self):
        s3 = world.client(world.bob)
        with self.assertRaises(s3.exceptions.NoSuchKey):
            s3.get_object(Bucket="default", Key="bob/never-written")
        with self.assertRaises(s3.exceptions.NoSuchBucket):
            s3.list_objects_v2(Bucket="elsewhere")

    def test_presigned_get_fetched_with_curl(self):
        s3 = world.client(world.bob)
        s3.put_object(Bucket="default", Key="bob/shared.txt", Body=b"presigned body")
        url = s3.generate_presigned_url("get_object", ExpiresIn=300,
                                        Params={"Bucket": "default", "Key": "bob/shared.txt"})
        fetched = subprocess.run(["curl", "-sS", "-f", url], capture_output=True)
        self.assertEqual(fetched.returncode, 0, fetched.stderr[-200:])
        self.assertEqual(fetched.stdout, b"presigned body")
        tampered = url.replace("shared.txt", "other.txt")
        refused = subprocess.run(["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}",
                                  tampered], capture_output=True, text=True)
        self.assertEqual(refused.stdout, "403")


class Refusals(unittest.TestCase):
    def test_clock_skew_is_RequestTimeTooSkewed(self):
        self.assertEqual(world.signed(world.bob, "GET", "/default?list-type=2&prefix=bob%2F",
                                      skew=-20 * 60), (403, "RequestTimeTooSkewed"))
        self.assertEqual(world.signed(world.bob, "GET", "/default?list-type=2&prefix=bob%2F",
                                      skew=-14 * 60)[0], 200)

    def test_key_of_another_site_is_refused(self):
        # erin's key (site acme-eu) on the primary site's endpoint, then on its own Host.
        self.assertEqual(error_code(world.aws(world.erin, "s3", "ls", "s3://default/erin/")),
                         "InvalidAccessKeyId")
        own = f"acme-eu.{DOMAIN}:{world.s3_port}"
        self.assertEqual(world.signed(world.erin, "GET", "/default?list-type=2&prefix=erin%2F",
                                      host=own)[0], 200)
        # bob's key (site acme) presented to acme-eu.
        self.assertEqual(world.signed(world.bob, "GET", "/default?list-type=2&prefix=bob%2F",
                                      host=own), (403, "InvalidAccessKeyId"))

    def test_body_that_does_not_match_its_signed_hash_is_refused(self):
        status, code = world.signed(world.bob, "PUT", "/default/bob/tampered", body=b"A" * 64,
                                    send_body=b"B" * 64)
        self.assertEqual((status, code), (400, "XAmzContentSHA256Mismatch"))
        missing = world.client(world.bob)
        with self.assertRaises(missing.exceptions.NoSuchKey):
            missing.get_object(Bucket="default", Key="bob/tampered")

    def test_unsigned_amz_header_is_refused(self):
        # Signed without x-amz-meta-note, sent with it: whoever adds it must not get through.
        self.assertEqual(world_unsigned_header({"x-amz-meta-note": "added after signing"}),
                         (403, "AccessDenied"))

    def test_site_wide_key_can_never_be_S3_R6(self):
        result = world.ctl("key", "create", "--name", "nope", "--site-wide", "--s3", check=False)
        self.assertEqual(result.returncode, 6, result.stderr)
        self.assertIn("S3", result.stderr)

    def test_chunked_body_is_refused_with_411(self):
        connection = http.client.HTTPConnection("127.0.0.1", world.s3_port, timeout=10)
        connection.putrequest("PUT", "/default/bob/chunked")
        connection.putheader("Transfer-Encoding", "chunked")
        connection.endheaders()
        connection.send(b"5\r\nhello\r\n0\r\n\r\n")
        response = connection.getresponse()
        self.assertEqual(response.status, 411)
        self.assertIn(b"MissingContentLength", response.read())

    def test_anonymous_request_is_AccessDenied(self):
        connection = http.client.HTTPConnection("127.0.0.1", world.s3_port, timeout=10)
        connection.request("GET", "/default/bob/plain.txt")
        response = connection.getresponse()
        self.assertEqual(response.status, 403)
        self.assertIn(b"<Code>AccessDenied</Code>", response.read())


def world_unsigned_header(extra):
    request = botocore.awsrequest.AWSRequest(
        method="GET", url=f"http://127.0.0.1:{world.s3_port}/default/bob/plain.txt")
    request.headers["X-Amz-Content-SHA256"] = hashlib.sha256(b"").hexdigest()
    credentials = botocore.credentials.Credentials(world.bob["access"], world.bob["secret"])
    botocore.auth.S3SigV4Auth(credentials, "s3", "us-east-1").add_auth(request)
    headers = dict(request.headers.items())
    headers.update(extra)
    connection = http.client.HTTPConnection("127.0.0.1", world.s3_port, timeout=10)
    connection.request("GET", "/default/bob/plain.txt", headers=headers)
    response = connection.getresponse()
    code = re.search(rb"<Code>([^<]+)</Code>", response.read())
    return response.status, code.group(1).decode() if code else None


class Tls(unittest.TestCase):
    """The S3 listener over TLS (the REST certificate, made here with openssl): the aws CLI
    trusts it through --ca-bundle and refuses it without; over https botocore sends
    UNSIGNED-PAYLOAD bodies, which are accepted."""

    @classmethod
    def setUpClass(cls):
        cls.cert = os.path.join(world.dir, "tls-cert.pem")
        cls.key = os.path.join(world.dir, "tls-key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", cls.key, "-out",
                        cls.cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext",
                        "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
        cls.server = subprocess.Popen(
            [SERVER, "--store", world.store, "--listen", "127.0.0.1:0", "--s3-listen",
             "127.0.0.1:0", "--data-dir", os.path.join(world.dir, "objects"), "--tls-cert",
             cls.cert, "--tls-key", cls.key], stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=world.env)
        lines = [cls.server.stdout.readline().strip() for _ in range(2)]
        cls.endpoint = "https://" + lines[1].removeprefix("s3 listening on ")

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait(timeout=30)
        cls.server.stdout.close()

    def aws(self, *args):
        saved = world.endpoint
        world.endpoint = self.endpoint
        try:
            return world.aws(world.bob, *args)
        finally:
            world.endpoint = saved

    def test_cp_over_tls_with_the_ca_bundle(self):
        local = os.path.join(world.dir, "tls.bin")
        with open(local, "wb") as f:
            f.write(os.urandom(100 * 1024))
        up = self.aws("s3", "cp", local, "s3://default/bob/tls.bin", "--ca-bundle", self.cert)
        self.assertEqual(up.returncode, 0, up.stderr)
        down = self.aws("s3", "cp", "s3://default/bob/tls.bin", local + ".back", "--ca-bundle",
                        self.cert)
        self.assertEqual(down.returncode, 0, down.stderr)
        with open(local, "rb") as a, open(local + ".back", "rb") as b:
            self.assertTrue(a.read() == b.read(), "the object came back different")

    def test_untrusted_certificate_is_refused_by_the_client(self):
        refused = self.aws("s3", "ls", "s3://default/bob/")
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("SSL", refused.stderr)


class YyKekRotation(unittest.TestCase):
    """Runs late: rotating the KEK under the running server invalidates no S3 key."""

    def test_rotate_kek_keeps_s3_keys_working_on_a_running_server(self):
        self.assertEqual(list_bob(world.bob).returncode, 0)
        rotated = subprocess.run([SERVER, "rotate-kek", "--store", world.store],
                                 capture_output=True, text=True, env=world.env)
        self.assertEqual(rotated.returncode, 0, rotated.stderr)
        self.assertRegex(rotated.stdout, r"S3 secrets: [1-9]\d* re-sealed")
        self.assertEqual(list_bob(world.bob).returncode, 0)
        retired = subprocess.run([SERVER, "rotate-kek", "--store", world.store, "--reseal-only",
                                  "--retire-old"], capture_output=True, text=True, env=world.env)
        self.assertEqual(retired.returncode, 0, retired.stderr)
        self.assertRegex(retired.stdout, r"1 retired")
        result = list_bob(world.bob)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(world.signed(world.erin, "GET", "/default?list-type=2&prefix=erin%2F",
                                      host=f"acme-eu.{DOMAIN}:{world.s3_port}")[0], 200)


class ZzSecretsAtRest(unittest.TestCase):
    """Runs last (alphabetical): after every other request, the store, the object index and
    the server's log hold no S3 secret (nor API key) in plaintext."""

    def test_no_secret_in_the_database_or_the_logs(self):
        world.log.flush()
        files = [os.path.join(world.dir, "kd.sqlite"), os.path.join(world.dir, "server.log")]
        files += [os.path.join(world.dir, "kd.sqlite-wal")]
        for root, _, names in os.walk(os.path.join(world.dir, "objects")):
            files += [os.path.join(root, n) for n in names if "index.sqlite" in n]
        contents = b""
        for path in files:
            if os.path.exists(path):
                with open(path, "rb") as f:
                    contents += f.read()
        # The search can find what is there: the access key ids are stored in plaintext.
        self.assertIn(world.bob["access"].encode(), contents)
        for i, secret in enumerate(world.secrets):
            self.assertFalse(secret.encode() in contents, f"secret #{i} found in plaintext")


if __name__ == "__main__":
    unittest.main(verbosity=2)
