// libFuzzer target: the response parsing of every one of the 21 operations of AlliClient, and
// the error-body parsing of ApiError.
// Input layout: byte 0 picks the operation (modulo 21), byte 1 the HTTP status of the answer
// (mostly 200; also 201, 204 and the error statuses), the rest is the response body. The call
// goes through the real AlliClient on a fake QNetworkAccessManager (tests/api/fakenetwork.h),
// so the body takes exactly the app's path: size limit, JSON parsing, the operation's typed
// parser (JsonReader), the malformed-response error with its field path, or for an error status
// ApiError::serverMessageFromBody, then the redacted activity record. The body is also given to
// ApiError::serverMessageFromBody directly. Checks: finished() comes exactly once, a 2xx answer
// either parses or gives MalformedResponse (Rejected for "success": false), every error
// explains itself.

#include "alliclient.h"
#include "fakenetwork.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Alli;

namespace
{

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_apiresponses: broken invariant: %s\n", what);
        std::abort();
    }
}

struct Harness {
    FakeNetworkAccessManager nam;
    AlliClient client { &nam };
    FakeResponse next;

    Harness()
    {
        ConnectionSettings s;
        s.region = ConnectionSettings::Region::Custom;
        s.customBaseUrl = QUrl(u"https://alli.example.com"_s);
        s.secret = u"sk-live-FUZZ-SECRET-1234"_s;
        s.projectId = u"proj-1"_s;
        client.setConnection(s);
        client.setRetryPolicy({ 1, 1, 1, 0 }); // one attempt: the first answer is the result
        client.setMaxResponseBytes(1 << 20);
        nam.setHandler([this](const RecordedRequest&) { return next; });
    }
};

Harness* harness = nullptr;

// The 21 operations, in alliclient.h's order.
const std::function<ApiReply*(AlliClient&)> operations[] = {
    [](AlliClient& c) { return c.listAgents(0, 100); },
    [](AlliClient& c) { return c.getAgent(u"a1"_s); },
    [](AlliClient& c) {
        AgentManagementRequest r;
        r.email = u"new@example.com"_s;
        r.password = u"Str0ng!pass"_s;
        r.locale = u"ko"_s;
        return c.manageAgent(r);
    },
    [](AlliClient& c) {
        BulkUserRequest r;
        r.users.append(BulkUserBody { u"u1"_s, QList<BulkUserData> { { u"name"_s, u"홍길동"_s } } });
        return c.bulkUsers(r);
    },
    [](AlliClient& c) { return c.getUser(u"u1"_s); },
    [](AlliClient& c) {
        return c.inviteMembers({ MemberMetadata { u"m@example.com"_s, {}, {}, {}, {}, {} } });
    },
    [](AlliClient& c) {
        return c.updateMemberGroups({ MemberMetadata { u"m@example.com"_s, {}, {}, {}, {}, {} } });
    },
    [](AlliClient& c) {
        return c.removeMembers({ MemberMetadata { u"m@example.com"_s, {}, {}, {}, {}, {} } });
    },
    [](AlliClient& c) { return c.listPermissionGroups(); },
    [](AlliClient& c) {
        return c.createPermissionGroup({ u"그룹"_s, { u"a1"_s }, { Permission::SkillRead } });
    },
    [](AlliClient& c) { return c.getPermissionGroup(u"g1"_s); },
    [](AlliClient& c) { return c.deletePermissionGroup(u"g1"_s); },
    [](AlliClient& c) { return c.listPermissionGroupAgents(u"g1"_s); },
    [](AlliClient& c) { return c.renamePermissionGroup(u"g1"_s, u"새 이름"_s); },
    [](AlliClient& c) { return c.updatePermissionGroupPermissions(u"g1"_s, { Permission::SkillWrite }); },
    [](AlliClient& c) { return c.listSingleActionAppTools(); },
    [](AlliClient& c) { return c.getSingleActionAppTool(u"func_t1"_s); },
    [](AlliClient& c) { return c.listAgentTools(); },
    [](AlliClient& c) { return c.getAgentTool(u"t1"_s); },
    [](AlliClient& c) { return c.getOAuth2Information(u"state-1"_s); },
    [](AlliClient& c) {
        OAuth2TokenUpdate u;
        u.state = u"state-1"_s;
        return c.updateOAuth2Information(u);
    },
};
constexpr int operationCount = int(std::size(operations));
static_assert(operationCount == 21);

constexpr int statuses[16]
    = { 200, 200, 200, 200, 200, 200, 200, 201, 204, 400, 401, 403, 404, 429, 500, 503 };

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    // The activity log's info lines would flood the fuzzer's output.
    QLoggingCategory::setFilterRules(u"alli.*=false"_s);
    harness = new Harness;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int op = data[0] % operationCount;
    const int status = statuses[data[1] % 16];
    const QByteArray body(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));

    // The error-body parser on its own, for every input.
    const QString serverMessage = ApiError::serverMessageFromBody(body);
    const ApiError direct(ApiError::kindForStatus(status >= 300 ? status : 400), status, serverMessage);
    check(!direct.message().isEmpty(), "an error with an empty message");

    harness->next = FakeResponse::json(status, body);
    std::unique_ptr<ApiReply> reply(operations[op](harness->client));
    reply->setAutoDelete(false);
    int finishedCount = 0;
    QObject::connect(reply.get(), &ApiReply::finished, [&finishedCount] { ++finishedCount; });
    while (!reply->isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // Nothing may outlive the input, so that libFuzzer's leak check (mallocs > frees) stays quiet.
    harness->nam.clearRequests();
    check(finishedCount == 1, "finished() was not emitted exactly once");

    const ApiError& error = reply->error();
    if (status < 300) {
        check(!error.isError() || error.kind() == ApiError::Kind::MalformedResponse
                || error.kind() == ApiError::Kind::Rejected,
            "a 2xx answer that failed with something else than MalformedResponse or Rejected");
    } else {
        check(error.isError(), "an error status that did not give an error");
        check(error.httpStatus() == status, "an error that lost its HTTP status");
    }
    if (error.isError())
        check(!error.message().isEmpty(), "an error with an empty message");
    check(harness->client.inFlight() == 0 && harness->client.queued() == 0, "a call left in flight");
    return 0;
}
