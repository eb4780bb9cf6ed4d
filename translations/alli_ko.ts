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
