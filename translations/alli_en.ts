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
            <numerusform>Too many requests: the server asked to wait %n second (HTTP 429).</numerusform><numerusform>Too many requests: the server asked to wait %n seconds (HTTP 429).</numerusform></translation>
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
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
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
        <source>API key (stored securely, not shown)</source>
        <translation>API key (stored securely, not shown)</translation>
    </message>
    <message>
        <source>Bearer token (stored securely, not shown)</source>
        <translation>Bearer token (stored securely, not shown)</translation>
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
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Connected. The API key is accepted and the project answers.</source>
        <translation>Connected. The API key is accepted and the project answers.</translation>
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
        <source>Copied the request as a curl command.</source>
        <translation>Copied the request as a curl command.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Alli Admin</source>
        <translation>Alli Admin</translation>
    </message>
    <message>
        <source>The embedded demo backend could not start: %1</source>
        <translation>The embedded demo backend could not start: %1</translation>
    </message>
</context>
</TS>
