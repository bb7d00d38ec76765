<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The key in the ANTHROPIC_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a line break inside it (character %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a space inside it (character %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %4 (character %2 of %3), which no API key has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character, %4 (character %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the variable, or paste a key below for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key below to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it again on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are plain letters, digits, - and _: copy it again from the Anthropic Console (a web page can turn a character into a look-alike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it again from the Anthropic Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UsageWindow</source>
        <comment>unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>UsageWindow</source>
        <comment> + %n of unknown price</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Parley could not start; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentControls</name>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files (Ctrl+O); you can also drop or paste them. The arrow takes a screenshot (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot of a region…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Not UTF-8: read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley backs up your conversations every day and before every update of its database, keeping the last 7. Restoring keeps the current file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley will close, replace your conversations with backup %1, and start again. The current file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFollower</name>
    <message>
        <source>Claude is not connected yet; the batch was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be sent; the details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude is not connected yet; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchNotifier</name>
    <message>
        <source>Batch ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSources</name>
    <message>
        <source>%1 is not UTF-8: read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesWindow</name>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the chosen job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches yet. “New batch…” sends many requests at half price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last poll failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded — double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired (not done within 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n results to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <source>You have used {0} % of this month&apos;s {1} budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have spent {0} of this month&apos;s {1} budget. Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheTtlCheck</name>
    <message>
        <source>Keep the cache for an hour — writes cost {hour}× input instead of {five}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cache back costs {times}× input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cache for an hour — writes cost more than for 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cache back costs less than input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley caches the system prompt and the conversation so far. The cache lasts 5 minutes after each message; an hour suits long pauses between messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt: instructions Claude follows in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System ●</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerStatus</name>
    <message>
        <source>Continue in a new conversation with a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cheapest model writes a summary of this conversation; a new conversation starts from it, linked to this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the conversation this one continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted by the API (count_tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 tokens · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated here: the API could not be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input tokens of the next send and their cost at the model&apos;s input price,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before caching (cached parts cost less).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;1% of context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 input tokens this model takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next message would not fit: continue with a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1%: replies get dearer and the window will soon be full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude could not be loaded; see the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextWatch</name>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary needs an API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CutOffNotice</name>
    <message>
        <source>Cut off at the max_tokens limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Claude to go on where the reply stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To allow longer replies, raise Max under the message box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>↳ Continued after the max_tokens limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or JSONL file of prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants of the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen yet; files can also be dropped here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt sent with each file, row or variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the job (default: the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts (*.csv *.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1: %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to send: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the prompt to see the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batches (the API&apos;s limits)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 input tokens: %2 at list price, %3 at the batch price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> With answers, at most %1 (list %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptEdit</name>
    <message>
        <source>Message to Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Claude…   (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter starts a new line · Up edits your last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDescriber</name>
    <message>
        <source>{read} of {prompt} input tokens were read from the prompt cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per million tokens: plain input {input}, cache reads {read}, cache writes {write_5m} (kept 5 minutes) or {write_1h} (kept an hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saving compares this reply with the same request sent without caching. Writing to the cache costs more than plain input, so a reply that writes costs a little more, and the replies after it read the cache back cheaply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {cost}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache write +{cost}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLimitButton</name>
    <message>
        <source>Default ({0} tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest reply: {0} tokens. A reply that reaches it is cut off; you can then continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With thinking on, the default leaves room for thinking on top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Indexing history for search: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short searches (one or two letters) get fast once this is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The last reply, and the whole conversation with every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending and the monthly budget (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Batches: many requests at half price (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageSummary</name>
    <message>
        <source>saved {cost} by caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching cost {cost} more so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This month ({0}): %n requests, {1}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (batch {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing spent this month ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month, by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n requests</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly budget set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} % of it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
