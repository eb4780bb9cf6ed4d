<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Alli::ActivityLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Not found (a look-up&apos;s answer, not a failure)</source>
        <translation>찾을 수 없음(조회 결과이며 실패가 아님)</translation>
    </message>
</context>
<context>
    <name>Alli::ActivityPage</name>
    <message>
        <source>Copy as curl</source>
        <translation>curl 명령으로 복사</translation>
    </message>
    <message>
        <source>Copies the request as a curl command with $ALLI_API_KEY in place of the key.</source>
        <translation>키 대신 $ALLI_API_KEY를 넣은 curl 명령으로 요청을 복사합니다.</translation>
    </message>
    <message>
        <source>Select a request to see its request and response bodies.</source>
        <translation>요청을 선택하면 요청 본문과 응답 본문을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>요청 본문:</translation>
    </message>
    <message>
        <source>Response (HTTP %1):</source>
        <translation>응답(HTTP %1):</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>응답 없음: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <source>Copied the %1 request as a curl command; the key is written as $ALLI_API_KEY.</source>
        <translation>%1 요청을 curl 명령으로 복사했습니다. 키는 $ALLI_API_KEY로 적혀 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>오류만(&amp;E)</translation>
    </message>
    <message>
        <source>Shows only the requests that failed (a 404 that answers a look-up is not a failure).</source>
        <translation>실패한 요청만 표시합니다(조회에 대한 답인 404는 실패가 아닙니다).</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>요청과 응답</translation>
    </message>
    <message>
        <source>No request has failed.</source>
        <translation>실패한 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>모든 요청 보기</translation>
    </message>
    <message>
        <source>No request has been made yet in this session.</source>
        <translation>이번 세션에서는 아직 요청이 없습니다.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>요청과 응답</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>요청 본문</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>응답 본문</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>이 요청에는 본문이 없습니다.</translation>
    </message>
    <message>
        <source>No response body.</source>
        <translation>응답 본문이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Alli::AgentListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>에이전트</translation>
    </message>
</context>
<context>
    <name>Alli::AgentsPage</name>
    <message>
        <source>Filter by email</source>
        <translation>이메일로 필터</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>새 에이전트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the selected agents from the project (Del).</source>
        <translation>선택한 에이전트를 프로젝트에서 삭제합니다(Del).</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>이메일 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the email addresses of the selected agents, one per line (Ctrl+C in the table).</source>
        <translation>선택한 에이전트의 이메일 주소를 한 줄에 하나씩 복사합니다(표에서 Ctrl+C).</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>에이전트 상세 정보</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>성명:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>성:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Select an agent to see the details.</source>
        <translation>상세 정보를 보려면 에이전트를 선택하세요.</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>상세 정보를 불러오는 중…</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>이 에이전트는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>상세 정보를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Agent %1 created.</source>
        <translation>에이전트 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in to this project. This cannot be undone.</source>
        <translation>삭제된 에이전트는 더 이상 이 프로젝트에 로그인할 수 없습니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the agent %1?</source>
        <translation>에이전트 %1을(를) 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete the agent %1 (%2)?</source>
        <translation>에이전트 %1(%2)을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agent(s)?</source>
        <translation>
            <numerusform>에이전트 %n명을 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>에이전트 삭제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>에이전트 %n명을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n email address(es).</source>
        <translation>
            <numerusform>이메일 주소 %n개를 복사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>에이전트 내보내기</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s) to %1.</source>
        <translation>
            <numerusform>에이전트 %n명을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>에이전트를 불러오는 중…</translation>
    </message>
    <message>
        <source>The agents could not be loaded.</source>
        <translation>에이전트를 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>This project has no agents.</source>
        <translation>이 프로젝트에는 에이전트가 없습니다.</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>이메일에 “%1”이(가) 포함된 에이전트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>에이전트 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) loaded, scroll down for more</source>
        <translation>
            <numerusform>에이전트 %n명 불러옴, 더 보려면 아래로 스크롤하세요</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n명 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>더 불러오는 중…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>정렬하는 중…</translation>
    </message>
    <message>
        <source>Change &amp;groups…</source>
        <translation>그룹 변경(&amp;G)…</translation>
    </message>
    <message>
        <source>Replaces the permission groups of the selected agents.</source>
        <translation>선택한 에이전트의 권한 그룹을 바꿉니다.</translation>
    </message>
    <message>
        <source>Re&amp;move from project…</source>
        <translation>프로젝트에서 제거(&amp;M)…</translation>
    </message>
    <message>
        <source>Removes the selected agents from this project&apos;s members.</source>
        <translation>선택한 에이전트를 이 프로젝트의 멤버에서 제거합니다.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates or deletes agents listed in a CSV file.</source>
        <translation>CSV 파일에 나열된 에이전트를 만들거나 삭제합니다.</translation>
    </message>
    <message>
        <source>They lose access to this project. Their accounts are kept and can be invited again.</source>
        <translation>이 프로젝트에 더 이상 접근할 수 없습니다. 계정은 유지되며 다시 초대할 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>프로젝트에서 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n agent(s) from the project?</source>
        <translation>
            <numerusform>에이전트 %n명을 프로젝트에서 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n agent(s) from the project.</source>
        <translation>
            <numerusform>에이전트 %n명을 프로젝트에서 제거했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the groups of %n agent(s).</source>
        <translation>
            <numerusform>에이전트 %n명의 그룹을 변경했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the results.</source>
        <translation>
            <numerusform>%n명 실패: 결과를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSV 내보내기(&amp;X)</translation>
    </message>
    <message>
        <source>Saves agents as a CSV file, in the table&apos;s order.</source>
        <translation>에이전트를 표의 순서대로 CSV 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>&amp;Every agent matching the filter…</source>
        <translation>필터에 맞는 모든 에이전트(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Only the rows loaded in the table…</source>
        <translation>표에 불러온 행만(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Exported only the %n agent(s) loaded in the table, not every agent of the project, to %1.</source>
        <translation>
            <numerusform>프로젝트의 모든 에이전트가 아니라 표에 불러온 에이전트 %n명만 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일은 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>The export stopped, no file was written: %1</source>
        <translation>내보내기가 중단되어 파일을 만들지 않았습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s), every agent matching the filter, to %1.</source>
        <translation>
            <numerusform>필터에 맞는 모든 에이전트 %n명을 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting stopped: the table shows the server&apos;s order.</source>
        <translation>정렬을 중지했습니다. 표는 서버의 순서로 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting needs every agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>정렬하려면 모든 에이전트가 필요합니다. 나머지 목록을 먼저 불러오는 중(%n명 불러옴)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n agent(s) fetched from the server…</source>
        <translation>
            <numerusform>내보내는 중: 서버에서 에이전트 %n명을 받았습니다…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the export file…</source>
        <translation>내보내기 파일을 쓰는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) selected. Select one to see the details.</source>
        <translation>
            <numerusform>에이전트 %n명을 선택했습니다. 상세 정보를 보려면 한 명만 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>일괄 편집(&amp;B)</translation>
    </message>
    <message>
        <source>Builds a bulk change of agents or members in a grid: typed, or pasted from a spreadsheet.</source>
        <translation>상담원이나 멤버의 일괄 변경을 표에서 만듭니다. 직접 입력하거나 스프레드시트에서 붙여 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>Edit groups &amp;per agent…</source>
        <translation>상담원별 그룹 편집(&amp;P)…</translation>
    </message>
    <message>
        <source>Opens the selected agents in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>선택한 상담원을 현재 소속 그룹과 함께 표로 열어, 상담원마다 다른 그룹을 지정할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>그룹:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>The groups could not be loaded.</source>
        <translation>그룹을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>No permission group</source>
        <translation>권한 그룹 없음</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The agents could not be loaded: %1</source>
        <translation>에이전트를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Looking for agents whose email contains “%1”…</source>
        <translation>이메일에 “%1”이(가) 포함된 에이전트를 찾는 중…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>New agent…</source>
        <translation>새 에이전트…</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: the filters apply to the %n agent(s) loaded.</source>
        <translation>
            <numerusform>불러오기를 중지했습니다. 필터는 불러온 에이전트 %n명에만 적용됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) match the filters and are selected.</source>
        <translation>
            <numerusform>필터에 맞는 에이전트 %n명을 선택했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email contains, or @domain…</source>
        <translation>이메일에 포함된 텍스트 또는 @도메인…</translation>
    </message>
    <message>
        <source>Shows the agents whose email contains this text; text that starts with @ is a domain (&quot;@example.com&quot;).</source>
        <translation>이메일에 이 텍스트가 포함된 에이전트를 표시합니다. @로 시작하면 도메인입니다(&quot;@example.com&quot;).</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>이름에 포함된 텍스트…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>이름으로 필터</translation>
    </message>
    <message>
        <source>Shows the agents whose first or last name contains this text. Every agent of the project is loaded for it.</source>
        <translation>이름이나 성에 이 텍스트가 포함된 에이전트를 표시합니다. 이를 위해 프로젝트의 모든 에이전트를 불러옵니다.</translation>
    </message>
    <message>
        <source>Filter by permission group</source>
        <translation>권한 그룹으로 필터</translation>
    </message>
    <message>
        <source>Shows only the members of one permission group, or the agents in no group.</source>
        <translation>한 권한 그룹의 멤버만, 또는 어느 그룹에도 없는 에이전트만 표시합니다.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>저장된 보기</translation>
    </message>
    <message>
        <source>Filters saved under a name for this connection.</source>
        <translation>이 연결에 이름을 붙여 저장한 필터입니다.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Save or delete views</source>
        <translation>보기 저장 또는 삭제</translation>
    </message>
    <message>
        <source>Saves the current filters as a named view, or deletes the chosen view.</source>
        <translation>현재 필터를 이름 있는 보기로 저장하거나, 선택한 보기를 삭제합니다.</translation>
    </message>
    <message>
        <source>&amp;Save the filters as a view…</source>
        <translation>필터를 보기로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete this view</source>
        <translation>이 보기 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;all matching</source>
        <translation>일치하는 항목 모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Selects every agent the filters match, not only the rows loaded so far, so that the actions below apply to all of them.</source>
        <translation>지금까지 불러온 행뿐 아니라 필터에 맞는 모든 에이전트를 선택하여, 아래 작업이 그 모두에 적용되게 합니다.</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>모든 그룹</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <source>Loading the groups…</source>
        <translation>그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>(a group that no longer exists)</source>
        <translation>(더 이상 없는 그룹)</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>보기 “%1”을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>보기 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>모든 에이전트</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>Name of the view (the email, name and group filters are saved for this connection):</source>
        <translation>보기 이름(이메일, 이름, 그룹 필터가 이 연결에 저장됩니다):</translation>
    </message>
    <message>
        <source>Replace the view “%1”?</source>
        <translation>보기 “%1”을(를) 바꿀까요?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Loading every agent that matches the filters, to select them all…</source>
        <translation>필터에 맞는 모든 에이전트를 선택하기 위해 불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Selecting every matching agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>일치하는 모든 에이전트를 선택하는 중: 나머지 목록을 먼저 불러오는 중(%n명 불러옴)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…</source>
        <translation>
            <numerusform>이름이나 그룹으로 필터하려면 모든 에이전트가 필요합니다. 나머지 목록을 불러오는 중(%n명 불러옴)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching agents…</source>
        <translation>일치하는 에이전트를 찾는 중…</translation>
    </message>
    <message>
        <source>No agent matches these filters.</source>
        <translation>이 필터에 맞는 에이전트가 없습니다.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>필터 지우기</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>필터하는 중…</translation>
    </message>
</context>
<context>
    <name>Alli::AlliClient</name>
    <message>
        <source>the server&apos;s certificate (%1) expired on %2</source>
        <translation>서버 인증서(%1)가 %2에 만료되었습니다</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) is not valid before %2</source>
        <translation>서버 인증서(%1)는 %2 이전에는 유효하지 않습니다</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for this address</source>
        <translation>서버 인증서는 이 주소가 아니라 %1용입니다</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) has been revoked</source>
        <translation>서버 인증서(%1)가 폐기되었습니다</translation>
    </message>
    <message>
        <source>the issuer of the server&apos;s certificate (%1, issued by %2) is not trusted: add the company&apos;s CA certificate (PEM) to the connection</source>
        <translation>서버 인증서(%1, 발급자 %2)의 발급자를 신뢰할 수 없습니다. 회사의 CA 인증서(PEM)를 연결에 추가하세요</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>연결 설정을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection&apos;s credentials.</source>
        <translation>인증에 실패했습니다. API 키 또는 토큰이 없거나 올바르지 않습니다(HTTP 401). 연결의 인증 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer&apos;s IP address is not on the project&apos;s allow-list (HTTP 403).</source>
        <translation>접근이 거부되었습니다. 프로젝트가 비활성 상태이거나 이 컴퓨터의 IP 주소가 프로젝트의 허용 목록에 없습니다(HTTP 403).</translation>
    </message>
    <message>
        <source>Not found: the item does not exist or is not part of this project (HTTP 404).</source>
        <translation>찾을 수 없습니다. 항목이 없거나 이 프로젝트에 속하지 않습니다(HTTP 404).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asked to wait %n second(s) (HTTP 429).</source>
        <translation>
            <numerusform>요청이 너무 많습니다. 서버가 %n초 기다리라고 요청했습니다(HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate-limiting this project (HTTP 429).</source>
        <translation>요청이 너무 많습니다. 서버가 이 프로젝트의 요청 속도를 제한하고 있습니다(HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>서버 내부 오류가 발생했습니다(HTTP %1). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>서비스를 일시적으로 사용할 수 없습니다(HTTP %1). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>서버가 예상하지 못한 상태로 응답했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation>서버에 연결할 수 없습니다. 네트워크 연결과 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS/certificate error).</source>
        <translation>보안 연결을 설정할 수 없습니다(TLS/인증서 오류).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제한 시간 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The server sent a malformed response: field &quot;%1&quot; is missing or invalid.</source>
        <translation>서버가 잘못된 형식의 응답을 보냈습니다. &quot;%1&quot; 필드가 없거나 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The server sent a response that could not be read.</source>
        <translation>서버가 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The server reported that the operation did not succeed.</source>
        <translation>서버가 작업이 성공하지 않았다고 알렸습니다.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>서버 메시지: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>상세 정보: %1</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP %1).</source>
        <translation>서버가 요청이 잘못되었다며 거부했습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>The API key or token is missing or invalid (%1). Check the connection&apos;s credentials.</source>
        <translation>API 키 또는 토큰이 없거나 올바르지 않습니다(%1). 연결의 인증 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that Alli Admin does not follow: it follows only a read redirected to the same server address, so that the key or token is never sent to another address. Check the server address of this connection.</source>
        <translation>서버가 Alli Admin이 따르지 않는 리디렉션으로 응답했습니다(HTTP %1). 키나 토큰이 다른 주소로 전송되지 않도록, 같은 서버 주소로 리디렉션된 조회 요청만 따릅니다. 이 연결의 서버 주소를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Alli::AppController</name>
    <message>
        <source>Alli Admin</source>
        <translation>Alli Admin</translation>
    </message>
    <message>
        <source>The embedded demo backend could not start: %1</source>
        <translation>내장 데모 백엔드를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot; is not stored on this computer. Enter it again.</source>
        <translation>&quot;%1&quot;의 키가 이 컴퓨터에 저장되어 있지 않습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>데모 프로젝트</translation>
    </message>
    <message>
        <source>The demo project needs no credentials: its key is %1.</source>
        <translation>데모 프로젝트에는 인증 정보가 필요 없습니다. 키는 %1입니다.</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Alli에 연결</translation>
    </message>
    <message>
        <source>Secret not stored in a keychain</source>
        <translation>키체인에 저장되지 않은 비밀 정보</translation>
    </message>
    <message>
        <source>The proxy did not accept the login for %1.</source>
        <translation>프록시가 %1의 로그인을 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>The proxy password is kept for this session only: only a proxy set in the connection&apos;s own settings can keep its password in the keychain.</source>
        <translation>프록시 비밀번호는 이번 세션 동안만 보관됩니다. 연결 설정에 직접 지정한 프록시만 비밀번호를 키체인에 보관할 수 있습니다.</translation>
    </message>
    <message>
        <source>The certificate could not be saved in %1: %2</source>
        <translation>인증서를 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>“%1” is now trusted for the connection “%2”.</source>
        <translation>이제 연결 “%2”에서 “%1”을(를) 신뢰합니다.</translation>
    </message>
</context>
<context>
    <name>Alli::BarChart</name>
    <message numerus="yes">
        <source>… and %n more group(s)</source>
        <translation>
            <numerusform>… 외 %n개 그룹</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk</name>
    <message>
        <source>Create users</source>
        <translation>사용자 생성</translation>
    </message>
    <message>
        <source>Update users</source>
        <translation>사용자 업데이트</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>사용자 삭제</translation>
    </message>
    <message>
        <source>Invite members</source>
        <translation>멤버 초대</translation>
    </message>
    <message>
        <source>Update members&apos; permission groups</source>
        <translation>멤버 권한 그룹 변경</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>멤버 제거</translation>
    </message>
    <message>
        <source>Create agents</source>
        <translation>에이전트 생성</translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>에이전트 삭제</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>전송 안 됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n개 성공</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n개 잘못됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n개 보내지 않음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (may or may not be applied)</source>
        <translation>
            <numerusform>%n개 알 수 없음(적용되었을 수도 있음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows typed in the bulk editor</source>
        <translation>일괄 편집기에 입력한 행</translation>
    </message>
    <message>
        <source>Agents selected on the agents page</source>
        <translation>에이전트 페이지에서 선택한 에이전트</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>붙여 넣은 행</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkJob</name>
    <message>
        <source>An earlier attempt got no usable answer: this row may already be applied.</source>
        <translation>이전 시도에서 유효한 응답을 받지 못했습니다. 이 행은 이미 적용되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>전송 전에 취소됨</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>No usable answer; the change may or may not have been applied: %1</source>
        <translation>유효한 응답이 없어 변경 사항이 적용되었는지 알 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not sent: the job stopped after: %1</source>
        <translation>전송되지 않음: 다음 오류로 작업이 중지되었습니다: %1</translation>
    </message>
    <message>
        <source>The server answered &quot;%1&quot; for this row, which says neither success nor failure: it is checked on the server.</source>
        <translation>서버가 이 행에 대해 &quot;%1&quot;(이)라고 응답했습니다. 성공도 실패도 아니므로 서버에서 확인합니다.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>conflicting results</source>
        <translation>서로 다른 결과가 반환됨</translation>
    </message>
    <message>
        <source>Failed (no message from the server)</source>
        <translation>실패(서버 메시지 없음)</translation>
    </message>
    <message>
        <source>The server refused this row, but an earlier attempt may already have applied it: its outcome is unknown until it is looked up on the server. The server said: %1</source>
        <translation>서버가 이 행을 거부했지만, 이전 시도에서 이미 적용되었을 수 있습니다. 서버에서 조회하기 전까지는 결과를 알 수 없습니다. 서버 메시지: %1</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkRun</name>
    <message>
        <source>Job %1 has already finished: nothing to resume.</source>
        <translation>작업 %1은(는) 이미 끝났습니다. 이어서 할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Job %1 was started on %2, not on %3: connect to the same server to resume it.</source>
        <translation>작업 %1은(는) %3이(가) 아니라 %2에서 시작되었습니다. 이어서 하려면 같은 서버에 연결하세요.</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>알 수 없는 서버</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>서버 없음</translation>
    </message>
    <message>
        <source>The job could not be written to the journal: it is sent, but cannot be resumed if it is interrupted.</source>
        <translation>작업을 저널에 기록할 수 없습니다. 전송은 되지만 중단되면 이어서 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Job %1 cannot be resumed: there is no journal.</source>
        <translation>작업 %1을(를) 이어서 할 수 없습니다. 저널이 없습니다.</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal, or the journal cannot be read.</source>
        <translation>저널에 작업 %1이(가) 없거나 저널을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Reading the job from the journal…</source>
        <translation>저널에서 작업을 읽는 중…</translation>
    </message>
    <message>
        <source>Recording the job in the journal…</source>
        <translation>작업을 저널에 기록하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) that were in flight when the job stopped: %1 done…</source>
        <translation>
            <numerusform>작업이 멈췄을 때 전송 중이던 %n개 행을 서버에서 확인하는 중: %1개 완료…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) whose outcome is unknown: %1 done…</source>
        <translation>
            <numerusform>결과를 알 수 없는 %n개 행을 서버에서 확인하는 중: %1개 완료…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not applied after a server error or a lost answer; they are sent again shortly.</source>
        <translation>
            <numerusform>서버 오류나 응답 유실 후 %n개 행이 적용되지 않았습니다. 잠시 후 다시 보냅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 failed</source>
        <translation>%2개 행 중 %1개 완료, %3개 실패</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>초당 %1행</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>약 %n분 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>sending again the rows that were not applied</source>
        <translation>적용되지 않은 행을 다시 보내는 중</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>완료: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after line %1 of %2 were never sent: the job stopped while it was being recorded in the journal. Import those lines again.</source>
        <translation>
            <numerusform>%2의 %1행 다음 %n개 행은 전송되지 않았습니다. 작업이 저널에 기록되는 중에 멈췄습니다. 해당 행을 다시 가져오세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were never recorded nor sent: resuming does not send them; import them again.</source>
        <translation>
            <numerusform>파일의 %n개 행은 기록되지도 전송되지도 않았습니다. 다시 시작해도 전송되지 않으니 다시 가져오세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::ClipboardTable</name>
    <message>
        <source>The pasted text cannot be read as rows: the quote opened on pasted line %1 is never closed.</source>
        <translation>붙여넣은 텍스트를 행으로 읽을 수 없습니다. 붙여넣은 %1번째 줄에서 연 따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the cells in Excel or LibreOffice, then paste.</source>
        <translation>클립보드에 행이 없습니다. Excel이나 LibreOffice에서 셀을 복사한 뒤 붙여넣으세요.</translation>
    </message>
    <message>
        <source>The clipboard holds %1 rows; at most %2 can be pasted at once.</source>
        <translation>클립보드에 %1개 행이 있습니다. 한 번에 최대 %2개 행까지 붙여넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>Pasted line %1 has %2 cells, but the header has %3.</source>
        <translation>붙여넣은 %1번째 줄에 셀이 %2개 있지만 헤더에는 %3개가 있습니다.</translation>
    </message>
    <message>
        <source>The pasted cells are only a header: copy the rows below it too.</source>
        <translation>붙여넣은 셀은 헤더뿐입니다. 그 아래 행도 함께 복사하세요.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::CsvReader</name>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>CSV 파일이 아닌 Excel 통합 문서입니다. Excel에서 [파일] &gt; [다른 이름으로 저장]을 선택하고 &quot;CSV UTF-8&quot;을 고르세요.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>텍스트 파일이 아닙니다. 바이너리 데이터가 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel Unicode text)</source>
        <translation>UTF-16 LE (Excel 유니코드 텍스트)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Korean (windows-949)</source>
        <translation>한국어 (windows-949)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>일본어 (Shift_JIS)</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid %2 text. Choose another encoding.</source>
        <translation>%1행에 올바른 %2 텍스트가 아닌 바이트가 있습니다. 다른 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Choose another encoding.</source>
        <translation>파일이 올바른 %1 텍스트가 아닙니다. 다른 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: line %1 is not valid UTF-8, and the file is not Korean (windows-949) or Japanese (Shift_JIS) text either. Choose the encoding.</source>
        <translation>파일의 인코딩을 인식하지 못했습니다. %1행이 올바른 UTF-8이 아니며, 한국어(windows-949)나 일본어(Shift_JIS) 텍스트도 아닙니다. 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: it is not UTF-8, UTF-16, Korean (windows-949) or Japanese (Shift_JIS) text. Choose the encoding.</source>
        <translation>파일의 인코딩을 인식하지 못했습니다. UTF-8, UTF-16, 한국어(windows-949), 일본어(Shift_JIS) 텍스트가 아닙니다. 인코딩을 선택하세요.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a closing quote &quot; is missing).</source>
        <translation>%1행: 따옴표로 시작한 필드가 닫히지 않았습니다(닫는 따옴표 &quot;가 없음).</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</source>
        <translation>%1행: 닫는 따옴표 뒤에 예기치 않은 텍스트가 있습니다. 필드 안의 따옴표는 두 번(&quot;&quot;) 써야 합니다.</translation>
    </message>
    <message>
        <source>Line %1: stray quote in a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>%1행: 따옴표로 시작하지 않는 필드에 따옴표가 있습니다. 필드 전체를 따옴표로 감싸고 안의 따옴표는 두 번(&quot;&quot;) 쓰세요.</translation>
    </message>
    <message>
        <source>Line %1: the header has %2 columns; at most %3 are accepted.</source>
        <translation>%1행: 헤더에 열이 %2개 있습니다. 최대 %3개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>Line %1: the header names the column &quot;%2&quot; twice. Column names must be unique.</source>
        <translation>%1행: 헤더에 &quot;%2&quot; 열이 두 번 있습니다. 열 이름은 중복될 수 없습니다.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3 columns.</source>
        <translation>%1행에는 셀이 %2개 있지만 헤더의 열은 %3개입니다.</translation>
    </message>
    <message>
        <source>Line %1 is a header with no data rows after it. The file has no data rows.</source>
        <translation>%1행은 헤더이며 그 뒤에 데이터 행이 없습니다. 파일에 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused. Split it into smaller files.</source>
        <translation>파일 크기가 %1MB입니다. %2MB를 넘는 파일은 처리할 수 없습니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 파일을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 파일을 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (line %1 contains a NUL byte).</source>
        <translation>텍스트 파일이 아닙니다: 바이너리 데이터가 들어 있습니다(%1번째 줄에 NUL 바이트가 있음).</translation>
    </message>
    <message>
        <source>The file mixes encodings: line %1 is UTF-8 text but line %2 is not. Save the whole file in one encoding (in Excel: &quot;CSV UTF-8&quot;).</source>
        <translation>파일에 여러 인코딩이 섞여 있습니다: %1번째 줄은 UTF-8 텍스트이지만 %2번째 줄은 아닙니다. 파일 전체를 하나의 인코딩으로 저장하세요(Excel에서는 &quot;CSV UTF-8&quot;).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1번째 열</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 열</translation>
    </message>
    <message>
        <source>Line %1, %2: the cell has %3 characters; at most %4 are accepted.</source>
        <translation>%1번째 줄, %2: 셀이 %3자입니다. 최대 %4자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; files over %1 MB are refused. Split it into smaller files.</source>
        <translation>파일이 %1MB보다 큽니다. %1MB를 넘는 파일은 거부됩니다. 더 작은 파일로 나누세요.</translation>
    </message>
    <message>
        <source>More than %1 lines of the file cannot be read; the first is line %2: %3</source>
        <translation>파일에서 읽을 수 없는 행이 %1개를 넘습니다. 첫 번째는 %2행입니다: %3</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::JobJournal</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>작업 기록 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the job journal %1: %2</source>
        <translation>작업 기록 %1을(를) 준비할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The app stopped before the answer arrived: this row may or may not be applied.</source>
        <translation>응답을 받기 전에 앱이 종료되었습니다. 이 행이 적용되었는지 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::OperationSpec</name>
    <message>
        <source>User ID (ownUserId)</source>
        <translation>사용자 ID (ownUserId)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>권한 그룹</translation>
    </message>
    <message>
        <source>Permission group</source>
        <translation>권한 그룹</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>속성: %1</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>고객 그룹</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>A two-letter ISO 639-1 language code, such as ko, ja or en.</source>
        <translation>두 글자 ISO 639-1 언어 코드(예: ko, ja, en)입니다.</translation>
    </message>
    <message>
        <source>A permission group of the project. Separate several groups with “;”.</source>
        <translation>프로젝트의 권한 그룹입니다. 여러 그룹은 “;”로 구분하세요.</translation>
    </message>
    <message>
        <source>A permission group of the project.</source>
        <translation>프로젝트의 권한 그룹입니다.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Reconciler</name>
    <message>
        <source>no connection</source>
        <translation>연결 없음</translation>
    </message>
    <message>
        <source>Verified on the server: the user no longer exists.</source>
        <translation>서버에서 확인함: 사용자가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Not applied: the server has no user &quot;%1&quot; (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>적용되지 않음: 서버에 사용자 &quot;%1&quot;이(가) 없습니다(쓸 수 있는 응답이 없어 확인함). 실패한 행 재시도로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Not applied: the user still exists on the server (checked after no usable answer).</source>
        <translation>적용되지 않음: 사용자가 서버에 아직 있습니다(쓸 수 있는 응답이 없어 확인함).</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row.</source>
        <translation>서버에서 확인함: 사용자에게 이 행의 데이터가 있습니다.</translation>
    </message>
    <message>
        <source>Verified on the server: the agent exists.</source>
        <translation>서버에서 확인함: 에이전트가 있습니다.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is a member.</source>
        <translation>서버에서 확인함: %1은(는) 멤버입니다.</translation>
    </message>
    <message>
        <source>Verified on the server: the agent no longer exists.</source>
        <translation>서버에서 확인함: 에이전트가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is no longer a member.</source>
        <translation>서버에서 확인함: %1은(는) 더 이상 멤버가 아닙니다.</translation>
    </message>
    <message>
        <source>Not applied: %1 is still on the server (checked after no usable answer).</source>
        <translation>적용되지 않음: %1이(가) 서버에 아직 있습니다(쓸 수 있는 응답이 없어 확인함).</translation>
    </message>
    <message>
        <source>Not applied: %1 is not on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>적용되지 않음: %1이(가) 서버에 없습니다(쓸 수 있는 응답이 없어 확인함). 실패한 행 재시도로 다시 보내세요.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Not applied: the permission group &quot;%1&quot; does not exist on the server.</source>
        <translation>적용되지 않음: 권한 그룹 &quot;%1&quot;이(가) 서버에 없습니다.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is in the groups of this row.</source>
        <translation>서버에서 확인함: %1은(는) 이 행의 그룹에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Not applied: %1 is not in %2 on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>적용되지 않음: 서버에서 %1은(는) %2에 속해 있지 않습니다(쓸 수 있는 응답이 없어 확인함). 실패한 행 재시도로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Could not be checked on the server (%1).</source>
        <translation>서버에서 확인할 수 없었습니다(%1).</translation>
    </message>
    <message>
        <source>Not applied: on the server, %1 differ from this row (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>적용되지 않음: 서버의 %1 값이 이 행과 다릅니다(쓸 수 있는 응답이 없어 확인함). 실패한 행 재시도로 다시 보내세요.</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row that the server shows (not shown, so not compared: %1).</source>
        <translation>서버에서 확인됨: 서버가 보여 주는 이 행의 데이터가 사용자에게 있습니다(표시되지 않아 비교하지 않음: %1).</translation>
    </message>
    <message>
        <source>Verified on the server: the user exists (the server does not show %1, so they were not compared).</source>
        <translation>서버에서 확인됨: 사용자가 있습니다(서버가 %1을(를) 보여 주지 않아 비교하지 않았습니다).</translation>
    </message>
    <message>
        <source>the server&apos;s answer shows none of this row&apos;s fields (%1)</source>
        <translation>서버 응답에 이 행의 필드가 하나도 없습니다(%1)</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Report</name>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::RowValidator</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 값이 비어 있습니다.</translation>
    </message>
    <message>
        <source>No column is mapped to %1.</source>
        <translation>%1에 연결된 열이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot;은(는) 올바른 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already appears on line %3.</source>
        <translation>%1 &quot;%2&quot;은(는) 이미 %3행에 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1) such as ko, ja or en.</source>
        <translation>&quot;%1&quot;은(는) ko, ja, en과 같은 두 글자 언어 코드(ISO 639-1)가 아닙니다.</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist; it will be created.</source>
        <translation>권한 그룹 &quot;%1&quot;이(가) 없습니다. 새로 생성됩니다.</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist.</source>
        <translation>권한 그룹 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains an invisible character (%3) at position %4. Type the value again.</source>
        <translation>%1 &quot;%2&quot;의 %4번째 위치에 보이지 않는 문자(%3)가 있습니다. 값을 다시 입력하세요.</translation>
    </message>
    <message>
        <source>Permission groups &quot;%1&quot; names no group. Separate group names with ; or |.</source>
        <translation>권한 그룹 &quot;%1&quot;에 그룹 이름이 없습니다. 그룹 이름은 ; 또는 |로 구분하세요.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; names no attribute: name it &quot;attribute.&lt;name&gt;&quot;.</source>
        <translation>&quot;%1&quot; 열에 속성 이름이 없습니다: &quot;attribute.&lt;이름&gt;&quot; 형식으로 지정하세요.</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are accepted.</source>
        <translation>비밀번호가 %1자입니다. 최대 %2자까지 허용됩니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 already exists: switch to &quot;Update users&quot;, or leave this row out.</source>
        <translation>%1은(는) 이미 있습니다. &quot;사용자 업데이트&quot;로 바꾸거나 이 행을 제외하세요.</translation>
    </message>
    <message>
        <source>%1 is already an agent of this project: leave this row out.</source>
        <translation>%1은(는) 이미 이 프로젝트의 에이전트입니다. 이 행을 제외하세요.</translation>
    </message>
    <message>
        <source>%1 was not found: switch to &quot;Create users&quot;, or leave this row out.</source>
        <translation>%1을(를) 찾을 수 없습니다. &quot;사용자 만들기&quot;로 바꾸거나 이 행을 제외하세요.</translation>
    </message>
    <message>
        <source>%1 is not a member of this project: switch to &quot;Invite members&quot;, or leave this row out.</source>
        <translation>%1은(는) 이 프로젝트의 멤버가 아닙니다. &quot;멤버 초대&quot;로 바꾸거나 이 행을 제외하세요.</translation>
    </message>
    <message>
        <source>%1 was not found: there is nothing to change, leave this row out.</source>
        <translation>%1을(를) 찾을 수 없어 변경할 내용이 없습니다. 이 행을 제외하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a spreadsheet formula. It is sent as plain text, exactly as written.</source>
        <translation>&quot;%1&quot;은(는) 스프레드시트 수식처럼 보입니다. 적힌 그대로 일반 텍스트로 보냅니다.</translation>
    </message>
    <message>
        <source>The password must have three of: lowercase letters, uppercase letters, digits, other characters.</source>
        <translation>비밀번호에는 영문 소문자, 영문 대문자, 숫자, 기타 문자 중 세 가지가 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 Sent anyway, as asked: the server decides.</source>
        <translation>%1 요청대로 그대로 보냅니다. 판단은 서버가 합니다.</translation>
    </message>
    <message>
        <source>%1 Alli does not document this rule: the row can be sent anyway.</source>
        <translation>%1 Alli 문서에 없는 규칙이므로 이 행을 그대로 보낼 수도 있습니다.</translation>
    </message>
    <message>
        <source>The password has fewer than %1 characters.</source>
        <translation>비밀번호가 %1자보다 짧습니다.</translation>
    </message>
    <message>
        <source>%1 is already a member: their groups are updated.</source>
        <translation>%1은(는) 이미 멤버입니다. 그룹이 업데이트됩니다.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::TableFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not fit in an Excel sheet (at most 1,048,575 below the header): save as CSV instead.</source>
        <translation>
            <numerusform>%n개 행은 Excel 시트에 들어가지 않습니다(머리글 아래 최대 1,048,575행). CSV로 저장하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) do not fit in an Excel sheet (at most 16,384): save as CSV instead.</source>
        <translation>
            <numerusform>%n개 열은 Excel 시트에 들어가지 않습니다(최대 16,384열). CSV로 저장하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>임시 파일을 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>통합 문서를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: the cell holds %3 characters, more than the %4 an Excel cell can hold. Save as CSV instead.</source>
        <translation>%1행, “%2” 열: 셀에 %3자가 있어 Excel 셀이 담을 수 있는 %4자를 넘습니다. CSV로 저장하세요.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>%1행, “%2” 열: %3</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>통합 문서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::XlsxReader</name>
    <message>
        <source>the workbook&apos;s ZIP directory is damaged</source>
        <translation>통합 문서의 ZIP 목록이 손상되었습니다</translation>
    </message>
    <message>
        <source>it holds more than %1 parts</source>
        <translation>%1개보다 많은 부분을 담고 있습니다</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB</source>
        <translation>압축을 풀면 %1MB를 넘습니다</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>%1 부분이 없습니다</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>%1 부분을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>%1 부분이 손상되었습니다</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than its stated size</source>
        <translation>%1 부분이 명시된 크기보다 크게 풀립니다</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
        <translation>%1 부분이 손상되었습니다(체크섬)</translation>
    </message>
    <message>
        <source>This Excel workbook cannot be read: %1. Open it in Excel and save it again as .xlsx, or use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>이 Excel 통합 문서를 읽을 수 없습니다: %1. Excel에서 열어 .xlsx로 다시 저장하거나, 파일 &gt; 다른 이름으로 저장에서 &quot;CSV UTF-8&quot;을 선택하세요.</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 부분이 올바른 XML이 아닙니다(%2행: %3)</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (%1)</source>
        <translation>Excel 통합 문서가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>This workbook contains macros (.xlsm), which Alli Admin never runs or reads. In Excel, save a copy as &quot;Excel Workbook (.xlsx)&quot; and import that.</source>
        <translation>이 통합 문서에는 매크로(.xlsm)가 있으며, Alli Admin은 매크로를 실행하거나 읽지 않습니다. Excel에서 &quot;Excel 통합 문서(.xlsx)&quot;로 사본을 저장한 뒤 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>시트가 없습니다</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: %3</source>
        <translation>시트 “%1”, 셀 %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 rows, the limit.</source>
        <translation>시트 “%1”의 행이 한도인 %2행보다 많습니다.</translation>
    </message>
    <message>
        <source>column %1 is beyond the limit of %2 columns</source>
        <translation>%1번째 열은 %2열 한도를 넘습니다</translation>
    </message>
    <message>
        <source>it refers to a text that the workbook does not have</source>
        <translation>통합 문서에 없는 텍스트를 참조합니다</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the cell holds %1 characters, more than %2</source>
        <translation>셀의 글자 수 %1자가 %2자를 넘습니다</translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML (line %2: %3)</source>
        <translation>시트 “%1”이(가) 올바른 XML이 아닙니다(%2행: %3)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>손상되었거나 불완전합니다</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>통합 문서에 “%1” 시트가 없습니다. 시트는 %2입니다.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>시트 “%1”이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” is empty: it cannot be the header.</source>
        <translation>시트 “%2”의 %1행이 비어 있어 헤더가 될 수 없습니다.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1열</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the header names “%3” twice (columns %4 and %5).</source>
        <translation>시트 “%1”, %2행: 헤더에 “%3”이(가) 두 번 있습니다(%4열과 %5열).</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: it has a value, but its column has no name in the header (row %3).</source>
        <translation>시트 “%1”, 셀 %2: 값이 있지만 그 열의 이름이 헤더(%3행)에 없습니다.</translation>
    </message>
    <message>
        <source>the sheet “%1” lists row %2 after row %3</source>
        <translation>시트 “%1”에서 %2행이 %3행 뒤에 나옵니다</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header (row %2) but no rows below it.</source>
        <translation>시트 “%1”에 헤더(%2행)는 있지만 그 아래에 행이 없습니다.</translation>
    </message>
    <message>
        <source>a DTD is not allowed</source>
        <translation>DTD는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>The header has merged cells (%1): only the first cell of each has a name; the others are named by their column letter.</source>
        <translation>머리글에 병합된 셀이 있습니다(%1). 각 병합 범위의 첫 셀만 이름을 갖고, 나머지는 열 문자로 이름이 붙습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of merged cells below the header (%1): the value is in the first cell only, the other cells are imported empty.</source>
        <translation>
            <numerusform>머리글 아래에 병합된 셀 범위가 %n개 있습니다(%1). 값은 첫 셀에만 있고 나머지 셀은 빈 값으로 가져옵니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in Excel are imported too (rows %1). Leave them out in the preview if they should not be sent.</source>
        <translation>
            <numerusform>Excel에서 숨긴 행 %n개도 가져옵니다(%1행). 보내지 않으려면 미리 보기에서 빼세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hidden in Excel are read too (%1): map them to “(not used)” if they should not be sent.</source>
        <translation>
            <numerusform>Excel에서 숨긴 열 %n개도 읽습니다(%1). 보내지 않으려면 “(사용 안 함)”으로 지정하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML after cell %2 (line %3, column %4: %5)</source>
        <translation>시트 “%1”이(가) 셀 %2 다음부터 올바른 XML이 아닙니다(%3행 %4열: %5)</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls) or a password-protected one, which Alli Admin does not read. In Excel, open it and save it as &quot;Excel Workbook (.xlsx)&quot; without a password (File &gt; Save As), then import that file.</source>
        <translation>이전 형식의 Excel 통합 문서(.xls)이거나 암호로 보호된 통합 문서라서 Alli Admin이 읽지 않습니다. Excel에서 열어 암호 없이 &quot;Excel 통합 문서(.xlsx)&quot;로 저장한 다음(파일 &gt; 다른 이름으로 저장) 그 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>its sheet %1 has no name</source>
        <translation>%1번째 시트에 이름이 없습니다</translation>
    </message>
    <message>
        <source>its sheets “%1” and “%2” have the same name</source>
        <translation>시트 “%1”과(와) “%2”의 이름이 같습니다</translation>
    </message>
</context>
<context>
    <name>Alli::BulkEditorDialog</name>
    <message>
        <source>Add rows from a CSV file</source>
        <translation>CSV 파일에서 행 추가</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>행 저장</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>행을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Bulk edit: %1</source>
        <translation>일괄 편집: %1</translation>
    </message>
    <message>
        <source>Type or paste rows; every cell is checked as it changes. Send sends the rows that are ready, and each row&apos;s result appears in the Result column. Rows that failed can be fixed and sent again.</source>
        <translation>행을 입력하거나 붙여 넣으세요. 셀이 바뀔 때마다 검사합니다. 보내기는 준비된 행을 보내고, 각 행의 결과는 결과 열에 표시됩니다. 실패한 행은 고쳐서 다시 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>행 삽입</translation>
    </message>
    <message>
        <source>Insert empty rows above the selection (Ctrl++)</source>
        <translation>선택 영역 위에 빈 행을 삽입합니다 (Ctrl++)</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-)</source>
        <translation>선택한 행을 삭제합니다 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>행 붙여넣기</translation>
    </message>
    <message>
        <source>Add the rows copied in a spreadsheet, with or without their header row</source>
        <translation>스프레드시트에서 복사한 행을 추가합니다 (머리글 행이 있어도 없어도 됩니다)</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>찾기 및 바꾸기</translation>
    </message>
    <message>
        <source>Find (Ctrl+F) and replace (Ctrl+H) text in the cells</source>
        <translation>셀의 텍스트를 찾고 (Ctrl+F) 바꿉니다 (Ctrl+H)</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Go to the next cell with an error (F8; Shift+F8 goes back)</source>
        <translation>오류가 있는 다음 셀로 이동합니다 (F8, Shift+F8은 이전)</translation>
    </message>
    <message>
        <source>Add from CSV…</source>
        <translation>CSV에서 추가…</translation>
    </message>
    <message>
        <source>Save rows…</source>
        <translation>행 저장…</translation>
    </message>
    <message>
        <source>Save the rows as a CSV file (passwords are not written)</source>
        <translation>행을 CSV 파일로 저장합니다 (비밀번호는 기록하지 않습니다)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>찾기(&amp;I):</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>바꿀 내용(&amp;W):</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>다음 찾기</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>Send rows anyway that break only rules Alli does not document</source>
        <translation>Alli 문서에 없는 규칙만 어긴 행도 보내기</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>동시 요청 수(&amp;F):</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>보낼 행</translation>
    </message>
    <message>
        <source>The agents&apos; current groups could not be read: %1</source>
        <translation>상담원의 현재 그룹을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The project&apos;s groups could not be read (%1): group names are not checked.</source>
        <translation>프로젝트의 그룹을 읽을 수 없습니다 (%1). 그룹 이름은 검사하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) with their current groups: change the groups cells, then send. Only the rows that change are sent.</source>
        <translation>
            <numerusform>상담원 %n명과 현재 그룹입니다. 그룹 셀을 바꾼 뒤 보내세요. 바뀐 행만 보냅니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n개 행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (F8 goes to the next one)</source>
        <translation>
            <numerusform>문제 있음 %n개 (F8로 다음 문제로 이동)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>변경 없음 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>성공 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>실패 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>알 수 없음 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to send</source>
        <translation>
            <numerusform>보낼 준비 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(reading the project&apos;s groups…)</source>
        <translation>(프로젝트 그룹을 읽는 중…)</translation>
    </message>
    <message numerus="yes">
        <source>Send again (%n)</source>
        <translation>
            <numerusform>다시 보내기 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send (%n)</source>
        <translation>
            <numerusform>보내기 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>%n개 행 추가</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n개 행을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns this change has no use for were left out: %1.</source>
        <translation>이 변경에 쓰이지 않는 열은 제외했습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n개 열</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>붙여 넣은 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>No row is ready to send.</source>
        <translation>보낼 준비가 된 행이 없습니다.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may already be applied: their outcome could not be checked.</source>
        <translation>
            <numerusform>%n개 행이 이미 적용되었을 수 있습니다. 결과를 확인하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending them again can fail with &quot;already exists&quot;, or repeat a change. Check them on the server first if in doubt.</source>
        <translation>다시 보내면 &quot;이미 있음&quot;으로 실패하거나 변경이 반복될 수 있습니다. 확실하지 않으면 먼저 서버에서 확인하세요.</translation>
    </message>
    <message>
        <source>Fix the rows that failed and send again; rows that succeeded are kept as they are.</source>
        <translation>실패한 행을 고쳐서 다시 보내세요. 성공한 행은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The kept rows could not be read: %1</source>
        <translation>보관한 행을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Rows of this change were kept when the editor closed on %1.</source>
        <translation>%1에 편집기를 닫을 때 이 변경의 행을 보관했습니다.</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>편집기 닫기</translation>
    </message>
    <message>
        <source>Keep the rows that were not sent for next time?</source>
        <translation>보내지 않은 행을 다음을 위해 보관할까요?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when this editor opens again. Passwords are not saved.</source>
        <translation>이 컴퓨터에 저장되며, 이 편집기를 다시 열 때 복원할 수 있습니다. 비밀번호는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV 파일 및 Excel 통합 문서 (*.csv *.txt *.tsv *.xlsx *.xls);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>행을 %1(으)로 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>Alli::BulkResultsModel</name>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>User or email</source>
        <translation>사용자 또는 이메일</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>Alli::BulkRunPanel</name>
    <message>
        <source>Cancel sending</source>
        <translation>보내기 취소</translation>
    </message>
    <message>
        <source>Rows that were not sent yet will not be sent. Requests already on their way still finish.</source>
        <translation>아직 보내지 않은 행은 보내지 않습니다. 이미 전송 중인 요청은 끝까지 처리됩니다.</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>재개(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>실패한 행 다시 시도</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) got no usable answer and may already be applied. They will be sent again.</source>
        <translation>
            <numerusform>%n개 행은 사용할 수 있는 응답을 받지 못해 이미 적용되었을 수 있습니다. 이 행들을 다시 보냅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>보고서를 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved the undo file as %1. Open it in “Import CSV…” to undo the rows that succeeded.</source>
        <translation>되돌리기 파일을 %1(으)로 저장했습니다. 성공한 행을 되돌리려면 “CSV 가져오기…”에서 여세요.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Save undo file</source>
        <translation>되돌리기 파일 저장</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>보내기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>표시(&amp;H):</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>모든 행</translation>
    </message>
    <message>
        <source>Failed or unknown</source>
        <translation>실패 또는 알 수 없음</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>유효하지 않음</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>전송 안 됨</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>보고서 저장(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation>실패한 행 다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;undo file…</source>
        <translation>되돌리기 파일 저장(&amp;U)…</translation>
    </message>
    <message>
        <source>Saving the report as %1…</source>
        <translation>보고서를 %1(으)로 저장하는 중…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saving the undo file as %1…</source>
        <translation>되돌리기 파일을 %1(으)로 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>Alli::CertificateTrustDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>신뢰할 수 없는 인증서</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server %1 presented a certificate that this computer does not trust.&lt;/b&gt; Companies that inspect TLS traffic issue such certificates with their own root. Compare the fingerprints with the ones your IT department publishes before you trust it.</source>
        <translation>&lt;b&gt;서버 %1이(가) 이 컴퓨터가 신뢰하지 않는 인증서를 제시했습니다.&lt;/b&gt; TLS 트래픽을 검사하는 회사는 자체 루트로 이런 인증서를 발급합니다. 신뢰하기 전에 지문을 IT 부서가 공개한 지문과 비교하세요.</translation>
    </message>
    <message>
        <source>Certificate for:</source>
        <translation>인증서 대상:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>발급자:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>유효 기간:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Issuer&apos;s certificate:</source>
        <translation>발급자의 인증서:</translation>
    </message>
    <message>
        <source>Issuer&apos;s SHA-256:</source>
        <translation>발급자의 SHA-256:</translation>
    </message>
    <message>
        <source>Issuer valid:</source>
        <translation>발급자 유효 기간:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>인증서 상세 정보</translation>
    </message>
    <message>
        <source>The server did not send its issuer&apos;s certificate, so it cannot be trusted from here. Ask your IT department for the company&apos;s root certificate (a PEM file) and add it to the connection: File &gt; Edit connection…, Advanced, &quot;Extra CA certificates&quot;.</source>
        <translation>서버가 발급자의 인증서를 보내지 않아 여기서 신뢰할 수 없습니다. IT 부서에 회사의 루트 인증서(PEM 파일)를 요청하여 연결에 추가하세요: 파일 &gt; 연결 편집…, 고급, &quot;추가 CA 인증서&quot;.</translation>
    </message>
    <message>
        <source>Trusting it adds the issuer&apos;s certificate to the connection &quot;%1&quot; only, beside the system&apos;s certificates. It can be removed under File &gt; Edit connection…, Advanced.</source>
        <translation>신뢰하면 발급자의 인증서가 시스템 인증서와 함께 연결 &quot;%1&quot;에만 추가됩니다. 파일 &gt; 연결 편집…, 고급에서 제거할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Trust this issuer for this connection</source>
        <translation>이 연결에서 이 발급자 신뢰(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Alli::Cli::CliRunner</name>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>테스트 실행: 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>변경: %1</translation>
    </message>
    <message>
        <source>Rows that would be sent: %1</source>
        <translation>보낼 행: %1</translation>
    </message>
    <message>
        <source>Requests that would be sent: %1</source>
        <translation>보낼 요청: %1</translation>
    </message>
    <message>
        <source>Invalid rows (never sent): %1</source>
        <translation>잘못된 행(보내지 않음): %1</translation>
    </message>
    <message>
        <source>Bulk changes to an Alli project from a CSV file. The API key is read from the environment variable ALLI_API_KEY.</source>
        <translation>CSV 파일로 Alli 프로젝트를 일괄 변경합니다. API 키는 환경 변수 ALLI_API_KEY에서 읽습니다.</translation>
    </message>
    <message>
        <source>Server address (HTTPS; HTTP only for this computer).</source>
        <translation>서버 주소(HTTPS, HTTP는 이 컴퓨터에서만).</translation>
    </message>
    <message>
        <source>Alli region: us or ja (default: us).</source>
        <translation>Alli 리전: us 또는 ja(기본값: us).</translation>
    </message>
    <message>
        <source>Project id sent with every request.</source>
        <translation>모든 요청에 보내는 프로젝트 ID.</translation>
    </message>
    <message>
        <source>users: create, update, delete; members: invite, update-groups, remove; agents: create, delete.</source>
        <translation>users: create, update, delete / members: invite, update-groups, remove / agents: create, delete</translation>
    </message>
    <message>
        <source>File encoding: auto, utf-8, windows-949 or shift_jis (default: auto).</source>
        <translation>파일 인코딩: auto, utf-8, windows-949 또는 shift_jis(기본값: auto).</translation>
    </message>
    <message>
        <source>Delimiter: auto, comma, semicolon or tab (default: auto).</source>
        <translation>구분 기호: auto, comma, semicolon 또는 tab(기본값: auto).</translation>
    </message>
    <message>
        <source>Validate and say what would be sent; send nothing.</source>
        <translation>검증하고 보낼 내용을 알려 줍니다. 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Requests in flight (1-16, default: 4).</source>
        <translation>동시에 보낼 요청 수(1-16, 기본값: 4).</translation>
    </message>
    <message>
        <source>users, members or agents</source>
        <translation>users, members 또는 agents</translation>
    </message>
    <message>
        <source>the command: import</source>
        <translation>명령: import</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Run alli-admin-cli --help for the usage.</source>
        <translation>사용법은 alli-admin-cli --help를 실행하세요.</translation>
    </message>
    <message>
        <source>Expected: users|members|agents import FILE --action ACTION</source>
        <translation>형식: users|members|agents import FILE --action ACTION</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;: use users, members or agents.</source>
        <translation>알 수 없는 대상 &quot;%1&quot;: users, members 또는 agents를 사용하세요.</translation>
    </message>
    <message>
        <source>--action is required.</source>
        <translation>--action이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for %2: use %3.</source>
        <translation>%2에 대한 알 수 없는 작업 &quot;%1&quot;: %3 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8, windows-949 or shift_jis.</source>
        <translation>알 수 없는 인코딩 &quot;%1&quot;: auto, utf-8, windows-949 또는 shift_jis를 사용하세요.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use auto, comma, semicolon or tab.</source>
        <translation>알 수 없는 구분 기호 &quot;%1&quot;: auto, comma, semicolon 또는 tab을 사용하세요.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16.</source>
        <translation>--concurrency는 1에서 16 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the folder does not exist.</source>
        <translation>보고서를 &quot;%1&quot;에 쓸 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>Use either --base-url or --region, not both.</source>
        <translation>--base-url과 --region 중 하나만 사용하세요.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>잘못된 서버 주소 &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;: use us or ja.</source>
        <translation>알 수 없는 리전 &quot;%1&quot;: us 또는 ja를 사용하세요.</translation>
    </message>
    <message>
        <source>Set the environment variable ALLI_API_KEY to the project&apos;s API key.</source>
        <translation>환경 변수 ALLI_API_KEY에 프로젝트의 API 키를 설정하세요.</translation>
    </message>
    <message>
        <source>%1 (a column named %2)</source>
        <translation>%1(열 이름: %2)</translation>
    </message>
    <message>
        <source>Required column missing: %1.</source>
        <translation>필수 열이 없습니다: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (encoding %1, delimiter %2).</source>
        <translation>
            <numerusform>%n개 행을 읽었습니다(인코딩 %1, 구분 기호 %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>서버가 인증 정보를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>인증 실패: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n개 행을 보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 rows done, %3 failed, %4 rows/s</source>
        <translation>%1/%2행 완료, %3행 실패, 초당 %4행</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>약 %n초 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1행: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the report.</source>
        <translation>
            <numerusform>… 외 %n개. 보고서를 확인하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 외 문제 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: %2</source>
        <translation>보고서를 &quot;%1&quot;에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>보고서를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Interrupted: waiting for the requests in flight; nothing more is sent.</source>
        <translation>중단됨: 전송 중인 요청을 기다립니다. 더 이상 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Interrupted before sending.</source>
        <translation>보내기 전에 중단되었습니다.</translation>
    </message>
    <message>
        <source>Do not look up, after the job, the rows whose outcome is unknown.</source>
        <translation>작업 후 결과를 알 수 없는 행을 서버에서 조회하지 않습니다.</translation>
    </message>
    <message>
        <source>alli-admin-cli jobs: list the journalled jobs; alli-admin-cli resume [JOB]: resume an interrupted job (the newest unfinished one by default).</source>
        <translation>alli-admin-cli jobs: 저널에 기록된 작업 목록; alli-admin-cli resume [JOB]: 중단된 작업 재개(기본값은 가장 최근의 끝나지 않은 작업).</translation>
    </message>
    <message>
        <source>Expected: jobs</source>
        <translation>예상 형식: jobs</translation>
    </message>
    <message>
        <source>Expected: resume [JOB]</source>
        <translation>예상 형식: resume [JOB]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job number; see alli-admin-cli jobs.</source>
        <translation>&quot;%1&quot;은(는) 작업 번호가 아닙니다. alli-admin-cli jobs를 확인하세요.</translation>
    </message>
    <message>
        <source>resume takes the action and the rows from the journal: leave out --action and --dry-run.</source>
        <translation>resume은 작업 종류와 행을 저널에서 가져옵니다. --action과 --dry-run을 빼세요.</translation>
    </message>
    <message>
        <source>Job %1 (resume it after an interruption with: alli-admin-cli resume %1)</source>
        <translation>작업 %1(중단되면 다음으로 재개: alli-admin-cli resume %1)</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>아직 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>저널 %1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>There is no job to resume.</source>
        <translation>재개할 작업이 없습니다.</translation>
    </message>
    <message>
        <source>There is no unfinished job to resume.</source>
        <translation>재개할 끝나지 않은 작업이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more line(s) that cannot be read.</source>
        <translation>
            <numerusform>…읽을 수 없는 행이 %n개 더 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file cannot be read; nothing was sent. Fix them and run again.</source>
        <translation>
            <numerusform>파일에서 %n개 행을 읽을 수 없어 아무것도 보내지 않았습니다. 고친 뒤 다시 실행하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no unfinished job of %1 to resume. %2</source>
        <translation>이어서 할 %1의 미완료 작업이 없습니다. %2</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are looked up before anything is sent, %6 to send.</source>
        <translation>작업 %1 이어서 하기 (%2, %3): %4개 행은 이미 확정, %5개는 전송 중이었으며 보내기 전에 서버에서 확인, %6개 전송 예정.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Looked up on the server: %1 row(s) found applied; %2 found not applied and sent again.</source>
        <translation>서버에서 확인: %1개 행은 적용됨, %2개는 적용되지 않아 다시 보냄.</translation>
    </message>
    <message>
        <source>Interrupted: the rows not looked up yet stay unknown.</source>
        <translation>중단됨: 아직 확인하지 않은 행은 결과를 알 수 없음으로 남습니다.</translation>
    </message>
    <message>
        <source>Also send the rows that break only rules of this program that Alli does not document (a short password, an unusual e-mail address, a group not found…): the server decides.</source>
        <translation>Alli 문서에 없는 이 프로그램의 규칙(짧은 비밀번호, 특이한 이메일 주소, 찾지 못한 그룹 등)에만 걸리는 행도 보냅니다. 판단은 서버가 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) break only rules that Alli does not document; run again with --allow-warnings to send them and let the server decide.</source>
        <translation>
            <numerusform>%n개 행은 Alli 문서에 없는 규칙에만 걸립니다. 이 행들을 보내고 서버가 판단하게 하려면 --allow-warnings를 붙여 다시 실행하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a company&apos;s TLS inspection root), together with the system&apos;s.</source>
        <translation>이 PEM 파일의 CA 인증서(회사의 TLS 검사 루트 인증서)도 시스템 인증서와 함께 신뢰합니다.</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the sheet to read (default: the first sheet with data).</source>
        <translation>Excel 통합 문서(.xlsx): 읽을 시트(기본값: 데이터가 있는 첫 시트).</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the row of the header (default: the first row as wide as the data, below any title rows).</source>
        <translation>Excel 통합 문서(.xlsx): 헤더 행(기본값: 제목 행 아래에서 데이터만큼 넓은 첫 행).</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1: &quot;%1&quot;.</source>
        <translation>--header-row에는 1 이상의 행 번호를 지정합니다: &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from the sheet “%1”.</source>
        <translation>
            <numerusform>시트 “%1”에서 %n개 행을 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the per-row report to this file: an Excel workbook when its name ends in .xlsx, CSV otherwise.</source>
        <translation>행별 보고서를 이 파일에 씁니다. 이름이 .xlsx로 끝나면 Excel 통합 문서, 그렇지 않으면 CSV입니다.</translation>
    </message>
    <message>
        <source>Send the requests through this proxy: http://[user:password@]host:port or socks5://host:port (default: the system&apos;s proxy, or HTTPS_PROXY / HTTP_PROXY from the environment, where pac+URL names a PAC file; NO_PROXY lists the hosts that bypass either). A proxy that asks for a login and has none in its address gets ALLI_PROXY_USER and ALLI_PROXY_PASSWORD.</source>
        <translation>요청을 이 프록시로 보냅니다: http://[사용자:비밀번호@]호스트:포트 또는 socks5://호스트:포트 (기본값: 시스템 프록시 또는 환경 변수 HTTPS_PROXY / HTTP_PROXY이며, pac+URL은 PAC 파일을 가리킵니다. NO_PROXY에는 두 경우 모두 프록시를 거치지 않는 호스트를 나열합니다). 로그인을 요구하는데 주소에 로그인이 없는 프록시에는 ALLI_PROXY_USER와 ALLI_PROXY_PASSWORD를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>Alli::ConnectionSettings</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>서버 주소가 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>The server address must use HTTPS; plain HTTP is only allowed for this computer (localhost).</source>
        <translation>서버 주소는 HTTPS를 사용해야 합니다. 일반 HTTP는 이 컴퓨터(localhost)에만 허용됩니다.</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>API 키가 없습니다.</translation>
    </message>
    <message>
        <source>The token is missing.</source>
        <translation>토큰이 없습니다.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed.</source>
        <translation>API 키에 공백이나 허용되지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The token contains spaces or characters that are not allowed.</source>
        <translation>토큰에 공백이나 허용되지 않는 문자가 있습니다.</translation>
    </message>
    <message>
        <source>The project id header name is empty.</source>
        <translation>프로젝트 ID 헤더 이름이 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has characters other than plain ASCII letters, digits and signs. Alli documents other characters (the &quot;base64:&quot; form) only for OWN-USER-ID: use an ASCII address here.</source>
        <translation>%1 &quot;%2&quot;에 일반 ASCII 영문자, 숫자, 기호가 아닌 문자가 있습니다. Alli는 다른 문자(“base64:” 형식)를 OWN-USER-ID에만 허용한다고 문서화합니다. 여기에는 ASCII 주소를 사용하세요.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>CA 인증서 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>파일 %1에 PEM 인증서(&quot;-----BEGIN CERTIFICATE-----&quot;)가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Alli::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>연결 설정…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Alli::FieldTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{필드 %n개}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[항목 %n개]</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>예/아니요</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>없음(null)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>객체</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>고객 그룹</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>%1 (field “%2”)</source>
        <translation>%1(필드 “%2”)</translation>
    </message>
</context>
<context>
    <name>Alli::GridEditing</name>
    <message>
        <source>Edit a cell</source>
        <translation>셀 편집</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>아래로 채우기</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>셀 지우기</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <source>Previous problem</source>
        <translation>이전 문제</translation>
    </message>
    <message>
        <source>Select the cell where the pasted cells should start.</source>
        <translation>붙여넣을 셀이 시작될 셀을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell outside the table and were left out.</source>
        <translation>
            <numerusform>붙여넣은 셀 %n개가 표 밖으로 벗어나 제외되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to fill: the top one of each column is copied down.</source>
        <translation>채울 셀을 선택하세요. 각 열의 맨 위 셀이 아래로 복사됩니다.</translation>
    </message>
    <message>
        <source>No cell has an error.</source>
        <translation>오류가 있는 셀이 없습니다.</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>행 삽입</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>The rows cannot be changed while they are being sent.</source>
        <translation>행을 보내는 동안에는 바꿀 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>%n개 행 삽입</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to delete.</source>
        <translation>삭제할 행을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n개 행 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell contains &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 포함한 셀이 없습니다.</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <source>No cell that can be edited contains &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;을(를) 포함한 편집 가능한 셀이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>%n개 셀에서 바꿨습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
</context>
<context>
    <name>Alli::GroupMembersModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsDialog</name>
    <message>
        <source>Revert every group</source>
        <translation>모든 그룹 되돌리기</translation>
    </message>
    <message>
        <source>Change a permission</source>
        <translation>권한 변경</translation>
    </message>
    <message>
        <source>Permissions of several groups</source>
        <translation>여러 그룹의 권한</translation>
    </message>
    <message>
        <source>Tick the boxes of any group. Select cells across groups, then Check or Uncheck, to give or take a permission in every one of them. Nothing is sent until Apply, which lists every change first.</source>
        <translation>어느 그룹이든 상자를 체크하세요. 여러 그룹에 걸쳐 셀을 선택한 뒤 체크 또는 체크 해제를 누르면 그 모든 그룹에 권한을 주거나 뺍니다. 적용을 누르기 전에는 아무것도 보내지 않으며, 적용은 먼저 모든 변경을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Follow &amp;dependencies</source>
        <translation>의존 관계 따르기(&amp;D)</translation>
    </message>
    <message>
        <source>Checking a permission also checks what it needs, and unchecking one also unchecks what needs it (this app&apos;s guess of the dependencies).</source>
        <translation>권한을 체크하면 그 권한에 필요한 권한도 체크하고, 체크를 해제하면 그 권한이 필요한 권한도 해제합니다 (의존 관계는 이 앱의 추정입니다).</translation>
    </message>
    <message>
        <source>C&amp;heck selected</source>
        <translation>선택 항목 체크(&amp;H)</translation>
    </message>
    <message>
        <source>Gives the permissions of the selected cells to their groups.</source>
        <translation>선택한 셀의 권한을 해당 그룹에 줍니다.</translation>
    </message>
    <message>
        <source>&amp;Uncheck selected</source>
        <translation>선택 항목 체크 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Takes the permissions of the selected cells from their groups.</source>
        <translation>선택한 셀의 권한을 해당 그룹에서 뺍니다.</translation>
    </message>
    <message>
        <source>Copy the set &amp;of:</source>
        <translation>권한 세트 복사 원본(&amp;O):</translation>
    </message>
    <message>
        <source>To the selected groups</source>
        <translation>선택한 그룹에 복사</translation>
    </message>
    <message>
        <source>The groups of the selected cells get exactly this group&apos;s permissions.</source>
        <translation>선택한 셀의 그룹이 이 그룹과 똑같은 권한을 갖게 됩니다.</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>변경 사항(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>모두 되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>적용(&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Permissions of the groups</source>
        <translation>그룹의 권한</translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation>선택 항목 체크</translation>
    </message>
    <message>
        <source>Uncheck selected</source>
        <translation>선택 항목 체크 해제</translation>
    </message>
    <message>
        <source>Copy the permissions of “%1”</source>
        <translation>“%1”의 권한 복사</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (멤버 %n명)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>아직 변경 사항이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) change</source>
        <translation>
            <numerusform>그룹 %n개 변경</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) affected in all (an agent in two groups is counted twice)</source>
        <translation>
            <numerusform>영향받는 멤버 총 %n명 (두 그룹에 속한 상담원은 두 번 셉니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>권한 적용</translation>
    </message>
    <message numerus="yes">
        <source>Change the permissions of %n group(s)?</source>
        <translation>
            <numerusform>그룹 %n개의 권한을 바꿀까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>그래도 적용</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: 적용됨</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: 적용되지 않음: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server took the permissions of %n group(s).</source>
        <translation>
            <numerusform>서버가 그룹 %n개의 권한을 반영했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) were not changed: their changes are still shown, fix them and apply again.</source>
        <translation>
            <numerusform>그룹 %n개는 바뀌지 않았습니다. 변경 사항은 그대로 표시되어 있으니 고친 뒤 다시 적용하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the changes that were not applied?</source>
        <translation>적용하지 않은 변경 사항을 버릴까요?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Someone changed this group&apos;s permissions on the server after this window loaded them. Its changes here were not sent: close and open the window again to start from the server&apos;s set.</source>
        <translation>이 창이 불러온 뒤 누군가 서버에서 이 그룹의 권한을 바꿨습니다. 여기서 한 변경은 보내지 않았습니다. 창을 닫았다가 다시 열어 서버의 권한에서 시작하세요.</translation>
    </message>
    <message>
        <source>Changed on the server since this window loaded them, not sent: %1</source>
        <translation>이 창이 불러온 뒤 서버에서 바뀌어 보내지 않음: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was sent: every changed group was changed on the server too (%1).</source>
        <translation>아무것도 보내지 않았습니다. 바꾼 그룹이 모두 서버에서도 바뀌었습니다 (%1).</translation>
    </message>
    <message>
        <source>%1: changed on the server, not sent</source>
        <translation>%1: 서버에서 바뀌어 보내지 않음</translation>
    </message>
    <message numerus="yes">
        <source>The other %n group(s) were applied.</source>
        <translation>
            <numerusform>나머지 그룹 %n개는 적용되었습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsModel</name>
    <message>
        <source>“%1” has %2</source>
        <translation>“%1”에 %2 권한 있음</translation>
    </message>
    <message>
        <source>“%1” has part of %2</source>
        <translation>“%1”에 %2 권한 일부 있음</translation>
    </message>
    <message>
        <source>“%1” does not have %2</source>
        <translation>“%1”에 %2 권한 없음</translation>
    </message>
    <message>
        <source>Required by: %1</source>
        <translation>필요로 하는 권한: %1</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>변경됨, 아직 적용 안 됨</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: 멤버 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation>✓ 적용됨</translation>
    </message>
    <message>
        <source>✗ not applied</source>
        <translation>✗ 적용 안 됨</translation>
    </message>
    <message>
        <source>! changed on the server</source>
        <translation>! 서버에서 바뀜</translation>
    </message>
</context>
<context>
    <name>Alli::GroupStatsModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>A share of a permission category, e.g. &quot;60 %&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: 멤버 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %n permission(s)</source>
        <extracomment>e.g. &quot;Support · Skills: 2 of 3 permissions&quot;</extracomment>
        <translation>
            <numerusform>%1 · %2: 권한 %n개 중 %3개</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>멤버</translation>
    </message>
</context>
<context>
    <name>Alli::HeatMap</name>
    <message>
        <source>%1: %2 %</source>
        <extracomment>A group and its average share of the permission categories, e.g. &quot;Support: 35 %&quot;</extracomment>
        <translation>%1: %2%</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s), on the Permission groups page</source>
        <translation>
            <numerusform>… 외 %n개 그룹은 권한 그룹 페이지에서 볼 수 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::HistoryPage</name>
    <message>
        <source>Import history</source>
        <translation>가져오기 기록</translation>
    </message>
    <message>
        <source>Bulk changes from CSV files, from this application and from alli-admin-cli.</source>
        <translation>이 애플리케이션과 alli-admin-cli에서 CSV 파일로 수행한 일괄 변경입니다.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>보고서 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>No imports yet. Use &quot;Import CSV…&quot; to change many users, members or agents at once from a file.</source>
        <translation>아직 가져오기 기록이 없습니다. &quot;CSV 가져오기…&quot;로 파일에서 여러 사용자, 멤버 또는 에이전트를 한 번에 변경하세요.</translation>
    </message>
    <message>
        <source>Cannot open the import history: %1</source>
        <translation>가져오기 기록을 열 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish.</source>
        <translation>
            <numerusform>가져오기 %n건이 완료되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report of this import.</source>
        <translation>이 가져오기의 보고서를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This import cannot be resumed.</source>
        <translation>이 가져오기는 재개할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The newest: %1 from %2, %n row(s) not answered yet. Rows that were on their way are first checked on the server: only those it never received are sent.</source>
        <translation>
            <numerusform>가장 최근: %2의 %1, 아직 응답이 없는 행 %n개. 전송 중이던 행은 먼저 서버에서 확인하며, 서버가 받지 못한 행만 보냅니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>폴더에서 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Opened the report %1.</source>
        <translation>보고서 %1을(를) 열었습니다.</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>보고서를 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>The report is saved as %1 and was handed to the program that opens CSV files.</source>
        <translation>보고서를 %1(으)로 저장했고 CSV 파일을 여는 프로그램에 넘겼습니다.</translation>
    </message>
    <message>
        <source>The report is saved as %1. No program on this computer opened it: save a copy where you want it, or show it in its folder.</source>
        <translation>보고서를 %1(으)로 저장했습니다. 이 컴퓨터에서 이 파일을 연 프로그램이 없습니다. 원하는 위치에 사본을 저장하거나 폴더에서 보세요.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save the report as %1.</source>
        <translation>보고서를 %1(으)로 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Saved a copy of the report as %1.</source>
        <translation>보고서 사본을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1.</source>
        <translation>폴더 %1을(를) 연 파일 관리자가 없습니다.</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Days to keep the rows of finished imports</source>
        <translation>완료된 가져오기의 행을 보관할 일수</translation>
    </message>
    <message>
        <source>C&amp;lean up now…</source>
        <translation>지금 정리(&amp;L)…</translation>
    </message>
    <message>
        <source>Removes the rows of every finished import now; their counts stay.</source>
        <translation>완료된 모든 가져오기의 행을 지금 삭제합니다. 개수는 남습니다.</translation>
    </message>
    <message>
        <source>No finished import has rows left to remove.</source>
        <translation>삭제할 행이 남은 완료된 가져오기가 없습니다.</translation>
    </message>
    <message>
        <source>Clean up the import history</source>
        <translation>가져오기 기록 정리</translation>
    </message>
    <message numerus="yes">
        <source>Remove the rows of %n finished import(s)?</source>
        <translation>
            <numerusform>완료된 가져오기 %n건의 행을 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Their counts, files, servers and times stay in the history. Their reports can no longer be written. Imports that did not finish are kept whole.</source>
        <translation>개수, 파일, 서버, 시각은 기록에 남습니다. 보고서는 더 이상 만들 수 없습니다. 완료되지 않은 가져오기는 그대로 보관됩니다.</translation>
    </message>
    <message>
        <source>The import history could not be cleaned up.</source>
        <translation>가져오기 기록을 정리할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the rows of %n finished import(s).</source>
        <translation>
            <numerusform>완료된 가져오기 %n건의 행을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows of this import were removed after %n day(s); only its counts are kept, so its report cannot be written.</source>
        <translation>
            <numerusform>이 가져오기의 행은 %n일 후 삭제되었습니다. 개수만 남아 있어 보고서를 만들 수 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished import(s) of other servers can only be resumed when connected to their server.</source>
        <translation>
            <numerusform>다른 서버의 미완료 가져오기 %n건은 해당 서버에 연결했을 때만 이어서 할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this computer yet.</source>
        <translation>이 컴퓨터에서 실행된 일괄 작업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message numerus="yes">
        <source>Every import&apos;s counts, file, server and times are kept for good. Its rows (and so its report) are kept for %n day(s) after it finished: until %1 for an import that finishes today. Keep the rows for:</source>
        <translation>
            <numerusform>모든 가져오기의 개수, 파일, 서버, 시각은 계속 보관됩니다. 행(따라서 보고서)은 완료 후 %n일 동안 보관됩니다. 오늘 완료되는 가져오기는 %1까지입니다. 행 보관 기간:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV 가져오기</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>변경(&amp;C):</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>템플릿 다운로드(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>인코딩(&amp;E):</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>구분 기호(&amp;D):</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>쉼표(,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>세미콜론(;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>탭</translation>
    </message>
    <message>
        <source>Text as read (check that names look right):</source>
        <translation>읽은 텍스트(이름이 제대로 보이는지 확인하세요):</translation>
    </message>
    <message>
        <source>&amp;Columns: which field each column of the file fills</source>
        <translation>열(&amp;C): 파일의 각 열이 채울 필드</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>문제가 있는 행만 표시(&amp;P)</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; 이전(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the change and the file</source>
        <translation>1/3단계: 변경 내용과 파일 선택</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the columns and the rows</source>
        <translation>2/3단계: 열과 행 확인</translation>
    </message>
    <message>
        <source>Step 3 of 3: send and review the results</source>
        <translation>3/3단계: 보내고 결과 확인</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n개 행</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation>%1(으)로 읽음, 구분 기호: %2</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1(필수)</translation>
    </message>
    <message>
        <source>Extra data &quot;%1&quot;</source>
        <translation>추가 데이터 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>행이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send</source>
        <translation>
            <numerusform>보낼 준비가 된 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (not sent)</source>
        <translation>
            <numerusform>문제가 있는 행 %n개(보내지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix a cell by double-clicking it, or send the valid rows only.</source>
        <translation>셀을 두 번 클릭해 고치거나, 올바른 행만 보내세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent. This cannot be undone from this application.</source>
        <translation>
            <numerusform>%n개 행을 보냅니다. 이 애플리케이션에서는 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <translation>CSV 파일 열기</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>템플릿 저장</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>동시 요청 수(&amp;O):</translation>
    </message>
    <message>
        <source>How many requests are sent at the same time. More is faster; fewer is gentler on the server.</source>
        <translation>동시에 보내는 요청 수입니다. 많을수록 빠르고, 적을수록 서버 부담이 줄어듭니다.</translation>
    </message>
    <message>
        <source>Looking up the project&apos;s members…</source>
        <translation>프로젝트 멤버를 확인하는 중…</translation>
    </message>
    <message>
        <source>Existing members: not checked.</source>
        <translation>기존 멤버: 확인하지 않음.</translation>
    </message>
    <message>
        <source>Existing users: not checked.</source>
        <translation>기존 사용자: 확인하지 않음.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be created</source>
        <translation>
            <numerusform>%n건 생성 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be updated</source>
        <translation>
            <numerusform>%n건 업데이트 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be deleted</source>
        <translation>
            <numerusform>%n건 삭제 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be removed</source>
        <translation>
            <numerusform>%n건 제거 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be invited</source>
        <translation>
            <numerusform>%n건 초대 예정</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s) (groups updated)</source>
        <translation>
            <numerusform>%n건 이미 멤버(그룹 업데이트)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (marked, not sent)</source>
        <translation>
            <numerusform>%n건 이미 있음(표시됨, 보내지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (marked, not sent)</source>
        <translation>
            <numerusform>%n건 찾을 수 없음(표시됨, 보내지 않음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Text as read</source>
        <translation>읽은 텍스트</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Fix the file and open it again, or leave them out and go on with the other rows.</source>
        <translation>
            <numerusform>파일에서 %n개 행을 읽을 수 없습니다. 파일을 고쳐 다시 열거나, 이 행을 제외하고 나머지 행으로 계속하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave these %n line(s) out of the import</source>
        <translation>
            <numerusform>이 %n개 행을 가져오기에서 제외(&amp;L)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &amp;anyway the %n row(s) held back only by rules of this app that Alli does not document (the server decides)</source>
        <translation>
            <numerusform>Alli 문서에 없는 이 앱의 규칙 때문에만 보류된 %n개 행도 보내기(서버가 판단)(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example a password shorter than 8 characters, an unusual e-mail address, or a permission group the look-up did not find.</source>
        <translation>예: 8자보다 짧은 비밀번호, 특이한 이메일 주소, 조회에서 찾지 못한 권한 그룹.</translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (sent anyway)</source>
        <translation>
            <numerusform>%n개 이미 있음(그대로 보냄)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (sent anyway)</source>
        <translation>
            <numerusform>%n개 찾을 수 없음(그대로 보냄)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>행 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Reads the cells copied in Excel, LibreOffice or Google Sheets. A first row with column names is used as the header; without one, the columns are read in the template&apos;s order.</source>
        <translation>Excel, LibreOffice, Google 스프레드시트에서 복사한 셀을 읽습니다. 첫 행에 열 이름이 있으면 헤더로 쓰고, 없으면 템플릿의 열 순서대로 읽습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s)</source>
        <translation>
            <numerusform>붙여넣은 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s), read in the template&apos;s column order</source>
        <translation>
            <numerusform>붙여넣은 행 %n개(템플릿의 열 순서로 읽음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to edit a cell. Ctrl+V pastes cells copied in a spreadsheet from the current cell on, Ctrl+D fills down, Delete clears, Ctrl+Z undoes, F8 goes to the next problem.</source>
        <translation>셀을 두 번 클릭하거나 F2를 눌러 편집합니다. Ctrl+V는 스프레드시트에서 복사한 셀을 현재 셀부터 붙여넣고, Ctrl+D는 아래로 채우고, Delete는 지우고, Ctrl+Z는 실행 취소하며, F8은 다음 문제로 이동합니다.</translation>
    </message>
    <message>
        <source>Reading the pasted rows…</source>
        <translation>붙여넣은 행을 읽는 중…</translation>
    </message>
    <message>
        <source>Rows you were editing when the import was closed (%1, %2) were kept.</source>
        <translation>가져오기를 닫을 때 편집 중이던 행(%1, %2)이 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>행 저장</translation>
    </message>
    <message>
        <source>Save ro&amp;ws…</source>
        <translation>행 저장(&amp;W)…</translation>
    </message>
    <message>
        <source>Saves the rows as they are now, your edits included, as a CSV file (UTF-8). Passwords are not saved.</source>
        <translation>편집 내용을 포함한 현재 행을 CSV 파일(UTF-8)로 저장합니다. 비밀번호는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>가져오기 닫기</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n row(s) you edited for the next time the import opens?</source>
        <translation>
            <numerusform>편집한 행 %n개를 다음에 가져오기를 열 때를 위해 보관할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when the import opens again. Passwords are not saved.</source>
        <translation>이 컴퓨터에 저장되며 다음에 가져오기를 열 때 제안됩니다. 비밀번호는 저장하지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the project&apos;s members… %n read</source>
        <translation>
            <numerusform>프로젝트 멤버를 확인하는 중… %n명 읽음</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up existing users… %1 of %2</source>
        <translation>기존 사용자를 확인하는 중… %2명 중 %1명</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>시트(&amp;H):</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>머리글 행(&amp;R):</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>자동으로 찾기</translation>
    </message>
    <message>
        <source>The row of the sheet that names the columns. Title rows above it are skipped.</source>
        <translation>열 이름이 있는 시트의 행입니다. 그 위의 제목 행은 건너뜁니다.</translation>
    </message>
    <message>
        <source>sheet “%1”, header on row %2</source>
        <translation>시트 “%1”, 머리글은 %2행</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV 파일 및 Excel 통합 문서 (*.csv *.txt *.tsv *.xlsx *.xls);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (숨김)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook from your HR system</source>
        <translation>인사 시스템의 CSV 파일 또는 Excel 통합 문서</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>행을 %1(으)로 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>행을 %1(으)로 저장했습니다.</translation>
    </message>
    <message>
        <source>Saving the template as %1…</source>
        <translation>템플릿을 %1(으)로 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved the template as %1. Fill it in, then open it here.</source>
        <translation>템플릿을 %1(으)로 저장했습니다. 내용을 채운 다음 여기에서 여세요.</translation>
    </message>
</context>
<context>
    <name>Alli::ImportPreviewModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Type here to add a row.</source>
        <translation>여기에 입력하면 행이 추가됩니다.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unchanged: not sent</source>
        <translation>변경 없음: 보내지 않음</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>보낼 준비 완료</translation>
    </message>
    <message>
        <source>Not sent: fix the problems first</source>
        <translation>보내지 않음: 먼저 문제를 고치세요</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in a CSV file</source>
        <translation>CSV 파일의 &quot;%1&quot; 열</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
</context>
<context>
    <name>Alli::JobHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>완료되지 않음</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>%1(으)로 보냄</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>잘못됨</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 않음</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Finished, rows removed</source>
        <translation>완료, 행 삭제됨</translation>
    </message>
    <message>
        <source>The rows were removed on %1; the counts are kept, the report can no longer be written.</source>
        <translation>행은 %1에 삭제되었습니다. 개수는 남아 있으며 보고서는 더 이상 만들 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) never sent</source>
        <translation>
            <numerusform>%n개 행 전송 안 됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job stopped while it was being recorded in the journal: %n row(s) of the file, after the last one recorded, were never recorded nor sent. Import them again.</source>
        <translation>
            <numerusform>작업이 저널에 기록되는 중에 멈췄습니다. 마지막으로 기록된 행 다음에 있는 파일의 %n개 행은 기록되지도 전송되지도 않았습니다. 다시 가져오세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still being recorded</source>
        <translation>
            <numerusform>%n개 행 기록 중</numerusform>
        </translation>
    </message>
    <message>
        <source>The job was closed while its rows were being recorded in the journal; they are still being written. This page updates when they are.</source>
        <translation>행을 저널에 기록하는 중에 작업이 닫혔습니다. 행은 아직 기록되는 중이며, 기록이 끝나면 이 페이지가 새로 고쳐집니다.</translation>
    </message>
</context>
<context>
    <name>Alli::JsonView</name>
    <message>
        <source>Find in keys and values</source>
        <translation>키와 값에서 찾기</translation>
    </message>
    <message>
        <source>Find in the JSON</source>
        <translation>JSON에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과(Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>이전 결과</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>다음 결과(F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>다음 결과</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>모두 펼치기</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>모두 접기</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <source>Copies the selected member, or everything when nothing is selected, as indented JSON; secret values stay masked.</source>
        <translation>선택한 항목을, 선택이 없으면 전체를 들여쓴 JSON으로 복사합니다. 비밀 값은 가려진 채로 복사됩니다.</translation>
    </message>
    <message>
        <source>JSON members</source>
        <translation>JSON 항목</translation>
    </message>
    <message>
        <source>Body as text</source>
        <translation>텍스트 본문</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2개 중 %1</translation>
    </message>
</context>
<context>
    <name>Alli::MainWindow</name>
    <message>
        <source>About Alli Admin</source>
        <translation>Alli Admin 정보</translation>
    </message>
    <message>
        <source>Alli Admin %1
A desktop console for administrators of Alli projects.</source>
        <translation>Alli Admin %1
Alli 프로젝트 관리자를 위한 데스크톱 콘솔입니다.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>데모 프로젝트</translation>
    </message>
    <message>
        <source>Alli Admin — %1 (%2)</source>
        <translation>Alli Admin — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Alli Admin</source>
        <translation>Alli Admin 정보(&amp;A)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>데모</translation>
    </message>
    <message>
        <source>Connected to the embedded demo backend, not to a real Alli project.</source>
        <translation>실제 Alli 프로젝트가 아닌 내장 데모 백엔드에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Alli Admin — %1 (demo, %2)</source>
        <translation>Alli Admin — %1 (데모, %2)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>새 연결(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>연결 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>연결(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>필터(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>선택 항목 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>An import did not finish: %1 from %2, %3 of %4 rows sent. Resume it? Rows already sent are not sent again; rows that were in flight are checked on the server.</source>
        <translation>끝나지 않은 가져오기가 있습니다: %2의 %1, %4개 행 중 %3개 전송됨. 재개할까요? 이미 보낸 행은 다시 보내지 않으며, 전송 중이던 행은 서버에서 확인합니다.</translation>
    </message>
    <message>
        <source>&amp;Resume import</source>
        <translation>가져오기 재개(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>기록 보기(&amp;H)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>일괄 편집(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>모양(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>시스템 색상(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
</context>
<context>
    <name>Alli::NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>새 에이전트</translation>
    </message>
    <message>
        <source>The agent signs in to the Alli dashboard with this email address and password.</source>
        <translation>에이전트는 이 이메일 주소와 비밀번호로 Alli 대시보드에 로그인합니다.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>비밀번호 표시(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Permission &amp;group:</source>
        <translation>권한 그룹(&amp;G):</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>에이전트 만들기</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>프로젝트 기본값</translation>
    </message>
    <message>
        <source>Could not load the groups</source>
        <translation>그룹을 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>At least 3 of these 4 (%1 of 4 so far):</source>
        <translation>다음 4가지 중 3가지 이상 (현재 4가지 중 %1가지):</translation>
    </message>
    <message>
        <source>lower-case letter (a–z)</source>
        <translation>영문 소문자 (a–z)</translation>
    </message>
    <message>
        <source>upper-case letter (A–Z)</source>
        <translation>영문 대문자 (A–Z)</translation>
    </message>
    <message>
        <source>digit (0–9)</source>
        <translation>숫자 (0–9)</translation>
    </message>
    <message>
        <source>symbol or other character (!, @, #, …)</source>
        <translation>기호 또는 기타 문자 (!, @, # 등)</translation>
    </message>
    <message>
        <source>The password meets the rule.</source>
        <translation>비밀번호가 규칙을 충족합니다.</translation>
    </message>
    <message>
        <source>The password does not meet the rule yet.</source>
        <translation>비밀번호가 아직 규칙을 충족하지 않습니다.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address. This app&apos;s check is a guess: the server decides.</source>
        <translation>“%1”은(는) 이메일 주소처럼 보이지 않습니다. 이 앱의 검사는 추측일 뿐이며 판단은 서버가 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The password has fewer than %n character(s). Alli documents no minimum length: the server decides.</source>
        <translation>
            <numerusform>비밀번호가 %n자보다 짧습니다. Alli는 최소 길이를 문서화하지 않았으므로 판단은 서버가 합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advised: at least %n character(s) (Alli documents no length)</source>
        <translation>
            <numerusform>권장: %n자 이상(Alli는 길이를 문서화하지 않음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the agent %1 anyway?</source>
        <translation>그래도 에이전트 %1을(를) 만들까요?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>그래도 만들기</translation>
    </message>
</context>
<context>
    <name>Alli::NewGroupDialog</name>
    <message>
        <source>New permission group</source>
        <translation>새 권한 그룹</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>For example: Support team</source>
        <translation>예: 지원팀</translation>
    </message>
    <message>
        <source>&amp;Permissions (required permissions are checked automatically):</source>
        <translation>권한(&amp;P) (필요한 권한은 자동으로 선택됩니다):</translation>
    </message>
    <message>
        <source>&amp;Members: search agents by email</source>
        <translation>구성원(&amp;M): 이메일로 에이전트 검색</translation>
    </message>
    <message>
        <source>Part of an email address…</source>
        <translation>이메일 주소의 일부…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected members from the new group (Del).</source>
        <translation>선택한 구성원을 새 그룹에서 제거합니다(Del).</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>그룹 만들기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>그룹 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>&amp;Selected members: none</source>
        <translation>선택한 구성원(&amp;S): 없음</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected members (%n):</source>
        <translation>
            <numerusform>선택한 구성원(&amp;S) (%n명):</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>검색하지 못했습니다.</translation>
    </message>
    <message>
        <source>There are no agents in this project.</source>
        <translation>이 프로젝트에는 에이전트가 없습니다.</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>이메일에 “%1”이(가) 포함된 에이전트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n agent(s). Type more of the email address to narrow the list.</source>
        <translation>
            <numerusform>처음 에이전트 %n명을 표시합니다. 목록을 좁히려면 이메일 주소를 더 입력하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found.</source>
        <translation>
            <numerusform>에이전트 %n명을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the group “%1” anyway?</source>
        <translation>그래도 그룹 “%1”을(를) 만들까요?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>그래도 만들기</translation>
    </message>
    <message>
        <source>Agents found</source>
        <translation>찾은 에이전트</translation>
    </message>
    <message>
        <source>Members of the new group</source>
        <translation>새 그룹의 멤버</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>권한</translation>
    </message>
</context>
<context>
    <name>Alli::OAuth2Page</name>
    <message>
        <source>Enter the token info as a JSON object, for example {&quot;access_token&quot;: &quot;…&quot;}.</source>
        <translation>토큰 정보를 JSON 객체로 입력하세요. 예: {&quot;access_token&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3. The token info must be a JSON object.</source>
        <translation>%1행 %2열에서 JSON이 올바르지 않습니다: %3. 토큰 정보는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }), not an array.</source>
        <translation>토큰 정보는 배열이 아니라 JSON 객체({ … })여야 합니다.</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }).</source>
        <translation>토큰 정보는 JSON 객체({ … })여야 합니다.</translation>
    </message>
    <message>
        <source>Update token info</source>
        <translation>토큰 정보 업데이트</translation>
    </message>
    <message>
        <source>Replace the token info of the OAuth2 configuration “%1” (state %2)?</source>
        <translation>OAuth2 구성 “%1”(state %2)의 토큰 정보를 바꾸시겠습니까?</translation>
    </message>
    <message numerus="yes">
        <source>The new token info has %n field(s). Token generated will be set to %1 (%2).</source>
        <translation>
            <numerusform>새 토큰 정보의 필드는 %n개입니다. 토큰 생성 시각은 %1(%2)(으)로 설정됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the state of an OAuth2 configuration and press Enter.</source>
        <translation>OAuth2 구성의 state를 입력하고 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message>
        <source>Configuration “%1” (state %2).</source>
        <translation>구성 “%1”(state %2)</translation>
    </message>
    <message>
        <source>No OAuth2 configuration with the state %1 in this project.</source>
        <translation>이 프로젝트에 state가 %1인 OAuth2 구성이 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Token info updated.</source>
        <translation>토큰 정보를 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The update failed; see the message above.</source>
        <translation>업데이트하지 못했습니다. 위의 메시지를 확인하세요.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>상태 키(state)(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. demo-state-google</source>
        <translation>예: demo-state-google</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>비밀 정보 표시(&amp;R)</translation>
    </message>
    <message>
        <source>Shows the client secret, the code verifier and the tokens in clear text.</source>
        <translation>클라이언트 시크릿, 코드 검증자(code verifier)와 토큰을 그대로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Token info (a JSON object):</source>
        <translation>토큰 정보(JSON 객체)(&amp;T):</translation>
    </message>
    <message>
        <source>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

Turn on Reveal secrets to start from the current token info.</source>
        <translation>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

현재 토큰 정보에서 시작하려면 &apos;비밀 정보 표시&apos;를 켜세요.</translation>
    </message>
    <message>
        <source>Token &amp;generated (seconds since 1970):</source>
        <translation>토큰 생성 시각(1970년 이후 초)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>지금(&amp;N)</translation>
    </message>
    <message>
        <source>Send &amp;update…</source>
        <translation>업데이트 보내기(&amp;U)…</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Send an update without token info to the OAuth2 configuration “%1” (state %2)?</source>
        <translation>OAuth2 구성 “%1”(state %2)에 토큰 정보 없이 업데이트를 보낼까요?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그래도 보내기</translation>
    </message>
    <message>
        <source>The token info editor is empty, so the token info is not sent; token generated will be set to %1 (%2). Alli&apos;s documentation does not say what such an update does: the server decides.</source>
        <translation>토큰 정보 편집기가 비어 있으므로 토큰 정보는 보내지 않습니다. 토큰 생성 시각은 %1(%2)(으)로 설정됩니다. 이런 업데이트가 어떻게 처리되는지 Alli 문서에는 나와 있지 않으며, 판단은 서버가 합니다.</translation>
    </message>
    <message>
        <source>OAuth2 information</source>
        <translation>OAuth2 정보</translation>
    </message>
</context>
<context>
    <name>Alli::OverviewPage</name>
    <message>
        <source>Demo project</source>
        <translation>데모 프로젝트</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>인증:</translation>
    </message>
    <message>
        <source>API key %1 (public demo key)</source>
        <translation>API 키 %1 (공개 데모 키)</translation>
    </message>
    <message>
        <source>API key (not shown)</source>
        <translation>API 키 (표시하지 않음)</translation>
    </message>
    <message>
        <source>Bearer token (not shown)</source>
        <translation>Bearer 토큰 (표시하지 않음)</translation>
    </message>
    <message>
        <source>This is the embedded demo backend: an in-memory project on this computer with sample agents, users, permission groups, tools and OAuth2 settings. Nothing you change here reaches a real Alli project.</source>
        <translation>내장 데모 백엔드입니다. 이 컴퓨터의 메모리에만 있는 프로젝트로, 샘플 에이전트, 사용자, 권한 그룹, 도구, OAuth2 설정이 들어 있습니다. 여기서 변경한 내용은 실제 Alli 프로젝트에 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Connected. The credentials are accepted and the project answers.</source>
        <translation>연결되었습니다. 인증 정보가 승인되었고 프로젝트가 응답합니다.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>&amp;Members per group</source>
        <translation>그룹별 멤버 수(&amp;M)</translation>
    </message>
    <message>
        <source>Permission &amp;coverage (share of each category a group has)</source>
        <translation>권한 범위(&amp;C) (그룹이 가진 각 분류의 비율)</translation>
    </message>
    <message>
        <source>Members per group</source>
        <translation>그룹별 멤버 수</translation>
    </message>
    <message>
        <source>Permission coverage</source>
        <translation>권한 범위</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>Counting, page by page…</source>
        <translation>페이지별로 세는 중…</translation>
    </message>
    <message>
        <source>Members of this project</source>
        <translation>이 프로젝트의 멤버</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>권한 그룹</translation>
    </message>
    <message numerus="yes">
        <source>Largest: %n member(s)</source>
        <translation>
            <numerusform>가장 큰 그룹: 멤버 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups without members</source>
        <translation>멤버가 없는 그룹</translation>
    </message>
    <message>
        <source>Open them to fill or delete them</source>
        <translation>열어서 멤버를 추가하거나 삭제하세요</translation>
    </message>
    <message>
        <source>Every group has members</source>
        <translation>모든 그룹에 멤버가 있습니다</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>No administrators&apos; group</source>
        <translation>관리자 그룹이 없습니다</translation>
    </message>
    <message>
        <source>Agents in an administrators&apos; group</source>
        <translation>관리자 그룹에 속한 에이전트</translation>
    </message>
    <message>
        <source>Could not be counted</source>
        <translation>셀 수 없었습니다</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>%1 single-action app tools, %2 agent tools</source>
        <translation>단일 액션 앱 도구 %1개, 에이전트 도구 %2개</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>이번 세션의 오류</translation>
    </message>
    <message>
        <source>No request has failed</source>
        <translation>실패한 요청이 없습니다</translation>
    </message>
    <message>
        <source>Last: %1, HTTP %2</source>
        <translation>최근: %1, HTTP %2</translation>
    </message>
    <message>
        <source>Last: %1, no answer</source>
        <translation>최근: %1, 응답 없음</translation>
    </message>
    <message>
        <source>Recent bulk jobs</source>
        <translation>최근 일괄 작업</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n row(s) succeeded</source>
        <extracomment>A bulk job in the overview: &quot;Create users, 12/01 14:03: 980 of 1,000 rows succeeded&quot;</extracomment>
        <translation>
            <numerusform>%1, %2: %n개 행 중 %3개 성공</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this server yet</source>
        <translation>이 서버에서 실행된 일괄 작업이 아직 없습니다</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The newest job&apos;s rows that succeeded</source>
        <translation>가장 최근 작업에서 성공한 행의 비율</translation>
    </message>
    <message>
        <source>The newest job did not finish: open it to resume</source>
        <translation>가장 최근 작업이 끝나지 않았습니다. 열어서 이어서 진행하세요</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>그룹이 없습니다</translation>
    </message>
</context>
<context>
    <name>Alli::Permission</name>
    <message>
        <source>Open the dashboard</source>
        <translation>대시보드 열기</translation>
    </message>
    <message>
        <source>View skills</source>
        <translation>스킬 보기</translation>
    </message>
    <message>
        <source>Edit skills</source>
        <translation>스킬 편집</translation>
    </message>
    <message>
        <source>Generate skill pop-up URLs</source>
        <translation>스킬 팝업 URL 생성</translation>
    </message>
    <message>
        <source>View LLM apps</source>
        <translation>LLM 앱 보기</translation>
    </message>
    <message>
        <source>Create LLM apps</source>
        <translation>LLM 앱 만들기</translation>
    </message>
    <message>
        <source>Open the Users page</source>
        <translation>사용자 페이지 열기</translation>
    </message>
    <message>
        <source>Edit users</source>
        <translation>사용자 편집</translation>
    </message>
    <message>
        <source>Download users</source>
        <translation>사용자 다운로드</translation>
    </message>
    <message>
        <source>View conversations</source>
        <translation>대화 보기</translation>
    </message>
    <message>
        <source>Assign agents to conversations</source>
        <translation>대화에 에이전트 배정</translation>
    </message>
    <message>
        <source>Change conversation status</source>
        <translation>대화 상태 변경</translation>
    </message>
    <message>
        <source>Delete chat messages</source>
        <translation>채팅 메시지 삭제</translation>
    </message>
    <message>
        <source>Delete agent chat messages</source>
        <translation>에이전트 채팅 메시지 삭제</translation>
    </message>
    <message>
        <source>Download conversations</source>
        <translation>대화 다운로드</translation>
    </message>
    <message>
        <source>View small talk</source>
        <translation>스몰토크 보기</translation>
    </message>
    <message>
        <source>Edit small talk</source>
        <translation>스몰토크 편집</translation>
    </message>
    <message>
        <source>Open the Documents page</source>
        <translation>문서 페이지 열기</translation>
    </message>
    <message>
        <source>Edit the knowledge base</source>
        <translation>지식 베이스 편집</translation>
    </message>
    <message>
        <source>Add knowledge base folders</source>
        <translation>지식 베이스 폴더 추가</translation>
    </message>
    <message>
        <source>Refine document knowledge</source>
        <translation>문서 지식 정제</translation>
    </message>
    <message>
        <source>Open the Knowledge base page</source>
        <translation>지식 베이스 페이지 열기</translation>
    </message>
    <message>
        <source>Edit FAQs</source>
        <translation>FAQ 편집</translation>
    </message>
    <message>
        <source>Train FAQs</source>
        <translation>FAQ 학습</translation>
    </message>
    <message>
        <source>View FAQ settings</source>
        <translation>FAQ 설정 보기</translation>
    </message>
    <message>
        <source>Edit FAQ settings</source>
        <translation>FAQ 설정 편집</translation>
    </message>
    <message>
        <source>Add FAQ folders</source>
        <translation>FAQ 폴더 추가</translation>
    </message>
    <message>
        <source>View feedback</source>
        <translation>피드백 보기</translation>
    </message>
    <message>
        <source>Edit clue feedback</source>
        <translation>단서 피드백 편집</translation>
    </message>
    <message>
        <source>Edit answer feedback</source>
        <translation>답변 피드백 편집</translation>
    </message>
    <message>
        <source>Redact query history</source>
        <translation>질의 기록 가리기</translation>
    </message>
    <message>
        <source>View knowledge base history</source>
        <translation>지식 베이스 기록 보기</translation>
    </message>
    <message>
        <source>View FAQ history</source>
        <translation>FAQ 기록 보기</translation>
    </message>
    <message>
        <source>View query training</source>
        <translation>질의 학습 보기</translation>
    </message>
    <message>
        <source>Edit query training</source>
        <translation>질의 학습 편집</translation>
    </message>
    <message>
        <source>View FAQ auto-tagging</source>
        <translation>FAQ 자동 태깅 보기</translation>
    </message>
    <message>
        <source>Edit FAQ auto-tagging</source>
        <translation>FAQ 자동 태깅 편집</translation>
    </message>
    <message>
        <source>View document sources</source>
        <translation>문서 소스 보기</translation>
    </message>
    <message>
        <source>Edit document sources</source>
        <translation>문서 소스 편집</translation>
    </message>
    <message>
        <source>View knowledge base settings</source>
        <translation>지식 베이스 설정 보기</translation>
    </message>
    <message>
        <source>Edit knowledge base settings</source>
        <translation>지식 베이스 설정 편집</translation>
    </message>
    <message>
        <source>View knowledge refinery settings</source>
        <translation>지식 정제 설정 보기</translation>
    </message>
    <message>
        <source>Edit knowledge refinery settings</source>
        <translation>지식 정제 설정 편집</translation>
    </message>
    <message>
        <source>Train the knowledge base</source>
        <translation>지식 베이스 학습</translation>
    </message>
    <message>
        <source>View entity extraction</source>
        <translation>엔터티 추출 보기</translation>
    </message>
    <message>
        <source>Edit entity extraction</source>
        <translation>엔터티 추출 편집</translation>
    </message>
    <message>
        <source>Download entity extraction results</source>
        <translation>엔터티 추출 결과 다운로드</translation>
    </message>
    <message>
        <source>Edit the training schedule</source>
        <translation>학습 일정 편집</translation>
    </message>
    <message>
        <source>View the Google domain allowlist</source>
        <translation>Google 도메인 허용 목록 보기</translation>
    </message>
    <message>
        <source>Edit the Google domain allowlist</source>
        <translation>Google 도메인 허용 목록 편집</translation>
    </message>
    <message>
        <source>Open the Analytics page</source>
        <translation>분석 페이지 열기</translation>
    </message>
    <message>
        <source>Edit redaction keywords</source>
        <translation>가리기 키워드 편집</translation>
    </message>
    <message>
        <source>Download analytics</source>
        <translation>분석 다운로드</translation>
    </message>
    <message>
        <source>Open the project settings</source>
        <translation>프로젝트 설정 열기</translation>
    </message>
    <message>
        <source>View project settings</source>
        <translation>프로젝트 설정 보기</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>프로젝트 설정 편집</translation>
    </message>
    <message>
        <source>Edit general settings</source>
        <translation>일반 설정 편집</translation>
    </message>
    <message>
        <source>Manage API keys</source>
        <translation>API 키 관리</translation>
    </message>
    <message>
        <source>Edit office hours</source>
        <translation>운영 시간 편집</translation>
    </message>
    <message>
        <source>Edit FAQ custom columns</source>
        <translation>FAQ 사용자 정의 열 편집</translation>
    </message>
    <message>
        <source>Edit the dashboard allowlist</source>
        <translation>대시보드 허용 목록 편집</translation>
    </message>
    <message>
        <source>Edit the SDK allowlist</source>
        <translation>SDK 허용 목록 편집</translation>
    </message>
    <message>
        <source>Edit the API allowlist</source>
        <translation>API 허용 목록 편집</translation>
    </message>
    <message>
        <source>Edit the file allowlist</source>
        <translation>파일 허용 목록 편집</translation>
    </message>
    <message>
        <source>Edit the account policy</source>
        <translation>계정 정책 편집</translation>
    </message>
    <message>
        <source>Manage OIDC clients</source>
        <translation>OIDC 클라이언트 관리</translation>
    </message>
    <message>
        <source>Edit conversations</source>
        <translation>대화 편집</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>결제 관리</translation>
    </message>
    <message>
        <source>View integrations</source>
        <translation>연동 보기</translation>
    </message>
    <message>
        <source>Edit integrations</source>
        <translation>연동 편집</translation>
    </message>
    <message>
        <source>Edit the dashboard order</source>
        <translation>대시보드 순서 편집</translation>
    </message>
    <message>
        <source>View advanced settings</source>
        <translation>고급 설정 보기</translation>
    </message>
    <message>
        <source>View agents</source>
        <translation>에이전트 보기</translation>
    </message>
    <message>
        <source>Edit agents</source>
        <translation>에이전트 편집</translation>
    </message>
    <message>
        <source>Invite agents</source>
        <translation>에이전트 초대</translation>
    </message>
    <message>
        <source>Download agent action logs</source>
        <translation>에이전트 작업 로그 다운로드</translation>
    </message>
    <message>
        <source>Edit approver groups</source>
        <translation>승인자 그룹 편집</translation>
    </message>
    <message>
        <source>View AI workflows</source>
        <translation>AI 워크플로 보기</translation>
    </message>
    <message>
        <source>Edit AI workflows</source>
        <translation>AI 워크플로 편집</translation>
    </message>
    <message>
        <source>View prompt management</source>
        <translation>프롬프트 관리 보기</translation>
    </message>
    <message>
        <source>View project prompts</source>
        <translation>프로젝트 프롬프트 보기</translation>
    </message>
    <message>
        <source>Edit project prompts</source>
        <translation>프로젝트 프롬프트 편집</translation>
    </message>
    <message>
        <source>View announcements</source>
        <translation>공지 보기</translation>
    </message>
    <message>
        <source>Edit announcements</source>
        <translation>공지 편집</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionCategory</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>스킬</translation>
    </message>
    <message>
        <source>LLM apps</source>
        <translation>LLM 앱</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Small talk</source>
        <translation>스몰토크</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>지식 베이스</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>피드백</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>엔터티</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>프로젝트 설정</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>연동</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>에이전트</translation>
    </message>
    <message>
        <source>AI workflows</source>
        <translation>AI 워크플로</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>공지</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupModel</name>
    <message>
        <source>Admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>The administrators group: its members can manage the whole project.</source>
        <translation>관리자 그룹입니다. 구성원은 프로젝트 전체를 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>The default group: new members without a group join it.</source>
        <translation>기본 그룹입니다. 그룹이 지정되지 않은 새 구성원이 이 그룹에 들어갑니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성원</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>순서</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupsPage</name>
    <message>
        <source>Search groups by name…</source>
        <translation>이름으로 그룹 검색…</translation>
    </message>
    <message>
        <source>The server searches the group names (Ctrl+F).</source>
        <translation>서버에서 그룹 이름을 검색합니다(Ctrl+F).</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>새 그룹…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Rename the selected group in place (F2).</source>
        <translation>선택한 그룹의 이름을 목록에서 바로 바꿉니다(F2).</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete the selected group (Del).</source>
        <translation>선택한 그룹을 삭제합니다(Del).</translation>
    </message>
    <message>
        <source>Select a group to see its members and permissions.</source>
        <translation>그룹을 선택하면 구성원과 권한이 표시됩니다.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>적용…</translation>
    </message>
    <message>
        <source>Shows the changes and the members they affect before sending them.</source>
        <translation>보내기 전에 변경 내용과 영향을 받는 구성원을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions.</source>
        <translation>권한 변경 내용을 취소합니다.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Administrators group: its members can manage the whole project. Changing or deleting it can lock people out of administration.</source>
        <translation>관리자 그룹: 구성원은 프로젝트 전체를 관리할 수 있습니다. 이 그룹을 변경하거나 삭제하면 관리 권한을 잃는 사람이 생길 수 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Its members lose their administrator access, and nobody may be left who can manage the project. The server may refuse to delete it.</source>
        <translation>경고: 관리자 그룹입니다. 구성원이 관리자 권한을 잃게 되며, 프로젝트를 관리할 수 있는 사람이 아무도 남지 않을 수 있습니다. 서버가 삭제를 거부할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Removing permissions can lock its members out of administering the project. The server may refuse the change.</source>
        <translation>경고: 관리자 그룹입니다. 권한을 제거하면 구성원이 프로젝트를 관리하지 못하게 될 수 있습니다. 서버가 변경을 거부할 수도 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>추가(%n개):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>제거(%n개):</numerusform>
        </translation>
    </message>
    <message>
        <source>Added because other permissions require them: %1</source>
        <translation>다른 권한에 필요하여 추가됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>This affects %n member(s) of the group.</source>
        <translation>
            <numerusform>이 그룹의 구성원 %n명에게 영향을 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>권한 적용</translation>
    </message>
    <message>
        <source>Change the permissions of the group “%1”?</source>
        <translation>“%1” 그룹의 권한을 변경하시겠습니까?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) belong to this group and lose the permissions it grants.</source>
        <translation>
            <numerusform>이 그룹에 속한 구성원 %n명이 이 그룹이 부여하는 권한을 잃게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permission group</source>
        <translation>권한 그룹 삭제</translation>
    </message>
    <message>
        <source>Delete the permission group “%1”?</source>
        <translation>“%1” 권한 그룹을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>그룹 삭제</translation>
    </message>
    <message>
        <source>Also checked %1: required by %2.</source>
        <translation>%2에 필요하여 %1도 선택했습니다.</translation>
    </message>
    <message>
        <source>Also unchecked %1: they require %2.</source>
        <translation>%2이(가) 필요한 %1도 선택 해제했습니다.</translation>
    </message>
    <message>
        <source>The permissions were saved.</source>
        <translation>권한을 저장했습니다.</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>권한 그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>권한 그룹을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>No permission group matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 권한 그룹이 없습니다.</translation>
    </message>
    <message>
        <source>There are no permission groups yet.</source>
        <translation>아직 권한 그룹이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>그룹 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: loading…</source>
        <translation>구성원: 불러오는 중…</translation>
    </message>
    <message>
        <source>Members: could not be loaded.</source>
        <translation>구성원: 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Members: this group has no members.</source>
        <translation>구성원: 이 그룹에는 구성원이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>구성원: %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions: %1 of %2 granted</source>
        <translation>권한: %2개 중 %1개 허용</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(저장되지 않은 변경 사항)</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>권한 그룹</translation>
    </message>
    <message>
        <source>Renamed the group “%1” to “%2”.</source>
        <translation>그룹 “%1”의 이름을 “%2”(으)로 바꿨습니다.</translation>
    </message>
    <message>
        <source>Deleted the group “%1”.</source>
        <translation>그룹 “%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Default group of the project. Changes here apply to every member in it.</source>
        <translation>프로젝트의 기본 그룹입니다. 여기서 바꾼 내용은 이 그룹의 모든 멤버에게 적용됩니다.</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The server may refuse to delete it.</source>
        <translation>경고: 프로젝트의 기본 그룹입니다. 서버가 삭제를 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The change applies to every member in it.</source>
        <translation>경고: 프로젝트의 기본 그룹입니다. 이 변경은 이 그룹의 모든 멤버에게 적용됩니다.</translation>
    </message>
    <message>
        <source>The administrators group cannot be renamed.</source>
        <translation>관리자 그룹은 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Chec&amp;k what each permission needs</source>
        <translation>각 권한에 필요한 권한도 체크(&amp;K)</translation>
    </message>
    <message>
        <source>Checking a permission also checks the permissions it needs, and unchecking one unchecks those that need it. Which permission needs which is this app&apos;s guess: Alli publishes no list, and the server has the last word.</source>
        <translation>권한을 체크하면 그 권한에 필요한 권한도 체크되고, 체크를 해제하면 그 권한이 필요한 권한도 해제됩니다. 어떤 권한이 어떤 권한을 필요로 하는지는 이 앱의 추측입니다. Alli는 목록을 공개하지 않으며 최종 판단은 서버가 합니다.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>그래도 적용</translation>
    </message>
    <message>
        <source>Permissions of &amp;several groups…</source>
        <translation>여러 그룹의 권한(&amp;S)…</translation>
    </message>
    <message>
        <source>Edits the permissions of many groups in one grid, with one list of the changes before they are sent.</source>
        <translation>여러 그룹의 권한을 하나의 표에서 편집하고, 보내기 전에 변경 사항을 한 목록으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Edit the members&apos; &amp;groups…</source>
        <translation>멤버의 그룹 편집(&amp;G)…</translation>
    </message>
    <message>
        <source>Opens the selected members (or every member of this group) in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>선택한 멤버(선택이 없으면 이 그룹의 모든 멤버)를 현재 소속 그룹과 함께 표로 열어, 멤버마다 다른 그룹을 지정할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Only groups &amp;without members</source>
        <translation>멤버가 없는 그룹만(&amp;W)</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>그룹 검색</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <source>Every group has members.</source>
        <translation>모든 그룹에 멤버가 있습니다.</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>모든 그룹 보기</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>구성원 내보내기</translation>
    </message>
    <message>
        <source>members-%1</source>
        <translation>구성원-%1</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>구성원 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the members of this group, in the order shown, as an Excel workbook or a CSV file.</source>
        <translation>이 그룹의 구성원을 보이는 순서대로 Excel 통합 문서나 CSV 파일로 저장합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n member(s) of “%1” to %2.</source>
        <translation>
            <numerusform>“%1”의 구성원 %n명을 %2(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionMatrixModel</name>
    <message>
        <source>%1 of %2 granted</source>
        <translation>%2개 중 %1개 허용</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>필요: %1</translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation>%1에 필요</translation>
    </message>
    <message>
        <source>Required by %1. Unchecking it also unchecks those permissions.</source>
        <translation>%1에 필요합니다. 선택을 해제하면 해당 권한도 함께 해제됩니다.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>권한</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>의존 관계</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1에는 %2이(가) 필요</translation>
    </message>
    <message>
        <source>Warning: by this app&apos;s guess, %1. Alli publishes no list of which permission needs which: the server decides, and may refuse the set.</source>
        <translation>경고: 이 앱의 추측으로는 %1입니다. Alli는 어떤 권한이 어떤 권한을 필요로 하는지 목록을 공개하지 않으므로 판단은 서버가 하며, 이 조합을 거부할 수도 있습니다.</translation>
    </message>
</context>
<context>
    <name>Alli::ProfileDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation>서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <source>Connected: the credentials are accepted and the project answers.</source>
        <translation>연결되었습니다. 인증 정보가 승인되었고 프로젝트가 응답합니다.</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Alli에 연결</translation>
    </message>
    <message>
        <source>Enter the project&apos;s API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>프로젝트의 API 인증 정보를 입력하세요. 키나 토큰은 설정 파일이 아닌 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>예: 운영 (US)</translation>
    </message>
    <message>
        <source>US (backend.alli.ai)</source>
        <translation>미국 (backend.alli.ai)</translation>
    </message>
    <message>
        <source>Japan (backend-ja.alli.ai)</source>
        <translation>일본 (backend-ja.alli.ai)</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>사용자 지정 서버 주소</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 토큰</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>If no keychain is available, save the secret UNENCRYPTED in a file on this computer</source>
        <translation>키체인을 사용할 수 없으면 비밀 정보를 이 컴퓨터의 파일에 암호화하지 않고 저장</translation>
    </message>
    <message>
        <source>Without this, the secret is kept only until Alli Admin quits when no keychain (secret service) is running.</source>
        <translation>이 옵션을 켜지 않으면, 키체인(시크릿 서비스)이 실행 중이지 않을 때 비밀 정보는 Alli Admin을 종료할 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Connection &amp;name:</source>
        <translation>연결 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>인증(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>프로젝트 ID(&amp;P):</translation>
    </message>
    <message>
        <source>Project id &amp;header:</source>
        <translation>프로젝트 ID 헤더(&amp;H):</translation>
    </message>
    <message>
        <source>A&amp;gent email (AGENT-EMAIL):</source>
        <translation>에이전트 이메일 (AGENT-EMAIL)(&amp;G):</translation>
    </message>
    <message>
        <source>U&amp;ser email (USER-EMAIL):</source>
        <translation>사용자 이메일 (USER-EMAIL)(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Own user id (OWN-USER-ID):</source>
        <translation>고유 사용자 ID (OWN-USER-ID)(&amp;O):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose the system&apos;s proxy settings.</source>
        <translation>프록시의 호스트와 포트를 입력하거나 시스템 프록시 설정을 선택하세요.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>프록시</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>프록시(&amp;X):</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings (PAC included)</source>
        <translation>시스템 프록시 설정 (PAC 포함)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>프록시 사용 안 함</translation>
    </message>
    <message>
        <source>This proxy (set below)</source>
        <translation>아래에 지정한 프록시</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>종류(&amp;Y):</translation>
    </message>
    <message>
        <source>Proxy addr&amp;ess:</source>
        <translation>프록시 주소(&amp;E):</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>프록시 포트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Without the proxy:</source>
        <translation>프록시 없이 연결(&amp;W):</translation>
    </message>
    <message>
        <source>Hosts reached directly, as in NO_PROXY: names, .domains, IP addresses, CIDR ranges, separated by commas.</source>
        <translation>NO_PROXY처럼 직접 연결할 호스트: 이름, .도메인, IP 주소, CIDR 범위를 쉼표로 구분합니다.</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>프록시 로그인(&amp;L):</translation>
    </message>
    <message>
        <source>For a proxy that asks for a login. The password is asked when the proxy wants it, and kept in the keychain only if you say so.</source>
        <translation>로그인을 요구하는 프록시용입니다. 비밀번호는 프록시가 요구할 때 묻고, 원할 때만 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>추가 CA 인증서 (PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>A company that inspects TLS gives its root certificate as a PEM file: it is trusted together with the system&apos;s certificates, never instead of them.</source>
        <translation>TLS를 검사하는 회사는 루트 인증서를 PEM 파일로 제공합니다. 이 인증서는 시스템 인증서를 대신하지 않고 함께 신뢰됩니다.</translation>
    </message>
</context>
<context>
    <name>Alli::ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation>프록시 로그인</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>비밀번호를 시스템 키체인에 보관(&amp;K)</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a login before it lets Alli Admin through.</source>
        <translation>프록시 %1이(가) Alli Admin의 연결을 허용하기 전에 로그인을 요구합니다.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Alli::ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address: use http://host:port or socks5://host:port.</source>
        <translation>&quot;%1&quot;은(는) 프록시 주소가 아닙니다. http://호스트:포트 또는 socks5://호스트:포트 형식을 쓰세요.</translation>
    </message>
    <message>
        <source>The proxy scheme &quot;%1&quot; is not supported: use http:// or socks5://.</source>
        <translation>프록시 스킴 &quot;%1&quot;은(는) 지원하지 않습니다. http:// 또는 socks5://를 쓰세요.</translation>
    </message>
    <message>
        <source>The proxy address %1 has no port: add one, e.g. %2:8080.</source>
        <translation>프록시 주소 %1에 포트가 없습니다. 예: %2:8080 처럼 포트를 붙이세요.</translation>
    </message>
</context>
<context>
    <name>Alli::SecretStore</name>
    <message>
        <source>No keychain is available, so the secret is saved unencrypted in %1, readable only by your user account.</source>
        <translation>키체인을 사용할 수 없어 비밀 정보를 %1에 암호화하지 않고 저장했습니다. 이 파일은 사용자 계정만 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available on this computer, so the secret is kept only until Alli Admin quits. You will be asked for it again next time.</source>
        <translation>이 컴퓨터에는 사용할 수 있는 키체인(시크릿 서비스)이 없으므로 비밀 정보는 Alli Admin을 종료할 때까지만 보관됩니다. 다음 실행 때 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>키체인이 접근을 거부했습니다: %1</translation>
    </message>
</context>
<context>
    <name>Alli::SelectionJobDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Change groups</source>
        <translation>그룹 변경</translation>
    </message>
    <message>
        <source>&amp;Permission groups:</source>
        <translation>권한 그룹(&amp;P):</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>권한 그룹</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>권한 그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>권한 그룹을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>This project has no permission groups.</source>
        <translation>이 프로젝트에는 권한 그룹이 없습니다.</translation>
    </message>
    <message>
        <source>Change &amp;groups</source>
        <translation>그룹 변경(&amp;G)</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>프로젝트에서 제거</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n agent(s) from the project: %1.</source>
        <translation>
            <numerusform>에이전트 %n명을 프로젝트에서 제거하는 중: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>%1 추가</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>%1 제외</translation>
    </message>
    <message>
        <source>is left in no group (sees only Alli Works)</source>
        <translation>어느 그룹에도 속하지 않게 됨(Alli Works만 볼 수 있음)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The agents&apos; current groups could not be loaded.</source>
        <translation>에이전트의 현재 그룹을 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Loading the agents&apos; current groups…</source>
        <translation>에이전트의 현재 그룹을 불러오는 중…</translation>
    </message>
    <message>
        <source>No change yet: the boxes show the groups the agents are in now.</source>
        <translation>아직 변경 사항이 없습니다. 체크 상자는 에이전트가 지금 속한 그룹을 보여 줍니다.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n agent(s) lose administrator rights: %1. They will no longer be able to manage this project.</source>
        <translation>
            <numerusform>⚠ 에이전트 %n명이 관리자 권한을 잃습니다: %1. 더 이상 이 프로젝트를 관리할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 selected agents are in this group.</source>
        <translation>선택한 에이전트 %2명 중 %1명이 이 그룹에 속해 있습니다.</translation>
    </message>
    <message>
        <source>Remove administrator rights</source>
        <translation>관리자 권한 제거</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will lose administrator rights.</source>
        <translation>
            <numerusform>에이전트 %n명이 관리자 권한을 잃게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>They will no longer be able to manage this project. Make sure someone else still can.</source>
        <translation>이들은 더 이상 이 프로젝트를 관리할 수 없습니다. 다른 관리자가 남아 있는지 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Permission groups for %n agent(s): %1. A checked group is given to all of them, an unchecked one taken from all of them; a partly checked group stays as it is for each.</source>
        <translation>
            <numerusform>에이전트 %n명의 권한 그룹: %1. 체크한 그룹은 모두에게 추가되고, 체크를 해제한 그룹은 모두에게서 제외되며, 일부만 체크된 그룹은 각자 그대로 유지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>변경 내용(&amp;H):</translation>
    </message>
    <message>
        <source>Check a group to give it to every agent, uncheck it to take it from every agent (Space changes the current one).</source>
        <translation>그룹을 체크하면 모든 에이전트에게 추가되고, 체크를 해제하면 모든 에이전트에게서 제외됩니다(Space 키로 현재 항목 변경).</translation>
    </message>
</context>
<context>
    <name>Alli::ToolListModel</name>
    <message>
        <source>Single-action app</source>
        <translation>단일 액션 앱</translation>
    </message>
    <message>
        <source>Agent tool</source>
        <translation>에이전트 도구</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>게시됨</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>게시 안 됨</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>Alli::ToolsPage</name>
    <message>
        <source>Loading details…</source>
        <translation>세부 정보를 불러오는 중…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>세부 정보를 불러오지 못했습니다.</translation>
    </message>
    <message>
        <source>Loading tools…</source>
        <translation>도구를 불러오는 중…</translation>
    </message>
    <message>
        <source>This project has no tools.</source>
        <translation>이 프로젝트에는 도구가 없습니다.</translation>
    </message>
    <message>
        <source>No tools match the filter.</source>
        <translation>필터와 일치하는 도구가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n tool(s).</source>
        <translation>
            <numerusform>도구 %n개 중 %1개 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>지정되지 않음</translation>
    </message>
    <message>
        <source>Yes, published</source>
        <translation>예, 게시됨</translation>
    </message>
    <message>
        <source>No, not published</source>
        <translation>아니요, 게시 안 됨</translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation>변수(%1)</translation>
    </message>
    <message>
        <source>Inputs (%1)</source>
        <translation>입력(%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Select a tool to see its inputs or variables and its raw JSON.</source>
        <translation>도구를 선택하면 입력 또는 변수와 원본 JSON을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Single-action apps</source>
        <translation>단일 액션 앱</translation>
    </message>
    <message>
        <source>Agent tools</source>
        <translation>에이전트 도구</translation>
    </message>
    <message>
        <source>Show tools of one kind only</source>
        <translation>한 종류의 도구만 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>Name, ID, description or parameter</source>
        <translation>이름, ID, 설명 또는 매개변수</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>게시:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>원본 JSON</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Show all tools</source>
        <translation>모든 도구 보기</translation>
    </message>
</context>
<context>
    <name>Alli::UsersPage</name>
    <message>
        <source>Enter the user&apos;s own user ID (ownUserId) and press Enter.</source>
        <translation>사용자의 고유 사용자 ID(ownUserId)를 입력하고 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message numerus="yes">
        <source>User %1: every field the server returned (%n field(s)).</source>
        <translation>
            <numerusform>사용자 %1: 서버가 반환한 모든 필드(%n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>No user with the id %1 in this project.</source>
        <translation>이 프로젝트에 ID가 %1인 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Own user ID:</source>
        <translation>고유 사용자 ID(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. EMP00002</source>
        <translation>예: EMP00002</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users listed in a CSV file.</source>
        <translation>CSV 파일에 나열된 사용자를 만들거나 수정하거나 삭제합니다.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>일괄 편집(&amp;B)</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users typed or pasted in a grid.</source>
        <translation>표에 입력하거나 붙여 넣은 사용자를 만들거나, 고치거나, 삭제합니다.</translation>
    </message>
</context>
<context>
    <name>Alli::WelcomeDialog</name>
    <message>
        <source>Welcome to Alli Admin</source>
        <translation>Alli Admin에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Manage the agents, users, permission groups, tools and OAuth2 settings of your Alli projects.</source>
        <translation>Alli 프로젝트의 에이전트, 사용자, 권한 그룹, 도구, OAuth2 설정을 관리합니다.</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>데모 프로젝트 사용해 보기</translation>
    </message>
    <message>
        <source>A sample project on this computer. No account needed; nothing reaches Alli.</source>
        <translation>이 컴퓨터에 있는 샘플 프로젝트입니다. 계정이 필요 없고, 어떤 내용도 Alli로 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Connect to Alli…</source>
        <translation>Alli에 연결…</translation>
    </message>
    <message>
        <source>Use your project&apos;s API key or token (US, Japan or a custom server).</source>
        <translation>프로젝트의 API 키 또는 토큰을 사용합니다(미국, 일본 또는 사용자 지정 서버).</translation>
    </message>
</context>
<context>
    <name>Alli::Widgets</name>
    <message>
        <source>Show all columns</source>
        <translation>모든 열 표시</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>마우스 오른쪽 버튼을 눌러 표시할 열을 고르세요.</translation>
    </message>
</context>
</TS>
