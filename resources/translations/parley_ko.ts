<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Parley</source>
        <translation>Parley 정보</translation>
    </message>
    <message>
        <source>Parley %1</source>
        <translation>Parley %1</translation>
    </message>
    <message>
        <source>Bundled parts and their licences</source>
        <translation>함께 담긴 구성 요소와 라이선스</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>정보 복사</translation>
    </message>
    <message>
        <source>A desktop assistant for Anthropic&apos;s Claude API. MIT licence.</source>
        <translation>Anthropic Claude API를 위한 데스크톱 도우미입니다. MIT 라이선스.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>데이터 폴더: %1</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3 · Anthropic SDK %4</source>
        <translation>Qt %1 · PySide6 %2 · Python %3 · Anthropic SDK %4</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>시스템: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사했습니다</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 키:</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>바꾸기…</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>지우기…</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API 주소:</translation>
    </message>
    <message>
        <source>%1, from the ANTHROPIC_API_KEY environment variable.</source>
        <translation>%1 (ANTHROPIC_API_KEY 환경 변수에서 읽음)</translation>
    </message>
    <message>
        <source>%1, kept in the system keyring.</source>
        <translation>%1 (시스템 키링에 보관됨)</translation>
    </message>
    <message>
        <source>%1, kept for this session only (no system keyring).</source>
        <translation>%1 (이번 세션에만 보관됨, 시스템 키링 없음)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The ANTHROPIC_BASE_URL environment variable is set and wins over this address: Parley sends to %1.</source>
        <translation>ANTHROPIC_BASE_URL 환경 변수가 설정되어 있어 이 주소보다 우선합니다. Parley는 %1(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>Empty: Anthropic&apos;s own. Any Anthropic-compatible server works.</source>
        <translation>비워 두면 Anthropic의 기본 주소를 씁니다. Anthropic 호환 서버라면 어디든 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>An address starts with http:// or https:// and names a host.</source>
        <translation>주소는 http:// 또는 https://로 시작하고 호스트 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Forget the API key</source>
        <translation>API 키 지우기</translation>
    </message>
    <message>
        <source>Remove the API key from the system keyring? Sending then asks for a key.</source>
        <translation>시스템 키링에서 API 키를 지울까요? 이후 보낼 때 키를 다시 묻습니다.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keyring.</source>
        <translation>시스템 키링에서 키를 지우지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>AdvancedButton</name>
    <message>
        <source>T {value}</source>
        <translation>T {value}</translation>
    </message>
    <message>
        <source>P {value}</source>
        <translation>P {value}</translation>
    </message>
    <message>
        <source>K {value}</source>
        <translation>K {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>중지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>고급</translation>
    </message>
    <message>
        <source>Advanced: this conversation samples differently from the model&apos;s defaults</source>
        <translation>고급: 이 대화는 모델 기본값과 다르게 샘플링합니다</translation>
    </message>
    <message>
        <source>Advanced: temperature, top-p, top-k and stop sequences (unset)</source>
        <translation>고급: 온도, top-p, top-k, 중지 시퀀스(설정 안 함)</translation>
    </message>
</context>
<context>
    <name>AdvancedPanel</name>
    <message>
        <source>Sampling for this conversation</source>
        <translation>이 대화의 샘플링</translation>
    </message>
    <message>
        <source>“Default” leaves the choice to the model; most chats need nothing here.</source>
        <translation>‘기본’은 모델에 맡깁니다. 대부분의 대화는 여기서 바꿀 것이 없습니다.</translation>
    </message>
    <message>
        <source>Temperature: lower is steadier, higher more varied</source>
        <translation>온도: 낮을수록 일관되고, 높을수록 다양합니다</translation>
    </message>
    <message>
        <source>Top-p: sample only from the likeliest words adding up to this share</source>
        <translation>Top-p: 확률이 높은 단어부터 합이 이 비율이 될 때까지만 고릅니다</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Top-k: sample only from this many likeliest words</source>
        <translation>Top-k: 확률이 가장 높은 단어 이만큼 중에서만 고릅니다</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>중지 시퀀스</translation>
    </message>
    <message>
        <source>New stop sequence</source>
        <translation>새 중지 시퀀스</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>기본값으로 되돌리기</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>the key in the system keyring</source>
        <translation>시스템 키링의 키</translation>
    </message>
    <message>
        <source>The system keyring did not keep the key.</source>
        <translation>시스템 키링에 키가 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>{problem}, so it cannot be used.</source>
        <translation>{problem}. 그래서 이 키는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Using the key from the {variable} environment variable.</source>
        <translation>{variable} 환경 변수의 키를 사용합니다.</translation>
    </message>
    <message>
        <source>Using the key from the system keyring ({name}).</source>
        <translation>시스템 키링({name})의 키를 사용합니다.</translation>
    </message>
    <message>
        <source>The key is kept in memory for this session only; Parley forgets it on exit.</source>
        <translation>키를 이번 세션 동안만 메모리에 보관하며, Parley를 종료하면 지웁니다.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>API 키가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>The system keyring is still not answering.</source>
        <translation>시스템 키링이 아직 응답하지 않습니다.</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} seconds.</source>
        <translation>시스템 키링이 {seconds}초 안에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Keyring support is not installed.</source>
        <translation>키링 지원 모듈이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No system keyring is available (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager).</source>
        <translation>사용할 수 있는 시스템 키링(GNOME Keyring, KWallet, macOS 키체인, Windows 자격 증명 관리자 등)이 없습니다.</translation>
    </message>
    <message>
        <source>The system keyring is locked; unlock it to keep the key between sessions.</source>
        <translation>시스템 키링이 잠겨 있습니다. 세션이 끝난 뒤에도 키를 보관하려면 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>The system keyring could not be started.</source>
        <translation>시스템 키링을 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the key.</source>
        <translation>시스템 키링이 키 저장을 거부했습니다.</translation>
    </message>
    <message>
        <source>The system keyring failed ({kind}).</source>
        <translation>시스템 키링에서 오류가 발생했습니다({kind}).</translation>
    </message>
</context>
<context>
    <name>ApiKeyDialog</name>
    <message>
        <source>No system keyring: the key is kept for this session only.</source>
        <translation>시스템 키링을 쓸 수 없어 키를 이번 세션에만 보관합니다.</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic API 키</translation>
    </message>
    <message>
        <source>Parley talks to Claude with your own API key. Paste it below; you can create one in the &lt;a href=&quot;{url}&quot;&gt;Anthropic Console&lt;/a&gt;. It is kept in your system keyring, never in a file.</source>
        <translation>Parley는 사용자 본인의 API 키로 Claude와 대화합니다. 아래에 키를 붙여 넣으세요. 키는 &lt;a href=&quot;{url}&quot;&gt;Anthropic Console&lt;/a&gt;에서 만들 수 있습니다. 키는 파일이 아닌 시스템 키링에 보관됩니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>The key could not be checked. Try again.</source>
        <translation>키를 확인하지 못했습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>The key in the ANTHROPIC_API_KEY environment variable</source>
        <translation>ANTHROPIC_API_KEY 환경 변수의 키</translation>
    </message>
    <message>
        <source>The key kept in the system keyring</source>
        <translation>시스템 키링에 저장된 키</translation>
    </message>
    <message>
        <source>The pasted key</source>
        <translation>붙여 넣은 키</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1가 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 has a line break inside it (character %2 of %3).</source>
        <translation>%1에 줄바꿈이 들어 있습니다(%3자 중 %2번째).</translation>
    </message>
    <message>
        <source>%1 has a space inside it (character %2 of %3).</source>
        <translation>%1에 공백이 들어 있습니다(%3자 중 %2번째).</translation>
    </message>
    <message>
        <source>%1 holds %4 (character %2 of %3), which no API key has.</source>
        <translation>%1에 API 키에 쓰이지 않는 문자가 들어 있습니다: %4(%3자 중 %2번째).</translation>
    </message>
    <message>
        <source>%1 holds a control character, %4 (character %2 of %3).</source>
        <translation>%1에 제어 문자가 들어 있습니다: %4(%3자 중 %2번째).</translation>
    </message>
    <message>
        <source>Fix the variable, or paste a key below for this session.</source>
        <translation>환경 변수를 고치거나, 이번 세션에 쓸 키를 아래에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Paste the key below to replace it.</source>
        <translation>새 키를 아래에 붙여 넣으면 바뀝니다.</translation>
    </message>
    <message>
        <source>Paste it again on one line.</source>
        <translation>한 줄로 다시 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Keys are plain letters, digits, - and _: copy it again from the Anthropic Console (a web page can turn a character into a look-alike).</source>
        <translation>API 키는 영문자, 숫자, -, _로만 이루어집니다. Anthropic Console에서 다시 복사하세요(웹 페이지를 거치면 글자가 비슷하게 생긴 다른 문자로 바뀔 수 있습니다).</translation>
    </message>
    <message>
        <source>Copy it again from the Anthropic Console.</source>
        <translation>Anthropic Console에서 다시 복사하세요.</translation>
    </message>
</context>
<context>
    <name>ApiKeyFormat</name>
    <message>
        <source>{subject} is empty</source>
        <translation>{subject}가 비어 있습니다</translation>
    </message>
    <message>
        <source>{subject} has a line break inside it (character {position} of {length})</source>
        <translation>{subject}에 줄바꿈이 들어 있습니다({length}자 중 {position}번째)</translation>
    </message>
    <message>
        <source>{subject} has a space inside it (character {position} of {length})</source>
        <translation>{subject}에 공백이 들어 있습니다({length}자 중 {position}번째)</translation>
    </message>
    <message>
        <source>{subject} holds {character} (character {position} of {length}), which no API key has</source>
        <translation>{subject}에 API 키에 쓰이지 않는 문자가 들어 있습니다: {character}({length}자 중 {position}번째)</translation>
    </message>
    <message>
        <source>{subject} holds a control character ({character}) (character {position} of {length})</source>
        <translation>{subject}에 제어 문자가 들어 있습니다: {character}({length}자 중 {position}번째)</translation>
    </message>
    <message>
        <source>paste it again on one line</source>
        <translation>한 줄로 다시 붙여 넣으세요</translation>
    </message>
    <message>
        <source>keys are plain letters, digits, - and _: copy it again from the Anthropic Console</source>
        <translation>API 키는 영문자, 숫자, -, _로만 이루어집니다. Anthropic Console에서 다시 복사하세요</translation>
    </message>
    <message>
        <source>copy it again from the Anthropic Console</source>
        <translation>Anthropic Console에서 다시 복사하세요</translation>
    </message>
    <message>
        <source>the API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>{problem}; {advice}</source>
        <translation>{problem}. {advice}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Parley could not start; see its log.</source>
        <translation>Parley를 시작하지 못했습니다. 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>Parley cannot start</source>
        <translation>Parley를 시작할 수 없음</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>The PARLEY_THEME environment variable is set and wins over this.</source>
        <translation>PARLEY_THEME 환경 변수가 설정되어 있어 이 설정보다 우선합니다.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>{name} is not a Parley archive (not a zip file).</source>
        <translation>{name}은(는) Parley 보관 파일이 아닙니다(zip 파일이 아님).</translation>
    </message>
    <message>
        <source>Cannot read {name}: {why}.</source>
        <translation>{name}을(를) 읽을 수 없습니다: {why}.</translation>
    </message>
    <message>
        <source>The archive is damaged: {member} does not match its checksum.</source>
        <translation>보관 파일이 손상되었습니다: {member}의 체크섬이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The archive holds something Parley does not read: {m}.</source>
        <translation>보관 파일에 Parley가 읽지 않는 항목이 있습니다: {m}.</translation>
    </message>
    <message>
        <source>The archive is too large to be Parley&apos;s.</source>
        <translation>Parley 보관 파일이라고 보기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>The archive has no manifest.</source>
        <translation>보관 파일에 목록(manifest)이 없습니다.</translation>
    </message>
    <message>
        <source>The archive&apos;s manifest is damaged.</source>
        <translation>보관 파일의 목록(manifest)이 손상되었습니다.</translation>
    </message>
    <message>
        <source>This is not a Parley archive.</source>
        <translation>Parley 보관 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>The archive is version {v}; this Parley reads version {mine}.</source>
        <translation>보관 파일은 버전 {v}입니다. 이 Parley는 버전 {mine}을(를) 읽습니다.</translation>
    </message>
    <message>
        <source>The archive&apos;s members do not match its manifest.</source>
        <translation>보관 파일의 내용이 목록(manifest)과 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The archive is damaged: {member} is not a conversation.</source>
        <translation>보관 파일이 손상되었습니다: {member}은(는) 대화가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>Export every conversation</source>
        <translation>모든 대화 내보내기</translation>
    </message>
    <message>
        <source>Parley archive (*%1)</source>
        <translation>Parley 보관 파일 (*%1)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Import a Parley archive</source>
        <translation>Parley 보관 파일 가져오기</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>The archive could not be written or read: %1</source>
        <translation>보관 파일을 쓰거나 읽지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Exported %1 conversations and %2 files to %3</source>
        <translation>대화 %1개와 파일 %2개를 %3에 내보냈습니다</translation>
    </message>
    <message>
        <source>Imported %1 conversations (%2 were here already)</source>
        <translation>대화 %1개를 가져왔습니다(%2개는 이미 있음)</translation>
    </message>
</context>
<context>
    <name>AttachmentControls</name>
    <message>
        <source>Attachments are still being prepared; send once they show their size.</source>
        <translation>첨부 파일을 준비하고 있습니다. 크기가 표시되면 보내세요.</translation>
    </message>
    <message>
        <source>Say what Claude should do with the attachments, or pick a preset above.</source>
        <translation>Claude가 첨부 파일로 무엇을 할지 적거나, 위에서 프리셋을 고르세요.</translation>
    </message>
    <message>
        <source>Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.md *.csv *.json *.py *.log);;All files (*)</source>
        <translation>이미지, PDF, 텍스트 (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.txt *.md *.csv *.json *.py *.log);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Attach images, PDFs or text files (Ctrl+O); you can also drop or paste them. The arrow takes a screenshot (Ctrl+Shift+S)</source>
        <translation>이미지, PDF, 텍스트 파일을 첨부합니다(Ctrl+O). 끌어다 놓거나 붙여 넣어도 됩니다. 화살표를 누르면 스크린샷을 찍습니다(Ctrl+Shift+S).</translation>
    </message>
    <message>
        <source>Files…</source>
        <translation>파일…</translation>
    </message>
    <message>
        <source>Screenshot of the whole screen</source>
        <translation>전체 화면 스크린샷</translation>
    </message>
    <message>
        <source>Screenshot of a region…</source>
        <translation>영역 스크린샷…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
</context>
<context>
    <name>AttachmentJob</name>
    <message>
        <source>{name}: it is too large to prepare on this computer.</source>
        <translation>{name}: 너무 커서 이 컴퓨터에서 준비할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name}: Parley could not prepare it; the details are in its log.</source>
        <translation>{name}: Parley가 준비하지 못했습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>the picture is empty.</source>
        <translation>그림이 비어 있습니다.</translation>
    </message>
    <message>
        <source>the picture could not be converted to PNG.</source>
        <translation>그림을 PNG로 변환하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <source>Remove this attachment</source>
        <translation>이 첨부 파일 삭제</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Let Claude cite this file: its answer marks the passages it used</source>
        <translation>Claude가 이 파일을 인용하게 합니다. 답변에 사용한 구절이 표시됩니다</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} 삭제</translation>
    </message>
    <message>
        <source>Not UTF-8: read as %1</source>
        <translation>UTF-8 아님: %1(으)로 읽음</translation>
    </message>
    <message>
        <source>Converted from {encoding}.</source>
        <translation>{encoding}에서 변환했습니다.</translation>
    </message>
    <message>
        <source>Downscaled to what Claude reads; the original is unchanged.</source>
        <translation>Claude가 읽는 크기로 줄였습니다. 원본은 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <source>%n image(s)</source>
        <translation>이미지 %n개</translation>
    </message>
    <message>
        <source>%n PDF(s)</source>
        <translation>PDF %n개</translation>
    </message>
    <message>
        <source>%n text file(s)</source>
        <translation>텍스트 파일 %n개</translation>
    </message>
    <message>
        <source>about {tokens} tokens</source>
        <translation>약 {tokens} 토큰</translation>
    </message>
    <message>
        <source>preparing {count}…</source>
        <translation>{count}개 준비 중…</translation>
    </message>
    <message>
        <source>{name} is attached already.</source>
        <translation>{name}은(는) 이미 첨부되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>the file is not there any more (it was moved, renamed or deleted).</source>
        <translation>파일이 없습니다. 옮겼거나, 이름을 바꿨거나, 삭제한 것 같습니다.</translation>
    </message>
    <message>
        <source>it is a folder; attach the files inside it instead.</source>
        <translation>폴더입니다. 폴더 안의 파일을 첨부하세요.</translation>
    </message>
    <message>
        <source>Parley is not allowed to read it (permission denied).</source>
        <translation>Parley에 이 파일을 읽을 권한이 없습니다.</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe, socket or device), so it cannot be read.</source>
        <translation>일반 파일이 아니라서(파이프, 소켓, 장치 등) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>it is {size}, more than Parley reads ({most}).</source>
        <translation>크기가 {size}로, Parley가 읽을 수 있는 한도({most})를 넘습니다.</translation>
    </message>
    <message>
        <source>it is more than Parley reads ({most}).</source>
        <translation>Parley가 읽을 수 있는 한도({most})를 넘습니다.</translation>
    </message>
    <message>
        <source>it could not be read ({problem}).</source>
        <translation>읽지 못했습니다({problem}).</translation>
    </message>
    <message>
        <source>the image has no pixels.</source>
        <translation>이미지에 픽셀이 없습니다.</translation>
    </message>
    <message>
        <source>it claims to be {width}×{height} pixels ({mp} MP), more than Parley opens ({most} MP). It may be a decompression bomb, or a damaged file.</source>
        <translation>이미지 크기가 {width}×{height}픽셀({mp} MP)이라고 되어 있어 Parley가 여는 한도({most} MP)를 넘습니다. 압축 폭탄이거나 손상된 파일일 수 있습니다.</translation>
    </message>
    <message>
        <source>it is too large to open with the memory available.</source>
        <translation>너무 커서 지금 사용할 수 있는 메모리로는 열 수 없습니다.</translation>
    </message>
    <message>
        <source>the image is damaged or incomplete (truncated).</source>
        <translation>이미지가 손상되었거나 일부가 잘려 있습니다.</translation>
    </message>
    <message>
        <source>it could not be converted ({type}).</source>
        <translation>변환하지 못했습니다({type}).</translation>
    </message>
    <message>
        <source>it claims an absurd size; it may be a decompression bomb.</source>
        <translation>이미지 크기가 비정상적으로 크다고 되어 있습니다. 압축 폭탄일 수 있습니다.</translation>
    </message>
    <message>
        <source>the image is damaged, incomplete, or in a format Parley cannot read.</source>
        <translation>이미지가 손상되었거나, 불완전하거나, Parley가 읽을 수 없는 형식입니다.</translation>
    </message>
    <message>
        <source>it is {size}; the API takes PDFs of up to about {most} (32 MB per request once encoded).</source>
        <translation>크기가 {size}입니다. API는 약 {most}까지의 PDF만 받습니다(인코딩 후 요청당 32 MB).</translation>
    </message>
    <message>
        <source>the PDF is incomplete (truncated) or damaged.</source>
        <translation>PDF 일부가 잘렸거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>the PDF has no pages.</source>
        <translation>PDF에 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>it has {pages} pages; the API reads at most {most} pages per request. Split it, or attach the pages that matter.</source>
        <translation>{pages}쪽짜리 PDF입니다. API는 요청당 최대 {most}쪽까지 읽습니다. 파일을 나누거나 필요한 쪽만 첨부하세요.</translation>
    </message>
    <message>
        <source>the PDF is password-protected; the API cannot read it. Remove the password.</source>
        <translation>암호가 걸린 PDF라서 API가 읽을 수 없습니다. 암호를 해제하세요.</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read.</source>
        <translation>PDF가 손상되어 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Parley attaches images (JPEG, PNG, GIF, WebP, and BMP, TIFF, ICO and others it converts), PDFs, and text or code files.</source>
        <translation>Parley는 이미지(JPEG, PNG, GIF, WebP, 그리고 변환해서 보내는 BMP, TIFF, ICO 등), PDF, 텍스트나 코드 파일을 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>it is larger than Parley reads (200 MB).</source>
        <translation>Parley가 읽을 수 있는 크기(200 MB)보다 큽니다.</translation>
    </message>
    <message>
        <source>the name says {kind}, but the file holds plain text. Rename it (for example to .txt) to attach it as text.</source>
        <translation>이름으로는 {kind} 파일인데 내용은 일반 텍스트입니다. 텍스트로 첨부하려면 이름을 바꾸세요(예: .txt).</translation>
    </message>
    <message>
        <source>the name says {kind}, but the contents are damaged or something else.</source>
        <translation>이름으로는 {kind} 파일인데 내용이 손상되었거나 다른 형식입니다.</translation>
    </message>
    <message>
        <source>Parley cannot read this kind of file. {supported}</source>
        <translation>Parley가 읽을 수 없는 종류의 파일입니다. {supported}</translation>
    </message>
    <message>
        <source>it is {kind}, which Parley cannot open on this system. Export it as JPEG or PNG and attach that.</source>
        <translation>{kind} 형식이라 이 시스템에서는 Parley가 열 수 없습니다. JPEG나 PNG로 내보내서 첨부하세요.</translation>
    </message>
    <message>
        <source>it is {kind}, which Claude cannot read. {supported}</source>
        <translation>{kind} 형식은 Claude가 읽을 수 없습니다. {supported}</translation>
    </message>
    <message>
        <source>This would send {count} images in one request; the API takes at most {most}. Remove some, or start a new conversation.</source>
        <translation>요청 하나에 이미지 {count}개를 보내게 됩니다. API는 최대 {most}개까지 받습니다. 일부를 빼거나 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>it is {width}×{height}, and with more than {many} images in a request the API takes at most {edge}×{edge}. Attach it again without full resolution.</source>
        <translation>크기가 {width}×{height}인데, 요청에 이미지가 {many}개를 넘으면 API는 최대 {edge}×{edge}까지만 받습니다. 원본 해상도 옵션 없이 다시 첨부하세요.</translation>
    </message>
    <message>
        <source>The PDFs in this request have {pages} pages in all; the API reads at most {most}. Remove a PDF, or start a new conversation.</source>
        <translation>이 요청의 PDF는 모두 {pages}쪽입니다. API는 최대 {most}쪽까지 읽습니다. PDF를 빼거나 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>The attachments in this request come to {size}; the API takes requests of at most {most}. Remove some, or start a new conversation.</source>
        <translation>이 요청의 첨부 파일은 모두 {size}입니다. API는 최대 {most}까지의 요청만 받습니다. 일부를 빼거나 새 대화를 시작하세요.</translation>
    </message>
    <message>
        <source>(from {width}×{height})</source>
        <translation>(원본 {width}×{height})</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %n page(s)</source>
        <translation>
            <numerusform>PDF, %n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>text, {size}</source>
        <translation>텍스트, {size}</translation>
    </message>
    <message>
        <source>about {tokens} tokens</source>
        <translation>약 {tokens} 토큰</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>The attachment could not be saved in {path}: {problem}.</source>
        <translation>첨부 파일을 {path}에 저장하지 못했습니다: {problem}.</translation>
    </message>
    <message>
        <source>The attachment {id}… is missing from {path}.</source>
        <translation>첨부 파일 {id}…을(를) {path}에서 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The attachment {id}… could not be read: {problem}.</source>
        <translation>첨부 파일 {id}…을(를) 읽지 못했습니다: {problem}.</translation>
    </message>
    <message>
        <source>The attachment {id}… in {path} is damaged.</source>
        <translation>{path}에 있는 첨부 파일 {id}…이(가) 손상되었습니다.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup {number}; there are {count}. `parley backup list` shows them.</source>
        <translation>{number}번 백업은 없습니다. 백업은 {count}개이며, `parley backup list`로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The backup of {path} failed its check: the database may be damaged. Nothing was kept.</source>
        <translation>{path} 백업이 검사를 통과하지 못했습니다. 데이터베이스가 손상되었을 수 있습니다. 아무것도 보관하지 않았습니다.</translation>
    </message>
    <message>
        <source>Backup {number} ({path}) is damaged; choose another.</source>
        <translation>{number}번 백업({path})이 손상되었습니다. 다른 백업을 고르세요.</translation>
    </message>
    <message>
        <source>Another Parley (the window or a `parley` command) is using the database; close it, then restore.</source>
        <translation>다른 Parley(창 또는 `parley` 명령)가 데이터베이스를 쓰고 있습니다. 그쪽을 닫은 뒤 복원하세요.</translation>
    </message>
    <message>
        <source>The backup {name} chosen for restoring no longer exists.</source>
        <translation>복원하려고 고른 백업 {name}이(가) 더 이상 없습니다.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Parley backs up your conversations every day and before every update of its database, keeping the last 7. Restoring keeps the current file aside.</source>
        <translation>Parley는 매일, 그리고 데이터베이스를 업데이트하기 전마다 대화를 백업하며 최근 7개를 보관합니다. 복원할 때 현재 파일은 따로 보관합니다.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>아직 백업이 없습니다.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation>대화 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n conversations</source>
        <translation>
            <numerusform>대화 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업 중…</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>백업했습니다.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <source>Parley will close, replace your conversations with backup %1, and start again. The current file is kept aside, not deleted.</source>
        <translation>Parley를 닫고 대화를 백업 %1(으)로 바꾼 뒤 다시 시작합니다. 현재 파일은 지우지 않고 따로 보관합니다.</translation>
    </message>
</context>
<context>
    <name>BatchFollower</name>
    <message>
        <source>Claude is not connected yet; the batch was not sent.</source>
        <translation>아직 Claude에 연결되지 않아 배치를 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The batch was not accepted: %1</source>
        <translation>배치가 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>The batch could not be sent; the details are in the log.</source>
        <translation>배치를 보내지 못했습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>%1을(를) 취소하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Claude is not connected yet; nothing was sent.</source>
        <translation>아직 Claude에 연결되지 않아 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>Ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Ended, reading results…</source>
        <translation>종료됨, 결과 읽는 중…</translation>
    </message>
    <message>
        <source>Never sent</source>
        <translation>보내지 못함</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>processing</source>
        <translation>처리 중</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>errored</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 시각</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>The last poll failed: %1</source>
        <translation>마지막 상태 확인에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>BatchSources</name>
    <message>
        <source>{file}: Parley could not prepare it; see its log.</source>
        <translation>{file}: Parley가 준비하지 못했습니다. 로그를 확인하세요.</translation>
    </message>
    <message>
        <source>Save it as UTF-8, or {advice}.</source>
        <translation>UTF-8로 저장하거나, {advice}.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8: read as %2.</source>
        <translation>%1은(는) UTF-8이 아니어서 %2(으)로 읽었습니다.</translation>
    </message>
    <message>
        <source>{file}, line {number}: not valid JSON.</source>
        <translation>{file}, {number}번째 줄: 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>{file}, line {number}: expected {shape}.</source>
        <translation>{file}, {number}번째 줄: {shape} 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>{file}: the CSV needs a column named &apos;prompt&apos;.</source>
        <translation>{file}: CSV에 &apos;prompt&apos;라는 열이 있어야 합니다.</translation>
    </message>
    <message>
        <source>{file} is not a CSV file Parley can read.</source>
        <translation>{file}은(는) Parley가 읽을 수 있는 CSV 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>{count} succeeded</source>
        <translation>성공 {count}</translation>
    </message>
    <message>
        <source>{count} errored</source>
        <translation>오류 {count}</translation>
    </message>
    <message>
        <source>{count} canceled</source>
        <translation>취소됨 {count}</translation>
    </message>
    <message>
        <source>{count} expired</source>
        <translation>만료됨 {count}</translation>
    </message>
    <message>
        <source>{count} processing</source>
        <translation>처리 중 {count}</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{total}건 중 {done}건 완료</translation>
    </message>
    <message>
        <source>custom_id {id} is not allowed: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>custom_id {id}은(는) 쓸 수 없습니다. 영문자, 숫자, &apos;-&apos;, &apos;_&apos;로 1~64자를 쓰세요</translation>
    </message>
    <message>
        <source>custom_id {id} is used twice; each must be unique in a batch</source>
        <translation>custom_id {id}이(가) 두 번 쓰였습니다. 배치 안에서 서로 달라야 합니다</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1</source>
        <translation>max_tokens는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{name}: this request alone is larger than a batch may be ({size} bytes of at most {most})</source>
        <translation>{name}: 이 요청 하나만으로도 배치 최대 크기를 넘습니다({size}바이트, 최대 {most}바이트)</translation>
    </message>
    <message>
        <source>nothing to send: give at least one file, row or request</source>
        <translation>보낼 항목이 없습니다. 파일, 행, 요청을 하나 이상 주세요</translation>
    </message>
</context>
<context>
    <name>BatchesWindow</name>
    <message>
        <source>Batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Batch jobs</source>
        <translation>배치 작업</translation>
    </message>
    <message>
        <source>Requests of the chosen job</source>
        <translation>선택한 작업의 요청</translation>
    </message>
    <message>
        <source>No batches yet. “New batch…” sends many requests at half price.</source>
        <translation>아직 배치가 없습니다. “새 배치…”로 여러 요청을 절반 가격에 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>새 배치…</translation>
    </message>
    <message>
        <source>Cancel batch</source>
        <translation>배치 취소</translation>
    </message>
    <message>
        <source>Open results</source>
        <translation>결과 열기</translation>
    </message>
    <message>
        <source>Resubmit failed</source>
        <translation>실패한 요청 다시 보내기</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>결과 내보내기…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The last poll failed: %1</source>
        <translation>마지막 상태 확인에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>succeeded — double-click to open</source>
        <translation>성공 — 두 번 클릭해서 열기</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>expired (not done within 24 hours)</source>
        <translation>만료됨(24시간 안에 끝나지 않음)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>결과 내보내기</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result to %1.</source>
        <translation>
            <numerusform>결과 %n개를 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n results to %1.</source>
        <translation>
            <numerusform>결과 %n개를 %1에 내보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Behaviour</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Enter (Shift+Enter for a new line)</source>
        <translation>Enter (줄 바꿈은 Shift+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Enter (Enter for a new line)</source>
        <translation>Ctrl+Enter (줄 바꿈은 Enter)</translation>
    </message>
    <message>
        <source>Send with:</source>
        <translation>보내기 키:</translation>
    </message>
    <message>
        <source>Reopen the last conversation at start</source>
        <translation>시작할 때 마지막 대화 다시 열기</translation>
    </message>
    <message>
        <source>Notify me when a reply or a batch finishes</source>
        <translation>답변이나 배치가 끝나면 알림 받기</translation>
    </message>
    <message>
        <source>Only while Parley&apos;s window is in the background</source>
        <translation>Parley 창이 뒤에 있을 때만</translation>
    </message>
</context>
<context>
    <name>BudgetGuard</name>
    <message>
        <source>You have used {0} % of this month&apos;s {1} budget.</source>
        <translation>이번 달 예산 {1} 중 {0}%를 썼습니다.</translation>
    </message>
    <message>
        <source>Monthly budget used up</source>
        <translation>월 예산 소진</translation>
    </message>
    <message>
        <source>You have spent {0} of this month&apos;s {1} budget. Send anyway?</source>
        <translation>이번 달 예산 {1} 중 {0}를 썼습니다. 그래도 보낼까요?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>그래도 보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CacheTtlCheck</name>
    <message>
        <source>Keep the cache for an hour — writes cost {hour}× input instead of {five}×</source>
        <translation>캐시를 1시간 유지 — 쓰기 비용이 입력의 {five}배가 아닌 {hour}배</translation>
    </message>
    <message>
        <source>Reading the cache back costs {times}× input.</source>
        <translation>캐시를 다시 읽는 비용은 입력의 {times}배입니다.</translation>
    </message>
    <message>
        <source>Keep the cache for an hour — writes cost more than for 5 minutes</source>
        <translation>캐시를 1시간 유지 — 쓰기 비용이 5분일 때보다 큼</translation>
    </message>
    <message>
        <source>Reading the cache back costs less than input.</source>
        <translation>캐시를 다시 읽는 비용은 입력보다 쌉니다.</translation>
    </message>
    <message>
        <source>Parley caches the system prompt and the conversation so far. The cache lasts 5 minutes after each message; an hour suits long pauses between messages.</source>
        <translation>Parley는 시스템 프롬프트와 지금까지의 대화를 캐시합니다. 캐시는 메시지마다 5분 동안 유지되며, 메시지 사이에 오래 쉴 때는 1시간이 알맞습니다.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <source>Your message was not sent; it is back in the box below.</source>
        <translation>메시지를 보내지 못했습니다. 아래 입력란에 다시 넣어 두었습니다.</translation>
    </message>
    <message>
        <source>{problem} — trying again in {seconds} s (retry {attempt})…</source>
        <translation>{problem} — {seconds}초 후 다시 시도합니다({attempt}번째 재시도)…</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>Source: {where}</source>
        <translation>출처: {where}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Parley: a desktop assistant for Claude.</source>
        <translation>Parley: Claude용 데스크톱 어시스턴트.</translation>
    </message>
    <message>
        <source>ask Claude; the answer streams to stdout</source>
        <translation>Claude에게 묻습니다. 답변은 stdout으로 스트리밍됩니다</translation>
    </message>
    <message>
        <source>the question; - reads it from stdin</source>
        <translation>질문 (-를 주면 stdin에서 읽습니다)</translation>
    </message>
    <message>
        <source>model id (default: the conversation&apos;s or a Sonnet)</source>
        <translation>모델 ID (기본값: 대화에 쓰던 모델 또는 Sonnet)</translation>
    </message>
    <message>
        <source>system prompt for the conversation</source>
        <translation>대화의 시스템 프롬프트</translation>
    </message>
    <message>
        <source>continue conversation ID</source>
        <translation>지정한 ID의 대화를 이어 갑니다</translation>
    </message>
    <message>
        <source>start a new conversation (default)</source>
        <translation>새 대화를 시작합니다 (기본값)</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>텍스트 대신 JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <source>think before answering, at effort LEVEL (low, medium, high, xhigh or max, as the model takes them; default: the model&apos;s own); the conversation keeps it</source>
        <translation>답변하기 전에 LEVEL 강도로 생각합니다 (low, medium, high, xhigh, max 중 모델이 지원하는 값, 기본값: 모델 기본값). 대화에 설정이 유지됩니다</translation>
    </message>
    <message>
        <source>turn thinking off for the conversation</source>
        <translation>대화에서 생각 기능을 끕니다</translation>
    </message>
    <message>
        <source>keep the prompt cache 5 minutes or an hour (1-hour cache writes cost more); the conversation keeps it</source>
        <translation>프롬프트 캐시를 5분 또는 1시간 유지합니다 (1시간 캐시는 쓰기 비용이 더 듭니다). 대화에 설정이 유지됩니다</translation>
    </message>
    <message>
        <source>let the reply be at most N tokens (up to the model&apos;s maximum); the conversation keeps it</source>
        <translation>답변을 최대 N 토큰으로 제한합니다 (모델 최대치까지). 대화에 설정이 유지됩니다</translation>
    </message>
    <message>
        <source>print the model&apos;s thinking on stderr (stdout keeps only the answer)</source>
        <translation>모델의 생각 과정을 stderr에 출력합니다 (stdout에는 답변만 남습니다)</translation>
    </message>
    <message>
        <source>attach an image, PDF or text file (repeat for several)</source>
        <translation>이미지, PDF, 텍스트 파일을 첨부합니다 (여러 개면 반복)</translation>
    </message>
    <message>
        <source>send images at full resolution (up to 8000 px) instead of what the API keeps</source>
        <translation>API가 유지하는 해상도 대신 원본 해상도(최대 8000px)로 이미지를 보냅니다</translation>
    </message>
    <message>
        <source>run this tool without asking, for this run only (repeat for several)</source>
        <translation>이번 실행에 한해 이 도구를 묻지 않고 실행합니다 (여러 개면 반복)</translation>
    </message>
    <message>
        <source>print the input tokens and estimated cost of this send; send and store nothing</source>
        <translation>이번 전송의 입력 토큰 수와 예상 비용만 출력하고, 아무것도 보내거나 저장하지 않습니다</translation>
    </message>
    <message>
        <source>send even when this month&apos;s budget (set in the window&apos;s Usage view) is used up</source>
        <translation>이번 달 예산(창의 사용량 화면에서 설정)을 다 썼어도 보냅니다</translation>
    </message>
    <message>
        <source>what was spent in a month, by model and by day</source>
        <translation>한 달 동안 쓴 비용을 모델별, 날짜별로 보여 줍니다</translation>
    </message>
    <message>
        <source>the month (default: this one)</source>
        <translation>조회할 달 (기본값: 이번 달)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>JSON 객체 하나를 출력합니다</translation>
    </message>
    <message>
        <source>list conversations, newest first</source>
        <translation>대화 목록을 최신순으로 보여 줍니다</translation>
    </message>
    <message>
        <source>at most N conversations (default: a screenful)</source>
        <translation>최대 N개 대화 (기본값: 한 화면 분량)</translation>
    </message>
    <message>
        <source>every conversation</source>
        <translation>모든 대화</translation>
    </message>
    <message>
        <source>only conversations matching this text</source>
        <translation>이 텍스트가 들어 있는 대화만</translation>
    </message>
    <message>
        <source>the archived conversations</source>
        <translation>보관된 대화</translation>
    </message>
    <message>
        <source>the conversations in one project</source>
        <translation>한 프로젝트의 대화</translation>
    </message>
    <message>
        <source>print a conversation as Markdown</source>
        <translation>대화를 Markdown으로 출력합니다</translation>
    </message>
    <message>
        <source>write conversations as Markdown (a folder each) or as one Parley archive</source>
        <translation>대화를 Markdown(대화마다 폴더 하나) 또는 Parley 보관 파일 하나로 내보냅니다</translation>
    </message>
    <message>
        <source>md (default for one conversation) or archive (default for --all)</source>
        <translation>md(대화 하나일 때 기본) 또는 archive(--all일 때 기본)</translation>
    </message>
    <message>
        <source>a folder for md, a file for an archive</source>
        <translation>md는 폴더, archive는 파일</translation>
    </message>
    <message>
        <source>add the conversations of a Parley archive</source>
        <translation>Parley 보관 파일의 대화를 추가합니다</translation>
    </message>
    <message>
        <source>manage the API key in the system keyring</source>
        <translation>시스템 키링에 저장된 API 키를 관리합니다</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단되었습니다</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>the disk is full: {path} could not be written</source>
        <translation>디스크가 가득 차서 {path}에 쓰지 못했습니다</translation>
    </message>
    <message>
        <source>unexpected error ({kind}); details are in the log</source>
        <translation>예기치 않은 오류가 발생했습니다({kind}). 자세한 내용은 로그에 있습니다</translation>
    </message>
    <message>
        <source>no prompt: give the question, or - to read it from stdin</source>
        <translation>프롬프트가 없습니다. 질문을 주거나, -를 주어 stdin에서 읽으세요</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>프롬프트가 비어 있습니다</translation>
    </message>
    <message>
        <source>{problem}; set it again, or unset it to use the keyring</source>
        <translation>{problem}. 다시 설정하거나, 키링의 키를 쓰려면 설정을 해제하세요</translation>
    </message>
    <message>
        <source>{problem}; run `parley key set` to replace it</source>
        <translation>{problem}. `parley key set`을 실행해 키를 바꾸세요</translation>
    </message>
    <message>
        <source>no API key: run `parley key set`, or set ANTHROPIC_API_KEY</source>
        <translation>API 키가 없습니다. `parley key set`을 실행하거나 ANTHROPIC_API_KEY를 설정하세요</translation>
    </message>
    <message>
        <source>{model} does not offer extended thinking</source>
        <translation>{model} 모델은 확장 사고(extended thinking)를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{model} has no effort level {level}; it takes {levels}</source>
        <translation>{model} 모델에는 {level} 강도가 없습니다. 쓸 수 있는 값: {levels}</translation>
    </message>
    <message>
        <source>this month&apos;s budget is used up ({spent} of {budget}); give --over-budget to send anyway</source>
        <translation>이번 달 예산을 다 썼습니다({budget} 중 {spent}). 그래도 보내려면 --over-budget을 주세요</translation>
    </message>
    <message>
        <source>parley: tool {name}: {status} ({seconds} s)</source>
        <translation>parley: 도구 {name}: {status} ({seconds}초)</translation>
    </message>
    <message>
        <source>interrupted by {signal}; the conversation so far is kept in conversation {id}</source>
        <translation>{signal} 신호로 중단되었습니다. 지금까지의 대화는 {id}번 대화에 보관했습니다</translation>
    </message>
    <message>
        <source>interrupted by {signal}; the reply so far is kept in conversation {id}, marked interrupted</source>
        <translation>{signal} 신호로 중단되었습니다. 지금까지 받은 답변은 {id}번 대화에 ‘중단됨’으로 표시해 보관했습니다</translation>
    </message>
    <message>
        <source>interrupted by {signal}; no reply had arrived; the question is kept in conversation {id}</source>
        <translation>{signal} 신호로 중단되었습니다. 받은 답변은 없으며, 질문은 {id}번 대화에 보관했습니다</translation>
    </message>
    <message numerus="yes">
        <source>{problem} %n more file(s) cannot be attached either.</source>
        <translation>
            <numerusform>{problem} 다른 파일 %n개도 첨부할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem} Nothing was sent.</source>
        <translation>{problem} 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>parley: attached {name}: {summary}</source>
        <translation>parley: {name} 첨부: {summary}</translation>
    </message>
    <message>
        <source>parley: {name}: not UTF-8, read as {encoding}</source>
        <translation>parley: {name}: UTF-8이 아니어서 {encoding}(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>list, make or restore backups of the history</source>
        <translation>기록 백업을 보거나, 만들거나, 복원합니다</translation>
    </message>
    <message>
        <source>the backups, newest (1) first</source>
        <translation>백업 목록 (최신이 1번)</translation>
    </message>
    <message>
        <source>back up the history now</source>
        <translation>지금 기록을 백업합니다</translation>
    </message>
    <message>
        <source>replace the history with backup N; the current file is kept aside</source>
        <translation>기록을 N번 백업으로 바꿉니다. 현재 파일은 따로 보관합니다</translation>
    </message>
    <message>
        <source>as `parley backup list` shows</source>
        <translation>`parley backup list`에 나오는 번호</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>확인을 묻지 않습니다</translation>
    </message>
    <message>
        <source>there is no history to back up yet</source>
        <translation>아직 백업할 기록이 없습니다</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}).</source>
        <translation>{path}에 백업했습니다({size}).</translation>
    </message>
    <message>
        <source>unknown action {action}</source>
        <translation>알 수 없는 동작: {action}</translation>
    </message>
    <message>
        <source>No backups yet; `parley backup now` makes one.</source>
        <translation>아직 백업이 없습니다. `parley backup now`로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Replace the history with backup {number} of {date} ({count})? The current file is kept aside, not deleted. [y/N] </source>
        <translation>기록을 {date}의 {number}번 백업({count})으로 바꿀까요? 현재 파일은 지우지 않고 따로 보관합니다. [y/N] </translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer to a [y/N] question</comment>
        <translation>예</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>Restored backup {number} of {date}.</source>
        <translation>{date}의 {number}번 백업을 복원했습니다.</translation>
    </message>
    <message>
        <source>The previous file is kept as {path}.</source>
        <translation>이전 파일은 {path}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>대화 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Message Batches: bulk requests at half price</source>
        <translation>메시지 배치: 여러 요청을 절반 가격에 한꺼번에 처리합니다</translation>
    </message>
    <message>
        <source>send files or prompts as one batch; prints its id</source>
        <translation>파일이나 프롬프트를 배치 하나로 보내고 배치 ID를 출력합니다</translation>
    </message>
    <message>
        <source>images, PDFs or text files</source>
        <translation>이미지, PDF, 텍스트 파일</translation>
    </message>
    <message>
        <source>the prompt sent with each file or row</source>
        <translation>파일이나 행마다 함께 보낼 프롬프트</translation>
    </message>
    <message>
        <source>model id (default: the settings&apos; or a Sonnet)</source>
        <translation>모델 ID (기본값: 설정의 모델 또는 Sonnet)</translation>
    </message>
    <message>
        <source>system prompt for every request</source>
        <translation>모든 요청에 쓸 시스템 프롬프트</translation>
    </message>
    <message>
        <source>requests written by hand, one JSON line each</source>
        <translation>직접 작성한 요청, 한 줄에 JSON 하나씩</translation>
    </message>
    <message>
        <source>one request per row of its &apos;prompt&apos; column (--prompt, if given, goes before each)</source>
        <translation>&apos;prompt&apos; 열의 행마다 요청 하나 (--prompt를 주면 각 행 앞에 붙습니다)</translation>
    </message>
    <message>
        <source>send the prompt N times</source>
        <translation>프롬프트를 N번 보냅니다</translation>
    </message>
    <message>
        <source>a name for the job in listings</source>
        <translation>목록에 표시할 작업 이름</translation>
    </message>
    <message>
        <source>batch jobs, newest first</source>
        <translation>배치 작업 목록을 최신순으로 보여 줍니다</translation>
    </message>
    <message>
        <source>a job&apos;s progress</source>
        <translation>작업의 진행 상황</translation>
    </message>
    <message>
        <source>cancel a job</source>
        <translation>작업을 취소합니다</translation>
    </message>
    <message>
        <source>send a job&apos;s failed requests again</source>
        <translation>작업에서 실패한 요청을 다시 보냅니다</translation>
    </message>
    <message>
        <source>wait until a job has ended; progress on stderr</source>
        <translation>작업이 끝날 때까지 기다립니다. 진행 상황은 stderr에 출력합니다</translation>
    </message>
    <message>
        <source>seconds between polls</source>
        <translation>상태 확인 간격(초)</translation>
    </message>
    <message>
        <source>a job&apos;s results, one row per request</source>
        <translation>작업의 결과, 요청마다 한 행</translation>
    </message>
    <message>
        <source>unknown batch action {action}</source>
        <translation>알 수 없는 배치 동작: {action}</translation>
    </message>
    <message>
        <source>give files, or one of --jsonl, --csv or --variants N</source>
        <translation>파일을 주거나 --jsonl, --csv, --variants N 중 하나를 주세요</translation>
    </message>
    <message>
        <source>no prompt: give --prompt</source>
        <translation>프롬프트가 없습니다. --prompt를 주세요</translation>
    </message>
    <message>
        <source>--max-tokens must be at least 1</source>
        <translation>--max-tokens는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>parley: split into {count} batches (API limits)</source>
        <translation>parley: 배치 {count}개로 나눴습니다 (API 한도)</translation>
    </message>
    <message>
        <source>parley: no batches yet</source>
        <translation>parley: 아직 배치가 없습니다</translation>
    </message>
    <message>
        <source>parley: last poll failed: {problem}</source>
        <translation>parley: 마지막 상태 확인에 실패했습니다: {problem}</translation>
    </message>
    <message>
        <source>{name} was never sent (Parley stopped while sending it); removed</source>
        <translation>{name}은(는) 보내지 못했습니다(보내는 도중 Parley가 멈춤). 삭제했습니다</translation>
    </message>
    <message>
        <source>batch {name} has already ended</source>
        <translation>{name} 배치는 이미 끝났습니다</translation>
    </message>
    <message>
        <source>{name} was never submitted (Parley stopped while sending it); `parley batch cancel` removes it</source>
        <translation>{name}은(는) 제출되지 않았습니다(보내는 도중 Parley가 멈춤). `parley batch cancel`로 삭제할 수 있습니다</translation>
    </message>
    <message>
        <source> (poll failed: {problem})</source>
        <translation> (상태 확인 실패: {problem})</translation>
    </message>
    <message>
        <source>batch {name} has not ended yet ({counts})</source>
        <translation>{name} 배치가 아직 끝나지 않았습니다({counts})</translation>
    </message>
    <message>
        <source>cannot read the results of {name}: {problem}</source>
        <translation>{name}의 결과를 읽을 수 없습니다: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>{problem} %n more file(s) cannot go either.</source>
        <translation>
            <numerusform>{problem} 다른 파일 %n개도 보낼 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: the CSV needs a column named &apos;prompt&apos;</source>
        <translation>{file}: CSV에 &apos;prompt&apos;라는 열이 있어야 합니다</translation>
    </message>
    <message>
        <source>{file} is not a CSV file Parley can read ({problem})</source>
        <translation>{file}은(는) Parley가 읽을 수 있는 CSV 파일이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>{file}, line {number}</source>
        <translation>{file}, {number}번째 줄</translation>
    </message>
    <message>
        <source>{where}: not valid JSON</source>
        <translation>{where}: 올바른 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>{where}: expected {shape}</source>
        <translation>{where}: {shape} 형식이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: params.messages must be a non-empty list</source>
        <translation>{where}: params.messages는 비어 있지 않은 목록이어야 합니다</translation>
    </message>
    <message>
        <source>{where}: params.max_tokens must be a whole number of at least 1</source>
        <translation>{where}: params.max_tokens는 1 이상의 정수여야 합니다</translation>
    </message>
    <message>
        <source>{where}: batch requests cannot stream; remove params.stream</source>
        <translation>{where}: 배치 요청은 스트리밍할 수 없습니다. params.stream을 빼세요</translation>
    </message>
    <message>
        <source>{where}: each request needs a custom_id</source>
        <translation>{where}: 요청마다 custom_id가 있어야 합니다</translation>
    </message>
    <message>
        <source>--variants must be at least 1</source>
        <translation>--variants는 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>no conversation with id {id}</source>
        <translation>ID가 {id}인 대화가 없습니다</translation>
    </message>
    <message>
        <source>{tokens} input tokens · {cost} on {model}, before caching</source>
        <translation>입력 토큰 {tokens}개 · {model} 기준 {cost}, 캐싱 전</translation>
    </message>
    <message>
        <source>{tokens} input tokens · {cost} on {model}, before caching (estimated locally: the API could not be reached)</source>
        <translation>입력 토큰 {tokens}개 · {model} 기준 {cost}, 캐싱 전 (API에 연결할 수 없어 로컬에서 추정함)</translation>
    </message>
    <message>
        <source>give a conversation ID or --all, not both</source>
        <translation>대화 ID와 --all 중 하나만 주세요</translation>
    </message>
    <message>
        <source>{target}: {n} conversation(s), {files} attached file(s)</source>
        <translation>{target}: 대화 {n}개, 첨부 파일 {files}개</translation>
    </message>
    <message>
        <source>cannot create {path}: {problem}</source>
        <translation>{path}을(를) 만들 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>(missing from Parley&apos;s attachment folder)</source>
        <translation>(Parley의 첨부 파일 폴더에 없음)</translation>
    </message>
    <message>
        <source>cannot write {path}: {problem}</source>
        <translation>{path}에 쓸 수 없습니다: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) were missing: {names}</source>
        <translation>
            <numerusform>첨부 파일 %n개가 없었습니다: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>note: the search index is {percent}% built; short searches are slower until it is done (each search builds a little more, and the window builds it in the background)</source>
        <translation>참고: 검색 색인이 {percent}% 만들어졌습니다. 다 만들어질 때까지는 짧은 검색이 느립니다 (검색할 때마다 조금씩 더 만들고, 창에서는 백그라운드로 만듭니다)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>There is no project named “{name}”.</source>
        <translation>“{name}”(이)라는 프로젝트가 없습니다.</translation>
    </message>
    <message>
        <source>image: {name}, {width}×{height}</source>
        <translation>이미지: {name}, {width}×{height}</translation>
    </message>
    <message numerus="yes">
        <source>PDF: {name}, %n page(s)</source>
        <translation>
            <numerusform>PDF: {name}, %n쪽</numerusform>
        </translation>
    </message>
    <message>
        <source>file: {name}</source>
        <translation>파일: {name}</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>(redacted thinking)</source>
        <translation>(가려진 생각)</translation>
    </message>
    <message>
        <source>Asked for tool `{name}`</source>
        <translation>도구 `{name}` 사용 요청</translation>
    </message>
    <message>
        <source>Tool result (error)</source>
        <translation>도구 결과 (오류)</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>도구 결과</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>This conversation has other branches (edited questions or regenerated answers); this is the one last shown in Parley.</source>
        <translation>이 대화에는 다른 분기(수정한 질문이나 다시 생성한 답변)가 있습니다. 여기 나온 것은 Parley에서 마지막으로 보던 분기입니다.</translation>
    </message>
    <message>
        <source>System: {prompt}</source>
        <translation>시스템: {prompt}</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>the keyring could not be cleared: {problem}</source>
        <translation>키링을 비우지 못했습니다: {problem}</translation>
    </message>
    <message>
        <source>The API key was removed from the keyring.</source>
        <translation>키링에서 API 키를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Paste your Anthropic API key (input hidden): </source>
        <translation>Anthropic API 키를 붙여 넣으세요 (입력 내용은 표시되지 않음): </translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>키를 입력하지 않았습니다</translation>
    </message>
    <message>
        <source>{problem}. Nothing was saved.</source>
        <translation>{problem}. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>the system keyring is not available</source>
        <translation>시스템 키링을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the key was not saved: {problem}. Set ANTHROPIC_API_KEY instead.</source>
        <translation>키를 저장하지 못했습니다: {problem}. 대신 ANTHROPIC_API_KEY를 설정하세요.</translation>
    </message>
    <message>
        <source>The API key is saved in the system keyring.</source>
        <translation>API 키를 시스템 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>{problem} Run `parley backup restore 1` to keep it aside and restore the backup of {date} (`parley backup list` shows all {count}).</source>
        <translation>{problem} `parley backup restore 1`을 실행하면 이 파일을 따로 보관하고 {date}의 백업을 복원합니다 (`parley backup list`로 백업 {count}개를 모두 볼 수 있습니다).</translation>
    </message>
    <message>
        <source>{problem} There is no backup; rename or move that file and Parley starts anew.</source>
        <translation>{problem} 백업이 없습니다. 그 파일의 이름을 바꾸거나 옮기면 Parley가 새로 시작합니다.</translation>
    </message>
    <message>
        <source>cannot open the history: {problem}</source>
        <translation>기록을 열 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
    <message>
        <source>Thinking… (redacted: sent encrypted, not shown)</source>
        <translation>생각하는 중… (가려짐: 암호화되어 전송되며 표시되지 않음)</translation>
    </message>
    <message>
        <source>--max-tokens must be a whole number from 1 to {most} for {model}, not {value}</source>
        <translation>--max-tokens는 {model} 모델에서 1부터 {most}까지의 정수여야 합니다. 입력한 값: {value}</translation>
    </message>
    <message>
        <source>parley: the reply was cut off at the max_tokens limit ({limit}); continue with `parley ask --continue {id} --max-tokens {more} …`</source>
        <translation>parley: 답변이 max_tokens 한도({limit})에서 잘렸습니다. `parley ask --continue {id} --max-tokens {more} …`로 이어서 받으세요</translation>
    </message>
    <message>
        <source>there was no terminal to ask the user on, so Parley denied the call</source>
        <translation>사용자에게 물어볼 터미널이 없어 Parley가 호출을 거부했습니다</translation>
    </message>
    <message>
        <source>Claude wants to use the tool {name} ({source}).</source>
        <translation>Claude가 도구 {name}({source})을(를) 사용하려고 합니다.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>인수:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message>
        <source>Allow this call? [y/N] </source>
        <translation>이 호출을 허용할까요? [y/N] </translation>
    </message>
    <message>
        <source>the user answered no</source>
        <translation>사용자가 거부했습니다</translation>
    </message>
    <message>
        <source>Claude has used tools {rounds} times. Go on? [y/N] </source>
        <translation>Claude가 도구를 {rounds}번 사용했습니다. 계속할까요? [y/N] </translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>표준 입력(stdin)</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>{path}을(를) 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>{what} holds binary data, not text; attach files with --attach</source>
        <translation>{what}에 텍스트가 아닌 바이너리 데이터가 들어 있습니다. 파일은 --attach로 첨부하세요</translation>
    </message>
    <message>
        <source>{what} is {reason}; {advice}</source>
        <translation>{what}: {reason}. {advice}</translation>
    </message>
    <message>
        <source>parley: warning: {what} is not UTF-8; read as {encoding}</source>
        <translation>parley: 경고: {what}이(가) UTF-8이 아니어서 {encoding}(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>the {name} argument</source>
        <translation>{name} 인수</translation>
    </message>
    <message>
        <source>REQUESTS</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>INPUT</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>WRITE 5M</source>
        <translation>쓰기 5분</translation>
    </message>
    <message>
        <source>WRITE 1H</source>
        <translation>쓰기 1시간</translation>
    </message>
    <message>
        <source>CACHE READ</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <source>COST</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>not a month: {month} (write it as YYYY-MM, e.g. 2026-03)</source>
        <translation>올바른 월이 아닙니다: {month} (YYYY-MM 형식으로 쓰세요. 예: 2026-03)</translation>
    </message>
    <message>
        <source>No usage in {month}.</source>
        <translation>{month}에는 사용 내역이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Usage in {month}: %n request(s), {cost}</source>
        <translation>
            <numerusform>{month} 사용량: 요청 %n건, {cost}</numerusform>
        </translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source> + {count} of unknown price</source>
        <translation> + 가격을 모르는 요청 {count}건</translation>
    </message>
    <message>
        <source> (batch {cost})</source>
        <translation> (배치 {cost})</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>파일이 없습니다: {path}</translation>
    </message>
    <message>
        <source>{n} conversation(s) imported, {present} already here, {files} new file(s)</source>
        <translation>대화 {n}개를 가져왔습니다. {present}개는 이미 있었고, 새 파일은 {files}개입니다</translation>
    </message>
    <message>
        <source>parley: searching the web for &quot;{query}&quot;</source>
        <translation>parley: &quot;{query}&quot; 웹 검색 중</translation>
    </message>
    <message>
        <source>parley: reading {url}</source>
        <translation>parley: {url} 읽는 중</translation>
    </message>
    <message>
        <source>parley: running code: {code}</source>
        <translation>parley: 코드 실행 중: {code}</translation>
    </message>
    <message>
        <source>parley: the tool failed: {why}</source>
        <translation>parley: 도구가 실패했습니다: {why}</translation>
    </message>
    <message>
        <source>parley: the code exited with {code}</source>
        <translation>parley: 코드가 {code}(으)로 끝났습니다</translation>
    </message>
    <message>
        <source>document {n}</source>
        <translation>문서 {n}</translation>
    </message>
    <message>
        <source>sampling temperature, 0 to 1; the conversation keeps it</source>
        <translation>샘플링 온도(0~1). 대화에 저장됩니다</translation>
    </message>
    <message>
        <source>nucleus sampling, 0 to 1 (newer models take it or --temperature)</source>
        <translation>누클리어스 샘플링(0~1). 최신 모델은 이것과 --temperature 중 하나만 받습니다</translation>
    </message>
    <message>
        <source>sample from the K likeliest tokens</source>
        <translation>가능성이 가장 높은 K개 토큰에서 고릅니다</translation>
    </message>
    <message>
        <source>end the reply where it would write SEQ (repeat for several)</source>
        <translation>SEQ를 쓰려는 곳에서 답변을 멈춥니다(여러 개면 반복)</translation>
    </message>
    <message>
        <source>let Claude search the web</source>
        <translation>Claude가 웹을 검색하게 합니다</translation>
    </message>
    <message>
        <source>let Claude read web pages (the URLs you give)</source>
        <translation>Claude가 웹 페이지를 읽게 합니다(주어진 URL)</translation>
    </message>
    <message>
        <source>let Claude run code in Anthropic&apos;s sandbox</source>
        <translation>Claude가 Anthropic 샌드박스에서 코드를 실행하게 합니다</translation>
    </message>
    <message>
        <source>; the conversation keeps it</source>
        <translation>. 대화에 저장됩니다</translation>
    </message>
    <message>
        <source>send attached text and PDF files for citing: the answer marks what it quotes</source>
        <translation>첨부한 텍스트·PDF 파일을 인용용으로 보냅니다. 답변에 인용한 부분이 표시됩니다</translation>
    </message>
    <message>
        <source>turn web search, web fetch and code execution off</source>
        <translation>웹 검색, 웹 가져오기, 코드 실행을 끕니다</translation>
    </message>
    <message>
        <source>at most N searches or fetches per reply</source>
        <translation>답변당 검색이나 가져오기를 최대 N번</translation>
    </message>
    <message>
        <source>search and fetch only this domain (repeat)</source>
        <translation>이 도메인만 검색하고 가져옵니다(반복 가능)</translation>
    </message>
    <message>
        <source>never search or fetch this domain (repeat)</source>
        <translation>이 도메인은 검색하거나 가져오지 않습니다(반복 가능)</translation>
    </message>
    <message>
        <source>where search results should be local to (web search)</source>
        <translation>검색 결과를 맞출 지역(웹 검색)</translation>
    </message>
    <message>
        <source>a city, e.g. Seoul</source>
        <translation>도시. 예: 서울</translation>
    </message>
    <message>
        <source>a two-letter country code, e.g. KR</source>
        <translation>두 글자 국가 코드. 예: KR</translation>
    </message>
    <message>
        <source>an IANA time zone, e.g. Asia/Seoul</source>
        <translation>IANA 시간대. 예: Asia/Seoul</translation>
    </message>
    <message>
        <source>--country takes a two-letter code such as KR, not {value}.</source>
        <translation>--country에는 KR 같은 두 글자 코드를 쓰세요({value}는 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>{value} is not a time zone; use a name such as Asia/Seoul.</source>
        <translation>{value}은(는) 시간대가 아닙니다. Asia/Seoul 같은 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>--max-uses must be 1 or more.</source>
        <translation>--max-uses는 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>parley: stopped at stop sequence &quot;{sequence}&quot;</source>
        <translation>parley: 중지 시퀀스 &quot;{sequence}&quot;에서 멈췄습니다</translation>
    </message>
    <message>
        <source>parley: Claude paused a long turn again and again; what came is kept (the window&apos;s Continue goes on with it)</source>
        <translation>parley: Claude가 긴 작업을 여러 번 멈췄습니다. 지금까지 받은 내용은 보관했습니다(창의 ‘계속’으로 이어 갈 수 있습니다)</translation>
    </message>
    <message>
        <source>parley: the code sandbox lives until {time}; --continue runs there again</source>
        <translation>parley: 코드 샌드박스는 {time}까지 유지됩니다. --continue로 이어서 쓰면 같은 샌드박스에서 실행합니다</translation>
    </message>
    <message>
        <source>list or delete the documents uploaded to Anthropic</source>
        <translation>Anthropic에 올린 문서를 보거나 지웁니다</translation>
    </message>
    <message>
        <source>the uploaded files, newest first</source>
        <translation>올린 파일 목록(최신순)</translation>
    </message>
    <message>
        <source>delete an uploaded file at Anthropic</source>
        <translation>Anthropic에 올린 파일을 지웁니다</translation>
    </message>
    <message>
        <source>the file&apos;s id (file_…)</source>
        <translation>파일 ID(file_…)</translation>
    </message>
    <message>
        <source>No files are uploaded to Anthropic.</source>
        <translation>Anthropic에 올린 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{id} is not a file id (they begin with file_)</source>
        <translation>{id}은(는) 파일 ID가 아닙니다(파일 ID는 file_로 시작합니다)</translation>
    </message>
    <message>
        <source>Anthropic holds no file {id}</source>
        <translation>Anthropic에 {id} 파일이 없습니다</translation>
    </message>
    <message>
        <source>Deleted {id}.</source>
        <translation>{id}을(를) 지웠습니다.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Editing your message: sending it starts a new branch</source>
        <translation>메시지 수정 중: 보내면 새 분기가 시작됩니다</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>수정 취소</translation>
    </message>
    <message>
        <source>Keep the message as it was (Esc)</source>
        <translation>메시지를 수정 전으로 되돌립니다(Esc)</translation>
    </message>
    <message>
        <source>Model for this conversation</source>
        <translation>이 대화에 쓸 모델</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>System prompt: instructions Claude follows in this conversation</source>
        <translation>시스템 프롬프트: 이 대화에서 Claude가 따르는 지침</translation>
    </message>
    <message>
        <source>Tools…</source>
        <translation>도구…</translation>
    </message>
    <message>
        <source>Folders, commands, grants and MCP servers (Ctrl+,)</source>
        <translation>폴더, 명령, 허용 목록, MCP 서버(Ctrl+,)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>첨부</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Editing your message (its file goes with it): sending it starts a new branch</source>
        <translation>메시지 수정 중(첨부 파일도 함께 보냄): 보내면 새 분기가 시작됩니다</translation>
    </message>
    <message numerus="yes">
        <source>Editing your message (its %n files go with it): sending it starts a new branch</source>
        <translation>
            <numerusform>메시지 수정 중(첨부 파일 %n개도 함께 보냄): 보내면 새 분기가 시작됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit your message…</source>
        <translation>메시지를 수정하세요…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>답변 중지(Esc)</translation>
    </message>
    <message>
        <source>Send ({keys})</source>
        <translation>보내기 ({keys})</translation>
    </message>
    <message>
        <source>System ●</source>
        <translation>시스템 ●</translation>
    </message>
</context>
<context>
    <name>ComposerStatus</name>
    <message>
        <source>Continue in a new conversation with a summary</source>
        <translation>요약해서 새 대화로 이어 가기</translation>
    </message>
    <message>
        <source>The cheapest model writes a summary of this conversation; a new conversation starts from it, linked to this one</source>
        <translation>가장 저렴한 모델이 이 대화를 요약하고, 그 요약으로 이 대화와 연결된 새 대화를 시작합니다</translation>
    </message>
    <message>
        <source>Open the conversation this one continues</source>
        <translation>이 대화가 이어받은 원래 대화 열기</translation>
    </message>
    <message>
        <source>Continued from “%1”</source>
        <translation>“%1”에서 이어짐</translation>
    </message>
    <message>
        <source>Writing a summary…</source>
        <translation>요약을 쓰는 중…</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>가격 정보 없음</translation>
    </message>
    <message>
        <source>%1 tokens · %2</source>
        <translation>%1 토큰 · %2</translation>
    </message>
    <message>
        <source>Counted by the API (count_tokens).</source>
        <translation>API로 센 값입니다(count_tokens).</translation>
    </message>
    <message>
        <source>≈ %1 tokens · %2</source>
        <translation>≈ %1 토큰 · %2</translation>
    </message>
    <message>
        <source>Estimated here: the API could not be asked.</source>
        <translation>Parley에서 추정한 값입니다. API에 물어볼 수 없었습니다.</translation>
    </message>
    <message>
        <source>Input tokens of the next send and their cost at the model&apos;s input price,</source>
        <translation>다음에 보낼 입력 토큰 수와, 모델의 입력 가격으로 계산한 비용입니다.</translation>
    </message>
    <message>
        <source>before caching (cached parts cost less).</source>
        <translation>캐싱 전 기준이며, 캐시된 부분은 비용이 더 적게 듭니다.</translation>
    </message>
    <message>
        <source>&lt;1% of context</source>
        <translation>컨텍스트의 1% 미만</translation>
    </message>
    <message>
        <source>%1% of context</source>
        <translation>컨텍스트의 %1%</translation>
    </message>
    <message>
        <source>%1 of %2 input tokens this model takes</source>
        <translation>이 모델이 받는 입력 토큰 %2개 중 %1개</translation>
    </message>
    <message>
        <source>The next message would not fit: continue with a summary.</source>
        <translation>다음 메시지는 컨텍스트에 들어가지 않습니다. 요약해서 이어 가세요.</translation>
    </message>
    <message>
        <source>Over %1%: replies get dearer and the window will soon be full.</source>
        <translation>%1%를 넘었습니다. 답변 비용이 늘어나고 곧 컨텍스트 창이 가득 찹니다.</translation>
    </message>
</context>
<context>
    <name>ConnectionLabel</name>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>API 키 없음</translation>
    </message>
    <message>
        <source>Claude could not be loaded; see the log</source>
        <translation>Claude를 불러오지 못했습니다. 로그를 확인하세요</translation>
    </message>
</context>
<context>
    <name>ContextWatch</name>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (계속)</translation>
    </message>
    <message>
        <source>A summary needs an API key.</source>
        <translation>요약하려면 API 키가 필요합니다.</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n conversations</source>
        <translation>
            <numerusform>대화 %n개 삭제</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>보관 해제</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>보관</translation>
    </message>
    <message>
        <source>Move to project</source>
        <translation>프로젝트로 옮기기</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분 전</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours}시간 전</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>어제</translation>
    </message>
</context>
<context>
    <name>ConversationOptions</name>
    <message>
        <source>Settings could not be saved.</source>
        <translation>설정을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1.</source>
        <translation>설정을 저장하지 못했습니다: %1.</translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>예산 없음</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>월 예산:</translation>
    </message>
    <message>
        <source>A banner shows from 80 % of it; at 100 % Parley asks before each send, and `parley ask` refuses.</source>
        <translation>예산의 80%부터 안내가 표시되고, 100%가 되면 보낼 때마다 확인하며 `parley ask`는 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Cache long prompts (cheaper repeats)</source>
        <translation>긴 프롬프트 캐시하기(반복 비용 절약)</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5분</translation>
    </message>
    <message>
        <source>1 hour (writes cost 2× input, not 1.25×)</source>
        <translation>1시간(쓰기 비용이 입력의 1.25배가 아닌 2배)</translation>
    </message>
    <message>
        <source>New chats keep their cache for:</source>
        <translation>새 대화의 캐시 유지 시간:</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>Parley&apos;s database is damaged</source>
        <translation>Parley 데이터베이스가 손상되었습니다</translation>
    </message>
    <message>
        <source>The damaged file will be renamed and kept, never deleted.</source>
        <translation>손상된 파일은 이름을 바꿔 보관하며, 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>There is no backup. The damaged file will be renamed and kept, never deleted.</source>
        <translation>백업이 없습니다. 손상된 파일은 이름을 바꿔 보관하며, 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Keep it aside and restore backup %1 (%2)</source>
        <translation>따로 보관하고 백업 %1(%2) 복원</translation>
    </message>
    <message>
        <source>Keep it aside and start fresh</source>
        <translation>따로 보관하고 새로 시작</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Set PARLEY_HOME to keep everything in another folder.</source>
        <translation>다른 폴더에 모두 두려면 PARLEY_HOME을 설정하세요.</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>모두 내보내기…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Conversations:</source>
        <translation>대화:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Files uploaded to Anthropic</source>
        <translation>Anthropic에 올린 파일</translation>
    </message>
    <message>
        <source>No file manager could open the folder.</source>
        <translation>폴더를 열 수 있는 파일 관리자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The file {path} is not a Parley database, or it is damaged; it was left untouched.</source>
        <translation>{path} 파일은 Parley 데이터베이스가 아니거나 손상되었습니다. 파일은 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Parley (schema version {found}; this version knows up to {supported}). Update Parley to open it; the file was left untouched.</source>
        <translation>{path} 데이터베이스는 더 새로운 버전의 Parley에서 만들어졌습니다(스키마 버전 {found}, 이 버전은 {supported}까지 지원). 열려면 Parley를 업데이트하세요. 파일은 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>Parley cannot write to {path}: the file or its folder is read-only. Nothing was saved; make them writable, or point PARLEY_HOME at a writable folder.</source>
        <translation>Parley가 {path}에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용입니다. 아무것도 저장하지 않았습니다. 쓰기 권한을 주거나, PARLEY_HOME을 쓰기 가능한 폴더로 지정하세요.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; the last change was not saved.</source>
        <translation>{path}이(가) 있는 디스크가 가득 찼습니다. 공간을 확보하세요. 마지막 변경 사항은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database {path} stayed locked by another Parley process. Try again in a moment.</source>
        <translation>다른 Parley 프로세스가 {path} 데이터베이스를 계속 잠그고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Parley cannot open or read {path} ({reason}).</source>
        <translation>Parley가 {path}을(를) 열거나 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>The conversation database is already closed.</source>
        <translation>대화 데이터베이스가 이미 닫혔습니다.</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>파일을 열 수 없음</translation>
    </message>
    <message>
        <source>a disk input/output error</source>
        <translation>디스크 입출력 오류</translation>
    </message>
    <message>
        <source>database error {name}</source>
        <translation>데이터베이스 오류 {name}</translation>
    </message>
</context>
<context>
    <name>DialogGate</name>
    <message>
        <source>Keep going? — Parley</source>
        <translation>계속할까요? — Parley</translation>
    </message>
    <message>
        <source>Claude has used {rounds} rounds of tools in this reply.</source>
        <translation>Claude가 이 답변에서 도구를 {rounds}차례 사용했습니다.</translation>
    </message>
    <message>
        <source>Let it go on for up to {rounds} more?</source>
        <translation>최대 {rounds}차례 더 계속하게 할까요?</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>여기서 중지</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>Drop to attach</source>
        <translation>놓아서 첨부</translation>
    </message>
    <message>
        <source>Images, PDFs and text files. Drop on a preset to fill in its prompt too.</source>
        <translation>이미지, PDF, 텍스트 파일을 놓을 수 있습니다. 프리셋 위에 놓으면 그 프롬프트도 함께 채워집니다.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>What&apos;s on your mind?</source>
        <translation>무엇을 도와드릴까요?</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter adds a line · Ctrl+N starts anew</source>
        <translation>Enter 보내기 · Shift+Enter 줄바꿈 · Ctrl+N 새 대화</translation>
    </message>
</context>
<context>
    <name>ErrorCard</name>
    <message>
        <source>Enter API key…</source>
        <translation>API 키 입력…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Try again in {seconds} s.</source>
        <translation>{seconds}초 후에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API key was refused. Enter a valid key and try again.</source>
        <translation>API 키가 거부되었습니다. 올바른 키를 입력하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation>이 API 키로는 이 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>The API does not know that model or resource.</source>
        <translation>API에서 해당 모델이나 리소스를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The request is too large for the API.</source>
        <translation>요청이 너무 커서 API가 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>The API rejected the request.</source>
        <translation>API가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Rate limit reached.</source>
        <translation>요청 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Claude is overloaded right now.</source>
        <translation>지금은 Claude 사용량이 많아 요청을 처리할 수 없습니다.</translation>
    </message>
    <message>
        <source>Try again shortly.</source>
        <translation>조금 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The API had an internal error.</source>
        <translation>API에서 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the API. You appear to be offline.</source>
        <translation>API에 연결할 수 없습니다. 오프라인 상태인 것 같습니다.</translation>
    </message>
    <message>
        <source>The connection was lost mid-reply; what arrived is kept.</source>
        <translation>답변을 받는 도중 연결이 끊겼습니다. 받은 내용은 보관했습니다.</translation>
    </message>
    <message>
        <source>The connection closed before the reply ended; what arrived is kept.</source>
        <translation>답변이 끝나기 전에 연결이 닫혔습니다. 받은 내용은 보관했습니다.</translation>
    </message>
    <message>
        <source>The reply stalled: no data arrived for too long.</source>
        <translation>답변이 멈췄습니다. 너무 오랫동안 데이터가 오지 않았습니다.</translation>
    </message>
    <message>
        <source>The server sent a reply Parley could not read.</source>
        <translation>서버에서 Parley가 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in conversation</source>
        <translation>대화에서 찾기</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 결과 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>다음 결과 (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기 (Esc)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation>모든 대화</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관함</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Defaults for new chats…</source>
        <translation>새 대화 기본값…</translation>
    </message>
    <message>
        <source>Delete project…</source>
        <translation>프로젝트 삭제…</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Show or hide the projects</source>
        <translation>프로젝트 보이기/숨기기</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>This image cannot be shown: its file is missing or damaged.</source>
        <translation>이 이미지를 표시할 수 없습니다. 파일이 없거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <source>Actual size (100%)</source>
        <translation>실제 크기(100%)</translation>
    </message>
</context>
<context>
    <name>JumpButton</name>
    <message>
        <source>Jump to latest ↓</source>
        <translation>최신 메시지로 ↓</translation>
    </message>
    <message>
        <source>Scroll to the newest message (Alt+End)</source>
        <translation>가장 최근 메시지로 이동(Alt+End)</translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message>
        <source>The API key was refused.</source>
        <translation>API 키가 거부되었습니다.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Parley is already running for this data folder but does not answer; close it, or end its process, and start Parley again.</source>
        <translation>이 데이터 폴더로 Parley가 이미 실행 중이지만 응답하지 않습니다. 그 Parley를 닫거나 프로세스를 끝낸 뒤 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Parley is already running for this data folder, but this system lacks {library}, which is needed to reach it; install it (Debian and Ubuntu: libgssapi-krb5-2).</source>
        <translation>이 데이터 폴더로 Parley가 이미 실행 중이지만, 연결에 필요한 {library}이(가) 이 시스템에 없습니다. 설치하세요(Debian·Ubuntu: libgssapi-krb5-2).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — Parley</source>
        <translation>{title} — Parley</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>*Searched the web for “{query}”*</source>
        <translation>*“{query}” 웹 검색*</translation>
    </message>
    <message>
        <source>*Read {url}*</source>
        <translation>*{url} 읽음*</translation>
    </message>
    <message>
        <source>*Ran code:*</source>
        <translation>*코드 실행:*</translation>
    </message>
    <message>
        <source>*The tool failed: {why}*</source>
        <translation>*도구 실패: {why}*</translation>
    </message>
    <message>
        <source>*No results*</source>
        <translation>*결과 없음*</translation>
    </message>
    <message>
        <source>*Fetched {url}*</source>
        <translation>*{url} 가져옴*</translation>
    </message>
    <message>
        <source>*Exited with {code}*</source>
        <translation>*종료 코드 {code}*</translation>
    </message>
    <message>
        <source>*Ran without output*</source>
        <translation>*출력 없이 실행됨*</translation>
    </message>
    <message>
        <source>*Tool result*</source>
        <translation>*도구 결과*</translation>
    </message>
</context>
<context>
    <name>McpServerRow</name>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Stop it and take it out of Parley&apos;s settings</source>
        <translation>중지하고 Parley 설정에서 뺍니다</translation>
    </message>
</context>
<context>
    <name>McpServersPanel</name>
    <message>
        <source>Available once Parley has connected to Claude</source>
        <translation>Parley가 Claude에 연결되면 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>No MCP servers yet.</source>
        <translation>아직 MCP 서버가 없습니다.</translation>
    </message>
    <message>
        <source>Import from Claude Desktop…</source>
        <translation>Claude 데스크톱 앱에서 가져오기…</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>Tools: {names}</source>
        <translation>도구: {names}</translation>
    </message>
    <message>
        <source>Remove MCP server? — Parley</source>
        <translation>MCP 서버를 제거할까요? — Parley</translation>
    </message>
    <message>
        <source>Remove the MCP server “{name}”?</source>
        <translation>MCP 서버 “{name}”을(를) 제거할까요?</translation>
    </message>
    <message>
        <source>It is stopped if it runs, its tools go with it, and it leaves Parley&apos;s settings now.</source>
        <translation>실행 중이면 중지되고 그 도구도 함께 사라지며, 지금 바로 Parley 설정에서 빠집니다.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Claude Desktop settings</source>
        <translation>Claude 데스크톱 앱 설정</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>새 배치…</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>파일 첨부…</translation>
    </message>
    <message>
        <source>Screenshot of a region…</source>
        <translation>화면 일부 캡처…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>잘라내기</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Copy last reply</source>
        <translation>마지막 답변 복사</translation>
    </message>
    <message>
        <source>Find in conversation…</source>
        <translation>대화에서 찾기…</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>다음 찾기</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>이전 찾기</translation>
    </message>
    <message>
        <source>Rename conversation</source>
        <translation>대화 이름 바꾸기</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>답변 멈추기</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Go to the message box</source>
        <translation>메시지 입력란으로 이동</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>최신 메시지로 이동</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Tools and permissions…</source>
        <translation>도구와 권한…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Parley 정보</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <source>{input} in · {output} out</source>
        <translation>입력 {input} · 출력 {output}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}분 {seconds}초</translation>
    </message>
</context>
<context>
    <name>MessageActionsBar</name>
    <message>
        <source>Show the previous question</source>
        <translation>이전 질문 보기</translation>
    </message>
    <message>
        <source>Show the previous answer</source>
        <translation>이전 답변 보기</translation>
    </message>
    <message>
        <source>Show the next question</source>
        <translation>다음 질문 보기</translation>
    </message>
    <message>
        <source>Show the next answer</source>
        <translation>다음 답변 보기</translation>
    </message>
    <message>
        <source>Version {position} of {count}</source>
        <translation>버전 {position}/{count}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Markdown으로 복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Edit and send again as a new branch</source>
        <translation>수정해서 새 분기로 다시 보내기</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Ask for another answer; this one stays as a branch</source>
        <translation>다른 답변을 요청합니다. 지금 답변은 분기로 남습니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete this and what follows it</source>
        <translation>이 메시지와 그 뒤의 내용 삭제</translation>
    </message>
</context>
<context>
    <name>MessageAttachments</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n쪽</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>Writing…</source>
        <translation>쓰는 중…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Interrupted: Parley closed before this reply finished</source>
        <translation>중단됨: 답변이 끝나기 전에 Parley가 닫혔습니다</translation>
    </message>
    <message>
        <source>Incomplete: the reply failed</source>
        <translation>미완성: 답변 도중 실패했습니다</translation>
    </message>
    <message>
        <source>[Part of this thinking was encrypted by Anthropic&apos;s safety systems. It cannot be shown; it is kept and sent back unchanged.]</source>
        <translation>[이 생각의 일부는 Anthropic 안전 시스템에 의해 암호화되었습니다. 표시할 수는 없지만, 보관해 두었다가 그대로 다시 보냅니다.]</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>생각</translation>
    </message>
    <message>
        <source>↳ Continued after the max_tokens limit</source>
        <translation>↳ max_tokens 한도 이후 이어서 받음</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Thinking…</source>
        <translation>생각하는 중…</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Copied.</source>
        <translation>복사했습니다.</translation>
    </message>
    <message>
        <source>Delete this question?</source>
        <translation>이 질문을 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete this answer?</source>
        <translation>이 답변을 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Delete this question and the %n message(s) after it?</source>
        <translation>
            <numerusform>이 질문과 그 뒤의 메시지 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this answer and the %n message(s) after it?</source>
        <translation>
            <numerusform>이 답변과 그 뒤의 메시지 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>메시지 삭제</translation>
    </message>
    <message>
        <source>Other branches that start below it go too. This can&apos;t be undone.</source>
        <translation>이 메시지 아래에서 시작되는 다른 분기도 함께 삭제됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>삭제했습니다.</translation>
    </message>
    <message>
        <source>Copied the last reply.</source>
        <translation>마지막 답변을 복사했습니다.</translation>
    </message>
</context>
<context>
    <name>MessageImage</name>
    <message>
        <source>Click to open at full size</source>
        <translation>클릭하면 원래 크기로 엽니다</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>이미지 {name}</translation>
    </message>
    <message>
        <source>Image missing</source>
        <translation>이미지 없음</translation>
    </message>
    <message>
        <source>{name}: its file is no longer in Parley&apos;s folder.</source>
        <translation>{name}: 파일이 더 이상 Parley 폴더에 없습니다.</translation>
    </message>
</context>
<context>
    <name>MimeAttachments</name>
    <message>
        <source>The pasted picture is empty or could not be read.</source>
        <translation>붙여 넣은 그림이 비어 있거나 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ModelItem</name>
    <message>
        <source>fast and cheap: titles, extraction, simple questions</source>
        <translation>빠르고 저렴함: 제목 짓기, 정보 추출, 간단한 질문</translation>
    </message>
    <message>
        <source>balanced: most work, code, screenshots</source>
        <translation>균형 잡힘: 대부분의 작업, 코드, 스크린샷</translation>
    </message>
    <message>
        <source>hardest problems, long agentic work</source>
        <translation>가장 어려운 문제, 오래 걸리는 에이전트 작업</translation>
    </message>
    <message>
        <source>price unknown</source>
        <translation>가격 정보 없음</translation>
    </message>
    <message>
        <source>{0} / {1} per M tokens</source>
        <translation>100만 토큰당 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>New chats use:</source>
        <translation>새 대화 모델:</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>Reply limit:</source>
        <translation>답변 길이 제한:</translation>
    </message>
    <message>
        <source>Used where a conversation sets no limit of its own; each request is capped at its model&apos;s maximum.</source>
        <translation>대화에 따로 제한이 없을 때 쓰입니다. 각 요청은 모델의 최댓값을 넘지 않습니다.</translation>
    </message>
    <message>
        <source>New chats start with extended thinking</source>
        <translation>새 대화는 확장 사고를 켠 채 시작</translation>
    </message>
    <message>
        <source>New chats may: {tool}</source>
        <translation>새 대화에서 허용: {tool}</translation>
    </message>
    <message>
        <source>System prompts</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Named prompts to pick from in each conversation&apos;s System prompt dialog; the chosen one fills new chats.</source>
        <translation>대화마다 시스템 프롬프트 창에서 고를 수 있는 이름 붙은 프롬프트입니다. 선택한 것이 새 대화에 채워집니다.</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New batch</source>
        <translation>새 배치</translation>
    </message>
    <message>
        <source>A folder of images</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>A CSV or JSONL file of prompts</source>
        <translation>프롬프트가 담긴 CSV 또는 JSONL 파일</translation>
    </message>
    <message>
        <source>Variants of the prompt</source>
        <translation>프롬프트 변형</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Nothing chosen yet; files can also be dropped here.</source>
        <translation>아직 선택한 항목이 없습니다. 파일을 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>The prompt sent with each file, row or variant</source>
        <translation>파일, 행, 변형마다 함께 보낼 프롬프트</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>A name for the job (default: the prompt)</source>
        <translation>작업 이름(기본값: 프롬프트)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보낼 항목</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>최대 토큰</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>이미지 폴더</translation>
    </message>
    <message>
        <source>Files to send</source>
        <translation>보낼 파일</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Prompts (*.csv *.jsonl)</source>
        <translation>프롬프트 (*.csv *.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 준비하는 중…</translation>
    </message>
    <message>
        <source>Preparing %1: %2 of %3…</source>
        <translation>%1 준비하는 중: %3개 중 %2개…</translation>
    </message>
    <message numerus="yes">
        <source>%n to send: </source>
        <translation>
            <numerusform>보낼 항목 %n개: </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send yet.</source>
        <translation>아직 보낼 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> 외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: </source>
        <translation>제외됨: </translation>
    </message>
    <message>
        <source>Write the prompt to see the estimate.</source>
        <translation>프롬프트를 쓰면 예상 비용이 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n request</source>
        <translation>
            <numerusform>요청 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>요청 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n batches (the API&apos;s limits)</source>
        <translation>
            <numerusform> (API 한도에 따라 배치 %n개로 나눔)</numerusform>
        </translation>
    </message>
    <message>
        <source>, about %1 input tokens: %2 at list price, %3 at the batch price.</source>
        <translation>, 입력 토큰 약 %1개: 정가로 %2, 배치 가격으로 %3.</translation>
    </message>
    <message>
        <source> With answers, at most %1 (list %2).</source>
        <translation> 답변까지 포함하면 최대 %1(정가 %2).</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Batch ended</source>
        <translation>배치가 끝났습니다</translation>
    </message>
    <message>
        <source>%1 has ended: %2</source>
        <translation>%1이(가) 끝났습니다: %2</translation>
    </message>
    <message>
        <source>The reply failed: %1</source>
        <translation>답변이 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The reply has ended.</source>
        <translation>답변이 끝났습니다.</translation>
    </message>
</context>
<context>
    <name>Organising</name>
    <message>
        <source>Delete project</source>
        <translation>프로젝트 삭제</translation>
    </message>
    <message>
        <source>Delete the project “%1”? Its conversations are kept, in no project.</source>
        <translation>“%1” 프로젝트를 삭제할까요? 안의 대화는 프로젝트 없이 남습니다.</translation>
    </message>
</context>
<context>
    <name>PermissionDialog</name>
    <message>
        <source>Built-in Parley tool</source>
        <translation>Parley 기본 제공 도구</translation>
    </message>
    <message>
        <source>From the MCP server “{server}”</source>
        <translation>MCP 서버 “{server}”의 도구</translation>
    </message>
    <message>
        <source>Allow “{tool}”? — Parley</source>
        <translation>“{tool}”을(를) 허용할까요? — Parley</translation>
    </message>
    <message>
        <source>Claude wants to use “{tool}”</source>
        <translation>Claude가 “{tool}”을(를) 사용하려고 합니다</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(설명 없음)</translation>
    </message>
    <message>
        <source>Arguments, in full:</source>
        <translation>인수 전체:</translation>
    </message>
    <message>
        <source>What it would do:</source>
        <translation>실행하면 일어나는 일:</translation>
    </message>
    <message>
        <source>This tool asks every time; it cannot be allowed ahead.</source>
        <translation>이 도구는 매번 확인을 받아야 하며, 미리 허용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reason for denying, passed to Claude (optional)</source>
        <translation>거부하는 이유(선택 사항, Claude에게 전달됨)</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>이번만 허용</translation>
    </message>
    <message>
        <source>Allow for this conversation</source>
        <translation>이 대화에서 허용</translation>
    </message>
    <message>
        <source>Always allow this tool</source>
        <translation>이 도구 항상 허용</translation>
    </message>
    <message>
        <source>Until you revoke it in Tools settings</source>
        <translation>도구 설정에서 해제할 때까지</translation>
    </message>
</context>
<context>
    <name>PresetChips</name>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Edit the review presets: change, add or remove prompts</source>
        <translation>검토 프리셋 편집: 프롬프트를 바꾸거나 추가하거나 삭제합니다</translation>
    </message>
    <message>
        <source>Add a review preset…</source>
        <translation>검토 프리셋 추가…</translation>
    </message>
</context>
<context>
    <name>PresetDialog</name>
    <message>
        <source>Each preset needs a label and a prompt: fill in or remove “{label}”.</source>
        <translation>프리셋마다 이름과 프롬프트가 있어야 합니다. “{label}”을(를) 채우거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Review presets</source>
        <translation>검토 프리셋</translation>
    </message>
    <message>
        <source>Prompts one click away on the empty composer and when dropping files. A click fills in the prompt; nothing is sent until you send.</source>
        <translation>비어 있는 입력란에서, 그리고 파일을 끌어다 놓을 때 클릭 한 번으로 쓸 수 있는 프롬프트입니다. 클릭하면 프롬프트가 채워질 뿐, 직접 보내기 전에는 아무것도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>For example: Check the contrast</source>
        <translation>예: 대비 확인</translation>
    </message>
    <message>
        <source>What Claude should do with the attached images</source>
        <translation>첨부한 이미지로 Claude가 할 일</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <source>Button label</source>
        <translation>버튼 이름</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>위로 이동</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>아래로 이동</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(이름 없음)</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>cost unknown</source>
        <translation>비용 알 수 없음</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Instructions every new conversation in this project starts with</source>
        <translation>이 프로젝트의 새 대화가 시작할 때 쓰는 지침</translation>
    </message>
    <message>
        <source>The usual model</source>
        <translation>주로 쓰는 모델</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
</context>
<context>
    <name>PromptEdit</name>
    <message>
        <source>Message to Claude</source>
        <translation>Claude에게 보낼 메시지</translation>
    </message>
    <message>
        <source>Message Claude…   (Ctrl+Enter sends)</source>
        <translation>Claude에게 메시지…   (Ctrl+Enter로 보내기)</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends · Enter starts a new line · Up edits your last message</source>
        <translation>Ctrl+Enter 보내기 · Enter 줄 바꿈 · ↑ 마지막 메시지 고치기</translation>
    </message>
    <message>
        <source>Message Claude…   (Shift+Enter for a new line)</source>
        <translation>Claude에게 메시지 보내기…   (Shift+Enter로 줄바꿈)</translation>
    </message>
    <message>
        <source>Enter sends · Shift+Enter starts a new line · Up edits your last message</source>
        <translation>Enter 보내기 · Shift+Enter 줄바꿈 · ↑ 마지막 메시지 수정</translation>
    </message>
</context>
<context>
    <name>QuickAskWindow</name>
    <message>
        <source>Quick ask — Parley</source>
        <translation>빠른 질문 — Parley</translation>
    </message>
    <message>
        <source>Quick question to Claude</source>
        <translation>Claude에게 빠른 질문</translation>
    </message>
    <message>
        <source>Ask Claude…   (Enter sends, Esc closes)</source>
        <translation>Claude에게 질문…   (Enter 보내기, Esc 닫기)</translation>
    </message>
    <message>
        <source>Open in Parley</source>
        <translation>Parley에서 열기</translation>
    </message>
    <message>
        <source>Go on with this conversation in the main window</source>
        <translation>이 대화를 메인 창에서 이어 갑니다</translation>
    </message>
</context>
<context>
    <name>RefusalRow</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <source>Drag to select a region  ·  Enter: whole screen  ·  Esc: cancel</source>
        <translation>드래그해서 영역 선택  ·  Enter: 전체 화면  ·  Esc: 취소</translation>
    </message>
    <message>
        <source>Parley: select a region</source>
        <translation>Parley: 영역 선택</translation>
    </message>
</context>
<context>
    <name>ReplyDescriber</name>
    <message>
        <source>1 web search</source>
        <translation>웹 검색 1회</translation>
    </message>
    <message>
        <source>{n} web searches</source>
        <translation>웹 검색 {n}회</translation>
    </message>
    <message>
        <source>code sandbox until {time}</source>
        <translation>코드 샌드박스 {time}까지</translation>
    </message>
    <message>
        <source>The code ran in Anthropic&apos;s sandbox, which lives on until the time shown: the next message in this conversation runs its code there, so the files are still there. Anthropic bills sandbox time by the hour beyond a daily free allowance; the API does not say what one reply used, so it is not in the cost shown.</source>
        <translation>코드는 Anthropic의 샌드박스에서 실행되었고, 이 샌드박스는 표시된 시각까지 유지됩니다. 이 대화의 다음 메시지도 같은 곳에서 코드를 실행하므로 만든 파일이 그대로 남아 있습니다. 샌드박스 사용 시간은 하루 무료 한도를 넘으면 시간 단위로 청구되지만, API가 답변별 사용량을 알려 주지 않아 표시된 비용에는 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{read} of {prompt} input tokens were read from the prompt cache.</source>
        <translation>입력 토큰 {prompt}개 중 {read}개를 프롬프트 캐시에서 읽었습니다.</translation>
    </message>
    <message>
        <source>Per million tokens: plain input {input}, cache reads {read}, cache writes {write_5m} (kept 5 minutes) or {write_1h} (kept an hour).</source>
        <translation>100만 토큰당 가격: 일반 입력 {input}, 캐시 읽기 {read}, 캐시 쓰기 {write_5m}(5분 유지) 또는 {write_1h}(1시간 유지).</translation>
    </message>
    <message>
        <source>The saving compares this reply with the same request sent without caching. Writing to the cache costs more than plain input, so a reply that writes costs a little more, and the replies after it read the cache back cheaply.</source>
        <translation>절약액은 이 답변의 비용을 같은 요청을 캐싱 없이 보냈을 때와 비교한 값입니다. 캐시 쓰기는 일반 입력보다 비싸서 캐시에 쓰는 답변은 비용이 조금 더 들지만, 그 뒤의 답변은 캐시를 싸게 다시 읽습니다.</translation>
    </message>
    <message>
        <source>{percent} % from cache</source>
        <translation>캐시에서 {percent}%</translation>
    </message>
    <message>
        <source>saved {cost}</source>
        <translation>{cost} 절약</translation>
    </message>
    <message>
        <source>cache write +{cost}</source>
        <translation>캐시 쓰기 +{cost}</translation>
    </message>
</context>
<context>
    <name>ReplyEndNotice</name>
    <message>
        <source>Cut off at the max_tokens limit</source>
        <translation>max_tokens 한도에서 잘림</translation>
    </message>
    <message>
        <source>Claude paused a long turn</source>
        <translation>Claude가 긴 작업을 잠시 멈춤</translation>
    </message>
    <message>
        <source>Stopped at stop sequence &quot;{sequence}&quot;</source>
        <translation>중지 시퀀스 &quot;{sequence}&quot;에서 멈춤</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Ask Claude to go on where the reply stopped</source>
        <translation>답변이 멈춘 곳부터 이어서 쓰도록 Claude에게 요청합니다</translation>
    </message>
    <message>
        <source>Let Claude go on with the turn where it paused</source>
        <translation>멈춘 곳부터 작업을 이어 가도록 합니다</translation>
    </message>
    <message>
        <source>To allow longer replies, raise Max under the message box.</source>
        <translation>더 긴 답변을 허용하려면 메시지 입력란 아래의 ‘최대’ 값을 올리세요.</translation>
    </message>
</context>
<context>
    <name>ReplyLimitButton</name>
    <message>
        <source>Default ({0} tokens)</source>
        <translation>기본값({0} 토큰)</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} 토큰</translation>
    </message>
    <message>
        <source>Use as default for new chats</source>
        <translation>새 대화의 기본값으로 사용</translation>
    </message>
    <message>
        <source>Max {0}</source>
        <translation>최대 {0}</translation>
    </message>
    <message>
        <source>Longest reply: {0} tokens. A reply that reaches it is cut off; you can then continue it.</source>
        <translation>답변 최대 길이: {0} 토큰. 이 길이에 이르면 답변이 잘리며, 그 뒤에 이어서 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>With thinking on, the default leaves room for thinking on top.</source>
        <translation>생각 기능이 켜져 있으면 기본값에 생각할 분량이 따로 더해집니다.</translation>
    </message>
</context>
<context>
    <name>ReplyProblem</name>
    <message>
        <source>Check your connection; Retry sends it again.</source>
        <translation>연결을 확인하세요. 다시 시도를 누르면 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Parley needs an Anthropic API key to send messages.</source>
        <translation>메시지를 보내려면 Anthropic API 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Something went wrong while sending. The details are in Parley&apos;s log; try again.</source>
        <translation>보내는 중에 문제가 생겼습니다. 자세한 내용은 Parley 로그에 있습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This reply failed before it was finished. Retry asks again.</source>
        <translation>이 답변은 끝나기 전에 실패했습니다. 다시 시도를 누르면 다시 요청합니다.</translation>
    </message>
</context>
<context>
    <name>RequestOptions</name>
    <message>
        <source>Temperature must lie between 0 and 1.</source>
        <translation>온도는 0에서 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Top-p must lie between 0 and 1.</source>
        <translation>Top-p는 0에서 1 사이여야 합니다.</translation>
    </message>
    <message>
        <source>Top-k must be a whole number above 0.</source>
        <translation>Top-k는 0보다 큰 정수여야 합니다.</translation>
    </message>
    <message>
        <source>{model} takes temperature or top-p, not both: keep one.</source>
        <translation>{model}은(는) 온도와 top-p 중 하나만 받습니다. 하나만 남기세요.</translation>
    </message>
    <message>
        <source>With extended thinking on, temperature can only be 1 (or unset).</source>
        <translation>확장 사고가 켜져 있으면 온도는 1(또는 미설정)만 됩니다.</translation>
    </message>
    <message>
        <source>With extended thinking on, top-k cannot be set.</source>
        <translation>확장 사고가 켜져 있으면 top-k를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>With extended thinking on, top-p must be 0.95 or more.</source>
        <translation>확장 사고가 켜져 있으면 top-p는 0.95 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>A stop sequence must hold more than spaces.</source>
        <translation>중지 시퀀스에는 공백 말고 다른 글자가 있어야 합니다.</translation>
    </message>
    <message>
        <source>Give allowed domains or blocked domains, not both.</source>
        <translation>허용 도메인과 차단 도메인 중 하나만 주세요.</translation>
    </message>
    <message>
        <source>At most {n} stop sequences.</source>
        <translation>중지 시퀀스는 최대 {n}개입니다.</translation>
    </message>
    <message>
        <source>web search</source>
        <translation>웹 검색</translation>
    </message>
    <message>
        <source>web fetch</source>
        <translation>웹 가져오기</translation>
    </message>
    <message>
        <source>code execution</source>
        <translation>코드 실행</translation>
    </message>
    <message>
        <source>{model} cannot use {tools}; turn it off or choose another model.</source>
        <translation>{model}은(는) {tools}을(를) 쓸 수 없습니다. 끄거나 다른 모델을 고르세요.</translation>
    </message>
</context>
<context>
    <name>ReviewPresets</name>
    <message>
        <source>Review this UI</source>
        <translation>UI 검토</translation>
    </message>
    <message>
        <source>Review this screenshot as an experienced UI designer. List the concrete problems with layout, alignment, spacing, contrast, typography and wording, most important first, each with a specific fix.</source>
        <translation>숙련된 UI 디자이너의 눈으로 이 스크린샷을 검토해 주세요. 레이아웃, 정렬, 간격, 대비, 타이포그래피, 문구에서 구체적인 문제를 중요한 것부터 나열하고, 각각에 구체적인 개선 방법을 적어 주세요.</translation>
    </message>
    <message>
        <source>Extract the text</source>
        <translation>텍스트 추출</translation>
    </message>
    <message>
        <source>Transcribe all the text in this image exactly, in reading order. Keep its structure: headings, lists, and tables as Markdown. Mark anything illegible as [illegible].</source>
        <translation>이 이미지에 있는 모든 텍스트를 읽는 순서대로 정확히 옮겨 적어 주세요. 제목, 목록, 표는 Markdown으로 구조를 살려 주세요. 알아볼 수 없는 부분은 [판독 불가]로 표시해 주세요.</translation>
    </message>
    <message>
        <source>Extract chart data as a table</source>
        <translation>차트 데이터를 표로</translation>
    </message>
    <message>
        <source>Read the data in this chart into a Markdown table, with column headers and units. Then describe the main trend in one sentence, and say which values are estimates.</source>
        <translation>이 차트의 데이터를 열 제목과 단위가 있는 Markdown 표로 옮겨 주세요. 그다음 주요 추세를 한 문장으로 설명하고, 어떤 값이 추정치인지 밝혀 주세요.</translation>
    </message>
    <message>
        <source>Turn this diagram into code</source>
        <translation>다이어그램을 코드로</translation>
    </message>
    <message>
        <source>Turn this diagram into code: for a flowchart, sequence or architecture diagram write Mermaid; for a user interface write HTML and CSS that reproduce it as closely as you can. Explain any part you had to guess.</source>
        <translation>이 다이어그램을 코드로 바꿔 주세요. 순서도, 시퀀스, 아키텍처 다이어그램이면 Mermaid로, 사용자 인터페이스라면 최대한 똑같이 재현하는 HTML과 CSS로 작성해 주세요. 추측한 부분이 있으면 설명해 주세요.</translation>
    </message>
    <message>
        <source>Explain this error</source>
        <translation>오류 설명</translation>
    </message>
    <message>
        <source>This screenshot shows an error. Explain what went wrong, in plain words, and how to fix it, step by step.</source>
        <translation>이 스크린샷에는 오류가 나와 있습니다. 무엇이 잘못됐는지 쉬운 말로 설명하고, 해결 방법을 단계별로 알려 주세요.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Compare these images and list every visible difference, grouped by area of the screen.</source>
        <translation>이 이미지들을 비교해서 눈에 보이는 차이를 모두, 화면 영역별로 묶어 나열해 주세요.</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <source>The screen could not be captured here ({why}). Take a screenshot with the system&apos;s own tool and paste it with Ctrl+V.</source>
        <translation>여기서는 화면을 캡처할 수 없습니다({why}). 시스템의 스크린샷 도구로 찍은 뒤 Ctrl+V로 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>the system gave no picture</source>
        <translation>시스템이 그림을 주지 않았습니다</translation>
    </message>
    <message>
        <source>the picture came back blank</source>
        <translation>캡처한 그림이 비어 있습니다</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Indexing history for search: %1 %</source>
        <translation>검색 색인을 만드는 중: %1%</translation>
    </message>
    <message>
        <source>Short searches (one or two letters) get fast once this is done.</source>
        <translation>색인이 끝나면 짧은 검색어(한두 글자) 검색이 빨라집니다.</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>No matches</source>
        <translation>일치하는 항목 없음</translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation>보관됨 · %1</translation>
    </message>
</context>
<context>
    <name>ServerCard</name>
    <message>
        <source>Working…</source>
        <translation>진행 중…</translation>
    </message>
    <message>
        <source>Result of an earlier call</source>
        <translation>이전 호출의 결과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Unsupported content ({type})</source>
        <translation>지원하지 않는 내용 ({type})</translation>
    </message>
    <message>
        <source>Parley cannot show this part of the reply; it is kept and sent back.</source>
        <translation>Parley가 표시할 수 없는 답변 부분입니다. 그대로 보관했다가 다시 보냅니다.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>The tool failed: {why}</source>
        <translation>도구 실행 실패: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>결과 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Page read</source>
        <translation>페이지 읽음</translation>
    </message>
    <message>
        <source>Exited with {code}</source>
        <translation>종료 코드 {code}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>A result Parley cannot show; it is kept and sent back unchanged.</source>
        <translation>Parley가 표시할 수 없는 결과입니다. 그대로 보관했다가 바꾸지 않고 다시 보냅니다.</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n}자</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>크기 알 수 없음</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Return code: {code}</source>
        <translation>종료 코드: {code}</translation>
    </message>
    <message>
        <source>Files written: {ids}</source>
        <translation>만든 파일: {ids}</translation>
    </message>
</context>
<context>
    <name>ServerTool</name>
    <message>
        <source>{title}, characters {first}–{last}</source>
        <translation>{title}, {first}–{last}번째 글자</translation>
    </message>
    <message>
        <source>Searching the web for “{query}”</source>
        <translation>“{query}” 웹 검색 중</translation>
    </message>
    <message>
        <source>Reading {url}</source>
        <translation>{url} 읽는 중</translation>
    </message>
    <message>
        <source>Reading the file {path}</source>
        <translation>파일 {path} 읽는 중</translation>
    </message>
    <message>
        <source>Writing the file {path}</source>
        <translation>파일 {path} 쓰는 중</translation>
    </message>
    <message>
        <source>Editing the file {path}</source>
        <translation>파일 {path} 고치는 중</translation>
    </message>
    <message>
        <source>Running code</source>
        <translation>코드 실행 중</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation>
            <numerusform>%n줄 읽음</numerusform>
        </translation>
    </message>
    <message>
        <source>File replaced</source>
        <translation>파일을 새로 씀</translation>
    </message>
    <message>
        <source>File written</source>
        <translation>파일을 씀</translation>
    </message>
    <message>
        <source>File edited</source>
        <translation>파일을 고침</translation>
    </message>
</context>
<context>
    <name>ServerToolError</name>
    <message>
        <source>the reply used up its allowed number of uses</source>
        <translation>이 답변에 허용된 사용 횟수를 모두 썼습니다</translation>
    </message>
    <message>
        <source>too many requests at once; try again shortly</source>
        <translation>요청이 한꺼번에 너무 많습니다. 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>the tool is unavailable right now</source>
        <translation>지금은 도구를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>the search query was too long</source>
        <translation>검색어가 너무 깁니다</translation>
    </message>
    <message>
        <source>Claude gave the tool input it could not use</source>
        <translation>Claude가 도구에 사용할 수 없는 입력을 주었습니다</translation>
    </message>
    <message>
        <source>that address is not among the allowed domains</source>
        <translation>허용된 도메인에 없는 주소입니다</translation>
    </message>
    <message>
        <source>the page could not be reached</source>
        <translation>페이지에 접속할 수 없습니다</translation>
    </message>
    <message>
        <source>the address was too long</source>
        <translation>주소가 너무 깁니다</translation>
    </message>
    <message>
        <source>only addresses from the conversation can be fetched</source>
        <translation>대화에 나온 주소만 가져올 수 있습니다</translation>
    </message>
    <message>
        <source>that kind of page cannot be read</source>
        <translation>읽을 수 없는 형식의 페이지입니다</translation>
    </message>
    <message>
        <source>the page was too large</source>
        <translation>페이지가 너무 큽니다</translation>
    </message>
    <message>
        <source>the code ran too long and was stopped</source>
        <translation>코드 실행 시간이 너무 길어 중단되었습니다</translation>
    </message>
    <message>
        <source>the sandbox expired</source>
        <translation>샌드박스가 만료되었습니다</translation>
    </message>
    <message>
        <source>the file is not in the sandbox</source>
        <translation>샌드박스에 그 파일이 없습니다</translation>
    </message>
    <message>
        <source>the file was too large</source>
        <translation>파일이 너무 큽니다</translation>
    </message>
</context>
<context>
    <name>ServerToolsButton</name>
    <message>
        <source>Search the web</source>
        <translation>웹 검색</translation>
    </message>
    <message>
        <source>Read web pages</source>
        <translation>웹 페이지 읽기</translation>
    </message>
    <message>
        <source>Run code in a sandbox</source>
        <translation>샌드박스에서 코드 실행</translation>
    </message>
    <message>
        <source>The chosen model does not take this tool</source>
        <translation>선택한 모델은 이 도구를 지원하지 않습니다</translation>
    </message>
    <message>
        <source>Web options…</source>
        <translation>웹 옵션…</translation>
    </message>
    <message>
        <source>Web &amp;&amp; code: {n}</source>
        <translation>웹 &amp;&amp; 코드: {n}</translation>
    </message>
    <message>
        <source>Web &amp;&amp; code</source>
        <translation>웹 &amp;&amp; 코드</translation>
    </message>
    <message>
        <source>Anthropic&apos;s own tools Claude may use in this conversation (billed by Anthropic)</source>
        <translation>이 대화에서 Claude가 쓸 수 있는 Anthropic 자체 도구 (Anthropic이 요금 청구)</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings — Parley</source>
        <translation>설정 — Parley</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>New chat</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>New conversation (Ctrl+N)</source>
        <translation>새 대화(Ctrl+N)</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>대화 검색</translation>
    </message>
    <message>
        <source>Search  (Ctrl+K)</source>
        <translation>검색  (Ctrl+K)</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 대화를 삭제했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n conversations</source>
        <translation>
            <numerusform>대화 %n개를 삭제했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceJobs</name>
    <message>
        <source>Parley could not read these; see its log.</source>
        <translation>Parley가 이 항목을 읽지 못했습니다. 로그를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The last reply, and the whole conversation with every branch</source>
        <translation>마지막 답변, 그리고 모든 분기를 포함한 대화 전체</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>Spending and the monthly budget (Ctrl+Shift+U)</source>
        <translation>지출과 월 예산(Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Message Batches: many requests at half price (Ctrl+Shift+B)</source>
        <translation>메시지 배치: 여러 요청을 절반 가격으로 처리(Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>There is nothing to summarise yet.</source>
        <translation>아직 요약할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The summary could not be written. {problem}</source>
        <translation>요약을 쓰지 못했습니다. {problem}</translation>
    </message>
    <message>
        <source>The summary was cut off before it ended; the conversation is unchanged.</source>
        <translation>요약이 끝나기 전에 잘렸습니다. 대화는 그대로입니다.</translation>
    </message>
    <message>
        <source>The summary came back empty; the conversation is unchanged.</source>
        <translation>요약이 비어 있습니다. 대화는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>SystemPromptDialog</name>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Instructions Claude follows throughout this conversation, such as a role, a tone or the language to answer in.</source>
        <translation>이 대화 내내 Claude가 따르는 지침입니다. 역할, 말투, 답변 언어 등을 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in Korean.</source>
        <translation>예: 짧게, 존댓말로 답하세요.</translation>
    </message>
    <message>
        <source>Use a preset</source>
        <translation>프리셋 사용</translation>
    </message>
    <message>
        <source>Use a preset…</source>
        <translation>프리셋 사용…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>SystemPromptPresetsPanel</name>
    <message>
        <source>System prompt presets</source>
        <translation>시스템 프롬프트 프리셋</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>프리셋 이름</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Preset text</source>
        <translation>프리셋 내용</translation>
    </message>
    <message>
        <source>For example: Answer briefly, in Korean.</source>
        <translation>예: 한국어로 짧게 답해 주세요.</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>프롬프트:</translation>
    </message>
    <message>
        <source>New chats start with</source>
        <translation>새 대화 시작 프리셋</translation>
    </message>
    <message>
        <source>New chats start with:</source>
        <translation>새 대화 시작 프리셋:</translation>
    </message>
    <message>
        <source>No system prompt</source>
        <translation>시스템 프롬프트 없음</translation>
    </message>
    <message>
        <source>New preset</source>
        <translation>새 프리셋</translation>
    </message>
    <message>
        <source>New preset %1</source>
        <translation>새 프리셋 %1</translation>
    </message>
    <message>
        <source>A preset needs a name.</source>
        <translation>프리셋에는 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Another preset already has this name.</source>
        <translation>같은 이름의 프리셋이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>it is not UTF-8; it was read as {encoding}</source>
        <translation>UTF-8이 아니어서 {encoding}(으)로 읽었습니다</translation>
    </message>
    <message>
        <source>it holds binary data, not text</source>
        <translation>텍스트가 아닌 바이너리 데이터입니다</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (it looks like {encoding})</source>
        <translation>UTF-8 텍스트가 아닙니다({encoding}(으)로 보입니다)</translation>
    </message>
    <message>
        <source>convert it with: {command}</source>
        <translation>다음 명령으로 변환하세요: {command}</translation>
    </message>
</context>
<context>
    <name>ThinkingButton</name>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>매우 높음</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>Think before answering</source>
        <translation>답변 전에 생각하기</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>생각 예산</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>생각 강도</translation>
    </message>
    <message>
        <source>Thinking: off</source>
        <translation>생각: 끔</translation>
    </message>
    <message>
        <source>Thinking: {level}</source>
        <translation>생각: {level}</translation>
    </message>
    <message>
        <source>Thinking: on</source>
        <translation>생각: 켬</translation>
    </message>
    <message>
        <source>Claude thinks before answering (slower, costs more tokens)</source>
        <translation>Claude가 답변하기 전에 생각합니다(느려지고 토큰이 더 듭니다)</translation>
    </message>
    <message>
        <source>Let Claude think before answering</source>
        <translation>Claude가 답변하기 전에 생각하게 합니다</translation>
    </message>
    <message>
        <source>{level} (up to {thousands}k tokens)</source>
        <translation>{level}(최대 {thousands}k 토큰)</translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>요청됨</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>승인 대기 중</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Unknown tool</source>
        <translation>알 수 없는 도구</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <source>Result — untrusted content from the tool. Claude reads it; nothing in it can approve a tool or change a setting.</source>
        <translation>결과 — 도구가 보낸, 신뢰할 수 없는 내용입니다. Claude가 읽기만 하며, 이 안의 어떤 내용도 도구를 승인하거나 설정을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Tool: {name}</source>
        <translation>도구: {name}</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>인수</translation>
    </message>
</context>
<context>
    <name>ToolsDialog</name>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1.</source>
        <translation>설정을 저장하지 못했습니다: %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>백업…</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <source>Tools</source>
        <translation>도구</translation>
    </message>
</context>
<context>
    <name>ToolsPanel</name>
    <message>
        <source>MCP servers</source>
        <translation>MCP 서버</translation>
    </message>
    <message>
        <source>Folders the file tools may use</source>
        <translation>파일 도구가 쓸 수 있는 폴더</translation>
    </message>
    <message>
        <source>Claude can list, read, search and (always asking) write files inside these folders, and nowhere else.</source>
        <translation>Claude는 이 폴더 안에서만 파일 목록 보기, 읽기, 검색, (항상 물어본 뒤) 쓰기를 할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Asking</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Allow running commands</source>
        <translation>명령 실행 허용</translation>
    </message>
    <message>
        <source>Claude could then ask to run any program; each call still asks you, with the exact command.</source>
        <translation>그러면 Claude가 어떤 프로그램이든 실행하자고 할 수 있습니다. 실행할 때마다 정확한 명령을 보여 주며 확인합니다.</translation>
    </message>
    <message>
        <source>Auto-allow read-only built-in tools</source>
        <translation>읽기 전용 내장 도구는 자동 허용</translation>
    </message>
    <message>
        <source>The clock, and listing, reading and searching files in the folders above</source>
        <translation>시계, 그리고 위 폴더의 파일 목록 보기·읽기·검색</translation>
    </message>
    <message>
        <source>Always-allowed tools</source>
        <translation>항상 허용하는 도구</translation>
    </message>
    <message>
        <source>None: every tool asks first.</source>
        <translation>없음: 모든 도구가 먼저 확인합니다.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>내장</translation>
    </message>
    <message>
        <source>MCP: %1</source>
        <translation>MCP: %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 허용 취소</translation>
    </message>
    <message>
        <source>Folder Claude may use</source>
        <translation>Claude가 쓸 수 있는 폴더</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Parley</source>
        <translation>Parley 보이기</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>새 대화</translation>
    </message>
    <message>
        <source>Quick ask…</source>
        <translation>빠른 질문…</translation>
    </message>
    <message>
        <source>Quit Parley</source>
        <translation>Parley 끝내기</translation>
    </message>
    <message>
        <source>Hide Parley</source>
        <translation>Parley 숨기기</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
<context>
    <name>UploadedFilesPanel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n바이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Large documents are uploaded to Anthropic once and then sent by reference, in every conversation that attaches them. Deleting one here deletes it at Anthropic; Parley uploads it again if it is sent again.</source>
        <translation>큰 문서는 Anthropic에 한 번만 올리고, 그 문서를 첨부한 모든 대화에서 참조로 보냅니다. 여기서 지우면 Anthropic에서도 지워지며, 다시 보내면 Parley가 다시 올립니다.</translation>
    </message>
    <message>
        <source>Files uploaded to Anthropic</source>
        <translation>Anthropic에 올린 파일</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>올린 날짜</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Add an API key to see the files uploaded with it.</source>
        <translation>API 키를 추가하면 그 키로 올린 파일을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Delete uploaded file</source>
        <translation>올린 파일 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” at Anthropic? Conversations keep it; it is uploaded again if it is sent again.</source>
        <translation>Anthropic에서 “%1”을(를) 지울까요? 대화에는 그대로 남고, 다시 보내면 다시 올립니다.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>지우는 중…</translation>
    </message>
    <message>
        <source>1 file at Anthropic.</source>
        <translation>Anthropic에 파일 1개가 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n files at Anthropic.</source>
        <translation>
            <numerusform>Anthropic에 파일 %n개가 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No files are uploaded to Anthropic. Documents of %1 or more are uploaded the first time they are sent.</source>
        <translation>Anthropic에 올린 파일이 없습니다. %1 이상인 문서는 처음 보낼 때 올립니다.</translation>
    </message>
</context>
<context>
    <name>UsageSummary</name>
    <message>
        <source>Last reply: {tokens} · {cost}    Conversation: {total} tokens · {spent}</source>
        <translation>마지막 답변: {tokens} · {cost}    대화 전체: {total} 토큰 · {spent}</translation>
    </message>
    <message>
        <source>saved {cost} by caching</source>
        <translation>캐싱으로 {cost} 절약</translation>
    </message>
    <message>
        <source>caching cost {cost} more so far</source>
        <translation>지금까지 캐싱에 {cost} 더 듦</translation>
    </message>
    <message>
        <source>{input} in · {output} out · cache {read} read, {written} written</source>
        <translation>입력 {input} · 출력 {output} · 캐시 읽기 {read}, 쓰기 {written}</translation>
    </message>
</context>
<context>
    <name>UsageWindow</name>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message numerus="yes">
        <source> + %n of unknown price</source>
        <translation>
            <numerusform> + 가격을 모르는 요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>사용량</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>최근 12개월</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Cache write</source>
        <translation>캐시 쓰기</translation>
    </message>
    <message>
        <source>Cache read</source>
        <translation>캐시 읽기</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>Spending by model</source>
        <translation>모델별 지출</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Spending by conversation</source>
        <translation>대화별 지출</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Monthly budget:</source>
        <translation>월 예산:</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>월 예산</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>예산 없음</translation>
    </message>
    <message numerus="yes">
        <source>This month ({0}): %n requests, {1}</source>
        <translation>
            <numerusform>이번 달({0}): 요청 %n건, {1}</numerusform>
        </translation>
    </message>
    <message>
        <source> (batch {0})</source>
        <translation> (배치 {0})</translation>
    </message>
    <message>
        <source>Nothing spent this month ({0}).</source>
        <translation>이번 달({0})에는 쓴 비용이 없습니다.</translation>
    </message>
    <message>
        <source>This month, by day</source>
        <translation>이번 달 날짜별</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n requests</source>
        <translation>
            <numerusform>{0}: {1}, 요청 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>제목 없는 대화</translation>
    </message>
    <message>
        <source>No monthly budget set.</source>
        <translation>월 예산을 설정하지 않았습니다.</translation>
    </message>
    <message>
        <source>{0} % of it used.</source>
        <translation>{0}% 사용했습니다.</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>사용량 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}.</source>
        <translation>{0}에 쓰지 못했습니다: {1}.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>{0}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>WebOptionsDialog</name>
    <message>
        <source>Web options</source>
        <translation>웹 옵션</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Uses per reply:</source>
        <translation>답변당 사용 횟수:</translation>
    </message>
    <message>
        <source>e.g. wikipedia.org docs.python.org</source>
        <translation>예: wikipedia.org docs.python.org</translation>
    </message>
    <message>
        <source>Only these domains:</source>
        <translation>허용할 도메인:</translation>
    </message>
    <message>
        <source>Never these domains:</source>
        <translation>제외할 도메인:</translation>
    </message>
    <message>
        <source>e.g. Seoul</source>
        <translation>예: 서울</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>도시:</translation>
    </message>
    <message>
        <source>e.g. KR</source>
        <translation>예: KR</translation>
    </message>
    <message>
        <source>Country code:</source>
        <translation>국가 코드:</translation>
    </message>
    <message>
        <source>e.g. Asia/Seoul</source>
        <translation>예: Asia/Seoul</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>시간대:</translation>
    </message>
    <message>
        <source>Give either the domains to use only or those never to use, not both.</source>
        <translation>허용할 도메인과 제외할 도메인 중 하나만 입력하세요.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s 인수와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>이 옵션은 값을 받지 않습니다: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>인수 %s 중 하나가 필요합니다</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수가 하나 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 하나까지만 받습니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>인수가 %s개 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>인수가 %s개 필요합니다</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션입니다: %(option)s은(는) %(matches)s 중 하나일 수 있습니다</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>예상하지 못한 옵션: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>잘못된 %(type)s 값: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>잘못된 선택: %(value)r (%(choices)s 중에서 고르세요)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>알 수 없는 명령 %(parser_name)r (가능한 명령: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos;을(를) 열 수 없습니다: %(error)s</translation>
    </message>
</context>
</TS>
