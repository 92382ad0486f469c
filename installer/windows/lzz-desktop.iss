; Inno Setup script for LZZ Desktop on Windows: a per-user install without administrator rights.
; Built by .github/workflows/windows.yml after PyInstaller (installer/lzz-desktop.spec) and the
; smoke test (installer/smoke_test.py), the same steps as `make package` on Linux:
;   iscc /DAppVersion=0.1.0 /DBundle=..\..\dist\lzz-desktop-0.1.0 installer\windows\lzz-desktop.iss
; The data folder (%LOCALAPPDATA%\LZZ Desktop, with the database, backups and attachments) is
; never touched by setup or uninstall; the program goes to %LOCALAPPDATA%\Programs\LZZ Desktop.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\lzz-desktop-" + AppVersion
#endif

[Setup]
AppId={{6F1B7C2E-8D4A-4E55-9B8E-2C1D3F0A7B61}
AppName=LZZ Desktop
AppVersion={#AppVersion}
AppPublisher=Land.Zuhause.Zukunft
AppPublisherURL=https://www.landzuhausezukunft.de/
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\LZZ Desktop
DefaultGroupName=LZZ Desktop
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=lzz-desktop-{#AppVersion}-setup
SetupIconFile=lzz-desktop.ico
UninstallDisplayIcon={app}\lzz-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.DesktopIcon=Verknüpfung auf dem &Desktop anlegen
en.DesktopIcon=Create a &desktop shortcut
de.Demo=LZZ Desktop (Demo)
en.Demo=LZZ Desktop (demo)

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\LZZ Desktop"; Filename: "{app}\lzz-desktop.exe"
Name: "{group}\{cm:Demo}"; Filename: "{app}\lzz-desktop.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,LZZ Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\LZZ Desktop"; Filename: "{app}\lzz-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\lzz-desktop.exe"; Description: "{cm:LaunchProgram,LZZ Desktop}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself created next to its files; the data folder stays.
Type: filesandordirs; Name: "{app}\__pycache__"
