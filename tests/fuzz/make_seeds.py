#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/) from the inputs the
unit tests use and from real answers of the demo backend. Run it again after changing the API;
the committed seeds are its output (plus any input that once crashed a target, kept under a
"crash-" name, which this script never deletes).

    tests/fuzz/make_seeds.py --server build/app/demo/alli-demo-server
"""
import argparse
import hashlib
import json
import pathlib
import subprocess
import sys
import urllib.error
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent

# fuzz_apiresponses: byte 0 = operation (order of fuzz_apiresponses.cpp), byte 1 = status index.
OPS = ["listAgents", "getAgent", "manageAgent", "bulkUsers", "getUser", "inviteMembers",
       "updateMemberGroups", "removeMembers", "listPermissionGroups", "createPermissionGroup",
       "getPermissionGroup", "deletePermissionGroup", "listPermissionGroupAgents",
       "renamePermissionGroup", "updatePermissionGroupPermissions", "listSingleActionAppTools",
       "getSingleActionAppTool", "listAgentTools", "getAgentTool", "getOAuth2Information",
       "updateOAuth2Information"]
STATUS_INDEX = {200: 0, 201: 7, 204: 8, 400: 9, 401: 10, 403: 11, 404: 12, 429: 13, 500: 14, 503: 15}
MAX_SEED = 4000  # bytes; libFuzzer's default -max_len follows the largest seed


def write(target, name, data):
    d = HERE / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def clear(target):
    d = HERE / "corpus" / target
    if d.exists():
        for f in d.iterdir():
            if not f.name.startswith("crash-"):
                f.unlink()


# ---- CSV files ----------------------------------------------------------------------------

KOREAN5 = "사번,이름,부서\r\nE1,김똠,영업부\r\nE2,박햏,개발팀\r\nE3,이쓩,인사팀\r\nE4,최민수,총무부\r\nE5,정다은,마케팅\r\n"
KOREAN_UHC = "사번,이름\nE1,똠\nE2,햏\nE3,쓩\nE4,똠햏\nE5,햏쓩\n"
JAPANESE5 = "社員番号,氏名,部署\r\nE1,山田太郎,営業部\r\nE2,髙橋一郎,開発部\r\nE3,山﨑花子,人事部\r\nE4,佐藤さくら,総務部\r\n"
JAPANESE_KANA = "ID,なまえ\n1,さくら\n2,ひかる\n3,カオル\n4,ミドリ\n5,あおい\n"

CSV_TEXT = {
    # The templates of the eight operations (OperationSpec::templateCsv).
    "template-users-create": "ownUserId,name,department,email\r\nE1001,Jihoon Kim,Sales,jihoon.kim@example.com\r\n",
    "template-users-delete": "ownUserId\r\nE1001\r\n",
    "template-members-invite": "email,firstName,lastName,locale,groups,attribute.department\r\n"
                               "jihoon.kim@example.com,Jihoon,Kim,ko,Sales;Support,Sales\r\n",
    "template-members-update-groups": "email,groups\r\njihoon.kim@example.com,Sales;Support\r\n",
    "template-members-remove": "email\r\njihoon.kim@example.com\r\n",
    "template-agents-create": "email,password,locale,group\r\nagent.lee@example.com,Change-Me-2024,en,Agents\r\n",
    "korean-headers-members": "이메일,이름,성,언어,권한그룹\n kim@example.com ,민준,김,ko,영업|지원\n"
                              "bad-email,서연,이,kor,\nkim@example.com,중복,김,ko,영업\n",
    "japanese-headers-users": "社員番号,名,姓,メールアドレス\nJ1,太郎,山田,taro@example.jp\nJ1,次郎,山田,jiro@example.jp\n,花子,,\n",
    "agents-weak-passwords": "email,password,locale,group\na@example.com,short,xx,Admins\nb@example.com,alllowercase1,en,\n"
                             "c@example.com,Str0ng!pass,ja,Agents\n",
    # Parser cases from tests/bulkreader.
    "crlf-no-final": "a,b\r\n1,2\r\n3,4",
    "mixed-line-ends": "a,b\r\n1,2\n3,4\r5,6",
    "quoted": "a,b\n\"Kim, Jihoon\",2\n\"say \"\"hi\"\"\",\"\"\"\"\n\"line 1\nline 2\",2\n\"x\r\ny\r\nz\",2\r\n",
    "blank-and-empty": "\na,b,c\n\n,,\n1,,3\n\n\n",
    "semicolon": "a;b\n1,5;\"x;y\"\n",
    "tab": "a\tb\n\"x\ty\"\t2\n",
    "bom-char": "\ufeffa,b\n1,2",
    "unnamed-column": "a,b,\n1,2,\n",
    "duplicate-header": "email,name,Email\na,b,c\n",
    "fewer-cells": "a,b,c\n1,2,3\n4,5\n",
    "unterminated-quote": "a,b\n1,2\n3,\"abc\n4,5\n",
    "stray-quote": "a,b\n1,2\n3,5'10\"\n1, \"x\"\n",
    "text-after-quote": "a,b\n\"x\ny\"z,1\n",
    "formula-cells": "ownUserId,name,note\nE1,=HYPERLINK(\"http://x\"),+1\nE2,@SUM(A1),-2\nE3,\t tab,\"\rcr\"\n",
    "dos-eof": "a,b\r\n1,2\r\n\x1a",
}


def csv_seeds():
    target = "fuzz_csvreader"
    clear(target)
    for name, text in CSV_TEXT.items():
        write(target, name + ".csv", text.encode("utf-8"))
    write(target, "korean-utf8-bom.csv", b"\xef\xbb\xbf" + KOREAN5.encode("utf-8"))
    write(target, "korean-cp949.csv", KOREAN5.encode("cp949"))
    write(target, "korean-uhc-only-cp949.csv", KOREAN_UHC.encode("cp949"))
    write(target, "korean-utf16le.csv", KOREAN5.encode("utf-16"))  # little-endian with BOM
    write(target, "korean-utf16be.csv", b"\xfe\xff" + KOREAN5.encode("utf-16-be"))
    write(target, "japanese-shift-jis.csv", JAPANESE5.encode("cp932"))
    write(target, "japanese-kana-shift-jis.csv", JAPANESE_KANA.encode("cp932"))
    write(target, "japanese-utf8.csv", JAPANESE5.encode("utf-8"))
    write(target, "mixed-encodings.csv", "a,b\n".encode() + "김,1\n".encode("cp949") + "山田,2\n".encode("utf-8"))
    write(target, "binary.csv", b"a,b\n\x01\x00\x02\x03\x00\xff,x\n")
    write(target, "invalid-utf8.csv", b"a,b\n\xc3\x28,\xe2\x82\n\xf0\x90\x28\xbc,x\n")


# ---- API responses ------------------------------------------------------------------------

HAND_BODIES = [
    # From tests/api: nulls the spec allows, unknown permissions, wrong types, partial JSON.
    ("listPermissionGroups", 200, '{"permissionGroups":[{"id":"g1","name":"기본 그룹","isAdmin":false,'
     '"isDefault":true,"order":null,"permissions":["skill_read","skill_write","future_permission"],"agentCount":3}]}'),
    ("listAgents", 200, '{"agents":[{"id":"a1","firstName":"F","lastName":"L","email":"a1@example.com"},'
     '{"id":"a2","firstName":null,"lastName":"L","email":5}]}'),
    ("listAgents", 200, '{"agents":[{"id":"a1"'),
    ("listAgents", 200, '<html><body>502 Bad Gateway</body></html>'),
    ("listAgents", 200, ''),
    ("listAgents", 200, '[]'),
    ("bulkUsers", 200, '{"result":[{"ownUserId":"E1","status":"success"},{"ownUserId":"E2","status":"error",'
     '"message":"already exists"},{"ownUserId":"E3","status":"weird"}]}'),
    ("inviteMembers", 200, '{"result":[{"emails":["a@example.com"],"status":"success"},'
     '{"emails":["b@example.com","c@example.com"],"status":"failed","errorMessage":"no such group"}]}'),
    ("manageAgent", 200, '{"id":"QWdlbnQ6OTk","status":"created"}'),
    ("deletePermissionGroup", 200, '{"success":false,"error":"group has agents"}'),
    ("getOAuth2Information", 200, '{"oauth2_info":{"id":"o1","scope":["a","b"],"headers":{"X":"1"},'
     '"token_info":{"access_token":"secret-token"},"token_generated":1.7e9}}'),
    ("updateOAuth2Information", 204, ''),
    ("getAgent", 400, '{"detail":[{"loc":["query","limit"],"msg":"value is not a valid integer","type":"type_error"}]}'),
    ("getAgent", 401, '{"message":"Invalid API key"}'),
    ("getAgent", 403, '{"errors":["forbidden","no permission"]}'),
    ("getAgent", 404, '{"error":"agent not found"}'),
    ("getAgent", 429, 'Too Many Requests'),
    ("getAgent", 500, '<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head></html>'),
    ("getAgent", 503, '{"detail":"Service unavailable: maintenance","success":false}'),
]


def api_seeds(server):
    target = "fuzz_apiresponses"
    clear(target)

    def seed(op, status, body, label):
        if len(body) > MAX_SEED:  # keep the first element of each top-level list
            try:
                doc = json.loads(body)
                doc = {k: v[:1] if isinstance(v, list) else v for k, v in doc.items()}
                body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            except (ValueError, AttributeError):
                return
            if len(body) > MAX_SEED:
                return
        data = bytes([OPS.index(op), STATUS_INDEX[status]]) + body
        write(target, f"{op}-{status}-{label}-{hashlib.sha1(data).hexdigest()[:8]}", data)

    for op, status, body in HAND_BODIES:
        seed(op, status, body.encode("utf-8"), "tests")

    if not server:
        return
    proc = subprocess.Popen([server, "--port", "0", "--agents", "40"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    try:
        line = proc.stdout.readline()
        base = line.split("listening on ")[1].split()[0]
        key = line.split("API-KEY:")[1].strip()

        def call(op, method, path, body=None, label="demo"):
            req = urllib.request.Request(base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"API-KEY": key, "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=10) as r:
                    status, raw = r.status, r.read()
            except urllib.error.HTTPError as e:
                status, raw = e.code, e.read()
            seed(op, status, raw, label)
            try:
                return json.loads(raw)
            except ValueError:
                return None

        agents = call("listAgents", "GET", "/webapi/v2/agents?limit=3")
        agent_id = agents["agents"][0]["id"]
        call("getAgent", "GET", f"/webapi/v2/agents/{agent_id}")
        call("getAgent", "GET", "/webapi/v2/agents/nope", label="unknown")
        call("manageAgent", "POST", "/webapi/agent_management",
             {"email": "fuzz.seed@example.com", "deleteFlag": False, "password": "Str0ng!pass", "locale": "ko"})
        call("manageAgent", "POST", "/webapi/agent_management", {"email": "bad"}, label="invalid")
        call("bulkUsers", "POST", "/webapi/v2/users/bulk", {"action": "create", "users": [
            {"ownUserId": "S1", "data": [{"key": "name", "value": "김민수"}]},
            {"ownUserId": "S1", "data": []}]})
        call("bulkUsers", "POST", "/webapi/v2/users/bulk", {"action": "merge", "users": []}, label="invalid")
        call("getUser", "GET", "/webapi/v2/user/S1")
        call("getUser", "GET", "/webapi/v2/user/nope", label="unknown")
        members = [{"email": "m1@example.com", "groups": ["Administrators"]}, {"email": "bad"}]
        call("inviteMembers", "POST", "/webapi/v2/members/bulk/invite", {"members": members})
        call("updateMemberGroups", "POST", "/webapi/v2/members/bulk/update_permission_groups", {"members": members})
        call("removeMembers", "POST", "/webapi/v2/members/bulk/remove", {"members": members})
        call("removeMembers", "POST", "/webapi/v2/members/bulk/remove", {"members": "x"}, label="invalid")
        call("listPermissionGroups", "GET", "/webapi/v2/permission_groups?limit=2")
        created = call("createPermissionGroup", "POST", "/webapi/v2/permission_groups",
                       {"name": "fuzz seeds", "permissions": ["skill_read"], "agentIds": [agent_id]})
        call("createPermissionGroup", "POST", "/webapi/v2/permission_groups",
             {"name": "X2", "permissions": ["skill_write"]}, label="dependency")
        group_id = created["id"]
        call("getPermissionGroup", "GET", f"/webapi/v2/permission_groups/{group_id}")
        call("listPermissionGroupAgents", "GET", f"/webapi/v2/permission_groups/{group_id}/agents")
        call("renamePermissionGroup", "PUT", f"/webapi/v2/permission_groups/{group_id}/name", {"name": "契約レビュー"})
        call("updatePermissionGroupPermissions", "PUT", f"/webapi/v2/permission_groups/{group_id}/permissions",
             {"permissions": ["skill_read", "skill_write"]})
        call("deletePermissionGroup", "DELETE", f"/webapi/v2/permission_groups/{group_id}")
        call("deletePermissionGroup", "DELETE", f"/webapi/v2/permission_groups/{group_id}", label="again")
        tools = call("listSingleActionAppTools", "GET", "/webapi/agent_builder/single_action_app_tools")
        call("getSingleActionAppTool", "GET", "/webapi/agent_builder/single_action_app_tool/" + tools["tools"][0]["name"])
        call("getSingleActionAppTool", "GET", "/webapi/agent_builder/single_action_app_tool/func_nope", label="unknown")
        tools = call("listAgentTools", "GET", "/webapi/agent_builder/agent_tools")
        call("getAgentTool", "GET", "/webapi/agent_builder/agent_tool/" + tools["tools"][0]["name"])
        call("getAgentTool", "GET", "/webapi/agent_builder/agent_tool/func_nope", label="unknown")
        call("getOAuth2Information", "POST", "/webapi/agent_builder/oauth2_information", {"state": "demo-state-google"})
        call("getOAuth2Information", "POST", "/webapi/agent_builder/oauth2_information", {"state": "nope"}, label="unknown")
        call("updateOAuth2Information", "POST", "/webapi/agent_builder/oauth2_information/update",
             {"state": "demo-state-slack", "tokenInfo": {"access_token": "x"}, "tokenGenerated": 1700000000})
    finally:
        proc.terminate()
        proc.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--server", help="alli-demo-server, for real answers of the 21 operations")
    args = parser.parse_args()
    csv_seeds()
    api_seeds(args.server)
    for target in ("fuzz_csvreader", "fuzz_apiresponses"):
        files = list((HERE / "corpus" / target).iterdir())
        print(f"{target}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
