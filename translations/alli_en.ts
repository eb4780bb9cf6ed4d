<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Alli::ActivityLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>Alli::ActivityPage</name>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copies the request as a curl command with $ALLI_API_KEY in place of the key.</source>
        <translation>Copies the request as a curl command with $ALLI_API_KEY in place of the key.</translation>
    </message>
    <message>
        <source>Select a request to see its request and response bodies.</source>
        <translation>Select a request to see its request and response bodies.</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>Request body:</translation>
    </message>
    <message>
        <source>Response (HTTP %1):</source>
        <translation>Response (HTTP %1):</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>No response: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>The connection settings are not usable.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>The server refused the request as invalid (HTTP 400).</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection's credentials.</source>
        <translation>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection's credentials.</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer's IP address is not on the project's allow-list (HTTP 403).</source>
        <translation>Access denied: the project is inactive or this computer's IP address is not on the project's allow-list (HTTP 403).</translation>
    </message>
    <message>
        <source>Not found: the item does not exist or is not part of this project (HTTP 404).</source>
        <translation>Not found: the item does not exist or is not part of this project (HTTP 404).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asked to wait %n second(s) (HTTP 429).</source>
        <translation>
            <numerusform>Too many requests: the server asked to wait %n second (HTTP 429).</numerusform>
            <numerusform>Too many requests: the server asked to wait %n seconds (HTTP 429).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests: the server is rate-limiting this project (HTTP 429).</source>
        <translation>Too many requests: the server is rate-limiting this project (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>The server had an internal error (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>The service is temporarily unavailable (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>The server answered with an unexpected status (HTTP %1).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation>The server could not be reached. Check the network connection and the server address.</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS/certificate error).</source>
        <translation>A secure connection could not be established (TLS/certificate error).</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>The server sent a malformed response: field "%1" is missing or invalid.</source>
        <translation>The server sent a malformed response: field "%1" is missing or invalid.</translation>
    </message>
    <message>
        <source>The server sent a response that could not be read.</source>
        <translation>The server sent a response that could not be read.</translation>
    </message>
    <message>
        <source>The server reported that the operation did not succeed.</source>
        <translation>The server reported that the operation did not succeed.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Server message: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
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
        <translation>The embedded demo backend could not start: %1</translation>
    </message>
    <message>
        <source>The key for "%1" is not stored on this computer. Enter it again.</source>
        <translation>The key for "%1" is not stored on this computer. Enter it again.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <source>The demo project needs no credentials: its key is %1.</source>
        <translation>The demo project needs no credentials: its key is %1.</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Connect to Alli</translation>
    </message>
    <message>
        <source>Secret not stored in a keychain</source>
        <translation>Secret not stored in a keychain</translation>
    </message>
</context>
<context>
    <name>Alli::ConnectionSettings</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>The server address is not a valid URL.</translation>
    </message>
    <message>
        <source>The server address must use HTTPS; plain HTTP is only allowed for this computer (localhost).</source>
        <translation>The server address must use HTTPS; plain HTTP is only allowed for this computer (localhost).</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>The API key is missing.</translation>
    </message>
    <message>
        <source>The token is missing.</source>
        <translation>The token is missing.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed.</source>
        <translation>The API key contains spaces or characters that are not allowed.</translation>
    </message>
    <message>
        <source>The token contains spaces or characters that are not allowed.</source>
        <translation>The token contains spaces or characters that are not allowed.</translation>
    </message>
    <message>
        <source>The project id header name is empty.</source>
        <translation>The project id header name is empty.</translation>
    </message>
</context>
<context>
    <name>Alli::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>Alli::MainWindow</name>
    <message>
        <source>About Alli Admin</source>
        <translation>About Alli Admin</translation>
    </message>
    <message>
        <source>Alli Admin %1
A desktop console for administrators of Alli projects.</source>
        <translation>Alli Admin %1
A desktop console for administrators of Alli projects.</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <source>Alli Admin — %1 (%2)</source>
        <translation>Alli Admin — %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Alli Admin</source>
        <translation>&amp;About Alli Admin</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Connected to the embedded demo backend, not to a real Alli project.</source>
        <translation>Connected to the embedded demo backend, not to a real Alli project.</translation>
    </message>
    <message>
        <source>Alli Admin — %1 (demo, %2)</source>
        <translation>Alli Admin — %1 (demo, %2)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;New connection…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Edit connection…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Delete selected</translation>
    </message>
</context>
<context>
    <name>Alli::OverviewPage</name>
    <message>
        <source>Demo project</source>
        <translation>Demo project</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>API key %1 (public demo key)</source>
        <translation>API key %1 (public demo key)</translation>
    </message>
    <message>
        <source>API key (not shown)</source>
        <translation>API key (not shown)</translation>
    </message>
    <message>
        <source>Bearer token (not shown)</source>
        <translation>Bearer token (not shown)</translation>
    </message>
    <message>
        <source>This is the embedded demo backend: an in-memory project on this computer with sample agents, users, permission groups, tools and OAuth2 settings. Nothing you change here reaches a real Alli project.</source>
        <translation>This is the embedded demo backend: an in-memory project on this computer with sample agents, users, permission groups, tools and OAuth2 settings. Nothing you change here reaches a real Alli project.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Connected. The credentials are accepted and the project answers.</source>
        <translation>Connected. The credentials are accepted and the project answers.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>Alli::ProfileDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation>Enter the server address.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected: the credentials are accepted and the project answers.</source>
        <translation>Connected: the credentials are accepted and the project answers.</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Connect to Alli</translation>
    </message>
    <message>
        <source>Enter the project's API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>Enter the project's API credentials. The key or token is kept in the system keychain, never in a settings file.</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>Connection name:</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>e.g. Production (US)</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>US (backend.alli.ai)</source>
        <translation>US (backend.alli.ai)</translation>
    </message>
    <message>
        <source>Japan (backend-ja.alli.ai)</source>
        <translation>Japan (backend-ja.alli.ai)</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>Custom server address</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>Project id:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Project id header:</source>
        <translation>Project id header:</translation>
    </message>
    <message>
        <source>Agent email (AGENT-EMAIL):</source>
        <translation>Agent email (AGENT-EMAIL):</translation>
    </message>
    <message>
        <source>User email (USER-EMAIL):</source>
        <translation>User email (USER-EMAIL):</translation>
    </message>
    <message>
        <source>Own user id (OWN-USER-ID):</source>
        <translation>Own user id (OWN-USER-ID):</translation>
    </message>
    <message>
        <source>If no keychain is available, save the secret UNENCRYPTED in a file on this computer</source>
        <translation>If no keychain is available, save the secret UNENCRYPTED in a file on this computer</translation>
    </message>
    <message>
        <source>Without this, the secret is kept only until Alli Admin quits when no keychain (secret service) is running.</source>
        <translation>Without this, the secret is kept only until Alli Admin quits when no keychain (secret service) is running.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
</context>
<context>
    <name>Alli::SecretStore</name>
    <message>
        <source>No keychain is available, so the secret is saved unencrypted in %1, readable only by your user account.</source>
        <translation>No keychain is available, so the secret is saved unencrypted in %1, readable only by your user account.</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available on this computer, so the secret is kept only until Alli Admin quits. You will be asked for it again next time.</source>
        <translation>No keychain (secret service) is available on this computer, so the secret is kept only until Alli Admin quits. You will be asked for it again next time.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>The keychain refused access: %1</translation>
    </message>
</context>
<context>
    <name>Alli::WelcomeDialog</name>
    <message>
        <source>Welcome to Alli Admin</source>
        <translation>Welcome to Alli Admin</translation>
    </message>
    <message>
        <source>Manage the agents, users, permission groups, tools and OAuth2 settings of your Alli projects.</source>
        <translation>Manage the agents, users, permission groups, tools and OAuth2 settings of your Alli projects.</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>Try the demo project</translation>
    </message>
    <message>
        <source>A sample project on this computer. No account needed; nothing reaches Alli.</source>
        <translation>A sample project on this computer. No account needed; nothing reaches Alli.</translation>
    </message>
    <message>
        <source>Connect to Alli…</source>
        <translation>Connect to Alli…</translation>
    </message>
    <message>
        <source>Use your project's API key or token (US, Japan or a custom server).</source>
        <translation>Use your project's API key or token (US, Japan or a custom server).</translation>
    </message>
</context>
</TS>
