@echo off
rem Offline install of receptionapp from the wheels in this folder (no network needed).
rem Needs Python 3.11 (the "py" launcher). Made by build/wheelhouse.py.
setlocal
chcp 65001 >nul
set "TARGET=%LOCALAPPDATA%\Programs\receptionapp"
py -3.11 -c "import sys" 2>nul || (echo 未找到 Python 3.11：请先安装 Python 3.11（64位），再运行本文件。& exit /b 1)
py -3.11 -m venv "%TARGET%" || (echo 无法创建安装目录：%TARGET% & exit /b 1)
"%TARGET%\Scripts\python.exe" -m pip install --no-index --find-links "%~dp0." --upgrade receptionapp || (echo 安装失败：请确认本文件夹中的安装包完整。& exit /b 1)
powershell -NoProfile -Command "$s=(New-Object -ComObject WScript.Shell).CreateShortcut([Environment]::GetFolderPath('Desktop')+'\教育信访接待系统.lnk'); $s.TargetPath='%TARGET%\Scripts\receptionappw.exe'; $s.Save()"
"%TARGET%\Scripts\receptionapp.exe" selftest
echo 安装完成：桌面上的“教育信访接待系统”即可启动。命令行工具：%TARGET%\Scripts\receptionapp.exe
endlocal
