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
    <name>Alli::ActivityPage</name>
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
        <source>Request body:</source>
        <translation>リクエスト本文:</translation>
    </message>
    <message>
        <source>Response (HTTP %1):</source>
        <translation>レスポンス（HTTP %1）:</translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
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
            <numerusform>リクエストが多すぎます。サーバーから %n 秒待つよう求められました（HTTP 429）。</numerusform>
        </translation>
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
    <name>Alli::AppController</name>
    <message>
        <source>Alli Admin</source>
        <translation>Alli Admin</translation>
    </message>
    <message>
        <source>The embedded demo backend could not start: %1</source>
        <translation>組み込みのデモバックエンドを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>The key for "%1" is not stored on this computer. Enter it again.</source>
        <translation>「%1」のキーはこのコンピューターに保存されていません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>デモプロジェクト</translation>
    </message>
    <message>
        <source>The demo project needs no credentials: its key is %1.</source>
        <translation>デモプロジェクトに認証情報は不要です。キーは %1 です。</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Alli に接続</translation>
    </message>
    <message>
        <source>Secret not stored in a keychain</source>
        <translation>キーチェーンに保存されていない秘密情報</translation>
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
    <name>Alli::ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>接続設定…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
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
        <source>Alli Admin — %1 (demo, %2)</source>
        <translation>Alli Admin — %1（デモ、%2）</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>新しい接続(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>選択項目を削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Alli::OverviewPage</name>
    <message>
        <source>Demo project</source>
        <translation>デモプロジェクト</translation>
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
        <source>API key (not shown)</source>
        <translation>API キー（非表示）</translation>
    </message>
    <message>
        <source>Bearer token (not shown)</source>
        <translation>Bearer トークン（非表示）</translation>
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
        <source>Connected. The credentials are accepted and the project answers.</source>
        <translation>接続しました。認証情報が受け入れられ、プロジェクトが応答しています。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>Alli::ProfileDialog</name>
    <message>
        <source>Enter the server address.</source>
        <translation>サーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テスト中…</translation>
    </message>
    <message>
        <source>Connected: the credentials are accepted and the project answers.</source>
        <translation>接続しました。認証情報が受け入れられ、プロジェクトが応答しています。</translation>
    </message>
    <message>
        <source>Connect to Alli</source>
        <translation>Alli に接続</translation>
    </message>
    <message>
        <source>Enter the project's API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>プロジェクトの API 認証情報を入力してください。キーやトークンは設定ファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>Connection name:</source>
        <translation>接続名:</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>例: 本番（US）</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>US (backend.alli.ai)</source>
        <translation>米国（backend.alli.ai）</translation>
    </message>
    <message>
        <source>Japan (backend-ja.alli.ai)</source>
        <translation>日本（backend-ja.alli.ai）</translation>
    </message>
    <message>
        <source>Custom server address</source>
        <translation>カスタムサーバーアドレス</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>サーバーアドレス:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>トークン:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Project id:</source>
        <translation>プロジェクト ID:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Project id header:</source>
        <translation>プロジェクト ID ヘッダー:</translation>
    </message>
    <message>
        <source>Agent email (AGENT-EMAIL):</source>
        <translation>エージェントのメール（AGENT-EMAIL）:</translation>
    </message>
    <message>
        <source>User email (USER-EMAIL):</source>
        <translation>ユーザーのメール（USER-EMAIL）:</translation>
    </message>
    <message>
        <source>Own user id (OWN-USER-ID):</source>
        <translation>独自ユーザー ID（OWN-USER-ID）:</translation>
    </message>
    <message>
        <source>If no keychain is available, save the secret UNENCRYPTED in a file on this computer</source>
        <translation>キーチェーンが使えない場合、秘密情報をこのコンピューター上のファイルに暗号化せずに保存する</translation>
    </message>
    <message>
        <source>Without this, the secret is kept only until Alli Admin quits when no keychain (secret service) is running.</source>
        <translation>このオプションがオフの場合、キーチェーン（シークレットサービス）が動いていないと、秘密情報は Alli Admin を終了するまでしか保持されません。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続テスト</translation>
    </message>
</context>
<context>
    <name>Alli::SecretStore</name>
    <message>
        <source>No keychain is available, so the secret is saved unencrypted in %1, readable only by your user account.</source>
        <translation>キーチェーンが使えないため、秘密情報を %1 に暗号化せずに保存しました。このファイルはあなたのユーザーアカウントだけが読み取れます。</translation>
    </message>
    <message>
        <source>No keychain (secret service) is available on this computer, so the secret is kept only until Alli Admin quits. You will be asked for it again next time.</source>
        <translation>このコンピューターには使用できるキーチェーン（シークレットサービス）がないため、秘密情報は Alli Admin を終了するまでしか保持されません。次回起動時にもう一度入力が必要です。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>キーチェーンへのアクセスが拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>Alli::WelcomeDialog</name>
    <message>
        <source>Welcome to Alli Admin</source>
        <translation>Alli Admin へようこそ</translation>
    </message>
    <message>
        <source>Manage the agents, users, permission groups, tools and OAuth2 settings of your Alli projects.</source>
        <translation>Alli プロジェクトのエージェント、ユーザー、権限グループ、ツール、OAuth2 設定を管理します。</translation>
    </message>
    <message>
        <source>Try the demo project</source>
        <translation>デモプロジェクトを試す</translation>
    </message>
    <message>
        <source>A sample project on this computer. No account needed; nothing reaches Alli.</source>
        <translation>このコンピューター上のサンプルプロジェクトです。アカウントは不要で、Alli には何も送信されません。</translation>
    </message>
    <message>
        <source>Connect to Alli…</source>
        <translation>Alli に接続…</translation>
    </message>
    <message>
        <source>Use your project's API key or token (US, Japan or a custom server).</source>
        <translation>プロジェクトの API キーまたはトークンを使用します（米国、日本、またはカスタムサーバー）。</translation>
    </message>
</context>
</TS>
