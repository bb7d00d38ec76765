<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>No system keyring: the key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be checked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Attachments are still being prepared; send once they show their size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what Claude should do with the attachments, or pick a preset above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.md *.csv *.json *.py *.log);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentJob</name>
    <message>
        <source>the picture is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be converted to PNG.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Remove this attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not UTF-8: read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downscaled to what Claude reads; the original is unchanged.</source>
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
    <name>BatchListModel</name>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended, reading results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last poll failed: %1</source>
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
    <name>ChatViewModel</name>
    <message>
        <source>Your message was not sent; it is back in the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} — trying again in {seconds} s (retry {attempt})…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Parley: a desktop assistant for Claude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask Claude; the answer streams to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question; - reads it from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model id (default: the conversation&apos;s or a Sonnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system prompt for the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue conversation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a new conversation (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>think before answering, at effort LEVEL (low, medium, high, xhigh or max, as the model takes them; default: the model&apos;s own); the conversation keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turn thinking off for the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the prompt cache 5 minutes or an hour (1-hour cache writes cost more); the conversation keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the reply be at most N tokens (up to the model&apos;s maximum); the conversation keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the model&apos;s thinking on stderr (stdout keeps only the answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach an image, PDF or text file (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send images at full resolution (up to 8000 px) instead of what the API keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run this tool without asking, for this run only (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the input tokens and estimated cost of this send; send and store nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send even when this month&apos;s budget (set in the window&apos;s Usage view) is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was spent in a month, by model and by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month (default: this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list conversations, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N conversations (default: a screenful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only conversations matching this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a conversation as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a conversation as Markdown with its attachments to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created if missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the API key in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: {path} could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt: give the question, or - to read it from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; set it again, or unset it to use the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; run `parley key set` to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key: run `parley key set`, or set ANTHROPIC_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} does not offer extended thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} has no effort level {level}; it takes {levels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this month&apos;s budget is used up ({spent} of {budget}); give --over-budget to send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: tool {name}: {status} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by {signal}; the conversation so far is kept in conversation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by {signal}; the reply so far is kept in conversation {id}, marked interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted by {signal}; no reply had arrived; the question is kept in conversation {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: attached {name}: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: {name}: not UTF-8, read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, make or restore backups of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups, newest (1) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the history now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the history with backup N; the current file is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as `parley backup list` shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no history to back up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet; `parley backup now` makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the history with backup {number} of {date} ({count})? The current file is kept aside, not deleted. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer to a [y/N] question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored backup {number} of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous file is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Batches: bulk requests at half price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send files or prompts as one batch; prints its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images, PDFs or text files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt sent with each file or row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model id (default: the settings&apos; or a Sonnet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system prompt for every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests written by hand, one JSON line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one request per row of its &apos;prompt&apos; column (--prompt, if given, goes before each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the prompt N times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for the job in listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch jobs, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a job&apos;s failed requests again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until a job has ended; progress on stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds between polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job&apos;s results, one row per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown batch action {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give files, or one of --jsonl, --csv or --variants N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prompt: give --prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: split into {count} batches (API limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: no batches yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: last poll failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was never sent (Parley stopped while sending it); removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {name} has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was never submitted (Parley stopped while sending it); `parley batch cancel` removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (poll failed: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {name} has not ended yet ({counts})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the results of {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the CSV needs a column named &apos;prompt&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CSV file Parley can read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: expected {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: params.messages must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: params.max_tokens must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: batch requests cannot stream; remove params.stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: each request needs a custom_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variants must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} input tokens · {cost} on {model}, before caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} input tokens · {cost} on {model}, before caching (estimated locally: the API could not be reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing from Parley&apos;s attachment folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the search index is {percent}% built; short searches are slower until it is done (each search builds a little more, and the window builds it in the background)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: {name}, {width}×{height}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(redacted thinking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for tool `{name}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation has other branches (edited questions or regenerated answers); this is the one last shown in Parley.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: {prompt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring could not be cleared: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Anthropic API key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key was not saved: {problem}. Set ANTHROPIC_API_KEY instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is saved in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Run `parley backup restore 1` to keep it aside and restore the backup of {date} (`parley backup list` shows all {count}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} There is no backup; rename or move that file and Parley starts anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the history: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking… (redacted: sent encrypted, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number from 1 to {most} for {model}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: the reply was cut off at the max_tokens limit ({limit}); continue with `parley ask --continue {id} --max-tokens {more} …`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was no terminal to ask the user on, so Parley denied the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude wants to use the tool {name} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this call? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user answered no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude has used tools {rounds} times. Go on? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} holds binary data, not text; attach files with --attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {reason}; {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parley: warning: {what} is not UTF-8; read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRITE 5M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRITE 1H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CACHE READ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a month: {month} (write it as YYYY-MM, e.g. 2026-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + {count} of unknown price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (batch {cost})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message: sending it starts a new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt: instructions Claude follows in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders, commands, grants and MCP servers (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Editing your message (its %n file(s) go with it): sending it starts a new branch</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
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
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationOptions</name>
    <message>
        <source>Settings could not be saved.</source>
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
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Parley&apos;s database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file will be renamed and kept, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup. The damaged file will be renamed and kept, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it aside and restore backup %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it aside and start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogGate</name>
    <message>
        <source>Keep going? — Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude has used {rounds} rounds of tools in this reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let it go on for up to {rounds} more?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, PDFs and text files. Drop on a preset to fill in its prompt too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What&apos;s on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter adds a line · Ctrl+N starts anew</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused. Enter a valid key and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not know that model or resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude is overloaded right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API had an internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach the API. You appear to be offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost mid-reply; what arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the reply ended; what arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply stalled: no data arrived for too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply Parley could not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown: its file is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JumpButton</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll to the newest message (Alt+End)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message>
        <source>The API key was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — Parley</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServerRow</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop it and take it out of Parley&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>McpServersPanel</name>
    <message>
        <source>Available once Parley has connected to Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP servers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Claude Desktop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove MCP server? — Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is stopped if it runs, its tools go with it, and it leaves Parley&apos;s settings now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Desktop settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>{input} in · {output} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageActionsBar</name>
    <message>
        <source>Show the previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {position} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and send again as a new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for another answer; this one stays as a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this and what follows it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Parley closed before this reply finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete: the reply failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Part of this thinking was encrypted by Anthropic&apos;s safety systems. It cannot be shown; it is kept and sent back unchanged.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic ran: {tools}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↳ Continued after the max_tokens limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other branches that start below it go too. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageImage</name>
    <message>
        <source>Click to open at full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: its file is no longer in Parley&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MimeAttachments</name>
    <message>
        <source>The pasted picture is empty or could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelItem</name>
    <message>
        <source>fast and cheap: titles, extraction, simple questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balanced: most work, code, screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardest problems, long agentic work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1} per M tokens</source>
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
    <name>PermissionDialog</name>
    <message>
        <source>Built-in Parley tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the MCP server “{server}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow “{tool}”? — Parley</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude wants to use “{tool}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments, in full:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool asks every time; it cannot be allowed ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for denying, passed to Claude (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow for this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you revoke it in Tools settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetChips</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the review presets: change, add or remove prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a review preset…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Each preset needs a label and a prompt: fill in or remove “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts one click away on the empty composer and when dropping files. A click fills in the prompt; nothing is sent until you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Check the contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Claude should do with the attached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>cost unknown</source>
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
    <name>RefusalRow</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Drag to select a region  ·  Enter: whole screen  ·  Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley: select a region</source>
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
    <name>ReplyProblem</name>
    <message>
        <source>Check your connection; Retry sends it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parley needs an Anthropic API key to send messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while sending. The details are in Parley&apos;s log; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply failed before it was finished. Retry asks again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>The screen could not be captured here ({why}). Take a screenshot with the system&apos;s own tool and paste it with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system gave no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture came back blank</source>
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
    <name>SearchResults</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  (Ctrl+K)</source>
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
    <name>SourceJobs</name>
    <message>
        <source>Parley could not read these; see its log.</source>
        <translation type="unfinished"></translation>
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
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions Claude follows throughout this conversation, such as a role, a tone or the language to answer in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Answer briefly, in Korean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThinkingButton</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude thinks before answering (slower, costs more tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Claude think before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} (up to {thousands}k tokens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result — untrusted content from the tool. Claude reads it; nothing in it can approve a tool or change a setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>Claude could then ask to run any program; each call still asks you, with the exact command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders the file tools may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude can list, read, search and (always asking) write files inside these folders, and nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow running commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-allow read-only built-in tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock, and listing, reading and searching files in the folders above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always-allowed tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every tool asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder Claude may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {problem}.</source>
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
        <source>Last reply: {tokens} · {cost}    Conversation: {total} tokens · {spent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved {cost} by caching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caching cost {cost} more so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{input} in · {output} out · cache {read} read, {written} written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> + %n of unknown price</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
