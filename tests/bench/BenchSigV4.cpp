// SPDX-License-Identifier: GPL-3.0-or-later
// bench_sigv4: AWS Signature Version 4 verification (core/SigV4) of a realistic S3 GET with six
// signed headers, parse + verify per request, against a baseline in the same process that only
// computes the canonical request's SHA-256 and the five-HMAC chain with OpenSSL on strings built
// beforehand (pre-fetched digest, one reused HMAC context: the least a verifier must do).
// Rounds alternate the two sides in short slices; the medians of both rates and of the rounds'
// ratios are reported (target >= 0.5). Run on demand
// (scripts/bench-sigv4), never by CTest.
#include "SigV4.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <vector>

using namespace keydesk;
using namespace keydesk::sigv4;

namespace {
constexpr double kTarget = 0.5;
constexpr int kExitError = 1;
constexpr int kExitTargetMissed = 3;
constexpr int kChunk = 64;  // verifications between two clock reads
constexpr int kSlices = 10; // per side and round, alternating
const QByteArray kSecret = "kdS3/Secret+Key=0123456789abcdefghijklmn";
const QDateTime kNow(QDate(2024, 6, 1), QTime(12, 0, 30), Qt::UTC);

using Clock = std::chrono::steady_clock;

// GetObject as the AWS SDKs send it: six signed headers, four unsigned ones.
HttpRequest s3GetObject()
{
    HttpRequest request{"GET",
                        "/media-archive/photos/2024/summer%20trip/IMG_0042.jpg",
                        "versionId=3HL4kqtJlcpXroDTDmJ%2Brmq5Iqu3kL0v",
                        {},
                        {}};
    request.payloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    request.headers = {
        {"Host", "s3.keydesk.example:9000"},
        {"User-Agent", "aws-sdk-java/2.25.60 Linux/6.1.0 OpenJDK_64-Bit_Server_VM/17.0.11"},
        {"Accept-Encoding", "identity"},
        {"Range", "bytes=1048576-2097151"},
        {"If-None-Match", "\"9b2cf535f27731c974343645a3985328\""},
        {"x-amz-checksum-mode", "ENABLED"},
        {"x-amz-content-sha256", request.payloadHash},
        {"x-amz-date", "20240601T120000Z"},
        {"amz-sdk-invocation-id", "0b1c3a5e-4f6d-4a8e-9c2b-7d1e5f3a9b6c"},
        {"amz-sdk-request", "attempt=1; max=3"}};
    return request;
}

SecretBytes secret()
{
    return SecretBytes::copyOf({kSecret.constData(), size_t(kSecret.size())});
}

// Signs `request` with the core's own pieces; returns the pieces the baseline starts from.
struct Prepared {
    HttpRequest request;
    QByteArray canonicalRequest;
    QByteArray stringToSignPrefix; // the string to sign without the canonical request's hash
    Authorization auth;
};

Prepared prepare()
{
    Prepared p{s3GetObject(), {}, {}, {}};
    p.auth.accessKeyId = "KDAKBENCHMARK0000001";
    p.auth.date = "20240601";
    p.auth.region = "us-east-1";
    p.auth.service = "s3";
    p.auth.signedHeaders = {
        "host",      "if-none-match", "range", "x-amz-checksum-mode", "x-amz-content-sha256",
        "x-amz-date"};
    p.auth.amzDate = "20240601T120000Z";
    p.canonicalRequest = canonicalRequest(p.request, p.auth, PathMode::S3);
    const QByteArray toSign = stringToSign(p.auth, p.canonicalRequest);
    p.stringToSignPrefix = toSign.chopped(64);
    p.auth.signature = signatureHex(signingKey(secret(), p.auth), toSign);
    p.request.headers.append(
        {"Authorization", "AWS4-HMAC-SHA256 Credential=" + p.auth.accessKeyId + "/20240601/" +
                              p.auth.region + "/s3/aws4_request, SignedHeaders=" +
                              p.auth.signedHeaders.join(';') + ", Signature=" + p.auth.signature});
    return p;
}

// ---- The baseline: SHA-256 + five HMACs on pre-built strings

class Baseline {
public:
    explicit Baseline(const Prepared& p)
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr))
        , m_ctx(m_mac ? EVP_MAC_CTX_new(m_mac) : nullptr)
        , m_creq(p.canonicalRequest)
        , m_toSign(p.stringToSignPrefix + QByteArray(64, '0'))
        , m_key("AWS4" + kSecret)
        , m_scope({p.auth.date, p.auth.region, p.auth.service, "aws4_request"})
        , m_expected(p.auth.signature)
    {
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
            OSSL_PARAM_construct_end()};
        m_ok = m_md && m_ctx && EVP_MAC_CTX_set_params(m_ctx, params) == 1;
    }
    ~Baseline()
    {
        EVP_MAC_CTX_free(m_ctx);
        EVP_MAC_free(m_mac);
        EVP_MD_free(m_md);
    }
    Baseline(const Baseline&) = delete;
    Baseline& operator=(const Baseline&) = delete;

    bool verifyOnce();

private:
    bool hmac(const unsigned char* key, size_t keyLength, const char* data, size_t length,
              unsigned char* out)
    {
        size_t written = 0;
        return EVP_MAC_init(m_ctx, key, keyLength, nullptr) == 1 &&
               EVP_MAC_update(m_ctx, reinterpret_cast<const unsigned char*>(data), length) == 1 &&
               EVP_MAC_final(m_ctx, out, &written, 32) == 1;
    }

    EVP_MD* m_md;
    EVP_MAC* m_mac;
    EVP_MAC_CTX* m_ctx;
    QByteArray m_creq;
    QByteArray m_toSign; // prefix + room for the hex hash
    QByteArray m_key;
    std::vector<QByteArray> m_scope;
    QByteArray m_expected;
    bool m_ok = false;
};

void toHex(const unsigned char* bytes, char* out)
{
    constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        out[2 * i] = kHex[bytes[i] >> 4];
        out[2 * i + 1] = kHex[bytes[i] & 15];
    }
}

bool Baseline::verifyOnce()
{
    unsigned char digest[32];
    unsigned int length = 0;
    if (!m_ok ||
        EVP_Digest(m_creq.constData(), size_t(m_creq.size()), digest, &length, m_md, nullptr) != 1)
        return false;
    toHex(digest, m_toSign.data() + m_toSign.size() - 64);
    unsigned char a[32];
    unsigned char b[32];
    const auto* key = reinterpret_cast<const unsigned char*>(m_key.constData());
    bool ok = hmac(key, size_t(m_key.size()), m_scope[0].constData(), size_t(m_scope[0].size()), a);
    for (size_t i = 1; ok && i < m_scope.size(); ++i) {
        ok = hmac(a, 32, m_scope[i].constData(), size_t(m_scope[i].size()), b);
        std::copy(b, b + 32, a);
    }
    ok = ok && hmac(a, 32, m_toSign.constData(), size_t(m_toSign.size()), b);
    char hex[64];
    toHex(b, hex);
    return ok && CRYPTO_memcmp(hex, m_expected.constData(), 64) == 0;
}

// ---- Measuring

struct Tally {
    qint64 done = 0;
    double seconds = 0;
};

// Adds at least `seconds` of `verifyOnce` to `tally`; false when a verification fails.
template <typename Verify> bool run(double seconds, Verify&& verifyOnce, Tally& tally)
{
    double elapsed = 0;
    const auto start = Clock::now();
    do {
        for (int i = 0; i < kChunk; ++i) {
            if (!verifyOnce())
                return false;
        }
        tally.done += kChunk;
        elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < seconds);
    tally.seconds += elapsed;
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

struct Figures {
    std::vector<double> keydesk, baseline, ratios; // per round
    double keydeskMedian = 0, baselineMedian = 0;
    double ratio = 0; // median of the rounds' ratios
};

// A round: kSlices slices per side, alternating, so both sides see the same machine (this one
// is shared with builds); a side's rate is its verifications over its time in the round.
bool measure(const Prepared& p, int rounds, double seconds, Figures& f)
{
    const SecretBytes key = secret();
    const auto keydesk = [&] {
        const auto auth = parseAuthorization(p.request);
        return auth && verify(p.request, *auth, key, kNow).has_value();
    };
    Baseline baseline(p);
    const auto raw = [&] { return baseline.verifyOnce(); };
    Tally warmUp; // and both sides must agree that the request verifies
    if (!run(seconds / 4, keydesk, warmUp) || !run(seconds / 4, raw, warmUp))
        return false;
    for (int round = 0; round < rounds; ++round) {
        Tally ours, theirs;
        for (int slice = 0; slice < kSlices; ++slice) {
            run(seconds / kSlices, keydesk, ours);
            run(seconds / kSlices, raw, theirs);
        }
        f.keydesk.push_back(double(ours.done) / ours.seconds);
        f.baseline.push_back(double(theirs.done) / theirs.seconds);
        f.ratios.push_back(f.keydesk.back() / f.baseline.back());
    }
    f.keydeskMedian = median(f.keydesk);
    f.baselineMedian = median(f.baseline);
    f.ratio = median(f.ratios);
    return true;
}

QByteArray list(const std::vector<double>& values, int decimals = 0)
{
    QByteArrayList parts;
    for (double v : values)
        parts << QByteArray::number(v, 'f', decimals);
    return parts.join(' ');
}

QJsonArray jsonList(const std::vector<double>& values)
{
    QJsonArray array;
    for (double v : values)
        array.append(v);
    return array;
}

void printJson(const Figures& f, int rounds, double seconds)
{
    const QJsonObject root{
        {QStringLiteral("keydesk_per_second"), f.keydeskMedian},
        {QStringLiteral("baseline_per_second"), f.baselineMedian},
        {QStringLiteral("ratio"), f.ratio},
        {QStringLiteral("target"), kTarget},
        {QStringLiteral("target_met"), f.ratio >= kTarget},
        {QStringLiteral("keydesk_rounds"), jsonList(f.keydesk)},
        {QStringLiteral("baseline_rounds"), jsonList(f.baseline)},
        {QStringLiteral("ratio_rounds"), jsonList(f.ratios)},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("seconds_per_round"), seconds},
        {QStringLiteral("openssl"), QLatin1String(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("qt"), QLatin1String(qVersion())}};
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
}

void printText(const Figures& f, int rounds, double seconds)
{
    std::printf("SigV4 verification benchmark (bench_sigv4): S3 GET, 6 signed headers, 10 sent\n");
    std::printf("median of %d rounds x %.1f s per side, alternating every %.2f s\n", rounds,
                seconds, seconds / kSlices);
    std::printf("  keydesk   parseAuthorization + verify   %10.0f verifications/s  [%s]\n",
                f.keydeskMedian, list(f.keydesk).constData());
    std::printf("  baseline  SHA-256 + 5 HMACs, OpenSSL    %10.0f verifications/s  [%s]\n",
                f.baselineMedian, list(f.baseline).constData());
    std::printf("  ratio     keydesk / baseline            %10.3f  [%s]  (target >= %.2f: %s)\n",
                f.ratio, list(f.ratios, 3).constData(), kTarget,
                f.ratio >= kTarget ? "MET" : "MISSED");
    std::printf("  %s, Qt %s\n", OpenSSL_version(OPENSSL_VERSION), qVersion());
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QStringLiteral("Measures SigV4 verification against a bare OpenSSL baseline."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("rounds"), QStringLiteral("Alternating rounds (5)."), QStringLiteral("N")},
        {QStringLiteral("seconds"), QStringLiteral("Seconds per side and round (1)."),
         QStringLiteral("S")},
        {QStringLiteral("json"), QStringLiteral("Print the figures as JSON on stdout.")},
        {QStringLiteral("check"), QStringLiteral("Exit 3 when the ratio is below 0.5.")},
    });
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("keydesk.*.debug=false"));
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const int rounds = parser.isSet(QStringLiteral("rounds"))
                           ? qMax(1, parser.value(QStringLiteral("rounds")).toInt())
                           : 5;
    const double seconds = parser.isSet(QStringLiteral("seconds"))
                               ? qMax(0.01, parser.value(QStringLiteral("seconds")).toDouble())
                               : 1.0;
    Figures figures;
    if (!measure(prepare(), rounds, seconds, figures)) {
        std::fprintf(stderr, "bench_sigv4: the prepared request did not verify\n");
        return kExitError;
    }
    parser.isSet(QStringLiteral("json")) ? printJson(figures, rounds, seconds)
                                         : printText(figures, rounds, seconds);
    return parser.isSet(QStringLiteral("check")) && figures.ratio < kTarget ? kExitTargetMissed : 0;
}
