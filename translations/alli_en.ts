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
    <message>
        <source>Not found (a look-up&apos;s answer, not a failure)</source>
        <translation>Not found (a look-up&apos;s answer, not a failure)</translation>
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
    <message>
        <source>Copied the %1 request as a curl command; the key is written as $ALLI_API_KEY.</source>
        <translation>Copied the %1 request as a curl command; the key is written as $ALLI_API_KEY.</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>&amp;Errors only</translation>
    </message>
    <message>
        <source>Shows only the requests that failed (a 404 that answers a look-up is not a failure).</source>
        <translation>Shows only the requests that failed (a 404 that answers a look-up is not a failure).</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Request and response</translation>
    </message>
    <message>
        <source>No request has failed.</source>
        <translation>No request has failed.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>Show all requests</translation>
    </message>
    <message>
        <source>No request has been made yet in this session.</source>
        <translation>No request has been made yet in this session.</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>This request has no body.</translation>
    </message>
    <message>
        <source>No response body.</source>
        <translation>No response body.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
</context>
<context>
    <name>Alli::AgentsPage</name>
    <message>
        <source>Filter by email</source>
        <translation>Filter by email</translation>
    </message>
    <message>
        <source>&amp;New agent…</source>
        <translation>&amp;New agent…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Deletes the selected agents from the project (Del).</source>
        <translation>Deletes the selected agents from the project (Del).</translation>
    </message>
    <message>
        <source>&amp;Copy emails</source>
        <translation>&amp;Copy emails</translation>
    </message>
    <message>
        <source>Copies the email addresses of the selected agents, one per line (Ctrl+C in the table).</source>
        <translation>Copies the email addresses of the selected agents, one per line (Ctrl+C in the table).</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent details</source>
        <translation>Agent details</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Select an agent to see the details.</source>
        <translation>Select an agent to see the details.</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Loading details…</translation>
    </message>
    <message>
        <source>This agent no longer exists.</source>
        <translation>This agent no longer exists.</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>The details could not be loaded.</translation>
    </message>
    <message>
        <source>Agent %1 created.</source>
        <translation>Agent %1 created.</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in to this project. This cannot be undone.</source>
        <translation>They will no longer be able to sign in to this project. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete the agent %1?</source>
        <translation>Delete the agent %1?</translation>
    </message>
    <message>
        <source>Delete the agent %1 (%2)?</source>
        <translation>Delete the agent %1 (%2)?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n agent(s)?</source>
        <translation>
            <numerusform>Delete %n agent?</numerusform>
            <numerusform>Delete %n agents?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>Delete agents</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n agent(s).</source>
        <translation>
            <numerusform>Deleted %n agent.</numerusform>
            <numerusform>Deleted %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n email address(es).</source>
        <translation>
            <numerusform>Copied %n email address.</numerusform>
            <numerusform>Copied %n email addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export agents</source>
        <translation>Export agents</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s) to %1.</source>
        <translation>
            <numerusform>Exported %n agent to %1.</numerusform>
            <numerusform>Exported %n agents to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Loading agents…</source>
        <translation>Loading agents…</translation>
    </message>
    <message>
        <source>The agents could not be loaded.</source>
        <translation>The agents could not be loaded.</translation>
    </message>
    <message>
        <source>This project has no agents.</source>
        <translation>This project has no agents.</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>No agent&apos;s email contains “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) loaded, scroll down for more</source>
        <translation>
            <numerusform>%n agent loaded, scroll down for more</numerusform>
            <numerusform>%n agents loaded, scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Loading more…</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
    <message>
        <source>Change &amp;groups…</source>
        <translation>Change &amp;groups…</translation>
    </message>
    <message>
        <source>Replaces the permission groups of the selected agents.</source>
        <translation>Replaces the permission groups of the selected agents.</translation>
    </message>
    <message>
        <source>Re&amp;move from project…</source>
        <translation>Re&amp;move from project…</translation>
    </message>
    <message>
        <source>Removes the selected agents from this project&apos;s members.</source>
        <translation>Removes the selected agents from this project&apos;s members.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Creates or deletes agents listed in a CSV file.</source>
        <translation>Creates or deletes agents listed in a CSV file.</translation>
    </message>
    <message>
        <source>They lose access to this project. Their accounts are kept and can be invited again.</source>
        <translation>They lose access to this project. Their accounts are kept and can be invited again.</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Remove from project</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n agent(s) from the project?</source>
        <translation>
            <numerusform>Remove %n agent from the project?</numerusform>
            <numerusform>Remove %n agents from the project?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n agent(s) from the project.</source>
        <translation>
            <numerusform>Removed %n agent from the project.</numerusform>
            <numerusform>Removed %n agents from the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the groups of %n agent(s).</source>
        <translation>
            <numerusform>Changed the groups of %n agent.</numerusform>
            <numerusform>Changed the groups of %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: see the results.</source>
        <translation>
            <numerusform>%n failed: see the results.</numerusform>
            <numerusform>%n failed: see the results.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV</source>
        <translation>E&amp;xport CSV</translation>
    </message>
    <message>
        <source>Saves agents as a CSV file, in the table&apos;s order.</source>
        <translation>Saves agents as a CSV file, in the table&apos;s order.</translation>
    </message>
    <message>
        <source>&amp;Every agent matching the filter…</source>
        <translation>&amp;Every agent matching the filter…</translation>
    </message>
    <message>
        <source>&amp;Only the rows loaded in the table…</source>
        <translation>&amp;Only the rows loaded in the table…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message numerus="yes">
        <source>Exported only the %n agent(s) loaded in the table, not every agent of the project, to %1.</source>
        <translation>
            <numerusform>Exported only the %n agent loaded in the table, not every agent of the project, to %1.</numerusform>
            <numerusform>Exported only the %n agents loaded in the table, not every agent of the project, to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>The export stopped, no file was written: %1</source>
        <translation>The export stopped, no file was written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agent(s), every agent matching the filter, to %1.</source>
        <translation>
            <numerusform>Exported %n agent, every agent matching the filter, to %1.</numerusform>
            <numerusform>Exported %n agents, every agent matching the filter, to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting stopped: the table shows the server&apos;s order.</source>
        <translation>Sorting stopped: the table shows the server&apos;s order.</translation>
    </message>
    <message numerus="yes">
        <source>Sorting needs every agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>Sorting needs every agent: loading the rest of the list first (%n loaded)…</numerusform>
            <numerusform>Sorting needs every agent: loading the rest of the list first (%n loaded)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %n agent(s) fetched from the server…</source>
        <translation>
            <numerusform>Exporting: %n agent fetched from the server…</numerusform>
            <numerusform>Exporting: %n agents fetched from the server…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the export file…</source>
        <translation>Writing the export file…</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) selected. Select one to see the details.</source>
        <translation>
            <numerusform>%n agent selected. Select one to see the details.</numerusform>
            <numerusform>%n agents selected. Select one to see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>&amp;Bulk edit</translation>
    </message>
    <message>
        <source>Builds a bulk change of agents or members in a grid: typed, or pasted from a spreadsheet.</source>
        <translation>Builds a bulk change of agents or members in a grid: typed, or pasted from a spreadsheet.</translation>
    </message>
    <message>
        <source>Edit groups &amp;per agent…</source>
        <translation>Edit groups &amp;per agent…</translation>
    </message>
    <message>
        <source>Opens the selected agents in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>Opens the selected agents in a grid with the groups each is in now, to give each one its own groups.</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The groups could not be loaded.</source>
        <translation>The groups could not be loaded.</translation>
    </message>
    <message>
        <source>No permission group</source>
        <translation>No permission group</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The agents could not be loaded: %1</source>
        <translation>The agents could not be loaded: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Looking for agents whose email contains “%1”…</source>
        <translation>Looking for agents whose email contains “%1”…</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>New agent…</source>
        <translation>New agent…</translation>
    </message>
    <message numerus="yes">
        <source>Loading stopped: the filters apply to the %n agent(s) loaded.</source>
        <translation>
            <numerusform>Loading stopped: the filters apply to the %n agent loaded.</numerusform>
            <numerusform>Loading stopped: the filters apply to the %n agents loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) match the filters and are selected.</source>
        <translation>
            <numerusform>%n agent matches the filters and is selected.</numerusform>
            <numerusform>%n agents match the filters and are selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email contains, or @domain…</source>
        <translation>Email contains, or @domain…</translation>
    </message>
    <message>
        <source>Shows the agents whose email contains this text; text that starts with @ is a domain (&quot;@example.com&quot;).</source>
        <translation>Shows the agents whose email contains this text; text that starts with @ is a domain (&quot;@example.com&quot;).</translation>
    </message>
    <message>
        <source>Name contains…</source>
        <translation>Name contains…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Shows the agents whose first or last name contains this text. Every agent of the project is loaded for it.</source>
        <translation>Shows the agents whose first or last name contains this text. Every agent of the project is loaded for it.</translation>
    </message>
    <message>
        <source>Filter by permission group</source>
        <translation>Filter by permission group</translation>
    </message>
    <message>
        <source>Shows only the members of one permission group, or the agents in no group.</source>
        <translation>Shows only the members of one permission group, or the agents in no group.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>Filters saved under a name for this connection.</source>
        <translation>Filters saved under a name for this connection.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Save or delete views</source>
        <translation>Save or delete views</translation>
    </message>
    <message>
        <source>Saves the current filters as a named view, or deletes the chosen view.</source>
        <translation>Saves the current filters as a named view, or deletes the chosen view.</translation>
    </message>
    <message>
        <source>&amp;Save the filters as a view…</source>
        <translation>&amp;Save the filters as a view…</translation>
    </message>
    <message>
        <source>&amp;Delete this view</source>
        <translation>&amp;Delete this view</translation>
    </message>
    <message>
        <source>Select &amp;all matching</source>
        <translation>Select &amp;all matching</translation>
    </message>
    <message>
        <source>Selects every agent the filters match, not only the rows loaded so far, so that the actions below apply to all of them.</source>
        <translation>Selects every agent the filters match, not only the rows loaded so far, so that the actions below apply to all of them.</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Any group</translation>
    </message>
    <message>
        <source>In no group</source>
        <translation>In no group</translation>
    </message>
    <message>
        <source>Loading the groups…</source>
        <translation>Loading the groups…</translation>
    </message>
    <message>
        <source>(a group that no longer exists)</source>
        <translation>(a group that no longer exists)</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>View “%1” saved.</translation>
    </message>
    <message>
        <source>View “%1” deleted.</source>
        <translation>View “%1” deleted.</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view (the email, name and group filters are saved for this connection):</source>
        <translation>Name of the view (the email, name and group filters are saved for this connection):</translation>
    </message>
    <message>
        <source>Replace the view “%1”?</source>
        <translation>Replace the view “%1”?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Loading every agent that matches the filters, to select them all…</source>
        <translation>Loading every agent that matches the filters, to select them all…</translation>
    </message>
    <message numerus="yes">
        <source>Selecting every matching agent: loading the rest of the list first (%n loaded)…</source>
        <translation>
            <numerusform>Selecting every matching agent: loading the rest of the list first (%n loaded)…</numerusform>
            <numerusform>Selecting every matching agent: loading the rest of the list first (%n loaded)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…</source>
        <translation>
            <numerusform>Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…</numerusform>
            <numerusform>Filtering by name or group needs every agent: loading the rest of the list (%n loaded)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for matching agents…</source>
        <translation>Looking for matching agents…</translation>
    </message>
    <message>
        <source>No agent matches these filters.</source>
        <translation>No agent matches these filters.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Clear the filters</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtering…</translation>
    </message>
</context>
<context>
    <name>Alli::AlliClient</name>
    <message>
        <source>the server&apos;s certificate (%1) expired on %2</source>
        <translation>the server&apos;s certificate (%1) expired on %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) is not valid before %2</source>
        <translation>the server&apos;s certificate (%1) is not valid before %2</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for %1, not for this address</source>
        <translation>the server&apos;s certificate is for %1, not for this address</translation>
    </message>
    <message>
        <source>the server&apos;s certificate (%1) has been revoked</source>
        <translation>the server&apos;s certificate (%1) has been revoked</translation>
    </message>
    <message>
        <source>the issuer of the server&apos;s certificate (%1, issued by %2) is not trusted: add the company&apos;s CA certificate (PEM) to the connection</source>
        <translation>the issuer of the server&apos;s certificate (%1, issued by %2) is not trusted: add the company&apos;s CA certificate (PEM) to the connection</translation>
    </message>
</context>
<context>
    <name>Alli::ApiError</name>
    <message>
        <source>The connection settings are not usable.</source>
        <translation>The connection settings are not usable.</translation>
    </message>
    <message>
        <source>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection&apos;s credentials.</source>
        <translation>Authentication failed: the API key or token is missing or invalid (HTTP 401). Check the connection&apos;s credentials.</translation>
    </message>
    <message>
        <source>Access denied: the project is inactive or this computer&apos;s IP address is not on the project&apos;s allow-list (HTTP 403).</source>
        <translation>Access denied: the project is inactive or this computer&apos;s IP address is not on the project&apos;s allow-list (HTTP 403).</translation>
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
        <source>The server sent a malformed response: field &quot;%1&quot; is missing or invalid.</source>
        <translation>The server sent a malformed response: field &quot;%1&quot; is missing or invalid.</translation>
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
    <message>
        <source>The server refused the request as invalid (HTTP %1).</source>
        <translation>The server refused the request as invalid (HTTP %1).</translation>
    </message>
    <message>
        <source>The API key or token is missing or invalid (%1). Check the connection&apos;s credentials.</source>
        <translation>The API key or token is missing or invalid (%1). Check the connection&apos;s credentials.</translation>
    </message>
    <message>
        <source>The server answered with a redirect (HTTP %1) that Alli Admin does not follow: it follows only a read redirected to the same server address, so that the key or token is never sent to another address. Check the server address of this connection.</source>
        <translation>The server answered with a redirect (HTTP %1) that Alli Admin does not follow: it follows only a read redirected to the same server address, so that the key or token is never sent to another address. Check the server address of this connection.</translation>
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
        <source>The key for &quot;%1&quot; is not stored on this computer. Enter it again.</source>
        <translation>The key for &quot;%1&quot; is not stored on this computer. Enter it again.</translation>
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
    <message>
        <source>The proxy did not accept the login for %1.</source>
        <translation>The proxy did not accept the login for %1.</translation>
    </message>
    <message>
        <source>The proxy password is kept for this session only: only a proxy set in the connection&apos;s own settings can keep its password in the keychain.</source>
        <translation>The proxy password is kept for this session only: only a proxy set in the connection&apos;s own settings can keep its password in the keychain.</translation>
    </message>
    <message>
        <source>The certificate could not be saved in %1: %2</source>
        <translation>The certificate could not be saved in %1: %2</translation>
    </message>
    <message>
        <source>“%1” is now trusted for the connection “%2”.</source>
        <translation>“%1” is now trusted for the connection “%2”.</translation>
    </message>
</context>
<context>
    <name>Alli::BarChart</name>
    <message numerus="yes">
        <source>… and %n more group(s)</source>
        <translation>
            <numerusform>… and %n more group</numerusform>
            <numerusform>… and %n more groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk</name>
    <message>
        <source>Create users</source>
        <translation>Create users</translation>
    </message>
    <message>
        <source>Update users</source>
        <translation>Update users</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Delete users</translation>
    </message>
    <message>
        <source>Invite members</source>
        <translation>Invite members</translation>
    </message>
    <message>
        <source>Update members&apos; permission groups</source>
        <translation>Update members&apos; permission groups</translation>
    </message>
    <message>
        <source>Remove members</source>
        <translation>Remove members</translation>
    </message>
    <message>
        <source>Create agents</source>
        <translation>Create agents</translation>
    </message>
    <message>
        <source>Delete agents</source>
        <translation>Delete agents</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown (may or may not be applied)</source>
        <translation>
            <numerusform>%n unknown (may or may not be applied)</numerusform>
            <numerusform>%n unknown (may or may not be applied)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows typed in the bulk editor</source>
        <translation>Rows typed in the bulk editor</translation>
    </message>
    <message>
        <source>Agents selected on the agents page</source>
        <translation>Agents selected on the agents page</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Pasted rows</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkJob</name>
    <message>
        <source>An earlier attempt got no usable answer: this row may already be applied.</source>
        <translation>An earlier attempt got no usable answer: this row may already be applied.</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Cancelled before it was sent</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>No usable answer; the change may or may not have been applied: %1</source>
        <translation>No usable answer; the change may or may not have been applied: %1</translation>
    </message>
    <message>
        <source>Not sent: the job stopped after: %1</source>
        <translation>Not sent: the job stopped after: %1</translation>
    </message>
    <message>
        <source>The server answered &quot;%1&quot; for this row, which says neither success nor failure: it is checked on the server.</source>
        <translation>The server answered &quot;%1&quot; for this row, which says neither success nor failure: it is checked on the server.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>no result</translation>
    </message>
    <message>
        <source>conflicting results</source>
        <translation>conflicting results</translation>
    </message>
    <message>
        <source>Failed (no message from the server)</source>
        <translation>Failed (no message from the server)</translation>
    </message>
    <message>
        <source>The server refused this row, but an earlier attempt may already have applied it: its outcome is unknown until it is looked up on the server. The server said: %1</source>
        <translation>The server refused this row, but an earlier attempt may already have applied it: its outcome is unknown until it is looked up on the server. The server said: %1</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::BulkRun</name>
    <message>
        <source>Job %1 has already finished: nothing to resume.</source>
        <translation>Job %1 has already finished: nothing to resume.</translation>
    </message>
    <message>
        <source>Job %1 was started on %2, not on %3: connect to the same server to resume it.</source>
        <translation>Job %1 was started on %2, not on %3: connect to the same server to resume it.</translation>
    </message>
    <message>
        <source>an unknown server</source>
        <translation>an unknown server</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>no server</translation>
    </message>
    <message>
        <source>The job could not be written to the journal: it is sent, but cannot be resumed if it is interrupted.</source>
        <translation>The job could not be written to the journal: it is sent, but cannot be resumed if it is interrupted.</translation>
    </message>
    <message>
        <source>Job %1 cannot be resumed: there is no journal.</source>
        <translation>Job %1 cannot be resumed: there is no journal.</translation>
    </message>
    <message>
        <source>There is no job %1 in the journal, or the journal cannot be read.</source>
        <translation>There is no job %1 in the journal, or the journal cannot be read.</translation>
    </message>
    <message>
        <source>Reading the job from the journal…</source>
        <translation>Reading the job from the journal…</translation>
    </message>
    <message>
        <source>Recording the job in the journal…</source>
        <translation>Recording the job in the journal…</translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) that were in flight when the job stopped: %1 done…</source>
        <translation>
            <numerusform>Checking on the server the %n row that was in flight when the job stopped: %1 done…</numerusform>
            <numerusform>Checking on the server the %n rows that were in flight when the job stopped: %1 done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking on the server the %n row(s) whose outcome is unknown: %1 done…</source>
        <translation>
            <numerusform>Checking on the server the %n row whose outcome is unknown: %1 done…</numerusform>
            <numerusform>Checking on the server the %n rows whose outcome is unknown: %1 done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not applied after a server error or a lost answer; they are sent again shortly.</source>
        <translation>
            <numerusform>%n row was not applied after a server error or a lost answer; it is sent again shortly.</numerusform>
            <numerusform>%n rows were not applied after a server error or a lost answer; they are sent again shortly.</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>%1 of %2 rows done, %3 failed</source>
        <translation>%1 of %2 rows done, %3 failed</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 rows/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>sending again the rows that were not applied</source>
        <translation>sending again the rows that were not applied</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after line %1 of %2 were never sent: the job stopped while it was being recorded in the journal. Import those lines again.</source>
        <translation>
            <numerusform>%n row after line %1 of %2 was never sent: the job stopped while it was being recorded in the journal. Import those lines again.</numerusform>
            <numerusform>%n rows after line %1 of %2 were never sent: the job stopped while it was being recorded in the journal. Import those lines again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were never recorded nor sent: resuming does not send them; import them again.</source>
        <translation>
            <numerusform>%n row of the file was never recorded nor sent: resuming does not send it; import it again.</numerusform>
            <numerusform>%n rows of the file were never recorded nor sent: resuming does not send them; import them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::ClipboardTable</name>
    <message>
        <source>The pasted text cannot be read as rows: the quote opened on pasted line %1 is never closed.</source>
        <translation>The pasted text cannot be read as rows: the quote opened on pasted line %1 is never closed.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows. Copy the cells in Excel or LibreOffice, then paste.</source>
        <translation>The clipboard holds no rows. Copy the cells in Excel or LibreOffice, then paste.</translation>
    </message>
    <message>
        <source>The clipboard holds %1 rows; at most %2 can be pasted at once.</source>
        <translation>The clipboard holds %1 rows; at most %2 can be pasted at once.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>Pasted line %1 has %2 cells, but the header has %3.</source>
        <translation>Pasted line %1 has %2 cells, but the header has %3.</translation>
    </message>
    <message>
        <source>The pasted cells are only a header: copy the rows below it too.</source>
        <translation>The pasted cells are only a header: copy the rows below it too.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::CsvReader</name>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>This is an Excel workbook, not a CSV file. In Excel, use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data.</source>
        <translation>This is not a text file: it contains binary data.</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel Unicode text)</source>
        <translation>UTF-16 LE (Excel Unicode text)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Korean (windows-949)</source>
        <translation>Korean (windows-949)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>Japanese (Shift_JIS)</translation>
    </message>
    <message>
        <source>Line %1 contains bytes that are not valid %2 text. Choose another encoding.</source>
        <translation>Line %1 contains bytes that are not valid %2 text. Choose another encoding.</translation>
    </message>
    <message>
        <source>The file is not valid %1 text. Choose another encoding.</source>
        <translation>The file is not valid %1 text. Choose another encoding.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: line %1 is not valid UTF-8, and the file is not Korean (windows-949) or Japanese (Shift_JIS) text either. Choose the encoding.</source>
        <translation>The encoding of the file was not recognised: line %1 is not valid UTF-8, and the file is not Korean (windows-949) or Japanese (Shift_JIS) text either. Choose the encoding.</translation>
    </message>
    <message>
        <source>The encoding of the file was not recognised: it is not UTF-8, UTF-16, Korean (windows-949) or Japanese (Shift_JIS) text. Choose the encoding.</source>
        <translation>The encoding of the file was not recognised: it is not UTF-8, UTF-16, Korean (windows-949) or Japanese (Shift_JIS) text. Choose the encoding.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a closing quote &quot; is missing).</source>
        <translation>Line %1: a quoted field is never closed (a closing quote &quot; is missing).</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</source>
        <translation>Line %1: unexpected text after a closing quote. A quote inside a field must be doubled (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: stray quote in a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</source>
        <translation>Line %1: stray quote in a field that does not start with a quote. Put the whole field in quotes and double the quote (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Line %1: the header has %2 columns; at most %3 are accepted.</source>
        <translation>Line %1: the header has %2 columns; at most %3 are accepted.</translation>
    </message>
    <message>
        <source>Line %1: the header names the column &quot;%2&quot; twice. Column names must be unique.</source>
        <translation>Line %1: the header names the column &quot;%2&quot; twice. Column names must be unique.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells but the header has %3 columns.</source>
        <translation>Line %1 has %2 cells but the header has %3 columns.</translation>
    </message>
    <message>
        <source>Line %1 is a header with no data rows after it. The file has no data rows.</source>
        <translation>Line %1 is a header with no data rows after it. The file has no data rows.</translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused. Split it into smaller files.</source>
        <translation>The file is %1 MB; files over %2 MB are refused. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>This is not a text file: it contains binary data (line %1 contains a NUL byte).</source>
        <translation>This is not a text file: it contains binary data (line %1 contains a NUL byte).</translation>
    </message>
    <message>
        <source>The file mixes encodings: line %1 is UTF-8 text but line %2 is not. Save the whole file in one encoding (in Excel: &quot;CSV UTF-8&quot;).</source>
        <translation>The file mixes encodings: line %1 is UTF-8 text but line %2 is not. Save the whole file in one encoding (in Excel: &quot;CSV UTF-8&quot;).</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>column &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Line %1, %2: the cell has %3 characters; at most %4 are accepted.</source>
        <translation>Line %1, %2: the cell has %3 characters; at most %4 are accepted.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; files over %1 MB are refused. Split it into smaller files.</source>
        <translation>The file is larger than %1 MB; files over %1 MB are refused. Split it into smaller files.</translation>
    </message>
    <message>
        <source>More than %1 lines of the file cannot be read; the first is line %2: %3</source>
        <translation>More than %1 lines of the file cannot be read; the first is line %2: %3</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::JobJournal</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot open the job journal %1: %2</source>
        <translation>Cannot open the job journal %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the job journal %1: %2</source>
        <translation>Cannot prepare the job journal %1: %2</translation>
    </message>
    <message>
        <source>The app stopped before the answer arrived: this row may or may not be applied.</source>
        <translation>The app stopped before the answer arrived: this row may or may not be applied.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::OperationSpec</name>
    <message>
        <source>User ID (ownUserId)</source>
        <translation>User ID (ownUserId)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>Permission groups</translation>
    </message>
    <message>
        <source>Permission group</source>
        <translation>Permission group</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Attribute: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>A two-letter ISO 639-1 language code, such as ko, ja or en.</source>
        <translation>A two-letter ISO 639-1 language code, such as ko, ja or en.</translation>
    </message>
    <message>
        <source>A permission group of the project. Separate several groups with “;”.</source>
        <translation>A permission group of the project. Separate several groups with “;”.</translation>
    </message>
    <message>
        <source>A permission group of the project.</source>
        <translation>A permission group of the project.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Reconciler</name>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>Verified on the server: the user no longer exists.</source>
        <translation>Verified on the server: the user no longer exists.</translation>
    </message>
    <message>
        <source>Not applied: the server has no user &quot;%1&quot; (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>Not applied: the server has no user &quot;%1&quot; (checked after no usable answer). Retry the failed rows to send it again.</translation>
    </message>
    <message>
        <source>Not applied: the user still exists on the server (checked after no usable answer).</source>
        <translation>Not applied: the user still exists on the server (checked after no usable answer).</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row.</source>
        <translation>Verified on the server: the user has the data of this row.</translation>
    </message>
    <message>
        <source>Verified on the server: the agent exists.</source>
        <translation>Verified on the server: the agent exists.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is a member.</source>
        <translation>Verified on the server: %1 is a member.</translation>
    </message>
    <message>
        <source>Verified on the server: the agent no longer exists.</source>
        <translation>Verified on the server: the agent no longer exists.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is no longer a member.</source>
        <translation>Verified on the server: %1 is no longer a member.</translation>
    </message>
    <message>
        <source>Not applied: %1 is still on the server (checked after no usable answer).</source>
        <translation>Not applied: %1 is still on the server (checked after no usable answer).</translation>
    </message>
    <message>
        <source>Not applied: %1 is not on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>Not applied: %1 is not on the server (checked after no usable answer). Retry the failed rows to send it again.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Not applied: the permission group &quot;%1&quot; does not exist on the server.</source>
        <translation>Not applied: the permission group &quot;%1&quot; does not exist on the server.</translation>
    </message>
    <message>
        <source>Verified on the server: %1 is in the groups of this row.</source>
        <translation>Verified on the server: %1 is in the groups of this row.</translation>
    </message>
    <message>
        <source>Not applied: %1 is not in %2 on the server (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>Not applied: %1 is not in %2 on the server (checked after no usable answer). Retry the failed rows to send it again.</translation>
    </message>
    <message>
        <source>Could not be checked on the server (%1).</source>
        <translation>Could not be checked on the server (%1).</translation>
    </message>
    <message>
        <source>Not applied: on the server, %1 differ from this row (checked after no usable answer). Retry the failed rows to send it again.</source>
        <translation>Not applied: on the server, %1 differ from this row (checked after no usable answer). Retry the failed rows to send it again.</translation>
    </message>
    <message>
        <source>Verified on the server: the user has the data of this row that the server shows (not shown, so not compared: %1).</source>
        <translation>Verified on the server: the user has the data of this row that the server shows (not shown, so not compared: %1).</translation>
    </message>
    <message>
        <source>Verified on the server: the user exists (the server does not show %1, so they were not compared).</source>
        <translation>Verified on the server: the user exists (the server does not show %1, so they were not compared).</translation>
    </message>
    <message>
        <source>the server&apos;s answer shows none of this row&apos;s fields (%1)</source>
        <translation>the server&apos;s answer shows none of this row&apos;s fields (%1)</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::Report</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::RowValidator</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>No column is mapped to %1.</source>
        <translation>No column is mapped to %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already appears on line %3.</source>
        <translation>%1 &quot;%2&quot; already appears on line %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter language code (ISO 639-1) such as ko, ja or en.</source>
        <translation>&quot;%1&quot; is not a two-letter language code (ISO 639-1) such as ko, ja or en.</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist; it will be created.</source>
        <translation>Permission group &quot;%1&quot; does not exist; it will be created.</translation>
    </message>
    <message>
        <source>Permission group &quot;%1&quot; does not exist.</source>
        <translation>Permission group &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; contains an invisible character (%3) at position %4. Type the value again.</source>
        <translation>%1 &quot;%2&quot; contains an invisible character (%3) at position %4. Type the value again.</translation>
    </message>
    <message>
        <source>Permission groups &quot;%1&quot; names no group. Separate group names with ; or |.</source>
        <translation>Permission groups &quot;%1&quot; names no group. Separate group names with ; or |.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; names no attribute: name it &quot;attribute.&lt;name&gt;&quot;.</source>
        <translation>Column &quot;%1&quot; names no attribute: name it &quot;attribute.&lt;name&gt;&quot;.</translation>
    </message>
    <message>
        <source>The password has %1 characters; at most %2 are accepted.</source>
        <translation>The password has %1 characters; at most %2 are accepted.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 already exists: switch to &quot;Update users&quot;, or leave this row out.</source>
        <translation>%1 already exists: switch to &quot;Update users&quot;, or leave this row out.</translation>
    </message>
    <message>
        <source>%1 is already an agent of this project: leave this row out.</source>
        <translation>%1 is already an agent of this project: leave this row out.</translation>
    </message>
    <message>
        <source>%1 was not found: switch to &quot;Create users&quot;, or leave this row out.</source>
        <translation>%1 was not found: switch to &quot;Create users&quot;, or leave this row out.</translation>
    </message>
    <message>
        <source>%1 is not a member of this project: switch to &quot;Invite members&quot;, or leave this row out.</source>
        <translation>%1 is not a member of this project: switch to &quot;Invite members&quot;, or leave this row out.</translation>
    </message>
    <message>
        <source>%1 was not found: there is nothing to change, leave this row out.</source>
        <translation>%1 was not found: there is nothing to change, leave this row out.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a spreadsheet formula. It is sent as plain text, exactly as written.</source>
        <translation>&quot;%1&quot; looks like a spreadsheet formula. It is sent as plain text, exactly as written.</translation>
    </message>
    <message>
        <source>The password must have three of: lowercase letters, uppercase letters, digits, other characters.</source>
        <translation>The password must have three of: lowercase letters, uppercase letters, digits, other characters.</translation>
    </message>
    <message>
        <source>%1 Sent anyway, as asked: the server decides.</source>
        <translation>%1 Sent anyway, as asked: the server decides.</translation>
    </message>
    <message>
        <source>%1 Alli does not document this rule: the row can be sent anyway.</source>
        <translation>%1 Alli does not document this rule: the row can be sent anyway.</translation>
    </message>
    <message>
        <source>The password has fewer than %1 characters.</source>
        <translation>The password has fewer than %1 characters.</translation>
    </message>
    <message>
        <source>%1 is already a member: their groups are updated.</source>
        <translation>%1 is already a member: their groups are updated.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::TableFile</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV UTF-8 (*.csv)</source>
        <translation>CSV UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) do not fit in an Excel sheet (at most 1,048,575 below the header): save as CSV instead.</source>
        <translation>
            <numerusform>%n row does not fit in an Excel sheet (at most 1,048,575 below the header): save as CSV instead.</numerusform>
            <numerusform>%n rows do not fit in an Excel sheet (at most 1,048,575 below the header): save as CSV instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) do not fit in an Excel sheet (at most 16,384): save as CSV instead.</source>
        <translation>
            <numerusform>%n column does not fit in an Excel sheet (at most 16,384): save as CSV instead.</numerusform>
            <numerusform>%n columns do not fit in an Excel sheet (at most 16,384): save as CSV instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make a temporary file: %1</source>
        <translation>Cannot make a temporary file: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Cannot start the workbook.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: the cell holds %3 characters, more than the %4 an Excel cell can hold. Save as CSV instead.</source>
        <translation>Row %1, column “%2”: the cell holds %3 characters, more than the %4 an Excel cell can hold. Save as CSV instead.</translation>
    </message>
    <message>
        <source>Row %1, column “%2”: %3</source>
        <translation>Row %1, column “%2”: %3</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Cannot write the workbook: %1</translation>
    </message>
    <message>
        <source>Cannot write the file.</source>
        <translation>Cannot write the file.</translation>
    </message>
</context>
<context>
    <name>Alli::Bulk::XlsxReader</name>
    <message>
        <source>the workbook&apos;s ZIP directory is damaged</source>
        <translation>the workbook&apos;s ZIP directory is damaged</translation>
    </message>
    <message>
        <source>it holds more than %1 parts</source>
        <translation>it holds more than %1 parts</translation>
    </message>
    <message>
        <source>it would unpack to more than %1 MB</source>
        <translation>it would unpack to more than %1 MB</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>the part %1 is missing</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened</source>
        <translation>the part %1 cannot be opened</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>the part %1 is damaged</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more than its stated size</source>
        <translation>the part %1 unpacks to more than its stated size</translation>
    </message>
    <message>
        <source>the part %1 is damaged (checksum)</source>
        <translation>the part %1 is damaged (checksum)</translation>
    </message>
    <message>
        <source>This Excel workbook cannot be read: %1. Open it in Excel and save it again as .xlsx, or use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</source>
        <translation>This Excel workbook cannot be read: %1. Open it in Excel and save it again as .xlsx, or use File &gt; Save As and choose &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2: %3)</source>
        <translation>the part %1 is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (%1)</source>
        <translation>it is not an Excel workbook (%1)</translation>
    </message>
    <message>
        <source>This workbook contains macros (.xlsm), which Alli Admin never runs or reads. In Excel, save a copy as &quot;Excel Workbook (.xlsx)&quot; and import that.</source>
        <translation>This workbook contains macros (.xlsm), which Alli Admin never runs or reads. In Excel, save a copy as &quot;Excel Workbook (.xlsx)&quot; and import that.</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>it has no sheet</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: %3</source>
        <translation>Sheet “%1”, cell %2: %3</translation>
    </message>
    <message>
        <source>Sheet “%1” has more than %2 rows, the limit.</source>
        <translation>Sheet “%1” has more than %2 rows, the limit.</translation>
    </message>
    <message>
        <source>column %1 is beyond the limit of %2 columns</source>
        <translation>column %1 is beyond the limit of %2 columns</translation>
    </message>
    <message>
        <source>it refers to a text that the workbook does not have</source>
        <translation>it refers to a text that the workbook does not have</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>the cell holds %1 characters, more than %2</source>
        <translation>the cell holds %1 characters, more than %2</translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML (line %2: %3)</source>
        <translation>the sheet “%1” is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>it is damaged or incomplete</source>
        <translation>it is damaged or incomplete</translation>
    </message>
    <message>
        <source>The workbook has no sheet named “%1”; its sheets are %2.</source>
        <translation>The workbook has no sheet named “%1”; its sheets are %2.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty.</source>
        <translation>The sheet “%1” is empty.</translation>
    </message>
    <message>
        <source>Row %1 of the sheet “%2” is empty: it cannot be the header.</source>
        <translation>Row %1 of the sheet “%2” is empty: it cannot be the header.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Sheet “%1”, row %2: the header names “%3” twice (columns %4 and %5).</source>
        <translation>Sheet “%1”, row %2: the header names “%3” twice (columns %4 and %5).</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: it has a value, but its column has no name in the header (row %3).</source>
        <translation>Sheet “%1”, cell %2: it has a value, but its column has no name in the header (row %3).</translation>
    </message>
    <message>
        <source>the sheet “%1” lists row %2 after row %3</source>
        <translation>the sheet “%1” lists row %2 after row %3</translation>
    </message>
    <message>
        <source>The sheet “%1” has a header (row %2) but no rows below it.</source>
        <translation>The sheet “%1” has a header (row %2) but no rows below it.</translation>
    </message>
    <message>
        <source>a DTD is not allowed</source>
        <translation>a DTD is not allowed</translation>
    </message>
    <message>
        <source>The header has merged cells (%1): only the first cell of each has a name; the others are named by their column letter.</source>
        <translation>The header has merged cells (%1): only the first cell of each has a name; the others are named by their column letter.</translation>
    </message>
    <message numerus="yes">
        <source>%n range(s) of merged cells below the header (%1): the value is in the first cell only, the other cells are imported empty.</source>
        <translation>
            <numerusform>%n range of merged cells below the header (%1): the value is in the first cell only, the other cells are imported empty.</numerusform>
            <numerusform>%n ranges of merged cells below the header (%1): the value is in the first cell only, the other cells are imported empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in Excel are imported too (rows %1). Leave them out in the preview if they should not be sent.</source>
        <translation>
            <numerusform>%n row hidden in Excel is imported too (row %1). Leave it out in the preview if it should not be sent.</numerusform>
            <numerusform>%n rows hidden in Excel are imported too (rows %1). Leave them out in the preview if they should not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) hidden in Excel are read too (%1): map them to “(not used)” if they should not be sent.</source>
        <translation>
            <numerusform>%n column hidden in Excel is read too (%1): map it to “(not used)” if they should not be sent.</numerusform>
            <numerusform>%n columns hidden in Excel are read too (%1): map them to “(not used)” if they should not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet “%1” is not well-formed XML after cell %2 (line %3, column %4: %5)</source>
        <translation>the sheet “%1” is not well-formed XML after cell %2 (line %3, column %4: %5)</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls) or a password-protected one, which Alli Admin does not read. In Excel, open it and save it as &quot;Excel Workbook (.xlsx)&quot; without a password (File &gt; Save As), then import that file.</source>
        <translation>This is an old Excel workbook (.xls) or a password-protected one, which Alli Admin does not read. In Excel, open it and save it as &quot;Excel Workbook (.xlsx)&quot; without a password (File &gt; Save As), then import that file.</translation>
    </message>
    <message>
        <source>its sheet %1 has no name</source>
        <translation>its sheet %1 has no name</translation>
    </message>
    <message>
        <source>its sheets “%1” and “%2” have the same name</source>
        <translation>its sheets “%1” and “%2” have the same name</translation>
    </message>
</context>
<context>
    <name>Alli::BulkEditorDialog</name>
    <message>
        <source>Add rows from a CSV file</source>
        <translation>Add rows from a CSV file</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>Save rows</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>Saved the rows as %1.</translation>
    </message>
    <message>
        <source>Bulk edit: %1</source>
        <translation>Bulk edit: %1</translation>
    </message>
    <message>
        <source>Type or paste rows; every cell is checked as it changes. Send sends the rows that are ready, and each row&apos;s result appears in the Result column. Rows that failed can be fixed and sent again.</source>
        <translation>Type or paste rows; every cell is checked as it changes. Send sends the rows that are ready, and each row&apos;s result appears in the Result column. Rows that failed can be fixed and sent again.</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>Insert rows</translation>
    </message>
    <message>
        <source>Insert empty rows above the selection (Ctrl++)</source>
        <translation>Insert empty rows above the selection (Ctrl++)</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>Delete the selected rows (Ctrl+-)</source>
        <translation>Delete the selected rows (Ctrl+-)</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>Paste rows</translation>
    </message>
    <message>
        <source>Add the rows copied in a spreadsheet, with or without their header row</source>
        <translation>Add the rows copied in a spreadsheet, with or without their header row</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source>Find (Ctrl+F) and replace (Ctrl+H) text in the cells</source>
        <translation>Find (Ctrl+F) and replace (Ctrl+H) text in the cells</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Next problem</translation>
    </message>
    <message>
        <source>Go to the next cell with an error (F8; Shift+F8 goes back)</source>
        <translation>Go to the next cell with an error (F8; Shift+F8 goes back)</translation>
    </message>
    <message>
        <source>Add from CSV…</source>
        <translation>Add from CSV…</translation>
    </message>
    <message>
        <source>Save rows…</source>
        <translation>Save rows…</translation>
    </message>
    <message>
        <source>Save the rows as a CSV file (passwords are not written)</source>
        <translation>Save the rows as a CSV file (passwords are not written)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Send rows anyway that break only rules Alli does not document</source>
        <translation>Send rows anyway that break only rules Alli does not document</translation>
    </message>
    <message>
        <source>Requests in &amp;flight:</source>
        <translation>Requests in &amp;flight:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Rows to send</source>
        <translation>Rows to send</translation>
    </message>
    <message>
        <source>The agents&apos; current groups could not be read: %1</source>
        <translation>The agents&apos; current groups could not be read: %1</translation>
    </message>
    <message>
        <source>The project&apos;s groups could not be read (%1): group names are not checked.</source>
        <translation>The project&apos;s groups could not be read (%1): group names are not checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) with their current groups: change the groups cells, then send. Only the rows that change are sent.</source>
        <translation>
            <numerusform>%n agent with their current groups: change the groups cells, then send. Only the rows that change are sent.</numerusform>
            <numerusform>%n agents with their current groups: change the groups cells, then send. Only the rows that change are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (F8 goes to the next one)</source>
        <translation>
            <numerusform>%n with problems (F8 goes to the next one)</numerusform>
            <numerusform>%n with problems (F8 goes to the next one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to send</source>
        <translation>
            <numerusform>%n ready to send</numerusform>
            <numerusform>%n ready to send</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(reading the project&apos;s groups…)</source>
        <translation>(reading the project&apos;s groups…)</translation>
    </message>
    <message numerus="yes">
        <source>Send again (%n)</source>
        <translation>
            <numerusform>Send again (%n)</numerusform>
            <numerusform>Send again (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send (%n)</source>
        <translation>
            <numerusform>Send (%n)</numerusform>
            <numerusform>Send (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>Added %n row.</numerusform>
            <numerusform>Added %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns this change has no use for were left out: %1.</source>
        <translation>Columns this change has no use for were left out: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Nothing was pasted: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <source>No row is ready to send.</source>
        <translation>No row is ready to send.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) may already be applied: their outcome could not be checked.</source>
        <translation>
            <numerusform>%n row may already be applied: their outcome could not be checked.</numerusform>
            <numerusform>%n rows may already be applied: their outcome could not be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending them again can fail with &quot;already exists&quot;, or repeat a change. Check them on the server first if in doubt.</source>
        <translation>Sending them again can fail with &quot;already exists&quot;, or repeat a change. Check them on the server first if in doubt.</translation>
    </message>
    <message>
        <source>Fix the rows that failed and send again; rows that succeeded are kept as they are.</source>
        <translation>Fix the rows that failed and send again; rows that succeeded are kept as they are.</translation>
    </message>
    <message>
        <source>The kept rows could not be read: %1</source>
        <translation>The kept rows could not be read: %1</translation>
    </message>
    <message>
        <source>Rows of this change were kept when the editor closed on %1.</source>
        <translation>Rows of this change were kept when the editor closed on %1.</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Close the editor</translation>
    </message>
    <message>
        <source>Keep the rows that were not sent for next time?</source>
        <translation>Keep the rows that were not sent for next time?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when this editor opens again. Passwords are not saved.</source>
        <translation>They are saved on this computer and offered when this editor opens again. Passwords are not saved.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>Saving the rows as %1…</translation>
    </message>
</context>
<context>
    <name>Alli::BulkResultsModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>User or email</source>
        <translation>User or email</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Alli::BulkRunPanel</name>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Rows that were not sent yet will not be sent. Requests already on their way still finish.</source>
        <translation>Rows that were not sent yet will not be sent. Requests already on their way still finish.</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>cancelling…</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Resu&amp;me</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Retry failed rows</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) got no usable answer and may already be applied. They will be sent again.</source>
        <translation>
            <numerusform>%n row got no usable answer and may already be applied. It will be sent again.</numerusform>
            <numerusform>%n rows got no usable answer and may already be applied. They will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Saved the report as %1.</translation>
    </message>
    <message>
        <source>Saved the undo file as %1. Open it in “Import CSV…” to undo the rows that succeeded.</source>
        <translation>Saved the undo file as %1. Open it in “Import CSV…” to undo the rows that succeeded.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Save undo file</source>
        <translation>Save undo file</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancel sending</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Failed or unknown</source>
        <translation>Failed or unknown</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>Save &amp;report…</translation>
    </message>
    <message>
        <source>Re&amp;try failed rows</source>
        <translation>Re&amp;try failed rows</translation>
    </message>
    <message>
        <source>Save &amp;undo file…</source>
        <translation>Save &amp;undo file…</translation>
    </message>
    <message>
        <source>Saving the report as %1…</source>
        <translation>Saving the report as %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saving the undo file as %1…</source>
        <translation>Saving the undo file as %1…</translation>
    </message>
</context>
<context>
    <name>Alli::CertificateTrustDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server %1 presented a certificate that this computer does not trust.&lt;/b&gt; Companies that inspect TLS traffic issue such certificates with their own root. Compare the fingerprints with the ones your IT department publishes before you trust it.</source>
        <translation>&lt;b&gt;The server %1 presented a certificate that this computer does not trust.&lt;/b&gt; Companies that inspect TLS traffic issue such certificates with their own root. Compare the fingerprints with the ones your IT department publishes before you trust it.</translation>
    </message>
    <message>
        <source>Certificate for:</source>
        <translation>Certificate for:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Names:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Issuer&apos;s certificate:</source>
        <translation>Issuer&apos;s certificate:</translation>
    </message>
    <message>
        <source>Issuer&apos;s SHA-256:</source>
        <translation>Issuer&apos;s SHA-256:</translation>
    </message>
    <message>
        <source>Issuer valid:</source>
        <translation>Issuer valid:</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Certificate details</translation>
    </message>
    <message>
        <source>The server did not send its issuer&apos;s certificate, so it cannot be trusted from here. Ask your IT department for the company&apos;s root certificate (a PEM file) and add it to the connection: File &gt; Edit connection…, Advanced, &quot;Extra CA certificates&quot;.</source>
        <translation>The server did not send its issuer&apos;s certificate, so it cannot be trusted from here. Ask your IT department for the company&apos;s root certificate (a PEM file) and add it to the connection: File &gt; Edit connection…, Advanced, &quot;Extra CA certificates&quot;.</translation>
    </message>
    <message>
        <source>Trusting it adds the issuer&apos;s certificate to the connection &quot;%1&quot; only, beside the system&apos;s certificates. It can be removed under File &gt; Edit connection…, Advanced.</source>
        <translation>Trusting it adds the issuer&apos;s certificate to the connection &quot;%1&quot; only, beside the system&apos;s certificates. It can be removed under File &gt; Edit connection…, Advanced.</translation>
    </message>
    <message>
        <source>&amp;Trust this issuer for this connection</source>
        <translation>&amp;Trust this issuer for this connection</translation>
    </message>
</context>
<context>
    <name>Alli::Cli::CliRunner</name>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Dry run: nothing was sent.</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <source>Rows that would be sent: %1</source>
        <translation>Rows that would be sent: %1</translation>
    </message>
    <message>
        <source>Requests that would be sent: %1</source>
        <translation>Requests that would be sent: %1</translation>
    </message>
    <message>
        <source>Invalid rows (never sent): %1</source>
        <translation>Invalid rows (never sent): %1</translation>
    </message>
    <message>
        <source>Bulk changes to an Alli project from a CSV file. The API key is read from the environment variable ALLI_API_KEY.</source>
        <translation>Bulk changes to an Alli project from a CSV file. The API key is read from the environment variable ALLI_API_KEY.</translation>
    </message>
    <message>
        <source>Server address (HTTPS; HTTP only for this computer).</source>
        <translation>Server address (HTTPS; HTTP only for this computer).</translation>
    </message>
    <message>
        <source>Alli region: us or ja (default: us).</source>
        <translation>Alli region: us or ja (default: us).</translation>
    </message>
    <message>
        <source>Project id sent with every request.</source>
        <translation>Project id sent with every request.</translation>
    </message>
    <message>
        <source>users: create, update, delete; members: invite, update-groups, remove; agents: create, delete.</source>
        <translation>users: create, update, delete; members: invite, update-groups, remove; agents: create, delete.</translation>
    </message>
    <message>
        <source>File encoding: auto, utf-8, windows-949 or shift_jis (default: auto).</source>
        <translation>File encoding: auto, utf-8, windows-949 or shift_jis (default: auto).</translation>
    </message>
    <message>
        <source>Delimiter: auto, comma, semicolon or tab (default: auto).</source>
        <translation>Delimiter: auto, comma, semicolon or tab (default: auto).</translation>
    </message>
    <message>
        <source>Validate and say what would be sent; send nothing.</source>
        <translation>Validate and say what would be sent; send nothing.</translation>
    </message>
    <message>
        <source>Requests in flight (1-16, default: 4).</source>
        <translation>Requests in flight (1-16, default: 4).</translation>
    </message>
    <message>
        <source>users, members or agents</source>
        <translation>users, members or agents</translation>
    </message>
    <message>
        <source>the command: import</source>
        <translation>the command: import</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>the CSV file</translation>
    </message>
    <message>
        <source>Run alli-admin-cli --help for the usage.</source>
        <translation>Run alli-admin-cli --help for the usage.</translation>
    </message>
    <message>
        <source>Expected: users|members|agents import FILE --action ACTION</source>
        <translation>Expected: users|members|agents import FILE --action ACTION</translation>
    </message>
    <message>
        <source>Unknown resource &quot;%1&quot;: use users, members or agents.</source>
        <translation>Unknown resource &quot;%1&quot;: use users, members or agents.</translation>
    </message>
    <message>
        <source>--action is required.</source>
        <translation>--action is required.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; for %2: use %3.</source>
        <translation>Unknown action &quot;%1&quot; for %2: use %3.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;: use auto, utf-8, windows-949 or shift_jis.</source>
        <translation>Unknown encoding &quot;%1&quot;: use auto, utf-8, windows-949 or shift_jis.</translation>
    </message>
    <message>
        <source>Unknown delimiter &quot;%1&quot;: use auto, comma, semicolon or tab.</source>
        <translation>Unknown delimiter &quot;%1&quot;: use auto, comma, semicolon or tab.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16.</source>
        <translation>--concurrency must be a number from 1 to 16.</translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: the folder does not exist.</source>
        <translation>Cannot write the report to &quot;%1&quot;: the folder does not exist.</translation>
    </message>
    <message>
        <source>Use either --base-url or --region, not both.</source>
        <translation>Use either --base-url or --region, not both.</translation>
    </message>
    <message>
        <source>Invalid server address &quot;%1&quot;.</source>
        <translation>Invalid server address &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;: use us or ja.</source>
        <translation>Unknown region &quot;%1&quot;: use us or ja.</translation>
    </message>
    <message>
        <source>Set the environment variable ALLI_API_KEY to the project&apos;s API key.</source>
        <translation>Set the environment variable ALLI_API_KEY to the project&apos;s API key.</translation>
    </message>
    <message>
        <source>%1 (a column named %2)</source>
        <translation>%1 (a column named %2)</translation>
    </message>
    <message>
        <source>Required column missing: %1.</source>
        <translation>Required column missing: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) (encoding %1, delimiter %2).</source>
        <translation>
            <numerusform>Read %n row (encoding %1, delimiter %2).</numerusform>
            <numerusform>Read %n rows (encoding %1, delimiter %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the credentials: %1</source>
        <translation>The server refused the credentials: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentication failed: %1</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Cannot reach the server: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 rows done, %3 failed, %4 rows/s</source>
        <translation>%1/%2 rows done, %3 failed, %4 rows/s</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Line %1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more; see the report.</source>
        <translation>
            <numerusform>… and %n more; see the report.</numerusform>
            <numerusform>… and %n more; see the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report to &quot;%1&quot;: %2</source>
        <translation>Cannot write the report to &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Interrupted: waiting for the requests in flight; nothing more is sent.</source>
        <translation>Interrupted: waiting for the requests in flight; nothing more is sent.</translation>
    </message>
    <message>
        <source>Interrupted before sending.</source>
        <translation>Interrupted before sending.</translation>
    </message>
    <message>
        <source>Do not look up, after the job, the rows whose outcome is unknown.</source>
        <translation>Do not look up, after the job, the rows whose outcome is unknown.</translation>
    </message>
    <message>
        <source>alli-admin-cli jobs: list the journalled jobs; alli-admin-cli resume [JOB]: resume an interrupted job (the newest unfinished one by default).</source>
        <translation>alli-admin-cli jobs: list the journalled jobs; alli-admin-cli resume [JOB]: resume an interrupted job (the newest unfinished one by default).</translation>
    </message>
    <message>
        <source>Expected: jobs</source>
        <translation>Expected: jobs</translation>
    </message>
    <message>
        <source>Expected: resume [JOB]</source>
        <translation>Expected: resume [JOB]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job number; see alli-admin-cli jobs.</source>
        <translation>&quot;%1&quot; is not a job number; see alli-admin-cli jobs.</translation>
    </message>
    <message>
        <source>resume takes the action and the rows from the journal: leave out --action and --dry-run.</source>
        <translation>resume takes the action and the rows from the journal: leave out --action and --dry-run.</translation>
    </message>
    <message>
        <source>Job %1 (resume it after an interruption with: alli-admin-cli resume %1)</source>
        <translation>Job %1 (resume it after an interruption with: alli-admin-cli resume %1)</translation>
    </message>
    <message>
        <source>No jobs yet.</source>
        <translation>No jobs yet.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Cannot open the journal %1: %2</translation>
    </message>
    <message>
        <source>There is no job to resume.</source>
        <translation>There is no job to resume.</translation>
    </message>
    <message>
        <source>There is no unfinished job to resume.</source>
        <translation>There is no unfinished job to resume.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more line(s) that cannot be read.</source>
        <translation>
            <numerusform>…and %n more line that cannot be read.</numerusform>
            <numerusform>…and %n more lines that cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file cannot be read; nothing was sent. Fix them and run again.</source>
        <translation>
            <numerusform>%n line of the file cannot be read; nothing was sent. Fix it and run again.</numerusform>
            <numerusform>%n lines of the file cannot be read; nothing was sent. Fix them and run again.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no unfinished job of %1 to resume. %2</source>
        <translation>There is no unfinished job of %1 to resume. %2</translation>
    </message>
    <message>
        <source>Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are looked up before anything is sent, %6 to send.</source>
        <translation>Resuming job %1 (%2, %3): %4 row(s) already final, %5 were in flight and are looked up before anything is sent, %6 to send.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Looked up on the server: %1 row(s) found applied; %2 found not applied and sent again.</source>
        <translation>Looked up on the server: %1 row(s) found applied; %2 found not applied and sent again.</translation>
    </message>
    <message>
        <source>Interrupted: the rows not looked up yet stay unknown.</source>
        <translation>Interrupted: the rows not looked up yet stay unknown.</translation>
    </message>
    <message>
        <source>Also send the rows that break only rules of this program that Alli does not document (a short password, an unusual e-mail address, a group not found…): the server decides.</source>
        <translation>Also send the rows that break only rules of this program that Alli does not document (a short password, an unusual e-mail address, a group not found…): the server decides.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) break only rules that Alli does not document; run again with --allow-warnings to send them and let the server decide.</source>
        <translation>
            <numerusform>%n row breaks only rules that Alli does not document; run again with --allow-warnings to send it and let the server decide.</numerusform>
            <numerusform>%n rows break only rules that Alli does not document; run again with --allow-warnings to send them and let the server decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a company&apos;s TLS inspection root), together with the system&apos;s.</source>
        <translation>Also trust the CA certificates in this PEM file (a company&apos;s TLS inspection root), together with the system&apos;s.</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the sheet to read (default: the first sheet with data).</source>
        <translation>An Excel workbook (.xlsx): the sheet to read (default: the first sheet with data).</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): the row of the header (default: the first row as wide as the data, below any title rows).</source>
        <translation>An Excel workbook (.xlsx): the row of the header (default: the first row as wide as the data, below any title rows).</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1: &quot;%1&quot;.</source>
        <translation>--header-row takes a row number from 1: &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from the sheet “%1”.</source>
        <translation>
            <numerusform>Read %n row from the sheet “%1”.</numerusform>
            <numerusform>Read %n rows from the sheet “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the per-row report to this file: an Excel workbook when its name ends in .xlsx, CSV otherwise.</source>
        <translation>Write the per-row report to this file: an Excel workbook when its name ends in .xlsx, CSV otherwise.</translation>
    </message>
    <message>
        <source>Send the requests through this proxy: http://[user:password@]host:port or socks5://host:port (default: the system&apos;s proxy, or HTTPS_PROXY / HTTP_PROXY from the environment, where pac+URL names a PAC file; NO_PROXY lists the hosts that bypass either). A proxy that asks for a login and has none in its address gets ALLI_PROXY_USER and ALLI_PROXY_PASSWORD.</source>
        <translation>Send the requests through this proxy: http://[user:password@]host:port or socks5://host:port (default: the system&apos;s proxy, or HTTPS_PROXY / HTTP_PROXY from the environment, where pac+URL names a PAC file; NO_PROXY lists the hosts that bypass either). A proxy that asks for a login and has none in its address gets ALLI_PROXY_USER and ALLI_PROXY_PASSWORD.</translation>
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
    <message>
        <source>%1 &quot;%2&quot; has characters other than plain ASCII letters, digits and signs. Alli documents other characters (the &quot;base64:&quot; form) only for OWN-USER-ID: use an ASCII address here.</source>
        <translation>%1 &quot;%2&quot; has characters other than plain ASCII letters, digits and signs. Alli documents other characters (the &quot;base64:&quot; form) only for OWN-USER-ID: use an ASCII address here.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read: %2</source>
        <translation>The CA certificate file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>The file %1 holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</translation>
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
    <name>Alli::FieldTreeModel</name>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Customer group</source>
        <translation>Customer group</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>%1 (field “%2”)</source>
        <translation>%1 (field “%2”)</translation>
    </message>
</context>
<context>
    <name>Alli::GridEditing</name>
    <message>
        <source>Edit a cell</source>
        <translation>Edit a cell</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Fill down</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Next problem</translation>
    </message>
    <message>
        <source>Previous problem</source>
        <translation>Previous problem</translation>
    </message>
    <message>
        <source>Select the cell where the pasted cells should start.</source>
        <translation>Select the cell where the pasted cells should start.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted cell(s) fell outside the table and were left out.</source>
        <translation>
            <numerusform>%n pasted cell fell outside the table and was left out.</numerusform>
            <numerusform>%n pasted cells fell outside the table and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to fill: the top one of each column is copied down.</source>
        <translation>Select the cells to fill: the top one of each column is copied down.</translation>
    </message>
    <message>
        <source>No cell has an error.</source>
        <translation>No cell has an error.</translation>
    </message>
    <message>
        <source>Insert rows</source>
        <translation>Insert rows</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Delete rows</translation>
    </message>
    <message>
        <source>The rows cannot be changed while they are being sent.</source>
        <translation>The rows cannot be changed while they are being sent.</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Insert %n row</numerusform>
            <numerusform>Insert %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the rows to delete.</source>
        <translation>Select the rows to delete.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell contains &quot;%1&quot;.</source>
        <translation>No cell contains &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>No cell that can be edited contains &quot;%1&quot;.</source>
        <translation>No cell that can be edited contains &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n cell(s).</source>
        <translation>
            <numerusform>Replaced in %n cell.</numerusform>
            <numerusform>Replaced in %n cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>Alli::GroupMembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsDialog</name>
    <message>
        <source>Revert every group</source>
        <translation>Revert every group</translation>
    </message>
    <message>
        <source>Change a permission</source>
        <translation>Change a permission</translation>
    </message>
    <message>
        <source>Permissions of several groups</source>
        <translation>Permissions of several groups</translation>
    </message>
    <message>
        <source>Tick the boxes of any group. Select cells across groups, then Check or Uncheck, to give or take a permission in every one of them. Nothing is sent until Apply, which lists every change first.</source>
        <translation>Tick the boxes of any group. Select cells across groups, then Check or Uncheck, to give or take a permission in every one of them. Nothing is sent until Apply, which lists every change first.</translation>
    </message>
    <message>
        <source>Follow &amp;dependencies</source>
        <translation>Follow &amp;dependencies</translation>
    </message>
    <message>
        <source>Checking a permission also checks what it needs, and unchecking one also unchecks what needs it (this app&apos;s guess of the dependencies).</source>
        <translation>Checking a permission also checks what it needs, and unchecking one also unchecks what needs it (this app&apos;s guess of the dependencies).</translation>
    </message>
    <message>
        <source>C&amp;heck selected</source>
        <translation>C&amp;heck selected</translation>
    </message>
    <message>
        <source>Gives the permissions of the selected cells to their groups.</source>
        <translation>Gives the permissions of the selected cells to their groups.</translation>
    </message>
    <message>
        <source>&amp;Uncheck selected</source>
        <translation>&amp;Uncheck selected</translation>
    </message>
    <message>
        <source>Takes the permissions of the selected cells from their groups.</source>
        <translation>Takes the permissions of the selected cells from their groups.</translation>
    </message>
    <message>
        <source>Copy the set &amp;of:</source>
        <translation>Copy the set &amp;of:</translation>
    </message>
    <message>
        <source>To the selected groups</source>
        <translation>To the selected groups</translation>
    </message>
    <message>
        <source>The groups of the selected cells get exactly this group&apos;s permissions.</source>
        <translation>The groups of the selected cells get exactly this group&apos;s permissions.</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>C&amp;hanges:</translation>
    </message>
    <message>
        <source>&amp;Revert all</source>
        <translation>&amp;Revert all</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Apply…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Permissions of the groups</source>
        <translation>Permissions of the groups</translation>
    </message>
    <message>
        <source>Check selected</source>
        <translation>Check selected</translation>
    </message>
    <message>
        <source>Uncheck selected</source>
        <translation>Uncheck selected</translation>
    </message>
    <message>
        <source>Copy the permissions of “%1”</source>
        <translation>Copy the permissions of “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>No change yet.</source>
        <translation>No change yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) change</source>
        <translation>
            <numerusform>%n group changes</numerusform>
            <numerusform>%n groups change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) affected in all (an agent in two groups is counted twice)</source>
        <translation>
            <numerusform>%n member affected in all (an agent in two groups is counted twice)</numerusform>
            <numerusform>%n members affected in all (an agent in two groups is counted twice)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>Apply permissions</translation>
    </message>
    <message numerus="yes">
        <source>Change the permissions of %n group(s)?</source>
        <translation>
            <numerusform>Change the permissions of %n group?</numerusform>
            <numerusform>Change the permissions of %n groups?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Apply anyway</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: applied</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: not applied: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server took the permissions of %n group(s).</source>
        <translation>
            <numerusform>The server took the permissions of %n group.</numerusform>
            <numerusform>The server took the permissions of %n groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) were not changed: their changes are still shown, fix them and apply again.</source>
        <translation>
            <numerusform>%n group was not changed: its changes are still shown, fix them and apply again.</numerusform>
            <numerusform>%n groups were not changed: their changes are still shown, fix them and apply again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the changes that were not applied?</source>
        <translation>Discard the changes that were not applied?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Someone changed this group&apos;s permissions on the server after this window loaded them. Its changes here were not sent: close and open the window again to start from the server&apos;s set.</source>
        <translation>Someone changed this group&apos;s permissions on the server after this window loaded them. Its changes here were not sent: close and open the window again to start from the server&apos;s set.</translation>
    </message>
    <message>
        <source>Changed on the server since this window loaded them, not sent: %1</source>
        <translation>Changed on the server since this window loaded them, not sent: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Nothing was sent: every changed group was changed on the server too (%1).</source>
        <translation>Nothing was sent: every changed group was changed on the server too (%1).</translation>
    </message>
    <message>
        <source>%1: changed on the server, not sent</source>
        <translation>%1: changed on the server, not sent</translation>
    </message>
    <message numerus="yes">
        <source>The other %n group(s) were applied.</source>
        <translation>
            <numerusform>The other %n group was applied.</numerusform>
            <numerusform>The other %n groups were applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::GroupPermissionsModel</name>
    <message>
        <source>“%1” has %2</source>
        <translation>“%1” has %2</translation>
    </message>
    <message>
        <source>“%1” has part of %2</source>
        <translation>“%1” has part of %2</translation>
    </message>
    <message>
        <source>“%1” does not have %2</source>
        <translation>“%1” does not have %2</translation>
    </message>
    <message>
        <source>Required by: %1</source>
        <translation>Required by: %1</translation>
    </message>
    <message>
        <source>Changed, not applied yet</source>
        <translation>Changed, not applied yet</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ applied</source>
        <translation>✓ applied</translation>
    </message>
    <message>
        <source>✗ not applied</source>
        <translation>✗ not applied</translation>
    </message>
    <message>
        <source>! changed on the server</source>
        <translation>! changed on the server</translation>
    </message>
</context>
<context>
    <name>Alli::GroupStatsModel</name>
    <message>
        <source>%1 %</source>
        <extracomment>A share of a permission category, e.g. &quot;60 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 of %n permission(s)</source>
        <extracomment>e.g. &quot;Support · Skills: 2 of 3 permissions&quot;</extracomment>
        <translation>
            <numerusform>%1 · %2: %3 of %n permission</numerusform>
            <numerusform>%1 · %2: %3 of %n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>Alli::HeatMap</name>
    <message>
        <source>%1: %2 %</source>
        <extracomment>A group and its average share of the permission categories, e.g. &quot;Support: 35 %&quot;</extracomment>
        <translation>%1: %2 %</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more group(s), on the Permission groups page</source>
        <translation>
            <numerusform>… and %n more group, on the Permission groups page</numerusform>
            <numerusform>… and %n more groups, on the Permission groups page</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::HistoryPage</name>
    <message>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>Bulk changes from CSV files, from this application and from alli-admin-cli.</source>
        <translation>Bulk changes from CSV files, from this application and from alli-admin-cli.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Open &amp;report</source>
        <translation>Open &amp;report</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>No imports yet. Use &quot;Import CSV…&quot; to change many users, members or agents at once from a file.</source>
        <translation>No imports yet. Use &quot;Import CSV…&quot; to change many users, members or agents at once from a file.</translation>
    </message>
    <message>
        <source>Cannot open the import history: %1</source>
        <translation>Cannot open the import history: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) did not finish.</source>
        <translation>
            <numerusform>%n import did not finish.</numerusform>
            <numerusform>%n imports did not finish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the report of this import.</source>
        <translation>Cannot write the report of this import.</translation>
    </message>
    <message>
        <source>This import cannot be resumed.</source>
        <translation>This import cannot be resumed.</translation>
    </message>
    <message numerus="yes">
        <source>The newest: %1 from %2, %n row(s) not answered yet. Rows that were on their way are first checked on the server: only those it never received are sent.</source>
        <translation>
            <numerusform>The newest: %1 from %2, %n row not answered yet. Rows that were on their way are first checked on the server: only those it never received are sent.</numerusform>
            <numerusform>The newest: %1 from %2, %n rows not answered yet. Rows that were on their way are first checked on the server: only those it never received are sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <source>Opened the report %1.</source>
        <translation>Opened the report %1.</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Report saved as %1.</translation>
    </message>
    <message>
        <source>The report is saved as %1 and was handed to the program that opens CSV files.</source>
        <translation>The report is saved as %1 and was handed to the program that opens CSV files.</translation>
    </message>
    <message>
        <source>The report is saved as %1. No program on this computer opened it: save a copy where you want it, or show it in its folder.</source>
        <translation>The report is saved as %1. No program on this computer opened it: save a copy where you want it, or show it in its folder.</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>Could not replace %1.</translation>
    </message>
    <message>
        <source>Could not save the report as %1.</source>
        <translation>Could not save the report as %1.</translation>
    </message>
    <message>
        <source>Saved a copy of the report as %1.</source>
        <translation>Saved a copy of the report as %1.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>No file manager opened the folder %1.</source>
        <translation>No file manager opened the folder %1.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days to keep the rows of finished imports</source>
        <translation>Days to keep the rows of finished imports</translation>
    </message>
    <message>
        <source>C&amp;lean up now…</source>
        <translation>C&amp;lean up now…</translation>
    </message>
    <message>
        <source>Removes the rows of every finished import now; their counts stay.</source>
        <translation>Removes the rows of every finished import now; their counts stay.</translation>
    </message>
    <message>
        <source>No finished import has rows left to remove.</source>
        <translation>No finished import has rows left to remove.</translation>
    </message>
    <message>
        <source>Clean up the import history</source>
        <translation>Clean up the import history</translation>
    </message>
    <message numerus="yes">
        <source>Remove the rows of %n finished import(s)?</source>
        <translation>
            <numerusform>Remove the rows of %n finished import?</numerusform>
            <numerusform>Remove the rows of %n finished imports?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Remove rows</translation>
    </message>
    <message>
        <source>Their counts, files, servers and times stay in the history. Their reports can no longer be written. Imports that did not finish are kept whole.</source>
        <translation>Their counts, files, servers and times stay in the history. Their reports can no longer be written. Imports that did not finish are kept whole.</translation>
    </message>
    <message>
        <source>The import history could not be cleaned up.</source>
        <translation>The import history could not be cleaned up.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the rows of %n finished import(s).</source>
        <translation>
            <numerusform>Removed the rows of %n finished import.</numerusform>
            <numerusform>Removed the rows of %n finished imports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rows of this import were removed after %n day(s); only its counts are kept, so its report cannot be written.</source>
        <translation>
            <numerusform>The rows of this import were removed after %n day; only its counts are kept, so its report cannot be written.</numerusform>
            <numerusform>The rows of this import were removed after %n days; only its counts are kept, so its report cannot be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished import(s) of other servers can only be resumed when connected to their server.</source>
        <translation>
            <numerusform>%n unfinished import of another server can only be resumed when connected to its server.</numerusform>
            <numerusform>%n unfinished imports of other servers can only be resumed when connected to their server.</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this computer yet.</source>
        <translation>No bulk job has run on this computer yet.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message numerus="yes">
        <source>Every import&apos;s counts, file, server and times are kept for good. Its rows (and so its report) are kept for %n day(s) after it finished: until %1 for an import that finishes today. Keep the rows for:</source>
        <translation>
            <numerusform>Every import&apos;s counts, file, server and times are kept for good. Its rows (and so its report) are kept for %n day after it finished: until %1 for an import that finishes today. Keep the rows for:</numerusform>
            <numerusform>Every import&apos;s counts, file, server and times are kept for good. Its rows (and so its report) are kept for %n days after it finished: until %1 for an import that finishes today. Keep the rows for:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Alli::ImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Download &amp;template…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Text as read (check that names look right):</source>
        <translation>Text as read (check that names look right):</translation>
    </message>
    <message>
        <source>&amp;Columns: which field each column of the file fills</source>
        <translation>&amp;Columns: which field each column of the file fills</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Show only rows with &amp;problems</translation>
    </message>
    <message>
        <source>&lt; Bac&amp;k</source>
        <translation>&lt; Bac&amp;k</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the change and the file</source>
        <translation>Step 1 of 3: choose the change and the file</translation>
    </message>
    <message>
        <source>Step 2 of 3: check the columns and the rows</source>
        <translation>Step 2 of 3: check the columns and the rows</translation>
    </message>
    <message>
        <source>Step 3 of 3: send and review the results</source>
        <translation>Step 3 of 3: send and review the results</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>read as %1, separated by %2</source>
        <translation>read as %1, separated by %2</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Extra data &quot;%1&quot;</source>
        <translation>Extra data &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>No rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send</source>
        <translation>
            <numerusform>%n row ready to send</numerusform>
            <numerusform>%n rows ready to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (not sent)</source>
        <translation>
            <numerusform>%n row with problems (not sent)</numerusform>
            <numerusform>%n rows with problems (not sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix a cell by double-clicking it, or send the valid rows only.</source>
        <translation>Fix a cell by double-clicking it, or send the valid rows only.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be sent. This cannot be undone from this application.</source>
        <translation>
            <numerusform>%n row will be sent. This cannot be undone from this application.</numerusform>
            <numerusform>%n rows will be sent. This cannot be undone from this application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open CSV file</source>
        <translation>Open CSV file</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requests at &amp;once:</translation>
    </message>
    <message>
        <source>How many requests are sent at the same time. More is faster; fewer is gentler on the server.</source>
        <translation>How many requests are sent at the same time. More is faster; fewer is gentler on the server.</translation>
    </message>
    <message>
        <source>Looking up the project&apos;s members…</source>
        <translation>Looking up the project&apos;s members…</translation>
    </message>
    <message>
        <source>Existing members: not checked.</source>
        <translation>Existing members: not checked.</translation>
    </message>
    <message>
        <source>Existing users: not checked.</source>
        <translation>Existing users: not checked.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be created</source>
        <translation>
            <numerusform>%n will be created</numerusform>
            <numerusform>%n will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be updated</source>
        <translation>
            <numerusform>%n will be updated</numerusform>
            <numerusform>%n will be updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be deleted</source>
        <translation>
            <numerusform>%n will be deleted</numerusform>
            <numerusform>%n will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be removed</source>
        <translation>
            <numerusform>%n will be removed</numerusform>
            <numerusform>%n will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be invited</source>
        <translation>
            <numerusform>%n will be invited</numerusform>
            <numerusform>%n will be invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already member(s) (groups updated)</source>
        <translation>
            <numerusform>%n already a member (groups updated)</numerusform>
            <numerusform>%n already members (groups updated)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (marked, not sent)</source>
        <translation>
            <numerusform>%n already exists (marked, not sent)</numerusform>
            <numerusform>%n already exist (marked, not sent)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (marked, not sent)</source>
        <translation>
            <numerusform>%n not found (marked, not sent)</numerusform>
            <numerusform>%n not found (marked, not sent)</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Text as read</source>
        <translation>Text as read</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Fix the file and open it again, or leave them out and go on with the other rows.</source>
        <translation>
            <numerusform>%n line of the file could not be read. Fix the file and open it again, or leave it out and go on with the other rows.</numerusform>
            <numerusform>%n lines of the file could not be read. Fix the file and open it again, or leave them out and go on with the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave these %n line(s) out of the import</source>
        <translation>
            <numerusform>&amp;Leave %n line out of the import</numerusform>
            <numerusform>&amp;Leave these %n lines out of the import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send &amp;anyway the %n row(s) held back only by rules of this app that Alli does not document (the server decides)</source>
        <translation>
            <numerusform>Send &amp;anyway the %n row held back only by rules of this app that Alli does not document (the server decides)</numerusform>
            <numerusform>Send &amp;anyway the %n rows held back only by rules of this app that Alli does not document (the server decides)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example a password shorter than 8 characters, an unusual e-mail address, or a permission group the look-up did not find.</source>
        <translation>For example a password shorter than 8 characters, an unusual e-mail address, or a permission group the look-up did not find.</translation>
    </message>
    <message numerus="yes">
        <source>%n already exist(s) (sent anyway)</source>
        <translation>
            <numerusform>%n already exists (sent anyway)</numerusform>
            <numerusform>%n already exist (sent anyway)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (sent anyway)</source>
        <translation>
            <numerusform>%n not found (sent anyway)</numerusform>
            <numerusform>%n not found (sent anyway)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Paste rows</translation>
    </message>
    <message>
        <source>Reads the cells copied in Excel, LibreOffice or Google Sheets. A first row with column names is used as the header; without one, the columns are read in the template&apos;s order.</source>
        <translation>Reads the cells copied in Excel, LibreOffice or Google Sheets. A first row with column names is used as the header; without one, the columns are read in the template&apos;s order.</translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s)</source>
        <translation>
            <numerusform>%n pasted row</numerusform>
            <numerusform>%n pasted rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pasted row(s), read in the template&apos;s column order</source>
        <translation>
            <numerusform>%n pasted row, read in the template&apos;s column order</numerusform>
            <numerusform>%n pasted rows, read in the template&apos;s column order</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or F2 to edit a cell. Ctrl+V pastes cells copied in a spreadsheet from the current cell on, Ctrl+D fills down, Delete clears, Ctrl+Z undoes, F8 goes to the next problem.</source>
        <translation>Double-click or F2 to edit a cell. Ctrl+V pastes cells copied in a spreadsheet from the current cell on, Ctrl+D fills down, Delete clears, Ctrl+Z undoes, F8 goes to the next problem.</translation>
    </message>
    <message>
        <source>Reading the pasted rows…</source>
        <translation>Reading the pasted rows…</translation>
    </message>
    <message>
        <source>Rows you were editing when the import was closed (%1, %2) were kept.</source>
        <translation>Rows you were editing when the import was closed (%1, %2) were kept.</translation>
    </message>
    <message>
        <source>Save rows</source>
        <translation>Save rows</translation>
    </message>
    <message>
        <source>Save ro&amp;ws…</source>
        <translation>Save ro&amp;ws…</translation>
    </message>
    <message>
        <source>Saves the rows as they are now, your edits included, as a CSV file (UTF-8). Passwords are not saved.</source>
        <translation>Saves the rows as they are now, your edits included, as a CSV file (UTF-8). Passwords are not saved.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Close the import</source>
        <translation>Close the import</translation>
    </message>
    <message numerus="yes">
        <source>Keep the %n row(s) you edited for the next time the import opens?</source>
        <translation>
            <numerusform>Keep the %n row you edited for the next time the import opens?</numerusform>
            <numerusform>Keep the %n rows you edited for the next time the import opens?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>They are saved on this computer and offered when the import opens again. Passwords are not saved.</source>
        <translation>They are saved on this computer and offered when the import opens again. Passwords are not saved.</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the project&apos;s members… %n read</source>
        <translation>
            <numerusform>Looking up the project&apos;s members… %n read</numerusform>
            <numerusform>Looking up the project&apos;s members… %n read</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up existing users… %1 of %2</source>
        <translation>Looking up existing users… %1 of %2</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>Header &amp;row:</translation>
    </message>
    <message>
        <source>Find automatically</source>
        <translation>Find automatically</translation>
    </message>
    <message>
        <source>The row of the sheet that names the columns. Title rows above it are skipped.</source>
        <translation>The row of the sheet that names the columns. Title rows above it are skipped.</translation>
    </message>
    <message>
        <source>sheet “%1”, header on row %2</source>
        <translation>sheet “%1”, header on row %2</translation>
    </message>
    <message>
        <source>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</source>
        <translation>CSV files and Excel workbooks (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook from your HR system</source>
        <translation>A CSV file or an Excel workbook from your HR system</translation>
    </message>
    <message>
        <source>Saving the rows as %1…</source>
        <translation>Saving the rows as %1…</translation>
    </message>
    <message>
        <source>Saved the rows as %1.</source>
        <translation>Saved the rows as %1.</translation>
    </message>
    <message>
        <source>Saving the template as %1…</source>
        <translation>Saving the template as %1…</translation>
    </message>
    <message>
        <source>Saved the template as %1. Fill it in, then open it here.</source>
        <translation>Saved the template as %1. Fill it in, then open it here.</translation>
    </message>
</context>
<context>
    <name>Alli::ImportPreviewModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Type here to add a row.</source>
        <translation>Type here to add a row.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unchanged: not sent</source>
        <translation>Unchanged: not sent</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Not sent: fix the problems first</source>
        <translation>Not sent: fix the problems first</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; in a CSV file</source>
        <translation>Column &quot;%1&quot; in a CSV file</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>Alli::JobHistoryModel</name>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>Did not finish</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Sent to %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Finished, rows removed</source>
        <translation>Finished, rows removed</translation>
    </message>
    <message>
        <source>The rows were removed on %1; the counts are kept, the report can no longer be written.</source>
        <translation>The rows were removed on %1; the counts are kept, the report can no longer be written.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) never sent</source>
        <translation>
            <numerusform>%n row never sent</numerusform>
            <numerusform>%n rows never sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The job stopped while it was being recorded in the journal: %n row(s) of the file, after the last one recorded, were never recorded nor sent. Import them again.</source>
        <translation>
            <numerusform>The job stopped while it was being recorded in the journal: %n row of the file, after the last one recorded, was never recorded nor sent. Import them again.</numerusform>
            <numerusform>The job stopped while it was being recorded in the journal: %n rows of the file, after the last one recorded, were never recorded nor sent. Import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) still being recorded</source>
        <translation>
            <numerusform>%n row still being recorded</numerusform>
            <numerusform>%n rows still being recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>The job was closed while its rows were being recorded in the journal; they are still being written. This page updates when they are.</source>
        <translation>The job was closed while its rows were being recorded in the journal; they are still being written. This page updates when they are.</translation>
    </message>
</context>
<context>
    <name>Alli::JsonView</name>
    <message>
        <source>Find in keys and values</source>
        <translation>Find in keys and values</translation>
    </message>
    <message>
        <source>Find in the JSON</source>
        <translation>Find in the JSON</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Collapse all</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copies the selected member, or everything when nothing is selected, as indented JSON; secret values stay masked.</source>
        <translation>Copies the selected member, or everything when nothing is selected, as indented JSON; secret values stay masked.</translation>
    </message>
    <message>
        <source>JSON members</source>
        <translation>JSON members</translation>
    </message>
    <message>
        <source>Body as text</source>
        <translation>Body as text</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
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
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>An import did not finish: %1 from %2, %3 of %4 rows sent. Resume it? Rows already sent are not sent again; rows that were in flight are checked on the server.</source>
        <translation>An import did not finish: %1 from %2, %3 of %4 rows sent. Resume it? Rows already sent are not sent again; rows that were in flight are checked on the server.</translation>
    </message>
    <message>
        <source>&amp;Resume import</source>
        <translation>&amp;Resume import</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>&amp;Bulk edit</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;System colours</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>Alli::NewAgentDialog</name>
    <message>
        <source>New agent</source>
        <translation>New agent</translation>
    </message>
    <message>
        <source>The agent signs in to the Alli dashboard with this email address and password.</source>
        <translation>The agent signs in to the Alli dashboard with this email address and password.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Show password</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Permission &amp;group:</source>
        <translation>Permission &amp;group:</translation>
    </message>
    <message>
        <source>Create agent</source>
        <translation>Create agent</translation>
    </message>
    <message>
        <source>Project default</source>
        <translation>Project default</translation>
    </message>
    <message>
        <source>Could not load the groups</source>
        <translation>Could not load the groups</translation>
    </message>
    <message>
        <source>Loading groups…</source>
        <translation>Loading groups…</translation>
    </message>
    <message>
        <source>At least 3 of these 4 (%1 of 4 so far):</source>
        <translation>At least 3 of these 4 (%1 of 4 so far):</translation>
    </message>
    <message>
        <source>lower-case letter (a–z)</source>
        <translation>lower-case letter (a–z)</translation>
    </message>
    <message>
        <source>upper-case letter (A–Z)</source>
        <translation>upper-case letter (A–Z)</translation>
    </message>
    <message>
        <source>digit (0–9)</source>
        <translation>digit (0–9)</translation>
    </message>
    <message>
        <source>symbol or other character (!, @, #, …)</source>
        <translation>symbol or other character (!, @, #, …)</translation>
    </message>
    <message>
        <source>The password meets the rule.</source>
        <translation>The password meets the rule.</translation>
    </message>
    <message>
        <source>The password does not meet the rule yet.</source>
        <translation>The password does not meet the rule yet.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address. This app&apos;s check is a guess: the server decides.</source>
        <translation>“%1” does not look like an e-mail address. This app&apos;s check is a guess: the server decides.</translation>
    </message>
    <message numerus="yes">
        <source>The password has fewer than %n character(s). Alli documents no minimum length: the server decides.</source>
        <translation>
            <numerusform>The password has fewer than %n character. Alli documents no minimum length: the server decides.</numerusform>
            <numerusform>The password has fewer than %n characters. Alli documents no minimum length: the server decides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advised: at least %n character(s) (Alli documents no length)</source>
        <translation>
            <numerusform>Advised: at least %n character (Alli documents no length)</numerusform>
            <numerusform>Advised: at least %n characters (Alli documents no length)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the agent %1 anyway?</source>
        <translation>Create the agent %1 anyway?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
</context>
<context>
    <name>Alli::NewGroupDialog</name>
    <message>
        <source>New permission group</source>
        <translation>New permission group</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>For example: Support team</source>
        <translation>For example: Support team</translation>
    </message>
    <message>
        <source>&amp;Permissions (required permissions are checked automatically):</source>
        <translation>&amp;Permissions (required permissions are checked automatically):</translation>
    </message>
    <message>
        <source>&amp;Members: search agents by email</source>
        <translation>&amp;Members: search agents by email</translation>
    </message>
    <message>
        <source>Part of an email address…</source>
        <translation>Part of an email address…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected members from the new group (Del).</source>
        <translation>Remove the selected members from the new group (Del).</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Create group</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Enter a name for the group.</source>
        <translation>Enter a name for the group.</translation>
    </message>
    <message>
        <source>&amp;Selected members: none</source>
        <translation>&amp;Selected members: none</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected members (%n):</source>
        <translation>
            <numerusform>&amp;Selected member (%n):</numerusform>
            <numerusform>&amp;Selected members (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>The search failed.</source>
        <translation>The search failed.</translation>
    </message>
    <message>
        <source>There are no agents in this project.</source>
        <translation>There are no agents in this project.</translation>
    </message>
    <message>
        <source>No agent&apos;s email contains “%1”.</source>
        <translation>No agent&apos;s email contains “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n agent(s). Type more of the email address to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %n agent. Type more of the email address to narrow the list.</numerusform>
            <numerusform>Showing the first %n agents. Type more of the email address to narrow the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) found.</source>
        <translation>
            <numerusform>%n agent found.</numerusform>
            <numerusform>%n agents found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the group “%1” anyway?</source>
        <translation>Create the group “%1” anyway?</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <source>Agents found</source>
        <translation>Agents found</translation>
    </message>
    <message>
        <source>Members of the new group</source>
        <translation>Members of the new group</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
</context>
<context>
    <name>Alli::OAuth2Page</name>
    <message>
        <source>Enter the token info as a JSON object, for example {&quot;access_token&quot;: &quot;…&quot;}.</source>
        <translation>Enter the token info as a JSON object, for example {&quot;access_token&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3. The token info must be a JSON object.</source>
        <translation>Not valid JSON at line %1, column %2: %3. The token info must be a JSON object.</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }), not an array.</source>
        <translation>The token info must be a JSON object ({ … }), not an array.</translation>
    </message>
    <message>
        <source>The token info must be a JSON object ({ … }).</source>
        <translation>The token info must be a JSON object ({ … }).</translation>
    </message>
    <message>
        <source>Update token info</source>
        <translation>Update token info</translation>
    </message>
    <message>
        <source>Replace the token info of the OAuth2 configuration “%1” (state %2)?</source>
        <translation>Replace the token info of the OAuth2 configuration “%1” (state %2)?</translation>
    </message>
    <message numerus="yes">
        <source>The new token info has %n field(s). Token generated will be set to %1 (%2).</source>
        <translation>
            <numerusform>The new token info has %n field. Token generated will be set to %1 (%2).</numerusform>
            <numerusform>The new token info has %n fields. Token generated will be set to %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the state of an OAuth2 configuration and press Enter.</source>
        <translation>Enter the state of an OAuth2 configuration and press Enter.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>Configuration “%1” (state %2).</source>
        <translation>Configuration “%1” (state %2).</translation>
    </message>
    <message>
        <source>No OAuth2 configuration with the state %1 in this project.</source>
        <translation>No OAuth2 configuration with the state %1 in this project.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Token info updated.</source>
        <translation>Token info updated.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <source>The update failed; see the message above.</source>
        <translation>The update failed; see the message above.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>e.g. demo-state-google</source>
        <translation>e.g. demo-state-google</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>&amp;Reveal secrets</source>
        <translation>&amp;Reveal secrets</translation>
    </message>
    <message>
        <source>Shows the client secret, the code verifier and the tokens in clear text.</source>
        <translation>Shows the client secret, the code verifier and the tokens in clear text.</translation>
    </message>
    <message>
        <source>&amp;Token info (a JSON object):</source>
        <translation>&amp;Token info (a JSON object):</translation>
    </message>
    <message>
        <source>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

Turn on Reveal secrets to start from the current token info.</source>
        <translation>{&quot;access_token&quot;: &quot;…&quot;, &quot;refresh_token&quot;: &quot;…&quot;, &quot;expires_in&quot;: 3600}

Turn on Reveal secrets to start from the current token info.</translation>
    </message>
    <message>
        <source>Token &amp;generated (seconds since 1970):</source>
        <translation>Token &amp;generated (seconds since 1970):</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Now</translation>
    </message>
    <message>
        <source>Send &amp;update…</source>
        <translation>Send &amp;update…</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Send an update without token info to the OAuth2 configuration “%1” (state %2)?</source>
        <translation>Send an update without token info to the OAuth2 configuration “%1” (state %2)?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>The token info editor is empty, so the token info is not sent; token generated will be set to %1 (%2). Alli&apos;s documentation does not say what such an update does: the server decides.</source>
        <translation>The token info editor is empty, so the token info is not sent; token generated will be set to %1 (%2). Alli&apos;s documentation does not say what such an update does: the server decides.</translation>
    </message>
    <message>
        <source>OAuth2 information</source>
        <translation>OAuth2 information</translation>
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
    <message>
        <source>&amp;Members per group</source>
        <translation>&amp;Members per group</translation>
    </message>
    <message>
        <source>Permission &amp;coverage (share of each category a group has)</source>
        <translation>Permission &amp;coverage (share of each category a group has)</translation>
    </message>
    <message>
        <source>Members per group</source>
        <translation>Members per group</translation>
    </message>
    <message>
        <source>Permission coverage</source>
        <translation>Permission coverage</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Counting, page by page…</source>
        <translation>Counting, page by page…</translation>
    </message>
    <message>
        <source>Members of this project</source>
        <translation>Members of this project</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>Permission groups</translation>
    </message>
    <message numerus="yes">
        <source>Largest: %n member(s)</source>
        <translation>
            <numerusform>Largest: %n member</numerusform>
            <numerusform>Largest: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups without members</source>
        <translation>Groups without members</translation>
    </message>
    <message>
        <source>Open them to fill or delete them</source>
        <translation>Open them to fill or delete them</translation>
    </message>
    <message>
        <source>Every group has members</source>
        <translation>Every group has members</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>No administrators&apos; group</source>
        <translation>No administrators&apos; group</translation>
    </message>
    <message>
        <source>Agents in an administrators&apos; group</source>
        <translation>Agents in an administrators&apos; group</translation>
    </message>
    <message>
        <source>Could not be counted</source>
        <translation>Could not be counted</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>%1 single-action app tools, %2 agent tools</source>
        <translation>%1 single-action app tools, %2 agent tools</translation>
    </message>
    <message>
        <source>Errors this session</source>
        <translation>Errors this session</translation>
    </message>
    <message>
        <source>No request has failed</source>
        <translation>No request has failed</translation>
    </message>
    <message>
        <source>Last: %1, HTTP %2</source>
        <translation>Last: %1, HTTP %2</translation>
    </message>
    <message>
        <source>Last: %1, no answer</source>
        <translation>Last: %1, no answer</translation>
    </message>
    <message>
        <source>Recent bulk jobs</source>
        <translation>Recent bulk jobs</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n row(s) succeeded</source>
        <extracomment>A bulk job in the overview: &quot;Create users, 12/01 14:03: 980 of 1,000 rows succeeded&quot;</extracomment>
        <translation>
            <numerusform>%1, %2: %3 of %n row succeeded</numerusform>
            <numerusform>%1, %2: %3 of %n rows succeeded</numerusform>
        </translation>
    </message>
    <message>
        <source>No bulk job has run on this server yet</source>
        <translation>No bulk job has run on this server yet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The newest job&apos;s rows that succeeded</source>
        <translation>The newest job&apos;s rows that succeeded</translation>
    </message>
    <message>
        <source>The newest job did not finish: open it to resume</source>
        <translation>The newest job did not finish: open it to resume</translation>
    </message>
    <message>
        <source>No groups</source>
        <translation>No groups</translation>
    </message>
</context>
<context>
    <name>Alli::Permission</name>
    <message>
        <source>Open the dashboard</source>
        <translation>Open the dashboard</translation>
    </message>
    <message>
        <source>View skills</source>
        <translation>View skills</translation>
    </message>
    <message>
        <source>Edit skills</source>
        <translation>Edit skills</translation>
    </message>
    <message>
        <source>Generate skill pop-up URLs</source>
        <translation>Generate skill pop-up URLs</translation>
    </message>
    <message>
        <source>View LLM apps</source>
        <translation>View LLM apps</translation>
    </message>
    <message>
        <source>Create LLM apps</source>
        <translation>Create LLM apps</translation>
    </message>
    <message>
        <source>Open the Users page</source>
        <translation>Open the Users page</translation>
    </message>
    <message>
        <source>Edit users</source>
        <translation>Edit users</translation>
    </message>
    <message>
        <source>Download users</source>
        <translation>Download users</translation>
    </message>
    <message>
        <source>View conversations</source>
        <translation>View conversations</translation>
    </message>
    <message>
        <source>Assign agents to conversations</source>
        <translation>Assign agents to conversations</translation>
    </message>
    <message>
        <source>Change conversation status</source>
        <translation>Change conversation status</translation>
    </message>
    <message>
        <source>Delete chat messages</source>
        <translation>Delete chat messages</translation>
    </message>
    <message>
        <source>Delete agent chat messages</source>
        <translation>Delete agent chat messages</translation>
    </message>
    <message>
        <source>Download conversations</source>
        <translation>Download conversations</translation>
    </message>
    <message>
        <source>View small talk</source>
        <translation>View small talk</translation>
    </message>
    <message>
        <source>Edit small talk</source>
        <translation>Edit small talk</translation>
    </message>
    <message>
        <source>Open the Documents page</source>
        <translation>Open the Documents page</translation>
    </message>
    <message>
        <source>Edit the knowledge base</source>
        <translation>Edit the knowledge base</translation>
    </message>
    <message>
        <source>Add knowledge base folders</source>
        <translation>Add knowledge base folders</translation>
    </message>
    <message>
        <source>Refine document knowledge</source>
        <translation>Refine document knowledge</translation>
    </message>
    <message>
        <source>Open the Knowledge base page</source>
        <translation>Open the Knowledge base page</translation>
    </message>
    <message>
        <source>Edit FAQs</source>
        <translation>Edit FAQs</translation>
    </message>
    <message>
        <source>Train FAQs</source>
        <translation>Train FAQs</translation>
    </message>
    <message>
        <source>View FAQ settings</source>
        <translation>View FAQ settings</translation>
    </message>
    <message>
        <source>Edit FAQ settings</source>
        <translation>Edit FAQ settings</translation>
    </message>
    <message>
        <source>Add FAQ folders</source>
        <translation>Add FAQ folders</translation>
    </message>
    <message>
        <source>View feedback</source>
        <translation>View feedback</translation>
    </message>
    <message>
        <source>Edit clue feedback</source>
        <translation>Edit clue feedback</translation>
    </message>
    <message>
        <source>Edit answer feedback</source>
        <translation>Edit answer feedback</translation>
    </message>
    <message>
        <source>Redact query history</source>
        <translation>Redact query history</translation>
    </message>
    <message>
        <source>View knowledge base history</source>
        <translation>View knowledge base history</translation>
    </message>
    <message>
        <source>View FAQ history</source>
        <translation>View FAQ history</translation>
    </message>
    <message>
        <source>View query training</source>
        <translation>View query training</translation>
    </message>
    <message>
        <source>Edit query training</source>
        <translation>Edit query training</translation>
    </message>
    <message>
        <source>View FAQ auto-tagging</source>
        <translation>View FAQ auto-tagging</translation>
    </message>
    <message>
        <source>Edit FAQ auto-tagging</source>
        <translation>Edit FAQ auto-tagging</translation>
    </message>
    <message>
        <source>View document sources</source>
        <translation>View document sources</translation>
    </message>
    <message>
        <source>Edit document sources</source>
        <translation>Edit document sources</translation>
    </message>
    <message>
        <source>View knowledge base settings</source>
        <translation>View knowledge base settings</translation>
    </message>
    <message>
        <source>Edit knowledge base settings</source>
        <translation>Edit knowledge base settings</translation>
    </message>
    <message>
        <source>View knowledge refinery settings</source>
        <translation>View knowledge refinery settings</translation>
    </message>
    <message>
        <source>Edit knowledge refinery settings</source>
        <translation>Edit knowledge refinery settings</translation>
    </message>
    <message>
        <source>Train the knowledge base</source>
        <translation>Train the knowledge base</translation>
    </message>
    <message>
        <source>View entity extraction</source>
        <translation>View entity extraction</translation>
    </message>
    <message>
        <source>Edit entity extraction</source>
        <translation>Edit entity extraction</translation>
    </message>
    <message>
        <source>Download entity extraction results</source>
        <translation>Download entity extraction results</translation>
    </message>
    <message>
        <source>Edit the training schedule</source>
        <translation>Edit the training schedule</translation>
    </message>
    <message>
        <source>View the Google domain allowlist</source>
        <translation>View the Google domain allowlist</translation>
    </message>
    <message>
        <source>Edit the Google domain allowlist</source>
        <translation>Edit the Google domain allowlist</translation>
    </message>
    <message>
        <source>Open the Analytics page</source>
        <translation>Open the Analytics page</translation>
    </message>
    <message>
        <source>Edit redaction keywords</source>
        <translation>Edit redaction keywords</translation>
    </message>
    <message>
        <source>Download analytics</source>
        <translation>Download analytics</translation>
    </message>
    <message>
        <source>Open the project settings</source>
        <translation>Open the project settings</translation>
    </message>
    <message>
        <source>View project settings</source>
        <translation>View project settings</translation>
    </message>
    <message>
        <source>Edit project settings</source>
        <translation>Edit project settings</translation>
    </message>
    <message>
        <source>Edit general settings</source>
        <translation>Edit general settings</translation>
    </message>
    <message>
        <source>Manage API keys</source>
        <translation>Manage API keys</translation>
    </message>
    <message>
        <source>Edit office hours</source>
        <translation>Edit office hours</translation>
    </message>
    <message>
        <source>Edit FAQ custom columns</source>
        <translation>Edit FAQ custom columns</translation>
    </message>
    <message>
        <source>Edit the dashboard allowlist</source>
        <translation>Edit the dashboard allowlist</translation>
    </message>
    <message>
        <source>Edit the SDK allowlist</source>
        <translation>Edit the SDK allowlist</translation>
    </message>
    <message>
        <source>Edit the API allowlist</source>
        <translation>Edit the API allowlist</translation>
    </message>
    <message>
        <source>Edit the file allowlist</source>
        <translation>Edit the file allowlist</translation>
    </message>
    <message>
        <source>Edit the account policy</source>
        <translation>Edit the account policy</translation>
    </message>
    <message>
        <source>Manage OIDC clients</source>
        <translation>Manage OIDC clients</translation>
    </message>
    <message>
        <source>Edit conversations</source>
        <translation>Edit conversations</translation>
    </message>
    <message>
        <source>Manage billing</source>
        <translation>Manage billing</translation>
    </message>
    <message>
        <source>View integrations</source>
        <translation>View integrations</translation>
    </message>
    <message>
        <source>Edit integrations</source>
        <translation>Edit integrations</translation>
    </message>
    <message>
        <source>Edit the dashboard order</source>
        <translation>Edit the dashboard order</translation>
    </message>
    <message>
        <source>View advanced settings</source>
        <translation>View advanced settings</translation>
    </message>
    <message>
        <source>View agents</source>
        <translation>View agents</translation>
    </message>
    <message>
        <source>Edit agents</source>
        <translation>Edit agents</translation>
    </message>
    <message>
        <source>Invite agents</source>
        <translation>Invite agents</translation>
    </message>
    <message>
        <source>Download agent action logs</source>
        <translation>Download agent action logs</translation>
    </message>
    <message>
        <source>Edit approver groups</source>
        <translation>Edit approver groups</translation>
    </message>
    <message>
        <source>View AI workflows</source>
        <translation>View AI workflows</translation>
    </message>
    <message>
        <source>Edit AI workflows</source>
        <translation>Edit AI workflows</translation>
    </message>
    <message>
        <source>View prompt management</source>
        <translation>View prompt management</translation>
    </message>
    <message>
        <source>View project prompts</source>
        <translation>View project prompts</translation>
    </message>
    <message>
        <source>Edit project prompts</source>
        <translation>Edit project prompts</translation>
    </message>
    <message>
        <source>View announcements</source>
        <translation>View announcements</translation>
    </message>
    <message>
        <source>Edit announcements</source>
        <translation>Edit announcements</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionCategory</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>LLM apps</source>
        <translation>LLM apps</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Small talk</source>
        <translation>Small talk</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entities</translation>
    </message>
    <message>
        <source>Project settings</source>
        <translation>Project settings</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrations</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>AI workflows</source>
        <translation>AI workflows</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Announcements</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupModel</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>The administrators group: its members can manage the whole project.</source>
        <translation>The administrators group: its members can manage the whole project.</translation>
    </message>
    <message>
        <source>The default group: new members without a group join it.</source>
        <translation>The default group: new members without a group join it.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionGroupsPage</name>
    <message>
        <source>Search groups by name…</source>
        <translation>Search groups by name…</translation>
    </message>
    <message>
        <source>The server searches the group names (Ctrl+F).</source>
        <translation>The server searches the group names (Ctrl+F).</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Rename the selected group in place (F2).</source>
        <translation>Rename the selected group in place (F2).</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Delete the selected group (Del).</source>
        <translation>Delete the selected group (Del).</translation>
    </message>
    <message>
        <source>Select a group to see its members and permissions.</source>
        <translation>Select a group to see its members and permissions.</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Shows the changes and the members they affect before sending them.</source>
        <translation>Shows the changes and the members they affect before sending them.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Discard the changes to the permissions.</source>
        <translation>Discard the changes to the permissions.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Administrators group: its members can manage the whole project. Changing or deleting it can lock people out of administration.</source>
        <translation>Administrators group: its members can manage the whole project. Changing or deleting it can lock people out of administration.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Its members lose their administrator access, and nobody may be left who can manage the project. The server may refuse to delete it.</source>
        <translation>Warning: this is the administrators group. Its members lose their administrator access, and nobody may be left who can manage the project. The server may refuse to delete it.</translation>
    </message>
    <message>
        <source>Warning: this is the administrators group. Removing permissions can lock its members out of administering the project. The server may refuse the change.</source>
        <translation>Warning: this is the administrators group. Removing permissions can lock its members out of administering the project. The server may refuse the change.</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n):</source>
        <translation>
            <numerusform>Added (%n):</numerusform>
            <numerusform>Added (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n):</source>
        <translation>
            <numerusform>Removed (%n):</numerusform>
            <numerusform>Removed (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Added because other permissions require them: %1</source>
        <translation>Added because other permissions require them: %1</translation>
    </message>
    <message numerus="yes">
        <source>This affects %n member(s) of the group.</source>
        <translation>
            <numerusform>This affects %n member of the group.</numerusform>
            <numerusform>This affects %n members of the group.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply permissions</source>
        <translation>Apply permissions</translation>
    </message>
    <message>
        <source>Change the permissions of the group “%1”?</source>
        <translation>Change the permissions of the group “%1”?</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) belong to this group and lose the permissions it grants.</source>
        <translation>
            <numerusform>%n member belongs to this group and loses the permissions it grants.</numerusform>
            <numerusform>%n members belong to this group and lose the permissions it grants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete permission group</source>
        <translation>Delete permission group</translation>
    </message>
    <message>
        <source>Delete the permission group “%1”?</source>
        <translation>Delete the permission group “%1”?</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>Also checked %1: required by %2.</source>
        <translation>Also checked %1: required by %2.</translation>
    </message>
    <message>
        <source>Also unchecked %1: they require %2.</source>
        <translation>Also unchecked %1: they require %2.</translation>
    </message>
    <message>
        <source>The permissions were saved.</source>
        <translation>The permissions were saved.</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>Loading permission groups…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>The permission groups could not be loaded.</translation>
    </message>
    <message>
        <source>No permission group matches “%1”.</source>
        <translation>No permission group matches “%1”.</translation>
    </message>
    <message>
        <source>There are no permission groups yet.</source>
        <translation>There are no permission groups yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: loading…</source>
        <translation>Members: loading…</translation>
    </message>
    <message>
        <source>Members: could not be loaded.</source>
        <translation>Members: could not be loaded.</translation>
    </message>
    <message>
        <source>Members: this group has no members.</source>
        <translation>Members: this group has no members.</translation>
    </message>
    <message numerus="yes">
        <source>Members: %n</source>
        <translation>
            <numerusform>Members: %n</numerusform>
            <numerusform>Members: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Permissions: %1 of %2 granted</source>
        <translation>Permissions: %1 of %2 granted</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(unsaved changes)</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>Permission groups</translation>
    </message>
    <message>
        <source>Renamed the group “%1” to “%2”.</source>
        <translation>Renamed the group “%1” to “%2”.</translation>
    </message>
    <message>
        <source>Deleted the group “%1”.</source>
        <translation>Deleted the group “%1”.</translation>
    </message>
    <message>
        <source>Default group of the project. Changes here apply to every member in it.</source>
        <translation>Default group of the project. Changes here apply to every member in it.</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The server may refuse to delete it.</source>
        <translation>Warning: this is the project&apos;s default group. The server may refuse to delete it.</translation>
    </message>
    <message>
        <source>Warning: this is the project&apos;s default group. The change applies to every member in it.</source>
        <translation>Warning: this is the project&apos;s default group. The change applies to every member in it.</translation>
    </message>
    <message>
        <source>The administrators group cannot be renamed.</source>
        <translation>The administrators group cannot be renamed.</translation>
    </message>
    <message>
        <source>Chec&amp;k what each permission needs</source>
        <translation>Chec&amp;k what each permission needs</translation>
    </message>
    <message>
        <source>Checking a permission also checks the permissions it needs, and unchecking one unchecks those that need it. Which permission needs which is this app&apos;s guess: Alli publishes no list, and the server has the last word.</source>
        <translation>Checking a permission also checks the permissions it needs, and unchecking one unchecks those that need it. Which permission needs which is this app&apos;s guess: Alli publishes no list, and the server has the last word.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Apply anyway</translation>
    </message>
    <message>
        <source>Permissions of &amp;several groups…</source>
        <translation>Permissions of &amp;several groups…</translation>
    </message>
    <message>
        <source>Edits the permissions of many groups in one grid, with one list of the changes before they are sent.</source>
        <translation>Edits the permissions of many groups in one grid, with one list of the changes before they are sent.</translation>
    </message>
    <message>
        <source>Edit the members&apos; &amp;groups…</source>
        <translation>Edit the members&apos; &amp;groups…</translation>
    </message>
    <message>
        <source>Opens the selected members (or every member of this group) in a grid with the groups each is in now, to give each one its own groups.</source>
        <translation>Opens the selected members (or every member of this group) in a grid with the groups each is in now, to give each one its own groups.</translation>
    </message>
    <message>
        <source>Only groups &amp;without members</source>
        <translation>Only groups &amp;without members</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Search groups</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Every group has members.</source>
        <translation>Every group has members.</translation>
    </message>
    <message>
        <source>Show all groups</source>
        <translation>Show all groups</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>members-%1</source>
        <translation>members-%1</translation>
    </message>
    <message>
        <source>E&amp;xport members…</source>
        <translation>E&amp;xport members…</translation>
    </message>
    <message>
        <source>Saves the members of this group, in the order shown, as an Excel workbook or a CSV file.</source>
        <translation>Saves the members of this group, in the order shown, as an Excel workbook or a CSV file.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the %n member(s) of “%1” to %2.</source>
        <translation>
            <numerusform>Exported the %n member of “%1” to %2.</numerusform>
            <numerusform>Exported the %n members of “%1” to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>Alli::PermissionMatrixModel</name>
    <message>
        <source>%1 of %2 granted</source>
        <translation>%1 of %2 granted</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Needs: %1</translation>
    </message>
    <message>
        <source>Required by %1</source>
        <translation>Required by %1</translation>
    </message>
    <message>
        <source>Required by %1. Unchecking it also unchecks those permissions.</source>
        <translation>Required by %1. Unchecking it also unchecks those permissions.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Dependencies</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 needs %2</translation>
    </message>
    <message>
        <source>Warning: by this app&apos;s guess, %1. Alli publishes no list of which permission needs which: the server decides, and may refuse the set.</source>
        <translation>Warning: by this app&apos;s guess, %1. Alli publishes no list of which permission needs which: the server decides, and may refuse the set.</translation>
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
        <source>Enter the project&apos;s API credentials. The key or token is kept in the system keychain, never in a settings file.</source>
        <translation>Enter the project&apos;s API credentials. The key or token is kept in the system keychain, never in a settings file.</translation>
    </message>
    <message>
        <source>e.g. Production (US)</source>
        <translation>e.g. Production (US)</translation>
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
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
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
    <message>
        <source>Connection &amp;name:</source>
        <translation>Connection &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>A&amp;uthentication:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Project id:</source>
        <translation>&amp;Project id:</translation>
    </message>
    <message>
        <source>Project id &amp;header:</source>
        <translation>Project id &amp;header:</translation>
    </message>
    <message>
        <source>A&amp;gent email (AGENT-EMAIL):</source>
        <translation>A&amp;gent email (AGENT-EMAIL):</translation>
    </message>
    <message>
        <source>U&amp;ser email (USER-EMAIL):</source>
        <translation>U&amp;ser email (USER-EMAIL):</translation>
    </message>
    <message>
        <source>&amp;Own user id (OWN-USER-ID):</source>
        <translation>&amp;Own user id (OWN-USER-ID):</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port, or choose the system&apos;s proxy settings.</source>
        <translation>Enter the proxy&apos;s host and port, or choose the system&apos;s proxy settings.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>The system&apos;s proxy settings (PAC included)</source>
        <translation>The system&apos;s proxy settings (PAC included)</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>No proxy</translation>
    </message>
    <message>
        <source>This proxy (set below)</source>
        <translation>This proxy (set below)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Proxy addr&amp;ess:</source>
        <translation>Proxy addr&amp;ess:</translation>
    </message>
    <message>
        <source>Proxy por&amp;t:</source>
        <translation>Proxy por&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Without the proxy:</source>
        <translation>&amp;Without the proxy:</translation>
    </message>
    <message>
        <source>Hosts reached directly, as in NO_PROXY: names, .domains, IP addresses, CIDR ranges, separated by commas.</source>
        <translation>Hosts reached directly, as in NO_PROXY: names, .domains, IP addresses, CIDR ranges, separated by commas.</translation>
    </message>
    <message>
        <source>Proxy &amp;login:</source>
        <translation>Proxy &amp;login:</translation>
    </message>
    <message>
        <source>For a proxy that asks for a login. The password is asked when the proxy wants it, and kept in the keychain only if you say so.</source>
        <translation>For a proxy that asks for a login. The password is asked when the proxy wants it, and kept in the keychain only if you say so.</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates (PEM):</source>
        <translation>Extra &amp;CA certificates (PEM):</translation>
    </message>
    <message>
        <source>A company that inspects TLS gives its root certificate as a PEM file: it is trusted together with the system&apos;s certificates, never instead of them.</source>
        <translation>A company that inspects TLS gives its root certificate as a PEM file: it is trusted together with the system&apos;s certificates, never instead of them.</translation>
    </message>
</context>
<context>
    <name>Alli::ProxyLoginDialog</name>
    <message>
        <source>Proxy login</source>
        <translation>Proxy login</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Keep the password in the system keychain</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a login before it lets Alli Admin through.</source>
        <translation>The proxy %1 asks for a login before it lets Alli Admin through.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>Alli::ProxySettings</name>
    <message>
        <source>&quot;%1&quot; is not a proxy address: use http://host:port or socks5://host:port.</source>
        <translation>&quot;%1&quot; is not a proxy address: use http://host:port or socks5://host:port.</translation>
    </message>
    <message>
        <source>The proxy scheme &quot;%1&quot; is not supported: use http:// or socks5://.</source>
        <translation>The proxy scheme &quot;%1&quot; is not supported: use http:// or socks5://.</translation>
    </message>
    <message>
        <source>The proxy address %1 has no port: add one, e.g. %2:8080.</source>
        <translation>The proxy address %1 has no port: add one, e.g. %2:8080.</translation>
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
    <name>Alli::SelectionJobDialog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Change groups</source>
        <translation>Change groups</translation>
    </message>
    <message>
        <source>&amp;Permission groups:</source>
        <translation>&amp;Permission groups:</translation>
    </message>
    <message>
        <source>Permission groups</source>
        <translation>Permission groups</translation>
    </message>
    <message>
        <source>Loading permission groups…</source>
        <translation>Loading permission groups…</translation>
    </message>
    <message>
        <source>The permission groups could not be loaded.</source>
        <translation>The permission groups could not be loaded.</translation>
    </message>
    <message>
        <source>This project has no permission groups.</source>
        <translation>This project has no permission groups.</translation>
    </message>
    <message>
        <source>Change &amp;groups</source>
        <translation>Change &amp;groups</translation>
    </message>
    <message>
        <source>Remove from project</source>
        <translation>Remove from project</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n agent(s) from the project: %1.</source>
        <translation>
            <numerusform>Removing %n agent from the project: %1.</numerusform>
            <numerusform>Removing %n agents from the project: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gains %1</source>
        <translation>gains %1</translation>
    </message>
    <message>
        <source>loses %1</source>
        <translation>loses %1</translation>
    </message>
    <message>
        <source>is left in no group (sees only Alli Works)</source>
        <translation>is left in no group (sees only Alli Works)</translation>
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
        <translation>The agents&apos; current groups could not be loaded.</translation>
    </message>
    <message>
        <source>Loading the agents&apos; current groups…</source>
        <translation>Loading the agents&apos; current groups…</translation>
    </message>
    <message>
        <source>No change yet: the boxes show the groups the agents are in now.</source>
        <translation>No change yet: the boxes show the groups the agents are in now.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n agent(s) lose administrator rights: %1. They will no longer be able to manage this project.</source>
        <translation>
            <numerusform>⚠ %n agent loses administrator rights: %1. They will no longer be able to manage this project.</numerusform>
            <numerusform>⚠ %n agents lose administrator rights: %1. They will no longer be able to manage this project.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 selected agents are in this group.</source>
        <translation>%1 of %2 selected agents are in this group.</translation>
    </message>
    <message>
        <source>Remove administrator rights</source>
        <translation>Remove administrator rights</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will lose administrator rights.</source>
        <translation>
            <numerusform>%n agent will lose administrator rights.</numerusform>
            <numerusform>%n agents will lose administrator rights.</numerusform>
        </translation>
    </message>
    <message>
        <source>They will no longer be able to manage this project. Make sure someone else still can.</source>
        <translation>They will no longer be able to manage this project. Make sure someone else still can.</translation>
    </message>
    <message numerus="yes">
        <source>Permission groups for %n agent(s): %1. A checked group is given to all of them, an unchecked one taken from all of them; a partly checked group stays as it is for each.</source>
        <translation>
            <numerusform>Permission groups for %n agent: %1. A checked group is given to all of them, an unchecked one taken from all of them; a partly checked group stays as it is for each.</numerusform>
            <numerusform>Permission groups for %n agents: %1. A checked group is given to all of them, an unchecked one taken from all of them; a partly checked group stays as it is for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>C&amp;hanges:</translation>
    </message>
    <message>
        <source>Check a group to give it to every agent, uncheck it to take it from every agent (Space changes the current one).</source>
        <translation>Check a group to give it to every agent, uncheck it to take it from every agent (Space changes the current one).</translation>
    </message>
</context>
<context>
    <name>Alli::ToolListModel</name>
    <message>
        <source>Single-action app</source>
        <translation>Single-action app</translation>
    </message>
    <message>
        <source>Agent tool</source>
        <translation>Agent tool</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Alli::ToolsPage</name>
    <message>
        <source>Loading details…</source>
        <translation>Loading details…</translation>
    </message>
    <message>
        <source>The details could not be loaded.</source>
        <translation>The details could not be loaded.</translation>
    </message>
    <message>
        <source>Loading tools…</source>
        <translation>Loading tools…</translation>
    </message>
    <message>
        <source>This project has no tools.</source>
        <translation>This project has no tools.</translation>
    </message>
    <message>
        <source>No tools match the filter.</source>
        <translation>No tools match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n tool(s).</source>
        <translation>
            <numerusform>Showing %1 of %n tool.</numerusform>
            <numerusform>Showing %1 of %n tools.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Yes, published</source>
        <translation>Yes, published</translation>
    </message>
    <message>
        <source>No, not published</source>
        <translation>No, not published</translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation>Variables (%1)</translation>
    </message>
    <message>
        <source>Inputs (%1)</source>
        <translation>Inputs (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Select a tool to see its inputs or variables and its raw JSON.</source>
        <translation>Select a tool to see its inputs or variables and its raw JSON.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Single-action apps</source>
        <translation>Single-action apps</translation>
    </message>
    <message>
        <source>Agent tools</source>
        <translation>Agent tools</translation>
    </message>
    <message>
        <source>Show tools of one kind only</source>
        <translation>Show tools of one kind only</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Name, ID, description or parameter</source>
        <translation>Name, ID, description or parameter</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Show all tools</source>
        <translation>Show all tools</translation>
    </message>
</context>
<context>
    <name>Alli::UsersPage</name>
    <message>
        <source>Enter the user&apos;s own user ID (ownUserId) and press Enter.</source>
        <translation>Enter the user&apos;s own user ID (ownUserId) and press Enter.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message numerus="yes">
        <source>User %1: every field the server returned (%n field(s)).</source>
        <translation>
            <numerusform>User %1: every field the server returned (%n field).</numerusform>
            <numerusform>User %1: every field the server returned (%n fields).</numerusform>
        </translation>
    </message>
    <message>
        <source>No user with the id %1 in this project.</source>
        <translation>No user with the id %1 in this project.</translation>
    </message>
    <message>
        <source>&amp;Own user ID:</source>
        <translation>&amp;Own user ID:</translation>
    </message>
    <message>
        <source>e.g. EMP00002</source>
        <translation>e.g. EMP00002</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users listed in a CSV file.</source>
        <translation>Creates, updates or deletes users listed in a CSV file.</translation>
    </message>
    <message>
        <source>&amp;Bulk edit</source>
        <translation>&amp;Bulk edit</translation>
    </message>
    <message>
        <source>Creates, updates or deletes users typed or pasted in a grid.</source>
        <translation>Creates, updates or deletes users typed or pasted in a grid.</translation>
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
        <source>Use your project&apos;s API key or token (US, Japan or a custom server).</source>
        <translation>Use your project&apos;s API key or token (US, Japan or a custom server).</translation>
    </message>
</context>
<context>
    <name>Alli::Widgets</name>
    <message>
        <source>Show all columns</source>
        <translation>Show all columns</translation>
    </message>
    <message>
        <source>Right-click to choose the columns.</source>
        <translation>Right-click to choose the columns.</translation>
    </message>
</context>
</TS>
