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
</context>
<context>
    <name>Alli::AgentListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
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
    <name>Alli::AgentsPage</name>
    <message>
        <source>Filter by email…</source>
        <translation>이메일로 필터…</translation>
    </message>
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
        <source>E&amp;xport CSV…</source>
        <translation>CSV로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the agents listed in the table, in its order, as a CSV file.</source>
        <translation>표에 나열된 에이전트를 표시 순서대로 CSV 파일로 저장합니다.</translation>
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
            <numerusform>에이전트 %n명을 삭제할까요?</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n명</numerusform></translation>
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
            <numerusform>에이전트 %n명을 삭제했습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n email address(es).</source>
        <translation>
            <numerusform>이메일 주소 %n개를 복사했습니다.</numerusform></translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>에이전트 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s) to %1.</source>
        <translation>
            <numerusform>에이전트 %n명을 %1(으)로 내보냈습니다.</numerusform></translation>
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
        <source>No agent's email contains “%1”.</source>
        <translation>이메일에 “%1”이(가) 포함된 에이전트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>에이전트 %n명</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) loaded, scroll down for more</source>
        <translation>
            <numerusform>에이전트 %n명 불러옴, 더 보려면 아래로 스크롤하세요</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n명 표시</numerusform></translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>더 불러오는 중…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>정렬하는 중…</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>연결 설정을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>서버가 요청이 잘못되었다며 거부했습니다(HTTP 400).</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection's credentials.</source>
        <translation>인증에 실패했습니다. API 키 또는 토큰이 없거나 올바르지 않습니다(HTTP 401). 연결의 인증 정보를 확인하세요.</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer's IP address is not on the project's allow-list (HTTP 403).</source>
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
        <source>The server sent a malformed response: field "%1" is missing or invalid.</source>
        <translation>서버가 잘못된 형식의 응답을 보냈습니다. "%1" 필드가 없거나 올바르지 않습니다.</translation>
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
        <source>The key for "%1" is not stored on this computer. Enter it again.</source>
        <translation>"%1"의 키가 이 컴퓨터에 저장되어 있지 않습니다. 다시 입력하세요.</translation>
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
            <numerusform>{필드 %n개}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[항목 %n개]</numerusform></translation>
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
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n자 이상</numerusform></translation>
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
            <numerusform>선택한 구성원(&amp;S) (%n명):</numerusform></translation>
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
        <source>No agent's email contains “%1”.</source>
        <translation>이메일에 “%1”이(가) 포함된 에이전트가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n agent(s). Type more of the email address to narrow the list.</source>
        <translation>
            <numerusform>처음 에이전트 %n명을 표시합니다. 목록을 좁히려면 이메일 주소를 더 입력하세요.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found.</source>
        <translation>
            <numerusform>에이전트 %n명을 찾았습니다.</numerusform></translation>
    </message>
</context>
<context>
    <name>Alli::OAuth2Page</name>
    <message>
        <source>Enter the token info as a JSON object, for example {"access_token": "…"}.</source>
        <translation>토큰 정보를 JSON 객체로 입력하세요. 예: {"access_token": "…"}</translation>
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
            <numerusform>새 토큰 정보의 필드는 %n개입니다. 토큰 생성 시각은 %1(%2)(으)로 설정됩니다.</numerusform></translation>
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
        <translation>State(&amp;S):</translation>
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
        <source>{"access_token": "…", "refresh_token": "…", "expires_in": 3600}

Turn on Reveal secrets to start from the current token info.</source>
        <translation>{"access_token": "…", "refresh_token": "…", "expires_in": 3600}

현재 토큰 정보에서 시작하려면 '비밀 정보 표시'를 켜세요.</translation>
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
        <source>Default group: members invited without a group join it. Changes here apply to every new member.</source>
        <translation>기본 그룹: 그룹 없이 초대된 구성원이 이 그룹에 들어갑니다. 여기서 변경한 내용은 모든 새 구성원에게 적용됩니다.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Its members lose their administrator access, and nobody may be left who can manage the project. The server may refuse to delete it.</source>
        <translation>경고: 관리자 그룹입니다. 구성원이 관리자 권한을 잃게 되며, 프로젝트를 관리할 수 있는 사람이 아무도 남지 않을 수 있습니다. 서버가 삭제를 거부할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Removing permissions can lock its members out of administering the project. The server may refuse the change.</source>
        <translation>경고: 관리자 그룹입니다. 권한을 제거하면 구성원이 프로젝트를 관리하지 못하게 될 수 있습니다. 서버가 변경을 거부할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the default group. Members invited without a group join it; without it they get no permissions. The server may refuse to delete it.</source>
        <translation>경고: 기본 그룹입니다. 그룹 없이 초대된 구성원이 이 그룹에 들어가며, 이 그룹이 없으면 아무 권한도 받지 못합니다. 서버가 삭제를 거부할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Warning: this is the default group. The change also applies to every member invited without a group from now on.</source>
        <translation>경고: 기본 그룹입니다. 이 변경은 앞으로 그룹 없이 초대되는 모든 구성원에게도 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>추가(%n개):</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>제거(%n개):</numerusform></translation>
    </message>
    <message>
        <source>Added because other permissions require them: %1</source>
        <translation>다른 권한에 필요하여 추가됨: %1</translation>
    </message>
    <message numerus="yes">
        <source>This affects %n member(s) of the group.</source>
        <translation>
            <numerusform>이 그룹의 구성원 %n명에게 영향을 줍니다.</numerusform></translation>
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
            <numerusform>이 그룹에 속한 구성원 %n명이 이 그룹이 부여하는 권한을 잃게 됩니다.</numerusform></translation>
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
            <numerusform>그룹 %n개</numerusform></translation>
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
            <numerusform>구성원: %n명</numerusform></translation>
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
        <source>Enter the project's API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>프로젝트의 API 인증 정보를 입력하세요. 키나 토큰은 설정 파일이 아닌 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>연결 이름:</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>예: 운영 (US)</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>리전:</translation>
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
        <source>Server address:</source>
        <translation>서버 주소:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>인증:</translation>
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
        <source>Token:</source>
        <translation>토큰:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>프로젝트 ID:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Project id header:</source>
        <translation>프로젝트 ID 헤더:</translation>
    </message>
    <message>
        <source>Agent email (AGENT-EMAIL):</source>
        <translation>에이전트 이메일 (AGENT-EMAIL):</translation>
    </message>
    <message>
        <source>User email (USER-EMAIL):</source>
        <translation>사용자 이메일 (USER-EMAIL):</translation>
    </message>
    <message>
        <source>Own user id (OWN-USER-ID):</source>
        <translation>고유 사용자 ID (OWN-USER-ID):</translation>
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
            <numerusform>도구 %n개 중 %1개 표시</numerusform></translation>
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
</context>
<context>
    <name>Alli::UsersPage</name>
    <message>
        <source>Enter the user's own user ID (ownUserId) and press Enter.</source>
        <translation>사용자의 고유 사용자 ID(ownUserId)를 입력하고 Enter 키를 누르세요.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message numerus="yes">
        <source>User %1: every field the server returned (%n field(s)).</source>
        <translation>
            <numerusform>사용자 %1: 서버가 반환한 모든 필드(%n개)</numerusform></translation>
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
        <source>Use your project's API key or token (US, Japan or a custom server).</source>
        <translation>프로젝트의 API 키 또는 토큰을 사용합니다(미국, 일본 또는 사용자 지정 서버).</translation>
    </message>
</context>
</TS>
