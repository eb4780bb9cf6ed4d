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
    <message>
        <source>Not found (a look-up&apos;s answer, not a failure)</source>
        <translation>見つかりません(照会の結果であり、失敗ではありません)</translation>
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
    <message>
        <source>Copied the %1 request as a curl command; the key is written as $ALLI_API_KEY.</source>
        <translation>%1 リクエストを curl コマンドとしてコピーしました。キーは $ALLI_API_KEY と書かれています。</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>エラーのみ(&amp;E)</translation>
    </message>
    <message>
        <source>Shows only the requests that failed (a 404 that answers a look-up is not a failure).</source>
        <translation>失敗したリクエストのみ表示します(照会への回答である 404 は失敗ではありません)。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>リクエストとレスポンス</translation>
    </message>
    <message>
        <source>No request has failed.</source>
        <translation>失敗したリクエストはありません。</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>すべてのリクエストを表示</translation>
    </message>
    <message>
        <source>No request has been made yet in this session.</source>
        <translation>このセッションではまだリクエストがありません。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>リクエスト本文</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>レスポンス本文</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>このリクエストには本文がありません。</translation>
    </message>
    <message>
        <source>No response body.</source>
        <translation>レスポンス本文はありません。</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
</context>
<context>
    <name>Alli::AgentsPage</name>
    <message>
        <source>Filter by email</source>
        <translation>メールアドレスで絞り込み</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>新しいエージェント(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the selected agents from the project (Del).</source>
        <translation>選択したエージェントをプロジェクトから削除します（Del）。</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>メールアドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the email addresses of the selected agents, one per line (Ctrl+C in the table).</source>
        <translation>選択したエージェントのメールアドレスを 1 行に 1 件ずつコピーします（表では Ctrl+C）。</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>エージェントの詳細</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>名:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>姓:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Select an agent to see the details.</source>
        <translation>詳細を表示するにはエージェントを選択してください。</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>詳細を読み込んでいます…</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>このエージェントはもう存在しません。</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>詳細を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Agent %1 created.</source>
        <translation>エージェント %1 を作成しました。</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in to this project. This cannot be undone.</source>
        <translation>削除されたエージェントはこのプロジェクトにサインインできなくなります。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete the agent %1?</source>
        <translation>エージェント %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Delete the agent %1 (%2)?</source>
        <translation>エージェント %1（%2）を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agent(s)?</source>
        <translation>
            <numerusform>エージェント %n 人を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>エージェントの削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>エージェント %n 人を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n email address(es).</source>
        <translation>
            <numerusform>メールアドレスを %n 件コピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>エージェントのエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s) to %1.</source>
        <translation>
            <numerusform>エージェント %n 人を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>エージェントを読み込んでいます…</translation>
    </message>
    <message>
        <source>The agents could not be loaded.</source>
        <translation>エージェントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>This project has no agents.</source>
        <translation>このプロジェクトにはエージェントがいません。</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>メールアドレスに「%1」を含むエージェントはいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>エージェント %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) loaded, scroll down for more</source>
        <translation>
            <numerusform>%n 人のエージェントを読み込み済み（下にスクロールすると続きを表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n 人を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>続きを読み込んでいます…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>並べ替えています…</translation>
    </message>
    <message>
        <source>Change &amp;groups…</source>
        <translation>グループを変更(&amp;G)…</translation>
    </message>
    <message>
        <source>Replaces the permission groups of the selected agents.</source>
        <translation>選択したエージェントの権限グループを置き換えます。</translation>
    </message>
    <message>
        <source>Re&amp;move from project…</source>
        <translation>プロジェクトから除外(&amp;M)…</translation>
    </message>
    <message>
        <source>Removes the selected agents from this project&apos;s members.</source>
        <translation>選択したエージェントをこのプロジェクトのメンバーから除外します(アカウントは残ります)。</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates or deletes agents listed in a CSV file.</source>
        <translation>CSV ファイルに記載されたエージェントを作成または削除します。</translation>
    </message>
    <message>
        <source>They lose access to this project. Their accounts are kept and can be invited again.</source>
        <translation>このプロジェクトにアクセスできなくなります。アカウントは残り、再度招待できます。</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>プロジェクトから除外</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n agent(s) from the project?</source>
        <translation>
            <numerusform>エージェント %n 人をプロジェクトから除外しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>除外</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n agent(s) from the project.</source>
        <translation>
            <numerusform>エージェント %n 人をプロジェクトから除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the groups of %n agent(s).</source>
        <translation>
            <numerusform>エージェント %n 人のグループを変更しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the results.</source>
        <translation>
            <numerusform>%n 人が失敗しました。結果を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>CSV にエクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Saves agents as a CSV file, in the table&apos;s order.</source>
        <translation>エージェントを表の順序で CSV ファイルに保存します。</translation>
    </message>
    <message>
        <source>&amp;Every agent matching the filter…</source>
        <translation>フィルターに一致するすべてのエージェント(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Only the rows loaded in the table…</source>
        <translation>表に読み込まれた行のみ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Exported only the %n agent(s) loaded in the table, not every agent of the project, to %1.</source>
        <translation>
            <numerusform>プロジェクトのすべてのエージェントではなく、表に読み込まれた %n 人だけを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>The export stopped, no file was written: %1</source>
        <translation>エクスポートが中断され、ファイルは書き出していません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s), every agent matching the filter, to %1.</source>
        <translation>
            <numerusform>フィルターに一致するすべてのエージェント %n 人を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting stopped: the table shows the server&apos;s order.</source>
        <translation>並べ替えを中止しました。表はサーバーの順序で表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>Sorting needs every agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>並べ替えにはすべてのエージェントが必要です。残りの一覧を先に読み込んでいます(%n 人読み込み済み)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n agent(s) fetched from the server…</source>
        <translation>
            <numerusform>エクスポート中: サーバーから %n 人を取得しました…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the export file…</source>
        <translation>エクスポート ファイルを書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) selected. Select one to see the details.</source>
        <translation>
            <numerusform>エージェントを %n 人選択しています。詳細を見るには 1 人だけ選択してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>一括編集(&amp;B)</translation>
    </message>
    <message>
        <source>Builds a bulk change of agents or members in a grid: typed, or pasted from a spreadsheet.</source>
        <translation>エージェントやメンバーの一括変更を表で作成します。入力するか、スプレッドシートから貼り付けます。</translation>
    </message>
    <message>
        <source>Edit groups &amp;per agent…</source>
        <translation>エージェントごとにグループを編集(&amp;P)…</translation>
    </message>
    <message>
        <source>Opens the selected agents in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>選択したエージェントを現在のグループとともに表で開き、エージェントごとに別のグループを指定できます。</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The groups could not be loaded.</source>
        <translation>グループを読み込めません。</translation>
    </message>
    <message>
        <source>No permission group</source>
        <translation>権限グループなし</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The agents could not be loaded: %1</source>
        <translation>エージェントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Looking for agents whose email contains “%1”…</source>
        <translation>メールアドレスに「%1」を含むエージェントを検索中…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>New agent…</source>
        <translation>新しいエージェント…</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: the filters apply to the %n agent(s) loaded.</source>
        <translation>
            <numerusform>読み込みを停止しました。絞り込みは読み込み済みのエージェント %n 人に適用されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) match the filters and are selected.</source>
        <translation>
            <numerusform>絞り込みに一致するエージェント %n 人を選択しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Email contains, or @domain…</source>
        <translation>メールアドレスの一部、または @ドメイン…</translation>
    </message>
    <message>
        <source>Shows the agents whose email contains this text; text that starts with @ is a domain (&quot;@example.com&quot;).</source>
        <translation>メールアドレスにこの文字列を含むエージェントを表示します。@ で始まる場合はドメインです(&quot;@example.com&quot;)。</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>名前の一部…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込み</translation>
    </message>
    <message>
        <source>Shows the agents whose first or last name contains this text. Every agent of the project is loaded for it.</source>
        <translation>名または姓にこの文字列を含むエージェントを表示します。そのためにプロジェクトの全エージェントを読み込みます。</translation>
    </message>
    <message>
        <source>Filter by permission group</source>
        <translation>権限グループで絞り込み</translation>
    </message>
    <message>
        <source>Shows only the members of one permission group, or the agents in no group.</source>
        <translation>1 つの権限グループのメンバーだけ、またはどのグループにも属さないエージェントだけを表示します。</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存したビュー</translation>
    </message>
    <message>
        <source>Filters saved under a name for this connection.</source>
        <translation>この接続に名前を付けて保存した絞り込みです。</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>Save or delete views</source>
        <translation>ビューの保存・削除</translation>
    </message>
    <message>
        <source>Saves the current filters as a named view, or deletes the chosen view.</source>
        <translation>現在の絞り込みを名前付きのビューとして保存するか、選択中のビューを削除します。</translation>
    </message>
    <message>
        <source>&amp;Save the filters as a view…</source>
        <translation>絞り込みをビューとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Delete this view</source>
        <translation>このビューを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;all matching</source>
        <translation>一致をすべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Selects every agent the filters match, not only the rows loaded so far, so that the actions below apply to all of them.</source>
        <translation>読み込み済みの行だけでなく、絞り込みに一致するすべてのエージェントを選択し、下の操作をその全員に適用できるようにします。</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>グループなし</translation>
    </message>
    <message>
        <source>Loading the groups…</source>
        <translation>グループを読み込み中…</translation>
    </message>
    <message>
        <source>(a group that no longer exists)</source>
        <translation>(存在しなくなったグループ)</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>ビュー「%1」を保存しました。</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>ビュー「%1」を削除しました。</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>すべてのエージェント</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <source>Name of the view (the email, name and group filters are saved for this connection):</source>
        <translation>ビューの名前(メール・名前・グループの絞り込みがこの接続に保存されます):</translation>
    </message>
    <message>
        <source>Replace the view “%1”?</source>
        <translation>ビュー「%1」を置き換えますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Loading every agent that matches the filters, to select them all…</source>
        <translation>絞り込みに一致する全エージェントを選択するために読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>Selecting every matching agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>一致する全エージェントを選択中: 残りの一覧を先に読み込んでいます(%n 人読み込み済み)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…</source>
        <translation>
            <numerusform>名前やグループでの絞り込みには全エージェントが必要です。残りの一覧を読み込み中(%n 人読み込み済み)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching agents…</source>
        <translation>一致するエージェントを検索中…</translation>
    </message>
    <message>
        <source>No agent matches these filters.</source>
        <translation>この絞り込みに一致するエージェントはいません。</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>絞り込み中…</translation>
    </message>
</context>
<context>
    <name>Alli::AlliClient</name>
    <message>
        <source>the server&apos;s certificate (%1) expired on %2</source>
        <translation>サーバー証明書(%1)は %2 に期限切れになりました</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) is not valid before %2</source>
        <translation>サーバー証明書(%1)は %2 より前には有効ではありません</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for this address</source>
        <translation>サーバー証明書はこのアドレスではなく %1 のものです</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) has been revoked</source>
        <translation>サーバー証明書(%1)は失効しています</translation>
    </message>
    <message>
        <source>the issuer of the server&apos;s certificate (%1, issued by %2) is not trusted: add the company&apos;s CA certificate (PEM) to the connection</source>
        <translation>サーバー証明書(%1、発行者 %2)の発行者は信頼されていません。会社の CA 証明書(PEM)を接続に追加してください</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>接続設定が使用できません。</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection&apos;s credentials.</source>
        <translation>認証に失敗しました。API キーまたはトークンがないか、無効です（HTTP 401）。接続の認証情報を確認してください。</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer&apos;s IP address is not on the project&apos;s allow-list (HTTP 403).</source>
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
        <source>The server sent a malformed response: field &quot;%1&quot; is missing or invalid.</source>
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
    <message>
        <source>The server refused the request as invalid (HTTP %1).</source>
        <translation>サーバーが不正なリクエストとして拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The API key or token is missing or invalid (%1). Check the connection&apos;s credentials.</source>
        <translation>API キーまたはトークンがないか、無効です（%1）。接続の認証情報を確認してください。</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that Alli Admin does not follow: it follows only a read redirected to the same server address, so that the key or token is never sent to another address. Check the server address of this connection.</source>
        <translation>サーバーが Alli Admin の従わないリダイレクトで応答しました(HTTP %1)。キーやトークンが別のアドレスに送られないよう、同じサーバーアドレスへの読み取り要求のリダイレクトだけに従います。この接続のサーバーアドレスを確認してください。</translation>
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
        <source>The key for &quot;%1&quot; is not stored on this computer. Enter it again.</source>
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
    <message>
        <source>The proxy did not accept the login for %1.</source>
        <translation>プロキシが %1 のログインを受け付けませんでした。</translation>
    </message>
    <message>
        <source>The proxy password is kept for this session only: only a proxy set in the connection&apos;s own settings can keep its password in the keychain.</source>
        <translation>プロキシのパスワードはこのセッションの間だけ保持されます。接続の設定で指定したプロキシだけが、パスワードをキーチェーンに保存できます。</translation>
    </message>
    <message>
        <source>The certificate could not be saved in %1: %2</source>
        <translation>証明書を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>“%1” is now trusted for the connection “%2”.</source>
        <translation>接続「%2」で「%1」を信頼するようになりました。</translation>
    </message>
</context>
<context>
    <name>Alli::BarChart</name>
    <message numerus="yes">
        <source>… and %n more group(s)</source>
        <translation>
            <numerusform>… ほか %n 件のグループ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk</name>
    <message>
        <source>Create users</source>
        <translation>ユーザーの作成</translation>
    </message>
    <message>
        <source>Update users</source>
        <translation>ユーザーの更新</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Invite members</source>
        <translation>メンバーの招待</translation>
    </message>
    <message>
        <source>Update members&apos; permission groups</source>
        <translation>メンバーの権限グループの変更</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Create agents</source>
        <translation>エージェントの作成</translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>エージェントの削除</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>成功 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>無効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>未送信 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (may or may not be applied)</source>
        <translation>
            <numerusform>不明 %n 件（適用されている可能性があります）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows typed in the bulk editor</source>
        <translation>一括エディターで入力した行</translation>
    </message>
    <message>
        <source>Agents selected on the agents page</source>
        <translation>エージェントページで選択したエージェント</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>貼り付けた行</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkJob</name>
    <message>
        <source>An earlier attempt got no usable answer: this row may already be applied.</source>
        <translation>前回の試行で有効な応答がありませんでした。この行はすでに適用されている可能性があります。</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>送信前にキャンセルされました</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>No usable answer; the change may or may not have been applied: %1</source>
        <translation>有効な応答がないため、変更が適用されたかどうか不明です: %1</translation>
    </message>
    <message>
        <source>Not sent: the job stopped after: %1</source>
        <translation>未送信: 次のエラーでジョブが停止しました: %1</translation>
    </message>
    <message>
        <source>The server answered &quot;%1&quot; for this row, which says neither success nor failure: it is checked on the server.</source>
        <translation>サーバーはこの行に「%1」と応答しました。成功とも失敗とも判断できないため、サーバー上で確認します。</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>結果なし</translation>
    </message>
    <message>
        <source>conflicting results</source>
        <translation>矛盾する結果</translation>
    </message>
    <message>
        <source>Failed (no message from the server)</source>
        <translation>失敗(サーバーからのメッセージなし)</translation>
    </message>
    <message>
        <source>The server refused this row, but an earlier attempt may already have applied it: its outcome is unknown until it is looked up on the server. The server said: %1</source>
        <translation>サーバーはこの行を拒否しましたが、以前の試行ですでに適用されている可能性があります。サーバーで照会するまで結果は不明です。サーバーのメッセージ: %1</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkRun</name>
    <message>
        <source>Job %1 has already finished: nothing to resume.</source>
        <translation>ジョブ %1 はすでに終了しています。再開するものはありません。</translation>
    </message>
    <message>
        <source>Job %1 was started on %2, not on %3: connect to the same server to resume it.</source>
        <translation>ジョブ %1 は %3 ではなく %2 で開始されました。再開するには同じサーバーに接続してください。</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>不明なサーバー</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>サーバーなし</translation>
    </message>
    <message>
        <source>The job could not be written to the journal: it is sent, but cannot be resumed if it is interrupted.</source>
        <translation>ジョブをジャーナルに記録できませんでした。送信はされますが、中断された場合は再開できません。</translation>
    </message>
    <message>
        <source>Job %1 cannot be resumed: there is no journal.</source>
        <translation>ジョブ %1 を再開できません。ジャーナルがありません。</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal, or the journal cannot be read.</source>
        <translation>ジャーナルにジョブ %1 がないか、ジャーナルを読み取れません。</translation>
    </message>
    <message>
        <source>Reading the job from the journal…</source>
        <translation>ジャーナルからジョブを読み込んでいます…</translation>
    </message>
    <message>
        <source>Recording the job in the journal…</source>
        <translation>ジョブをジャーナルに記録しています…</translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) that were in flight when the job stopped: %1 done…</source>
        <translation>
            <numerusform>ジョブが止まったときに送信中だった %n 行をサーバーで確認しています: %1 行完了…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) whose outcome is unknown: %1 done…</source>
        <translation>
            <numerusform>結果が不明な %n 行をサーバーで確認しています: %1 行完了…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not applied after a server error or a lost answer; they are sent again shortly.</source>
        <translation>
            <numerusform>サーバーエラーまたは応答の消失の後、%n 行が適用されていませんでした。まもなく再送します。</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 failed</source>
        <translation>%2 行中 %1 行完了、%3 行失敗</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 行/秒</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>sending again the rows that were not applied</source>
        <translation>適用されなかった行を再送中</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after line %1 of %2 were never sent: the job stopped while it was being recorded in the journal. Import those lines again.</source>
        <translation>
            <numerusform>%2 の %1 行目より後の %n 行は送信されていません。ジョブがジャーナルに記録される途中で止まりました。それらの行をもう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were never recorded nor sent: resuming does not send them; import them again.</source>
        <translation>
            <numerusform>ファイルの %n 行は記録も送信もされていません。再開しても送信されないため、もう一度インポートしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::ClipboardTable</name>
    <message>
        <source>The pasted text cannot be read as rows: the quote opened on pasted line %1 is never closed.</source>
        <translation>貼り付けたテキストを行として読み取れません。貼り付けた %1 行目で開いた引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the cells in Excel or LibreOffice, then paste.</source>
        <translation>クリップボードに行がありません。Excel や LibreOffice でセルをコピーしてから貼り付けてください。</translation>
    </message>
    <message>
        <source>The clipboard holds %1 rows; at most %2 can be pasted at once.</source>
        <translation>クリップボードに %1 行あります。一度に貼り付けられるのは最大 %2 行です。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>Pasted line %1 has %2 cells, but the header has %3.</source>
        <translation>貼り付けた %1 行目のセルは %2 個ですが、ヘッダーは %3 個です。</translation>
    </message>
    <message>
        <source>The pasted cells are only a header: copy the rows below it too.</source>
        <translation>貼り付けたセルはヘッダーだけです。その下の行も一緒にコピーしてください。</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::CsvReader</name>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>CSV ファイルではなく Excel ブックです。Excel で [ファイル] &gt; [名前を付けて保存] を選び、「CSV UTF-8」を選択してください。</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>テキスト ファイルではありません。バイナリ データが含まれています。</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel Unicode text)</source>
        <translation>UTF-16 LE (Excel Unicode テキスト)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Korean (windows-949)</source>
        <translation>韓国語 (windows-949)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>日本語 (Shift_JIS)</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid %2 text. Choose another encoding.</source>
        <translation>%1 行目に %2 のテキストとして無効なバイトがあります。別のエンコーディングを選択してください。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Choose another encoding.</source>
        <translation>ファイルは有効な %1 のテキストではありません。別のエンコーディングを選択してください。</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: line %1 is not valid UTF-8, and the file is not Korean (windows-949) or Japanese (Shift_JIS) text either. Choose the encoding.</source>
        <translation>ファイルのエンコーディングを認識できませんでした。%1 行目は有効な UTF-8 ではなく、韓国語 (windows-949) や日本語 (Shift_JIS) のテキストでもありません。エンコーディングを選択してください。</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: it is not UTF-8, UTF-16, Korean (windows-949) or Japanese (Shift_JIS) text. Choose the encoding.</source>
        <translation>ファイルのエンコーディングを認識できませんでした。UTF-8、UTF-16、韓国語 (windows-949)、日本語 (Shift_JIS) のいずれのテキストでもありません。エンコーディングを選択してください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a closing quote &quot; is missing).</source>
        <translation>%1 行目: 引用符で始まるフィールドが閉じられていません (閉じる引用符 &quot; がありません)。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</source>
        <translation>%1 行目: 閉じる引用符の後に予期しないテキストがあります。フィールド内の引用符は 2 つ重ねて (&quot;&quot;) 記述してください。</translation>
    </message>
    <message>
        <source>Line %1: stray quote in a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>%1 行目: 引用符で始まらないフィールドに引用符があります。フィールド全体を引用符で囲み、中の引用符は 2 つ重ねて (&quot;&quot;) 記述してください。</translation>
    </message>
    <message>
        <source>Line %1: the header has %2 columns; at most %3 are accepted.</source>
        <translation>%1 行目: ヘッダーに %2 列あります。使用できるのは最大 %3 列です。</translation>
    </message>
    <message>
        <source>Line %1: the header names the column &quot;%2&quot; twice. Column names must be unique.</source>
        <translation>%1 行目: ヘッダーに列「%2」が 2 回あります。列名は重複できません。</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3 columns.</source>
        <translation>%1 行目のセルは %2 個ですが、ヘッダーの列は %3 個です。</translation>
    </message>
    <message>
        <source>Line %1 is a header with no data rows after it. The file has no data rows.</source>
        <translation>%1 行目はヘッダーで、その後にデータ行がありません。ファイルにデータ行がありません。</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused. Split it into smaller files.</source>
        <translation>ファイルのサイズは %1 MB です。%2 MB を超えるファイルは処理できません。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (line %1 contains a NUL byte).</source>
        <translation>テキストファイルではありません: バイナリデータが含まれています(%1 行目に NUL バイトがあります)。</translation>
    </message>
    <message>
        <source>The file mixes encodings: line %1 is UTF-8 text but line %2 is not. Save the whole file in one encoding (in Excel: &quot;CSV UTF-8&quot;).</source>
        <translation>ファイル内でエンコーディングが混在しています: %1 行目は UTF-8 ですが、%2 行目は違います。ファイル全体を一つのエンコーディングで保存してください(Excel では「CSV UTF-8」)。</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>「%1」列</translation>
    </message>
    <message>
        <source>Line %1, %2: the cell has %3 characters; at most %4 are accepted.</source>
        <translation>%1 行目、%2: セルが %3 文字あります。受け付けるのは最大 %4 文字です。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; files over %1 MB are refused. Split it into smaller files.</source>
        <translation>ファイルが %1 MB を超えています。%1 MB を超えるファイルは受け付けません。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>More than %1 lines of the file cannot be read; the first is line %2: %3</source>
        <translation>ファイルの %1 行を超える行を読み取れません。最初は %2 行目です: %3</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::JobJournal</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>ジョブ記録 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the job journal %1: %2</source>
        <translation>ジョブ記録 %1 を準備できません: %2</translation>
    </message>
    <message>
        <source>The app stopped before the answer arrived: this row may or may not be applied.</source>
        <translation>応答を受け取る前にアプリが終了しました。この行が適用されたかどうかは不明です。</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::OperationSpec</name>
    <message>
        <source>User ID (ownUserId)</source>
        <translation>ユーザー ID (ownUserId)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>権限グループ</translation>
    </message>
    <message>
        <source>Permission group</source>
        <translation>権限グループ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>属性: %1</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>顧客グループ</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>A two-letter ISO 639-1 language code, such as ko, ja or en.</source>
        <translation>2文字の ISO 639-1 言語コード（ko、ja、en など）です。</translation>
    </message>
    <message>
        <source>A permission group of the project. Separate several groups with “;”.</source>
        <translation>プロジェクトの権限グループです。複数のグループは「;」で区切ってください。</translation>
    </message>
    <message>
        <source>A permission group of the project.</source>
        <translation>プロジェクトの権限グループです。</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Reconciler</name>
    <message>
        <source>no connection</source>
        <translation>接続がありません</translation>
    </message>
    <message>
        <source>Verified on the server: the user no longer exists.</source>
        <translation>サーバーで確認済み: ユーザーはもう存在しません。</translation>
    </message>
    <message>
        <source>Not applied: the server has no user &quot;%1&quot; (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>未適用: サーバーにユーザー「%1」がありません（有効な応答がなかったため確認）。失敗した行を再試行して再送してください。</translation>
    </message>
    <message>
        <source>Not applied: the user still exists on the server (checked after no usable answer).</source>
        <translation>未適用: ユーザーはまだサーバーに存在します（有効な応答がなかったため確認）。</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row.</source>
        <translation>サーバーで確認済み: ユーザーはこの行のデータを持っています。</translation>
    </message>
    <message>
        <source>Verified on the server: the agent exists.</source>
        <translation>サーバーで確認済み: エージェントが存在します。</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is a member.</source>
        <translation>サーバーで確認済み: %1 はメンバーです。</translation>
    </message>
    <message>
        <source>Verified on the server: the agent no longer exists.</source>
        <translation>サーバーで確認済み: エージェントはもう存在しません。</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is no longer a member.</source>
        <translation>サーバーで確認済み: %1 はもうメンバーではありません。</translation>
    </message>
    <message>
        <source>Not applied: %1 is still on the server (checked after no usable answer).</source>
        <translation>未適用: %1 はまだサーバーにあります（有効な応答がなかったため確認）。</translation>
    </message>
    <message>
        <source>Not applied: %1 is not on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>未適用: %1 はサーバーにありません（有効な応答がなかったため確認）。失敗した行を再試行して再送してください。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>Not applied: the permission group &quot;%1&quot; does not exist on the server.</source>
        <translation>未適用: 権限グループ「%1」はサーバーに存在しません。</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is in the groups of this row.</source>
        <translation>サーバーで確認済み: %1 はこの行のグループに所属しています。</translation>
    </message>
    <message>
        <source>Not applied: %1 is not in %2 on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>未適用: サーバー上で %1 は %2 に所属していません（有効な応答がなかったため確認）。失敗した行を再試行して再送してください。</translation>
    </message>
    <message>
        <source>Could not be checked on the server (%1).</source>
        <translation>サーバーで確認できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Not applied: on the server, %1 differ from this row (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>未適用: サーバー上の %1 がこの行と異なります（有効な応答がなかったため確認）。失敗した行を再試行して再送してください。</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row that the server shows (not shown, so not compared: %1).</source>
        <translation>サーバーで確認済み: サーバーが返すこの行のデータはユーザーに反映されています(返されないため比較していない項目: %1)。</translation>
    </message>
    <message>
        <source>Verified on the server: the user exists (the server does not show %1, so they were not compared).</source>
        <translation>サーバーで確認済み: ユーザーは存在します(サーバーが %1 を返さないため、比較していません)。</translation>
    </message>
    <message>
        <source>the server&apos;s answer shows none of this row&apos;s fields (%1)</source>
        <translation>サーバーの応答にこの行の項目が一つもありません(%1)</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Report</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::RowValidator</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 が空です。</translation>
    </message>
    <message>
        <source>No column is mapped to %1.</source>
        <translation>%1 に対応付けられた列がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already appears on line %3.</source>
        <translation>%1「%2」は %3 行目にすでにあります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1) such as ko, ja or en.</source>
        <translation>「%1」は ko、ja、en のような 2 文字の言語コード (ISO 639-1) ではありません。</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist; it will be created.</source>
        <translation>権限グループ「%1」は存在しません。新しく作成されます。</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist.</source>
        <translation>権限グループ「%1」は存在しません。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains an invisible character (%3) at position %4. Type the value again.</source>
        <translation>%1「%2」の %4 文字目に見えない文字 (%3) があります。値を入力し直してください。</translation>
    </message>
    <message>
        <source>Permission groups &quot;%1&quot; names no group. Separate group names with ; or |.</source>
        <translation>権限グループ「%1」にグループ名がありません。グループ名は ; または | で区切ってください。</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; names no attribute: name it &quot;attribute.&lt;name&gt;&quot;.</source>
        <translation>「%1」列に属性名がありません: 「attribute.&lt;名前&gt;」の形にしてください。</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are accepted.</source>
        <translation>パスワードが %1 文字あります。受け付けるのは最大 %2 文字です。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>%1 already exists: switch to &quot;Update users&quot;, or leave this row out.</source>
        <translation>%1 は既に存在します。「ユーザーを更新」に切り替えるか、この行を除外してください。</translation>
    </message>
    <message>
        <source>%1 is already an agent of this project: leave this row out.</source>
        <translation>%1 は既にこのプロジェクトのエージェントです。この行を除外してください。</translation>
    </message>
    <message>
        <source>%1 was not found: switch to &quot;Create users&quot;, or leave this row out.</source>
        <translation>%1 が見つかりません。「ユーザーを作成」に切り替えるか、この行を除外してください。</translation>
    </message>
    <message>
        <source>%1 is not a member of this project: switch to &quot;Invite members&quot;, or leave this row out.</source>
        <translation>%1 はこのプロジェクトのメンバーではありません。「メンバーを招待」に切り替えるか、この行を除外してください。</translation>
    </message>
    <message>
        <source>%1 was not found: there is nothing to change, leave this row out.</source>
        <translation>%1 が見つからないため、変更する対象がありません。この行を除外してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a spreadsheet formula. It is sent as plain text, exactly as written.</source>
        <translation>「%1」はスプレッドシートの数式のように見えます。書かれたとおりの文字列として送信します。</translation>
    </message>
    <message>
        <source>The password must have three of: lowercase letters, uppercase letters, digits, other characters.</source>
        <translation>パスワードには、英小文字・英大文字・数字・その他の文字のうち 3 種類が必要です。</translation>
    </message>
    <message>
        <source>%1 Sent anyway, as asked: the server decides.</source>
        <translation>%1 指定どおりそのまま送信します。判断はサーバーが行います。</translation>
    </message>
    <message>
        <source>%1 Alli does not document this rule: the row can be sent anyway.</source>
        <translation>%1 Alli のドキュメントにない規則のため、この行はそのまま送信することもできます。</translation>
    </message>
    <message>
        <source>The password has fewer than %1 characters.</source>
        <translation>パスワードが %1 文字未満です。</translation>
    </message>
    <message>
        <source>%1 is already a member: their groups are updated.</source>
        <translation>%1 は既にメンバーです。グループが更新されます。</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::TableFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not fit in an Excel sheet (at most 1,048,575 below the header): save as CSV instead.</source>
        <translation>
            <numerusform>%n 行は Excel のシートに収まりません（見出しの下に最大 1,048,575 行）。CSV で保存してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) do not fit in an Excel sheet (at most 16,384): save as CSV instead.</source>
        <translation>
            <numerusform>%n 列は Excel のシートに収まりません（最大 16,384 列）。CSV で保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>一時ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>ブックを作成できません。</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: the cell holds %3 characters, more than the %4 an Excel cell can hold. Save as CSV instead.</source>
        <translation>%1 行目、「%2」列: セルに %3 文字あり、Excel のセルに入る %4 文字を超えています。CSV で保存してください。</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>%1 行目、「%2」列: %3</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>ブックを書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>ファイルを書き込めません。</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::XlsxReader</name>
    <message>
        <source>the workbook&apos;s ZIP directory is damaged</source>
        <translation>ブックの ZIP ディレクトリが壊れています</translation>
    </message>
    <message>
        <source>it holds more than %1 parts</source>
        <translation>%1 個を超える部分を含んでいます</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB</source>
        <translation>展開すると %1 MB を超えます</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>パーツ %1 がありません</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>パーツ %1 を開けません</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>パーツ %1 が壊れています</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than its stated size</source>
        <translation>パーツ %1 が記載のサイズより大きく展開されます</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
        <translation>パーツ %1 が壊れています(チェックサム)</translation>
    </message>
    <message>
        <source>This Excel workbook cannot be read: %1. Open it in Excel and save it again as .xlsx, or use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>この Excel ブックを読み込めません: %1。Excel で開いて .xlsx として保存し直すか、ファイル &gt; 名前を付けて保存で「CSV UTF-8」を選んでください。</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3)</source>
        <translation>パーツ %1 が正しい XML ではありません(%2 行目: %3)</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (%1)</source>
        <translation>Excel ブックではありません(%1)</translation>
    </message>
    <message>
        <source>This workbook contains macros (.xlsm), which Alli Admin never runs or reads. In Excel, save a copy as &quot;Excel Workbook (.xlsx)&quot; and import that.</source>
        <translation>このブックにはマクロ(.xlsm)が含まれています。Alli Admin はマクロを実行も読み込みもしません。Excel で「Excel ブック (.xlsx)」としてコピーを保存し、それをインポートしてください。</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>シートがありません</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: %3</source>
        <translation>シート「%1」、セル %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 rows, the limit.</source>
        <translation>シート「%1」の行数が上限の %2 行を超えています。</translation>
    </message>
    <message>
        <source>column %1 is beyond the limit of %2 columns</source>
        <translation>%1 列目は %2 列の上限を超えています</translation>
    </message>
    <message>
        <source>it refers to a text that the workbook does not have</source>
        <translation>ブックにないテキストを参照しています</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>the cell holds %1 characters, more than %2</source>
        <translation>セルの文字数 %1 が %2 を超えています</translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML (line %2: %3)</source>
        <translation>シート「%1」が正しい XML ではありません(%2 行目: %3)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>壊れているか不完全です</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>ブックに「%1」というシートはありません。シートは %2 です。</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>シート「%1」は空です。</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” is empty: it cannot be the header.</source>
        <translation>シート「%2」の %1 行目は空のため、ヘッダーにできません。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the header names “%3” twice (columns %4 and %5).</source>
        <translation>シート「%1」、%2 行目: ヘッダーに「%3」が 2 回あります(%4 列と %5 列)。</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: it has a value, but its column has no name in the header (row %3).</source>
        <translation>シート「%1」、セル %2: 値がありますが、その列の名前がヘッダー(%3 行目)にありません。</translation>
    </message>
    <message>
        <source>the sheet “%1” lists row %2 after row %3</source>
        <translation>シート「%1」で %2 行目が %3 行目の後にあります</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header (row %2) but no rows below it.</source>
        <translation>シート「%1」にはヘッダー(%2 行目)がありますが、その下に行がありません。</translation>
    </message>
    <message>
        <source>a DTD is not allowed</source>
        <translation>DTD は許可されていません</translation>
    </message>
    <message>
        <source>The header has merged cells (%1): only the first cell of each has a name; the others are named by their column letter.</source>
        <translation>見出しに結合されたセルがあります（%1）。各範囲の最初のセルだけが名前を持ち、ほかは列の文字で呼ばれます。</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of merged cells below the header (%1): the value is in the first cell only, the other cells are imported empty.</source>
        <translation>
            <numerusform>見出しの下に結合されたセルの範囲が %n 個あります（%1）。値は最初のセルだけにあり、ほかのセルは空として読み込まれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in Excel are imported too (rows %1). Leave them out in the preview if they should not be sent.</source>
        <translation>
            <numerusform>Excel で非表示の %n 行も読み込まれます（%1 行目）。送信しない場合はプレビューで除外してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hidden in Excel are read too (%1): map them to “(not used)” if they should not be sent.</source>
        <translation>
            <numerusform>Excel で非表示の %n 列も読み込まれます（%1）。送信しない場合は「（使用しない）」に割り当ててください。</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML after cell %2 (line %3, column %4: %5)</source>
        <translation>シート「%1」はセル %2 の後から整形式の XML ではありません（%3 行 %4 列: %5）</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls) or a password-protected one, which Alli Admin does not read. In Excel, open it and save it as &quot;Excel Workbook (.xlsx)&quot; without a password (File &gt; Save As), then import that file.</source>
        <translation>古い形式の Excel ブック（.xls）またはパスワードで保護されたブックのため、Alli Admin では読み込みません。Excel で開き、パスワードなしの「Excel ブック (.xlsx)」として保存してから（ファイル &gt; 名前を付けて保存）、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>its sheet %1 has no name</source>
        <translation>%1 番目のシートに名前がありません</translation>
    </message>
    <message>
        <source>its sheets “%1” and “%2” have the same name</source>
        <translation>シート「%1」と「%2」の名前が同じです</translation>
    </message>
</context>
<context>
    <name>Alli::BulkEditorDialog</name>
    <message>
        <source>Add rows from a CSV file</source>
        <translation>CSV ファイルから行を追加</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>行を保存</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>行を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Bulk edit: %1</source>
        <translation>一括編集: %1</translation>
    </message>
    <message>
        <source>Type or paste rows; every cell is checked as it changes. Send sends the rows that are ready, and each row&apos;s result appears in the Result column. Rows that failed can be fixed and sent again.</source>
        <translation>行を入力または貼り付けてください。セルは変更のたびに検査されます。送信すると準備のできた行が送られ、各行の結果は「結果」列に表示されます。失敗した行は修正して再送できます。</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>行を挿入</translation>
    </message>
    <message>
        <source>Insert empty rows above the selection (Ctrl++)</source>
        <translation>選択範囲の上に空の行を挿入します (Ctrl++)</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-)</source>
        <translation>選択した行を削除します (Ctrl+-)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>行を貼り付け</translation>
    </message>
    <message>
        <source>Add the rows copied in a spreadsheet, with or without their header row</source>
        <translation>スプレッドシートでコピーした行を追加します (見出し行の有無は問いません)</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>検索と置換</translation>
    </message>
    <message>
        <source>Find (Ctrl+F) and replace (Ctrl+H) text in the cells</source>
        <translation>セルのテキストを検索 (Ctrl+F)・置換 (Ctrl+H) します</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>Go to the next cell with an error (F8; Shift+F8 goes back)</source>
        <translation>エラーのある次のセルへ移動します (F8、Shift+F8 で前へ)</translation>
    </message>
    <message>
        <source>Add from CSV…</source>
        <translation>CSV から追加…</translation>
    </message>
    <message>
        <source>Save rows…</source>
        <translation>行を保存…</translation>
    </message>
    <message>
        <source>Save the rows as a CSV file (passwords are not written)</source>
        <translation>行を CSV ファイルに保存します (パスワードは書き込みません)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>検索(&amp;I):</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>置換後(&amp;W):</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Send rows anyway that break only rules Alli does not document</source>
        <translation>Alli が文書化していない規則にだけ反する行も送信する</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>同時リクエスト数(&amp;F):</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>送信する行</translation>
    </message>
    <message>
        <source>The agents&apos; current groups could not be read: %1</source>
        <translation>エージェントの現在のグループを読み込めません: %1</translation>
    </message>
    <message>
        <source>The project&apos;s groups could not be read (%1): group names are not checked.</source>
        <translation>プロジェクトのグループを読み込めません (%1)。グループ名は検査されません。</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) with their current groups: change the groups cells, then send. Only the rows that change are sent.</source>
        <translation>
            <numerusform>%n 人のエージェントと現在のグループです。グループのセルを変更してから送信してください。変更した行だけが送信されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (F8 goes to the next one)</source>
        <translation>
            <numerusform>問題あり %n 行 (F8 で次へ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>変更なし %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>成功 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>不明 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to send</source>
        <translation>
            <numerusform>送信準備完了 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>(reading the project&apos;s groups…)</source>
        <translation>(プロジェクトのグループを読み込み中…)</translation>
    </message>
    <message numerus="yes">
        <source>Send again (%n)</source>
        <translation>
            <numerusform>再送信 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send (%n)</source>
        <translation>
            <numerusform>送信 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>%n 行を追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n 行を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns this change has no use for were left out: %1.</source>
        <translation>この変更で使わない列は除外しました: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>何も貼り付けられませんでした: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>No row is ready to send.</source>
        <translation>送信できる行がありません。</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>再送信</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may already be applied: their outcome could not be checked.</source>
        <translation>
            <numerusform>%n 行はすでに適用されている可能性があります。結果を確認できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending them again can fail with &quot;already exists&quot;, or repeat a change. Check them on the server first if in doubt.</source>
        <translation>再送信すると「すでに存在します」で失敗したり、変更が繰り返されたりすることがあります。不明な場合は先にサーバーで確認してください。</translation>
    </message>
    <message>
        <source>Fix the rows that failed and send again; rows that succeeded are kept as they are.</source>
        <translation>失敗した行を修正して再送信してください。成功した行はそのまま残ります。</translation>
    </message>
    <message>
        <source>The kept rows could not be read: %1</source>
        <translation>保存しておいた行を読み込めません: %1</translation>
    </message>
    <message>
        <source>Rows of this change were kept when the editor closed on %1.</source>
        <translation>%1 にエディターを閉じたとき、この変更の行を保存しました。</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>エディターを閉じる</translation>
    </message>
    <message>
        <source>Keep the rows that were not sent for next time?</source>
        <translation>送信していない行を次回のために保存しますか?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when this editor opens again. Passwords are not saved.</source>
        <translation>このコンピューターに保存され、このエディターを次に開いたときに復元できます。パスワードは保存されません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV ファイルと Excel ブック (*.csv *.txt *.tsv *.xlsx *.xls);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>行を %1 として保存しています…</translation>
    </message>
</context>
<context>
    <name>Alli::BulkResultsModel</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>User or email</source>
        <translation>ユーザーまたはメールアドレス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Alli::BulkRunPanel</name>
    <message>
        <source>Cancel sending</source>
        <translation>送信をキャンセル</translation>
    </message>
    <message>
        <source>Rows that were not sent yet will not be sent. Requests already on their way still finish.</source>
        <translation>まだ送信していない行は送信しません。送信中のリクエストは最後まで処理されます。</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>再開(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>失敗した行を再試行</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) got no usable answer and may already be applied. They will be sent again.</source>
        <translation>
            <numerusform>%n 行は有効な応答がなく、すでに適用されている可能性があります。これらの行を再送信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Saved the undo file as %1. Open it in “Import CSV…” to undo the rows that succeeded.</source>
        <translation>元に戻すファイルを %1 に保存しました。成功した行を元に戻すには「CSV をインポート…」で開いてください。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>Save undo file</source>
        <translation>取り消し用ファイルを保存</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>送信をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Failed or unknown</source>
        <translation>失敗または不明</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>レポートを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation>失敗した行を再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Save &amp;undo file…</source>
        <translation>取り消し用ファイルを保存(&amp;U)…</translation>
    </message>
    <message>
        <source>Saving the report as %1…</source>
        <translation>レポートを %1 として保存しています…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Saving the undo file as %1…</source>
        <translation>元に戻すファイルを %1 として保存しています…</translation>
    </message>
</context>
<context>
    <name>Alli::CertificateTrustDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server %1 presented a certificate that this computer does not trust.&lt;/b&gt; Companies that inspect TLS traffic issue such certificates with their own root. Compare the fingerprints with the ones your IT department publishes before you trust it.</source>
        <translation>&lt;b&gt;サーバー %1 が、このコンピューターの信頼しない証明書を提示しました。&lt;/b&gt;TLS 通信を検査する企業は、自社のルートでこのような証明書を発行します。信頼する前に、フィンガープリントを IT 部門が公開しているものと照合してください。</translation>
    </message>
    <message>
        <source>Certificate for:</source>
        <translation>証明書の対象:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有効期間:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Issuer&apos;s certificate:</source>
        <translation>発行者の証明書:</translation>
    </message>
    <message>
        <source>Issuer&apos;s SHA-256:</source>
        <translation>発行者の SHA-256:</translation>
    </message>
    <message>
        <source>Issuer valid:</source>
        <translation>発行者の有効期間:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <source>The server did not send its issuer&apos;s certificate, so it cannot be trusted from here. Ask your IT department for the company&apos;s root certificate (a PEM file) and add it to the connection: File &gt; Edit connection…, Advanced, &quot;Extra CA certificates&quot;.</source>
        <translation>サーバーが発行者の証明書を送らなかったため、ここでは信頼できません。IT 部門に会社のルート証明書(PEM ファイル)を依頼し、接続に追加してください: ファイル &gt; 接続を編集…、詳細設定、「追加の CA 証明書」。</translation>
    </message>
    <message>
        <source>Trusting it adds the issuer&apos;s certificate to the connection &quot;%1&quot; only, beside the system&apos;s certificates. It can be removed under File &gt; Edit connection…, Advanced.</source>
        <translation>信頼すると、発行者の証明書がシステムの証明書に加えて接続「%1」にだけ追加されます。ファイル &gt; 接続を編集…、詳細設定で削除できます。</translation>
    </message>
    <message>
        <source>&amp;Trust this issuer for this connection</source>
        <translation>この接続でこの発行者を信頼(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Alli::Cli::CliRunner</name>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>ドライラン: 何も送信していません。</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Rows that would be sent: %1</source>
        <translation>送信される行: %1</translation>
    </message>
    <message>
        <source>Requests that would be sent: %1</source>
        <translation>送信されるリクエスト: %1</translation>
    </message>
    <message>
        <source>Invalid rows (never sent): %1</source>
        <translation>無効な行（送信しない）: %1</translation>
    </message>
    <message>
        <source>Bulk changes to an Alli project from a CSV file. The API key is read from the environment variable ALLI_API_KEY.</source>
        <translation>CSV ファイルから Alli プロジェクトを一括変更します。API キーは環境変数 ALLI_API_KEY から読み取ります。</translation>
    </message>
    <message>
        <source>Server address (HTTPS; HTTP only for this computer).</source>
        <translation>サーバーのアドレス（HTTPS。HTTP はこのコンピューターのみ）。</translation>
    </message>
    <message>
        <source>Alli region: us or ja (default: us).</source>
        <translation>Alli のリージョン: us または ja（既定: us）。</translation>
    </message>
    <message>
        <source>Project id sent with every request.</source>
        <translation>すべてのリクエストで送信するプロジェクト ID。</translation>
    </message>
    <message>
        <source>users: create, update, delete; members: invite, update-groups, remove; agents: create, delete.</source>
        <translation>users: create, update, delete / members: invite, update-groups, remove / agents: create, delete</translation>
    </message>
    <message>
        <source>File encoding: auto, utf-8, windows-949 or shift_jis (default: auto).</source>
        <translation>ファイルのエンコーディング: auto、utf-8、windows-949、shift_jis（既定: auto）。</translation>
    </message>
    <message>
        <source>Delimiter: auto, comma, semicolon or tab (default: auto).</source>
        <translation>区切り文字: auto、comma、semicolon、tab（既定: auto）。</translation>
    </message>
    <message>
        <source>Validate and say what would be sent; send nothing.</source>
        <translation>検証して送信内容を表示します。何も送信しません。</translation>
    </message>
    <message>
        <source>Requests in flight (1-16, default: 4).</source>
        <translation>同時に送信するリクエスト数（1～16、既定: 4）。</translation>
    </message>
    <message>
        <source>users, members or agents</source>
        <translation>users、members、agents のいずれか</translation>
    </message>
    <message>
        <source>the command: import</source>
        <translation>コマンド: import</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>CSV ファイル</translation>
    </message>
    <message>
        <source>Run alli-admin-cli --help for the usage.</source>
        <translation>使い方は alli-admin-cli --help を実行してください。</translation>
    </message>
    <message>
        <source>Expected: users|members|agents import FILE --action ACTION</source>
        <translation>形式: users|members|agents import FILE --action ACTION</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;: use users, members or agents.</source>
        <translation>不明な対象「%1」: users、members、agents のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--action is required.</source>
        <translation>--action が必要です。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for %2: use %3.</source>
        <translation>%2 に対する不明な操作「%1」: %3 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8, windows-949 or shift_jis.</source>
        <translation>不明なエンコーディング「%1」: auto、utf-8、windows-949、shift_jis のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use auto, comma, semicolon or tab.</source>
        <translation>不明な区切り文字「%1」: auto、comma、semicolon、tab のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16.</source>
        <translation>--concurrency は 1～16 の数値で指定してください。</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the folder does not exist.</source>
        <translation>レポートを「%1」に書き込めません: フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Use either --base-url or --region, not both.</source>
        <translation>--base-url と --region のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>無効なサーバーアドレス「%1」。</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;: use us or ja.</source>
        <translation>不明なリージョン「%1」: us または ja を指定してください。</translation>
    </message>
    <message>
        <source>Set the environment variable ALLI_API_KEY to the project&apos;s API key.</source>
        <translation>環境変数 ALLI_API_KEY にプロジェクトの API キーを設定してください。</translation>
    </message>
    <message>
        <source>%1 (a column named %2)</source>
        <translation>%1（列名: %2）</translation>
    </message>
    <message>
        <source>Required column missing: %1.</source>
        <translation>必須の列がありません: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (encoding %1, delimiter %2).</source>
        <translation>
            <numerusform>%n 行を読み込みました（エンコーディング %1、区切り文字 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>サーバーが認証情報を拒否しました: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>認証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n 行を送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 rows done, %3 failed, %4 rows/s</source>
        <translation>%1/%2 行完了、%3 行失敗、毎秒 %4 行</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>%1 行目: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the report.</source>
        <translation>
            <numerusform>…ほか %n 件。レポートを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>…ほか %n 件の問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: %2</source>
        <translation>レポートを「%1」に書き込めません: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <source>Interrupted: waiting for the requests in flight; nothing more is sent.</source>
        <translation>中断: 送信中のリクエストの完了を待っています。これ以上は送信しません。</translation>
    </message>
    <message>
        <source>Interrupted before sending.</source>
        <translation>送信前に中断しました。</translation>
    </message>
    <message>
        <source>Do not look up, after the job, the rows whose outcome is unknown.</source>
        <translation>ジョブの後、結果が不明な行をサーバーで照会しません。</translation>
    </message>
    <message>
        <source>alli-admin-cli jobs: list the journalled jobs; alli-admin-cli resume [JOB]: resume an interrupted job (the newest unfinished one by default).</source>
        <translation>alli-admin-cli jobs: ジャーナルに記録されたジョブの一覧; alli-admin-cli resume [JOB]: 中断したジョブの再開（既定は最新の未完了ジョブ）。</translation>
    </message>
    <message>
        <source>Expected: jobs</source>
        <translation>想定される形式: jobs</translation>
    </message>
    <message>
        <source>Expected: resume [JOB]</source>
        <translation>想定される形式: resume [JOB]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job number; see alli-admin-cli jobs.</source>
        <translation>「%1」はジョブ番号ではありません。alli-admin-cli jobs を確認してください。</translation>
    </message>
    <message>
        <source>resume takes the action and the rows from the journal: leave out --action and --dry-run.</source>
        <translation>resume は操作と行をジャーナルから取得します。--action と --dry-run を外してください。</translation>
    </message>
    <message>
        <source>Job %1 (resume it after an interruption with: alli-admin-cli resume %1)</source>
        <translation>ジョブ %1（中断した場合の再開: alli-admin-cli resume %1）</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>まだジョブはありません。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>There is no job to resume.</source>
        <translation>再開するジョブはありません。</translation>
    </message>
    <message>
        <source>There is no unfinished job to resume.</source>
        <translation>再開する未完了のジョブはありません。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more line(s) that cannot be read.</source>
        <translation>
            <numerusform>…ほかに読み取れない行が %n 行あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file cannot be read; nothing was sent. Fix them and run again.</source>
        <translation>
            <numerusform>ファイルの %n 行を読み取れないため、何も送信していません。修正してからもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no unfinished job of %1 to resume. %2</source>
        <translation>再開できる %1 の未完了ジョブはありません。%2</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are looked up before anything is sent, %6 to send.</source>
        <translation>ジョブ %1 を再開 (%2、%3): %4 行は確定済み、%5 行は送信中だったため送信前にサーバーで確認、%6 行を送信。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Looked up on the server: %1 row(s) found applied; %2 found not applied and sent again.</source>
        <translation>サーバーで確認: %1 行は適用済み、%2 行は未適用のため再送。</translation>
    </message>
    <message>
        <source>Interrupted: the rows not looked up yet stay unknown.</source>
        <translation>中断しました: まだ確認していない行は結果不明のままです。</translation>
    </message>
    <message>
        <source>Also send the rows that break only rules of this program that Alli does not document (a short password, an unusual e-mail address, a group not found…): the server decides.</source>
        <translation>Alli のドキュメントにないこのプログラムの規則（短いパスワード、珍しいメールアドレス、見つからないグループなど）にだけ反する行も送信します。判断はサーバーが行います。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) break only rules that Alli does not document; run again with --allow-warnings to send them and let the server decide.</source>
        <translation>
            <numerusform>%n 行は Alli のドキュメントにない規則にだけ反しています。これらを送信してサーバーに判断させるには、--allow-warnings を付けて再実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a company&apos;s TLS inspection root), together with the system&apos;s.</source>
        <translation>この PEM ファイルの CA 証明書(会社の TLS 検査用ルート証明書)も、システムの証明書とあわせて信頼します。</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the sheet to read (default: the first sheet with data).</source>
        <translation>Excel ブック(.xlsx): 読み込むシート(既定: データのある最初のシート)。</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the row of the header (default: the first row as wide as the data, below any title rows).</source>
        <translation>Excel ブック(.xlsx): ヘッダーの行(既定: タイトル行の下で、データと同じ幅の最初の行)。</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1: &quot;%1&quot;.</source>
        <translation>--header-row には 1 以上の行番号を指定します: &quot;%1&quot;。</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from the sheet “%1”.</source>
        <translation>
            <numerusform>シート「%1」から %n 行を読み込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the per-row report to this file: an Excel workbook when its name ends in .xlsx, CSV otherwise.</source>
        <translation>行ごとのレポートをこのファイルに書き込みます。名前が .xlsx で終わる場合は Excel ブック、それ以外は CSV です。</translation>
    </message>
    <message>
        <source>Send the requests through this proxy: http://[user:password@]host:port or socks5://host:port (default: the system&apos;s proxy, or HTTPS_PROXY / HTTP_PROXY from the environment, where pac+URL names a PAC file; NO_PROXY lists the hosts that bypass either). A proxy that asks for a login and has none in its address gets ALLI_PROXY_USER and ALLI_PROXY_PASSWORD.</source>
        <translation>リクエストをこのプロキシ経由で送信します: http://[ユーザー:パスワード@]ホスト:ポート または socks5://ホスト:ポート（既定: システムのプロキシ、または環境変数 HTTPS_PROXY / HTTP_PROXY。pac+URL は PAC ファイルを指します。NO_PROXY にはどちらの場合もプロキシを経由しないホストを列挙します）。ログインを求めるプロキシのアドレスにログインがない場合は、ALLI_PROXY_USER と ALLI_PROXY_PASSWORD を使います。</translation>
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
    <message>
        <source>%1 &quot;%2&quot; has characters other than plain ASCII letters, digits and signs. Alli documents other characters (the &quot;base64:&quot; form) only for OWN-USER-ID: use an ASCII address here.</source>
        <translation>%1「%2」に半角英数字・記号以外の文字が含まれています。Alli がそれ以外の文字（「base64:」形式）を認めると記載しているのは OWN-USER-ID だけです。ここには ASCII のアドレスを使ってください。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>CA 証明書ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>ファイル %1 に PEM 証明書(&quot;-----BEGIN CERTIFICATE-----&quot;)がありません。</translation>
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
    <name>Alli::FieldTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n 個のフィールド}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の項目]</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>なし (null)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>顧客グループ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>%1 (field “%2”)</source>
        <translation>%1(フィールド「%2」)</translation>
    </message>
</context>
<context>
    <name>Alli::GridEditing</name>
    <message>
        <source>Edit a cell</source>
        <translation>セルの編集</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>下方向へコピー</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>セルをクリア</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>Previous problem</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <source>Select the cell where the pasted cells should start.</source>
        <translation>貼り付けを始めるセルを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell outside the table and were left out.</source>
        <translation>
            <numerusform>貼り付けたセルのうち %n 個は表の外にはみ出したため除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to fill: the top one of each column is copied down.</source>
        <translation>コピー先のセルを選択してください。各列の一番上のセルが下へコピーされます。</translation>
    </message>
    <message>
        <source>No cell has an error.</source>
        <translation>エラーのあるセルはありません。</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>行を挿入</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>The rows cannot be changed while they are being sent.</source>
        <translation>送信中は行を変更できません。</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>%n 行を挿入</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to delete.</source>
        <translation>削除する行を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n 行を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell contains &quot;%1&quot;.</source>
        <translation>「%1」を含むセルはありません。</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>No cell that can be edited contains &quot;%1&quot;.</source>
        <translation>「%1」を含む編集可能なセルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>%n 個のセルで置換しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
</context>
<context>
    <name>Alli::GroupMembersModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsDialog</name>
    <message>
        <source>Revert every group</source>
        <translation>すべてのグループを元に戻す</translation>
    </message>
    <message>
        <source>Change a permission</source>
        <translation>権限を変更</translation>
    </message>
    <message>
        <source>Permissions of several groups</source>
        <translation>複数グループの権限</translation>
    </message>
    <message>
        <source>Tick the boxes of any group. Select cells across groups, then Check or Uncheck, to give or take a permission in every one of them. Nothing is sent until Apply, which lists every change first.</source>
        <translation>どのグループのボックスもチェックできます。複数のグループにまたがってセルを選択し、「チェック」または「チェックを外す」を押すと、そのすべてのグループに権限を付与または削除します。「適用」を押すまで何も送信されず、適用の前にすべての変更が一覧表示されます。</translation>
    </message>
    <message>
        <source>Follow &amp;dependencies</source>
        <translation>依存関係に従う(&amp;D)</translation>
    </message>
    <message>
        <source>Checking a permission also checks what it needs, and unchecking one also unchecks what needs it (this app&apos;s guess of the dependencies).</source>
        <translation>権限をチェックすると必要な権限もチェックし、チェックを外すとその権限を必要とする権限も外します (依存関係はこのアプリの推定です)。</translation>
    </message>
    <message>
        <source>C&amp;heck selected</source>
        <translation>選択をチェック(&amp;H)</translation>
    </message>
    <message>
        <source>Gives the permissions of the selected cells to their groups.</source>
        <translation>選択したセルの権限をそのグループに付与します。</translation>
    </message>
    <message>
        <source>&amp;Uncheck selected</source>
        <translation>選択のチェックを外す(&amp;U)</translation>
    </message>
    <message>
        <source>Takes the permissions of the selected cells from their groups.</source>
        <translation>選択したセルの権限をそのグループから削除します。</translation>
    </message>
    <message>
        <source>Copy the set &amp;of:</source>
        <translation>権限セットのコピー元(&amp;O):</translation>
    </message>
    <message>
        <source>To the selected groups</source>
        <translation>選択したグループへ</translation>
    </message>
    <message>
        <source>The groups of the selected cells get exactly this group&apos;s permissions.</source>
        <translation>選択したセルのグループが、このグループとまったく同じ権限になります。</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>変更内容(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>すべて元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Permissions of the groups</source>
        <translation>グループの権限</translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation>選択をチェック</translation>
    </message>
    <message>
        <source>Uncheck selected</source>
        <translation>選択のチェックを外す</translation>
    </message>
    <message>
        <source>Copy the permissions of “%1”</source>
        <translation>「%1」の権限をコピー</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (メンバー %n 人)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>まだ変更はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) change</source>
        <translation>
            <numerusform>%n 個のグループを変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) affected in all (an agent in two groups is counted twice)</source>
        <translation>
            <numerusform>影響を受けるメンバーは合計 %n 人 (2 つのグループに属するエージェントは 2 回数えます)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>権限を適用</translation>
    </message>
    <message numerus="yes">
        <source>Change the permissions of %n group(s)?</source>
        <translation>
            <numerusform>%n 個のグループの権限を変更しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>それでも適用</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: 適用済み</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: 適用されませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server took the permissions of %n group(s).</source>
        <translation>
            <numerusform>サーバーが %n 個のグループの権限を反映しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) were not changed: their changes are still shown, fix them and apply again.</source>
        <translation>
            <numerusform>%n 個のグループは変更されませんでした。変更内容はそのまま表示されているので、修正して再度適用してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the changes that were not applied?</source>
        <translation>適用していない変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Someone changed this group&apos;s permissions on the server after this window loaded them. Its changes here were not sent: close and open the window again to start from the server&apos;s set.</source>
        <translation>このウィンドウが読み込んだ後に、誰かがサーバーでこのグループの権限を変更しました。ここでの変更は送信していません。ウィンドウを閉じて開き直し、サーバーの権限から始めてください。</translation>
    </message>
    <message>
        <source>Changed on the server since this window loaded them, not sent: %1</source>
        <translation>このウィンドウの読み込み後にサーバーで変更されたため送信しません: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing was sent: every changed group was changed on the server too (%1).</source>
        <translation>何も送信していません。変更したグループはすべてサーバーでも変更されていました (%1)。</translation>
    </message>
    <message>
        <source>%1: changed on the server, not sent</source>
        <translation>%1: サーバーで変更されたため未送信</translation>
    </message>
    <message numerus="yes">
        <source>The other %n group(s) were applied.</source>
        <translation>
            <numerusform>残りの %n 個のグループは適用されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsModel</name>
    <message>
        <source>“%1” has %2</source>
        <translation>「%1」は %2 を持っています</translation>
    </message>
    <message>
        <source>“%1” has part of %2</source>
        <translation>「%1」は %2 の一部を持っています</translation>
    </message>
    <message>
        <source>“%1” does not have %2</source>
        <translation>「%1」は %2 を持っていません</translation>
    </message>
    <message>
        <source>Required by: %1</source>
        <translation>必要とする権限: %1</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>変更済み、未適用</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: メンバー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation>✓ 適用済み</translation>
    </message>
    <message>
        <source>✗ not applied</source>
        <translation>✗ 未適用</translation>
    </message>
    <message>
        <source>! changed on the server</source>
        <translation>! サーバーで変更</translation>
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
            <numerusform>%1: メンバー %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %n permission(s)</source>
        <extracomment>e.g. &quot;Support · Skills: 2 of 3 permissions&quot;</extracomment>
        <translation>
            <numerusform>%1 · %2: %n 件中 %3 件の権限</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
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
            <numerusform>… ほか %n 個のグループは権限グループのページで表示できます</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::HistoryPage</name>
    <message>
        <source>Import history</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>Bulk changes from CSV files, from this application and from alli-admin-cli.</source>
        <translation>このアプリケーションと alli-admin-cli で CSV ファイルから行った一括変更です。</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>レポートを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>No imports yet. Use &quot;Import CSV…&quot; to change many users, members or agents at once from a file.</source>
        <translation>インポートはまだありません。「CSV をインポート…」でファイルから複数のユーザー、メンバー、エージェントをまとめて変更できます。</translation>
    </message>
    <message>
        <source>Cannot open the import history: %1</source>
        <translation>インポート履歴を開けません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish.</source>
        <translation>
            <numerusform>%n 件のインポートが完了していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report of this import.</source>
        <translation>このインポートのレポートを書き込めません。</translation>
    </message>
    <message>
        <source>This import cannot be resumed.</source>
        <translation>このインポートは再開できません。</translation>
    </message>
    <message numerus="yes">
        <source>The newest: %1 from %2, %n row(s) not answered yet. Rows that were on their way are first checked on the server: only those it never received are sent.</source>
        <translation>
            <numerusform>最新: %2 の%1、まだ応答のない行 %n 行。送信中だった行はまずサーバーで確認し、サーバーが受け取っていない行だけを送信します。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>フォルダーで表示(&amp;F)</translation>
    </message>
    <message>
        <source>Opened the report %1.</source>
        <translation>レポート %1 を開きました。</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The report is saved as %1 and was handed to the program that opens CSV files.</source>
        <translation>レポートを %1 に保存し、CSV ファイルを開くプログラムに渡しました。</translation>
    </message>
    <message>
        <source>The report is saved as %1. No program on this computer opened it: save a copy where you want it, or show it in its folder.</source>
        <translation>レポートを %1 に保存しました。このコンピューターでは開くプログラムがありませんでした。好きな場所にコピーを保存するか、フォルダーで表示してください。</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>%1 を置き換えられませんでした。</translation>
    </message>
    <message>
        <source>Could not save the report as %1.</source>
        <translation>レポートを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved a copy of the report as %1.</source>
        <translation>レポートのコピーを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1.</source>
        <translation>フォルダー %1 を開くファイル マネージャーがありませんでした。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Days to keep the rows of finished imports</source>
        <translation>完了したインポートの行を保持する日数</translation>
    </message>
    <message>
        <source>C&amp;lean up now…</source>
        <translation>今すぐ整理(&amp;L)…</translation>
    </message>
    <message>
        <source>Removes the rows of every finished import now; their counts stay.</source>
        <translation>完了したすべてのインポートの行を今すぐ削除します。件数は残ります。</translation>
    </message>
    <message>
        <source>No finished import has rows left to remove.</source>
        <translation>削除できる行が残っている完了済みのインポートはありません。</translation>
    </message>
    <message>
        <source>Clean up the import history</source>
        <translation>インポート履歴の整理</translation>
    </message>
    <message numerus="yes">
        <source>Remove the rows of %n finished import(s)?</source>
        <translation>
            <numerusform>完了したインポート %n 件の行を削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Their counts, files, servers and times stay in the history. Their reports can no longer be written. Imports that did not finish are kept whole.</source>
        <translation>件数、ファイル、サーバー、日時は履歴に残ります。レポートはもう作成できません。完了していないインポートはそのまま保持されます。</translation>
    </message>
    <message>
        <source>The import history could not be cleaned up.</source>
        <translation>インポート履歴を整理できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Removed the rows of %n finished import(s).</source>
        <translation>
            <numerusform>完了したインポート %n 件の行を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows of this import were removed after %n day(s); only its counts are kept, so its report cannot be written.</source>
        <translation>
            <numerusform>このインポートの行は %n 日後に削除されました。件数だけが残っているため、レポートは作成できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished import(s) of other servers can only be resumed when connected to their server.</source>
        <translation>
            <numerusform>他のサーバーの未完了のインポート %n 件は、そのサーバーに接続しているときだけ再開できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this computer yet.</source>
        <translation>このコンピューターではまだ一括ジョブが実行されていません。</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV をインポート…</translation>
    </message>
    <message numerus="yes">
        <source>Every import&apos;s counts, file, server and times are kept for good. Its rows (and so its report) are kept for %n day(s) after it finished: until %1 for an import that finishes today. Keep the rows for:</source>
        <translation>
            <numerusform>すべてのインポートの件数、ファイル、サーバー、日時はずっと保持されます。行(つまりレポート)は完了後 %n 日間保持されます。今日完了するインポートは %1 までです。行の保持期間:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>CSV のインポート</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更(&amp;C):</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>テンプレートをダウンロード(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>エンコーディング(&amp;E):</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>カンマ (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>セミコロン (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Text as read (check that names look right):</source>
        <translation>読み込んだテキスト（名前が正しく表示されているか確認してください）:</translation>
    </message>
    <message>
        <source>&amp;Columns: which field each column of the file fills</source>
        <translation>列(&amp;C): ファイルの各列を割り当てるフィールド</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>問題のある行のみ表示(&amp;P)</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; 戻る(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the change and the file</source>
        <translation>ステップ 1/3: 変更内容とファイルを選択</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the columns and the rows</source>
        <translation>ステップ 2/3: 列と行を確認</translation>
    </message>
    <message>
        <source>Step 3 of 3: send and review the results</source>
        <translation>ステップ 3/3: 送信して結果を確認</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>行を確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation>%1 として読み込み、区切り文字: %2</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（使用しない）</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <source>Extra data &quot;%1&quot;</source>
        <translation>追加データ「%1」</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send</source>
        <translation>
            <numerusform>送信可能な行: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (not sent)</source>
        <translation>
            <numerusform>問題のある行: %n（送信しない）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix a cell by double-clicking it, or send the valid rows only.</source>
        <translation>セルをダブルクリックして修正するか、有効な行だけを送信してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent. This cannot be undone from this application.</source>
        <translation>
            <numerusform>%n 行を送信します。このアプリケーションからは元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <translation>CSV ファイルを開く</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>同時リクエスト数(&amp;O):</translation>
    </message>
    <message>
        <source>How many requests are sent at the same time. More is faster; fewer is gentler on the server.</source>
        <translation>同時に送信するリクエストの数です。多いほど速く、少ないほどサーバーへの負荷が軽くなります。</translation>
    </message>
    <message>
        <source>Looking up the project&apos;s members…</source>
        <translation>プロジェクトのメンバーを確認しています…</translation>
    </message>
    <message>
        <source>Existing members: not checked.</source>
        <translation>既存のメンバー: 未確認。</translation>
    </message>
    <message>
        <source>Existing users: not checked.</source>
        <translation>既存のユーザー: 未確認。</translation>
    </message>
    <message numerus="yes">
        <source>%n will be created</source>
        <translation>
            <numerusform>%n 件を作成予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be updated</source>
        <translation>
            <numerusform>%n 件を更新予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be deleted</source>
        <translation>
            <numerusform>%n 件を削除予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be removed</source>
        <translation>
            <numerusform>%n 件を削除予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be invited</source>
        <translation>
            <numerusform>%n 件を招待予定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s) (groups updated)</source>
        <translation>
            <numerusform>%n 件は既にメンバー(グループを更新)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (marked, not sent)</source>
        <translation>
            <numerusform>%n 件は既に存在(マーク済み、送信しません)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (marked, not sent)</source>
        <translation>
            <numerusform>%n 件は見つかりません(マーク済み、送信しません)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Text as read</source>
        <translation>読み取った文字列</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Fix the file and open it again, or leave them out and go on with the other rows.</source>
        <translation>
            <numerusform>ファイルの %n 行を読み取れませんでした。ファイルを修正して開き直すか、これらの行を除外してほかの行で続けてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave these %n line(s) out of the import</source>
        <translation>
            <numerusform>これらの %n 行をインポートから除外する(&amp;L)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &amp;anyway the %n row(s) held back only by rules of this app that Alli does not document (the server decides)</source>
        <translation>
            <numerusform>Alli のドキュメントにないこのアプリの規則のためだけに保留された %n 行も送信する（サーバーが判断）(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example a password shorter than 8 characters, an unusual e-mail address, or a permission group the look-up did not find.</source>
        <translation>例: 8 文字未満のパスワード、珍しいメールアドレス、照会で見つからなかった権限グループ。</translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (sent anyway)</source>
        <translation>
            <numerusform>%n 件は既に存在（そのまま送信）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (sent anyway)</source>
        <translation>
            <numerusform>%n 件は見つからない（そのまま送信）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>行を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Reads the cells copied in Excel, LibreOffice or Google Sheets. A first row with column names is used as the header; without one, the columns are read in the template&apos;s order.</source>
        <translation>Excel、LibreOffice、Google スプレッドシートでコピーしたセルを読み取ります。先頭行に列名があればヘッダーとして使い、なければテンプレートの列順で読み取ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s)</source>
        <translation>
            <numerusform>貼り付けた %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s), read in the template&apos;s column order</source>
        <translation>
            <numerusform>貼り付けた %n 行（テンプレートの列順で読み取り）</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to edit a cell. Ctrl+V pastes cells copied in a spreadsheet from the current cell on, Ctrl+D fills down, Delete clears, Ctrl+Z undoes, F8 goes to the next problem.</source>
        <translation>セルをダブルクリックするか F2 で編集します。Ctrl+V はスプレッドシートでコピーしたセルを現在のセルから貼り付け、Ctrl+D は下方向へコピー、Delete はクリア、Ctrl+Z は元に戻し、F8 は次の問題へ移動します。</translation>
    </message>
    <message>
        <source>Reading the pasted rows…</source>
        <translation>貼り付けた行を読み取り中…</translation>
    </message>
    <message>
        <source>Rows you were editing when the import was closed (%1, %2) were kept.</source>
        <translation>インポートを閉じたときに編集していた行（%1、%2）が保管されています。</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>行の保存</translation>
    </message>
    <message>
        <source>Save ro&amp;ws…</source>
        <translation>行を保存(&amp;W)…</translation>
    </message>
    <message>
        <source>Saves the rows as they are now, your edits included, as a CSV file (UTF-8). Passwords are not saved.</source>
        <translation>編集内容を含む現在の行を CSV ファイル（UTF-8）として保存します。パスワードは保存しません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>インポートを閉じる</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n row(s) you edited for the next time the import opens?</source>
        <translation>
            <numerusform>編集した %n 行を、次にインポートを開くときのために保管しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保管</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when the import opens again. Passwords are not saved.</source>
        <translation>このコンピューターに保存され、次にインポートを開いたときに提示されます。パスワードは保存しません。</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the project&apos;s members… %n read</source>
        <translation>
            <numerusform>プロジェクトのメンバーを確認中… %n 人読み込み済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up existing users… %1 of %2</source>
        <translation>既存のユーザーを確認中… %2 人中 %1 人</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>シート(&amp;H):</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>見出し行(&amp;R):</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>自動で検出</translation>
    </message>
    <message>
        <source>The row of the sheet that names the columns. Title rows above it are skipped.</source>
        <translation>列の名前がある行です。その上のタイトル行は読み飛ばします。</translation>
    </message>
    <message>
        <source>sheet “%1”, header on row %2</source>
        <translation>シート「%1」、見出しは %2 行目</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV ファイルと Excel ブック (*.csv *.txt *.tsv *.xlsx *.xls);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1（非表示）</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook from your HR system</source>
        <translation>人事システムの CSV ファイルまたは Excel ブック</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>行を %1 として保存しています…</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>行を %1 として保存しました。</translation>
    </message>
    <message>
        <source>Saving the template as %1…</source>
        <translation>テンプレートを %1 として保存しています…</translation>
    </message>
    <message>
        <source>Saved the template as %1. Fill it in, then open it here.</source>
        <translation>テンプレートを %1 として保存しました。記入してから、ここで開いてください。</translation>
    </message>
</context>
<context>
    <name>Alli::ImportPreviewModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Type here to add a row.</source>
        <translation>ここに入力すると行が追加されます。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unchanged: not sent</source>
        <translation>変更なし: 送信しません</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>送信準備完了</translation>
    </message>
    <message>
        <source>Not sent: fix the problems first</source>
        <translation>未送信: 先に問題を修正してください</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in a CSV file</source>
        <translation>CSV ファイルの「%1」列</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
</context>
<context>
    <name>Alli::JobHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>%1 に送信</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Finished, rows removed</source>
        <translation>完了(行は削除済み)</translation>
    </message>
    <message>
        <source>The rows were removed on %1; the counts are kept, the report can no longer be written.</source>
        <translation>行は %1 に削除されました。件数は残っていますが、レポートはもう作成できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) never sent</source>
        <translation>
            <numerusform>%n 行は未送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job stopped while it was being recorded in the journal: %n row(s) of the file, after the last one recorded, were never recorded nor sent. Import them again.</source>
        <translation>
            <numerusform>ジョブがジャーナルに記録される途中で止まりました。最後に記録された行より後のファイルの %n 行は、記録も送信もされていません。もう一度インポートしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still being recorded</source>
        <translation>
            <numerusform>%n 行を記録中</numerusform>
        </translation>
    </message>
    <message>
        <source>The job was closed while its rows were being recorded in the journal; they are still being written. This page updates when they are.</source>
        <translation>行をジャーナルに記録している途中でジョブが閉じられました。行はまだ書き込み中です。書き込みが終わるとこのページが更新されます。</translation>
    </message>
</context>
<context>
    <name>Alli::JsonView</name>
    <message>
        <source>Find in keys and values</source>
        <translation>キーと値を検索</translation>
    </message>
    <message>
        <source>Find in the JSON</source>
        <translation>JSON 内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致(Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致(F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>すべて展開</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>すべて折りたたむ</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>テキストとしてコピー</translation>
    </message>
    <message>
        <source>Copies the selected member, or everything when nothing is selected, as indented JSON; secret values stay masked.</source>
        <translation>選択中の項目を(選択がなければ全体を)インデント付きの JSON としてコピーします。秘密の値は伏せたままです。</translation>
    </message>
    <message>
        <source>JSON members</source>
        <translation>JSON の項目</translation>
    </message>
    <message>
        <source>Body as text</source>
        <translation>テキストの本文</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
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
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>An import did not finish: %1 from %2, %3 of %4 rows sent. Resume it? Rows already sent are not sent again; rows that were in flight are checked on the server.</source>
        <translation>完了していないインポートがあります: %2 の%1、%4 行中 %3 行を送信済み。再開しますか？送信済みの行は再送せず、送信中だった行はサーバーで確認します。</translation>
    </message>
    <message>
        <source>&amp;Resume import</source>
        <translation>インポートを再開(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>履歴を表示(&amp;H)</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>一括編集(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>システムの配色(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>Alli::NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>新しいエージェント</translation>
    </message>
    <message>
        <source>The agent signs in to the Alli dashboard with this email address and password.</source>
        <translation>エージェントはこのメールアドレスとパスワードで Alli ダッシュボードにサインインします。</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>パスワードを表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Permission &amp;group:</source>
        <translation>権限グループ(&amp;G):</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>エージェントを作成</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>プロジェクトの既定</translation>
    </message>
    <message>
        <source>Could not load the groups</source>
        <translation>グループを読み込めませんでした</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>グループを読み込んでいます…</translation>
    </message>
    <message>
        <source>At least 3 of these 4 (%1 of 4 so far):</source>
        <translation>次の 4 種類のうち 3 種類以上（現在 4 種類中 %1 種類）:</translation>
    </message>
    <message>
        <source>lower-case letter (a–z)</source>
        <translation>英小文字 (a–z)</translation>
    </message>
    <message>
        <source>upper-case letter (A–Z)</source>
        <translation>英大文字 (A–Z)</translation>
    </message>
    <message>
        <source>digit (0–9)</source>
        <translation>数字 (0–9)</translation>
    </message>
    <message>
        <source>symbol or other character (!, @, #, …)</source>
        <translation>記号などその他の文字 (!, @, # など)</translation>
    </message>
    <message>
        <source>The password meets the rule.</source>
        <translation>パスワードは条件を満たしています。</translation>
    </message>
    <message>
        <source>The password does not meet the rule yet.</source>
        <translation>パスワードはまだ条件を満たしていません。</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address. This app&apos;s check is a guess: the server decides.</source>
        <translation>“%1” はメールアドレスに見えません。このアプリの確認は推測にすぎず、判断はサーバーが行います。</translation>
    </message>
    <message numerus="yes">
        <source>The password has fewer than %n character(s). Alli documents no minimum length: the server decides.</source>
        <translation>
            <numerusform>パスワードが %n 文字未満です。Alli は最小の長さを文書化していないため、判断はサーバーが行います。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advised: at least %n character(s) (Alli documents no length)</source>
        <translation>
            <numerusform>推奨: %n 文字以上（Alli は長さを文書化していません）</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the agent %1 anyway?</source>
        <translation>それでもエージェント %1 を作成しますか?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>それでも作成</translation>
    </message>
</context>
<context>
    <name>Alli::NewGroupDialog</name>
    <message>
        <source>New permission group</source>
        <translation>新しい権限グループ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>For example: Support team</source>
        <translation>例: サポートチーム</translation>
    </message>
    <message>
        <source>&amp;Permissions (required permissions are checked automatically):</source>
        <translation>権限(&amp;P)（必要な権限は自動的にチェックされます）:</translation>
    </message>
    <message>
        <source>&amp;Members: search agents by email</source>
        <translation>メンバー(&amp;M): メールアドレスでエージェントを検索</translation>
    </message>
    <message>
        <source>Part of an email address…</source>
        <translation>メールアドレスの一部…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected members from the new group (Del).</source>
        <translation>選択したメンバーを新しいグループから外します（Del）。</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>グループを作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>グループの名前を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Selected members: none</source>
        <translation>選択したメンバー(&amp;S): なし</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected members (%n):</source>
        <translation>
            <numerusform>選択したメンバー(&amp;S)（%n 人）:</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>検索に失敗しました。</translation>
    </message>
    <message>
        <source>There are no agents in this project.</source>
        <translation>このプロジェクトにはエージェントがいません。</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>メールアドレスに「%1」を含むエージェントはいません。</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n agent(s). Type more of the email address to narrow the list.</source>
        <translation>
            <numerusform>最初の %n 人のエージェントを表示しています。絞り込むには、メールアドレスをさらに入力してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found.</source>
        <translation>
            <numerusform>%n 人のエージェントが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the group “%1” anyway?</source>
        <translation>それでもグループ “%1” を作成しますか?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>それでも作成</translation>
    </message>
    <message>
        <source>Agents found</source>
        <translation>見つかったエージェント</translation>
    </message>
    <message>
        <source>Members of the new group</source>
        <translation>新しいグループのメンバー</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
</context>
<context>
    <name>Alli::OAuth2Page</name>
    <message>
        <source>Enter the token info as a JSON object, for example {&quot;access_token&quot;: &quot;…&quot;}.</source>
        <translation>トークン情報を JSON オブジェクトで入力してください。例: {&quot;access_token&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3. The token info must be a JSON object.</source>
        <translation>%1 行 %2 列目が正しい JSON ではありません: %3。トークン情報は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }), not an array.</source>
        <translation>トークン情報は配列ではなく JSON オブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }).</source>
        <translation>トークン情報は JSON オブジェクト ({ … }) である必要があります。</translation>
    </message>
    <message>
        <source>Update token info</source>
        <translation>トークン情報を更新</translation>
    </message>
    <message>
        <source>Replace the token info of the OAuth2 configuration “%1” (state %2)?</source>
        <translation>OAuth2 設定「%1」(state %2) のトークン情報を置き換えますか?</translation>
    </message>
    <message numerus="yes">
        <source>The new token info has %n field(s). Token generated will be set to %1 (%2).</source>
        <translation>
            <numerusform>新しいトークン情報のフィールドは %n 個です。トークン生成時刻は %1 (%2) に設定されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the state of an OAuth2 configuration and press Enter.</source>
        <translation>OAuth2 設定の state を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message>
        <source>Configuration “%1” (state %2).</source>
        <translation>設定「%1」(state %2)</translation>
    </message>
    <message>
        <source>No OAuth2 configuration with the state %1 in this project.</source>
        <translation>このプロジェクトに state が %1 の OAuth2 設定はありません。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <source>Token info updated.</source>
        <translation>トークン情報を更新しました。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>送信しませんでした。</translation>
    </message>
    <message>
        <source>The update failed; see the message above.</source>
        <translation>更新できませんでした。上のメッセージを確認してください。</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態キー(state)(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. demo-state-google</source>
        <translation>例: demo-state-google</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>シークレットを表示(&amp;R)</translation>
    </message>
    <message>
        <source>Shows the client secret, the code verifier and the tokens in clear text.</source>
        <translation>クライアントシークレット、コード検証子 (code verifier)、トークンを平文で表示します。</translation>
    </message>
    <message>
        <source>&amp;Token info (a JSON object):</source>
        <translation>トークン情報 (JSON オブジェクト)(&amp;T):</translation>
    </message>
    <message>
        <source>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

Turn on Reveal secrets to start from the current token info.</source>
        <translation>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

現在のトークン情報から始めるには「シークレットを表示」をオンにしてください。</translation>
    </message>
    <message>
        <source>Token &amp;generated (seconds since 1970):</source>
        <translation>トークン生成時刻 (1970 年からの秒数)(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>現在(&amp;N)</translation>
    </message>
    <message>
        <source>Send &amp;update…</source>
        <translation>更新を送信(&amp;U)…</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Send an update without token info to the OAuth2 configuration “%1” (state %2)?</source>
        <translation>OAuth2 構成 “%1”（state %2）にトークン情報なしで更新を送信しますか?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>それでも送信</translation>
    </message>
    <message>
        <source>The token info editor is empty, so the token info is not sent; token generated will be set to %1 (%2). Alli&apos;s documentation does not say what such an update does: the server decides.</source>
        <translation>トークン情報エディターが空のため、トークン情報は送信しません。トークン生成時刻は %1（%2）に設定されます。このような更新がどう扱われるかは Alli のドキュメントに記載がなく、判断はサーバーが行います。</translation>
    </message>
    <message>
        <source>OAuth2 information</source>
        <translation>OAuth2 情報</translation>
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
    <message>
        <source>&amp;Members per group</source>
        <translation>グループごとのメンバー数(&amp;M)</translation>
    </message>
    <message>
        <source>Permission &amp;coverage (share of each category a group has)</source>
        <translation>権限の範囲(&amp;C)(グループが持つ各カテゴリの割合)</translation>
    </message>
    <message>
        <source>Members per group</source>
        <translation>グループごとのメンバー数</translation>
    </message>
    <message>
        <source>Permission coverage</source>
        <translation>権限の範囲</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Counting, page by page…</source>
        <translation>ページごとに集計中…</translation>
    </message>
    <message>
        <source>Members of this project</source>
        <translation>このプロジェクトのメンバー</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>権限グループ</translation>
    </message>
    <message numerus="yes">
        <source>Largest: %n member(s)</source>
        <translation>
            <numerusform>最大: メンバー %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups without members</source>
        <translation>メンバーのいないグループ</translation>
    </message>
    <message>
        <source>Open them to fill or delete them</source>
        <translation>開いてメンバーを追加するか削除してください</translation>
    </message>
    <message>
        <source>Every group has members</source>
        <translation>すべてのグループにメンバーがいます</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>No administrators&apos; group</source>
        <translation>管理者グループがありません</translation>
    </message>
    <message>
        <source>Agents in an administrators&apos; group</source>
        <translation>管理者グループに属するエージェント</translation>
    </message>
    <message>
        <source>Could not be counted</source>
        <translation>集計できませんでした</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>%1 single-action app tools, %2 agent tools</source>
        <translation>シングルアクションアプリツール %1 件、エージェントツール %2 件</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>このセッションのエラー</translation>
    </message>
    <message>
        <source>No request has failed</source>
        <translation>失敗したリクエストはありません</translation>
    </message>
    <message>
        <source>Last: %1, HTTP %2</source>
        <translation>直近: %1、HTTP %2</translation>
    </message>
    <message>
        <source>Last: %1, no answer</source>
        <translation>直近: %1、応答なし</translation>
    </message>
    <message>
        <source>Recent bulk jobs</source>
        <translation>最近の一括ジョブ</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n row(s) succeeded</source>
        <extracomment>A bulk job in the overview: &quot;Create users, 12/01 14:03: 980 of 1,000 rows succeeded&quot;</extracomment>
        <translation>
            <numerusform>%1、%2: %n 行中 %3 行が成功</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this server yet</source>
        <translation>このサーバーではまだ一括ジョブが実行されていません</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The newest job&apos;s rows that succeeded</source>
        <translation>最新のジョブで成功した行の割合</translation>
    </message>
    <message>
        <source>The newest job did not finish: open it to resume</source>
        <translation>最新のジョブが完了していません。開いて再開してください</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>グループがありません</translation>
    </message>
</context>
<context>
    <name>Alli::Permission</name>
    <message>
        <source>Open the dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <source>View skills</source>
        <translation>スキルの閲覧</translation>
    </message>
    <message>
        <source>Edit skills</source>
        <translation>スキルの編集</translation>
    </message>
    <message>
        <source>Generate skill pop-up URLs</source>
        <translation>スキルのポップアップ URL の生成</translation>
    </message>
    <message>
        <source>View LLM apps</source>
        <translation>LLM アプリの閲覧</translation>
    </message>
    <message>
        <source>Create LLM apps</source>
        <translation>LLM アプリの作成</translation>
    </message>
    <message>
        <source>Open the Users page</source>
        <translation>ユーザーページを開く</translation>
    </message>
    <message>
        <source>Edit users</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>Download users</source>
        <translation>ユーザーのダウンロード</translation>
    </message>
    <message>
        <source>View conversations</source>
        <translation>会話の閲覧</translation>
    </message>
    <message>
        <source>Assign agents to conversations</source>
        <translation>会話へのエージェントの割り当て</translation>
    </message>
    <message>
        <source>Change conversation status</source>
        <translation>会話ステータスの変更</translation>
    </message>
    <message>
        <source>Delete chat messages</source>
        <translation>チャットメッセージの削除</translation>
    </message>
    <message>
        <source>Delete agent chat messages</source>
        <translation>エージェントのチャットメッセージの削除</translation>
    </message>
    <message>
        <source>Download conversations</source>
        <translation>会話のダウンロード</translation>
    </message>
    <message>
        <source>View small talk</source>
        <translation>スモールトークの閲覧</translation>
    </message>
    <message>
        <source>Edit small talk</source>
        <translation>スモールトークの編集</translation>
    </message>
    <message>
        <source>Open the Documents page</source>
        <translation>ドキュメントページを開く</translation>
    </message>
    <message>
        <source>Edit the knowledge base</source>
        <translation>ナレッジベースの編集</translation>
    </message>
    <message>
        <source>Add knowledge base folders</source>
        <translation>ナレッジベースのフォルダーの追加</translation>
    </message>
    <message>
        <source>Refine document knowledge</source>
        <translation>ドキュメントナレッジの精製</translation>
    </message>
    <message>
        <source>Open the Knowledge base page</source>
        <translation>ナレッジベースページを開く</translation>
    </message>
    <message>
        <source>Edit FAQs</source>
        <translation>FAQ の編集</translation>
    </message>
    <message>
        <source>Train FAQs</source>
        <translation>FAQ の学習</translation>
    </message>
    <message>
        <source>View FAQ settings</source>
        <translation>FAQ 設定の閲覧</translation>
    </message>
    <message>
        <source>Edit FAQ settings</source>
        <translation>FAQ 設定の編集</translation>
    </message>
    <message>
        <source>Add FAQ folders</source>
        <translation>FAQ フォルダーの追加</translation>
    </message>
    <message>
        <source>View feedback</source>
        <translation>フィードバックの閲覧</translation>
    </message>
    <message>
        <source>Edit clue feedback</source>
        <translation>手がかりフィードバックの編集</translation>
    </message>
    <message>
        <source>Edit answer feedback</source>
        <translation>回答フィードバックの編集</translation>
    </message>
    <message>
        <source>Redact query history</source>
        <translation>クエリ履歴の墨消し</translation>
    </message>
    <message>
        <source>View knowledge base history</source>
        <translation>ナレッジベース履歴の閲覧</translation>
    </message>
    <message>
        <source>View FAQ history</source>
        <translation>FAQ 履歴の閲覧</translation>
    </message>
    <message>
        <source>View query training</source>
        <translation>クエリ学習の閲覧</translation>
    </message>
    <message>
        <source>Edit query training</source>
        <translation>クエリ学習の編集</translation>
    </message>
    <message>
        <source>View FAQ auto-tagging</source>
        <translation>FAQ 自動タグ付けの閲覧</translation>
    </message>
    <message>
        <source>Edit FAQ auto-tagging</source>
        <translation>FAQ 自動タグ付けの編集</translation>
    </message>
    <message>
        <source>View document sources</source>
        <translation>ドキュメントソースの閲覧</translation>
    </message>
    <message>
        <source>Edit document sources</source>
        <translation>ドキュメントソースの編集</translation>
    </message>
    <message>
        <source>View knowledge base settings</source>
        <translation>ナレッジベース設定の閲覧</translation>
    </message>
    <message>
        <source>Edit knowledge base settings</source>
        <translation>ナレッジベース設定の編集</translation>
    </message>
    <message>
        <source>View knowledge refinery settings</source>
        <translation>ナレッジ精製設定の閲覧</translation>
    </message>
    <message>
        <source>Edit knowledge refinery settings</source>
        <translation>ナレッジ精製設定の編集</translation>
    </message>
    <message>
        <source>Train the knowledge base</source>
        <translation>ナレッジベースの学習</translation>
    </message>
    <message>
        <source>View entity extraction</source>
        <translation>エンティティ抽出の閲覧</translation>
    </message>
    <message>
        <source>Edit entity extraction</source>
        <translation>エンティティ抽出の編集</translation>
    </message>
    <message>
        <source>Download entity extraction results</source>
        <translation>エンティティ抽出結果のダウンロード</translation>
    </message>
    <message>
        <source>Edit the training schedule</source>
        <translation>学習スケジュールの編集</translation>
    </message>
    <message>
        <source>View the Google domain allowlist</source>
        <translation>Google ドメイン許可リストの閲覧</translation>
    </message>
    <message>
        <source>Edit the Google domain allowlist</source>
        <translation>Google ドメイン許可リストの編集</translation>
    </message>
    <message>
        <source>Open the Analytics page</source>
        <translation>分析ページを開く</translation>
    </message>
    <message>
        <source>Edit redaction keywords</source>
        <translation>墨消しキーワードの編集</translation>
    </message>
    <message>
        <source>Download analytics</source>
        <translation>分析のダウンロード</translation>
    </message>
    <message>
        <source>Open the project settings</source>
        <translation>プロジェクト設定を開く</translation>
    </message>
    <message>
        <source>View project settings</source>
        <translation>プロジェクト設定の閲覧</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>プロジェクト設定の編集</translation>
    </message>
    <message>
        <source>Edit general settings</source>
        <translation>一般設定の編集</translation>
    </message>
    <message>
        <source>Manage API keys</source>
        <translation>API キーの管理</translation>
    </message>
    <message>
        <source>Edit office hours</source>
        <translation>営業時間の編集</translation>
    </message>
    <message>
        <source>Edit FAQ custom columns</source>
        <translation>FAQ カスタム列の編集</translation>
    </message>
    <message>
        <source>Edit the dashboard allowlist</source>
        <translation>ダッシュボード許可リストの編集</translation>
    </message>
    <message>
        <source>Edit the SDK allowlist</source>
        <translation>SDK 許可リストの編集</translation>
    </message>
    <message>
        <source>Edit the API allowlist</source>
        <translation>API 許可リストの編集</translation>
    </message>
    <message>
        <source>Edit the file allowlist</source>
        <translation>ファイル許可リストの編集</translation>
    </message>
    <message>
        <source>Edit the account policy</source>
        <translation>アカウントポリシーの編集</translation>
    </message>
    <message>
        <source>Manage OIDC clients</source>
        <translation>OIDC クライアントの管理</translation>
    </message>
    <message>
        <source>Edit conversations</source>
        <translation>会話の編集</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>請求の管理</translation>
    </message>
    <message>
        <source>View integrations</source>
        <translation>連携の閲覧</translation>
    </message>
    <message>
        <source>Edit integrations</source>
        <translation>連携の編集</translation>
    </message>
    <message>
        <source>Edit the dashboard order</source>
        <translation>ダッシュボードの並び順の編集</translation>
    </message>
    <message>
        <source>View advanced settings</source>
        <translation>詳細設定の閲覧</translation>
    </message>
    <message>
        <source>View agents</source>
        <translation>エージェントの閲覧</translation>
    </message>
    <message>
        <source>Edit agents</source>
        <translation>エージェントの編集</translation>
    </message>
    <message>
        <source>Invite agents</source>
        <translation>エージェントの招待</translation>
    </message>
    <message>
        <source>Download agent action logs</source>
        <translation>エージェント操作ログのダウンロード</translation>
    </message>
    <message>
        <source>Edit approver groups</source>
        <translation>承認者グループの編集</translation>
    </message>
    <message>
        <source>View AI workflows</source>
        <translation>AI ワークフローの閲覧</translation>
    </message>
    <message>
        <source>Edit AI workflows</source>
        <translation>AI ワークフローの編集</translation>
    </message>
    <message>
        <source>View prompt management</source>
        <translation>プロンプト管理の閲覧</translation>
    </message>
    <message>
        <source>View project prompts</source>
        <translation>プロジェクトプロンプトの閲覧</translation>
    </message>
    <message>
        <source>Edit project prompts</source>
        <translation>プロジェクトプロンプトの編集</translation>
    </message>
    <message>
        <source>View announcements</source>
        <translation>お知らせの閲覧</translation>
    </message>
    <message>
        <source>Edit announcements</source>
        <translation>お知らせの編集</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionCategory</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>LLM apps</source>
        <translation>LLM アプリ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Small talk</source>
        <translation>スモールトーク</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>ナレッジベース</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>プロジェクト設定</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>連携</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>AI workflows</source>
        <translation>AI ワークフロー</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>お知らせ</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupModel</name>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
    <message>
        <source>The administrators group: its members can manage the whole project.</source>
        <translation>管理者グループです。メンバーはプロジェクト全体を管理できます。</translation>
    </message>
    <message>
        <source>The default group: new members without a group join it.</source>
        <translation>デフォルトグループです。グループを指定されていない新しいメンバーはこのグループに入ります。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupsPage</name>
    <message>
        <source>Search groups by name…</source>
        <translation>名前でグループを検索…</translation>
    </message>
    <message>
        <source>The server searches the group names (Ctrl+F).</source>
        <translation>サーバー側でグループ名を検索します（Ctrl+F）。</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>新しいグループ…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Rename the selected group in place (F2).</source>
        <translation>選択したグループの名前を一覧上で変更します（F2）。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete the selected group (Del).</source>
        <translation>選択したグループを削除します（Del）。</translation>
    </message>
    <message>
        <source>Select a group to see its members and permissions.</source>
        <translation>グループを選択すると、メンバーと権限が表示されます。</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>Shows the changes and the members they affect before sending them.</source>
        <translation>送信する前に、変更内容と影響を受けるメンバーを表示します。</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions.</source>
        <translation>権限の変更を破棄します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Administrators group: its members can manage the whole project. Changing or deleting it can lock people out of administration.</source>
        <translation>管理者グループ: メンバーはプロジェクト全体を管理できます。変更または削除すると、管理できなくなる人が出る可能性があります。</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Its members lose their administrator access, and nobody may be left who can manage the project. The server may refuse to delete it.</source>
        <translation>警告: これは管理者グループです。メンバーは管理者権限を失い、プロジェクトを管理できる人がいなくなる可能性があります。サーバーが削除を拒否する場合もあります。</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Removing permissions can lock its members out of administering the project. The server may refuse the change.</source>
        <translation>警告: これは管理者グループです。権限を外すと、メンバーがプロジェクトを管理できなくなる可能性があります。サーバーが変更を拒否する場合もあります。</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>追加（%n 件）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>削除（%n 件）:</numerusform>
        </translation>
    </message>
    <message>
        <source>Added because other permissions require them: %1</source>
        <translation>ほかの権限に必要なため追加: %1</translation>
    </message>
    <message numerus="yes">
        <source>This affects %n member(s) of the group.</source>
        <translation>
            <numerusform>このグループのメンバー %n 人に影響します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>権限の適用</translation>
    </message>
    <message>
        <source>Change the permissions of the group “%1”?</source>
        <translation>グループ「%1」の権限を変更しますか?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) belong to this group and lose the permissions it grants.</source>
        <translation>
            <numerusform>このグループに所属するメンバー %n 人が、このグループで付与される権限を失います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permission group</source>
        <translation>権限グループの削除</translation>
    </message>
    <message>
        <source>Delete the permission group “%1”?</source>
        <translation>権限グループ「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Also checked %1: required by %2.</source>
        <translation>%2 に必要なため、%1 もチェックしました。</translation>
    </message>
    <message>
        <source>Also unchecked %1: they require %2.</source>
        <translation>%2 を必要とする %1 のチェックも外しました。</translation>
    </message>
    <message>
        <source>The permissions were saved.</source>
        <translation>権限を保存しました。</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>権限グループを読み込んでいます…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>権限グループを読み込めませんでした。</translation>
    </message>
    <message>
        <source>No permission group matches “%1”.</source>
        <translation>「%1」に一致する権限グループはありません。</translation>
    </message>
    <message>
        <source>There are no permission groups yet.</source>
        <translation>権限グループはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 件のグループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: loading…</source>
        <translation>メンバー: 読み込んでいます…</translation>
    </message>
    <message>
        <source>Members: could not be loaded.</source>
        <translation>メンバー: 読み込めませんでした。</translation>
    </message>
    <message>
        <source>Members: this group has no members.</source>
        <translation>メンバー: このグループにはメンバーがいません。</translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>メンバー: %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions: %1 of %2 granted</source>
        <translation>権限: %2 件中 %1 件を許可</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>（未保存の変更あり）</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>権限グループ</translation>
    </message>
    <message>
        <source>Renamed the group “%1” to “%2”.</source>
        <translation>グループ「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Deleted the group “%1”.</source>
        <translation>グループ「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Default group of the project. Changes here apply to every member in it.</source>
        <translation>プロジェクトのデフォルトグループです。ここでの変更はこのグループのすべてのメンバーに適用されます。</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The server may refuse to delete it.</source>
        <translation>警告: これはプロジェクトのデフォルトグループです。サーバーが削除を拒否する場合もあります。</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The change applies to every member in it.</source>
        <translation>警告: これはプロジェクトのデフォルトグループです。この変更はこのグループのすべてのメンバーに適用されます。</translation>
    </message>
    <message>
        <source>The administrators group cannot be renamed.</source>
        <translation>管理者グループの名前は変更できません。</translation>
    </message>
    <message>
        <source>Chec&amp;k what each permission needs</source>
        <translation>各権限に必要な権限もチェック(&amp;K)</translation>
    </message>
    <message>
        <source>Checking a permission also checks the permissions it needs, and unchecking one unchecks those that need it. Which permission needs which is this app&apos;s guess: Alli publishes no list, and the server has the last word.</source>
        <translation>権限をチェックするとその権限に必要な権限もチェックされ、チェックを外すとその権限を必要とする権限も外れます。どの権限がどの権限を必要とするかはこのアプリの推測です。Alli は一覧を公開しておらず、最終的な判断はサーバーが行います。</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>それでも適用</translation>
    </message>
    <message>
        <source>Permissions of &amp;several groups…</source>
        <translation>複数グループの権限(&amp;S)…</translation>
    </message>
    <message>
        <source>Edits the permissions of many groups in one grid, with one list of the changes before they are sent.</source>
        <translation>複数グループの権限を 1 つの表で編集し、送信前に変更内容を 1 つの一覧で表示します。</translation>
    </message>
    <message>
        <source>Edit the members&apos; &amp;groups…</source>
        <translation>メンバーのグループを編集(&amp;G)…</translation>
    </message>
    <message>
        <source>Opens the selected members (or every member of this group) in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>選択したメンバー (選択がなければこのグループの全メンバー) を現在のグループとともに表で開き、メンバーごとに別のグループを指定できます。</translation>
    </message>
    <message>
        <source>Only groups &amp;without members</source>
        <translation>メンバーのいないグループのみ(&amp;W)</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>グループを検索</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>検索を解除</translation>
    </message>
    <message>
        <source>Every group has members.</source>
        <translation>すべてのグループにメンバーがいます。</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>すべてのグループを表示</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>メンバーをエクスポート</translation>
    </message>
    <message>
        <source>members-%1</source>
        <translation>メンバー-%1</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>メンバーをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Saves the members of this group, in the order shown, as an Excel workbook or a CSV file.</source>
        <translation>このグループのメンバーを表示順に Excel ブックまたは CSV ファイルとして保存します。</translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n member(s) of “%1” to %2.</source>
        <translation>
            <numerusform>「%1」のメンバー %n 人を %2 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionMatrixModel</name>
    <message>
        <source>%1 of %2 granted</source>
        <translation>%2 件中 %1 件を許可</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>必要: %1</translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation>%1 に必要</translation>
    </message>
    <message>
        <source>Required by %1. Unchecking it also unchecks those permissions.</source>
        <translation>%1 に必要です。チェックを外すと、それらの権限のチェックも外れます。</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>依存関係</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 には %2 が必要</translation>
    </message>
    <message>
        <source>Warning: by this app&apos;s guess, %1. Alli publishes no list of which permission needs which: the server decides, and may refuse the set.</source>
        <translation>警告: このアプリの推測では、%1 です。Alli はどの権限がどの権限を必要とするかの一覧を公開していないため、判断はサーバーが行い、この組み合わせを拒否する可能性があります。</translation>
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
        <source>Enter the project&apos;s API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>プロジェクトの API 認証情報を入力してください。キーやトークンは設定ファイルではなく、システムのキーチェーンに保管されます。</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>例: 本番（US）</translation>
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
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer トークン</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
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
    <message>
        <source>Connection &amp;name:</source>
        <translation>接続名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>サーバーアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>認証(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>プロジェクト ID(&amp;P):</translation>
    </message>
    <message>
        <source>Project id &amp;header:</source>
        <translation>プロジェクト ID ヘッダー(&amp;H):</translation>
    </message>
    <message>
        <source>A&amp;gent email (AGENT-EMAIL):</source>
        <translation>エージェントのメール（AGENT-EMAIL）(&amp;G):</translation>
    </message>
    <message>
        <source>U&amp;ser email (USER-EMAIL):</source>
        <translation>ユーザーのメール（USER-EMAIL）(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Own user id (OWN-USER-ID):</source>
        <translation>独自ユーザー ID（OWN-USER-ID）(&amp;O):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose the system&apos;s proxy settings.</source>
        <translation>プロキシのホストとポートを入力するか、システムのプロキシ設定を選んでください。</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>プロキシ(&amp;X):</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings (PAC included)</source>
        <translation>システムのプロキシ設定(PAC を含む)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシを使わない</translation>
    </message>
    <message>
        <source>This proxy (set below)</source>
        <translation>下で指定するプロキシ</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Proxy addr&amp;ess:</source>
        <translation>プロキシのアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>プロキシのポート(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Without the proxy:</source>
        <translation>プロキシを使わない接続先(&amp;W):</translation>
    </message>
    <message>
        <source>Hosts reached directly, as in NO_PROXY: names, .domains, IP addresses, CIDR ranges, separated by commas.</source>
        <translation>NO_PROXY と同じく直接接続するホスト: 名前、.ドメイン、IP アドレス、CIDR 範囲をカンマで区切ります。</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>プロキシのログイン(&amp;L):</translation>
    </message>
    <message>
        <source>For a proxy that asks for a login. The password is asked when the proxy wants it, and kept in the keychain only if you say so.</source>
        <translation>ログインを求めるプロキシ用です。パスワードはプロキシが求めたときに尋ね、希望した場合にのみキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>追加の CA 証明書(PEM)(&amp;C):</translation>
    </message>
    <message>
        <source>A company that inspects TLS gives its root certificate as a PEM file: it is trusted together with the system&apos;s certificates, never instead of them.</source>
        <translation>TLS を検査する会社はルート証明書を PEM ファイルで配布しています。これはシステムの証明書の代わりではなく、あわせて信頼されます。</translation>
    </message>
</context>
<context>
    <name>Alli::ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation>プロキシのログイン</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに保存(&amp;K)</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a login before it lets Alli Admin through.</source>
        <translation>プロキシ %1 が、Alli Admin の通信を通す前にログインを求めています。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>Alli::ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address: use http://host:port or socks5://host:port.</source>
        <translation>「%1」はプロキシのアドレスではありません。http://ホスト:ポート または socks5://ホスト:ポート の形式で指定してください。</translation>
    </message>
    <message>
        <source>The proxy scheme &quot;%1&quot; is not supported: use http:// or socks5://.</source>
        <translation>プロキシのスキーム「%1」には対応していません。http:// または socks5:// を使ってください。</translation>
    </message>
    <message>
        <source>The proxy address %1 has no port: add one, e.g. %2:8080.</source>
        <translation>プロキシのアドレス %1 にポートがありません。%2:8080 のようにポートを付けてください。</translation>
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
    <name>Alli::SelectionJobDialog</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Change groups</source>
        <translation>グループの変更</translation>
    </message>
    <message>
        <source>&amp;Permission groups:</source>
        <translation>権限グループ(&amp;P):</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>権限グループ</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>権限グループを読み込んでいます…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>権限グループを読み込めませんでした。</translation>
    </message>
    <message>
        <source>This project has no permission groups.</source>
        <translation>このプロジェクトには権限グループがありません。</translation>
    </message>
    <message>
        <source>Change &amp;groups</source>
        <translation>グループを変更(&amp;G)</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>プロジェクトから除外</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n agent(s) from the project: %1.</source>
        <translation>
            <numerusform>エージェント %n 人をプロジェクトから除外します: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>%1 から外れる</translation>
    </message>
    <message>
        <source>is left in no group (sees only Alli Works)</source>
        <translation>どのグループにも属さなくなります(Alli Works のみ閲覧可能)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The agents&apos; current groups could not be loaded.</source>
        <translation>エージェントの現在のグループを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading the agents&apos; current groups…</source>
        <translation>エージェントの現在のグループを読み込んでいます…</translation>
    </message>
    <message>
        <source>No change yet: the boxes show the groups the agents are in now.</source>
        <translation>まだ変更はありません。チェックボックスはエージェントが現在所属しているグループを示しています。</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n agent(s) lose administrator rights: %1. They will no longer be able to manage this project.</source>
        <translation>
            <numerusform>⚠ エージェント %n 人が管理者権限を失います: %1。このプロジェクトを管理できなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 selected agents are in this group.</source>
        <translation>選択したエージェント %2 人のうち %1 人がこのグループに属しています。</translation>
    </message>
    <message>
        <source>Remove administrator rights</source>
        <translation>管理者権限を外す</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will lose administrator rights.</source>
        <translation>
            <numerusform>エージェント %n 人が管理者権限を失います。</numerusform>
        </translation>
    </message>
    <message>
        <source>They will no longer be able to manage this project. Make sure someone else still can.</source>
        <translation>このプロジェクトを管理できなくなります。ほかに管理できる人が残っていることを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>Permission groups for %n agent(s): %1. A checked group is given to all of them, an unchecked one taken from all of them; a partly checked group stays as it is for each.</source>
        <translation>
            <numerusform>エージェント %n 人の権限グループ: %1。チェックしたグループは全員に追加され、チェックを外したグループは全員から外れます。一部チェックのグループは各自そのままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>変更内容(&amp;H):</translation>
    </message>
    <message>
        <source>Check a group to give it to every agent, uncheck it to take it from every agent (Space changes the current one).</source>
        <translation>グループをチェックすると全員に追加され、チェックを外すと全員から外れます(Space キーで現在の項目を切り替え)。</translation>
    </message>
</context>
<context>
    <name>Alli::ToolListModel</name>
    <message>
        <source>Single-action app</source>
        <translation>シングルアクションアプリ</translation>
    </message>
    <message>
        <source>Agent tool</source>
        <translation>エージェントツール</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公開</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>Alli::ToolsPage</name>
    <message>
        <source>Loading details…</source>
        <translation>詳細を読み込んでいます…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>詳細を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Loading tools…</source>
        <translation>ツールを読み込んでいます…</translation>
    </message>
    <message>
        <source>This project has no tools.</source>
        <translation>このプロジェクトにはツールがありません。</translation>
    </message>
    <message>
        <source>No tools match the filter.</source>
        <translation>フィルターに一致するツールはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n tool(s).</source>
        <translation>
            <numerusform>%n 件中 %1 件のツールを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Yes, published</source>
        <translation>はい、公開済み</translation>
    </message>
    <message>
        <source>No, not published</source>
        <translation>いいえ、未公開</translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation>変数 (%1)</translation>
    </message>
    <message>
        <source>Inputs (%1)</source>
        <translation>入力 (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Select a tool to see its inputs or variables and its raw JSON.</source>
        <translation>ツールを選択すると、入力または変数と元の JSON が表示されます。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Single-action apps</source>
        <translation>シングルアクションアプリ</translation>
    </message>
    <message>
        <source>Agent tools</source>
        <translation>エージェントツール</translation>
    </message>
    <message>
        <source>Show tools of one kind only</source>
        <translation>1 種類のツールだけを表示します</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Name, ID, description or parameter</source>
        <translation>名前、ID、説明、またはパラメーター</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>公開:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>元の JSON</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Show all tools</source>
        <translation>すべてのツールを表示</translation>
    </message>
</context>
<context>
    <name>Alli::UsersPage</name>
    <message>
        <source>Enter the user&apos;s own user ID (ownUserId) and press Enter.</source>
        <translation>ユーザーの独自ユーザー ID (ownUserId) を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 を検索しています…</translation>
    </message>
    <message numerus="yes">
        <source>User %1: every field the server returned (%n field(s)).</source>
        <translation>
            <numerusform>ユーザー %1: サーバーが返したすべてのフィールド (%n 個)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No user with the id %1 in this project.</source>
        <translation>このプロジェクトに ID が %1 のユーザーはいません。</translation>
    </message>
    <message>
        <source>&amp;Own user ID:</source>
        <translation>独自ユーザー ID(&amp;O):</translation>
    </message>
    <message>
        <source>e.g. EMP00002</source>
        <translation>例: EMP00002</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users listed in a CSV file.</source>
        <translation>CSV ファイルに記載されたユーザーを作成、更新、または削除します。</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>一括編集(&amp;B)</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users typed or pasted in a grid.</source>
        <translation>表に入力または貼り付けたユーザーを作成・更新・削除します。</translation>
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
        <source>Use your project&apos;s API key or token (US, Japan or a custom server).</source>
        <translation>プロジェクトの API キーまたはトークンを使用します（米国、日本、またはカスタムサーバー）。</translation>
    </message>
</context>
<context>
    <name>Alli::Widgets</name>
    <message>
        <source>Show all columns</source>
        <translation>すべての列を表示</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>右クリックで表示する列を選べます。</translation>
    </message>
</context>
</TS>
