; Inno Setup 6 script: a per-user installer of the onedir build, no administrator needed.
; On Windows, from the repository root:
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\parley.iss
; gives dist\parley-0.1.0-windows-x64-setup.exe. parleyw.exe (no console) is what the
; Start menu opens; parley.exe is the command line (parley ask …), put on PATH on request.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6B0C5D4E-3F7A-4E2B-9C1D-5A8E2F7B4C31}
AppName=Parley
AppVersion={#AppVersion}
AppPublisher=Parley
DefaultDirName={autopf}\Parley
DefaultGroupName=Parley
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=parley-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\parley.ico
UninstallDisplayIcon={app}\parleyw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
Name: "addtopath"; Description: "Add the parley command to PATH"; Flags: unchecked

[Files]
Source: "{#Root}\dist\parley\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old bundle whole: stale DLLs must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Parley"; Filename: "{app}\parleyw.exe"
Name: "{autodesktop}\Parley"; Filename: "{app}\parleyw.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
    ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\parleyw.exe"; Description: "{cm:LaunchProgram,Parley}"; \
    Flags: nowait postinstall skipifsilent

; Conversations and settings (%LOCALAPPDATA%\Parley) and the key in the Credential
; Manager are the user's: the uninstaller leaves them.

[Code]
function NotOnPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Dir: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    exit;
  Dir := ';' + ExpandConstant('{app}');
  At := Pos(Uppercase(Dir), Uppercase(Path));
  if At > 0 then
  begin
    Delete(Path, At, Length(Dir));
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
  end;
end;
