#!/usr/bin/python3
"""Contract test: the demo backend (alli-demo-server) against the Alli User Management OpenAPI spec.

Starts the server on a free port, calls every operation of the spec (successes and the documented error
cases), validates each JSON body against the operation's response schema from the spec (Draft 2020-12,
with #/components refs resolved against the whole document), and checks that resources/alli-api.json
lists exactly the spec's operations and permission names. With --client-requests, also validates
every request body the client sent (captured at the demo by tst_client_requests) against the spec's
request schemas, with objects closed to keys the spec does not name.
"""

import argparse
import json
import select
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import jsonschema

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

# Error bodies the spec leaves without a schema: the shapes the real API uses per endpoint family.
DETAIL_ERROR = {"type": "object", "required": ["detail"], "properties": {"detail": {"type": "string"}}}
# django-ninja's answer to a request that breaks the schema (the v2 endpoints are django-ninja):
# 422 with pydantic's list of errors.
SCHEMA_ERROR = {"type": "object", "required": ["detail"], "properties": {"detail": {
    "type": "array", "minItems": 1, "items": {"type": "object", "required": ["type", "loc", "msg"], "properties": {
        "type": {"type": "string"}, "msg": {"type": "string"},
        "loc": {"type": "array", "minItems": 1, "items": {"type": ["string", "integer"]}}}}}}}
# Recorded from the real service for a body that is not JSON (docs/alli-api-notes.md).
NOT_JSON_ERROR = {"type": "object", "required": ["result", "errors"],
                  "properties": {"result": {"const": []}, "errors": {"const": "content must be JSON deserializable!"}}}
SUCCESS_ERROR = {
    "type": "object",
    "required": ["success", "error"],
    "properties": {"success": {"const": False}, "error": {"type": "string"}},
}
ERRORS_ERROR = {"type": "object", "required": ["errors"], "properties": {"errors": {"type": "string"}}}


class Checker:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, condition, detail=""):
        if condition:
            self.passed += 1
            print(f"PASS {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}{': ' + detail if detail else ''}")
        return condition


def make_validator_factory(spec):
    """Returns f(schema) -> validator resolving '#/...' against the whole spec."""
    try:  # jsonschema >= 4.18
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        registry = Registry().with_resource("urn:spec", Resource(contents=spec, specification=DRAFT202012))

        def factory(schema):
            wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:spec", **schema}
            return jsonschema.Draft202012Validator(wrapped, registry=registry)

        return factory
    except ImportError:
        resolver_spec = spec

        def factory(schema):
            resolver = jsonschema.RefResolver(base_uri="", referrer=resolver_spec)
            return jsonschema.Draft202012Validator(schema, resolver=resolver)

        return factory


class Contract:
    def __init__(self, spec, base_url, api_key, checker):
        self.spec = spec
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.c = checker
        self.validator_for = make_validator_factory(spec)
        self.ops = {}
        for path, item in spec["paths"].items():
            for method, op in item.items():
                if method in HTTP_METHODS:
                    self.ops[op["operationId"]] = (method.upper(), path, op)
        self.called = set()

    def request(self, method, path, body=None, headers=None, query=None, raw=None, auth=True):
        url = self.base_url + path
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None
        all_headers = {}
        if auth:
            all_headers["API-KEY"] = self.api_key
        if raw is not None:
            data = raw
            all_headers["Content-Type"] = "application/json"
        elif body is not None:
            data = json.dumps(body).encode("utf-8")
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, payload, resp_headers = resp.status, resp.read(), resp.headers
        except urllib.error.HTTPError as err:
            status, payload, resp_headers = err.code, err.read(), err.headers
        try:
            parsed = json.loads(payload.decode("utf-8")) if payload else None
        except ValueError:
            parsed = ValueError(f"not JSON: {payload[:200]!r}")
        return status, parsed, resp_headers

    def call(self, op_id, label, expected_status, params=None, fallback_schema=None, **kwargs):
        """Calls operation op_id, checks the status and validates the body against the spec."""
        method, path, op = self.ops[op_id]
        for key, value in (params or {}).items():
            path = path.replace("{" + key + "}", urllib.parse.quote(value, safe=""))
        status, body, headers = self.request(method, path, **kwargs)
        name = f"{op_id} [{label}] -> {expected_status}"
        self.called.add(op_id)
        if not self.c.check(name + " status", status == expected_status, f"got {status}: {body}"):
            return status, body
        if isinstance(body, ValueError):
            self.c.check(name + " JSON body", False, str(body))
            return status, None
        content_type = headers.get("Content-Type", "")
        self.c.check(name + " content-type", content_type.startswith("application/json"), content_type)
        response = op.get("responses", {}).get(str(expected_status), {})
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        source = "spec schema"
        if schema is None:
            schema, source = fallback_schema, "error shape"
        if schema is None:
            self.c.check(name + " JSON body (spec has no schema)", isinstance(body, (dict, list)), repr(body))
            return status, body
        errors = sorted(self.validator_for(schema).iter_errors(body), key=lambda e: list(e.path))
        self.c.check(f"{name} {source}", not errors,
                     "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]))
        return status, body


def check_catalog(spec, catalog, c):
    spec_ops = set()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                spec_ops.add((method.upper(), path, op["operationId"]))
    ops = catalog.get("operations", [])
    catalog_ops = {(o.get("method"), o.get("path"), o.get("operationId")) for o in ops}
    c.check("catalog: 21 operations", len(ops) == 21 and len(spec_ops) == 21, f"{len(ops)} / spec {len(spec_ops)}")
    c.check("catalog: operations equal the spec's method/path/operationId", catalog_ops == spec_ops,
            f"missing {spec_ops - catalog_ops}, extra {catalog_ops - spec_ops}")
    ids = [o.get("id") for o in ops]
    c.check("catalog: operation ids unique and non-empty", len(set(ids)) == len(ids) and all(ids), str(ids))

    enum = spec["components"]["schemas"]["AgentPermissionEnum"]["enum"]
    names = [p.get("name") for p in catalog.get("permissions", [])]
    c.check("catalog: permission names equal the spec enum (same order)", names == enum,
            f"missing {set(enum) - set(names)}, extra {set(names) - set(enum)}")
    c.check("catalog: 84 permissions", len(names) == 84, str(len(names)))
    known = set(names)
    bad = [(p["name"], r) for p in catalog.get("permissions", []) for r in p.get("requires", []) if r not in known]
    c.check("catalog: every 'requires' names a known permission", not bad, str(bad))
    c.check("catalog: every permission has category and labelKey",
            all(p.get("category") and p.get("labelKey") == p.get("name") for p in catalog.get("permissions", [])))
    graph = {p["name"]: p.get("requires", []) for p in catalog.get("permissions", [])}
    state = {}

    def acyclic(n):
        if state.get(n) == 1:
            return False
        if state.get(n) == 2:
            return True
        state[n] = 1
        ok = all(acyclic(r) for r in graph.get(n, []))
        state[n] = 2
        return ok

    c.check("catalog: dependency graph is acyclic", all(acyclic(n) for n in graph))
    c.check("catalog: dependencyRule documented", isinstance(catalog.get("dependencyRule"), str)
            and len(catalog["dependencyRule"]) > 40)
    enums = catalog.get("enums", {})
    s = spec["components"]["schemas"]
    c.check("catalog: enums match the spec",
            enums.get("bulkUserAction") == s["BulkUserActionType"]["enum"]
            and enums.get("bulkUserResultStatus") == s["BulkUserResultStatus"]["enum"]
            and enums.get("locales") == ["ko", "en", "ja"], str(enums))
    return graph


def run_contract(k, graph):
    c = k.c
    # Authentication and routing.
    status, body, _ = k.request("GET", "/webapi/v2/agents", auth=False)
    # The bodies the real service was recorded sending (docs/alli-api-notes.md), not shapes of our own.
    c.check("no API-KEY -> the recorded 401 body",
            status == 401 and body == {"error": {"value": 1013, "name": "INVALID_TOKEN"}, "message": "INVALID_TOKEN"},
            f"{status} {body}")
    status, body, _ = k.request("GET", "/webapi/v2/agents", auth=False, headers={"API-KEY": "wrong"})
    c.check("wrong API-KEY -> 401", status == 401, str(status))
    status, body, _ = k.request("GET", "/webapi/v2/no_such_endpoint")
    c.check("unknown path -> 404 {detail: Not Found}", status == 404 and body == {"detail": "Not Found"}, f"{status} {body}")
    status, body, headers = k.request("DELETE", "/webapi/v2/agents")
    c.check("wrong method -> 405 with Allow", status == 405 and "GET" in (headers.get("Allow") or ""), f"{status} {body}")
    c.check("wrong method -> the recorded text/html 'Method not allowed'",
            (headers.get("Content-Type") or "").startswith("text/html") and "Method not allowed" in str(body),
            f"{headers.get('Content-Type')} {body}")
    status, body, _ = k.request("POST", "/webapi/v2/users/bulk", raw=b"{not json")
    c.check("a body that is not JSON -> the recorded 400 body",
            status == 400 and body == {"result": [], "errors": "content must be JSON deserializable!"}, f"{status} {body}")

    # Agents.
    _, body = k.call("django_server_project_views_rest_agent_api_get_agents", "page", 200, query={"limit": 5})
    agents = (body or {}).get("agents", [])
    c.check("listAgents limit=5 returns 5 agents", len(agents) == 5, str(len(agents)))
    _, page2 = k.call("django_server_project_views_rest_agent_api_get_agents", "offset", 200,
                      query={"limit": 5, "offset": 5})
    c.check("listAgents offset pages do not overlap",
            not {a["id"] for a in agents} & {a["id"] for a in (page2 or {}).get("agents", [])})
    _, filtered = k.call("django_server_project_views_rest_agent_api_get_agents", "email filter", 200,
                         query={"email": "EMMA", "limit": 1000})
    emails = [a["email"] for a in (filtered or {}).get("agents", [])]
    c.check("listAgents email filter is a case-insensitive substring", emails and all("emma" in e.lower() for e in emails),
            str(emails[:3]))
    k.call("django_server_project_views_rest_agent_api_get_agents", "bad limit", 422, query={"limit": "abc"},
           fallback_schema=SCHEMA_ERROR)
    agent_id = agents[0]["id"] if agents else "missing"
    k.call("django_server_project_views_rest_agent_api_get_agent_detail", "known", 200, params={"agent_id": agent_id})
    k.call("django_server_project_views_rest_agent_api_get_agent_detail", "unknown", 404,
           params={"agent_id": "no-such-agent"}, fallback_schema=DETAIL_ERROR)

    # Users.
    op = "django_server_project_views_rest_bulk_user_api_perform_bulk_user_actions"
    _, body = k.call(op, "create mixed", 200, body={"action": "create", "users": [
        {"ownUserId": "CT-0001", "data": [{"key": "first_name", "value": "지민"}, {"key": "last_name", "value": "박"},
                                          {"key": "email", "value": "jimin.park@customer.example.com"}]},
        {"ownUserId": "EMP00001", "data": [{"key": "first_name", "value": "dup"}]},
    ]})
    statuses = [r.get("status") for r in (body or {}).get("result", [])]
    c.check("bulk create: new row success, existing row error", statuses == ["success", "error"], str(statuses))
    _, body = k.call(op, "update", 200, body={"action": "update", "users": [
        {"ownUserId": "CT-0001", "data": [{"key": "customer_group", "value": "VIP"}]},
        {"ownUserId": "NOPE-1", "data": [{"key": "first_name", "value": "x"}]}]})
    statuses = [r.get("status") for r in (body or {}).get("result", [])]
    c.check("bulk update: known row success, unknown row error", statuses == ["success", "error"], str(statuses))
    k.call(op, "unknown action", 422, body={"action": "merge", "users": []}, fallback_schema=SCHEMA_ERROR)
    k.call(op, "101 users", 400, body={"action": "delete", "users": [{"ownUserId": f"X{i}"} for i in range(101)]},
           fallback_schema=DETAIL_ERROR)
    k.call(op, "malformed JSON", 400, raw=b"{not json", fallback_schema=NOT_JSON_ERROR)
    k.call(op, "missing ownUserId", 422, body={"action": "delete", "users": [{}]}, fallback_schema=SCHEMA_ERROR)
    op_user = "django_server_project_views_rest_user_api_get_user"
    _, body = k.call(op_user, "seeded", 200, params={"own_user_id": "EMP00001"})
    result = (body or {}).get("result", {})
    c.check("getUser returns extra fields (email, customerGroup)", "email" in result and "customerGroup" in result,
            str(result))
    _, body = k.call(op_user, "created", 200, params={"own_user_id": "CT-0001"})
    created = (body or {}).get("result", {})
    # The documented snake_case data keys come back as the user's own camelCase fields.
    c.check("getUser sees bulk create + update",
            created.get("firstName") == "지민" and created.get("lastName") == "박"
            and (created.get("customerGroup") or {}).get("name") == "VIP", str(body))
    k.call(op, "delete", 200, body={"action": "delete", "users": [{"ownUserId": "CT-0001"}]})
    k.call(op_user, "deleted", 404, params={"own_user_id": "CT-0001"}, fallback_schema=DETAIL_ERROR)

    # Members.
    op_invite = "django_server_project_views_rest_bulk_member_api_bulk_invite_members"
    existing_email = agents[1]["email"] if len(agents) > 1 else "x@example.com"
    _, body = k.call(op_invite, "mixed", 200, body={"members": [
        {"email": "contract.one@example.com", "firstName": "One", "lastName": "Contract", "locale": "ko",
         "groups": ["Contract Group"]},
        {"email": "contract.two@example.com", "groups": ["Contract Group"], "attributes": {"team": "QA"}},
        {"email": existing_email},
        {"email": "not-an-email"},
    ]})
    result = (body or {}).get("result", [])
    success = [r for r in result if r.get("status") == "success"]
    c.check("invite groups successful rows into one result",
            len(success) == 1 and len(success[0].get("emails", [])) == 3, json.dumps(result, ensure_ascii=False))
    c.check("invite reports the invalid row as error",
            any(r.get("status") == "error" and r.get("emails") == ["not-an-email"] for r in result))
    op_update = "django_server_project_views_rest_bulk_member_api_bulk_update_member_permission_groups"
    _, body = k.call(op_update, "mixed", 200, body={"members": [
        {"email": "contract.one@example.com", "groups": ["기본 그룹"]},
        {"email": "contract.two@example.com", "groups": ["No Such Group"]},
        {"email": "nobody.here@example.com", "groups": ["기본 그룹"]},
    ]})
    statuses = sorted(r.get("status") for r in (body or {}).get("result", []))
    c.check("update_permission_groups: one success, two errors", statuses == ["error", "error", "success"], str(body))
    op_remove = "django_server_project_views_rest_bulk_member_api_bulk_remove_members"
    _, body = k.call(op_remove, "mixed", 200, body={"members": [
        {"email": "contract.two@example.com"}, {"email": "nobody.here@example.com"}]})
    statuses = sorted(r.get("status") for r in (body or {}).get("result", []))
    c.check("remove: member success, non-member error", statuses == ["error", "success"], str(body))
    k.call(op_remove, "members not an array", 422, body={"members": "x"}, fallback_schema=SCHEMA_ERROR)

    # Permission groups.
    op_list = "django_server_project_views_rest_permission_group_api_get_permission_groups"
    _, body = k.call(op_list, "all", 200)
    groups = (body or {}).get("permissionGroups", [])
    c.check("at least 8 permission groups", len(groups) >= 8, str(len(groups)))
    c.check("exactly one admin and one default group",
            sum(g["isAdmin"] for g in groups) == 1 and sum(g["isDefault"] for g in groups) == 1)
    c.check("seeded groups satisfy the dependency rule",
            all(r in g["permissions"] for g in groups for p in g["permissions"] for r in graph.get(p, [])))
    _, body = k.call(op_list, "search", 200, query={"search_term": "ADMIN", "limit": 10, "offset": 0})
    names = [g["name"] for g in (body or {}).get("permissionGroups", [])]
    c.check("search_term filters case-insensitively", names == ["Administrators"], str(names))
    k.call(op_list, "bad offset", 422, query={"offset": "-1"}, fallback_schema=SCHEMA_ERROR)

    op_create = "django_server_project_views_rest_permission_group_api_create_permission_group"
    _, created = k.call(op_create, "valid", 200, body={
        "name": "Contract Reviewers", "agentIds": [agent_id],
        "permissions": ["skill_read", "skill_write", "faq_setting_read", "faq_setting_write"]})
    group_id = (created or {}).get("id", "missing")
    k.call(op_create, "duplicate name", 400, body={"name": "contract reviewers"}, fallback_schema=DETAIL_ERROR)
    k.call(op_create, "empty name", 400, body={"name": "  "}, fallback_schema=DETAIL_ERROR)
    k.call(op_create, "missing name", 422, body={"permissions": []}, fallback_schema=SCHEMA_ERROR)
    k.call(op_create, "unknown permission", 422, body={"name": "X1", "permissions": ["fly"]},
           fallback_schema=SCHEMA_ERROR)
    _, body = k.call(op_create, "dependency missing", 400, body={"name": "X2", "permissions": ["skill_write"]},
                     fallback_schema=DETAIL_ERROR)
    c.check("dependency error names the missing permission", "skill_read" in str(body), str(body))
    k.call(op_create, "wrong JSON type", 422, body={"name": 5}, fallback_schema=SCHEMA_ERROR)

    op_get = "django_server_project_views_rest_permission_group_api_get_permission_group"
    _, body = k.call(op_get, "created", 200, params={"permission_group_id": group_id})
    c.check("group detail lists its agents", [a["id"] for a in (body or {}).get("agents", [])] == [agent_id])
    k.call(op_get, "unknown", 404, params={"permission_group_id": "nope"}, fallback_schema=DETAIL_ERROR)
    k.call("django_server_project_views_rest_permission_group_api_get_permission_group_agents", "created", 200,
           params={"permission_group_id": group_id})
    k.call("django_server_project_views_rest_permission_group_api_get_permission_group_agents", "unknown", 404,
           params={"permission_group_id": "nope"}, fallback_schema=DETAIL_ERROR)
    op_rename = "django_server_project_views_rest_permission_group_api_update_permission_group_name"
    _, body = k.call(op_rename, "valid", 200, params={"permission_group_id": group_id}, body={"name": "契約レビュー"})
    c.check("rename applied", (body or {}).get("name") == "契約レビュー", str(body))
    k.call(op_rename, "duplicate", 400, params={"permission_group_id": group_id}, body={"name": "administrators"},
           fallback_schema=DETAIL_ERROR)
    op_perm = "django_server_project_views_rest_permission_group_api_update_permission_group_permissions"
    _, body = k.call(op_perm, "valid", 200, params={"permission_group_id": group_id},
                     body={"permissions": ["user_page_access", "user_editable", "user_download"]})
    c.check("permissions replaced", sorted((body or {}).get("permissions", [])) ==
            ["user_download", "user_editable", "user_page_access"], str(body))
    k.call(op_perm, "dependency missing", 400, params={"permission_group_id": group_id},
           body={"permissions": ["project_setting_write", "project_setting_read"]}, fallback_schema=DETAIL_ERROR)
    k.call(op_perm, "missing permissions", 422, params={"permission_group_id": group_id}, body={},
           fallback_schema=SCHEMA_ERROR)
    op_delete = "django_server_project_views_rest_permission_group_api_delete_permission_group"
    # Documented: 200 with no body.
    status, body, _ = k.request("DELETE", k.ops[op_delete][1].replace("{permission_group_id}", group_id))
    k.called.add(op_delete)
    c.check(f"{op_delete} [created] -> 200 with no body", status == 200 and body is None, f"{status} {body}")
    # The Admin group cannot be edited at all, rename included (user guide, groups page).
    admin_id = next((g["id"] for g in groups if g.get("isAdmin")), "missing")
    k.call(op_rename, "the admin group", 400, params={"permission_group_id": admin_id}, body={"name": "Renamed"},
           fallback_schema=DETAIL_ERROR)
    k.call(op_delete, "again", 404, params={"permission_group_id": group_id}, fallback_schema=DETAIL_ERROR)

    # Agent builder tools.
    _, body = k.call("getSingleActionAppTools", "all", 200)
    tools = (body or {}).get("tools", [])
    c.check("at least 10 single-action app tools named func_<id>",
            len(tools) >= 10 and all(t["name"] == "func_" + t["id"] for t in tools), str(len(tools)))
    name = tools[0]["name"] if tools else "missing"
    k.call("getSingleActionAppToolByName", "known", 200, params={"tool_name": name})
    k.call("getSingleActionAppToolByName", "unknown", 404, params={"tool_name": "func_nope"})
    _, body = k.call("getAgentTools", "all", 200)
    tools = (body or {}).get("tools", [])
    c.check("at least 10 agent tools named func_<id>",
            len(tools) >= 10 and all(t["name"] == "func_" + t["id"] for t in tools), str(len(tools)))
    name = tools[0]["name"] if tools else "missing"
    k.call("getAgentToolByName", "known", 200, params={"tool_name": name})
    k.call("getAgentToolByName", "unknown", 404, params={"tool_name": "func_nope"}, fallback_schema=SUCCESS_ERROR)

    # OAuth2.
    _, body = k.call("getOauth2Information", "google", 200, body={"state": "demo-state-google"})
    c.check("oauth2 info carries the state", (body or {}).get("oauth2_info", {}).get("state") == "demo-state-google")
    k.call("getOauth2Information", "slack", 200, body={"state": "demo-state-slack"})
    k.call("getOauth2Information", "missing state", 400, body={})
    k.call("getOauth2Information", "malformed JSON", 400, raw=b"[1,")
    k.call("getOauth2Information", "unknown state", 404, body={"state": "nope"})
    k.call("updateOauth2Information", "valid", 200, body={
        "state": "demo-state-slack", "tokenInfo": {"access_token": "xoxb-demo"}, "tokenGenerated": 1717171717.5})
    _, body = k.call("getOauth2Information", "after update", 200, body={"state": "demo-state-slack"})
    c.check("oauth2 update applied", (body or {}).get("oauth2_info", {}).get("token_generated") == 1717171717.5)
    k.call("updateOauth2Information", "wrong type", 400, body={"state": "demo-state-slack", "tokenInfo": "x"})
    k.call("updateOauth2Information", "unknown state", 404, body={"state": "nope", "tokenGenerated": 1})

    # Agent management.
    _, body = k.call("editAgents", "create", 200, body={
        "email": "contract.agent@example.com", "password": "Passw0rd!", "locale": "ja",
        "permission_group_name": "サポート担当"})
    c.check("agent created", (body or {}).get("result", {}).get("status") == "created", str(body))
    k.call("editAgents", "duplicate email", 400, body={"email": "contract.agent@example.com", "password": "Passw0rd!"})
    k.call("editAgents", "weak password", 400, body={"email": "weak@example.com", "password": "password"})
    k.call("editAgents", "bad locale", 400, body={"email": "loc@example.com", "password": "Passw0rd!", "locale": "eng"})
    k.call("editAgents", "missing email", 400, body={"password": "Passw0rd!"})
    k.call("editAgents", "unknown group", 404, body={"email": "grp@example.com", "password": "Passw0rd!",
                                                      "permission_group_id": "nope"})
    _, body = k.call("editAgents", "delete", 200, body={"email": "contract.agent@example.com", "deleteFlag": True})
    c.check("agent deleted", (body or {}).get("result", {}).get("status") == "deleted", str(body))
    k.call("editAgents", "delete unknown", 404, body={"email": "contract.agent@example.com", "deleteFlag": True})

    missing = sorted(set(k.ops) - k.called)
    c.check("every operation of the spec was called", not missing, str(missing))


def start_server(path):
    proc = subprocess.Popen([path, "--port", "0", "--seed", "42"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    line = proc.stdout.readline() if ready else ""
    prefix = "Alli demo backend listening on "
    if not line.startswith(prefix) or "  API-KEY: " not in line:
        proc.kill()
        raise RuntimeError(f"unexpected first line from the server: {line!r}")
    url, key = line[len(prefix):].strip().split("  API-KEY: ")
    return proc, url, key


def strict_schema(spec, schema, depth=0):
    """The schema with its $refs inlined, and every object that lists its properties closed
    (additionalProperties: false unless it says otherwise): a key the spec does not name is a
    contract failure for what the client sends."""
    if depth > 20:
        return schema
    if isinstance(schema, list):
        return [strict_schema(spec, s, depth + 1) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        target = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return strict_schema(spec, target, depth + 1)
    out = {k: strict_schema(spec, v, depth + 1) for k, v in schema.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def path_matches(template, path):
    t, p = template.strip("/").split("/"), path.strip("/").split("/")
    return len(t) == len(p) and all(a.startswith("{") or a == b for a, b in zip(t, p))


def check_client_requests(spec, requests_file, c):
    """Every request body the client sent (captured at the demo by tst_client_requests) against
    the request schema of its operation; all operations with a body must be there."""
    with open(requests_file, encoding="utf-8") as f:
        captured = json.load(f)
    with_body = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS and "requestBody" in op:
                with_body[op["operationId"]] = (method.upper(), path, op)
    validator_for = make_validator_factory(spec)
    seen = set()
    for request in captured:
        matches = [(op_id, path, op) for op_id, (method, path, op) in with_body.items()
                   if method == request["method"] and path_matches(path, request["path"])]
        if not c.check(f"client request {request['method']} {request['path']} is an operation of the spec",
                       len(matches) == 1, str(matches)):
            continue
        op_id, _, op = matches[0]
        seen.add(op_id)
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        errors = sorted(validator_for(strict_schema(spec, schema)).iter_errors(request["body"]),
                        key=lambda e: list(e.path))
        c.check(f"client request {op_id} body matches the spec's request schema", not errors,
                "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:3]) + " in "
                + json.dumps(request["body"], ensure_ascii=False)[:300])
    missing = sorted(set(with_body) - seen)
    c.check(f"the client's requests cover all {len(with_body)} operations with a body", not missing, str(missing))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", required=True)
    parser.add_argument("--spec", required=True)
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--client-requests", help="requests captured by tst_client_requests (JSON)")
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        spec = json.load(f)
    with open(args.catalog, encoding="utf-8") as f:
        catalog = json.load(f)

    checker = Checker()
    graph = check_catalog(spec, catalog, checker)
    if args.client_requests:
        check_client_requests(spec, args.client_requests, checker)
    proc, url, key = start_server(args.server)
    try:
        print(f"server at {url}")
        run_contract(Contract(spec, url, key, checker), graph)
    except Exception as exc:  # a crash is a failure, but the summary line must still be printed
        checker.check("contract run completed", False, repr(exc))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())
