; Inno Setup 6 script: a per-user (or all-users) installer over the one-folder bundle.
;
; On Windows, after `python build\build.py` has built and smoke-tested dist\ShipCheck\:
;     iscc /DAppVersion=0.1.0 build\windows\ShipCheck.iss
; → dist\ShipCheck-0.1.0-windows-x64-setup.exe
; Sign ShipCheck.exe and ShipCheckApp.exe before running iscc, and the setup program after
; (see docs/packaging.md, "Code signing"). NOT verified on this Linux build machine.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z build\windows\ShipCheck.iss
#endif

#define AppName "ShipCheck 发货考核助手"
#define Bundle "..\..\dist\ShipCheck"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it.
AppId={{6F1D2A52-8E0B-4C1B-9D4E-5C0A7B3E2F11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ShipCheck
DefaultDirName={autopf}\ShipCheck
DefaultGroupName={#AppName}
; Sellers often lack admin rights: install per user unless they choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=ShipCheck-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\app.ico
UninstallDisplayIcon={app}\ShipCheckApp.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle, as built (ShipCheck.exe = command line, ShipCheckApp.exe = windowed).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ShipCheckApp.exe"; Parameters: "gui"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ShipCheckApp.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\ShipCheckApp.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The seller's database and settings live in their data folder (platformdirs), not in {app}:
; uninstalling or upgrading never deletes them.
