; Inno Setup script: the Windows installer around the PyInstaller bundle.
;
; Built by build/bundle.py on Windows when ISCC (Inno Setup 6) is on PATH:
;   ISCC /DBundleDir=build-out\dist\receptionapp /DOutDir=build-out\installer /DAppVersion=0.1.0 build\receptionapp.iss
; Installs per user (no administrator rights needed) into %LOCALAPPDATA%\Programs\receptionapp,
; with a Start-menu and an optional desktop shortcut. The data folder
; (%LOCALAPPDATA%\receptionapp: database, backups, letters, logs) is never touched by
; installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\build-out\dist\receptionapp"
#endif
#ifndef OutDir
  #define OutDir "..\build-out\installer"
#endif

[Setup]
AppId={{6F1C2B7E-5E0A-4E51-9F0B-2B1D8A3C7E41}
AppName=教育信访接待系统
AppVersion={#AppVersion}
AppPublisher=receptionapp
DefaultDirName={localappdata}\Programs\receptionapp
DefaultGroupName=教育信访接待系统
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutDir}
OutputBaseFilename=receptionapp-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=教育信访接待系统 {#AppVersion}
; The app must be closed before its files are replaced.
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.3+ (Languages\Unofficial in older versions).
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "创建桌面快捷方式"; GroupDescription: "快捷方式："

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\教育信访接待系统"; Filename: "{app}\receptionapp.exe"
Name: "{group}\数据库检查"; Filename: "{cmd}"; Parameters: "/k ""{app}\receptionapp-cli.exe"" check"
Name: "{group}\卸载教育信访接待系统"; Filename: "{uninstallexe}"
Name: "{autodesktop}\教育信访接待系统"; Filename: "{app}\receptionapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\receptionapp.exe"; Description: "启动教育信访接待系统"; Flags: nowait postinstall skipifsilent
