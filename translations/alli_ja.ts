<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Alli::ActivityLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>接続設定が使用できません。</translation>
    </message>
    <message>
        <source>The server refused the request as invalid (HTTP 400).</source>
        <translation>サーバーが不正なリクエストとして拒否しました（HTTP 400）。</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection's credentials.</source>
        <translation>認証に失敗しました。API キーまたはトークンがないか、無効です（HTTP 401）。接続の認証情報を確認してください。</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer's IP address is not on the project's allow-list (HTTP 403).</source>
        <translation>アクセスが拒否されました。プロジェクトが無効になっているか、このコンピューターの IP アドレスがプロジェクトの許可リストにありません（HTTP 403）。</translation>
    </message>
    <message>
        <source>Not found: the item does not exist or is not part of this project (HTTP 404).</source>
        <translation>見つかりません。項目が存在しないか、このプロジェクトに属していません（HTTP 404）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: the server asked to wait %n second(s) (HTTP 429).</source>
        <translation>
            <numerusform>リクエストが多すぎます。サーバーから %n 秒待つよう求められました（HTTP 429）。</numerusform></translation>
    </message>
    <message>
        <source>Too many requests: the server is rate-limiting this project (HTTP 429).</source>
        <translation>リクエストが多すぎます。サーバーがこのプロジェクトのリクエストを制限しています（HTTP 429）。</translation>
    </message>
    <message>
        <source>The server had an internal error (HTTP %1). Try again later.</source>
        <translation>サーバーで内部エラーが発生しました（HTTP %1）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable (HTTP %1). Try again later.</source>
        <translation>サービスが一時的に利用できません（HTTP %1）。しばらくしてから再試行してください。</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status (HTTP %1).</source>
        <translation>サーバーが予期しないステータスで応答しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network connection and the server address.</source>
        <translation>サーバーに接続できません。ネットワーク接続とサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>A secure connection could not be established (TLS/certificate error).</source>
        <translation>安全な接続を確立できませんでした（TLS/証明書エラー）。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server sent a malformed response: field "%1" is missing or invalid.</source>
        <translation>サーバーから不正な形式の応答が返されました。フィールド「%1」がないか、無効です。</translation>
    </message>
    <message>
        <source>The server sent a response that could not be read.</source>
        <translation>サーバーから読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The server reported that the operation did not succeed.</source>
        <translation>サーバーから操作が成功しなかったと報告されました。</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>サーバーのメッセージ: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>Alli::ConnectionSettings</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>サーバーのアドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server address must use HTTPS; plain HTTP is only allowed for this computer (localhost).</source>
        <translation>サーバーのアドレスには HTTPS を使用してください。暗号化なしの HTTP はこのコンピューター（localhost）に対してのみ使用できます。</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>API キーが入力されていません。</translation>
    </message>
    <message>
        <source>The token is missing.</source>
        <translation>トークンが入力されていません。</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that are not allowed.</source>
        <translation>API キーに空白または使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The token contains spaces or characters that are not allowed.</source>
        <translation>トークンに空白または使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The project id header name is empty.</source>
        <translation>プロジェクト ID ヘッダーの名前が空です。</translation>
    </message>
</context>
<context>
    <name>Alli::MainWindow</name>
    <message>
        <source>About Alli Admin</source>
        <translation>Alli Admin について</translation>
    </message>
    <message>
        <source>Alli Admin %1
A desktop console for administrators of Alli projects.</source>
        <translation>Alli Admin %1
Alli プロジェクト管理者のためのデスクトップコンソールです。</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <source>Alli Admin — %1 (%2)</source>
        <translation>Alli Admin — %1（%2）</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>API key %1 (public demo key)</source>
        <translation>API キー %1（公開デモ用キー）</translation>
    </message>
    <message>
        <source>API key (stored securely, not shown)</source>
        <translation>API キー（安全に保存済み・非表示）</translation>
    </message>
    <message>
        <source>Bearer token (stored securely, not shown)</source>
        <translation>Bearer トークン（安全に保存済み・非表示）</translation>
    </message>
    <message>
        <source>This is the embedded demo backend: an in-memory project on this computer with sample agents, users, permission groups, tools and OAuth2 settings. Nothing you change here reaches a real Alli project.</source>
        <translation>これは組み込みのデモバックエンドです。このコンピューターのメモリ上にあるプロジェクトで、サンプルのエージェント、ユーザー、権限グループ、ツール、OAuth2 設定が含まれています。ここでの変更が実際の Alli プロジェクトに反映されることはありません。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>curl コマンドとしてコピー</translation>
    </message>
    <message>
        <source>Copies the request as a curl command with $ALLI_API_KEY in place of the key.</source>
        <translation>キーの代わりに $ALLI_API_KEY を使った curl コマンドとしてリクエストをコピーします。</translation>
    </message>
    <message>
        <source>Select a request to see its request and response bodies.</source>
        <translation>リクエストを選択すると、リクエストとレスポンスの本文が表示されます。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Alli Admin</source>
        <translation>Alli Admin について(&amp;A)</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Connected to the embedded demo backend, not to a real Alli project.</source>
        <translation>実際の Alli プロジェクトではなく、組み込みのデモバックエンドに接続しています。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Connected. The API key is accepted and the project answers.</source>
        <translation>接続しました。API キーが受け入れられ、プロジェクトが応答しています。</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>リクエスト本文:</translation>
    </message>
    <message>
        <source>Response (HTTP %1):</source>
        <translation>レスポンス（HTTP %1）:</translation>
    </message>
    <message>
        <source>Copied the request as a curl command.</source>
        <translation>リクエストを curl コマンドとしてコピーしました。</translation>
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
        <translation>組み込みのデモバックエンドを起動できませんでした: %1</translation>
    </message>
</context>
</TS>
